package vn.emr.core.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Renders QR PNGs for tests straight with ZXing, independently of the code under test. */
final class TestQr {

    private TestQr() {
    }

    /** Renders the text as a UTF-8 QR code image. */
    static java.awt.image.BufferedImage image(String text, int size) throws IOException {
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size,
                    size, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())));
        } catch (WriterException e) {
            throw new IOException(e);
        }
    }

    /** Writes the text as a UTF-8 QR code PNG of the given size (image format "png" or "jpg"). */
    static Path write(String text, int size, Path out, String format) throws IOException {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            MatrixToImageWriter.writeToPath(m, format, out);
            return out;
        } catch (WriterException e) {
            throw new IOException(e);
        }
    }
}
