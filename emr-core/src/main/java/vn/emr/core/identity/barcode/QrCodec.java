package vn.emr.core.identity.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.io.AtomicFiles;

/**
 * The ZXing and {@code javax.imageio} half of {@link QrImages}: every type of those optional libraries is named here
 * and only here, so {@code QrImages} itself links without them. Reached only after
 * {@link vn.emr.core.internal.Imaging#require()} has found them.
 */
final class QrCodec {

    private static final long MAX_PIXELS = QrImages.MAX_PIXELS;
    private static final int MAX_DIMENSION = QrImages.MAX_DIMENSION;
    private static final int MAX_BYTES = QrImages.MAX_BYTES;

    private QrCodec() {
    }

    /**
     * Reads an image file and decodes the text of the QR code it holds.
     *
     * @throws EmrException {@link CoreError#IO_READ} if the file cannot be read, {@link CoreError#IMAGE_TOO_LARGE} if
     *     it exceeds the limits of the class description, {@link CoreError#IMAGE_UNREADABLE} if it is not an image,
     *     {@link CoreError#IMAGE_NO_QR} if no QR code is found
     */
    static String decode(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(Files.size(file) + " B", MAX_BYTES + " B");
            }
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, fileName(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(read(in));
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, fileName(file));
        }
    }

    /**
     * Reads an image (PNG, JPEG or any format {@code javax.imageio} knows) from the stream, which is not closed, and
     * decodes the text of the QR code it holds.
     *
     * @throws EmrException {@link CoreError#IMAGE_TOO_LARGE} if the stream or the declared dimensions exceed the limits
     *     of the class description, {@link CoreError#IMAGE_UNREADABLE} if the bytes are not a readable image,
     *     {@link CoreError#IMAGE_NO_QR} if no QR code is found
     */
    static String decode(InputStream in) {
        return decode(read(in));
    }

    /** Reads an image from the stream (not closed); {@link CoreError#IMAGE_UNREADABLE} if it cannot. */
    static BufferedImage read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new EmrException(CoreError.IMAGE_UNREADABLE, "", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge("> " + MAX_BYTES + " B", MAX_BYTES + " B");
        }
        try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (iis == null) {
                throw new EmrException(CoreError.IMAGE_UNREADABLE, "");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) {
                throw new EmrException(CoreError.IMAGE_UNREADABLE, "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new EmrException(CoreError.IMAGE_UNREADABLE, "");
                }
                if (width > MAX_DIMENSION || height > MAX_DIMENSION || (long) width * height > MAX_PIXELS) {
                    throw tooLarge(width + "x" + height + " px",
                            "max " + MAX_DIMENSION + " px a side, " + MAX_PIXELS + " px");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new EmrException(CoreError.IMAGE_UNREADABLE, "");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EmrException emr) {
                throw emr;
            }
            // ImageIO plug-ins throw IOException or assorted runtime exceptions on corrupt data
            throw new EmrException(CoreError.IMAGE_UNREADABLE, "", e);
        }
    }

    private static EmrException tooLarge(String size, String limit) {
        return new EmrException(CoreError.IMAGE_TOO_LARGE, "", size, limit);
    }

    /**
     * Decodes the text of the QR code in the image.
     *
     * @throws EmrException {@link CoreError#IMAGE_NO_QR} if no QR code can be read
     */
    static String decode(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        List<BinaryBitmap> bitmaps = List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        for (boolean pure : new boolean[] {false, true}) {
            for (BinaryBitmap bitmap : bitmaps) {
                try {
                    return new QRCodeReader().decode(bitmap, hints(pure)).getText();
                } catch (ReaderException | RuntimeException e) {
                    // try the next strategy; ZXing signals "not found" with checked and runtime exceptions alike
                }
            }
        }
        throw new EmrException(CoreError.IMAGE_NO_QR, "");
    }

    private static Map<DecodeHintType, Object> hints(boolean pure) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        if (pure) {
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        }
        return hints;
    }

    /**
     * Renders the text as a square QR code (UTF-8, error correction M, 4-module quiet zone).
     *
     * @param size the width and height in pixels, 21 to 4000
     */
    static BufferedImage render(String text, int size) {
        Objects.requireNonNull(text, "text");
        if (size < 21 || size > 4000) {
            throw new IllegalArgumentException("size must be 21 to 4000 pixels");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
    }

    /**
     * Renders the text as a QR code and writes it as a PNG file atomically (a temporary file in the same folder, then
     * a move), so a reader never sees a half-written image.
     *
     * @throws EmrException {@link CoreError#IO_WRITE} if the file cannot be written
     */
    static void writePng(String text, int size, Path out) {
        Objects.requireNonNull(out, "out");
        BufferedImage image = render(text, size);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_WRITE, "", e, fileName(out));
        }
        AtomicFiles.write(out, png.toByteArray());
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
