package vn.emr.signature.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds, in the raw bytes of a document already proven well-formed (and DOCTYPE-free) by the JDK parser, the byte
 * offsets of the n-th start tag and of its end tag, so that the signature is spliced into the original bytes
 * without re-serializing anything. Understands comments, PIs, CDATA and quoted attribute values (where '>' may
 * appear); '<' cannot appear anywhere else in well-formed XML.
 */
public final class TagLocator {

    /** Offsets of the container element. */
    public static final class Location {
        /** Offset of the '>' ending the start tag. */
        public long startTagEnd = -1;
        /** Whether the start tag is an empty-element tag ({@code <X/>}). */
        public boolean selfClosing;
        /** Offset of the '<' of the end tag (when not self-closing). */
        public long endTagStart = -1;
    }

    private final InputStream in;
    private final byte[] buf = new byte[65536];
    private int pos;
    private int lim;
    private long base;

    private TagLocator(InputStream in) {
        this.in = in;
    }

    private int next() throws IOException {
        if (pos == lim) {
            base += lim;
            lim = in.read(buf, 0, buf.length);
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    private long offset() {
        return base + pos;
    }

    public static Location locate(InputStream in, int ordinal) throws IOException {
        return new TagLocator(in).run(ordinal);
    }

    private Location run(int target) throws IOException {
        Location loc = new Location();
        int ordinal = -1;
        int depth = 0;
        int targetDepth = -1;
        int c;
        while ((c = next()) >= 0) {
            if (c != '<') {
                continue;
            }
            long lt = offset() - 1;
            c = next();
            if (c == '?') {
                skipUntil('?', '>', -1);
            } else if (c == '!') {
                int c2 = next();
                if (c2 == '-') {
                    next();
                    skipUntil('-', '-', '>');
                } else {
                    skipUntil(']', ']', '>');
                }
            } else if (c == '/') {
                depth--;
                if (targetDepth >= 0 && depth == targetDepth) {
                    loc.endTagStart = lt;
                    return loc;
                }
                while ((c = next()) >= 0 && c != '>') {
                    // the end tag's name
                }
            } else if (c >= 0) {
                ordinal++;
                int quote = 0;
                int prev = c;
                while ((c = next()) >= 0) {
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                        prev = c;
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                        prev = c;
                    } else if (c == '>') {
                        break;
                    } else {
                        prev = c;
                    }
                }
                boolean selfClosing = prev == '/';
                if (ordinal == target) {
                    loc.startTagEnd = offset() - 1;
                    loc.selfClosing = selfClosing;
                    if (selfClosing) {
                        return loc;
                    }
                    targetDepth = depth;
                }
                if (!selfClosing) {
                    depth++;
                }
            }
        }
        throw new IOException("element not found in the raw bytes");
    }

    /** Skips past the 2- or 3-byte terminator (a, b[, c]). */
    private void skipUntil(int a, int b, int c) throws IOException {
        int p2 = -1;
        int p1 = -1;
        int x;
        while ((x = next()) >= 0) {
            if (c < 0) {
                if (p1 == a && x == b) {
                    return;
                }
            } else if (p2 == a && p1 == b && x == c) {
                return;
            }
            p2 = p1;
            p1 = x;
        }
    }
}
