package vn.emr.payment.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG writer (ISO/IEC 15948) for black-and-white images: 1-bit greyscale, no interlace, filter 0. A QR
 * image needs nothing more, and this avoids ImageIO's writer lookup, RGB raster and stream cache.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Png() {
    }

    /**
     * Encodes rows of packed pixels (most significant bit first; 1 = white, 0 = black).
     *
     * @param rows the scan lines, each {@code ceil(width / 8)} bytes
     */
    static byte[] encode(int width, byte[][] rows) {
        int height = rows.length;
        int stride = (width + 7) >> 3;
        byte[] raw = new byte[height * (stride + 1)];
        for (int y = 0; y < height; y++) {
            // filter type 0 (none) then the row
            System.arraycopy(rows[y], 0, raw, y * (stride + 1) + 1, stride);
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        byte[] compressed;
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream z = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                z.write(buffer, 0, n);
            }
            compressed = z.toByteArray();
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length + 64);
        out.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // greyscale
        // compression 0, filter 0, interlace 0
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", compressed);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] header = new byte[8];
        putInt(header, 0, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, header, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(header);
        out.writeBytes(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
