package vn.emr.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.exchange.Cv365Codec;
import vn.emr.core.exchange.HoSoBenhAn;
import vn.emr.core.i18n.Localizable;
import vn.emr.core.internal.XmlProlog;
import vn.emr.core.validation.Issue;

/**
 * Signs and verifies the XML export of the {@link HoSoBenhAn} exchange document of official letter 365/TTYQG-GPQLCL,
 * so the receiving facility knows who sent it. 365/TTYQG defines no signature field, so the signed export is
 * {@link Cv365Codec#writeSignableXml}'s envelope: enveloped signatures in {@code /HoSoBenhAnKySo/ChuKy}, each over
 * {@code #HoSoBenhAn} (inclusive C14N, RSA-SHA256 or ECDSA-SHA256, SHA-256 digests, the signer's certificate in
 * {@code KeyInfo}): first the author's ({@code Id="}{@value #AUTHOR_ID}{@code "}), then the facility's
 * ({@code Id="}{@value #FACILITY_ID}{@code "}), a parallel co-signature added without touching the first.
 *
 * <p>This glue lives in {@code emr-signature} because it needs both the document (from {@code emr-core}) and
 * XML-DSig, and {@code emr-core} must not depend on this module; it is a library class rather than part of the
 * command line so that vendors sign exports the way {@code emr record export} does. Thread-safe.
 */
public final class Cv365Signing {

    /** Id of the author's signature. */
    public static final String AUTHOR_ID = "ChuKyTacGia";

    /** Id of the facility's signature. */
    public static final String FACILITY_ID = "ChuKyCoSo";

    private Cv365Signing() {
    }

    /** The document in the signing envelope signed by its author only. */
    public static byte[] sign(HoSoBenhAn document, SigningKey author) {
        Objects.requireNonNull(author, "author");
        return signer(AUTHOR_ID).sign(Cv365Codec.writeSignableXml(document), author);
    }

    /** The document signed by its author, then co-signed by the facility. */
    public static byte[] sign(HoSoBenhAn document, SigningKey author, SigningKey facility) {
        Objects.requireNonNull(facility, "facility");
        return signer(FACILITY_ID).sign(sign(document, author), facility);
    }

    private static XmlSigner signer(String id) {
        return XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId(id).referenceId(Cv365Codec.SIGNED_ID)
                .container(Cv365Codec.SIGNATURE_CONTAINER).addToExistingSignatures().build();
    }

    /** {@link #verify(byte[], TrustPolicy, boolean)} requiring both the author's and the facility's signature. */
    public static Verified verify(byte[] xml, TrustPolicy trust) {
        return verify(xml, trust, true);
    }

    /**
     * Reads and verifies a signed export: the document is read (strictly, as {@link Cv365Codec#readXml}), and its
     * signatures are checked by the strict {@link XmlVerifier} with the trust anchors, each required to cover
     * exactly {@code /HoSoBenhAnKySo/HoSoBenhAn}, the element read; the author's signature must be there, and the
     * facility's when {@code facilityRequired}.
     *
     * @throws EmrException {@code EMR-CORE-0633} when the XML is the plain, unsigned document; the reader's codes
     *     when the document itself is refused
     */
    public static Verified verify(byte[] xml, TrustPolicy trust, boolean facilityRequired) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(trust, "trust");
        HoSoBenhAn document = Cv365Codec.readXml(xml);
        if (!Cv365Codec.SIGNED_ROOT.equals(XmlProlog.rootElement(xml))) {
            throw new EmrException(CoreError.CV365_NOT_SIGNED, "");
        }
        VerificationResult result = XmlVerifier.strict(trust).withExpectedElement(Cv365Codec.SIGNED_ELEMENT)
                .verify(xml);
        List<Issue> issues = new ArrayList<>(result.errors());
        Optional<SignatureResult> author = result.signature(AUTHOR_ID);
        Optional<SignatureResult> facility = result.signature(FACILITY_ID);
        if (author.isEmpty() || facilityRequired && facility.isEmpty()) {
            issues.add(Issue.error(Cv365Codec.SIGNATURE_CONTAINER, CoreError.CV365_SIGNATURES_MISSING,
                    result.signatures().size()));
        }
        for (SignatureResult s : result.signatures()) {
            if (!s.id().equals(AUTHOR_ID) && !s.id().equals(FACILITY_ID)) {
                issues.add(Issue.error(s.location(), CoreError.CV365_SIGNATURE_INVALID,
                        Localizable.of("người ký không rõ vai trò", "unknown signer role")));
            } else if (!s.valid()) {
                issues.add(Issue.error(s.location(), CoreError.CV365_SIGNATURE_INVALID, s.id().equals(AUTHOR_ID)
                        ? Localizable.of("người lập", "author's") : Localizable.of("cơ sở", "facility's")));
            } else if (!Cv365Codec.SIGNED_ELEMENT.equals(s.signedElement())) {
                issues.add(Issue.error(s.location(), CoreError.CV365_SIGNED_ELEMENT));
            }
        }
        return new Verified(document, result, issues);
    }

    /**
     * A signed export as read and verified: the document, the verifier's result per signature and whether the
     * author's and facility's signatures hold. Immutable.
     */
    public static final class Verified {
        private final HoSoBenhAn document;
        private final VerificationResult result;
        private final List<Issue> issues;

        private Verified(HoSoBenhAn document, VerificationResult result, List<Issue> issues) {
            this.document = document;
            this.result = result;
            this.issues = List.copyOf(issues);
        }

        /** Whether every signature verifies, covers the content, and the required signers signed. */
        public boolean valid() {
            return issues.isEmpty() && result.valid();
        }

        /** Every fault found (the verifier's errors, then this class's), empty when {@link #valid()}. */
        public List<Issue> issues() {
            return issues;
        }

        /** The document that was read (the signed content). */
        public HoSoBenhAn document() {
            return document;
        }

        /** The verifier's result, one entry per signature. */
        public VerificationResult verification() {
            return result;
        }

        /** The author's signature, if the document has one (valid or not: see its result). */
        public Optional<SignatureResult> author() {
            return result.signature(AUTHOR_ID);
        }

        /** The facility's signature, if the document has one. */
        public Optional<SignatureResult> facility() {
            return result.signature(FACILITY_ID);
        }

        @Override
        public String toString() {
            return "Cv365Signing.Verified[valid=" + valid() + ", signatures=" + result.signatures().size() + "]";
        }
    }
}
