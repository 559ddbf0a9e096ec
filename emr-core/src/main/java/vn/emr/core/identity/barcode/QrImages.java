package vn.emr.core.identity.barcode;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Imaging;

/**
 * Reads and writes QR code images (PNG/JPEG) for the identity documents of {@code vn.emr.core.identity}, such as the
 * QR on the chip citizen ID card (Circular 59/2021/TT-BCA card layout); the only entry to ZXing and
 * {@code javax.imageio} in {@code emr-core}.
 *
 * <p>ZXing ({@code com.google.zxing:core} and {@code javase}) and the {@code java.desktop} module are optional
 * dependencies of {@code emr-core}. This class names none of their types (they live in a package-private class
 * reached only after the check), so it loads without them, and every method first checks that they are present:
 * without them it refuses with {@link CoreError#IMAGING_UNAVAILABLE} ({@code EMR-CORE-0080}), never with a linkage
 * error.
 *
 * <p>The public methods take and give files, streams and strings only, so that no AWT type leaks into the API of
 * {@code emr-core}. Text is always UTF-8: decoding passes {@code CHARACTER_SET=UTF-8} (cards write Vietnamese in UTF-8
 * byte mode, often without an ECI header) and {@code TRY_HARDER}, then retries with {@code PURE_BARCODE} and a second
 * binarizer; encoding writes an ECI UTF-8 header. An image file or stream of more than {@value #MAX_BYTES} bytes, or
 * whose header declares a width or height above {@value #MAX_DIMENSION} pixels or more than {@value #MAX_PIXELS}
 * pixels in all, is refused with {@link CoreError#IMAGE_TOO_LARGE} before any pixel is decoded (decompression bombs:
 * a tiny PNG can declare huge dimensions); the dimensions are read from the image header only.
 */
public final class QrImages {

    /** The largest image, in pixels, that is decoded. */
    public static final long MAX_PIXELS = 40_000_000L;

    /** The largest width or height, in pixels, that is decoded. */
    public static final int MAX_DIMENSION = 20_000;

    /** The largest image file or stream, in bytes, that is read (a phone photo of a card is a few megabytes). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private QrImages() {
    }

    /**
     * Reads an image file and decodes the text of the QR code it holds.
     *
     * @throws EmrException {@link CoreError#IMAGING_UNAVAILABLE} without ZXing, {@link CoreError#IO_READ} if the file
     *     cannot be read, {@link CoreError#IMAGE_TOO_LARGE} if it exceeds the limits of the class description,
     *     {@link CoreError#IMAGE_UNREADABLE} if it is not an image, {@link CoreError#IMAGE_NO_QR} if no QR code is
     *     found
     */
    public static String decode(Path file) {
        Objects.requireNonNull(file, "file");
        Imaging.require();
        return QrCodec.decode(file);
    }

    /**
     * Reads an image (PNG, JPEG or any format {@code javax.imageio} knows) from the stream, which is not closed, and
     * decodes the text of the QR code it holds.
     *
     * @throws EmrException {@link CoreError#IMAGING_UNAVAILABLE} without ZXing, {@link CoreError#IMAGE_TOO_LARGE} if
     *     the stream or the declared dimensions exceed the limits of the class description,
     *     {@link CoreError#IMAGE_UNREADABLE} if the bytes are not a readable image, {@link CoreError#IMAGE_NO_QR} if
     *     no QR code is found
     */
    public static String decode(InputStream in) {
        Objects.requireNonNull(in, "in");
        Imaging.require();
        return QrCodec.decode(in);
    }

    /**
     * Renders the text as a QR code (UTF-8, error correction M, 4-module quiet zone; {@code size} pixels a side, 21
     * to 4000) and writes it as a PNG file atomically (a temporary file in the same folder, then a move), so a reader
     * never sees a half-written image.
     *
     * @throws EmrException {@link CoreError#IMAGING_UNAVAILABLE} without ZXing, {@link CoreError#IO_WRITE} if the file
     *     cannot be written
     */
    public static void writePng(String text, int size, Path out) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(out, "out");
        Imaging.require();
        QrCodec.writePng(text, size, out);
    }
}
