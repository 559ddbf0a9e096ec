package vn.emr.cli.internal;

import java.nio.file.Path;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.io.AtomicFiles;
import vn.emr.core.io.LimitedInput;

/** File access for commands: coded errors instead of stack traces, and atomic writes (never a half-written file). */
public final class CliFiles {

    private CliFiles() {
    }

    /**
     * The most bytes a command reads from one input file: {@value #DEFAULT_MAX_INPUT_BYTES} (256 MiB) unless the
     * environment variable {@code EMR_MAX_INPUT_BYTES} names another number from 1 to {@link LimitedInput#MAX_LIMIT}.
     */
    public static final long DEFAULT_MAX_INPUT_BYTES = 256L * 1024 * 1024;

    /**
     * The whole file, at most {@link #maxInputBytes()} bytes: a missing or unreadable file is {@code EMR-CORE-0006},
     * a device, FIFO or directory ({@code /dev/zero}) {@code EMR-CORE-0021}, a larger file {@code EMR-CORE-0020},
     * each before any byte is read.
     */
    public static byte[] read(Path file) {
        return LimitedInput.readFile(file, maxInputBytes());
    }

    /** The input limit in force (see {@link #DEFAULT_MAX_INPUT_BYTES}); an unusable setting is a usage error. */
    public static long maxInputBytes() {
        String setting = System.getenv("EMR_MAX_INPUT_BYTES");
        if (setting == null || setting.isBlank()) {
            return DEFAULT_MAX_INPUT_BYTES;
        }
        try {
            long v = Long.parseLong(setting.trim());
            if (v > 0 && v <= LimitedInput.MAX_LIMIT) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the coded error
        }
        throw new EmrException(CoreError.USAGE_BAD_VALUE, "EMR_MAX_INPUT_BYTES", "EMR_MAX_INPUT_BYTES");
    }

    /** Writes the bytes completely or not at all ({@link AtomicFiles#write}): exit 3 codes on failure. */
    public static void writeAtomically(Path target, byte[] bytes) {
        AtomicFiles.write(target, bytes);
    }
}
