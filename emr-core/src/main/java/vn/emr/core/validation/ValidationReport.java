package vn.emr.core.validation;

import java.util.List;
import java.util.Objects;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;

/**
 * The result of validating a record or any part of it: a list of {@link Issue}s, each with a severity, a path, a
 * stable code and a message in Vietnamese and English. The input is valid when no issue is an error.
 *
 * <p>A report keeps at most {@link #MAX_ISSUES} issues (errors first) and counts the ones it dropped in
 * {@link #droppedIssues()}, so a hostile input cannot make a report of unbounded size; validity is decided on all
 * issues before dropping.
 */
public final class ValidationReport {

    /** The most issues a report keeps. */
    public static final int MAX_ISSUES = 1000;

    private static final ValidationReport EMPTY = new ValidationReport(List.of(), 0);

    private final List<Issue> issues;
    private final int dropped;

    private ValidationReport(List<Issue> issues, int dropped) {
        this.issues = issues;
        this.dropped = dropped;
    }

    /** A report of these issues, errors first then warnings, each group in the order found. */
    public static ValidationReport of(List<Issue> issues) {
        Objects.requireNonNull(issues, "issues");
        if (issues.isEmpty()) {
            return EMPTY;
        }
        List<Issue> sorted = issues.stream()
                .sorted((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal()))
                .toList();
        if (sorted.size() > MAX_ISSUES) {
            return new ValidationReport(List.copyOf(sorted.subList(0, MAX_ISSUES)), sorted.size() - MAX_ISSUES);
        }
        return new ValidationReport(sorted, 0);
    }

    /** How many issues beyond the first {@link #MAX_ISSUES} were found and not kept (0 when none). */
    public int droppedIssues() {
        return dropped;
    }

    /** Whether no issue is an error. */
    public boolean isValid() {
        return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
    }

    /** Every kept issue, errors first (at most {@link #MAX_ISSUES}; see {@link #droppedIssues()}). */
    public List<Issue> issues() {
        return issues;
    }

    /** The errors. */
    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    /** The warnings. */
    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
    }

    /** Whether some issue has this code. */
    public boolean has(String code) {
        return issues.stream().anyMatch(i -> i.codeString().equals(code));
    }

    /** Throws an {@link EmrException} carrying every issue when the report has errors; returns this report otherwise. */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new EmrException(issues);
        }
        return this;
    }

    @Override
    public String toString() {
        return "ValidationReport[" + (isValid() ? "valid" : "invalid") + ", " + errors().size() + " errors, "
                + warnings().size() + " warnings" + (dropped > 0 ? ", " + dropped + " more not kept" : "") + "]";
    }
}
