package vn.emr.claims.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.internal.ClaimsXml;
import vn.emr.core.EmrException;

/**
 * The XML document of one claims table, as {@code NOIDUNGFILE} carries it: written in UTF-8 with its declaration, every
 * field of every record in official order, an empty element for an absent value, text escaped ({@code &}, {@code <},
 * {@code >} and carriage return as character references, so {@code ]]>} and line breaks survive; no CDATA is
 * written). Read back tolerantly where real files differ (a byte-order mark, no declaration, {@code xsi}/{@code xsd}
 * namespace declarations, CDATA, whitespace between elements) and strictly where they break the structure.
 *
 * <p>A check-in document (XML0) is written with an empty {@code CHUKYDONVI} after its list, where its signature goes;
 * reading skips that element's content.
 */
public final class TableDocument {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private static final String SIGNATURE_ELEMENT = "CHUKYDONVI";

    private TableDocument() {
    }

    /**
     * The table document of these records.
     *
     * @throws EmrException {@link ClaimsError#TABLE_RECORD_COUNT} for a one-record table given other than one record,
     *     {@link ClaimsError#TABLE_ROOT} for a record of another table
     */
    public static byte[] write(ClaimsTable table, List<TableRecord> records) {
        Objects.requireNonNull(table, "table");
        if (!table.repeated() && records.size() != 1) {
            throw new EmrException(ClaimsError.TABLE_RECORD_COUNT, table.name());
        }
        StringBuilder w = new StringBuilder(512 + 1024 * records.size());
        w.append(DECLARATION).append('\n');
        open(w, table.rootElement());
        table.listElement().ifPresent(l -> open(w, l));
        for (TableRecord r : records) {
            if (r.table() != table) {
                throw new EmrException(ClaimsError.TABLE_ROOT, table.name(), table.name());
            }
            if (table.repeated()) {
                open(w, table.recordElement());
            }
            List<FieldSpec> fields = r.spec().fields();
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i).name();
                open(w, name);
                String v = r.valueAt(i);
                if (v != null) {
                    escape(w, v);
                }
                close(w, name);
            }
            if (table.repeated()) {
                close(w, table.recordElement());
            }
        }
        table.listElement().ifPresent(l -> close(w, l));
        if (table == ClaimsTable.XML0) {
            w.append('<').append(SIGNATURE_ELEMENT).append("/>");
        }
        close(w, table.rootElement());
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void open(StringBuilder w, String name) {
        w.append('<').append(name).append('>');
    }

    private static void close(StringBuilder w, String name) {
        w.append("</").append(name).append('>');
    }

    /** Appends the text with {@code &}, {@code <}, {@code >} and carriage return as references, in runs. */
    private static void escape(StringBuilder w, String v) {
        int run = 0;
        for (int i = 0; i < v.length(); i++) {
            String ref = switch (v.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (ref != null) {
                w.append(v, run, i).append(ref);
                run = i + 1;
            }
        }
        w.append(v, run, v.length());
    }

    /**
     * The records of a table document of the given table.
     *
     * @throws EmrException {@link ClaimsError#TABLE_MALFORMED} (not well-formed, DOCTYPE), {@link ClaimsError#NOT_UTF8}
     *     (another encoding than UTF-8), {@link ClaimsError#TABLE_ROOT}
     *     (another table's root), {@link ClaimsError#TABLE_STRUCTURE}, {@link ClaimsError#FIELD_UNKNOWN},
     *     {@link ClaimsError#FIELD_REPEATED}, {@link ClaimsError#TABLE_RECORD_COUNT}; never a partial result
     */
    public static List<TableRecord> read(ClaimsTable table, byte[] xml) {
        return read(ClaimsProfile.QD4750, table, xml);
    }

    /** The records of a table document of the given table, with the fields of the profile. */
    public static List<TableRecord> read(ClaimsProfile profile, ClaimsTable table, byte[] xml) {
        Objects.requireNonNull(table, "table");
        return new Reader(profile.catalogue().table(table), xml).read();
    }

    /** The table whose root element the document has, read without parsing it all. */
    public static ClaimsTable tableOf(byte[] xml) {
        XMLStreamReader r = open(xml);
        try {
            int event = next(r);
            while (event != XMLStreamConstants.START_ELEMENT) {
                event = next(r);
            }
            String root = r.getLocalName();
            for (ClaimsTable t : ClaimsTable.values()) {
                if (t.rootElement().equals(root) && !hasNamespace(r)) {
                    return t;
                }
            }
            throw new EmrException(ClaimsError.TABLE_ROOT, "", "XML0-XML15");
        } finally {
            closeQuietly(r);
        }
    }

    private static XMLStreamReader open(byte[] xml) {
        return ClaimsXml.open(xml, ClaimsError.TABLE_MALFORMED);
    }

    private static int next(XMLStreamReader r) {
        return ClaimsXml.next(r, ClaimsError.TABLE_MALFORMED);
    }

    private static EmrException malformed(XMLStreamException e) {
        return ClaimsXml.malformed(e, ClaimsError.TABLE_MALFORMED);
    }

    private static boolean hasNamespace(XMLStreamReader r) {
        return ClaimsXml.hasNamespace(r);
    }

    private static void closeQuietly(XMLStreamReader r) {
        ClaimsXml.close(r);
    }

    /** One pass over a table document. */
    private static final class Reader {
        private final TableSpec spec;
        private final ClaimsTable table;
        private final XMLStreamReader r;

        Reader(TableSpec spec, byte[] xml) {
            this.spec = spec;
            this.table = spec.table();
            this.r = open(xml);
        }

        List<TableRecord> read() {
            try {
                startElement(table.rootElement(), true);
                List<TableRecord> records = new ArrayList<>();
                if (table.repeated()) {
                    startElement(table.listElement().orElseThrow(), false);
                    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                        expectName(table.recordElement());
                        records.add(record(records.size() + 1));
                    }
                    if (table == ClaimsTable.XML0 && nextTag() == XMLStreamConstants.START_ELEMENT) {
                        expectName(SIGNATURE_ELEMENT);
                        skipElement();
                        nextTag();
                    }
                } else {
                    records.add(fields(1));
                }
                // now at the root's end tag
                while (r.hasNext()) {
                    int e = next(r);
                    if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.CHARACTERS
                            && !r.isWhiteSpace()) {
                        throw new EmrException(ClaimsError.TABLE_STRUCTURE, table.name(), table.rootElement());
                    }
                }
                if (!table.repeated() && records.size() != 1) {
                    throw new EmrException(ClaimsError.TABLE_RECORD_COUNT, table.name());
                }
                return records;
            } catch (XMLStreamException e) {
                throw malformed(e);
            } finally {
                closeQuietly(r);
            }
        }

        private TableRecord record(int ordinal) throws XMLStreamException {
            return fields(ordinal);
        }

        /** Reads field elements until the end tag of the current element (the record, or a one-record root). */
        private TableRecord fields(int ordinal) throws XMLStreamException {
            String[] values = new String[spec.fields().size()];
            boolean[] seen = new boolean[values.length];
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (hasNamespace(r)) {
                    throw structure(ordinal);
                }
                String name = r.getLocalName();
                int i = indexOf(name);
                if (i < 0) {
                    throw new EmrException(ClaimsError.FIELD_UNKNOWN, path(ordinal, "?"));
                }
                if (seen[i]) {
                    throw new EmrException(ClaimsError.FIELD_REPEATED, path(ordinal, name));
                }
                seen[i] = true;
                String text = text(ordinal);
                values[i] = text.isEmpty() ? null : text;
            }
            return TableRecord.unchecked(spec, values);
        }

        private String text(int ordinal) throws XMLStreamException {
            StringBuilder b = new StringBuilder();
            while (true) {
                int e = next(r);
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return b.toString();
                    }
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        // not part of the value
                    }
                    default -> throw structure(ordinal);
                }
            }
        }

        private int indexOf(String name) {
            List<FieldSpec> fields = spec.fields();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private String path(int ordinal, String field) {
            return table.repeated() ? table.name() + "/" + ordinal + "/" + field : table.name() + "/" + field;
        }

        private EmrException structure(int ordinal) {
            return new EmrException(ClaimsError.TABLE_STRUCTURE, table.repeated() ? table.name() + "/" + ordinal
                    : table.name(), table.recordElement());
        }

        /** The next start or end tag, skipping whitespace, comments and processing instructions. */
        private int nextTag() throws XMLStreamException {
            while (true) {
                int e = next(r);
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return e;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!r.isWhiteSpace()) {
                            throw new EmrException(ClaimsError.TABLE_STRUCTURE, table.name(),
                                    table.recordElement());
                        }
                    }
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        // ignored
                    }
                    default -> throw new EmrException(ClaimsError.TABLE_STRUCTURE, table.name(),
                            table.recordElement());
                }
            }
        }

        private void startElement(String name, boolean root) throws XMLStreamException {
            int e = root ? firstElement() : nextTag();
            if (e != XMLStreamConstants.START_ELEMENT) {
                throw new EmrException(ClaimsError.TABLE_STRUCTURE, table.name(), name);
            }
            if (root && (!name.equals(r.getLocalName()) || hasNamespace(r))) {
                throw new EmrException(ClaimsError.TABLE_ROOT, "", table.name());
            }
            expectName(name);
        }

        private int firstElement() {
            int e = next(r);
            while (e != XMLStreamConstants.START_ELEMENT) {
                e = next(r);
            }
            return e;
        }

        private void expectName(String name) {
            if (!name.equals(r.getLocalName()) || hasNamespace(r)) {
                throw new EmrException(ClaimsError.TABLE_STRUCTURE, table.name(), name);
            }
        }

        private void skipElement() throws XMLStreamException {
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
    }
}
