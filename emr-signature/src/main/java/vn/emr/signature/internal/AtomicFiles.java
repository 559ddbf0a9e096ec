package vn.emr.signature.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.emr.core.EmrException;
import vn.emr.signature.TrustError;

/** Writes a file completely or not at all: a temporary file in the same folder, then a move over the target. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the bytes to the file atomically where the file system allows it. */
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
            throw new EmrException(TrustError.FILE_WRITE, "", e, file.getFileName(), e.getClass().getSimpleName());
        }
    }
}
