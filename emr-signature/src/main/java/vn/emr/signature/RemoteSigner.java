package vn.emr.signature;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import vn.emr.core.EmrException;
import vn.emr.signature.internal.DigestInfos;

/**
 * A remote signing service that signs a hash, not a document: VNPT SmartCA ({@code sign_type: "hash"}), Viettel
 * MySign and other Cloud Signature Consortium {@code signHash} services, or an HSM behind a network API. The user
 * usually approves on a phone, so the answer comes later: the method returns a future. Wrap an implementation with
 * {@link SigningKeys#remote(RemoteSigner, java.util.List, java.time.Duration)} to get a {@link SigningKey}; the adapter
 * hashes the canonical {@code SignedInfo}, waits at most the timeout, and checks the returned signature against the
 * signer certificate before it is used.
 *
 * <p>Refusal (the user declined, the service said no) is signalled by completing the future exceptionally with
 * {@link #refused(String)}; any other exceptional completion is reported as a service failure.
 *
 * <pre>{@code
 * // smartCa: the host's own HTTP client of VNPT SmartCA (sign_type "hash", then polling the transaction status)
 * RemoteSigner service = request -> smartCa.signHash(request.certificate().getSerialNumber(),
 *         request.digest(), request.transactionId());              // CompletableFuture<byte[]>
 * SigningKey key = SigningKeys.remote(service, chainFromGetCertificate, Duration.ofMinutes(5));
 * byte[] signed = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(giamdinhhs, key);
 * }</pre>
 */
@FunctionalInterface
public interface RemoteSigner {

    /**
     * Asks the service to sign.
     *
     * @param request the hash, the algorithm and a transaction id (stable for this signing, for idempotent retries)
     * @return the signature value: PKCS#1 v1.5 or PSS bytes for RSA, DER or r||s for ECDSA
     */
    CompletableFuture<byte[]> sign(Request request);

    /** The coded exception a {@code RemoteSigner} completes its future with when the signing is refused. */
    static EmrException refused(String reason) {
        return new EmrException(TrustError.REMOTE_REFUSED, "", reason);
    }

    /**
     * What the service is asked to sign.
     *
     * @param digest the hash of the data to be signed (SHA-256 of the canonical SignedInfo for rsa-sha256)
     * @param algorithm the signature algorithm; services take its hash and key algorithm OIDs
     * @param certificate the signer certificate, to select the credential at the service (by serial number)
     * @param transactionId a random id of this signing, for the service's idempotency and status polling
     */
    record Request(byte[] digest, SignatureAlgorithm algorithm, X509Certificate certificate, String transactionId) {

        /** Checks and copies the components. */
        public Request {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(transactionId, "transactionId");
            digest = Objects.requireNonNull(digest, "digest").clone();
            if (digest.length != algorithm.digest().length()) {
                throw new IllegalArgumentException("digest length does not match " + algorithm.digest());
            }
        }

        @Override
        public byte[] digest() {
            return digest.clone();
        }

        /**
         * The DER {@code DigestInfo} (RFC 8017 §9.2) of the digest: for RSA PKCS#1 v1.5 this is exactly what a raw
         * {@code NONEwithRSA} signature over it must sign to equal a {@code SHA256withRSA} signature of the data.
         *
         * @throws IllegalStateException for algorithms other than RSA PKCS#1 v1.5
         */
        public byte[] digestInfo() {
            if (!isPkcs1v15()) {
                throw new IllegalStateException("DigestInfo only applies to RSA PKCS#1 v1.5, not " + algorithm);
            }
            return DigestInfos.encode(algorithm.digest(), digest);
        }

        /** Whether the algorithm is RSA PKCS#1 v1.5 (the service signs {@link #digestInfo()}). */
        public boolean isPkcs1v15() {
            return "RSA".equals(algorithm.keyAlgorithm()) && algorithm != SignatureAlgorithm.RSA_PSS_SHA256;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Request r && Arrays.equals(digest, r.digest) && algorithm == r.algorithm
                    && certificate.equals(r.certificate) && transactionId.equals(r.transactionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(digest), algorithm, transactionId);
        }

        @Override
        public String toString() {
            return "RemoteSigner.Request[" + algorithm + ", transaction " + transactionId + "]";
        }
    }
}
