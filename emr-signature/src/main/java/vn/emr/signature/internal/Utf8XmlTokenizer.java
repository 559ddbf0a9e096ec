package vn.emr.signature.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

/**
 * A strict, allocation-light XML 1.0 tokenizer for UTF-8 documents held in memory, used by {@link SecureXml} as the
 * fast path in front of the JDK parser. It accepts the same language as the JDK parser as {@link SecureXml} sets it
 * up, and gives the same codes: no DOCTYPE at all (so only the five predefined entities and character references
 * exist), XML 1.0 only (a 1.1 declaration is refused), UTF-8 only (anything else declines to the JDK parser), names
 * as {@link XmlNames} has them, QNames and namespaces checked, the limits of {@link XmlLimits}, every character
 * checked against the XML {@code Char} production. It cannot fetch anything: it has no resolver. Messages show
 * document names through {@link Shown}.
 *
 * <p>Text runs are handed on as raw UTF-8 so that the canonicalizer copies them instead of decoding and re-encoding;
 * the tests check it against the JDK parser (same canonical bytes) on every vector.
 */
final class Utf8XmlTokenizer {

    /** Thrown when the document is outside what this tokenizer handles: use the JDK parser. */
    static final class Decline extends Exception {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private final byte[] b;
    private final int end;
    private final DocumentScanner h;
    private final NsScope scope;
    private int p;
    private final String[] names;
    private final int[] nameHash;
    private final byte[][] nameBytes;
    private final String[] namePrefix;
    private final String[] nameLocal;
    private final int[] successor;
    /** The cache slot of the name last read by name() (else -1). */
    private int lastSlot = -1;
    /** The cache slot of the last start or end tag's name (else -1), for predicting the next start tag's name. */
    private int prevSlot = -1;
    private int[] openSlot = new int[64];
    private byte[] lastNameBytes;
    private String lastPrefix;
    private String lastLocal;
    private byte[][] openBytes = new byte[64][];
    private String[] openUri = new String[64];
    private String[] openPrefix = new String[64];
    private String[] openNames = new String[64];
    private int[] openStart = new int[64];
    private int[] openLen = new int[64];
    private int depth;
    /**
     * Start of a text run not yet handed on (else -1): canonical raw text that the scanner would only pass on as raw
     * bytes, immediately followed by an end tag, which delivers it.
     */
    private int deferredText = -1;
    private boolean rootSeen;
    private boolean rootDone;
    private final StringBuilder sb = new StringBuilder(64);
    // attribute scratch
    private String[] aq = new String[16];
    private String[] av = new String[16];
    /** Whether aq[i] is a QName. */
    private boolean[] aqOk = new boolean[16];

    private Utf8XmlTokenizer(byte[] b, DocumentScanner h) {
        this.b = b;
        this.end = b.length;
        this.h = h;
        this.scope = h.scope();
        NameCache cache = NAME_CACHES.get();
        this.names = cache.names;
        this.nameHash = cache.hash;
        this.nameBytes = cache.bytes;
        this.namePrefix = cache.prefix;
        this.nameLocal = cache.local;
        this.successor = cache.successor;
    }

    /**
     * The interned-name cache, kept per thread across documents (names of a document type repeat from one document
     * to the next). Entries are immutable (a name, its UTF-8 bytes, its QName parts) and only short ASCII names are
     * kept; a name() call neither calls out nor is re-entered while it reads or writes a slot.
     */
    private static final class NameCache {
        final String[] names = new String[256];
        final int[] hash = new int[256];
        final byte[][] bytes = new byte[256][];
        final String[] prefix = new String[256];
        final String[] local = new String[256];
        /** For the name in a slot, 1 + the slot of the element name that last followed it (0: none). */
        final int[] successor = new int[256];
    }

    private static final ThreadLocal<NameCache> NAME_CACHES = ThreadLocal.withInitial(NameCache::new);
    /** Longer names are not cached (the cache outlives the document). */
    private static final int MAX_CACHED_NAME = 64;

    /** Parses the whole document into the scanner, or declines before any event. */
    static void parse(byte[] xml, DocumentScanner handler) throws Decline {
        new Utf8XmlTokenizer(xml, handler).run();
    }

    private static EmrException malformed(String what) {
        return new EmrException(SignatureError.MALFORMED_XML, "", what);
    }

    private EmrException malformedAt(String what) {
        return malformed(what + " at byte " + p);
    }

    private void run() throws Decline {
        if (!SecureXml.looksUtf8(b)) {
            // UTF-16 with or without a byte order mark, UCS-4, EBCDIC: the JDK parser reads those
            throw new Decline();
        }
        if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            p = 3;
        }
        if (startsWith("<?xml") && p + 5 < end && isWs(b[p + 5])) {
            xmlDeclaration();
        }
        while (p < end) {
            int c = b[p];
            if (c == '<') {
                markup();
            } else {
                text();
            }
        }
        if (!rootDone) {
            throw malformed(rootSeen ? "unclosed element " + Shown.of(openNames[depth - 1]) : "no root element");
        }
        h.endDocument();
    }

    private boolean startsWith(String s) {
        if (p + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWs(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private void xmlDeclaration() throws Decline {
        int close = indexOf('?', '>', p);
        if (close < 0) {
            throw malformedAt("unterminated XML declaration");
        }
        SecureXml.Declaration decl = SecureXml.Declaration.parse(new String(b, p, close + 2 - p,
                StandardCharsets.ISO_8859_1));
        if (decl == null) {
            // not the XMLDecl production (e.g. other white space than S): the JDK parser says how it is malformed
            throw new Decline();
        }
        if (decl.version().equals("1.1")) {
            throw new EmrException(SignatureError.XML_VERSION_UNSUPPORTED, "");
        }
        String name = decl.encoding();
        if (!decl.version().equals("1.0")
                || (name != null && !name.equalsIgnoreCase("UTF-8") && !name.equalsIgnoreCase("UTF8"))) {
            throw new Decline();
        }
        p = close + 2;
    }

    private int indexOf(char a, char c, int from) {
        for (int i = from; i + 1 < end; i++) {
            if (b[i] == a && b[i + 1] == c) {
                return i;
            }
        }
        return -1;
    }

    private void markup() {
        if (p + 1 >= end) {
            throw malformedAt("truncated markup");
        }
        int c = b[p + 1];
        if (c == '/') {
            endTag();
        } else if (c == '?') {
            pi();
        } else if (c == '!') {
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<![CDATA[")) {
                cdata();
            } else if (startsWith("<!DOCTYPE") && !rootSeen) {
                // a document type declaration belongs to the prolog; anywhere else it is just bad markup, as the JDK says
                throw new EmrException(SignatureError.DOCTYPE_REFUSED, "");
            } else {
                throw malformedAt("bad markup declaration");
            }
        } else {
            startTag();
        }
    }

    // ---- names

    /** Bytes that may continue a name: ASCII name characters and every non-ASCII byte (a name may go on). */
    private static final boolean[] NAME_CHAR = new boolean[256];
    /** ASCII name characters only (non-ASCII ones are decoded and checked one by one). */
    private static final boolean[] ASCII_NAME_CHAR = new boolean[256];

    static {
        for (int i = 0; i < 128; i++) {
            ASCII_NAME_CHAR[i] = XmlNames.isNameChar(i);
            NAME_CHAR[i] = ASCII_NAME_CHAR[i];
        }
        for (int i = 128; i < 256; i++) {
            NAME_CHAR[i] = true;
        }
    }

    private static boolean nameChar(int c) {
        return NAME_CHAR[c & 0xFF];
    }

    /** The length in bytes of the UTF-8 sequence last decoded by {@link #codePointAt(int)}. */
    private int decodedLength;

    /** Decodes the (valid, checked) multi-byte UTF-8 sequence at i; sets {@link #decodedLength}. */
    private int codePointAt(int i) {
        int next = multiByte(i, end);
        decodedLength = next - i;
        int c = b[i] & 0xFF;
        int cp = decodedLength == 2 ? c & 0x1F : decodedLength == 3 ? c & 0x0F : c & 0x07;
        for (int k = i + 1; k < next; k++) {
            cp = (cp << 6) | (b[k] & 0x3F);
        }
        return cp;
    }

    /**
     * The end of the Name at i, checked character by character against the name productions ({@link XmlNames}):
     * ASCII through a table, other characters decoded. A character that cannot continue the name ends it (and the
     * caller then finds what follows malformed), as in the JDK parser.
     */
    private int nameEnd(int i) {
        final byte[] buf = b;
        final int limit = end;
        if (i >= limit) {
            throw malformedAt("name expected");
        }
        int c0 = buf[i];
        if (c0 >= 0) {
            if (!XmlNames.isNameStart(c0)) {
                throw malformedAt("name expected");
            }
            i++;
        } else {
            int cp = codePointAt(i);
            if (!XmlNames.isNameStart(cp)) {
                throw malformedAt("name expected");
            }
            i += decodedLength;
        }
        while (true) {
            while (i < limit && ASCII_NAME_CHAR[buf[i] & 0xFF]) {
                i++;
            }
            if (i >= limit || buf[i] >= 0) {
                return i;
            }
            int cp = codePointAt(i);
            if (!XmlNames.isNameChar(cp)) {
                return i;
            }
            i += decodedLength;
        }
    }

    /** Refuses a Name longer than {@link XmlLimits#MAX_NAME_PART_LENGTH} characters, measured whole. */
    private void checkNameLength(int s, int e) {
        if (e - s > XmlLimits.MAX_NAME_PART_LENGTH) {
            int chars = 0;
            for (int i = s; i < e; i++) {
                if ((b[i] & 0xC0) != 0x80 && ++chars > XmlLimits.MAX_NAME_PART_LENGTH) {
                    throw new EmrException(SignatureError.NAME_TOO_LONG, "", XmlLimits.MAX_NAME_PART_LENGTH);
                }
            }
        }
    }

    /**
     * Refuses a name whose prefix or local part (the text before the first colon, and between it and the next) is
     * longer than {@link XmlLimits#MAX_NAME_PART_LENGTH} characters, as the JDK parser measures its parts. Every
     * name character is in the Basic Multilingual Plane, so characters are counted as UTF-8 lead bytes.
     */
    private void checkNameParts(int s, int e) {
        int part = 0;
        int parts = 0;
        for (int i = s; i < e && parts < 2; i++) {
            int c = b[i];
            if (c == ':') {
                parts++;
                part = 0;
            } else if ((c & 0xC0) != 0x80 && ++part > XmlLimits.MAX_NAME_PART_LENGTH) {
                throw new EmrException(SignatureError.NAME_TOO_LONG, "", XmlLimits.MAX_NAME_PART_LENGTH);
            }
        }
    }

    private static final int NAME_PROBES = 4;

    /**
     * Reads a Name at p and returns it (interned through a small cache, a few probes per hash); also sets
     * {@link #lastNameBytes} and, when the name is a valid QName, {@link #lastPrefix} and {@link #lastLocal} (else
     * null).
     */
    private String name() {
        int s = p;
        final byte[] buf = b;
        int i = nameEnd(p);
        p = i;
        int len = i - s;
        if (len > XmlLimits.MAX_NAME_PART_LENGTH) {
            checkNameParts(s, i);
        }
        int hash = nameHash(buf, s, len);
        int home = (hash ^ (hash >>> 16)) & (names.length - 1);
        int free = -1;
        for (int k = 0; k < NAME_PROBES; k++) {
            int slot = (home + k) & (names.length - 1);
            String cached = names[slot];
            if (cached == null) {
                if (free < 0) {
                    free = slot;
                }
                continue;
            }
            byte[] cachedBytes = nameBytes[slot];
            if (nameHash[slot] == hash && cachedBytes.length == len && same(cachedBytes, s, len)) {
                lastNameBytes = cachedBytes;
                lastPrefix = namePrefix[slot];
                lastLocal = nameLocal[slot];
                lastSlot = slot;
                return cached;
            }
        }
        String n = new String(b, s, len, StandardCharsets.UTF_8);
        lastSlot = -1;
        lastNameBytes = Arrays.copyOfRange(b, s, p);
        int colon = n.indexOf(':');
        if (!XmlNames.isQName(n)) {
            lastPrefix = null;
            lastLocal = null;
        } else {
            lastPrefix = colon < 0 ? "" : n.substring(0, colon);
            lastLocal = colon < 0 ? n : n.substring(colon + 1);
        }
        if (len <= MAX_CACHED_NAME && isAscii(s, len)) {
            int slot = free >= 0 ? free : home;
            names[slot] = n;
            nameHash[slot] = hash;
            nameBytes[slot] = lastNameBytes;
            namePrefix[slot] = lastPrefix;
            nameLocal[slot] = lastLocal;
            successor[slot] = 0;
            lastSlot = slot;
        }
        return n;
    }

    /**
     * The element name at p when it is the one that followed the previous tag's name last time (a cached, validated
     * name whose bytes all match and that ends where the input's Name ends); else null and nothing is consumed.
     */
    private String predictedName() {
        if (prevSlot < 0) {
            return null;
        }
        int k = successor[prevSlot] - 1;
        if (k < 0) {
            return null;
        }
        byte[] nb = nameBytes[k];
        String n = names[k];
        if (nb == null || n == null) {
            return null;
        }
        int s = p;
        int len = nb.length;
        if (s + len >= b.length || NAME_CHAR[b[s + len] & 0xFF] || !same(nb, s, len)) {
            return null;
        }
        p = s + len;
        lastNameBytes = nb;
        lastPrefix = namePrefix[k];
        lastLocal = nameLocal[k];
        lastSlot = k;
        return n;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * A hash of the name bytes [s, s + len) from a few whole words (first, middle and last; no per-byte multiply
     * chain). Only the cache's slot choice depends on it: a hit is always confirmed by comparing every byte.
     */
    private static int nameHash(byte[] buf, int s, int len) {
        long h;
        if (len >= 8) {
            h = (long) LONGS.get(buf, s) * 0x9E3779B97F4A7C15L + (long) LONGS.get(buf, s + len - 8);
            if (len > 16) {
                h = h * 0x9E3779B97F4A7C15L + (long) LONGS.get(buf, s + (len >>> 1) - 4);
            }
        } else if (len >= 4) {
            h = (long) (int) INTS.get(buf, s) * 0x9E3779B97F4A7C15L + (int) INTS.get(buf, s + len - 4);
        } else {
            h = 0;
            for (int k = 0; k < len; k++) {
                h = (h << 8) | (buf[s + k] & 0xFF);
            }
        }
        h = (h + len) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    /** Whether the input bytes [s, s + len) equal the first len bytes of name. */
    private boolean same(byte[] name, int s, int len) {
        byte[] buf = b;
        if (s + len > buf.length || name.length < len) {
            return false;
        }
        if (len >= 8) {
            int i = 0;
            for (; i + 8 <= len; i += 8) {
                if ((long) LONGS.get(name, i) != (long) LONGS.get(buf, s + i)) {
                    return false;
                }
            }
            // the last 8 bytes, overlapping what was compared
            return i == len || (long) LONGS.get(name, len - 8) == (long) LONGS.get(buf, s + len - 8);
        }
        if (len >= 4) {
            return (int) INTS.get(name, 0) == (int) INTS.get(buf, s)
                    && (int) INTS.get(name, len - 4) == (int) INTS.get(buf, s + len - 4);
        }
        for (int i = 0; i < len; i++) {
            if (name[i] != buf[s + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean isAscii(int s, int len) {
        for (int i = 0; i < len; i++) {
            if (b[s + i] < 0) {
                return false;
            }
        }
        return true;
    }

    private void skipWs() {
        while (p < end && isWs(b[p])) {
            p++;
        }
    }

    // ---- tags

    private void startTag() {
        if (rootDone) {
            throw malformedAt("content after the root element");
        }
        int tagStart = p;
        p++;
        int nameStart = p;
        String qName = predictedName();
        if (qName == null) {
            qName = name();
            if (prevSlot >= 0 && lastSlot >= 0) {
                successor[prevSlot] = lastSlot + 1;
            }
        }
        int qSlot = lastSlot;
        prevSlot = qSlot;
        byte[] qBytes = lastNameBytes;
        String qPrefix = lastPrefix;
        String qLocal = lastLocal;
        int nameLen = p - nameStart;
        int count = 0;
        boolean empty = false;
        boolean plain = p < end && b[p] == '>';
        if (plain) {
            // the common <NAME> start tag
            p++;
        }
        while (!plain) {
            int before = p;
            skipWs();
            if (p >= end) {
                throw malformedAt("unterminated start tag");
            }
            int c = b[p];
            if (c == '>') {
                p++;
                empty = false;
                break;
            }
            if (c == '/') {
                if (p + 1 >= end || b[p + 1] != '>') {
                    throw malformedAt("bad empty-element tag");
                }
                p += 2;
                empty = true;
                break;
            }
            if (before == p) {
                throw malformedAt("whitespace required between attributes");
            }
            String an = name();
            boolean qOk = lastPrefix != null;
            skipWs();
            if (p >= end || b[p] != '=') {
                throw malformedAt("'=' expected");
            }
            p++;
            skipWs();
            String value = attrValue();
            if (count == aq.length) {
                aq = Arrays.copyOf(aq, count * 2);
                av = Arrays.copyOf(av, count * 2);
                aqOk = Arrays.copyOf(aqOk, count * 2);
            }
            if (isDuplicate(an, count)) {
                throw malformed("duplicate attribute " + Shown.of(an));
            }
            aq[count] = an;
            aqOk[count] = qOk;
            av[count++] = value;
            if (count > XmlLimits.MAX_ATTRIBUTES) {
                // as the JDK parser counts: namespace declarations included, refused as soon as one too many is read
                throw new EmrException(SignatureError.TOO_MANY_ATTRIBUTES, "", XmlLimits.MAX_ATTRIBUTES);
            }
        }
        h.tagEnd = p - 1;
        h.tagSelfClosing = empty;
        Node el = h.element();
        if (count == 0 && !empty && p - tagStart == nameLen + 2) {
            el.rawSource = b;
            el.rawStart = tagStart;
            el.rawEnd = p;
        } else {
            el.rawSource = null;
        }
        emitStart(qName, qBytes, qPrefix, qLocal, count);
        if (depth == openNames.length) {
            openBytes = Arrays.copyOf(openBytes, depth * 2);
            openNames = Arrays.copyOf(openNames, depth * 2);
            openStart = Arrays.copyOf(openStart, depth * 2);
            openLen = Arrays.copyOf(openLen, depth * 2);
            openSlot = Arrays.copyOf(openSlot, depth * 2);
        }
        openSlot[depth] = qSlot;
        openNames[depth] = qName;
        openBytes[depth] = qBytes;
        openStart[depth] = nameStart;
        openLen[depth] = nameLen;
        depth++;
        rootSeen = true;
        if (empty) {
            closeElement();
        }
    }

    /** Few attributes are compared one by one; from this many on, through a hash set. */
    private static final int HASHED_FROM = 8;
    private final java.util.HashSet<String> seen = new java.util.HashSet<>();

    /** Whether the attribute name an is one of aq[0, count) (hash-based on large start tags). */
    private boolean isDuplicate(String an, int count) {
        if (count < HASHED_FROM) {
            for (int i = 0; i < count; i++) {
                if (aq[i].equals(an)) {
                    return true;
                }
            }
            return false;
        }
        if (count == HASHED_FROM) {
            seen.clear();
            for (int i = 0; i < count; i++) {
                seen.add(aq[i]);
            }
        }
        return !seen.add(an);
    }

    /** prefix and local are the QName's parts, or null when qName is not a valid QName (refused here). */
    private void emitStart(String qName, byte[] qBytes, String qPrefix, String qLocal, int count) {
        if (rootSeen && depth == 0) {
            throw malformed("more than one root element");
        }
        Node e = h.element();
        e.nsCount = 0;
        e.attrCount = 0;
        if (qPrefix == null || qLocal == null) {
            throw malformed("bad qualified name " + Shown.of(qName));
        }
        for (int i = 0; i < count; i++) {
            String q = aq[i];
            if (!aqOk[i]) {
                // not a QName: "xmlns:" (no default declaration), "p:1a", "a:b:c", ":a", "a:"
                throw malformed("bad qualified name " + Shown.of(q));
            }
            if (q.startsWith("xmlns") && (q.length() == 5 || q.charAt(5) == ':')) {
                String prefix = q.length() == 5 ? "" : q.substring(6);
                String uri = av[i];
                if (prefix.equals("xmlns") || uri.equals("http://www.w3.org/2000/xmlns/")
                        || (prefix.equals("xml") != uri.equals(Node.XML_NS)) || (!prefix.isEmpty() && uri.isEmpty())
                        || prefix.indexOf(':') >= 0) {
                    throw malformed("bad namespace declaration " + Shown.of(q));
                }
                e.addNs(prefix, uri);
            }
        }
        if (depth >= XmlLimits.MAX_DEPTH) {
            // before the namespace limits, in the order the JDK path checks them (DocumentScanner, then NsScope)
            throw new EmrException(SignatureError.NESTING_TOO_DEEP, "", XmlLimits.MAX_DEPTH);
        }
        scope.push(e);
        String prefix = qPrefix;
        String local = qLocal;
        String uri = e.nsCount == 0 && depth > 0 && prefix.equals(openPrefix[depth - 1]) ? openUri[depth - 1]
                : scope.lookup(prefix);
        if (uri == null) {
            throw malformed("unbound prefix " + Shown.of(prefix));
        }
        e.kind = Node.ELEMENT;
        e.qName = qName;
        e.qNameBytes = qBytes;
        e.prefix = prefix;
        e.local = local;
        e.uri = uri;
        boolean hashed = count >= HASHED_FROM;
        if (hashed) {
            seen.clear();
        }
        for (int i = 0; i < count; i++) {
            String q = aq[i];
            if (q.startsWith("xmlns") && (q.length() == 5 || q.charAt(5) == ':')) {
                continue;
            }
            int c = q.indexOf(':');
            String au = "";
            if (c >= 0) {
                au = scope.lookup(q.substring(0, c));
                if (au == null) {
                    throw malformed("unbound prefix " + Shown.of(q.substring(0, c)));
                }
            }
            String al = c < 0 ? q : q.substring(c + 1);
            boolean duplicate = false;
            if (hashed) {
                // the expanded name (a local part has no space, so the last space splits the key); unprefixed names
                // have no namespace and were compared as written already
                duplicate = c >= 0 && !seen.add(au + ' ' + al);
            } else {
                for (int k = 0; k < e.attrCount; k++) {
                    if (e.aLocal[k].equals(al) && e.aUri[k].equals(au)) {
                        duplicate = true;
                        break;
                    }
                }
            }
            if (duplicate) {
                throw malformed("duplicate attribute " + Shown.of(q));
            }
            e.addAttr(q, au, al, av[i]);
        }
        if (e.attrCount > 0) {
            scope.addXmlAttributes(e);
        }
        if (depth == openUri.length) {
            openUri = Arrays.copyOf(openUri, depth * 2);
            openPrefix = Arrays.copyOf(openPrefix, depth * 2);
        }
        openUri[depth] = uri;
        openPrefix[depth] = prefix;
        h.startPushed(e);
    }

    private void closeElement() {
        closeElement(null, 0, 0);
    }

    private void closeElement(byte[] raw, int rawStart, int rawEnd) {
        depth--;
        h.end(openNames[depth], openBytes[depth], raw, rawStart, rawEnd);
        if (depth == 0) {
            rootDone = true;
        }
    }

    private void endTag() {
        int textStart = deferredText;
        deferredText = -1;
        int lt = p;
        h.endTagStart = p;
        p += 2;
        if (depth == 0) {
            throw malformedAt("end tag without start tag");
        }
        int s = p;
        int len = openLen[depth - 1];
        if (!same(openBytes[depth - 1], s, len) || (s + len < end && nameChar(b[s + len]))) {
            throw malformedAt("end tag does not match " + Shown.of(openNames[depth - 1]));
        }
        p = s + len;
        prevSlot = openSlot[depth - 1];
        boolean tight = p < end && b[p] == '>';
        skipWs();
        if (p >= end || b[p] != '>') {
            throw malformedAt("'>' expected");
        }
        p++;
        if (tight) {
            // a deferred text run and the end tag are contiguous canonical bytes: one range
            closeElement(b, textStart >= 0 ? textStart : lt, p);
        } else {
            if (textStart >= 0) {
                h.textUtf8(b, textStart, lt - textStart);
            }
            closeElement();
        }
    }

    // ---- attribute values and text

    private String attrValue() {
        if (p >= end || (b[p] != '"' && b[p] != '\'')) {
            throw malformedAt("quoted value expected");
        }
        byte quote = b[p++];
        int s = p;
        boolean simple = true;
        while (p < end && b[p] != quote) {
            int c = b[p];
            if (c == '<') {
                throw malformedAt("'<' in an attribute value");
            }
            if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
                simple = false;
            } else if (c >= 0 && c < 0x20) {
                throw malformedAt("control character");
            }
            p++;
        }
        if (p >= end) {
            throw malformedAt("unterminated attribute value");
        }
        int e = p;
        p++;
        if (simple) {
            validateUtf8(s, e);
            return new String(b, s, e - s, StandardCharsets.UTF_8);
        }
        validateUtf8(s, e);
        sb.setLength(0);
        int i = s;
        while (i < e) {
            int c = b[i];
            if (c == '&') {
                i = reference(i, e, sb);
            } else if (c == '\r') {
                sb.append(' ');
                i += (i + 1 < e && b[i + 1] == '\n') ? 2 : 1;
            } else if (c == '\t' || c == '\n') {
                sb.append(' ');
                i++;
            } else {
                int j = i;
                while (j < e && b[j] != '&' && b[j] != '\r' && b[j] != '\t' && b[j] != '\n') {
                    j++;
                }
                sb.append(new String(b, i, j - i, StandardCharsets.UTF_8));
                i = j;
            }
        }
        return sb.toString();
    }

    /**
     * Decodes the reference at i (which is '&') into out; returns the index after ';'. A character reference may have
     * any number of leading zeros ({@code &#0065;}, {@code &#x0041;}); digits are read one by one, so a long run
     * costs only its length.
     */
    private int reference(int i, int limit, StringBuilder out) {
        int k = i + 1;
        if (k < limit && b[k] == '#') {
            k++;
            boolean hex = k < limit && b[k] == 'x';
            if (hex) {
                k++;
            }
            int digits = k;
            int cp = 0;
            while (k < limit) {
                int c = b[k];
                int d = c >= '0' && c <= '9' ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) {
                    break;
                }
                // past the last code point the value stays out of range, never overflows
                cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + d;
                k++;
            }
            if (k == digits || k >= limit || b[k] != ';') {
                throw malformed("bad character reference at byte " + i);
            }
            if (!isXmlChar(cp)) {
                throw malformed("character reference to a non-character at byte " + i);
            }
            out.appendCodePoint(cp);
            return k + 1;
        }
        int semi = nameEnd(k);
        // an entity name is a Name, measured whole (as the JDK parser does)
        checkNameLength(k, semi);
        String r = semi < limit && b[semi] == ';' && semi - k <= 4
                ? new String(b, k, semi - k, StandardCharsets.US_ASCII) : "";
        switch (r) {
            case "amp" -> out.append('&');
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> throw malformed("undeclared entity or bad reference at byte " + i);
        }
        return semi + 1;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Checks that [s, e) is well-formed UTF-8 of XML characters (no controls but TAB, LF, CR). */
    private void validateUtf8(int s, int e) {
        int i = s;
        while (i < e) {
            int c = b[i];
            if (c >= 0) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    throw malformed("control character at byte " + i);
                }
                i++;
                continue;
            }
            i = multiByte(i, e);
        }
    }

    /** Validates one multi-byte UTF-8 sequence starting at i; returns the index after it. */
    private int multiByte(int i, int e) {
        int c = b[i] & 0xFF;
        int need;
        int cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            throw malformed("invalid UTF-8 at byte " + i);
        }
        if (i + need >= e) {
            throw malformed("truncated UTF-8 at byte " + i);
        }
        for (int k = 1; k <= need; k++) {
            int x = b[i + k] & 0xFF;
            if ((x & 0xC0) != 0x80) {
                throw malformed("invalid UTF-8 at byte " + i);
            }
            cp = (cp << 6) | (x & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) || !isXmlChar(cp)) {
            throw malformed("invalid character at byte " + i);
        }
        return i + need + 1;
    }

    private final char[] one = new char[2];

    /** Byte classes in text: 0 plain, 1 '<', 2 special ('&', '>', ']', CR), 3 invalid control, 4 non-ASCII. */
    private static final byte[] TEXT_CLASS = new byte[256];

    static {
        for (int i = 0; i < 0x20; i++) {
            TEXT_CLASS[i] = 3;
        }
        TEXT_CLASS['\t'] = 0;
        TEXT_CLASS['\n'] = 0;
        TEXT_CLASS['\r'] = 2;
        TEXT_CLASS['<'] = 1;
        TEXT_CLASS['&'] = 2;
        TEXT_CLASS['>'] = 2;
        TEXT_CLASS[']'] = 2;
        for (int i = 0x80; i < 0x100; i++) {
            TEXT_CLASS[i] = 4;
        }
    }

    private static final long EIGHT_SPACES = 0x2020202020202020L;

    private void text() {
        final byte[] buf = b;
        final int limit = buf.length;
        int s = p;
        int i = p;
        if (i < limit && buf[i] == '\n') {
            // indentation: a line feed, then spaces eight at a time (all plain text, as the loop below would find)
            i++;
            while (i + 8 <= limit && (long) LONGS.get(buf, i) == EIGHT_SPACES) {
                i += 8;
            }
        }
        while (i < limit) {
            int cls = TEXT_CLASS[buf[i] & 0xFF];
            if (cls == 0) {
                i++;
                continue;
            }
            if (cls == 1) {
                break;
            }
            if (cls == 4) {
                // common Vietnamese and Latin letters inline (always valid XML characters), the rest checked fully
                int c0 = buf[i] & 0xFF;
                if (c0 >= 0xC2 && c0 <= 0xDF && i + 1 < limit && (buf[i + 1] & 0xC0) == 0x80) {
                    i += 2;
                } else if (c0 >= 0xE1 && c0 <= 0xEC && i + 2 < limit && (buf[i + 1] & 0xC0) == 0x80
                        && (buf[i + 2] & 0xC0) == 0x80) {
                    i += 3;
                } else {
                    i = multiByte(i, limit);
                }
                continue;
            }
            if (cls == 3) {
                p = i;
                throw malformedAt("control character");
            }
            int c = buf[i];
            if (c == ']') {
                if (i + 2 < limit && buf[i + 1] == ']' && buf[i + 2] == '>') {
                    p = i;
                    throw malformedAt("']]>' in text");
                }
                i++;
                continue;
            }
            flushText(s, i);
            if (c == '&') {
                sb.setLength(0);
                i = reference(i, limit, sb);
                emitChars(sb);
            } else if (c == '>') {
                one[0] = '>';
                emitChars(one, 1);
                i++;
            } else {
                // CR: CRLF becomes LF (the LF starts the next run), a lone CR becomes LF
                i++;
                if (depth > 0 && !(i < limit && buf[i] == '\n')) {
                    one[0] = '\n';
                    emitChars(one, 1);
                }
            }
            s = i;
        }
        p = i;
        if (i > s && depth > 0 && i + 1 < limit && buf[i + 1] == '/' && h.textIsRaw()) {
            // canonical text right before an end tag: handed on with the end tag's raw bytes (see endTag)
            deferredText = s;
            return;
        }
        flushText(s, i);
    }

    private void flushText(int s, int e) {
        if (e <= s) {
            return;
        }
        if (depth == 0) {
            for (int i = s; i < e; i++) {
                if (!isWs(b[i])) {
                    throw malformed("text outside the root element at byte " + i);
                }
            }
            return;
        }
        h.textUtf8(b, s, e - s);
    }

    private void emitChars(CharSequence cs) {
        if (depth == 0) {
            throw malformedAt("reference outside the root element");
        }
        char[] ch = cs.toString().toCharArray();
        h.characters(ch, 0, ch.length);
    }

    private void emitChars(char[] ch, int n) {
        if (depth == 0) {
            throw malformedAt("text outside the root element");
        }
        h.characters(ch, 0, n);
    }

    // ---- comments, PIs, CDATA

    private void comment() {
        int s = p + 4;
        int i = s;
        while (true) {
            if (i + 2 >= end) {
                throw malformedAt("unterminated comment");
            }
            if (b[i] == '-' && b[i + 1] == '-') {
                if (b[i + 2] != '>') {
                    throw malformedAt("'--' in a comment");
                }
                break;
            }
            i++;
        }
        validateUtf8(s, i);
        char[] ch = normalizeNewlines(new String(b, s, i - s, StandardCharsets.UTF_8)).toCharArray();
        p = i + 3;
        h.comment(ch, 0, ch.length);
    }

    private void pi() {
        p += 2;
        int targetStart = p;
        String target = name();
        // a target is a Name, measured whole (as the JDK parser does)
        checkNameLength(targetStart, p);
        if (target.equalsIgnoreCase("xml") || target.indexOf(':') >= 0) {
            throw malformedAt("bad processing instruction target");
        }
        int close = indexOf('?', '>', p);
        if (close < 0) {
            throw malformedAt("unterminated processing instruction");
        }
        if (close > p && !isWs(b[p])) {
            throw malformedAt("whitespace expected after the PI target");
        }
        skipWs();
        int s = Math.min(p, close);
        validateUtf8(s, close);
        String data = normalizeNewlines(new String(b, s, close - s, StandardCharsets.UTF_8));
        p = close + 2;
        h.processingInstruction(target, data);
    }

    private void cdata() {
        if (depth == 0) {
            throw malformedAt("CDATA outside the root element");
        }
        int s = p + 9;
        int i = s;
        while (true) {
            if (i + 2 >= end) {
                throw malformedAt("unterminated CDATA section");
            }
            if (b[i] == ']' && b[i + 1] == ']' && b[i + 2] == '>') {
                break;
            }
            i++;
        }
        validateUtf8(s, i);
        char[] ch = normalizeNewlines(new String(b, s, i - s, StandardCharsets.UTF_8)).toCharArray();
        p = i + 3;
        if (ch.length > 0) {
            h.characters(ch, 0, ch.length);
        }
    }

    private static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
