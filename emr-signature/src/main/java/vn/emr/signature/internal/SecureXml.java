package vn.emr.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

/**
 * The one place where this module parses XML: the JDK's own SAX parser (Xerces), hardened. DOCTYPE is refused
 * outright (so no internal or external entity, no entity expansion), external DTDs and schemas are never loaded, there
 * is no XInclude, secure processing is on, and an entity resolver that refuses everything backs this up. Nothing is
 * ever fetched from a URI.
 *
 * <p>Both parsing paths accept one language: XML 1.0 only (a document declaring XML 1.1 is refused before the JDK
 * parser reads it, since that parser would turn NEL and U+2028 into line feeds), the names of {@link XmlNames}, and
 * the limits of {@link XmlLimits} (the JDK parser is set to them, and its events are checked for what it allows
 * beyond: names like {@code :a}, colons in processing-instruction targets). Messages show document names only
 * through {@link Shown}.
 *
 * <p>Readers are expensive to create, so each thread keeps one.
 */
public final class SecureXml {

    private static final SAXParserFactory FACTORY = newFactory();
    private static final ThreadLocal<XMLReader> READERS = new ThreadLocal<>();

    private SecureXml() {
    }

    private static SAXParserFactory newFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK SAX parser cannot be hardened", e);
        }
    }

    private static XMLReader reader() {
        XMLReader r = READERS.get();
        if (r == null) {
            try {
                r = FACTORY.newSAXParser().getXMLReader();
                r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                r.setProperty("jdk.xml.elementAttributeLimit", String.valueOf(XmlLimits.MAX_ATTRIBUTES));
                r.setProperty("jdk.xml.maxXMLNameLimit", String.valueOf(XmlLimits.MAX_NAME_PART_LENGTH));
                // parser messages in one language whatever the JVM's locale: classify() compares one of them
                r.setProperty("http://apache.org/xml/properties/locale", java.util.Locale.ROOT);
                r.setEntityResolver(REFUSE);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("the JDK SAX parser cannot be hardened", e);
            }
            READERS.set(r);
        }
        return r;
    }

    private static final EntityResolver REFUSE = (publicId, systemId) -> {
        throw new SAXException("external entity refused");
    };

    /** Which parsers a document may go through; a value of the verifier or signer, never global state. */
    public enum Parsers {
        /** In-memory UTF-8 documents through the strict fast tokenizer, everything else through the JDK parser. */
        FAST_THEN_JDK,
        /** The hardened JDK parser only (for differential tests and for callers who want one parser). */
        JDK_ONLY;

        /**
         * The default: {@link #FAST_THEN_JDK}, or {@link #JDK_ONLY} when the system property
         * {@code emr.signature.jdkParserOnly} is {@code true} when the verifier or signer is created.
         */
        public static Parsers byDefault() {
            return Boolean.getBoolean("emr.signature.jdkParserOnly") ? JDK_ONLY : FAST_THEN_JDK;
        }
    }

    /**
     * Parses the document into the scanner: with {@link Parsers#FAST_THEN_JDK}, in-memory UTF-8 documents through
     * the strict fast tokenizer; anything else (files, streams, other encodings) through the hardened JDK parser.
     */
    public static void parse(XmlSource source, DocumentScanner scanner, Parsers parsers) {
        byte[] bytes = source.inMemory();
        if (bytes != null && parsers == Parsers.FAST_THEN_JDK) {
            try {
                Utf8XmlTokenizer.parse(bytes, scanner);
                return;
            } catch (Utf8XmlTokenizer.Decline declined) {
                // before any event: fall through to the JDK parser
            }
        }
        try (InputStream in = source.open()) {
            parse(in, scanner);
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_READ, "", ioReason(e));
        }
    }

    /**
     * Parses the stream with the handler (which also receives comments, as a lexical handler).
     *
     * @throws EmrException {@link SignatureError#DOCTYPE_REFUSED}, {@link SignatureError#MALFORMED_XML},
     *     {@link SignatureError#XML_VERSION_UNSUPPORTED}, {@link SignatureError#TOO_MANY_ATTRIBUTES},
     *     {@link SignatureError#NAME_TOO_LONG} or {@link SignatureError#IO_READ}; an {@link EmrException} thrown by the
     *     handler passes through
     */
    public static void parse(InputStream in, DefaultHandler2 handler) {
        XMLReader r = reader();
        Checked checked = new Checked(handler);
        r.setContentHandler(checked);
        r.setErrorHandler(checked);
        try {
            PushbackInputStream peeked = new PushbackInputStream(in, PEEK);
            byte[] head = peeked.readNBytes(PEEK);
            peeked.unread(head);
            refuseXml11(head);
            r.setProperty("http://xml.org/sax/properties/lexical-handler", checked);
            InputSource source = new InputSource(peeked);
            r.parse(source);
        } catch (HandlerAbort e) {
            throw e.exception;
        } catch (SAXParseException e) {
            throw classify(e);
        } catch (SAXException e) {
            if (e.getCause() instanceof EmrException ee) {
                throw ee;
            }
            throw new EmrException(SignatureError.MALFORMED_XML, "", safe(e.getMessage()));
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_READ, "", ioReason(e));
        } finally {
            // do not keep the handler (and the document it may hold) reachable from the thread
            r.setContentHandler(null);
            r.setErrorHandler(null);
            try {
                r.setProperty("http://xml.org/sax/properties/lexical-handler", null);
            } catch (SAXException ignored) {
                READERS.remove();
            }
        }
    }

    /** Xerces's message for a DOCTYPE under {@code disallow-doctype-decl}, in the pinned locale. */
    private static final String DOCTYPE_DISALLOWED = "DOCTYPE is disallowed when the feature "
            + "\"http://apache.org/xml/features/disallow-doctype-decl\" set to true.";

    private static EmrException classify(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        // the whole message, not a word in it: other messages quote document text, which may say "DOCTYPE"
        if (m.equals(DOCTYPE_DISALLOWED)) {
            return new EmrException(SignatureError.DOCTYPE_REFUSED, "");
        }
        // the JDK's own limits, set to ours (XmlLimits): the same codes as the fast tokenizer gives
        if (m.startsWith("JAXP00010002")) {
            return new EmrException(SignatureError.TOO_MANY_ATTRIBUTES, "", XmlLimits.MAX_ATTRIBUTES);
        }
        if (m.startsWith("JAXP00010005")) {
            return new EmrException(SignatureError.NAME_TOO_LONG, "", XmlLimits.MAX_NAME_PART_LENGTH);
        }
        return new EmrException(SignatureError.MALFORMED_XML, "",
                "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + safe(m));
    }

    /** Why a read failed, in words (a message never names a Java class or repeats a path). */
    static String ioReason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof java.io.CharConversionException) {
            return "bytes not in the declared encoding";
        }
        return "read error";
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** Parser messages quote document names: each quoted part through {@link Shown}, and the whole kept short. */
    static String safe(String message) {
        if (message == null) {
            return "";
        }
        Matcher q = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            q.appendReplacement(out, Matcher.quoteReplacement("\"" + Shown.of(q.group(1)) + "\""));
        }
        q.appendTail(out);
        return out.length() > 240 ? Shown.of(out) : out.toString();
    }

    /** How many leading bytes are read to find the XML declaration before the JDK parser sees the stream. */
    static final int PEEK = 4096;

    /**
     * Refuses a document whose leading bytes hold an XML declaration of version 1.1 (UTF-8, or UTF-16 with or without
     * a byte order mark; any other encoding is caught by {@link Checked} at the first event).
     */
    static void refuseXml11(byte[] head) {
        int n = head.length;
        Charset cs = StandardCharsets.ISO_8859_1;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && head[0] == 0 && head[1] == '<') {
            cs = StandardCharsets.UTF_16BE;
        } else if (n >= 2 && head[0] == '<' && head[1] == 0) {
            cs = StandardCharsets.UTF_16LE;
        }
        String text = new String(head, skip, n - skip, cs);
        if (text.startsWith("<?xml") && text.length() > 5 && isS(text.charAt(5))) {
            int close = text.indexOf("?>");
            Declaration d = close < 0 ? null : Declaration.parse(text.substring(0, close + 2));
            if (d != null && d.version().equals("1.1")) {
                throw new EmrException(SignatureError.XML_VERSION_UNSUPPORTED, "");
            }
        }
    }

    /**
     * Whether the fast tokenizer may read these bytes as UTF-8: not when they start with a UTF-16 byte order mark,
     * a NUL in the first two bytes (UTF-16 or UCS-4 without a byte order mark: {@code <\0?\0}, {@code \0<\0?}), or
     * {@code <?xm} in EBCDIC.
     */
    static boolean looksUtf8(byte[] b) {
        if (b.length < 2) {
            return true;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
            return false;
        }
        return !(b.length >= 4 && b0 == 0x4C && b1 == 0x6F && (b[2] & 0xFF) == 0xA7 && (b[3] & 0xFF) == 0x94);
    }

    private static boolean isS(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * An XML declaration ({@code XMLDecl}, XML 1.0 production [23]), read by both paths: version, encoding (or null).
     * White space is only S (space, tab, CR, LF): a vertical tab or form feed makes the text no declaration.
     */
    record Declaration(String version, String encoding) {

        /** The declaration in text, which must be exactly {@code <?xml ... ?>}; null when it is not one. */
        static Declaration parse(String text) {
            Reader r = new Reader(text);
            if (!r.literal("<?xml") || !r.s()) {
                return null;
            }
            if (!r.literal("version") || !r.eq()) {
                return null;
            }
            String version = r.quoted();
            if (version == null || !version.matches("1\\.[0-9]+")) {
                return null;
            }
            String encoding = null;
            boolean space = r.s();
            if (space && r.literal("encoding")) {
                if (!r.eq()) {
                    return null;
                }
                encoding = r.quoted();
                if (encoding == null || !encoding.matches("[A-Za-z][A-Za-z0-9._-]*")) {
                    return null;
                }
                space = r.s();
            }
            if (space && r.literal("standalone")) {
                if (!r.eq()) {
                    return null;
                }
                String sd = r.quoted();
                if (!"yes".equals(sd) && !"no".equals(sd)) {
                    return null;
                }
                r.s();
            }
            return r.literal("?>") && r.atEnd() ? new Declaration(version, encoding) : null;
        }
    }

    /** A cursor over a declaration's text. */
    private static final class Reader {
        private final String t;
        private int i;

        Reader(String t) {
            this.t = t;
        }

        boolean literal(String s) {
            if (t.startsWith(s, i)) {
                i += s.length();
                return true;
            }
            return false;
        }

        /** Skips S; whether there was any. */
        boolean s() {
            int from = i;
            while (i < t.length() && isS(t.charAt(i))) {
                i++;
            }
            return i > from;
        }

        boolean eq() {
            s();
            if (!literal("=")) {
                return false;
            }
            s();
            return true;
        }

        String quoted() {
            if (i >= t.length() || (t.charAt(i) != '"' && t.charAt(i) != '\'')) {
                return null;
            }
            int close = t.indexOf(t.charAt(i), i + 1);
            if (close < 0) {
                return null;
            }
            String v = t.substring(i + 1, close);
            i = close + 1;
            return v;
        }

        boolean atEnd() {
            return i == t.length();
        }
    }

    /**
     * The JDK path's checks on the events, before they reach the handler: what the JDK parser allows beyond the one
     * language (a QName check on every element and attribute name, no colon in processing-instruction targets) and
     * XML 1.1 in encodings {@link #refuseXml11} does not read (at the first event, before anything is delivered).
     */
    private static final class Checked extends DefaultHandler2 {
        private final DefaultHandler2 h;
        private Locator locator;
        private boolean versionChecked;

        Checked(DefaultHandler2 h) {
            this.h = h;
        }

        private void first() {
            if (!versionChecked) {
                versionChecked = true;
                if (locator instanceof Locator2 l && "1.1".equals(l.getXMLVersion())) {
                    throw new EmrException(SignatureError.XML_VERSION_UNSUPPORTED, "");
                }
            }
        }

        private static void qName(String q) {
            if (!XmlNames.isQName(q)) {
                throw new EmrException(SignatureError.MALFORMED_XML, "", "bad qualified name " + Shown.of(q));
            }
        }

        @Override
        public void setDocumentLocator(Locator l) {
            locator = l;
            h.setDocumentLocator(l);
        }

        @Override
        public void startDocument() throws SAXException {
            h.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            first();
            h.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            h.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            h.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String q, Attributes atts) throws SAXException {
            first();
            qName(q);
            int n = atts.getLength();
            if (n > XmlLimits.MAX_ATTRIBUTES) {
                throw new EmrException(SignatureError.TOO_MANY_ATTRIBUTES, "", XmlLimits.MAX_ATTRIBUTES);
            }
            for (int i = 0; i < n; i++) {
                qName(atts.getQName(i));
            }
            h.startElement(uri, localName, q, atts);
        }

        @Override
        public void endElement(String uri, String localName, String q) throws SAXException {
            h.endElement(uri, localName, q);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            first();
            h.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            first();
            h.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            first();
            if (target.indexOf(':') >= 0) {
                throw new EmrException(SignatureError.MALFORMED_XML, "",
                        "bad processing instruction target " + Shown.of(target));
            }
            h.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            h.skippedEntity(name);
        }

        @Override
        public void warning(SAXParseException e) throws SAXException {
            h.warning(e);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            h.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            h.fatalError(e);
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            first();
            h.startDTD(name, publicId, systemId);
        }

        @Override
        public void endDTD() throws SAXException {
            h.endDTD();
        }

        @Override
        public void startEntity(String name) throws SAXException {
            h.startEntity(name);
        }

        @Override
        public void endEntity(String name) throws SAXException {
            h.endEntity(name);
        }

        @Override
        public void startCDATA() throws SAXException {
            first();
            h.startCDATA();
        }

        @Override
        public void endCDATA() throws SAXException {
            h.endCDATA();
        }

        @Override
        public void comment(char[] ch, int start, int length) throws SAXException {
            first();
            h.comment(ch, start, length);
        }
    }

    /** Thrown by handlers to stop the parse with a coded error (unchecked, passes through the SAX parser). */
    public static final class HandlerAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EmrException exception;

        public HandlerAbort(EmrException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }
}
