package vn.emr.signature;

import java.util.List;
import java.util.Set;
import vn.emr.core.ErrorCode;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/**
 * The three-valued outcome of a verification, for one signature ({@link SignatureResult#outcome()}) or for a whole
 * document ({@link VerificationResult#outcome()}), like the simple report of EU DSS (TOTAL_PASSED, TOTAL_FAILED,
 * INDETERMINATE).
 *
 * <p>A signature is {@link #INDETERMINATE} when its only errors are ones that more information could resolve: today
 * that is {@link TrustError#REVOCATION_UNKNOWN} (revocation sources were given and none answered for a certificate of
 * the path; the signature is otherwise fine). Every other error makes it {@link #INVALID}. A document is
 * {@link #INVALID} when it has a document-level error, carries no signature or has an invalid signature; otherwise
 * {@link #INDETERMINATE} when some signature is; otherwise {@link #VALID}. Only {@link #VALID} may be relied on.
 */
public enum Outcome {
    /** Every check passed. */
    VALID,
    /** Some check failed: the signature (or document) must not be relied on. */
    INVALID,
    /** No check failed, but one could not be completed (revocation status unknown): not to be relied on yet. */
    INDETERMINATE;

    /** The error codes that alone make a signature indeterminate rather than invalid. */
    private static final Set<ErrorCode> INDETERMINATE_CODES = Set.of(TrustError.REVOCATION_UNKNOWN);

    /** Whether an error with this code leaves the outcome indeterminate rather than invalid. */
    static boolean isIndeterminate(ErrorCode code) {
        return INDETERMINATE_CODES.contains(code);
    }

    /** The outcome of one signature with these errors (warnings never change it). */
    static Outcome of(List<Issue> errors) {
        Outcome outcome = VALID;
        for (Issue i : errors) {
            if (i.severity() != Severity.ERROR) {
                continue;
            }
            if (!isIndeterminate(i.code())) {
                return INVALID;
            }
            outcome = INDETERMINATE;
        }
        return outcome;
    }

    /** The lower-case name used in JSON reports: {@code valid}, {@code invalid} or {@code indeterminate}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
