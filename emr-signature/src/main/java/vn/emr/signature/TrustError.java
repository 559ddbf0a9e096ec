package vn.emr.signature;

import java.util.Locale;
import vn.emr.core.ErrorCode;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error codes of keys, certificate trust and revocation in {@code emr-signature} ({@code EMR-SIG-0500} to
 * {@code EMR-SIG-0999}); texts in {@code trust-errors_vi/en.properties}. The XML-DSig engine's own codes
 * ({@code EMR-SIG-0001} to {@code 0499}) are in {@code SignatureError}.
 *
 * <p>Ranges: 05xx certificate path and validity, 06xx revocation (CRL, OCSP), 07xx key stores (PKCS#12, PKCS#11,
 * PEM), 08xx signing with a key (local or remote), 09xx demo credentials and files.
 */
public enum TrustError implements ErrorCode {
    // 05xx certificate path and validity
    /** No signer certificate was given or found. */
    NO_SIGNER_CERTIFICATE("EMR-SIG-0500"),
    /** The trust policy has no trust anchor. */
    NO_TRUST_ANCHOR("EMR-SIG-0501"),
    /** The signer certificate does not chain to a trust anchor. */
    PATH_NOT_TRUSTED("EMR-SIG-0502"),
    /** A certificate had expired at the validation time. */
    CERTIFICATE_EXPIRED("EMR-SIG-0503"),
    /** A certificate was not yet valid at the validation time. */
    CERTIFICATE_NOT_YET_VALID("EMR-SIG-0504"),
    /** The signer certificate's key usage does not allow signatures. */
    KEY_USAGE_NOT_SIGNING("EMR-SIG-0505"),
    /** The signer certificate is a CA certificate. */
    SIGNER_IS_CA("EMR-SIG-0506"),
    /** A certificate of the path below the anchor is signed with SHA-1 or MD5. */
    CERTIFICATE_WEAK_SIGNATURE("EMR-SIG-0507"),
    /** The signer certificate's extended key usage does not allow signing documents. */
    EXTENDED_KEY_USAGE_NOT_SIGNING("EMR-SIG-0508"),

    // 06xx revocation
    /** A certificate was revoked at or before the validation time. */
    REVOKED("EMR-SIG-0600"),
    /** A certificate was revoked after the validation (signing) time: warning. */
    REVOKED_AFTER_SIGNING_TIME("EMR-SIG-0601"),
    /** No revocation source gave a usable answer for a certificate. */
    REVOCATION_UNKNOWN("EMR-SIG-0602"),
    /** A CRL is not signed by the certificate's issuer: ignored. */
    CRL_INVALID("EMR-SIG-0603"),
    /** An OCSP response is malformed, unsigned, badly signed or from an unauthorised responder: ignored. */
    OCSP_INVALID("EMR-SIG-0604"),
    /** The OCSP responder failed or answered with an error status. */
    OCSP_FAILED("EMR-SIG-0605"),
    /** The revocation answer is not fresh for the validation time: ignored. */
    REVOCATION_STALE("EMR-SIG-0606"),
    /** A certificate was revoked for key compromise (or without a reason) after the validation time: still invalid. */
    REVOKED_COMPROMISE_AFTER_SIGNING_TIME("EMR-SIG-0607"),

    // 07xx key stores
    /** The key store file cannot be read. */
    KEYSTORE_UNREADABLE("EMR-SIG-0700"),
    /** The key store password is wrong or the file is not a key store. */
    KEYSTORE_PASSWORD("EMR-SIG-0701"),
    /** The alias is not in the key store. */
    ALIAS_NOT_FOUND("EMR-SIG-0702"),
    /** The key store entry holds no private key. */
    NO_PRIVATE_KEY("EMR-SIG-0703"),
    /** The key store holds several private keys and no alias was given. */
    ALIAS_AMBIGUOUS("EMR-SIG-0704"),
    /** The signing certificate has expired. */
    SIGNING_CERTIFICATE_EXPIRED("EMR-SIG-0705"),
    /** The signing certificate is not yet valid. */
    SIGNING_CERTIFICATE_NOT_YET_VALID("EMR-SIG-0706"),
    /** The private key does not match the certificate. */
    KEY_CERTIFICATE_MISMATCH("EMR-SIG-0707"),
    /** The PKCS#11 configuration is invalid or the library cannot be loaded. */
    PKCS11_CONFIG("EMR-SIG-0708"),
    /** The PKCS#11 token refused the PIN or cannot be opened. */
    PKCS11_LOGIN("EMR-SIG-0709"),
    /** A certificate file cannot be read as PEM or DER. */
    CERTIFICATE_UNREADABLE("EMR-SIG-0710"),
    /** The key algorithm is not supported. */
    KEY_ALGORITHM_UNSUPPORTED("EMR-SIG-0711"),
    /** No key source was given (a PKCS#12 file or a PKCS#11 configuration). */
    KEY_SOURCE_MISSING("EMR-SIG-0712"),
    /**
     * The document already holds a signature: co-signing was not asked for, or the new signature would break an
     * existing one (or could not be verified beside it).
     */
    SIGNATURE_WOULD_BREAK_EXISTING("EMR-SIG-0940"),
    /** The PKCS#11 configuration file is missing or unreadable. */
    PKCS11_CONFIG_UNREADABLE("EMR-SIG-0941"),
    /** The PKCS#11 configuration is not a SunPKCS11 configuration. */
    PKCS11_CONFIG_INVALID("EMR-SIG-0942"),
    /** The PKCS#11 library the configuration names does not exist. */
    PKCS11_LIBRARY_MISSING("EMR-SIG-0943"),
    /** The PKCS#11 library loaded but the slot holds no usable token. */
    PKCS11_TOKEN_UNAVAILABLE("EMR-SIG-0944"),
    /** A trust certificate file does not exist. */
    TRUST_FILE_MISSING("EMR-SIG-0945"),
    /** A trust certificate file cannot be read. */
    TRUST_FILE_UNREADABLE("EMR-SIG-0946"),
    /** A certificate file holds no PEM or DER certificate. */
    TRUST_FILE_NO_CERTIFICATE("EMR-SIG-0947"),

    // 08xx signing
    /** The key cannot sign with the requested algorithm. */
    ALGORITHM_NOT_FOR_KEY("EMR-SIG-0800"),
    /** The signing operation failed. */
    SIGNING_FAILED("EMR-SIG-0801"),
    /** The remote signing service did not answer in time. */
    REMOTE_TIMEOUT("EMR-SIG-0802"),
    /** The remote signing service or its user refused to sign. */
    REMOTE_REFUSED("EMR-SIG-0803"),
    /** The remote signing service failed. */
    REMOTE_FAILED("EMR-SIG-0804"),
    /** The signature returned does not verify with the signer certificate. */
    SIGNATURE_NOT_MATCHING_CERTIFICATE("EMR-SIG-0805"),
    /** The signing was interrupted. */
    SIGNING_INTERRUPTED("EMR-SIG-0806"),

    // 09xx demo credentials and files
    /** A file could not be written. */
    FILE_WRITE("EMR-SIG-0900"),
    /** The demo credentials could not be generated. */
    DEMO_GENERATION("EMR-SIG-0901"),
    /** A signed history does not have exactly one signature per version. */
    SIGNED_HISTORY_COUNT("EMR-SIG-0920"),
    /** A version's signature covers another digest: the version was changed or its digests recomputed (forgery). */
    SIGNED_HISTORY_FORGED("EMR-SIG-0921"),
    /** A version's signature is not valid or its signer is not trusted. */
    SIGNED_HISTORY_SIGNATURE_INVALID("EMR-SIG-0922"),
    /** A version is signed by a certificate the host does not register for the version's author. */
    SIGNED_HISTORY_SIGNER_NOT_AUTHOR("EMR-SIG-0923");

    private static final MessageBundle BUNDLE = MessageBundle.load(TrustError.class::getResourceAsStream, "trust-errors");

    private final String code;

    TrustError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale, Object... args) {
        return BUNDLE.format(code, locale, args);
    }

    /** The bundle behind the messages (for the test that proves every code has both texts). */
    static MessageBundle bundle() {
        return BUNDLE;
    }
}
