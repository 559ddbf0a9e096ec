package vn.emr.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import vn.emr.core.EmrException;

/** Reads and writes X.509 certificates as PEM or DER (trust anchors, CA certificates of the demo credentials). */
public final class Certificates {

    private Certificates() {
    }

    /**
     * The certificates of a PEM file (one or more {@code BEGIN CERTIFICATE} blocks) or a DER file.
     *
     * @throws EmrException {@link TrustError#CERTIFICATE_UNREADABLE} when the file is missing or holds no certificate
     */
    public static List<X509Certificate> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EmrException(TrustError.CERTIFICATE_UNREADABLE, "", e, name, "no such file");
        } catch (IOException e) {
            throw new EmrException(TrustError.CERTIFICATE_UNREADABLE, "", e, name, e.getClass().getSimpleName());
        }
        return parse(bytes, name);
    }

    /** The certificates in PEM or DER bytes; {@code name} names the source in the error. */
    public static List<X509Certificate> parse(byte[] bytes, String name) {
        try {
            Collection<? extends Certificate> all =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate c : all) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty()) {
                throw new EmrException(TrustError.CERTIFICATE_UNREADABLE, "", name, "no certificate");
            }
            return List.copyOf(result);
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof EmrException emr) {
                throw emr;
            }
            throw new EmrException(TrustError.CERTIFICATE_UNREADABLE, "", e, name, "not a certificate");
        }
    }

    /** The PEM text of a certificate (64-character lines, LF line ends). */
    public static String toPem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new EmrException(TrustError.CERTIFICATE_UNREADABLE, "", e, "certificate", "cannot encode");
        }
    }
}
