package vn.emr.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.emr.cli.internal.CliLanguage;
import vn.emr.cli.internal.ErrorOutput;
import vn.emr.cli.internal.ExitCodes;
import vn.emr.cli.internal.UsageErrors;
import vn.emr.core.CoreError;
import vn.emr.core.validation.Issue;

/**
 * The {@code emr} command: every capability of the SDK from a shell.
 *
 * <p>Exit codes: 0 ok or valid, 1 the input is invalid (the report says why), 2 usage error, 3 the environment
 * failed (cannot write, disk full, out of memory) or an internal error. With {@code --json} a command prints exactly
 * one JSON object on stdout in every outcome, usage errors included ({@code {"errors":[{"code","path","message"}]}}).
 * {@code --help}/{@code -h} work on every command; {@code --json} and {@code --lang} may also precede the subcommand;
 * arguments starting with {@code @} are literal, never read as argument files.
 */
@Command(name = "emr", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Vietnamese EMR SDK: identity documents, records, signatures, VietQR, claims.",
        subcommands = {
            // one class per command, registered here
            CccdCommand.class,
            BhytCommand.class,
            ValidateCommand.class,
            DemoCommand.class,
            VietQrCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            ClaimsCommand.class,
            PrescriptionCommand.class,
            RecordCommand.class,
        })
public final class EmrCli {

    /** Exit code: success, or the input is valid. */
    public static final int OK = ExitCodes.OK;
    /** Exit code: the input is invalid; the report says why. */
    public static final int INVALID = ExitCodes.INVALID;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = ExitCodes.USAGE;
    /** Exit code: the environment failed (cannot write, disk full, out of memory) or an internal error. */
    public static final int INTERNAL = ExitCodes.ENVIRONMENT;

    /** Hibernate Validator announces its version at INFO on stderr; the command keeps stderr for findings only. */
    private static final java.util.logging.Logger HIBERNATE_LOG = quiet("org.hibernate.validator");

    @Option(names = "--json", description = "Print exactly one JSON object on stdout (also accepted after the "
            + "subcommand).")
    boolean json;

    @Option(names = "--lang", paramLabel = "vi|en", converter = CliLanguage.class,
            description = "Language of messages: vi (default) or en (also accepted after the subcommand).")
    Locale lang;

    private EmrCli() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command with the given streams and returns the exit code (used by tests and embedders). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        UsageErrors.Request request = UsageErrors.Request.of(args);
        try {
            CommandLine cli = new CommandLine(new EmrCli());
            cli.setOut(out);
            cli.setErr(err);
            cli.setExpandAtFiles(false);
            standardHelpEverywhere(cli);
            cli.setParameterExceptionHandler((e, a) -> {
                Issue issue = UsageErrors.of(e);
                int code = ErrorOutput.print(out, err, request.json(), request.locale(), List.of(issue));
                if (!request.json()) {
                    err.println("emr: " + (vn.emr.core.Languages.isEnglish(request.locale()) ? "see " : "xem ")
                            + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
                    err.flush();
                }
                return code;
            });
            cli.setExecutionStrategy(parseResult -> {
                Integer help = CommandLine.executeHelpRequest(parseResult);
                if (help != null) {
                    return help;
                }
                CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
                Object command = last.getCommandSpec().userObject();
                // a command group run without its subcommand is a usage error, whatever the group itself would do
                if (!last.getSubcommands().isEmpty()
                        || !(command instanceof Callable) && !(command instanceof Runnable)) {
                    return ErrorOutput.print(out, err, request.json(), request.locale(), List.of(Issue.error("",
                            CoreError.USAGE_SUBCOMMAND_MISSING, last.getCommandSpec().qualifiedName())));
                }
                return new CommandLine.RunLast().execute(parseResult);
            });
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internal(out, err, request, e));
            int code = cli.execute(args);
            out.flush();
            err.flush();
            return code;
        } catch (ParameterException e) {
            return ErrorOutput.print(out, err, request.json(), request.locale(), List.of(UsageErrors.of(e)));
        } catch (RuntimeException | Error e) {
            return internal(out, err, request, e);
        }
    }

    /** An exception no command handled, or an {@link Error}: exit 3 with a coded message, never a stack trace. */
    static int internal(PrintWriter out, PrintWriter err, UsageErrors.Request request, Throwable e) {
        CoreError code = e instanceof OutOfMemoryError ? CoreError.OUT_OF_MEMORY : CoreError.INTERNAL;
        ErrorOutput.print(out, err, request.json(), request.locale(), List.of(Issue.error("", code)));
        return ExitCodes.ENVIRONMENT;
    }

    /** Adds {@code -h/--help} and {@code -V/--version} to every command that does not declare them. */
    private static void standardHelpEverywhere(CommandLine cli) {
        if (!cli.getCommandSpec().mixinStandardHelpOptions()) {
            cli.getCommandSpec().mixinStandardHelpOptions(true);
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            standardHelpEverywhere(sub);
        }
    }

    /** The {@code --json} given before the subcommand. */
    boolean json() {
        return json;
    }

    /** The {@code --lang} given before the subcommand, or null. */
    Locale lang() {
        return lang;
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EmrCli.class.getPackage().getImplementationVersion();
            return new String[] {"emr " + (v == null ? "development build" : v)};
        }
    }
}
