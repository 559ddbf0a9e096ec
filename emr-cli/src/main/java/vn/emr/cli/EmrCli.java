package vn.emr.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code emr} command: every capability of the SDK from a shell.
 *
 * <p>Exit codes: 0 ok or valid, 1 the input is invalid (the report says why), 2 usage error, 3 internal error. With
 * {@code --json} a command prints exactly one JSON object on stdout.
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
        })
public final class EmrCli {

    /** Exit code: success, or the input is valid. */
    public static final int OK = 0;
    /** Exit code: the input is invalid; the report says why. */
    public static final int INVALID = 1;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit code: an internal error (a bug, or the environment failed). */
    public static final int INTERNAL = 3;

    /** Hibernate Validator announces its version at INFO on stderr; the command keeps stderr for findings only. */
    private static final java.util.logging.Logger HIBERNATE_LOG = quiet("org.hibernate.validator");

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
        CommandLine cli = new CommandLine(new EmrCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("emr: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return INTERNAL;
        });
        // picocli's default parameter-exception handler prints the usage and returns exitCodeOnInvalidInput (2)
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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
