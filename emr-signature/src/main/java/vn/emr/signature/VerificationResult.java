package vn.emr.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emr.core.validation.Issue;

/**
 * The outcome of verifying a document: valid only when it carries at least one signature and every signature is
 * valid. Holds each signature's result; the convenience accessors describe the first signature. Immutable.
 */
public final class VerificationResult {

    private final List<Issue> documentErrors;
    private final List<SignatureResult> signatures;

    VerificationResult(List<Issue> documentErrors, List<SignatureResult> signatures) {
        this.documentErrors = List.copyOf(documentErrors);
        this.signatures = List.copyOf(signatures);
    }

    static VerificationResult failed(Issue issue) {
        return new VerificationResult(List.of(issue), List.of());
    }

    /** Whether the document is signed and every signature is valid. */
    public boolean valid() {
        return documentErrors.isEmpty() && !signatures.isEmpty() && signatures.stream().allMatch(SignatureResult::valid);
    }

    /** Every error: those of the document as a whole, then each signature's. */
    public List<Issue> errors() {
        List<Issue> all = new ArrayList<>(documentErrors);
        signatures.forEach(s -> all.addAll(s.errors()));
        return List.copyOf(all);
    }

    /** Every warning of every signature. */
    public List<Issue> warnings() {
        List<Issue> all = new ArrayList<>();
        signatures.forEach(s -> all.addAll(s.warnings()));
        return List.copyOf(all);
    }

    /** Whether some error has this code. */
    public boolean hasError(vn.emr.core.ErrorCode code) {
        return errors().stream().anyMatch(i -> i.code().equals(code));
    }

    /** Each signature's result, in document order. */
    public List<SignatureResult> signatures() {
        return signatures;
    }

    private Optional<SignatureResult> first() {
        return signatures.stream().findFirst();
    }

    /** The first signature's signer certificate. */
    public Optional<X509Certificate> signerCertificate() {
        return first().flatMap(SignatureResult::signerCertificate);
    }

    /** The first signature's validated chain. */
    public List<X509Certificate> chain() {
        return first().map(SignatureResult::chain).orElse(List.of());
    }

    /** The element the first signature really covers, for example {@code /GIAMDINHHS}. */
    public Optional<String> signedElement() {
        return first().map(SignatureResult::signedElement).filter(s -> !s.isEmpty());
    }

    /** The first signature's algorithm. */
    public Optional<SignatureAlgorithm> signatureAlgorithm() {
        return first().flatMap(SignatureResult::signatureAlgorithm);
    }

    /** The first signature's XAdES signing time. */
    public Optional<Instant> signingTime() {
        return first().flatMap(SignatureResult::signingTime);
    }

    /** The first signature's references. */
    public List<ReferenceResult> references() {
        return first().map(SignatureResult::references).orElse(List.of());
    }

    @Override
    public String toString() {
        return "VerificationResult[valid=" + valid() + ", signatures=" + signatures.size() + ", errors="
                + errors().stream().map(Issue::codeString).toList() + "]";
    }
}
