package vn.emr.core.validation;

import java.util.List;
import java.util.Objects;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;

/**
 * The result of validating a record or any part of it: a list of {@link Issue}s, each with a severity, a path, a
 * stable code and a message in Vietnamese and English. The input is valid when no issue is an error.
 */
public final class ValidationReport {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Issue> issues;

    private ValidationReport(List<Issue> issues) {
        this.issues = issues;
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
        return new ValidationReport(sorted);
    }

    /** Whether no issue is an error. */
    public boolean isValid() {
        return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
    }

    /** Every issue, errors first. */
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
                + warnings().size() + " warnings]";
    }
}
