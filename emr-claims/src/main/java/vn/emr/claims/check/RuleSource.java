package vn.emr.claims.check;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a claims rule comes from ({@code domain/claims.md} §3): the decision's text, the portal's own validation sheet,
 * or the practice of the assessors as a production hospital tool checks it.
 *
 * @param kind which of the three
 * @param citation the clause, sheet row or practice, in words (for example {@code "QĐ 4750 PL, Bảng 1, T_BHTT"})
 */
public record RuleSource(Kind kind, String citation) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The three kinds of source. */
    public enum Kind {
        /** (R) the decision (QĐ 130 as amended by 4750 and 3176, its appendix). */
        DECISION,
        /** (P) the BHXH portal's validation sheet (CTN), {@code data/claims/portal-validation-4750.csv}. */
        PORTAL,
        /** (T) what the assessors refuse in practice, as a production hospital tool (tracnn/qlbv_public) checks it. */
        PRACTICE
    }

    /** Checks the parts. */
    public RuleSource {
        Objects.requireNonNull(kind, "kind");
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("a rule source needs a citation");
        }
    }

    /** A clause of the decision. */
    public static RuleSource decision(String citation) {
        return new RuleSource(Kind.DECISION, citation);
    }

    /** A row of the portal's validation sheet. */
    public static RuleSource portal(String citation) {
        return new RuleSource(Kind.PORTAL, citation);
    }

    /** An assessors' practice. */
    public static RuleSource practice(String citation) {
        return new RuleSource(Kind.PRACTICE, citation);
    }

    /** {@code (R) citation}, {@code (P) ...} or {@code (T) ...}: the form reports and {@code RULES.md} show. */
    @Override
    public String toString() {
        return switch (kind) {
            case DECISION -> "(R) ";
            case PORTAL -> "(P) ";
            case PRACTICE -> "(T) ";
        } + citation;
    }
}
