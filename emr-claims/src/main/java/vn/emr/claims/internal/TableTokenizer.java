package vn.emr.claims.internal;

import java.util.Arrays;

/**
 * A strict pull tokenizer of a small subset of UTF-8 XML 1.0 held in a byte array: the fast path of the claims table
 * scan. It never judges a fault: whatever is outside the subset, and whatever is not well-formed, makes it
 * {@link Declined decline}, and the caller reads the document again with the JDK's StAX parser, which decides. So a
 * document this tokenizer reads to its end is one the JDK reads too (the differential test
 * {@code TableScanDifferentialTest} keeps that claim).
 *
 * <p>The subset, production by production (XML 1.0 fifth edition):
 * <ul>
 *   <li>encoding: UTF-8, decoded strictly (no overlong form, no surrogate, no code point above U+10FFFF, no truncated
 *       sequence), an optional byte order mark; every character a {@code Char} (tab, line feed, carriage return,
 *       U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF); {@code \r\n} and a lone {@code \r} read as {@code \n};</li>
 *   <li>prolog: an optional declaration {@code <?xml version="1.0" [encoding="utf-8"|"UTF-8"]
 *       [standalone="yes"|"no"]?>} at the first byte, then whitespace, comments and processing instructions; no
 *       DOCTYPE;</li>
 *   <li>names: ASCII letters, digits, {@code _ - .}, starting with a letter or {@code _}, at most
 *       {@value #MAX_NAME} bytes, no colon;</li>
 *   <li>attributes: on the root only, and only namespace declarations {@code xmlns:p="..."} (a prefix not starting
 *       with {@code xml}, a non-empty value without references, not the XML or XMLNS namespace name) and an empty default {@code xmlns=""}, each name
 *       once, at most {@value #MAX_ATTRIBUTES};</li>
 *   <li>content: character data without {@code ]]>}, the five predefined entity references and character references
 *       to a {@code Char}, CDATA sections, comments (no {@code --} inside, not ending in {@code -}), processing
 *       instructions whose target does not start with {@code xml} in any case; elements at most {@value #MAX_DEPTH} deep;</li>
 *   <li>after the root: whitespace, comments and processing instructions only.</li>
 * </ul>
 * Character data between two tags is given as one {@link #TEXT} event (CDATA and references included, comments and
 * processing instructions left out), so that the caller sees a value as StAX's coalesced reading shows it.
 */
public final class TableTokenizer {

    /** A start tag (an empty-element tag gives a start and then an end). */
    public static final int START = 1;
    /** An end tag. */
    public static final int END = 2;
    /** The character data between two tags. */
    public static final int TEXT = 3;
    /** The end of the document. */
    public static final int END_DOCUMENT = 4;

    static final int MAX_DEPTH = 16;
    static final int MAX_NAME = 64;
    static final int MAX_ATTRIBUTES = 8;

    /** The document is outside the subset or not well-formed: the JDK's parser must decide. */
    public static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINED = new Declined();

    /** The shared (stackless) decline, for a caller that declines on what it reads. */
    public static Declined declined() {
        return DECLINED;
    }

    private final byte[] b;
    private final int n;
    private int p;
    private final int[] openStart = new int[MAX_DEPTH];
    private final int[] openEnd = new int[MAX_DEPTH];
    private int depth;
    private boolean rootSeen;
    private boolean pendingEnd;
    private boolean done;
    private int nameStart;
    private int nameEnd;
    private char[] text = new char[256];
    private int textLength;
    /** Whether the current text is the bytes from {@code textStart} to {@code textEnd} (literal, no line-end change). */
    private boolean rangeText;
    private int textStart;
    private int textEnd;
    private boolean plainWhitespace;

    /**
     * A tokenizer positioned before the root element.
     *
     * @throws Declined when the prolog is outside the subset or not well-formed
     */
    public TableTokenizer(byte[] xml) {
        this(xml, xml.length);
    }

    /**
     * A tokenizer of the first {@code length} bytes, positioned before the root element.
     *
     * @throws Declined when the prolog is outside the subset or not well-formed
     */
    public TableTokenizer(byte[] xml, int length) {
        if (length < 0 || length > xml.length) {
            throw new IndexOutOfBoundsException(length);
        }
        this.b = xml;
        this.n = length;
        prolog();
    }

    /** The index of the next byte to read. */
    public int position() {
        return p;
    }

    /**
     * The next event: {@link #START}, {@link #END}, {@link #TEXT} or {@link #END_DOCUMENT}.
     *
     * @throws Declined when what follows is outside the subset or not well-formed
     */
    public int next() {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
            nameStart = openStart[depth];
            nameEnd = openEnd[depth];
            if (depth == 0) {
                trailing();
            }
            return END;
        }
        if (done) {
            throw DECLINED;
        }
        if (rootSeen && depth == 0) {
            done = true;
            return END_DOCUMENT;
        }
        if (!rootSeen) {
            rootSeen = true;
            return startTag();
        }
        textLength = 0;
        rangeText = false;
        // the common case: a run of literal characters up to a tag, given as a range of the (checked) bytes
        int runStart = p;
        boolean spaces = true;
        while (p < n) {
            int c = b[p];
            if (c >= 0x20 && c != '<' && c != '&' && c != '>') {
                if (c != ' ') {
                    spaces = false;
                }
                p++;
            } else if (c == '\n' || c == '\t') {
                p++;
            } else if (c < 0) {
                decode();
                spaces = false;
            } else {
                break;
            }
        }
        plainWhitespace = spaces;
        if (p < n && b[p] == '<') {
            int c1 = at(p + 1);
            if (c1 == '/' || isNameStart(c1)) {
                if (p > runStart) {
                    textStart = runStart;
                    textEnd = p;
                    rangeText = true;
                    return TEXT;
                }
                return c1 == '/' ? endTag() : startTag();
            }
        }
        // else the run so far as characters, then the general reading (references, CDATA, comments, line ends)
        boolean any = p > runStart;
        if (any) {
            int end = p;
            p = runStart;
            while (p < end) {
                int c = b[p];
                if (c >= 0) {
                    append((char) c);
                    p++;
                } else {
                    appendCodePoint(decode());
                }
            }
        }
        while (true) {
            if (p >= n) {
                throw DECLINED;
            }
            int c = b[p];
            if (c == '<') {
                int c1 = at(p + 1);
                if (c1 == '/' || isNameStart(c1)) {
                    if (any) {
                        return TEXT;
                    }
                    return c1 == '/' ? endTag() : startTag();
                } else if (c1 == '!') {
                    if (startsWith(p, "<!--")) {
                        comment();
                    } else if (startsWith(p, "<![CDATA[")) {
                        cdata();
                        any = true;
                        plainWhitespace = false;
                    } else {
                        throw DECLINED;
                    }
                } else if (c1 == '?') {
                    pi();
                } else {
                    throw DECLINED;
                }
                runStart = p;
            } else if (c == '&') {
                reference();
                any = true;
                plainWhitespace = false;
                runStart = p;
            } else if (c >= 0x20 && c != '>') {
                if (c != ' ') {
                    plainWhitespace = false;
                }
                append((char) c);
                any = true;
                p++;
            } else if (c == '>') {
                if (p - 2 >= runStart && b[p - 1] == ']' && b[p - 2] == ']') {
                    throw DECLINED;
                }
                plainWhitespace = false;
                append('>');
                any = true;
                p++;
            } else if (c == '\n' || c == '\t') {
                append((char) c);
                any = true;
                p++;
            } else if (c == '\r') {
                append('\n');
                any = true;
                p++;
                if (p < n && b[p] == '\n') {
                    p++;
                }
            } else if (c < 0) {
                appendCodePoint(decode());
                plainWhitespace = false;
                any = true;
            } else {
                throw DECLINED;
            }
        }
    }

    private byte[][] names;
    private byte[] nameState;
    private int hint = -1;
    private int hinted = -1;

    /**
     * The element names the caller expects, by index (a table's fields): {@link #hint} names the one it expects next,
     * and {@link #hinted} says whether the start tag read was it. Names outside the subset are never matched.
     */
    public void expectNames(byte[][] expected) {
        this.names = expected;
        this.nameState = new byte[expected.length];
    }

    /** The index of the name the next start tag probably has (one start tag only), or -1. */
    public void hint(int index) {
        this.hint = names != null && index < names.length ? index : -1;
    }

    /** The index given to {@link #hint} when the current start tag has that name, else -1. */
    public int hinted() {
        return hinted;
    }

    /** The expected name at {@code i} when it is a name of the subset (checked once), else null. */
    private byte[] expected(int i) {
        byte state = nameState[i];
        if (state == 0) {
            byte[] name = names[i];
            boolean valid = name.length > 0 && name.length <= MAX_NAME && isNameStart(name[0]);
            for (int k = 1; valid && k < name.length; k++) {
                valid = isNameChar(name[k]);
            }
            state = valid ? (byte) 1 : (byte) 2;
            nameState[i] = state;
        }
        return state == 1 ? names[i] : null;
    }

    /** Whether the current start or end tag has this name, given as its ASCII bytes. */
    public boolean nameIs(byte[] name) {
        int len = nameEnd - nameStart;
        return name.length == len && same(b, nameStart, name, 0, len);
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Whether {@code x[i, i + len)} and {@code y[j, j + len)} hold the same bytes; eight a step. */
    private static boolean same(byte[] x, int i, byte[] y, int j, int len) {
        int k = 0;
        for (; k + 8 <= len; k += 8) {
            if ((long) LONGS.get(x, i + k) != (long) LONGS.get(y, j + k)) {
                return false;
            }
        }
        for (; k < len; k++) {
            if (x[i + k] != y[j + k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the current start or end tag has this name. */
    public boolean nameIs(String name) {
        int len = nameEnd - nameStart;
        if (name.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[nameStart + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current tag's name. */
    public String name() {
        return new String(b, nameStart, nameEnd - nameStart, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The current {@link #TEXT}. */
    public String text() {
        if (rangeText) {
            return new String(b, textStart, textEnd - textStart, java.nio.charset.StandardCharsets.UTF_8);
        }
        return new String(text, 0, textLength);
    }

    /** Whether the current {@link #TEXT} is literal spaces, tabs and line ends only (no reference, no CDATA). */
    public boolean plainWhitespace() {
        return plainWhitespace;
    }

    // ---- prolog and epilog

    private void prolog() {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        if (startsWith(p, "<?xml") && isSpace(at(p + 5))) {
            declaration();
        }
        while (true) {
            if (p >= n) {
                throw DECLINED;
            }
            int c = b[p];
            if (isSpace(c)) {
                p++;
            } else if (c == '<' && startsWith(p, "<!--")) {
                comment();
            } else if (c == '<' && at(p + 1) == '?') {
                pi();
            } else if (c == '<' && isNameStart(at(p + 1))) {
                return;
            } else {
                throw DECLINED;
            }
        }
    }

    private void declaration() {
        p += 5;
        requireSpace();
        expect("version");
        eq();
        String version = quotedAscii();
        if (!"1.0".equals(version)) {
            throw DECLINED;
        }
        boolean spaced = skipSpace();
        if (spaced && startsWith(p, "encoding")) {
            p += 8;
            eq();
            String enc = quotedAscii();
            if (!"utf-8".equals(enc) && !"UTF-8".equals(enc)) {
                throw DECLINED;
            }
            spaced = skipSpace();
        }
        if (spaced && startsWith(p, "standalone")) {
            p += 10;
            eq();
            String sd = quotedAscii();
            if (!"yes".equals(sd) && !"no".equals(sd)) {
                throw DECLINED;
            }
            skipSpace();
        }
        expect("?>");
    }

    private void trailing() {
        while (p < n) {
            int c = b[p];
            if (isSpace(c)) {
                p++;
            } else if (c == '<' && startsWith(p, "<!--")) {
                comment();
            } else if (c == '<' && at(p + 1) == '?') {
                pi();
            } else {
                throw DECLINED;
            }
        }
    }

    // ---- tags

    private int startTag() {
        p++;
        int s = p;
        // the name the caller expects, when the tag is just it: no scan of the name
        byte[] e = hint >= 0 ? expected(hint) : null;
        hinted = -1;
        if (e != null && p + e.length < n && b[p + e.length] == '>' && same(b, p, e, 0, e.length)) {
            p += e.length;
            hinted = hint;
        } else {
            scanName();
        }
        hint = -1;
        if (depth >= MAX_DEPTH) {
            throw DECLINED;
        }
        openStart[depth] = s;
        openEnd[depth] = p;
        nameStart = s;
        nameEnd = p;
        int[] attrStart = null;
        int[] attrEnd = null;
        int attributes = 0;
        while (true) {
            boolean spaced = skipSpace();
            int c = at(p);
            if (c == '>') {
                p++;
                break;
            } else if (c == '/') {
                if (at(p + 1) != '>') {
                    throw DECLINED;
                }
                p += 2;
                pendingEnd = true;
                break;
            } else if (spaced && depth == 0 && isNameStart(c)) {
                if (attrStart == null) {
                    attrStart = new int[MAX_ATTRIBUTES];
                    attrEnd = new int[MAX_ATTRIBUTES];
                }
                if (attributes == MAX_ATTRIBUTES) {
                    throw DECLINED;
                }
                int as = p;
                namespaceAttribute();
                int ae = attrNameEnd;
                for (int i = 0; i < attributes; i++) {
                    if (Arrays.equals(b, as, ae, b, attrStart[i], attrEnd[i])) {
                        throw DECLINED;
                    }
                }
                attrStart[attributes] = as;
                attrEnd[attributes] = ae;
                attributes++;
            } else {
                throw DECLINED;
            }
        }
        depth++;
        return START;
    }

    private int attrNameEnd;

    /** {@code xmlns=""} or {@code xmlns:p="value"}, the value without references; else declined. */
    private void namespaceAttribute() {
        if (!startsWith(p, "xmlns")) {
            throw DECLINED;
        }
        p += 5;
        boolean prefixed = at(p) == ':';
        if (prefixed) {
            p++;
            int ps = p;
            if (!isNameStart(at(p))) {
                throw DECLINED;
            }
            scanName();
            int len = p - ps;
            if (len >= 3 && (b[ps] | 0x20) == 'x' && (b[ps + 1] | 0x20) == 'm' && (b[ps + 2] | 0x20) == 'l') {
                throw DECLINED;
            }
        }
        attrNameEnd = p;
        eq();
        int q = at(p);
        if (q != '"' && q != '\'') {
            throw DECLINED;
        }
        p++;
        int vs = p;
        while (true) {
            if (p >= n) {
                throw DECLINED;
            }
            int c = b[p];
            if (c == q) {
                break;
            } else if (c == '<' || c == '&') {
                throw DECLINED;
            } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                p++;
            } else if (c < 0) {
                decode();
            } else {
                throw DECLINED;
            }
        }
        int len = p - vs;
        p++;
        if (prefixed ? len == 0 || reservedUri(vs, len) : len != 0) {
            throw DECLINED;
        }
    }

    /** The two namespace names no prefix may be bound to but their own. */
    private boolean reservedUri(int at, int len) {
        String xml = "http://www.w3.org/XML/1998/namespace";
        String xmlns = "http://www.w3.org/2000/xmlns/";
        return len == xml.length() && startsWith(at, xml) || len == xmlns.length() && startsWith(at, xmlns);
    }

    private int endTag() {
        p += 2;
        int s = p;
        // the name must be the open element's (a checked name): its bytes, then a byte that ends a name
        int os = openStart[depth - 1];
        int len = openEnd[depth - 1] - os;
        if (s + len > n || !same(b, s, b, os, len)) {
            throw DECLINED;
        }
        p = s + len;
        int e = p;
        int after = at(p);
        if (after >= 0 && isNameChar(after) || after == ':') {
            throw DECLINED;
        }
        skipSpace();
        if (at(p) != '>') {
            throw DECLINED;
        }
        p++;
        depth--;
        nameStart = s;
        nameEnd = e;
        if (depth == 0) {
            trailing();
        }
        return END;
    }

    /** A name at {@code p} (its first byte already known to be a name start), to its end. */
    private void scanName() {
        int s = p;
        if (!isNameStart(at(p))) {
            throw DECLINED;
        }
        p++;
        while (p < n && b[p] >= 0 && NAME_CHAR[b[p]]) {
            p++;
        }
        if (p - s > MAX_NAME || p < n && (b[p] == ':' || b[p] < 0)) {
            throw DECLINED;
        }
    }

    // ---- markup inside content

    private void comment() {
        p += 4;
        while (true) {
            if (p >= n) {
                throw DECLINED;
            }
            int c = b[p];
            if (c == '-' && at(p + 1) == '-') {
                if (at(p + 2) != '>') {
                    throw DECLINED;
                }
                p += 3;
                return;
            }
            character(c);
        }
    }

    private void pi() {
        p += 2;
        int s = p;
        scanName();
        int len = p - s;
        if (len >= 3 && (b[s] | 0x20) == 'x' && (b[s + 1] | 0x20) == 'm' && (b[s + 2] | 0x20) == 'l') {
            throw DECLINED;
        }
        if (startsWith(p, "?>")) {
            p += 2;
            return;
        }
        if (!isSpace(at(p))) {
            throw DECLINED;
        }
        while (true) {
            if (p >= n) {
                throw DECLINED;
            }
            int c = b[p];
            if (c == '?' && at(p + 1) == '>') {
                p += 2;
                return;
            }
            character(c);
        }
    }

    private void cdata() {
        p += 9;
        while (true) {
            if (p >= n) {
                throw DECLINED;
            }
            int c = b[p];
            if (c == ']' && at(p + 1) == ']' && at(p + 2) == '>') {
                p += 3;
                return;
            }
            if (c >= 0x20 || c == '\t' || c == '\n') {
                if (c < 0) {
                    appendCodePoint(decode());
                } else {
                    append((char) c);
                    p++;
                }
            } else if (c == '\r') {
                append('\n');
                p++;
                if (p < n && b[p] == '\n') {
                    p++;
                }
            } else {
                throw DECLINED;
            }
        }
    }

    /** Skips one character of a comment or processing instruction, checking it. */
    private void character(int c) {
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c < 0) {
                decode();
            } else {
                p++;
            }
        } else {
            throw DECLINED;
        }
    }

    private void reference() {
        p++;
        if (at(p) == '#') {
            p++;
            int cp = 0;
            int digits = 0;
            if (at(p) == 'x') {
                p++;
                while (true) {
                    int c = at(p);
                    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                    if (d < 0) {
                        break;
                    }
                    cp = cp * 16 + d;
                    if (cp > 0x10FFFF) {
                        throw DECLINED;
                    }
                    digits++;
                    p++;
                }
            } else {
                while (true) {
                    int c = at(p);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    cp = cp * 10 + c - '0';
                    if (cp > 0x10FFFF) {
                        throw DECLINED;
                    }
                    digits++;
                    p++;
                }
            }
            if (digits == 0 || at(p) != ';' || !isChar(cp)) {
                throw DECLINED;
            }
            p++;
            appendCodePoint(cp);
            return;
        }
        char c;
        if (startsWith(p, "amp;")) {
            c = '&';
            p += 4;
        } else if (startsWith(p, "lt;")) {
            c = '<';
            p += 3;
        } else if (startsWith(p, "gt;")) {
            c = '>';
            p += 3;
        } else if (startsWith(p, "quot;")) {
            c = '"';
            p += 5;
        } else if (startsWith(p, "apos;")) {
            c = '\'';
            p += 5;
        } else {
            throw DECLINED;
        }
        append(c);
    }

    // ---- UTF-8 and characters

    /** The code point of the multi-byte sequence at {@code p}, strictly (RFC 3629), a {@code Char}; else declined. */
    private int decode() {
        int b0 = b[p] & 0xFF;
        int cp;
        int len;
        int min;
        int max;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            cp = b0 & 0x1F;
            len = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            cp = b0 & 0x0F;
            len = 3;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            cp = b0 & 0x07;
            len = 4;
        } else {
            throw DECLINED;
        }
        if (p + len > n) {
            throw DECLINED;
        }
        for (int i = 1; i < len; i++) {
            int bi = b[p + i] & 0xFF;
            if ((bi & 0xC0) != 0x80) {
                throw DECLINED;
            }
            cp = cp << 6 | bi & 0x3F;
        }
        min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        max = len == 2 ? 0x7FF : len == 3 ? 0xFFFF : 0x10FFFF;
        if (cp < min || cp > max || !isChar(cp)) {
            throw DECLINED;
        }
        p += len;
        return cp;
    }

    /** The {@code Char} production of XML 1.0. */
    static boolean isChar(int cp) {
        return cp >= 0x20 && cp <= 0xD7FF || cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    private void appendCodePoint(int cp) {
        if (cp >= 0x10000) {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        } else {
            append((char) cp);
        }
    }

    // ---- small helpers

    private int at(int i) {
        return i < n ? b[i] : -1;
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void expect(String s) {
        if (!startsWith(p, s)) {
            throw DECLINED;
        }
        p += s.length();
    }

    private void eq() {
        skipSpace();
        expect("=");
        skipSpace();
    }

    private String quotedAscii() {
        int q = at(p);
        if (q != '"' && q != '\'') {
            throw DECLINED;
        }
        int s = ++p;
        while (p < n && b[p] != q) {
            if (b[p] < 0x21 || b[p] == '<' || b[p] == '&') {
                throw DECLINED;
            }
            p++;
        }
        if (p >= n) {
            throw DECLINED;
        }
        String v = new String(b, s, p - s, java.nio.charset.StandardCharsets.US_ASCII);
        p++;
        return v;
    }

    private void requireSpace() {
        if (!skipSpace()) {
            throw DECLINED;
        }
    }

    private boolean skipSpace() {
        int s = p;
        while (p < n && isSpace(b[p])) {
            p++;
        }
        return p > s;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isNameStart(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** The name characters of the subset, by ASCII byte. */
    private static final boolean[] NAME_CHAR = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            NAME_CHAR[c] = isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
        }
    }

    private static boolean isNameChar(int c) {
        return c >= 0 && c < 128 && NAME_CHAR[c];
    }
}
