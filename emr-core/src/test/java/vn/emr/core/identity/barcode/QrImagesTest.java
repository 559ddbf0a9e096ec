package vn.emr.core.identity.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

class QrImagesTest {

    @TempDir
    Path dir;

    @Test
    void renderedTextDecodesBackExactlyIncludingVietnameseAndSymbols() {
        String text = "Họ tên: Nguyễn Thị Ánh Tuyết | Địa chỉ: Ấp Mỹ Hòa, Xã Ðông | €¥ 😀";
        assertThat(QrCodec.decode(QrCodec.render(text, 400))).isEqualTo(text);
    }

    @Test
    void writePngReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("qr.png");
        Files.writeString(out, "old");
        QrImages.writePng("abc", 100, out);
        assertThat(QrImages.decode(out)).isEqualTo("abc");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void writePngIntoAFileInsteadOfAFolderIsACodedWriteError() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> QrImages.writePng("abc", 100, file.resolve("qr.png")));
        assertThat(e.code()).isEqualTo(CoreError.IO_WRITE);
    }

    @Test
    void sizeOutOfRangeIsRefused() {
        assertThatThrownBy(() -> QrCodec.render("abc", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodec.render("abc", 5000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void garbageBytesAreUnreadable() {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> QrImages.decode(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})));
        assertThat(e.code()).isEqualTo(CoreError.IMAGE_UNREADABLE);
    }

    /** A PNG whose header declares the given size, with one tiny compressed IDAT: a decompression-bomb shape. */
    static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, no filter, no interlace
        chunk(data, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] buf = new byte[1024];
        int n = deflater.deflate(buf);
        byte[] idat = java.util.Arrays.copyOf(buf, n);
        chunk(data, "IDAT", idat);
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream data, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        data.writeInt(body.length);
        data.write(t);
        data.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        data.writeInt((int) crc.getValue());
    }

    @Test
    void aTinyPngDeclaringHugeDimensionsIsTooLargeBeforeDecoding() throws IOException {
        byte[] bomb = pngDeclaring(100_000, 100_000);
        assertThat(bomb.length).isLessThan(1024);
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> QrImages.decode(new ByteArrayInputStream(bomb)));
        assertThat(e.code()).isEqualTo(CoreError.IMAGE_TOO_LARGE);
        Path file = dir.resolve("bomb.png");
        Files.write(file, bomb);
        assertThat(catchThrowableOfType(EmrException.class, () -> QrImages.decode(file)).code())
                .isEqualTo(CoreError.IMAGE_TOO_LARGE);
    }

    @Test
    void oneSideAboveTheLimitIsTooLargeEvenWithFewPixels() throws IOException {
        EmrException e = catchThrowableOfType(EmrException.class, () -> QrImages.decode(
                new ByteArrayInputStream(pngDeclaring(QrImages.MAX_DIMENSION + 1, 1))));
        assertThat(e.code()).isEqualTo(CoreError.IMAGE_TOO_LARGE);
        assertThat(e.getMessage()).doesNotContain("QrImages", "java.");
    }

    @Test
    void aSmallDeclaredSizeIsNotTooLarge() throws IOException {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> QrImages.decode(new ByteArrayInputStream(pngDeclaring(50, 50))));
        assertThat(e.code()).isNotEqualTo(CoreError.IMAGE_TOO_LARGE);
    }

    @Test
    void aFileOverTheByteLimitIsTooLargeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("big.png");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(QrImages.MAX_BYTES + 1L); // sparse: no disk use
        }
        assertThat(catchThrowableOfType(EmrException.class, () -> QrImages.decode(file)).code())
                .isEqualTo(CoreError.IMAGE_TOO_LARGE);
    }

    @Test
    void anEndlessStreamIsTooLargeAfterTheByteLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        assertThat(catchThrowableOfType(EmrException.class, () -> QrImages.decode(endless)).code())
                .isEqualTo(CoreError.IMAGE_TOO_LARGE);
    }
}
