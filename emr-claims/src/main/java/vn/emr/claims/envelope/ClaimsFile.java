package vn.emr.claims.envelope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.internal.ClaimsXml;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;

/**
 * A {@code GIAMDINHHS} file read back: facility, creation date, declared count and episodes with their typed tables,
 * plus the raw bytes (for verifying the facility signature with {@code XmlVerifier} and the {@code CHUKYDONVI}
 * profile). Reading is tolerant where real files are (a byte-order mark, no declaration, namespace declarations or
 * none, line breaks and spaces inside base64, CDATA) and refuses with a located, coded error what breaks the
 * structure (malformed XML or a DOCTYPE, bad base64, an unknown {@code LOAIHOSO}, an inner document that is not the
 * table its {@code LOAIHOSO} names); never a partial result. Field values are kept as written: the claims checks
 * report what breaks the rules. Immutable.
 */
public final class ClaimsFile {

    private final String facilityCode;
    private final LocalDate createdOn;
    private final int declaredEpisodeCount;
    private final List<ClaimEpisode> episodes;
    private final byte[] raw;

    private ClaimsFile(String facilityCode, LocalDate createdOn, int declaredEpisodeCount, List<ClaimEpisode> episodes,
            byte[] raw) {
        this.facilityCode = facilityCode;
        this.createdOn = createdOn;
        this.declaredEpisodeCount = declaredEpisodeCount;
        this.episodes = List.copyOf(episodes);
        this.raw = raw;
    }

    /** The facility code ({@code MACSKCB}) as written. */
    public String facilityCode() {
        return facilityCode;
    }

    /** The creation date ({@code NGAYLAP}). */
    public LocalDate createdOn() {
        return createdOn;
    }

    /** {@code SOLUONGHOSO} as written (the claims checks compare it with {@link #episodes()}). */
    public int declaredEpisodeCount() {
        return declaredEpisodeCount;
    }

    /** The episodes, in file order. */
    public List<ClaimEpisode> episodes() {
        return episodes;
    }

    /** The exact bytes read, for signature verification. */
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public String toString() {
        return "ClaimsFile[episodes=" + episodes.size() + "]";
    }

    /**
     * Reads a {@code GIAMDINHHS} file.
     *
     * @throws EmrException {@link ClaimsError#ENVELOPE_MALFORMED}, {@link ClaimsError#ENVELOPE_STRUCTURE},
     *     {@link ClaimsError#ENVELOPE_DATE}, {@link ClaimsError#FILE_TYPE_UNKNOWN}, {@link ClaimsError#FILE_BASE64},
     *     {@link ClaimsError#FILE_TABLE_MISMATCH}, {@link ClaimsError#EPISODE_TABLE_REPEATED}, or a table document's
     *     code, each with the path of the {@code FILEHOSO} (for example {@code HOSO[2]/FILEHOSO[3]})
     */
    public static ClaimsFile read(byte[] xml) {
        byte[] copy = xml.clone();
        XMLStreamReader r = ClaimsXml.open(copy, ClaimsError.ENVELOPE_MALFORMED);
        try {
            return new Pass(r).file(copy);
        } catch (XMLStreamException e) {
            throw ClaimsXml.malformed(e, ClaimsError.ENVELOPE_MALFORMED);
        } finally {
            ClaimsXml.close(r);
        }
    }

    /** One pass over the envelope, element by element in the official order. */
    private static final class Pass {
        private final XMLStreamReader r;

        Pass(XMLStreamReader r) {
            this.r = r;
        }

        ClaimsFile file(byte[] raw) throws XMLStreamException {
            expectStart("GIAMDINHHS", "");
            expectStart("THONGTINDONVI", "GIAMDINHHS");
            String facility = leaf("MACSKCB", "THONGTINDONVI");
            expectEnd("THONGTINDONVI");
            expectStart("THONGTINHOSO", "GIAMDINHHS");
            String date = leaf("NGAYLAP", "THONGTINHOSO");
            LocalDate createdOn;
            try {
                createdOn = LocalDate.parse(date, FieldRules.DATE);
            } catch (DateTimeParseException e) {
                throw new EmrException(ClaimsError.ENVELOPE_DATE, "NGAYLAP");
            }
            String count = leaf("SOLUONGHOSO", "THONGTINHOSO");
            int declared;
            try {
                declared = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, "SOLUONGHOSO", "SOLUONGHOSO");
            }
            expectStart("DANHSACHHOSO", "THONGTINHOSO");
            List<ClaimEpisode> episodes = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                expectName("HOSO", "DANHSACHHOSO");
                episodes.add(episode(episodes.size() + 1));
            }
            expectEnd("THONGTINHOSO");
            int e = nextTag();
            if (e == XMLStreamConstants.START_ELEMENT) {
                expectName("CHUKYDONVI", "GIAMDINHHS");
                skip();
                e = nextTag();
            }
            if (e != XMLStreamConstants.END_ELEMENT) {
                throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, "GIAMDINHHS", "GIAMDINHHS");
            }
            while (r.hasNext()) {
                int t = next();
                if (t == XMLStreamConstants.START_ELEMENT || t == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                    throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, "", "GIAMDINHHS");
                }
            }
            return new ClaimsFile(facility, createdOn, declared, episodes, raw);
        }

        private ClaimEpisode episode(int ordinal) throws XMLStreamException {
            Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
            int file = 0;
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                file++;
                String path = "HOSO[" + ordinal + "]/FILEHOSO[" + file + "]";
                expectName("FILEHOSO", path);
                String type = leaf("LOAIHOSO", path);
                ClaimsTable table = ClaimsTable.byLoaiHoSo(type).filter(t -> t != ClaimsTable.XML0)
                        .orElseThrow(() -> new EmrException(ClaimsError.FILE_TYPE_UNKNOWN, path + "/LOAIHOSO"));
                String content = leaf("NOIDUNGFILE", path);
                expectEnd("FILEHOSO");
                byte[] inner = base64(content, path);
                List<TableRecord> records;
                try {
                    records = TableDocument.read(table, inner);
                } catch (EmrException ex) {
                    if (ex.code() == ClaimsError.TABLE_ROOT) {
                        throw new EmrException(ClaimsError.FILE_TABLE_MISMATCH, path, table.name());
                    }
                    throw new EmrException(ex.issues().stream()
                            .map(i -> vn.emr.core.validation.Issue.error(
                                    i.path().isEmpty() ? path : path + "/" + i.path(), i.code(),
                                    i.args().toArray()))
                            .toList());
                }
                if (tables.put(table, records) != null) {
                    throw new EmrException(ClaimsError.EPISODE_TABLE_REPEATED, path, table.name());
                }
            }
            return ClaimEpisode.read(tables);
        }

        /** Standard base64 once ASCII whitespace (line breaks, spaces) is removed; nothing else is forgiven. */
        private static byte[] base64(String content, String path) {
            if (!hasWhitespace(content)) {
                try {
                    return Base64.getDecoder().decode(content);
                } catch (IllegalArgumentException e) {
                    throw new EmrException(ClaimsError.FILE_BASE64, path + "/NOIDUNGFILE");
                }
            }
            StringBuilder b = new StringBuilder(content.length());
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    b.append(c);
                }
            }
            try {
                return Base64.getDecoder().decode(b.toString());
            } catch (IllegalArgumentException e) {
                throw new EmrException(ClaimsError.FILE_BASE64, path + "/NOIDUNGFILE");
            }
        }

        private static boolean hasWhitespace(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }

        private int next() {
            return ClaimsXml.next(r, ClaimsError.ENVELOPE_MALFORMED);
        }

        private int nextTag() throws XMLStreamException {
            while (true) {
                int e = next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return e;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!r.isWhiteSpace()) {
                            throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, "", "elements");
                        }
                    }
                    case XMLStreamConstants.START_DOCUMENT, XMLStreamConstants.COMMENT,
                            XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        // ignored
                    }
                    default -> throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, "", "elements");
                }
            }
        }

        private void expectStart(String name, String parent) throws XMLStreamException {
            if (nextTag() != XMLStreamConstants.START_ELEMENT) {
                throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, parent, name);
            }
            expectName(name, parent);
        }

        private void expectName(String name, String parent) {
            if (!name.equals(r.getLocalName()) || ClaimsXml.hasNamespace(r)) {
                throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, parent, name);
            }
        }

        private void expectEnd(String name) throws XMLStreamException {
            if (nextTag() != XMLStreamConstants.END_ELEMENT) {
                throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, name, "</" + name + ">");
            }
        }

        /** The text of a leaf element (CDATA included), then past its end tag. */
        private String leaf(String name, String parent) throws XMLStreamException {
            expectStart(name, parent);
            StringBuilder b = new StringBuilder();
            while (true) {
                int e = next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return b.toString().strip();
                    }
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        // not part of the value
                    }
                    default -> throw new EmrException(ClaimsError.ENVELOPE_STRUCTURE, parent + "/" + name, name);
                }
            }
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int e = next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }
}
