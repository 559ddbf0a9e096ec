package vn.emr.signature;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key that signs, wherever it lives: a PKCS#12 file, a PKCS#11 token or HSM, any JCA {@code PrivateKey}, or a remote
 * signing service (VNPT SmartCA, Viettel MySign) reached through a {@link RemoteSigner}.
 *
 * <p>This is the middle of the three signing steps (what to sign, a key signs it, assemble): the signer hands the
 * key the exact bytes to be signed (the canonical {@code SignedInfo}) and gets the signature value back.
 * Implementations are thread-safe unless they say otherwise.
 */
public interface SigningKey {

    /** The signer certificate chain, the signer's own certificate first; never empty. */
    List<X509Certificate> certificateChain();

    /** The signer's certificate. */
    default X509Certificate certificate() {
        return certificateChain().get(0);
    }

    /** The algorithm this key signs with by default (RSA: rsa-sha256, EC P-256: ecdsa-sha256). */
    SignatureAlgorithm defaultAlgorithm();

    /**
     * Signs the bytes with the algorithm and returns the signature value in JCA form (DER for ECDSA; the signer
     * converts it to the XML-DSig r||s form).
     *
     * @throws vn.emr.core.EmrException with a coded reason when the key refuses, times out or fails
     */
    byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm);
}
