package vn.emr.payment.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.EmrException;
import vn.emr.payment.PaymentError;
import vn.emr.payment.VietQr;

/** Every rendered image decodes back, with ZXing's own reader, to exactly the payload. */
class VietQrRendererTest {

    /** A real VNPay-wallet QR with Vietnamese text (character lengths, CRC over UTF-8). */
    private static final String VIETNAMESE = "00020101021002020103069084010411VNPayWallet071003933571580809Lê Anh Tú"
            + "09051000010037041107content63042678";

    static Stream<String> payloads() {
        return Stream.of(
                // all upper case and digits: the static NAPAS card example
                "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52",
                VietQr.builder().bin("970436").account("0123456789").amount(1_250_000).billNumber("VP7K3M9Q2XH")
                        .purpose("VP7K3M9Q2XH vien phi").build().payload(),
                VIETNAMESE,
                "00020101021102160004hoge0104abcd520441115303156540523.7255020256035005802CN5914BEST TRANSPORT"
                        + "6007BEIJING6107123456762950105123450205678900305098760405543210505abcde0605fghij0705klmno"
                        + "0805pqres0903tuv1004abcd5004ijkl64280002ZH0102北京0204最佳运输0304abcd65020080320016A0112233"
                        + "449988770708123456786304C659");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void pngDecodesBackToThePayload(String payload) throws Exception {
        byte[] png = VietQrRenderer.png(payload, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(decode(image).getText()).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void svgDecodesBackToThePayload(String payload) throws Exception {
        String svg = VietQrRenderer.svg(payload, 300);
        assertThat(svg).contains("width=\"300\"").contains("height=\"300\"");
        assertThat(decode(rasterize(svg, 6)).getText()).isEqualTo(payload);
    }

    @Test
    void eciOnlyWhenThePayloadNeedsIt() throws Exception {
        String ascii = payloads().findFirst().orElseThrow();
        // symbology identifier ]Q1 = no ECI, ]Q2 = ECI present (ISO/IEC 18004 Annex F)
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(VietQrRenderer.png(ascii, 300))))
                .getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER)).isEqualTo("]Q1");
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(VietQrRenderer.png(VIETNAMESE, 300))))
                .getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER)).isEqualTo("]Q2");
    }

    @Test
    void usesErrorCorrectionMAndAFourModuleQuietZone() throws Exception {
        String payload = payloads().skip(1).findFirst().orElseThrow();
        Result r = decode(ImageIO.read(new ByteArrayInputStream(VietQrRenderer.png(payload, 300))));
        assertThat(r.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
        // PNG laid out as ZXing's QRCodeWriter: whole pixels per module, centred; the finder's corner at (pad, pad)
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) ").matcher(VietQrRenderer.svg(payload, 300));
        assertThat(box.find()).isTrue();
        int withQuiet = Integer.parseInt(box.group(1));
        int symbol = withQuiet - 8;
        int scale = 300 / withQuiet;
        int pad = (300 - symbol * scale) / 2;
        assertThat(scale).isPositive();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VietQrRenderer.png(payload, 300)));
        assertThat(image.getRGB(pad, pad) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(pad + 7 * scale - 1, pad) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(pad - 1, pad) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(pad, pad - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(pad).isGreaterThanOrEqualTo(4 * scale);
        for (int i = 0; i < 300; i++) {
            for (int q = 0; q < 4 * scale; q++) { // the quiet zone: 4 modules white on every side
                assertThat(image.getRGB(q, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(i, q) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(299 - q, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(i, 299 - q) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            }
        }
        // the SVG is drawn in modules: the first dark module is at (4,4), the finder pattern's corner
        String svg = VietQrRenderer.svg(payload, 300);
        assertThat(svg).contains("d=\"M4,4h7v1h-7z");
    }

    @Test
    void svgAndPngGrowAlikeBelowOnePixelPerModule() throws Exception {
        // a 500-character payload needs more than 90 modules: both images grow to one pixel per module
        String payload = "a".repeat(500); // byte mode: version 17, 85 modules + the quiet zone
        for (int size : new int[] {VietQrRenderer.MIN_SIZE, 90}) {
            String svg = VietQrRenderer.svg(payload, size);
            java.util.regex.Matcher vb = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"")
                    .matcher(svg);
            assertThat(vb.find()).isTrue();
            int modules = Integer.parseInt(vb.group(1));
            assertThat(modules).isGreaterThan(size);
            java.awt.image.BufferedImage png = ImageIO.read(new java.io.ByteArrayInputStream(
                    VietQrRenderer.png(payload, size)));
            assertThat(png.getWidth()).isEqualTo(modules);
            assertThat(svg).contains("version=\"1.1\" width=\"" + modules + "\" height=\"" + modules + "\"");
        }
        // a size with room keeps the requested width in both
        String small = "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN"
                + "63044F52";
        assertThat(VietQrRenderer.svg(small, 64)).contains("version=\"1.1\" width=\"64\" height=\"64\"");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(VietQrRenderer.png(small, 64))).getWidth())
                .isEqualTo(64);
    }

    @Test
    void refusesSizesOutsideTheRange() {
        assertThatThrownBy(() -> VietQrRenderer.png("x", 10)).isInstanceOf(EmrException.class)
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.RENDER_SIZE);
        assertThatThrownBy(() -> VietQrRenderer.svg("x", 5000)).isInstanceOf(EmrException.class)
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.RENDER_SIZE);
        assertThatThrownBy(() -> VietQrRenderer.png("", 300)).isInstanceOf(EmrException.class)
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.EMPTY);
        assertThatThrownBy(() -> VietQrRenderer.png("x".repeat(5000), 300)).isInstanceOf(EmrException.class)
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.RENDER_FAILED);
    }

    @Test
    void writesFilesAtomicallyAndReplacesOldOnes(@TempDir Path dir) throws Exception {
        VietQr qr = VietQr.builder().bin("970436").account("0123456789").amount(50000).build();
        Path png = dir.resolve("sub/bill.png");
        Files.createDirectories(png.getParent());
        Files.writeString(png, "old");
        VietQrRenderer.writePng(qr, 256, png);
        VietQrRenderer.writeSvg(qr, 256, dir.resolve("bill.svg"));
        assertThat(decode(ImageIO.read(png.toFile())).getText()).isEqualTo(qr.payload());
        try (Stream<Path> files = Files.list(png.getParent())) {
            assertThat(files).containsExactly(png); // no temporary file left behind
        }
        assertThat(Files.readString(dir.resolve("bill.svg"))).contains("<svg");
    }

    @Test
    void writeFailureIsACodedError(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> VietQrRenderer.writePng("abc", 100, blocker.resolve("qr.png")))
                .isInstanceOf(EmrException.class).extracting(e -> ((EmrException) e).code())
                .isEqualTo(vn.emr.core.CoreError.IO_WRITE);
    }

    private static Result decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    }

    /** Draws the SVG's module path: our own minimal rasterizer for the {@code M x,y h w v1 h-w z} subpaths. */
    private static BufferedImage rasterize(String svg, int scale) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int n = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher m = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z").matcher(svg);
        int runs = 0;
        while (m.find()) {
            g.fillRect(Integer.parseInt(m.group(1)) * scale, Integer.parseInt(m.group(2)) * scale,
                    Integer.parseInt(m.group(3)) * scale, scale);
            runs++;
        }
        g.dispose();
        assertThat(runs).isPositive();
        return image;
    }
}
