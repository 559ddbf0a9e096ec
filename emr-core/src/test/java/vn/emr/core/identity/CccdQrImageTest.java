package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.identity.barcode.QrImages;

class CccdQrImageTest {

    static final String CARD = "079300001111|123456789|Trần Thị Bích Ngọc|15082000|Nữ"
            + "|Số 9, Đường Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|20032022";

    @TempDir
    Path dir;

    @Test
    void aPngWithVietnameseTextDecodesBackThroughFromImage() throws IOException {
        Path png = TestQr.write(CARD, 400, dir.resolve("card.png"), "png");
        CccdQr qr = CccdQr.fromImage(png);
        assertThat(qr.name()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(qr.sex()).isEqualTo(Sex.FEMALE);
        assertThat(qr.address()).startsWith("Số 9, Đường Nguyễn Thị Minh Khai");
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr).isEqualTo(CccdQr.parse(CARD));
        try (InputStream in = Files.newInputStream(png)) {
            assertThat(CccdQr.fromImage(in).name()).isEqualTo("Trần Thị Bích Ngọc");
        }
    }

    @Test
    void aJpegPhotoOfTheCodeDecodesToo() throws IOException {
        Path jpg = TestQr.write(CARD, 500, dir.resolve("card.jpg"), "jpg");
        assertThat(CccdQr.fromImage(jpg).name()).isEqualTo("Trần Thị Bích Ngọc");
    }

    @Test
    void aCodeInsideALargerPictureIsFound() throws IOException {
        BufferedImage code = TestQr.image(CARD, 300);
        BufferedImage photo = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(230, 225, 210));
        g.fillRect(0, 0, 900, 700);
        g.drawImage(code, 420, 250, null);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(photo, "png", bytes);
        assertThat(CccdQr.fromImage(new java.io.ByteArrayInputStream(bytes.toByteArray())).name())
                .isEqualTo("Trần Thị Bích Ngọc");
    }

    @Test
    void writePngRendersAtomicallyAndDecodesBack() throws IOException {
        Path out = dir.resolve("sub/demo.png");
        QrImages.writePng(CARD, 360, out);
        assertThat(out).exists();
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(360);
        assertThat(QrImages.decode(out)).isEqualTo(CARD);
        QrImages.writePng("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021", 360, out);
        assertThat(CccdQr.fromImage(out).name()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aBlankImageHasNoQr() throws IOException {
        BufferedImage blank = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        Path png = dir.resolve("blank.png");
        ImageIO.write(blank, "png", png.toFile());
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.fromImage(png));
        assertThat(e.code()).isEqualTo(CoreError.IMAGE_NO_QR);
    }

    @Test
    void aFileThatIsNotAnImageIsUnreadable() throws IOException {
        Path txt = Files.writeString(dir.resolve("card.png"), CARD, StandardCharsets.UTF_8);
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.fromImage(txt));
        assertThat(e.code()).isEqualTo(CoreError.IMAGE_UNREADABLE);
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        assertThat(catchThrowableOfType(EmrException.class, () -> CccdQr.fromImage(empty)).code())
                .isEqualTo(CoreError.IMAGE_UNREADABLE);
    }

    @Test
    void aTruncatedPngIsUnreadable() throws IOException {
        Path png = TestQr.write(CARD, 300, dir.resolve("card.png"), "png");
        byte[] bytes = Files.readAllBytes(png);
        Path cut = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(catchThrowableOfType(EmrException.class, () -> CccdQr.fromImage(cut)).code())
                .isEqualTo(CoreError.IMAGE_UNREADABLE);
    }

    @Test
    void aMissingFileIsAReadError() {
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.fromImage(dir.resolve("none.png")));
        assertThat(e.code()).isEqualTo(CoreError.IO_READ);
        assertThat(e.getMessage()).contains("none.png");
    }

    @Test
    void aQrWithMalformedCardTextIsRejectedAsText() throws IOException {
        Path png = TestQr.write("a|b|c", 200, dir.resolve("abc.png"), "png");
        assertThat(catchThrowableOfType(EmrException.class, () -> CccdQr.fromImage(png)).code())
                .isEqualTo(CoreError.CCCD_QR_FIELD_COUNT);
    }
}
