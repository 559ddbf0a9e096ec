package vn.emr.signature;

import java.util.Optional;

/** The digest algorithms accepted for references and signatures; SHA-1 and MD5 are deliberately absent. */
public enum DigestAlgorithm {
    /** SHA-256, the digest of the {@code CHUKYDONVI} profile. */
    SHA256("http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256", 32),
    /** SHA-384. */
    SHA384("http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384", 48),
    /** SHA-512. */
    SHA512("http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512", 64);

    private final String uri;
    private final String jcaName;
    private final int length;

    DigestAlgorithm(String uri, String jcaName, int length) {
        this.uri = uri;
        this.jcaName = jcaName;
        this.length = length;
    }

    /** The URI written in {@code DigestMethod/@Algorithm}. */
    public String uri() {
        return uri;
    }

    /** The JCA {@code MessageDigest} name. */
    public String jcaName() {
        return jcaName;
    }

    /** The digest length in bytes. */
    public int length() {
        return length;
    }

    /** The algorithm with this URI, if supported. */
    public static Optional<DigestAlgorithm> fromUri(String uri) {
        for (DigestAlgorithm a : values()) {
            if (a.uri.equals(uri)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
