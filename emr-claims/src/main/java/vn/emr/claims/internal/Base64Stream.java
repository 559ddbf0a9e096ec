package vn.emr.claims.internal;

import java.util.Arrays;

/**
 * A decoder of the base64 text of a {@code NOIDUNGFILE} that may be wrapped, fed from the envelope's bytes in chunks:
 * the same verdict and the same bytes as {@link ClaimsXml#base64(String)} (standard alphabet, RFC 4648 §4, once the
 * ASCII whitespace of wrapped lines is removed: padding optional, but when present it must be right, and nothing but
 * whitespace after it), for text of ASCII bytes. It stops at the first byte that is neither base64 nor whitespace (the
 * {@code <} of the end tag, or a byte the caller must judge). The output buffer is reused from one text to the next.
 */
public final class Base64Stream {

    /** Sextet values by byte; {@link #PAD} for {@code =}, {@link #SPACE} for whitespace, {@link #STOP} for the rest. */
    private static final byte[] VALUE = new byte[256];
    private static final int PAD = -2;
    private static final int SPACE = -3;
    private static final int STOP = -1;

    static {
        Arrays.fill(VALUE, (byte) STOP);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) {
            VALUE[alphabet.charAt(i)] = (byte) i;
        }
        VALUE['='] = PAD;
        VALUE[' '] = SPACE;
        VALUE['\t'] = SPACE;
        VALUE['\n'] = SPACE;
        VALUE['\r'] = SPACE;
    }

    /** Before any padding. */
    private static final int OPEN = 0;
    /** After {@code xx=}: one more {@code =} is due. */
    private static final int ONE_PAD_DUE = 1;
    /** After the padding: only whitespace may follow. */
    private static final int CLOSED = 2;

    private byte[] out = new byte[8192];
    private int length;
    private int bits;
    private int quantum;
    private int state;
    private boolean failed;

    /** Starts a new text. */
    public void reset() {
        if (out.length > 4 << 20) {
            out = new byte[8192];
        }
        length = 0;
        bits = 0;
        quantum = 0;
        state = OPEN;
        failed = false;
    }

    /**
     * Decodes {@code b[from, to)} up to the first byte that is neither base64, padding nor whitespace.
     *
     * @return the index of that byte, or {@code to} when every byte was taken
     */
    public int feed(byte[] b, int from, int to) {
        int need = length + (to - from) / 4 * 3 + 3;
        if (need > out.length) {
            out = Arrays.copyOf(out, Math.max(need, out.length * 2));
        }
        byte[] o = out;
        int n = length;
        int i = from;
        while (i < to) {
            if (quantum == 0 && state == OPEN) {
                // whole quanta of four sextets, the common case
                while (i + 4 <= to) {
                    int a = VALUE[b[i] & 0xFF];
                    int c = VALUE[b[i + 1] & 0xFF];
                    int d = VALUE[b[i + 2] & 0xFF];
                    int e = VALUE[b[i + 3] & 0xFF];
                    if ((a | c | d | e) < 0) {
                        break;
                    }
                    int v = a << 18 | c << 12 | d << 6 | e;
                    o[n] = (byte) (v >> 16);
                    o[n + 1] = (byte) (v >> 8);
                    o[n + 2] = (byte) v;
                    n += 3;
                    i += 4;
                }
                if (i >= to) {
                    break;
                }
            }
            int v = VALUE[b[i] & 0xFF];
            if (v == STOP) {
                break;
            }
            i++;
            if (v == SPACE) {
                continue;
            }
            if (state == CLOSED) {
                failed = true;
            } else if (state == ONE_PAD_DUE) {
                if (v == PAD) {
                    o[n++] = (byte) (bits >> 4);
                    state = CLOSED;
                } else {
                    failed = true;
                }
            } else if (v == PAD) {
                if (quantum == 2) {
                    state = ONE_PAD_DUE;
                } else if (quantum == 3) {
                    o[n++] = (byte) (bits >> 10);
                    o[n++] = (byte) (bits >> 2);
                    state = CLOSED;
                } else {
                    failed = true;
                }
            } else {
                bits = bits << 6 | v;
                if (++quantum == 4) {
                    o[n] = (byte) (bits >> 16);
                    o[n + 1] = (byte) (bits >> 8);
                    o[n + 2] = (byte) bits;
                    n += 3;
                    quantum = 0;
                    bits = 0;
                }
            }
        }
        length = n;
        return i;
    }

    /** The decoded bytes of the text, or null when it is not base64. */
    public byte[] finish() {
        if (failed || state == ONE_PAD_DUE) {
            return null;
        }
        int n = length;
        if (state == OPEN) {
            if (quantum == 1) {
                return null;
            } else if (quantum == 2) {
                ensure(n + 1);
                out[n++] = (byte) (bits >> 4);
            } else if (quantum == 3) {
                ensure(n + 2);
                out[n++] = (byte) (bits >> 10);
                out[n++] = (byte) (bits >> 2);
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void ensure(int capacity) {
        if (capacity > out.length) {
            out = Arrays.copyOf(out, capacity);
        }
    }
}
