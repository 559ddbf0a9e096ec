package vn.emr.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.emr.core.i18n.MessageBundle;
import vn.emr.core.validation.Issue;

/**
 * The one unchecked exception of the SDK: every failure carries a stable {@link ErrorCode}, the path of the offending
 * field when there is one, and a message in Vietnamese and English.
 *
 * <p>When an input has several faults the exception carries all of them in {@link #issues()}; the first one is the
 * exception's own code. The message never contains personal data.
 */
public class EmrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Issue> issues;

    /** An error with the code at the path (empty for none). */
    public EmrException(ErrorCode code, String path, Object... args) {
        this(List.of(Issue.error(path, code, args)), null);
    }

    /** An error with the code at the path, caused by a lower-level exception. */
    public EmrException(ErrorCode code, String path, Throwable cause, Object... args) {
        this(List.of(Issue.error(path, code, args)), cause);
    }

    /** An error made of several issues (at least one, the first being the main one). */
    public EmrException(List<Issue> issues) {
        this(issues, null);
    }

    private EmrException(List<Issue> issues, Throwable cause) {
        super(describe(issues), cause);
        this.issues = List.copyOf(issues);
    }

    private static String describe(List<Issue> issues) {
        Objects.requireNonNull(issues, "issues");
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("an EmrException needs at least one issue");
        }
        for (Issue issue : issues) {
            // a programming fault, caught by the tests (which run with -ea); in production the message is still
            // formatted, with empty text for what is missing, rather than turning a coded error into a crash
            assert argumentsFit(issue) : issue.code().code() + " thrown without all its arguments";
        }
        Issue first = issues.get(0);
        String where = first.path().isEmpty() ? "" : " [" + first.path() + "]";
        return first.code().code() + where + ": " + first.message(Languages.VIETNAMESE) + " / "
                + first.message(Languages.ENGLISH) + (issues.size() > 1 ? " (+" + (issues.size() - 1) + " more)" : "");
    }

    /** The code of the main issue. */
    public ErrorCode code() {
        return issues.get(0).code();
    }

    /** The path of the main issue's field, empty when the issue concerns the input as a whole. */
    public String path() {
        return issues.get(0).path();
    }

    /** The message of the main issue in the given language. */
    public String message(Locale locale) {
        return issues.get(0).message(locale);
    }

    /** Every issue, the main one first. */
    public List<Issue> issues() {
        return issues;
    }

    /** Whether the issue carries an argument for every placeholder of its code's text (checked on the bare text). */
    private static boolean argumentsFit(Issue issue) {
        return issue.args().size() >= MessageBundle.placeholderCountOf(issue.code().message(Languages.VIETNAMESE));
    }
}
