package vn.emr.signature.internal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.emr.signature.SignatureAlgorithm;

/**
 * Chooses the signer among the certificates of a signature's {@code KeyInfo}: the certificate whose public key
 * verifies the {@code SignatureValue}, whatever its position. The others only help to build the certification path.
 *
 * <p>Candidates are tried in this order: the certificate that issued none of the others (the usual leaf), then the
 * other certificates that are not self-signed, then the self-signed ones (roots, or decoys), each group in document
 * order; at most {@link #MAX_TRIED} of them, and only keys whose type fits the signature algorithm.
 * When no key verifies, the leaf is put first (the verifier then reports the signature value mismatch). A single
 * certificate is returned as is, without trying it.
 */
public final class SignerSelection {

    /** At most this many certificates are tried as the signer (each try is one signature verification). */
    public static final int MAX_TRIED = 8;

    private SignerSelection() {
    }

    /**
     * The certificates with the signer first, the others in their order.
     *
     * @param certificates the decoded {@code X509Data} certificates, in document order
     * @param algorithm the signature algorithm of {@code SignedInfo}, null when unknown (then only the leaf rule
     *     applies)
     * @param signatureValue the decoded {@code SignatureValue}, null when absent (then only the leaf rule applies)
     * @param canonicalSignedInfo the canonical {@code SignedInfo}, computed only when some key is tried
     */
    public static List<X509Certificate> signerFirst(List<X509Certificate> certificates, SignatureAlgorithm algorithm,
            byte[] signatureValue, Supplier<byte[]> canonicalSignedInfo) {
        if (certificates.size() <= 1) {
            return List.copyOf(certificates);
        }
        int leaf = leafIndex(certificates);
        int chosen = leaf;
        if (algorithm != null && signatureValue != null) {
            List<Integer> order = new ArrayList<>();
            order.add(leaf);
            for (int i = 0; i < certificates.size(); i++) {
                if (i != leaf && !selfSigned(certificates.get(i))) {
                    order.add(i);
                }
            }
            for (int i = 0; i < certificates.size(); i++) {
                if (i != leaf && selfSigned(certificates.get(i))) {
                    order.add(i);
                }
            }
            byte[] data = null;
            int tried = 0;
            for (int i : order) {
                if (tried == MAX_TRIED) {
                    break;
                }
                PublicKey key = certificates.get(i).getPublicKey();
                if (!fits(key, algorithm)) {
                    continue;
                }
                tried++;
                if (data == null) {
                    data = canonicalSignedInfo.get();
                }
                if (Crypto.verify(algorithm, key, data, signatureValue)) {
                    chosen = i;
                    break;
                }
            }
        }
        List<X509Certificate> ordered = new ArrayList<>(certificates.size());
        ordered.add(certificates.get(chosen));
        for (int i = 0; i < certificates.size(); i++) {
            if (i != chosen) {
                ordered.add(certificates.get(i));
            }
        }
        return List.copyOf(ordered);
    }

    /** The first certificate that issued none of the others (self-signed ones do not count as issuers), else 0. */
    static int leafIndex(List<X509Certificate> certs) {
        for (int k = 0; k < certs.size(); k++) {
            X509Certificate candidate = certs.get(k);
            boolean issuesAnother = false;
            for (X509Certificate other : certs) {
                if (other != candidate && other.getIssuerX500Principal().equals(candidate.getSubjectX500Principal())
                        && !other.getSubjectX500Principal().equals(other.getIssuerX500Principal())) {
                    issuesAnother = true;
                    break;
                }
            }
            if (!issuesAnother) {
                return k;
            }
        }
        return 0;
    }

    private static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    private static boolean fits(PublicKey key, SignatureAlgorithm algorithm) {
        String type = key.getAlgorithm();
        boolean ec = type.equals("EC") || type.equals("ECDSA");
        boolean rsa = type.equals("RSA") || type.equals("RSASSA-PSS");
        return algorithm.isEcdsa() ? ec : rsa;
    }
}
