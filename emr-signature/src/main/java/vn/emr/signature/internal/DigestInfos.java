package vn.emr.signature.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import vn.emr.signature.DigestAlgorithm;

/** DER {@code DigestInfo} encoding (RFC 8017 §9.2), the input of a raw RSA PKCS#1 v1.5 signature. */
public final class DigestInfos {

    private DigestInfos() {
    }

    /** {@code DigestInfo ::= SEQUENCE { AlgorithmIdentifier (with NULL parameters), OCTET STRING digest }}. */
    public static byte[] encode(DigestAlgorithm algorithm, byte[] digest) {
        var oid = switch (algorithm) {
            case SHA256 -> NISTObjectIdentifiers.id_sha256;
            case SHA384 -> NISTObjectIdentifiers.id_sha384;
            case SHA512 -> NISTObjectIdentifiers.id_sha512;
        };
        try {
            return new DigestInfo(new AlgorithmIdentifier(oid, DERNull.INSTANCE), digest).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
