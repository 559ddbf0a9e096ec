package vn.emr.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * Reads a whole input with a byte limit, for the library and the command line: a stream stops at the limit, and a
 * file that is not a regular file (a device such as {@code /dev/zero}, a pipe, a directory) or is larger than the
 * limit is refused before any byte is read.
 */
public final class LimitedInput {

    /** The largest limit a read may have: what one Java array holds. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private LimitedInput() {
    }

    /**
     * All bytes of the stream (not closed), at most {@code maxBytes}.
     *
     * @throws EmrException {@code EMR-CORE-0020} if the stream holds more, {@code EMR-CORE-0006} if reading fails
     */
    public static byte[] readAll(InputStream in, long maxBytes) {
        Objects.requireNonNull(in, "in");
        if (maxBytes < 0 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be 0.." + MAX_LIMIT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes + 1, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            while (true) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
                if (n < 0) {
                    return out.toByteArray();
                }
                total += n;
                if (total > maxBytes) {
                    throw new EmrException(CoreError.INPUT_TOO_LARGE, "", maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, "-");
        }
    }

    /**
     * All bytes of a regular file, at most {@code maxBytes}.
     *
     * @throws EmrException {@code EMR-CORE-0021} if the path is not a regular file, {@code EMR-CORE-0020} if it is
     *     larger than the limit, {@code EMR-CORE-0006} if it cannot be read
     */
    public static byte[] readFile(Path file, long maxBytes) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                throw new EmrException(CoreError.IO_READ, "", name);
            }
            throw new EmrException(CoreError.NOT_A_REGULAR_FILE, "", name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > maxBytes) {
                throw new EmrException(CoreError.INPUT_TOO_LARGE, "", maxBytes);
            }
            return readAll(in, maxBytes);
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, name);
        }
    }
}
