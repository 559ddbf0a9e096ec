package vn.emr.core.identity.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
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
        assertThat(QrImages.decode(QrImages.render(text, 400))).isEqualTo(text);
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
        assertThatThrownBy(() -> QrImages.render("abc", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrImages.render("abc", 5000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void garbageBytesAreUnreadable() {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> QrImages.decode(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})));
        assertThat(e.code()).isEqualTo(CoreError.IMAGE_UNREADABLE);
    }
}
