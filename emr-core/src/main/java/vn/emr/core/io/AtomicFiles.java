package vn.emr.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * Writes a file completely or not at all: a hidden temporary file in the same folder, then a move over the target.
 * Never a half-written file, even when the disk fills up.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes the bytes to the file, atomically where the file system allows it.
     *
     * @throws EmrException {@code EMR-CORE-0007} with the file name when it cannot be written
     */
    public static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the failure that matters is reported below
                }
            }
            throw new EmrException(CoreError.IO_WRITE, "", e, String.valueOf(file.getFileName()));
        }
    }
}
