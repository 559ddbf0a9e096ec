package vn.emr.signature.internal;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;

/**
 * Where canonical bytes go: a digest (the JDK provider's SHA-2, which has CPU intrinsics) and, optionally, a copy
 * (for the canonical {@code SignedInfo} that the key signs). Encodes UTF-16 text to UTF-8 with the C14N escapes.
 */
public final class ByteSink {

    private final byte[] buf = new byte[8192];
    private int n;
    private final MessageDigest digest;
    private final ByteArrayOutputStream copy;
    private byte[] pendSrc;
    private int pendStart;
    private int pendEnd;

    public ByteSink(MessageDigest digest, boolean keepCopy) {
        this.digest = digest;
        this.copy = keepCopy ? new ByteArrayOutputStream(1024) : null;
    }

    private void flush() {
        if (n > 0) {
            if (digest != null) {
                digest.update(buf, 0, n);
            }
            if (copy != null) {
                copy.write(buf, 0, n);
            }
            n = 0;
        }
    }

    /**
     * Defers a range of the input that is already in canonical form; contiguous ranges (a tag, the text after it, the
     * next tag) merge into one copy.
     */
    void raw(byte[] src, int start, int end) {
        if (pendSrc == src && pendEnd == start && pendEnd > pendStart) {
            pendEnd = end;
            return;
        }
        flushPending();
        pendSrc = src;
        pendStart = start;
        pendEnd = end;
    }

    private void flushPending() {
        if (pendEnd > pendStart) {
            int s = pendStart;
            int len = pendEnd - pendStart;
            pendStart = 0;
            pendEnd = 0;
            copy(pendSrc, s, len);
        }
    }

    /** Flushes and returns the digest (or null without one). */
    public byte[] digestValue() {
        flushPending();
        flush();
        return digest == null ? null : digest.digest();
    }

    /** Flushes and returns the copy of every byte written. */
    public byte[] bytes() {
        flushPending();
        flush();
        return copy == null ? null : copy.toByteArray();
    }

    /** {@code <name>} from the name's bytes. */
    void tag(char open, byte[] name) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        if (n + name.length + 2 > buf.length) {
            flush();
            if (name.length + 2 > buf.length) {
                // a name longer than the buffer: written through, not copied into it
                ascii(open);
                copy(name, 0, name.length);
                ascii('>');
                return;
            }
        }
        byte[] out = buf;
        int k = n;
        out[k++] = (byte) open;
        for (byte x : name) {
            out[k++] = x;
        }
        out[k++] = '>';
        n = k;
    }

    /** {@code </name>} from the name's bytes. */
    void endTag(byte[] name) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        if (n + name.length + 3 > buf.length) {
            flush();
            if (name.length + 3 > buf.length) {
                ascii('<');
                ascii('/');
                copy(name, 0, name.length);
                ascii('>');
                return;
            }
        }
        byte[] out = buf;
        int k = n;
        out[k++] = '<';
        out[k++] = '/';
        for (byte x : name) {
            out[k++] = x;
        }
        out[k++] = '>';
        n = k;
    }

    void bytes(byte[] b) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        copy(b, 0, b.length);
    }

    void ascii(char c) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        if (n == buf.length) {
            flush();
        }
        buf[n++] = (byte) c;
    }

    void ascii(String s) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        int len = s.length();
        if (n + len > buf.length) {
            flush();
            if (len > buf.length) {
                for (int i = 0; i < len; i++) {
                    ascii(s.charAt(i));
                }
                return;
            }
        }
        for (int i = 0; i < len; i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    /** Raw text (names, PI targets, comments): UTF-8, no escaping. */
    void raw(String s) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (n == buf.length) {
                    flush();
                }
                buf[n++] = (byte) c;
            } else {
                i = encode(s, i, c);
            }
        }
    }

    /** Text node content with the C14N escapes (&amp; &lt; &gt; &#xD;). */
    void text(char[] ch, int off, int len) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = ch[i];
            if (n + 8 > buf.length) {
                flush();
            }
            if (c < 0x80) {
                switch (c) {
                    case '&':
                        put5('&', 'a', 'm', 'p', ';');
                        break;
                    case '<':
                        put4('&', 'l', 't', ';');
                        break;
                    case '>':
                        put4('&', 'g', 't', ';');
                        break;
                    case '\r':
                        put5('&', '#', 'x', 'D', ';');
                        break;
                    default:
                        buf[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | (c >> 6));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(ch[i + 1])) {
                int cp = Character.toCodePoint(c, ch[++i]);
                put4cp(cp);
            } else {
                buf[n++] = (byte) (0xE0 | (c >> 12));
                buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** Copies UTF-8 text that needs no escaping. */
    void utf8Copy(byte[] b, int off, int len) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        copy(b, off, len);
    }

    private void copy(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        if (n + len > buf.length) {
            flush();
            if (len > buf.length) {
                if (digest != null) {
                    digest.update(b, off, len);
                }
                if (copy != null) {
                    copy.write(b, off, len);
                }
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    void text(String s) {
        char[] ch = s.toCharArray();
        text(ch, 0, ch.length);
    }

    /** Attribute value with the C14N escapes (&amp; &lt; &quot; &#x9; &#xA; &#xD;). */
    void attr(String s) {
        if (pendEnd > pendStart) {
            flushPending();
        }
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (n + 8 > buf.length) {
                flush();
            }
            if (c < 0x80) {
                switch (c) {
                    case '&':
                        put5('&', 'a', 'm', 'p', ';');
                        break;
                    case '<':
                        put4('&', 'l', 't', ';');
                        break;
                    case '"':
                        put5('&', 'q', 'u', 'o', 't');
                        buf[n++] = ';';
                        break;
                    case '\t':
                        put5('&', '#', 'x', '9', ';');
                        break;
                    case '\n':
                        put5('&', '#', 'x', 'A', ';');
                        break;
                    case '\r':
                        put5('&', '#', 'x', 'D', ';');
                        break;
                    default:
                        buf[n++] = (byte) c;
                }
            } else {
                i = encode(s, i, c);
            }
        }
    }

    private int encode(String s, int i, char c) {
        if (n + 4 > buf.length) {
            flush();
        }
        if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            put4cp(Character.toCodePoint(c, s.charAt(++i)));
        } else {
            buf[n++] = (byte) (0xE0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    private void put4cp(int cp) {
        buf[n++] = (byte) (0xF0 | (cp >> 18));
        buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[n++] = (byte) (0x80 | (cp & 0x3F));
    }

    private void put4(char a, char b, char c, char d) {
        buf[n++] = (byte) a;
        buf[n++] = (byte) b;
        buf[n++] = (byte) c;
        buf[n++] = (byte) d;
    }

    private void put5(char a, char b, char c, char d, char e) {
        put4(a, b, c, d);
        buf[n++] = (byte) e;
    }
}
