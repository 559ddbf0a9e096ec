package vn.emr.payment.internal;

/**
 * CRC-16/CCITT-FALSE (ISO/IEC 13239: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR), the
 * checksum of EMVCo merchant-presented QR codes (tag 63). Check value of "123456789" is 0x29B1.
 */
public final class Crc16 {

    private static final int[] TABLE = new int[256];
    /** TABLE advanced by one more zero byte: lets two input bytes be folded in with independent lookups. */
    private static final int[] TABLE2 = new int[256];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
        for (int i = 0; i < 256; i++) {
            TABLE2[i] = ((TABLE[i] << 8) & 0xFFFF) ^ TABLE[TABLE[i] >> 8];
        }
    }

    private Crc16() {
    }

    /** The CRC of the UTF-8 bytes of {@code text[0, end)} (chars). ASCII is hashed without building a byte array. */
    public static int of(CharSequence text, int end) {
        int crc = 0xFFFF;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                crc = update(crc, c);
            } else if (c < 0x800) {
                crc = update(crc, 0xC0 | (c >> 6));
                crc = update(crc, 0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                crc = update(crc, 0xF0 | (cp >> 18));
                crc = update(crc, 0x80 | ((cp >> 12) & 0x3F));
                crc = update(crc, 0x80 | ((cp >> 6) & 0x3F));
                crc = update(crc, 0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                crc = update(crc, '?'); // what String.getBytes(UTF_8) writes for a lone surrogate
            } else {
                crc = update(crc, 0xE0 | (c >> 12));
                crc = update(crc, 0x80 | ((c >> 6) & 0x3F));
                crc = update(crc, 0x80 | (c & 0x3F));
            }
        }
        return crc;
    }

    /** The CRC of {@code s[0, end)} when every char there is ASCII (so chars are the UTF-8 bytes). */
    public static int ofAscii(String s, int end) {
        int crc = 0xFFFF;
        int i = 0;
        for (int last = end - 1; i < last; i += 2) {
            crc = TABLE2[((crc >> 8) ^ s.charAt(i)) & 0xFF] ^ TABLE[(crc ^ s.charAt(i + 1)) & 0xFF];
        }
        if (i < end) {
            crc = ((crc << 8) ^ TABLE[((crc >> 8) ^ s.charAt(i)) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    private static int update(int crc, int b) {
        return ((crc << 8) ^ TABLE[((crc >> 8) ^ b) & 0xFF]) & 0xFFFF;
    }

    /** Four upper-case hex digits, zero-padded. */
    public static String hex(int crc) {
        return new String(new char[] {HEX[(crc >> 12) & 0xF], HEX[(crc >> 8) & 0xF], HEX[(crc >> 4) & 0xF],
            HEX[crc & 0xF]});
    }

    /** Appends four upper-case hex digits, zero-padded. */
    public static void appendHex(StringBuilder out, int crc) {
        out.append(HEX[(crc >> 12) & 0xF]).append(HEX[(crc >> 8) & 0xF]).append(HEX[(crc >> 4) & 0xF])
                .append(HEX[crc & 0xF]);
    }
}
