package vn.emr.payment.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import vn.emr.core.EmrException;
import vn.emr.core.io.AtomicFiles;
import vn.emr.payment.PaymentError;
import vn.emr.payment.VietQr;

/**
 * Draws a VietQR payload as a QR symbol (ISO/IEC 18004 through ZXing): error correction level M, a quiet zone of 4
 * modules, square images of the requested size in pixels, as PNG (1-bit greyscale, laid out as ZXing's
 * {@code QRCodeWriter} does: whole pixels per module, any remainder added to the white border) or SVG. A payload with characters
 * outside ASCII is encoded as UTF-8 with an ECI 26 designator (EMVCo MPM 4.12); a pure-ASCII payload carries no ECI.
 *
 * <p>ZXing chooses the QR mode itself: an all upper-case payload is encoded in alphanumeric mode, which EMVCo asks to
 * avoid (byte mode only) but every bank app reads; ZXing's public API cannot force byte mode.
 *
 * <p>File writers are atomic: the image is written to a temporary file beside the target and moved into place, so a
 * reader never sees a half-written file.
 */
public final class VietQrRenderer {

    /** The default image size in pixels. */
    public static final int DEFAULT_SIZE = 300;
    /** The smallest image size accepted, in pixels. */
    public static final int MIN_SIZE = 64;
    /** The largest image size accepted, in pixels. */
    public static final int MAX_SIZE = 4096;
    /** The quiet zone around the symbol, in modules. */
    public static final int QUIET_ZONE = 4;

    private VietQrRenderer() {
    }

    /** The PNG image of the code's payload. */
    public static byte[] png(VietQr qr, int size) {
        return png(qr.payload(), size);
    }

    /**
     * The PNG image of a payload, {@code size}×{@code size} pixels (larger if the symbol needs more than one pixel
     * per module).
     *
     * @throws EmrException {@link PaymentError#RENDER_SIZE} for a size outside {@value #MIN_SIZE}-{@value #MAX_SIZE},
     *     {@link PaymentError#RENDER_FAILED} if the payload does not fit a QR symbol
     */
    public static byte[] png(String payload, int size) {
        checkSize(size);
        ByteMatrix m = modules(payload);
        // the layout of ZXing's QRCodeWriter: whole pixels per module, the remainder as extra white border
        int symbol = m.getWidth();
        int withQuiet = symbol + 2 * QUIET_ZONE;
        int out = Math.max(size, withQuiet);
        int scale = out / withQuiet;
        int pad = (out - symbol * scale) / 2;
        int stride = (out + 7) >> 3;
        byte[][] rows = new byte[out][];
        byte[] white = new byte[stride];
        java.util.Arrays.fill(white, (byte) 0xFF);
        for (int y = 0; y < out; y++) {
            rows[y] = white;
        }
        for (int my = 0; my < symbol; my++) {
            byte[] row = white.clone();
            for (int mx = 0; mx < symbol; mx++) {
                if (m.get(mx, my) == 1) {
                    int x0 = pad + mx * scale;
                    for (int x = x0; x < x0 + scale; x++) {
                        row[x >> 3] &= (byte) ~(0x80 >>> (x & 7));
                    }
                }
            }
            int y0 = pad + my * scale;
            for (int y = y0; y < y0 + scale; y++) {
                rows[y] = row;
            }
        }
        return Png.encode(out, rows);
    }

    /** The SVG image of the code's payload. */
    public static String svg(VietQr qr, int size) {
        return svg(qr.payload(), size);
    }

    /**
     * The SVG image of a payload: one path of dark modules on a white square, {@code size} pixels wide, or as many
     * pixels as the symbol has modules (quiet zone included) when that is more, as {@link #png(String, int)} grows.
     *
     * @throws EmrException {@link PaymentError#RENDER_SIZE} for a size outside {@value #MIN_SIZE}-{@value #MAX_SIZE},
     *     {@link PaymentError#RENDER_FAILED} if the payload does not fit a QR symbol
     */
    public static String svg(String payload, int size) {
        checkSize(size);
        ByteMatrix m = modules(payload);
        int n = m.getWidth() + 2 * QUIET_ZONE;
        // never below one pixel per module, like the PNG
        int px = Math.max(size, n);
        StringBuilder d = new StringBuilder(m.getWidth() * m.getHeight() * 4);
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y) == 1) {
                    x++;
                }
                d.append('M').append(start + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append('h')
                        .append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + px + "\" height=\"" + px
                + "\" viewBox=\"0 0 " + n + " " + n + "\" shape-rendering=\"crispEdges\">\n"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#FFFFFF\"/>\n"
                + "<path fill=\"#000000\" d=\"" + d + "\"/>\n</svg>\n";
    }

    /** Writes the PNG image of the payload to the file atomically (temporary file, then move). */
    public static void writePng(String payload, int size, Path file) {
        byte[] png = png(payload, size);
        writeAtomically(file, png);
    }

    /** Writes the PNG image of the code to the file atomically. */
    public static void writePng(VietQr qr, int size, Path file) {
        writePng(qr.payload(), size, file);
    }

    /** Writes the SVG image of the payload to the file atomically (temporary file, then move). */
    public static void writeSvg(String payload, int size, Path file) {
        writeAtomically(file, svg(payload, size).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the SVG image of the code to the file atomically. */
    public static void writeSvg(VietQr qr, int size, Path file) {
        writeSvg(qr.payload(), size, file);
    }

    private static void checkSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new EmrException(PaymentError.RENDER_SIZE, "size", size, MIN_SIZE, MAX_SIZE);
        }
    }

    private static Map<EncodeHintType, Object> hints(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        for (int i = 0; i < payload.length(); i++) {
            if (payload.charAt(i) > 0x7E) {
                // byte mode in UTF-8 with an ECI 26 designator, as EMVCo 4.12 asks for non-ans content
                hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
                break;
            }
        }
        return hints;
    }

    private static void checkPayload(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new EmrException(PaymentError.EMPTY, "payload");
        }
    }

    private static ByteMatrix modules(String payload) {
        checkPayload(payload);
        try {
            return Encoder.encode(payload, ErrorCorrectionLevel.M, hints(payload)).getMatrix();
        } catch (WriterException | IllegalArgumentException e) {
            throw new EmrException(PaymentError.RENDER_FAILED, "payload", e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        AtomicFiles.write(file, bytes);
    }
}
