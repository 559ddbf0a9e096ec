package vn.emr.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * Writes a file completely or not at all: a hidden temporary file in the target's folder, written and forced to the
 * device, then renamed over the target (atomically where the file system allows it), then the folder is forced.
 * Public API: the SDK's modules and the {@code emr} command use it; so may a host.
 *
 * <p>Only regular files are replaced. A symbolic link is followed and its target written (the link stays a link); a
 * device ({@code /dev/full}, {@code /dev/null}), a FIFO, a socket or a directory is refused, never replaced. A failed
 * write (disk full, I/O error) deletes the temporary file and leaves the target as it was.
 */
public final class AtomicFiles {

    /** Longest file name quoted in a message; longer names are cut, so a message never carries a whole input. */
    static final int MAX_QUOTED_NAME = 60;

    private static final int MAX_LINKS = 40;

    /** Opens the temporary file for writing; a seam so tests can simulate a full disk. */
    interface Opener {
        FileChannel open(Path temp) throws IOException;
    }

    private static final Opener DEFAULT = temp -> FileChannel.open(temp, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);

    private AtomicFiles() {
    }

    /**
     * Writes the bytes to the file.
     *
     * @throws EmrException {@code EMR-CORE-0068} when the file is a directory, {@code EMR-CORE-0067} when it is a
     *     device, FIFO or socket, {@code EMR-CORE-0069} when the write fails part-way (disk full), {@code EMR-CORE-0007}
     *     when the folder cannot be written; the message carries the file name, cut to 60 characters
     */
    public static void write(Path file, byte[] bytes) {
        write(file, bytes, DEFAULT);
    }

    static void write(Path file, byte[] bytes, Opener opener) {
        String name = quoted(file);
        Path target = resolveLinks(file.toAbsolutePath(), name);
        refuseNonRegular(target, name);
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, ".emr-", ".tmp");
            keepPermissions(target, temp);
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_WRITE, "", e, name);
        }
        try {
            try (FileChannel channel = opener.open(temp)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // re-check just before the rename: the target may have been swapped for a special file meanwhile
            refuseNonRegular(target, name);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            forceDirectory(dir);
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_WRITE_INCOMPLETE, "", e, name);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the failure that matters is already being reported
                }
            }
        }
    }

    /**
     * A replaced file keeps its POSIX permissions; a new one keeps the temporary file's owner-only {@code rw-------}
     * (outputs may be signed records or keys). Nothing to do on file systems without POSIX permissions.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    /** The file name for messages: the last path element, cut to {@link #MAX_QUOTED_NAME} characters. */
    static String quoted(Path file) {
        Path leaf = file.getFileName();
        String name = leaf == null ? String.valueOf(file) : leaf.toString();
        return name.length() <= MAX_QUOTED_NAME ? name : name.substring(0, MAX_QUOTED_NAME - 1) + "…";
    }

    /** Follows symbolic links (also dangling ones) to the path that is really written. */
    private static Path resolveLinks(Path path, String name) {
        Path current = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            try {
                Path link = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? link : parent.resolve(link)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new EmrException(CoreError.IO_WRITE, "", e, name);
            }
        }
        throw new EmrException(CoreError.IO_WRITE, "", name);
    }

    private static void refuseNonRegular(Path target, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_WRITE, "", e, name);
        }
        if (attributes.isDirectory()) {
            throw new EmrException(CoreError.IO_IS_DIRECTORY, "", name);
        }
        if (!attributes.isRegularFile()) {
            throw new EmrException(CoreError.IO_SPECIAL_FILE, "", name);
        }
    }

    private static void forceDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a folder; the rename itself has already happened
        }
    }
}
