package vn.emr.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.emr.cli.internal.CliJson;
import vn.emr.cli.internal.CliLanguage;
import vn.emr.cli.internal.ErrorOutput;
import vn.emr.cli.internal.ExitCodes;
import vn.emr.cli.internal.UsageErrors;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.validation.Issue;

/**
 * The base of every {@code emr} subcommand: the {@code --json} and {@code --lang} options, and the rule that a
 * failure becomes a coded report and the exit code of {@link ExitCodes}, never a stack trace: an
 * {@link EmrException} exits 1 (invalid input), 2 (usage) or 3 (environment); any other exception or {@link Error}
 * (out of memory included) exits 3.
 */
public abstract class JsonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    boolean json;

    @Option(names = "--lang", paramLabel = "vi|en", converter = CliLanguage.class,
            description = "Language of messages: vi (default) or en.")
    Locale lang;

    /** Runs the command; returns the exit code. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (EmrException e) {
            return printErrors(e.issues());
        } catch (ParameterException e) {
            return printErrors(List.of(UsageErrors.of(e)));
        } catch (Exception | Error e) {
            // the message and class of an unexpected failure may carry input or internals: report the code only
            return EmrCli.internal(out(), err(), new UsageErrors.Request(json(), locale()), e);
        }
    }

    /** Whether {@code --json} was given, after the subcommand or before it. */
    protected boolean json() {
        return json || (root() != null && root().json());
    }

    /** The language of messages: {@code --lang} after the subcommand, else before it, else Vietnamese. */
    protected Locale locale() {
        if (lang != null) {
            return lang;
        }
        EmrCli root = root();
        return root != null && root.lang() != null ? root.lang() : Languages.VIETNAMESE;
    }

    private EmrCli root() {
        return spec != null && spec.root().userObject() instanceof EmrCli e ? e : null;
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
     * Reports a failure and returns its exit code ({@link ExitCodes#of(List)}: 1 for invalid input): with
     * {@code --json} {@code {"errors":[{"code","path","message"}], "warnings":[...]}}, otherwise one line per issue on
     * stderr.
     */
    protected int printErrors(List<Issue> issues) {
        return ErrorOutput.print(out(), err(), json(), locale(), issues);
    }

    /** One human-readable line for an issue. */
    protected String describe(Issue issue) {
        return ErrorOutput.describe(issue, locale());
    }
}
