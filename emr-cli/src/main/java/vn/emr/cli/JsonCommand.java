package vn.emr.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/**
 * The base of every {@code emr} subcommand: the {@code --json} and {@code --lang} options, and the rule that an
 * {@link EmrException} becomes exit code 1 with a coded report, never a stack trace.
 */
public abstract class JsonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    boolean json;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "Language of messages: vi (default) or en.")
    String lang;

    /** Runs the command; returns the exit code. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return execute();
        } catch (EmrException e) {
            return printErrors(e.issues());
        }
    }

    /** Whether {@code --json} was given. */
    protected boolean json() {
        return json;
    }

    /** The language of messages. */
    protected Locale locale() {
        return Languages.of(lang);
    }

    /** Standard output. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints one JSON object on stdout. */
    protected void printJson(Map<String, Object> object) {
        out().println(CliJson.write(object));
        out().flush();
    }

    /**
     * Reports invalid input and returns exit code 1: with {@code --json} {@code {"errors":[{"code","path","message"}],
     * "warnings":[...]}}, otherwise one line per issue on stderr.
     */
    protected int printErrors(List<Issue> issues) {
        if (json) {
            Map<String, Object> o = CliJson.object();
            o.put("errors", CliJson.issues(issues.stream().filter(i -> i.severity() == Severity.ERROR).toList(),
                    locale(), true));
            List<Issue> warnings = issues.stream().filter(i -> i.severity() != Severity.ERROR).toList();
            if (!warnings.isEmpty()) {
                o.put("warnings", CliJson.issues(warnings, locale(), true));
            }
            printJson(o);
        } else {
            for (Issue issue : issues) {
                err().println(describe(issue));
            }
            err().flush();
        }
        return EmrCli.INVALID;
    }

    /** One human-readable line for an issue. */
    protected String describe(Issue issue) {
        String level = issue.severity() == Severity.ERROR ? "error" : issue.severity() == Severity.WARNING
                ? "warning" : "info";
        return level + " " + issue.codeString() + (issue.path().isEmpty() ? "" : " [" + issue.path() + "]") + ": "
                + issue.message(locale());
    }
}
