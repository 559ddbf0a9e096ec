package vn.emr.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.emr.core.validation.Issue;

/**
 * The outcome for one {@code ds:Signature} of a document: {@link #outcome()} (valid, invalid or indeterminate), the
 * coded reasons, the signer, what it covers. Immutable; {@link #toString()} carries no personal data.
 */
public final class SignatureResult {

    private final String id;
    private final String location;
    private final List<Issue> errors;
    private final List<Issue> warnings;
    private final X509Certificate signerCertificate;
    private final List<X509Certificate> chain;
    private final String signedElement;
    private final SignatureAlgorithm signatureAlgorithm;
    private final Instant signingTime;
    private final String signerRole;
    private final List<ReferenceResult> references;
    private final String excludedElement;

    SignatureResult(String id, String location, List<Issue> errors, List<Issue> warnings,
            X509Certificate signerCertificate, List<X509Certificate> chain, String signedElement,
            SignatureAlgorithm signatureAlgorithm, Instant signingTime, String signerRole,
            List<ReferenceResult> references) {
        this(id, location, errors, warnings, signerCertificate, chain, signedElement, signatureAlgorithm, signingTime,
                signerRole, references, "");
    }

    SignatureResult(String id, String location, List<Issue> errors, List<Issue> warnings,
            X509Certificate signerCertificate, List<X509Certificate> chain, String signedElement,
            SignatureAlgorithm signatureAlgorithm, Instant signingTime, String signerRole,
            List<ReferenceResult> references, String excludedElement) {
        this.id = id == null ? "" : id;
        this.location = location == null ? "" : location;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.signerCertificate = signerCertificate;
        this.chain = List.copyOf(chain);
        this.signedElement = signedElement == null ? "" : signedElement;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signingTime = signingTime;
        this.signerRole = signerRole;
        this.references = List.copyOf(references);
        this.excludedElement = excludedElement == null ? "" : excludedElement;
    }

    /** Whether the signature is valid under the verifier's policy (no error; {@link #outcome()} is valid). */
    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * {@link Outcome#VALID} without errors, {@link Outcome#INDETERMINATE} when every error is one more information
     * could resolve (revocation status unknown), {@link Outcome#INVALID} otherwise.
     */
    public Outcome outcome() {
        return Outcome.of(errors);
    }

    /** The signature's {@code Id} attribute, empty when it has none. */
    public String id() {
        return id;
    }

    /** The path of the element holding the signature, for example {@code /GIAMDINHHS/CHUKYDONVI}. */
    public String location() {
        return location;
    }

    /** Every error, coded; empty when valid. */
    public List<Issue> errors() {
        return errors;
    }

    /** Warnings (they do not make the signature invalid). */
    public List<Issue> warnings() {
        return warnings;
    }

    /** The signer certificate, when the signature carries one. */
    public Optional<X509Certificate> signerCertificate() {
        return Optional.ofNullable(signerCertificate);
    }

    /** The validated certification path (signer first, trust anchor last); empty when not trusted. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The path of the element the signature really covers (for example {@code /GIAMDINHHS}); empty if none. */
    public String signedElement() {
        return signedElement;
    }

    /** The signature algorithm, when it is one the SDK accepts. */
    public Optional<SignatureAlgorithm> signatureAlgorithm() {
        return Optional.ofNullable(signatureAlgorithm);
    }

    /** The XAdES signing time, when the signature carries one. */
    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    /** The XAdES claimed signer role, when the signature carries one. */
    public Optional<String> signerRole() {
        return Optional.ofNullable(signerRole);
    }

    /** The references of {@code SignedInfo}, in order. */
    public List<ReferenceResult> references() {
        return references;
    }

    /**
     * The path of the element an enveloped-signature transform left out of what this signature signs (the
     * {@code Signature} itself, for example {@code /GIAMDINHHS/CHUKYDONVI/Signature}); empty when no reference uses
     * that transform over an element holding it. Nothing in that subtree is signed by this signature.
     */
    public String excludedElement() {
        return excludedElement;
    }

    @Override
    public String toString() {
        return "SignatureResult[id=" + id + ", outcome=" + outcome() + ", signedElement=" + signedElement + ", errors="
                + errors.stream().map(Issue::codeString).toList() + "]";
    }
}
