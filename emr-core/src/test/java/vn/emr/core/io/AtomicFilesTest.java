package vn.emr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/** The atomic writer replaces only regular files, writes through links, and leaves nothing behind on failure. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertNoTempFiles() throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void replacesARegularFileCompletely() throws IOException {
        Path out = Files.writeString(dir.resolve("out.xml"), "old content that is longer");
        AtomicFiles.write(out, bytes("new"));
        assertThat(Files.readString(out)).isEqualTo("new");
        assertNoTempFiles();
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.xml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), Path.of("target.xml"));
        AtomicFiles.write(link, bytes("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertNoTempFiles();
    }

    @Test
    void writesThroughADanglingSymlink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), Path.of("later.xml"));
        AtomicFiles.write(link, bytes("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.xml"))).isEqualTo("new");
    }

    @Test
    void refusesADeviceAndLeavesItADevice() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full here");
        assertThatThrownBy(() -> AtomicFiles.write(full, bytes("x")))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreError.IO_SPECIAL_FILE));
        assertThat(Files.isRegularFile(full)).isFalse();
        Path devNull = Path.of("/dev/null");
        assertThatThrownBy(() -> AtomicFiles.write(devNull, bytes("x")))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreError.IO_SPECIAL_FILE));
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void refusesAFifoAndLeavesItAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        assertThatThrownBy(() -> AtomicFiles.write(fifo, bytes("x")))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreError.IO_SPECIAL_FILE));
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertNoTempFiles();
    }

    @Test
    void refusesADirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThatThrownBy(() -> AtomicFiles.write(sub, bytes("x")))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreError.IO_IS_DIRECTORY));
        assertThat(Files.isDirectory(sub)).isTrue();
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTempFile() throws IOException {
        Path out = Files.writeString(dir.resolve("out.xml"), "old");
        AtomicFiles.Opener fullAfterFourBytes = temp -> new LimitedChannel(FileChannel.open(temp,
                StandardOpenOption.WRITE), 4);
        assertThatThrownBy(() -> AtomicFiles.write(out, bytes("much more than four bytes"), fullAfterFourBytes))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.IO_WRITE_INCOMPLETE);
                    assertThat(e.getMessage()).doesNotContain("much more", "IOException");
                });
        assertThat(Files.readString(out)).isEqualTo("old");
        assertNoTempFiles();
        Path absent = dir.resolve("absent.xml");
        assertThatThrownBy(() -> AtomicFiles.write(absent, bytes("much more than four"), fullAfterFourBytes))
                .isInstanceOf(EmrException.class);
        assertThat(Files.exists(absent)).isFalse();
        assertNoTempFiles();
    }

    @Test
    void aLongNameIsCutInTheMessage() {
        String name = "n".repeat(5000);
        assertThat(AtomicFiles.quoted(Path.of(name))).hasSizeLessThanOrEqualTo(AtomicFiles.MAX_QUOTED_NAME);
    }

    /** A channel that fails with "No space left on device" once the limit is written. */
    private static final class LimitedChannel extends FileChannel {
        private final FileChannel delegate;
        private long left;

        LimitedChannel(FileChannel delegate, long limit) {
            this.delegate = delegate;
            this.left = limit;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (left <= 0) {
                throw new IOException("No space left on device");
            }
            int n = (int) Math.min(left, src.remaining());
            ByteBuffer slice = src.slice();
            slice.limit(n);
            int written = delegate.write(slice);
            src.position(src.position() + written);
            left -= written;
            return written;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return delegate.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return delegate.read(dsts, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public long position() throws IOException {
            return delegate.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            delegate.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return delegate.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            delegate.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            delegate.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, java.nio.channels.WritableByteChannel target)
                throws IOException {
            return delegate.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(java.nio.channels.ReadableByteChannel src, long position, long count)
                throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return delegate.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public java.nio.MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new IOException("not supported");
        }

        @Override
        public java.nio.channels.FileLock lock(long position, long size, boolean shared) throws IOException {
            return delegate.lock(position, size, shared);
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return delegate.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            delegate.close();
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsOwnerOnly() throws Exception {
        Path existing = dir.resolve("shared.xml");
        Files.writeString(existing, "old");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> shared =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        try {
            Files.setPosixFilePermissions(existing, shared);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        AtomicFiles.write(existing, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(existing)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(shared);
        Path fresh = dir.resolve("fresh.xml");
        AtomicFiles.write(fresh, "x".getBytes(StandardCharsets.UTF_8));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-------");
    }
}
