package vn.emr.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emr.core.validation.Issue;

/**
 * The outcome of verifying a document: {@link #outcome()} is {@link Outcome#VALID} only when it carries at least one
 * signature and every signature is valid. Each signature has its own result ({@link #signatures()}, or
 * {@link #signature(String)} by its {@code Id}): a record signed by its author, the head of department and the patient
 * has three, and the signer, covered element and time of each are read there. Immutable.
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

    /**
     * The overall outcome: {@link Outcome#INVALID} when the document has an error of its own, carries no signature or
     * has an invalid signature; otherwise {@link Outcome#INDETERMINATE} when some signature is; otherwise
     * {@link Outcome#VALID}.
     */
    public Outcome outcome() {
        if (!documentErrors.isEmpty() || signatures.isEmpty()) {
            return Outcome.INVALID;
        }
        Outcome overall = Outcome.VALID;
        for (SignatureResult s : signatures) {
            Outcome o = s.outcome();
            if (o == Outcome.INVALID) {
                return Outcome.INVALID;
            }
            if (o == Outcome.INDETERMINATE) {
                overall = Outcome.INDETERMINATE;
            }
        }
        return overall;
    }

    /** Whether the document is signed and every signature is valid ({@link #outcome()} is {@link Outcome#VALID}). */
    public boolean valid() {
        return outcome() == Outcome.VALID;
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

    /**
     * The result of the signature whose {@code Id} attribute is {@code id}; empty when no signature has it (or
     * {@code id} is empty). Ids are unique in a document the verifier accepts.
     */
    public Optional<SignatureResult> signature(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return signatures.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "VerificationResult[outcome=" + outcome() + ", signatures=" + signatures.size() + ", errors="
                + errors().stream().map(Issue::codeString).toList() + "]";
    }
}
