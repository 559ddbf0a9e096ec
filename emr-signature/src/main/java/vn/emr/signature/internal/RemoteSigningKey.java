package vn.emr.signature.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import vn.emr.core.internal.Reasons;
import vn.emr.core.EmrException;
import vn.emr.signature.RemoteSigner;
import vn.emr.signature.SignatureAlgorithm;
import vn.emr.signature.SigningKey;
import vn.emr.signature.TrustError;
import vn.emr.signature.internal.JcaSigningKey.KeyFamily;

/**
 * A {@link SigningKey} whose private key lives at a remote signing service: hashes locally, asks the service, waits
 * at most the timeout, and accepts the answer only if it verifies with the signer certificate over the same bytes.
 */
public final class RemoteSigningKey implements SigningKey {

    private final RemoteSigner remote;
    private final List<X509Certificate> chain;
    private final Duration timeout;
    private final KeyFamily family;

    private RemoteSigningKey(RemoteSigner remote, List<X509Certificate> chain, Duration timeout, KeyFamily family) {
        this.remote = remote;
        this.chain = chain;
        this.timeout = timeout;
        this.family = family;
    }

    /** Checks and wraps. */
    public static RemoteSigningKey create(RemoteSigner remote, List<X509Certificate> chain, Duration timeout) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (chain == null || chain.isEmpty() || chain.get(0) == null) {
            throw new EmrException(TrustError.NO_SIGNER_CERTIFICATE, "");
        }
        List<X509Certificate> copy = List.copyOf(chain);
        KeyFamily family = KeyFamily.of(copy.get(0).getPublicKey().getAlgorithm());
        return new RemoteSigningKey(remote, copy, timeout, family);
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public SignatureAlgorithm defaultAlgorithm() {
        return JcaSigningKey.defaultAlgorithm(family, certificate().getPublicKey());
    }

    @Override
    public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
        Objects.requireNonNull(dataToSign, "dataToSign");
        Objects.requireNonNull(algorithm, "algorithm");
        if (!family.canSign(algorithm)) {
            throw new EmrException(TrustError.ALGORITHM_NOT_FOR_KEY, "", family, algorithm);
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance(algorithm.digest().jcaName()).digest(dataToSign);
        } catch (NoSuchAlgorithmException e) {
            throw new EmrException(TrustError.SIGNING_FAILED, "", e, algorithm.digest().jcaName());
        }
        RemoteSigner.Request request =
                new RemoteSigner.Request(digest, algorithm, certificate(), UUID.randomUUID().toString());
        byte[] value = await(request);
        return checked(dataToSign, algorithm, value);
    }

    private byte[] await(RemoteSigner.Request request) {
        CompletableFuture<byte[]> future;
        try {
            future = remote.sign(request);
        } catch (EmrException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EmrException(TrustError.REMOTE_FAILED, "", e, Reasons.of(e));
        }
        if (future == null) {
            throw new EmrException(TrustError.REMOTE_FAILED, "", "no answer");
        }
        try {
            byte[] value = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (value == null || value.length == 0) {
                throw new EmrException(TrustError.REMOTE_FAILED, "", "empty signature");
            }
            return value;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new EmrException(TrustError.REMOTE_TIMEOUT, "", e, timeout);
        } catch (CancellationException e) {
            throw new EmrException(TrustError.REMOTE_REFUSED, "", e, "cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new EmrException(TrustError.SIGNING_INTERRUPTED, "", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EmrException emr) {
                throw emr;
            }
            Throwable failure = cause == null ? e : cause;
            throw new EmrException(TrustError.REMOTE_FAILED, "", failure, Reasons.of(failure));
        }
    }

    private byte[] checked(byte[] data, SignatureAlgorithm algorithm, byte[] value) {
        if (verifies(data, algorithm, value)) {
            return value.clone();
        }
        if (family == KeyFamily.EC && value.length % 2 == 0) {
            byte[] der = rawToDer(value); // CSC services may answer r||s
            if (verifies(data, algorithm, der)) {
                return der;
            }
        }
        throw new EmrException(TrustError.SIGNATURE_NOT_MATCHING_CERTIFICATE, "",
                CertificateLabels.label(certificate()));
    }

    private boolean verifies(byte[] data, SignatureAlgorithm algorithm, byte[] value) {
        try {
            Signature verifier = JcaSigningKey.signatureFor(algorithm, null, family);
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(data);
            return verifier.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] rawToDer(byte[] raw) {
        int half = raw.length / 2;
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, half))));
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length))));
        try {
            return new DERSequence(v).getEncoded("DER");
        } catch (java.io.IOException e) {
            return raw;
        }
    }

    @Override
    public String toString() {
        return "SigningKey[remote " + family + ", " + CertificateLabels.label(certificate()) + ", timeout " + timeout
                + "]";
    }
}
