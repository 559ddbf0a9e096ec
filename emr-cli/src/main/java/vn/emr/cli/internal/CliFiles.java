package vn.emr.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.io.AtomicFiles;

/** File access for commands: coded errors instead of stack traces, and atomic writes (never a half-written file). */
public final class CliFiles {

    private CliFiles() {
    }

    /** The whole file; a missing or unreadable file is {@code EMR-CORE-0006}. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, String.valueOf(file.getFileName()));
        }
    }

    /** Writes the bytes completely or not at all ({@link AtomicFiles#write}): exit 3 codes on failure. */
    public static void writeAtomically(Path target, byte[] bytes) {
        AtomicFiles.write(target, bytes);
    }
}
