package vn.emr.cli.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

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

    /** Writes the bytes to a temporary file beside the target, then moves it into place; {@code EMR-CORE-0007} on failure. */
    public static void writeAtomically(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the target was not touched
                }
            }
            throw new EmrException(CoreError.IO_WRITE, "", e, String.valueOf(target.getFileName()));
        }
    }
}
