package vn.emr.signature.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import vn.emr.core.internal.Reasons;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureAlgorithm;
import vn.emr.signature.SigningKey;
import vn.emr.signature.TrustError;

/** A {@link SigningKey} over a JCA {@code PrivateKey} (software or a token handle) and its chain. */
public final class JcaSigningKey implements SigningKey {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;
    private final KeyFamily family;

    private JcaSigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider, KeyFamily family) {
        this.key = key;
        this.chain = chain;
        this.provider = provider;
        this.family = family;
    }

    /** The key families this SDK signs with. */
    public enum KeyFamily {
        /** RSA usable with PKCS#1 v1.5 and PSS. */
        RSA,
        /** An RSASSA-PSS key (OID id-RSASSA-PSS): PSS only. */
        RSA_PSS,
        /** Elliptic curve, ECDSA. */
        EC;

        /** The family of a JCA key algorithm name. */
        public static KeyFamily of(String algorithm) {
            if (algorithm == null) {
                throw new EmrException(TrustError.KEY_ALGORITHM_UNSUPPORTED, "", "null");
            }
            return switch (algorithm.toUpperCase(java.util.Locale.ROOT)) {
                case "RSA" -> RSA;
                case "RSASSA-PSS", "RSAPSS" -> RSA_PSS;
                case "EC", "ECDSA" -> EC;
                default -> throw new EmrException(TrustError.KEY_ALGORITHM_UNSUPPORTED, "", algorithm);
            };
        }

        /** Whether a key of this family can sign with the algorithm. */
        public boolean canSign(SignatureAlgorithm algorithm) {
            return switch (this) {
                case RSA -> "RSA".equals(algorithm.keyAlgorithm());
                case RSA_PSS -> algorithm == SignatureAlgorithm.RSA_PSS_SHA256;
                case EC -> algorithm.isEcdsa();
            };
        }
    }

    /** Checks and wraps; {@code provider} may be null (JDK for RSA, Bouncy Castle for EC). */
    public static JcaSigningKey create(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        Objects.requireNonNull(key, "key");
        if (chain == null || chain.isEmpty() || chain.get(0) == null) {
            throw new EmrException(TrustError.NO_SIGNER_CERTIFICATE, "");
        }
        List<X509Certificate> copy = List.copyOf(chain);
        KeyFamily family = KeyFamily.of(key.getAlgorithm());
        X509Certificate certificate = copy.get(0);
        if (!matches(key, family, certificate.getPublicKey())) {
            throw new EmrException(TrustError.KEY_CERTIFICATE_MISMATCH, "", CertificateLabels.label(certificate));
        }
        return new JcaSigningKey(key, copy, provider, family);
    }

    private static boolean matches(PrivateKey key, KeyFamily family, PublicKey publicKey) {
        KeyFamily certFamily;
        try {
            certFamily = KeyFamily.of(publicKey.getAlgorithm());
        } catch (EmrException e) {
            return false;
        }
        if ((certFamily == KeyFamily.EC) != (family == KeyFamily.EC)) {
            return false;
        }
        if (key instanceof RSAKey rsa && publicKey instanceof RSAKey rsaPublic && rsa.getModulus() != null) {
            return rsa.getModulus().equals(rsaPublic.getModulus());
        }
        if (key instanceof ECKey ec && publicKey instanceof ECKey ecPublic && ec.getParams() != null) {
            return ec.getParams().getCurve().equals(ecPublic.getParams().getCurve());
        }
        return true; // opaque token key: the token will tell
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public SignatureAlgorithm defaultAlgorithm() {
        return defaultAlgorithm(family, certificate().getPublicKey());
    }

    /** RSA: rsa-sha256; PSS keys: RSASSA-PSS SHA-256; EC: ecdsa-sha256 (P-384 and larger: ecdsa-sha384). */
    public static SignatureAlgorithm defaultAlgorithm(KeyFamily family, PublicKey publicKey) {
        return switch (family) {
            case RSA -> SignatureAlgorithm.RSA_SHA256;
            case RSA_PSS -> SignatureAlgorithm.RSA_PSS_SHA256;
            case EC -> publicKey instanceof ECKey ec && ec.getParams().getCurve().getField().getFieldSize() > 256
                    ? SignatureAlgorithm.ECDSA_SHA384 : SignatureAlgorithm.ECDSA_SHA256;
        };
    }

    @Override
    public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
        Objects.requireNonNull(dataToSign, "dataToSign");
        Objects.requireNonNull(algorithm, "algorithm");
        if (!family.canSign(algorithm)) {
            throw new EmrException(TrustError.ALGORITHM_NOT_FOR_KEY, "", family, algorithm);
        }
        try {
            Signature signature = signatureFor(algorithm, provider, family);
            signature.initSign(key);
            signature.update(dataToSign);
            return signature.sign();
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            // the exception class only: token messages may carry slot or key labels
            throw new EmrException(TrustError.SIGNING_FAILED, "", e, Reasons.of(e));
        }
    }

    /** A {@code Signature} for the algorithm, parameters set, from the provider or this SDK's default. */
    public static Signature signatureFor(SignatureAlgorithm algorithm, Provider provider, KeyFamily family)
            throws NoSuchAlgorithmException, InvalidAlgorithmParameterException {
        Signature signature;
        if (provider != null) {
            signature = Signature.getInstance(algorithm.jcaName(), provider);
        } else if (family == KeyFamily.EC) {
            signature = Signature.getInstance(algorithm.jcaName(), Providers.bouncyCastle());
        } else {
            signature = Signature.getInstance(algorithm.jcaName());
        }
        if (algorithm.parameters().isPresent()) {
            signature.setParameter(algorithm.parameters().get());
        }
        return signature;
    }

    @Override
    public String toString() {
        return "SigningKey[" + family + ", " + CertificateLabels.label(certificate())
                + (provider == null ? "" : ", provider " + provider.getName()) + "]";
    }
}
