package vn.emr.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/**
 * Prints a failure the one way every command does: with {@code --json} exactly one object
 * {@code {"errors":[{"code","path","message"}],"warnings":[...]}} on stdout, otherwise one line per issue on stderr.
 */
public final class ErrorOutput {

    private ErrorOutput() {
    }

    /** Prints the issues and returns the exit code {@link ExitCodes#of(List)} gives them. */
    public static int print(PrintWriter out, PrintWriter err, boolean json, Locale locale, List<Issue> issues) {
        if (json) {
            Map<String, Object> o = CliJson.object();
            o.put("errors", CliJson.issues(issues.stream().filter(i -> i.severity() == Severity.ERROR).toList(),
                    locale, true));
            List<Issue> warnings = issues.stream().filter(i -> i.severity() != Severity.ERROR).toList();
            if (!warnings.isEmpty()) {
                o.put("warnings", CliJson.issues(warnings, locale, true));
            }
            out.println(CliJson.write(o));
            out.flush();
        } else {
            for (Issue issue : issues) {
                err.println(describe(issue, locale));
            }
            err.flush();
        }
        return ExitCodes.of(issues);
    }

    /** One human-readable line for an issue: {@code error EMR-CORE-0006 [path]: message}. */
    public static String describe(Issue issue, Locale locale) {
        String level = issue.severity() == Severity.ERROR ? "error" : issue.severity() == Severity.WARNING
                ? "warning" : "info";
        return level + " " + issue.codeString() + (issue.path().isEmpty() ? "" : " [" + issue.path() + "]") + ": "
                + issue.message(locale);
    }
}
