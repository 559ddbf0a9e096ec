package vn.emr.signature;

import java.util.Locale;
import vn.emr.core.ErrorCode;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error and warning codes of the XML-DSig engine of {@code emr-signature} ({@code EMR-SIG-0001} to
 * {@code EMR-SIG-0499}); texts in {@code signature-errors_vi/en.properties}. Certificate trust, revocation and key
 * codes ({@code EMR-SIG-0500} to {@code 0999}) are in {@link TrustError}.
 *
 * <p>Ranges: 000x input and parsing, 001x signature structure, 002x references and transforms, 003x algorithms and
 * keys, 004x coverage and wrapping, 005x cryptographic checks, 006x signer key, 007x XAdES, 008x signing, 010x
 * warnings, 011x XML language and parser limits. Every refusal the strict verifier makes has its own code.
 */
public enum SignatureError implements ErrorCode {
    /** The XML is malformed. */
    MALFORMED_XML("EMR-SIG-0001"),
    /** The document has a DOCTYPE (XXE, entity expansion): refused. */
    DOCTYPE_REFUSED("EMR-SIG-0002"),
    /** The document is not UTF-8, so its bytes cannot be signed in place. */
    ENCODING_UNSUPPORTED("EMR-SIG-0003"),
    /** Elements are nested deeper than allowed. */
    NESTING_TOO_DEEP("EMR-SIG-0004"),
    /** The input could not be read. */
    IO_READ("EMR-SIG-0005"),
    /** The output could not be written. */
    IO_WRITE("EMR-SIG-0006"),
    /** The input is empty. */
    EMPTY_INPUT("EMR-SIG-0007"),
    /** The document carries no signature. */
    SIGNATURE_MISSING("EMR-SIG-0010"),
    /** The Signature element does not have the XML-DSig structure. */
    SIGNATURE_MALFORMED("EMR-SIG-0011"),
    /** A Signature element is larger than allowed. */
    SIGNATURE_TOO_LARGE("EMR-SIG-0012"),
    /** The document carries more signatures than allowed. */
    TOO_MANY_SIGNATURES("EMR-SIG-0013"),
    /** A reference points outside the document (file, http, relative URI). */
    REFERENCE_URI_EXTERNAL("EMR-SIG-0020"),
    /** A reference URI form is not supported (XPointer, missing URI). */
    REFERENCE_URI_UNSUPPORTED("EMR-SIG-0021"),
    /** A reference points to an Id that is not in the document. */
    REFERENCE_TARGET_NOT_FOUND("EMR-SIG-0022"),
    /** A transform other than enveloped-signature and C14N is refused. */
    TRANSFORM_REFUSED("EMR-SIG-0023"),
    /** A reference has more than 5 transforms. */
    TOO_MANY_TRANSFORMS("EMR-SIG-0024"),
    /** SignedInfo has more than 30 references. */
    TOO_MANY_REFERENCES("EMR-SIG-0025"),
    /** The order of the transforms is not supported. */
    TRANSFORM_CHAIN_UNSUPPORTED("EMR-SIG-0026"),
    /** The canonicalization method is not in the C14N family. */
    CANONICALIZATION_REFUSED("EMR-SIG-0027"),
    /** SHA-1 or MD5 digests are refused. */
    DIGEST_ALGORITHM_WEAK("EMR-SIG-0030"),
    /** SHA-1, MD5 or DSA signatures are refused. */
    SIGNATURE_ALGORITHM_WEAK("EMR-SIG-0031"),
    /** HMAC signatures are refused: only public-key signatures are accepted. */
    HMAC_REFUSED("EMR-SIG-0032"),
    /** The signature algorithm is unknown. */
    SIGNATURE_ALGORITHM_UNKNOWN("EMR-SIG-0033"),
    /** The digest algorithm is unknown. */
    DIGEST_ALGORITHM_UNKNOWN("EMR-SIG-0034"),
    /** RSA keys under 2048 bits are refused. */
    RSA_KEY_TOO_SMALL("EMR-SIG-0035"),
    /** EC keys under 256 bits are refused. */
    EC_KEY_TOO_SMALL("EMR-SIG-0036"),
    /** The key type does not match the signature algorithm. */
    KEY_ALGORITHM_MISMATCH("EMR-SIG-0037"),
    /** Two elements have the same Id (signature wrapping). */
    DUPLICATE_ID("EMR-SIG-0040"),
    /** The signature does not cover the element the caller reads (signature wrapping). */
    NOT_COVERING("EMR-SIG-0041"),
    /** The element the caller reads occurs more than once or not at all. */
    EXPECTED_ELEMENT_AMBIGUOUS("EMR-SIG-0042"),
    /** The CHUKYDONVI signature is not inside /GIAMDINHHS/CHUKYDONVI. */
    CHUKYDONVI_PLACEMENT("EMR-SIG-0043"),
    /** The CHUKYDONVI signature must have exactly one whole-document reference. */
    CHUKYDONVI_REFERENCES("EMR-SIG-0044"),
    /** References to a Manifest are refused (its references are not verified). */
    MANIFEST_REFUSED("EMR-SIG-0045"),
    /** The content was changed after signing (digest mismatch). */
    DIGEST_MISMATCH("EMR-SIG-0050"),
    /** The signature value does not verify with the signer key. */
    SIGNATURE_VALUE_MISMATCH("EMR-SIG-0051"),
    /** The signature value is not valid base64 or has the wrong length. */
    SIGNATURE_VALUE_MALFORMED("EMR-SIG-0052"),
    /** The signature carries no signer certificate and no key was pinned. */
    NO_SIGNER_KEY("EMR-SIG-0060"),
    /** A certificate in KeyInfo cannot be decoded. */
    CERTIFICATE_MALFORMED("EMR-SIG-0061"),
    /** The signer key is neither pinned nor certified by a trusted certificate. */
    KEY_NOT_PINNED("EMR-SIG-0062"),
    /** The XAdES QualifyingProperties are misplaced or duplicated (wrapping). */
    XADES_STRUCTURE("EMR-SIG-0070"),
    /** The XAdES SignedProperties are not covered by a reference. */
    XADES_NOT_SIGNED("EMR-SIG-0071"),
    /** The XAdES signing-certificate digest does not match the signer certificate. */
    XADES_CERTIFICATE_MISMATCH("EMR-SIG-0072"),
    /** The XAdES signing time is not a valid xsd:dateTime. */
    XADES_SIGNING_TIME_MALFORMED("EMR-SIG-0073"),
    /** The time-stamp token does not cover this signature value. */
    TIMESTAMP_IMPRINT_MISMATCH("EMR-SIG-0074"),
    /** The time-stamp token cannot be read. */
    TIMESTAMP_MALFORMED("EMR-SIG-0075"),
    /** The element that must hold the signature is missing. */
    SIGN_TARGET_MISSING("EMR-SIG-0080"),
    /** The signature container is not empty. */
    ALREADY_SIGNED("EMR-SIG-0081"),
    /** The signature value returned for this data does not verify with the signer certificate. */
    SIGNATURE_VALUE_REJECTED("EMR-SIG-0082"),
    /** The signature Id is not a valid NCName or is already used in the document. */
    SIGNATURE_ID_INVALID("EMR-SIG-0083"),
    /** The detached content of a reference was not supplied. */
    DETACHED_CONTENT_MISSING("EMR-SIG-0084"),
    /** The operation does not fit the signature profile. */
    PROFILE_MISMATCH("EMR-SIG-0085"),
    /** The root element is not the one the profile signs. */
    SIGNING_ROOT_MISMATCH("EMR-SIG-0086"),
    /** Comments inside signed content are not signed and may mislead readers (warning). */
    COMMENT_IN_SIGNED_DATA("EMR-SIG-0100"),
    /** Unsigned XAdES properties were not checked (warning). */
    UNSIGNED_PROPERTIES_NOT_CHECKED("EMR-SIG-0101"),
    /** The signing time is the signer's claim, not a trusted time (warning). */
    SIGNING_TIME_CLAIMED("EMR-SIG-0102"),
    /** The document declares XML 1.1 (its line-end and character rules differ): only XML 1.0 is accepted. */
    XML_VERSION_UNSUPPORTED("EMR-SIG-0110"),
    /** A start tag has more attributes (namespace declarations included) than allowed. */
    TOO_MANY_ATTRIBUTES("EMR-SIG-0111"),
    /** A start tag declares more namespaces than allowed. */
    TOO_MANY_NAMESPACE_DECLARATIONS("EMR-SIG-0112"),
    /** More namespace declarations are in scope at one element than allowed. */
    TOO_MANY_NAMESPACES_IN_SCOPE("EMR-SIG-0113"),
    /** A name (prefix, local part or processing-instruction target) is longer than allowed. */
    NAME_TOO_LONG("EMR-SIG-0114");

    private static final MessageBundle BUNDLE =
            MessageBundle.load(SignatureError.class::getResourceAsStream, "signature-errors");

    private final String code;

    SignatureError(String code) {
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
