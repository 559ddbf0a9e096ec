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
     * @throws EmrException {@link TrustError#TRUST_FILE_MISSING}, {@link TrustError#TRUST_FILE_UNREADABLE} (a folder,
     *     a device, a FIFO) or {@link TrustError#TRUST_FILE_NO_CERTIFICATE}
     */
    public static List<X509Certificate> read(Path file) {
        String name = vn.emr.signature.internal.KeyStoreLoader.shortName(file);
        byte[] bytes;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a folder, a FIFO (which would block) or a device (endless): never read it
            throw new EmrException(TrustError.TRUST_FILE_UNREADABLE, "", name);
        }
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EmrException(TrustError.TRUST_FILE_MISSING, "", e, name);
        } catch (IOException | OutOfMemoryError e) {
            throw new EmrException(TrustError.TRUST_FILE_UNREADABLE, "", e, name);
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
                throw new EmrException(TrustError.TRUST_FILE_NO_CERTIFICATE, "", name);
            }
            return List.copyOf(result);
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof EmrException emr) {
                throw emr;
            }
            throw new EmrException(TrustError.TRUST_FILE_NO_CERTIFICATE, "", e, name);
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
