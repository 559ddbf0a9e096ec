package vn.emr.cli.internal;

import java.util.List;
import java.util.Set;
import vn.emr.core.CoreError;
import vn.emr.core.ErrorCode;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/**
 * The one mapping from a failure to the {@code emr} exit code: 1 the input is invalid, 2 the command line is wrong,
 * 3 the environment failed (cannot write, disk full, out of memory) or the program has a bug.
 */
public final class ExitCodes {

    /** Exit code: success, or the input is valid. */
    public static final int OK = 0;
    /** Exit code: the input is invalid; the report says why. */
    public static final int INVALID = 1;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit code: the environment failed, or an internal error. */
    public static final int ENVIRONMENT = 3;

    private static final Set<ErrorCode> USAGE_CODES = Set.of(CoreError.USAGE_UNKNOWN_ARGUMENT,
            CoreError.USAGE_MISSING_ARGUMENT, CoreError.USAGE_BAD_VALUE, CoreError.USAGE_UNKNOWN_LANGUAGE,
            CoreError.USAGE_CONFLICT, CoreError.USAGE_SUBCOMMAND_MISSING, CoreError.USAGE_INVALID);

    private static final Set<ErrorCode> ENVIRONMENT_CODES = Set.of(CoreError.IO_WRITE, CoreError.IO_SPECIAL_FILE,
            CoreError.IO_IS_DIRECTORY, CoreError.IO_WRITE_INCOMPLETE, CoreError.INTERNAL, CoreError.OUT_OF_MEMORY,
            CoreError.PASSWORD_NO_INPUT);

    private ExitCodes() {
    }

    /** Whether the code says the command line is wrong. */
    public static boolean isUsage(ErrorCode code) {
        return USAGE_CODES.contains(code);
    }

    /** The exit code of a failed command: the most severe class among its error issues (environment, usage, input). */
    public static int of(List<Issue> issues) {
        int exit = INVALID;
        for (Issue issue : issues) {
            if (issue.severity() != Severity.ERROR) {
                continue;
            }
            if (ENVIRONMENT_CODES.contains(issue.code())) {
                return ENVIRONMENT;
            }
            if (USAGE_CODES.contains(issue.code())) {
                exit = USAGE;
            }
        }
        return exit;
    }
}
