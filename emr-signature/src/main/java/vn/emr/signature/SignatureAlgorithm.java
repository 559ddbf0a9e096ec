package vn.emr.signature;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;

/**
 * The XML-DSig signature algorithms the SDK signs and verifies, with their URIs (RFC 6931, XML-DSig 1.1) and JCA
 * names. Anything not listed (SHA-1, MD5, HMAC, DSA) is refused by the strict verifier.
 */
public enum SignatureAlgorithm {
    /** RSA PKCS#1 v1.5 with SHA-256: the algorithm of the {@code CHUKYDONVI} profile. */
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA", "RSA", DigestAlgorithm.SHA256),
    /** RSA PKCS#1 v1.5 with SHA-384. */
    RSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA", "RSA", DigestAlgorithm.SHA384),
    /** RSA PKCS#1 v1.5 with SHA-512. */
    RSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA", "RSA", DigestAlgorithm.SHA512),
    /** RSASSA-PSS with SHA-256 and MGF1-SHA-256, salt 32 (RFC 6931 §2.3.10). */
    RSA_PSS_SHA256("http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", "RSASSA-PSS", "RSA",
            DigestAlgorithm.SHA256),
    /** ECDSA with SHA-256 (the signature value is r||s, XML-DSig 1.1 §6.4.3). */
    ECDSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSA", "EC",
            DigestAlgorithm.SHA256),
    /** ECDSA with SHA-384. */
    ECDSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSA", "EC",
            DigestAlgorithm.SHA384);

    private final String uri;
    private final String jcaName;
    private final String keyAlgorithm;
    private final DigestAlgorithm digest;

    SignatureAlgorithm(String uri, String jcaName, String keyAlgorithm, DigestAlgorithm digest) {
        this.uri = uri;
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
        this.digest = digest;
    }

    /** The algorithm URI written in {@code SignatureMethod/@Algorithm}. */
    public String uri() {
        return uri;
    }

    /** The JCA signature algorithm name. */
    public String jcaName() {
        return jcaName;
    }

    /** The JCA key algorithm ({@code RSA} or {@code EC}). */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The digest the signature hashes with. */
    public DigestAlgorithm digest() {
        return digest;
    }

    /** JCA parameters the algorithm needs (PSS), if any. */
    public Optional<AlgorithmParameterSpec> parameters() {
        return this == RSA_PSS_SHA256
                ? Optional.of(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1))
                : Optional.empty();
    }

    /** Whether this is an ECDSA algorithm (whose XML form is r||s, not DER). */
    public boolean isEcdsa() {
        return "EC".equals(keyAlgorithm);
    }

    /** The algorithm with this URI, if the SDK supports it. */
    public static Optional<SignatureAlgorithm> fromUri(String uri) {
        for (SignatureAlgorithm a : values()) {
            if (a.uri.equals(uri)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
