package vn.emr.core.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.i18n.Localizable;
import vn.emr.core.internal.XmlProlog;
import vn.emr.core.io.LimitedInput;

/**
 * Writes and reads the {@link HoSoBenhAn} exchange document of official letter 365/TTYQG-GPQLCL in its two forms,
 * XML and JSON (the letter asks for both; {@code docs/cv365.md}).
 *
 * <p><b>JSON</b>: {@code {"HoSoBenhAn":{...}}}, every scalar a string (empty values as {@code ""}), lists as arrays.
 * <b>XML</b>: root {@code <HoSoBenhAn>}, one element per field, a list as its element repeated once per item (the
 * reading of the appendix's example by the public exporter the skeleton follows); an empty list writes nothing.
 * Both are UTF-8 and written in the appendix's field order, every field present.
 *
 * <p><b>Signing form</b> ({@link #writeSignableXml}): 365/TTYQG defines no signature field, so a signed export is
 * the SDK's envelope {@code <HoSoBenhAnKySo><HoSoBenhAn Id="HoSoBenhAn">...</HoSoBenhAn><ChuKy/></HoSoBenhAnKySo>}:
 * the signatures go in {@code ChuKy} and sign {@code #HoSoBenhAn}, whose content is the plain document's.
 * {@link #readXml} takes either form.
 *
 * <p><b>Reading is strict and all-or-nothing</b>: a DOCTYPE, an entity reference, a namespace or attribute (but the
 * envelope's {@code Id}), a field the appendix does not list, a field given twice, a value of the wrong shape (a
 * number or {@code null} where JSON needs a string), malformed syntax, input that is not UTF-8 (or JSON with a
 * byte-order mark), trailing content and input over {@link #DEFAULT_MAX_BYTES} are refused with a coded
 * {@link EmrException} (never a partial result); then every value is checked as {@link HoSoBenhAn#of} does. Absent
 * fields read as empty. Thread-safe.
 */
public final class Cv365Codec {

    /** Largest document read by default: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** Root of the signing envelope. */
    public static final String SIGNED_ROOT = "HoSoBenhAnKySo";

    /** Id of the signed {@code HoSoBenhAn} element in the envelope (references are {@code URI="#HoSoBenhAn"}). */
    public static final String SIGNED_ID = "HoSoBenhAn";

    /** Absolute path of the signed element in the envelope. */
    public static final String SIGNED_ELEMENT = "/" + SIGNED_ROOT + "/HoSoBenhAn";

    /** Absolute path of the element that receives the signatures in the envelope. */
    public static final String SIGNATURE_CONTAINER = "/" + SIGNED_ROOT + "/ChuKy";

    private static final String ROOT = "HoSoBenhAn";
    private static final String SIGNATURES = "ChuKy";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(40)
                    .maxNameLength(1_000)
                    .maxDocumentLength(DEFAULT_MAX_BYTES)
                    .build())
            .build();

    private static final XMLInputFactory XML = xmlFactory();

    private Cv365Codec() {
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused");
        });
        return f;
    }

    // ------------------------------------------------------------------ writing

    /** The document as UTF-8 JSON {@code {"HoSoBenhAn":{...}}}. */
    public static byte[] writeJson(HoSoBenhAn document) {
        Objects.requireNonNull(document, "document");
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName(ROOT);
            writeJson(g, document.root(), Schema.ROOT);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeJson(JsonGenerator g, Cv365Section s, Schema.Group group) throws IOException {
        g.writeStartObject();
        for (Schema.Node node : group.children().values()) {
            g.writeFieldName(node.name());
            if (node instanceof Schema.Field) {
                g.writeString(s.text(node.name()));
            } else if (node instanceof Schema.Group sub) {
                writeJson(g, s.section(sub.name()).orElse(Cv365Section.empty()), sub);
            } else {
                Schema.Items items = (Schema.Items) node;
                g.writeStartArray();
                for (Cv365Section item : s.list(items.name())) {
                    writeJson(g, item, items.item());
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    /** The document as UTF-8 XML with a declaration, root {@code <HoSoBenhAn>}. */
    public static byte[] writeXml(HoSoBenhAn document) {
        Objects.requireNonNull(document, "document");
        Utf8Out out = new Utf8Out();
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").raw(ROOT).raw(">");
        writeXmlContent(out, document.root(), Schema.ROOT);
        out.raw("</").raw(ROOT).raw(">\n");
        return out.toArray();
    }

    /**
     * The document in the signing envelope (see the class description), with an empty {@code <ChuKy></ChuKy>} for
     * the signatures; sign it enveloped with reference {@code #}{@value #SIGNED_ID} and container
     * {@value #SIGNATURE_CONTAINER}.
     */
    public static byte[] writeSignableXml(HoSoBenhAn document) {
        Objects.requireNonNull(document, "document");
        Utf8Out out = new Utf8Out();
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").raw(SIGNED_ROOT).raw("><").raw(ROOT)
                .raw(" Id=\"").raw(SIGNED_ID).raw("\">");
        writeXmlContent(out, document.root(), Schema.ROOT);
        out.raw("</").raw(ROOT).raw("><").raw(SIGNATURES).raw("></").raw(SIGNATURES)
                .raw("></").raw(SIGNED_ROOT).raw(">\n");
        return out.toArray();
    }

    private static void writeXmlContent(Utf8Out out, Cv365Section s, Schema.Group group) {
        for (Schema.Node node : group.children().values()) {
            String name = node.name();
            Tags t = TAGS.get(name);
            if (node instanceof Schema.Field) {
                String v = s.text(name);
                if (v.isEmpty()) {
                    out.bytes(t.empty);
                } else {
                    out.bytes(t.open).escaped(v).bytes(t.close);
                }
            } else if (node instanceof Schema.Group sub) {
                out.bytes(t.open);
                writeXmlContent(out, s.section(name).orElse(Cv365Section.empty()), sub);
                out.bytes(t.close);
            } else {
                Schema.Items items = (Schema.Items) node;
                for (Cv365Section item : s.list(name)) {
                    out.bytes(t.open);
                    writeXmlContent(out, item, items.item());
                    out.bytes(t.close);
                }
            }
        }
    }

    /** The UTF-8 tags of every name of the schema, made once. */
    private static final java.util.Map<String, Tags> TAGS = tags();

    private record Tags(byte[] open, byte[] close, byte[] empty) {
    }

    private static java.util.Map<String, Tags> tags() {
        java.util.Map<String, Tags> all = new java.util.HashMap<>();
        tags(Schema.ROOT, all);
        return java.util.Map.copyOf(all);
    }

    private static void tags(Schema.Group group, java.util.Map<String, Tags> all) {
        for (Schema.Node node : group.children().values()) {
            String n = node.name();
            all.computeIfAbsent(n, k -> new Tags(("<" + k + ">").getBytes(StandardCharsets.UTF_8),
                    ("</" + k + ">").getBytes(StandardCharsets.UTF_8), ("<" + k + "/>").getBytes(StandardCharsets.UTF_8)));
            if (node instanceof Schema.Group sub) {
                tags(sub, all);
            } else if (node instanceof Schema.Items items && items.item() != null) {
                tags(items.item(), all);
            }
        }
    }

    /**
     * The XML encoded to UTF-8 as it is written (not built as a String and encoded again): the same bytes as
     * {@code String.getBytes(UTF_8)} of the text, a lone surrogate included (written {@code ?}, though the document's
     * checks never let one through). Text content is escaped: {@code & < >}, and CR as a reference, since parsers turn
     * a literal CR into LF.
     */
    private static final class Utf8Out {
        private byte[] buf = new byte[16384];
        private int n;

        Utf8Out raw(String s) {
            return write(s, false);
        }

        Utf8Out escaped(String s) {
            return write(s, true);
        }

        private Utf8Out write(String s, boolean escape) {
            int len = s.length();
            int start = 0;
            if (buf.length - n >= len) {
                // most texts are ASCII with nothing to escape: copied as they are until the first other character
                int i = 0;
                byte[] b = buf;
                int at = n;
                for (; i < len; i++) {
                    char c = s.charAt(i);
                    if (c >= 0x80 || escape && (c == '&' || c == '<' || c == '>' || c == '\r')) {
                        break;
                    }
                    b[at++] = (byte) c;
                }
                n = at;
                if (i == len) {
                    return this;
                }
                start = i;
            }
            if (buf.length - n < (len - start) * 5) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + (len - start) * 5));
            }
            byte[] b = buf;
            int at = n;
            for (int i = start; i < len; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (escape && (c == '&' || c == '<' || c == '>' || c == '\r')) {
                        String ref = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&#13;";
                        for (int k = 0; k < ref.length(); k++) {
                            b[at++] = (byte) ref.charAt(k);
                        }
                    } else {
                        b[at++] = (byte) c;
                    }
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    b[at++] = '?';
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            n = at;
            return this;
        }

        Utf8Out bytes(byte[] b) {
            if (buf.length - n < b.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + b.length));
            }
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
            return this;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, n);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Reads the document from UTF-8 JSON. */
    public static HoSoBenhAn readJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        checkSize(json.length, DEFAULT_MAX_BYTES);
        if (json.length == 0) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        checkUtf8(json, false);
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "", Check.OBJECT);
            if (p.nextToken() != JsonToken.FIELD_NAME || !ROOT.equals(p.currentName())) {
                throw new EmrException(CoreError.CV365_ROOT, "", "{\"HoSoBenhAn\": {...}}");
            }
            p.nextToken();
            Cv365Section root = readJsonGroup(p, Schema.ROOT, "");
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw new EmrException(CoreError.CV365_ROOT, "", "{\"HoSoBenhAn\": {...}}");
            }
            if (p.nextToken() != null) {
                throw new EmrException(CoreError.CV365_MALFORMED, "", where(p));
            }
            return HoSoBenhAn.of(root);
        } catch (StreamConstraintsException e) {
            throw new EmrException(CoreError.CV365_LIMIT, "", Localizable.of("giới hạn của trình đọc JSON",
                    "a JSON reader limit"));
        } catch (JsonParseException e) {
            throw new EmrException(CoreError.CV365_MALFORMED, "", where(e.getProcessor()));
        } catch (IOException e) {
            throw new EmrException(CoreError.CV365_MALFORMED, "", Localizable.of("không rõ vị trí",
                    "position unknown"));
        }
    }

    private static Localizable where(JsonParser p) {
        if (p == null || p.currentLocation() == null) {
            return Localizable.of("không rõ vị trí", "position unknown");
        }
        long line = p.currentLocation().getLineNr();
        long col = p.currentLocation().getColumnNr();
        return Localizable.of("dòng " + line + ", cột " + col, "line " + line + ", column " + col);
    }

    private static void expect(boolean ok, String path, Localizable shape) {
        if (!ok) {
            throw new EmrException(CoreError.CV365_WRONG_SHAPE, path, shape);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Cv365Section readJsonGroup(JsonParser p, Schema.Group group, String path) throws IOException {
        expect(p.currentToken() == JsonToken.START_OBJECT, path, Check.OBJECT);
        Cv365Section.Builder b = Cv365Section.builder();
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String fieldPath = join(path, Check.Names.shown(name));
            Schema.Node node = group.child(name);
            if (node == null) {
                throw new EmrException(CoreError.CV365_UNKNOWN_FIELD, fieldPath);
            }
            if (!seen.add(name)) {
                throw new EmrException(CoreError.CV365_DUPLICATE_FIELD, fieldPath);
            }
            JsonToken t = p.nextToken();
            if (node instanceof Schema.Field) {
                expect(t == JsonToken.VALUE_STRING, fieldPath, Check.TEXT);
                b.text(name, p.getText());
            } else if (node instanceof Schema.Group sub) {
                b.section(name, readJsonGroup(p, sub, fieldPath));
            } else {
                Schema.Items items = (Schema.Items) node;
                expect(t == JsonToken.START_ARRAY, fieldPath, Check.LIST);
                List<Cv365Section> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String itemPath = fieldPath + "[" + list.size() + "]";
                    if (items.item() == null) {
                        throw new EmrException(CoreError.CV365_UNKNOWN_ITEMS, fieldPath);
                    }
                    list.add(readJsonGroup(p, items.item(), itemPath));
                }
                b.list(name, list);
            }
        }
        return b.build();
    }

    /** Reads the document from UTF-8 XML, plain ({@code <HoSoBenhAn>}) or in the signing envelope. */
    public static HoSoBenhAn readXml(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        checkSize(xml.length, DEFAULT_MAX_BYTES);
        if (xml.length == 0) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        checkUtf8(xml, true);
        if (XmlProlog.hasDoctype(xml)) {
            throw new EmrException(CoreError.CV365_DOCTYPE, "");
        }
        XMLStreamReader r;
        try {
            r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        try {
            String encoding = r.getCharacterEncodingScheme();
            if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
                throw new EmrException(CoreError.CV365_ENCODING, "");
            }
            nextElement(r);
            Cv365Section root;
            String top = r.getLocalName();
            noNamespace(r, "");
            if (SIGNED_ROOT.equals(top)) {
                noAttributes(r, SIGNED_ROOT);
                root = readEnvelope(r);
            } else if (ROOT.equals(top)) {
                noAttributes(r, "");
                root = readXmlGroup(r, Schema.ROOT, "");
            } else {
                throw new EmrException(CoreError.CV365_ROOT, "", "<HoSoBenhAn>");
            }
            while (hasNext(r)) {
                int e = next(r);
                if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                    throw new EmrException(CoreError.CV365_MALFORMED, "", where(r));
                }
            }
            return HoSoBenhAn.of(root);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // holds nothing beyond the array
            }
        }
    }

    /** {@code <HoSoBenhAnKySo>}: exactly one {@code <HoSoBenhAn Id="HoSoBenhAn">} then one {@code <ChuKy>}. */
    private static Cv365Section readEnvelope(XMLStreamReader r) {
        Cv365Section root = null;
        boolean signatures = false;
        while (true) {
            int e = next(r);
            if (e == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (e == XMLStreamConstants.CHARACTERS) {
                if (!r.isWhiteSpace()) {
                    throw new EmrException(CoreError.CV365_WRONG_SHAPE, SIGNED_ROOT, Check.OBJECT);
                }
                continue;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            noNamespace(r, SIGNED_ROOT);
            String name = r.getLocalName();
            if (ROOT.equals(name) && root == null && !signatures) {
                String ns = r.getAttributeCount() == 1 ? r.getAttributeNamespace(0) : null;
                if (r.getAttributeCount() != 1 || !"Id".equals(r.getAttributeLocalName(0))
                        || ns != null && !ns.isEmpty() || !SIGNED_ID.equals(r.getAttributeValue(0))) {
                    throw new EmrException(CoreError.CV365_UNKNOWN_FIELD, SIGNED_ROOT + ".HoSoBenhAn@");
                }
                root = readXmlGroup(r, Schema.ROOT, "");
            } else if (SIGNATURES.equals(name) && root != null && !signatures) {
                noAttributes(r, SIGNED_ROOT + "." + SIGNATURES);
                skip(r);
                signatures = true;
            } else {
                throw new EmrException(CoreError.CV365_ROOT, "", "<HoSoBenhAnKySo><HoSoBenhAn/><ChuKy/>");
            }
        }
        if (root == null || !signatures) {
            throw new EmrException(CoreError.CV365_ROOT, "", "<HoSoBenhAnKySo><HoSoBenhAn/><ChuKy/>");
        }
        return root;
    }

    /** Reads the children of the current start element as the group; ends on its end element. */
    private static Cv365Section readXmlGroup(XMLStreamReader r, Schema.Group group, String path) {
        Cv365Section.Builder b = Cv365Section.builder();
        Set<String> seen = new HashSet<>();
        List<String> listNames = new ArrayList<>();
        List<List<Cv365Section>> lists = new ArrayList<>();
        while (true) {
            int e = next(r);
            if (e == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (e == XMLStreamConstants.CHARACTERS) {
                if (!r.isWhiteSpace()) {
                    throw new EmrException(CoreError.CV365_WRONG_SHAPE, path, Check.OBJECT);
                }
                continue;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            String fieldPath = join(path, Check.Names.shown(name));
            noNamespace(r, fieldPath);
            noAttributes(r, fieldPath);
            Schema.Node node = group.child(name);
            if (node == null) {
                throw new EmrException(CoreError.CV365_UNKNOWN_FIELD, fieldPath);
            }
            if (node instanceof Schema.Items items) {
                int at = listNames.indexOf(name);
                if (at < 0) {
                    listNames.add(name);
                    lists.add(new ArrayList<>());
                    at = lists.size() - 1;
                }
                List<Cv365Section> list = lists.get(at);
                String itemPath = fieldPath + "[" + list.size() + "]";
                if (items.item() == null) {
                    if (!emptyElement(r)) {
                        throw new EmrException(CoreError.CV365_UNKNOWN_ITEMS, fieldPath);
                    }
                    continue;
                }
                Cv365Section item = readXmlGroup(r, items.item(), itemPath);
                if (!item.names().isEmpty()) {
                    list.add(item);
                }
                continue;
            }
            if (!seen.add(name)) {
                throw new EmrException(CoreError.CV365_DUPLICATE_FIELD, fieldPath);
            }
            if (node instanceof Schema.Field) {
                b.text(name, readText(r, fieldPath));
            } else {
                b.section(name, readXmlGroup(r, (Schema.Group) node, fieldPath));
            }
        }
        for (int i = 0; i < listNames.size(); i++) {
            b.list(listNames.get(i), lists.get(i));
        }
        return b.build();
    }

    /** Whether the current element has no child element and no text (it is then consumed). */
    private static boolean emptyElement(XMLStreamReader r) {
        while (true) {
            int e = next(r);
            if (e == XMLStreamConstants.END_ELEMENT) {
                return true;
            }
            if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                return false;
            }
        }
    }

    private static String readText(XMLStreamReader r, String path) {
        StringBuilder sb = null;
        String single = "";
        while (true) {
            int e = next(r);
            if (e == XMLStreamConstants.END_ELEMENT) {
                return sb == null ? single : sb.toString();
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                throw new EmrException(CoreError.CV365_WRONG_SHAPE, path, Check.TEXT);
            }
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                String t = r.getText();
                if (single.isEmpty() && sb == null) {
                    single = t;
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(single);
                    }
                    sb.append(t);
                }
            }
        }
    }

    /** Skips the current element's content, whatever it is (the signatures, which the verifier reads). */
    private static void skip(XMLStreamReader r) {
        int depth = 1;
        while (depth > 0) {
            int e = next(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void nextElement(XMLStreamReader r) {
        while (true) {
            int e = next(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw new EmrException(CoreError.CV365_MALFORMED, "", where(r));
            }
        }
    }

    private static boolean hasNext(XMLStreamReader r) {
        try {
            return r.hasNext();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static int next(XMLStreamReader r) {
        try {
            if (!r.hasNext()) {
                throw new EmrException(CoreError.CV365_MALFORMED, "", Localizable.of("hết tài liệu",
                        "end of document"));
            }
            int e = r.next();
            if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new EmrException(CoreError.CV365_DOCTYPE, "");
            }
            return e;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static void noNamespace(XMLStreamReader r, String path) {
        String uri = r.getNamespaceURI();
        if (uri != null && !uri.isEmpty() || r.getNamespaceCount() > 0) {
            throw new EmrException(CoreError.CV365_NAMESPACE, path);
        }
    }

    private static void noAttributes(XMLStreamReader r, String path) {
        if (r.getAttributeCount() > 0) {
            throw new EmrException(CoreError.CV365_UNKNOWN_FIELD, path + "@" + Check.Names.shown(
                    r.getAttributeLocalName(0)));
        }
    }

    private static EmrException malformed(XMLStreamException e) {
        if (e.getLocation() == null) {
            return new EmrException(CoreError.CV365_MALFORMED, "", Localizable.of("không rõ vị trí",
                    "position unknown"));
        }
        int line = e.getLocation().getLineNumber();
        int col = e.getLocation().getColumnNumber();
        return new EmrException(CoreError.CV365_MALFORMED, "", Localizable.of("dòng " + line + ", cột " + col,
                "line " + line + ", column " + col));
    }

    private static Localizable where(XMLStreamReader r) {
        int line = r.getLocation().getLineNumber();
        int col = r.getLocation().getColumnNumber();
        return Localizable.of("dòng " + line + ", cột " + col, "line " + line + ", column " + col);
    }

    // ------------------------------------------------------------------ both

    /**
     * Reads a document in either form, told apart by its first non-blank byte ({@code <} XML, {@code {} JSON).
     */
    public static HoSoBenhAn read(byte[] document) {
        Objects.requireNonNull(document, "document");
        int i = 0;
        if (document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB
                && (document[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < document.length && (document[i] == ' ' || document[i] == '\n' || document[i] == '\r'
                || document[i] == '\t')) {
            i++;
        }
        return i < document.length && document[i] == '<' ? readXml(document) : readJson(document);
    }

    /**
     * Reads a document in either form from a stream (not closed), refusing more than {@code maxBytes} with
     * {@code EMR-CORE-0020}: reading stops at the limit.
     */
    public static HoSoBenhAn read(InputStream in, long maxBytes) {
        return read(LimitedInput.readAll(in, maxBytes));
    }

    private static void checkSize(long length, long max) {
        if (length > max) {
            throw new EmrException(CoreError.CV365_LIMIT, "", Localizable.of(max + " byte", max + " bytes"));
        }
    }

    /** Strict UTF-8 (no overlong form, no lone surrogate, no NUL); a BOM only where {@code bomAllowed}. */
    private static void checkUtf8(byte[] bytes, boolean bomAllowed) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            if (!bomAllowed) {
                throw new EmrException(CoreError.CV365_ENCODING, "");
            }
            start = 3;
        }
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new EmrException(CoreError.CV365_ENCODING, "");
            }
            if (bytes[i] < 0) {
                ascii = false;
            }
        }
        if (ascii) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
        } catch (CharacterCodingException e) {
            throw new EmrException(CoreError.CV365_ENCODING, "");
        }
    }
}
