package vn.emr.signature.internal;

import java.security.cert.X509Certificate;

/** Names a certificate in messages without personal data: its serial number and its issuer (a CA, not a person). */
public final class CertificateLabels {

    private CertificateLabels() {
    }

    /** {@code serial 1a2b, issuer CN=...}: the subject, which may name a doctor or a patient, is left out. */
    public static String label(X509Certificate certificate) {
        return "serial " + certificate.getSerialNumber().toString(16) + ", issuer "
                + certificate.getIssuerX500Principal().getName();
    }
}
