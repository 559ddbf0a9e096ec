package vn.emr.claims.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The fast reading of a {@code GIAMDINHHS} envelope, from its bytes, buffered from a stream (so memory stays bounded by
 * the largest element's text) or from an array: what it accepts it reads as {@link EnvelopeReader#stax} does, tag for
 * tag and value for value; on anything else it {@linkplain EnvelopeReader.Declined declines}, before or after reading
 * part of the file, and the caller reads the file again with StAX, which judges it. It never reports a fault.
 *
 * <p>The subset it reads:
 * <ul>
 *   <li>the prolog and the root's start tag as {@link TableTokenizer} reads them (UTF-8 only, no DOCTYPE, namespace
 *       declarations only on the root), within the first {@value #PROLOG} bytes; the root not an empty-element
 *       tag;</li>
 *   <li>below the root, tags without attributes: {@code <NAME>} and {@code </NAME>}, space allowed before the
 *       {@code >}, names of ASCII letters, digits, {@code _ - .} (starting with a letter or {@code _}), at most
 *       {@value #MAX_NAME} bytes, at most {@value #MAX_DEPTH} deep; between tags, whitespace only (no comment, no
 *       processing instruction, no CDATA, no reference);</li>
 *   <li>a leaf's text: printable ASCII but {@code < & >}, tab and line feed (no carriage return, no reference);</li>
 *   <li>a {@code NOIDUNGFILE}'s text: base64 and whitespace only, held whole in the buffer (which grows to the largest
 *       such text) and decoded from it by the JDK's decoder, or by {@link Base64Stream} when it is wrapped;</li>
 *   <li>the facility signature ({@code CHUKYDONVI}) and what follows it up to the root's end tag: replayed on StAX
 *       (after the root's start tag, as in the file), which reads it exactly as the reference reading does.</li>
 * </ul>
 */
final class EnvelopeTokenizer extends EnvelopeReader {

    /** The prolog and the root's start tag are read within this many bytes. */
    static final int PROLOG = 8192;
    static final int MAX_NAME = 64;
    static final int MAX_DEPTH = 8;
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int lim;
    private final byte[][] open = new byte[MAX_DEPTH][MAX_NAME];
    private final int[] openLength = new int[MAX_DEPTH];
    private int depth;
    private final byte[] name = new byte[MAX_NAME];
    private int nameLength;
    private byte[] rootTag;
    private boolean rootEnded;
    private XMLStreamReader replay;
    private Base64Stream base64;
    private final byte[] text = new byte[256];

    EnvelopeTokenizer(InputStream in) {
        this.in = in;
        this.buf = new byte[BUFFER];
    }

    EnvelopeTokenizer(byte[] xml) {
        this.in = null;
        this.buf = xml;
        this.lim = xml.length;
    }

    // ---- the buffer

    /** Whether {@code k} bytes from {@code pos} are buffered, reading more as needed (which may move them to 0). */
    private boolean fill(int k) {
        if (lim - pos >= k) {
            return true;
        }
        if (in == null) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (k > buf.length) {
            buf = Arrays.copyOf(buf, k);
        }
        while (lim < k) {
            int r;
            try {
                r = in.read(buf, lim, buf.length - lim);
            } catch (IOException e) {
                throw DECLINED; // the reference reading meets the same fault and judges it
            }
            if (r < 0) {
                return false;
            }
            lim += r;
        }
        return true;
    }

    /**
     * Reads more bytes, keeping those from {@code pos} (moved to 0; the buffer doubles when they fill it); false at
     * the end of the input.
     */
    private boolean more() {
        if (in == null) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int r = in.read(buf, lim, buf.length - lim);
            while (r == 0) {
                r = in.read(buf, lim, buf.length - lim);
            }
            if (r < 0) {
                return false;
            }
            lim += r;
            return true;
        } catch (IOException e) {
            throw DECLINED; // the reference reading meets the same fault and judges it
        }
    }

    /** The byte at {@code pos + i} (0-255), or -1 at the end of the input. */
    private int peek(int i) {
        return fill(i + 1) ? buf[pos + i] & 0xFF : -1;
    }

    // ---- the root

    @Override
    public boolean root() {
        fill(PROLOG);
        int length = Math.min(lim, PROLOG);
        try {
            TableTokenizer t = new TableTokenizer(buf, length);
            int tagStart = t.position();
            if (t.next() != TableTokenizer.START || !t.nameIs("GIAMDINHHS")) {
                throw DECLINED; // another document, or another root: the reference reading says which
            }
            int end = t.position();
            if (buf[end - 2] == '/') {
                throw DECLINED;
            }
            rootTag = Arrays.copyOfRange(buf, tagStart, end);
            pos = end;
        } catch (TableTokenizer.Declined e) {
            throw DECLINED;
        }
        push("GIAMDINHHS".getBytes(StandardCharsets.US_ASCII), 10);
        return true;
    }

    private void push(byte[] n, int length) {
        if (depth == MAX_DEPTH) {
            throw DECLINED;
        }
        System.arraycopy(n, 0, open[depth], 0, length);
        openLength[depth] = length;
        depth++;
    }

    // ---- tags

    @Override
    public int nextTag() {
        if (rootEndPending) {
            rootEndPending = false;
            return END;
        }
        if (rootEnded) {
            throw DECLINED; // nothing is read after the root
        }
        while (true) {
            if (pos >= lim && !fill(1)) {
                throw DECLINED;
            }
            int c = buf[pos];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '<') {
                return tag();
            } else {
                throw DECLINED;
            }
        }
    }

    /** The tag at {@code pos} (a {@code <}). */
    private int tag() {
        int c1 = peek(1);
        if (c1 == '/') {
            endTag();
            return END;
        }
        if (!isNameStart(c1)) {
            throw DECLINED;
        }
        fill(MAX_NAME + 2);
        int i = 2;
        while (i <= MAX_NAME + 1) {
            int c = peek(i);
            if (c < 0 || !isNameChar(c)) {
                break;
            }
            i++;
        }
        int length = i - 1;
        if (length > MAX_NAME) {
            throw DECLINED;
        }
        System.arraycopy(buf, pos + 1, name, 0, length);
        nameLength = length;
        pos += i;
        closeTag();
        push(name, length);
        return START;
    }

    /** An end tag at {@code pos}, which must close the open element. */
    private void endTag() {
        if (depth == 0) {
            throw DECLINED;
        }
        byte[] expected = open[depth - 1];
        int length = openLength[depth - 1];
        if (!fill(length + 3)) {
            throw DECLINED;
        }
        for (int i = 0; i < length; i++) {
            if (buf[pos + 2 + i] != expected[i]) {
                throw DECLINED;
            }
        }
        pos += 2 + length;
        int after = buf[pos] & 0xFF;
        if (isNameChar(after) || after == ':') {
            throw DECLINED;
        }
        closeTag();
        depth--;
        if (depth == 0) {
            rootEnded = true;
        }
    }

    /** Optional whitespace, then the tag's {@code >}. */
    private void closeTag() {
        while (true) {
            int c = peek(0);
            if (c == '>') {
                pos++;
                return;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                pos++;
            } else {
                throw DECLINED; // an attribute, an empty-element tag, a colon, a byte outside the subset
            }
        }
    }

    @Override
    boolean named(String expected) {
        if (expected.length() != nameLength) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    RuntimeException structure(String where) {
        return DECLINED; // the reference reading reports it, with its path
    }

    // ---- text

    @Override
    public String leaf(String expected, String where, int max) {
        start(expected, where);
        int length = 0;
        while (true) {
            if (pos >= lim && !fill(1)) {
                throw DECLINED;
            }
            int c = buf[pos];
            if (c == '<') {
                break;
            }
            if (!(c >= 0x20 && c != '&' && c != '>' || c == '\t' || c == '\n') || length == text.length) {
                throw DECLINED; // (c < 0: not ASCII)
            }
            text[length++] = (byte) c;
            pos++;
        }
        if (peek(1) != '/') {
            throw DECLINED;
        }
        endTag();
        if (length > max) {
            throw DECLINED;
        }
        return new String(text, 0, length, StandardCharsets.ISO_8859_1).strip();
    }

    @Override
    public byte[] content(String expected, String where, int max) {
        start(expected, where);
        // the text, whole in the buffer, up to the first '<'
        int length = 0;
        while (true) {
            int found = indexOfLt(buf, pos + length, lim);
            if (found >= 0) {
                length = found - pos;
                break;
            }
            length = lim - pos;
            if (length > max || !more()) {
                throw DECLINED; // too long for the reference reading too, or the end of the input
            }
        }
        if (length > max) {
            throw DECLINED;
        }
        byte[] bytes = decode(buf, pos, length);
        if (bytes == null) {
            throw DECLINED; // not base64, or not text the subset reads: the reference reading judges it
        }
        pos += length;
        if (peek(1) != '/') {
            throw DECLINED;
        }
        endTag();
        return bytes;
    }

    /**
     * The bytes of base64 text {@code b[from, from + length)}, as {@link ClaimsXml#base64} decodes them; null when it
     * is not base64 and whitespace only.
     */
    private byte[] decode(byte[] b, int from, int length) {
        try {
            // the common case, unwrapped: the JDK's decoder, straight from the buffer
            java.nio.ByteBuffer out = java.util.Base64.getDecoder().decode(java.nio.ByteBuffer.wrap(b, from, length));
            byte[] array = out.array();
            return out.arrayOffset() == 0 && out.remaining() == array.length ? array
                    : Arrays.copyOfRange(array, out.arrayOffset() + out.position(),
                            out.arrayOffset() + out.limit());
        } catch (IllegalArgumentException e) {
            // wrapped lines, or not base64
        }
        if (base64 == null) {
            base64 = new Base64Stream();
        }
        base64.reset();
        if (base64.feed(b, from, from + length) != from + length) {
            return null;
        }
        return base64.finish();
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LTS = 0x3C3C3C3C3C3C3C3CL;

    /** The index of the first {@code <} in {@code b[from, to)}, or -1; eight bytes a step. */
    static int indexOfLt(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long x = (long) LONGS.get(b, i) ^ LTS;
            long t = (x - ONES) & ~x & HIGHS;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
            i += 8;
        }
        while (i < to) {
            if (b[i] == '<') {
                return i;
            }
            i++;
        }
        return -1;
    }

    // ---- the signature, replayed on StAX

    @Override
    public void skip() {
        if (depth != 2) {
            throw DECLINED;
        }
        byte[] tag = new byte[nameLength + 2];
        tag[0] = '<';
        System.arraycopy(name, 0, tag, 1, nameLength);
        tag[nameLength + 1] = '>';
        InputStream rest = new ByteArrayInputStream(buf, pos, lim - pos);
        if (in != null) {
            rest = new SequenceInputStream(rest, in);
        }
        InputStream replayed = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(rootTag), new ByteArrayInputStream(tag), rest)));
        pos = lim;
        try {
            replay = ClaimsXml.open(replayed, ClaimsError.ENVELOPE_MALFORMED);
            if (ClaimsXml.next(replay, ClaimsError.ENVELOPE_MALFORMED) != XMLStreamConstants.START_ELEMENT
                    || ClaimsXml.next(replay, ClaimsError.ENVELOPE_MALFORMED) != XMLStreamConstants.START_ELEMENT) {
                throw DECLINED;
            }
            staxSkip(replay);
            if (staxNextTag(replay) != XMLStreamConstants.END_ELEMENT) {
                throw DECLINED;
            }
        } catch (EmrException | Structure e) {
            throw DECLINED;
        }
        // the root's end tag has been read
        depth = 0;
        rootEnded = true;
        rootEndPending = true;
    }

    /** Whether the replay has read the root's end tag, which {@link #nextTag} has yet to give. */
    private boolean rootEndPending;

    @Override
    public void close() {
        if (replay != null) {
            ClaimsXml.close(replay);
        }
    }

    private static boolean isNameStart(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    private static boolean isNameChar(int c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
}
