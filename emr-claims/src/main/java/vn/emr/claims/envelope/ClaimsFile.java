package vn.emr.claims.envelope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
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

    private final ClaimsProfile profile;

    private ClaimsFile(String facilityCode, LocalDate createdOn, int declaredEpisodeCount, List<ClaimEpisode> episodes,
            byte[] raw, ClaimsProfile profile) {
        this.profile = profile;
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

    /**
     * The profile the file was read with: from its content where the profiles differ (an XML13 that only one
     * profile's fields read, a 4-character {@code MUC_HUONG}; a table or field that Decision 4750 added, such as XML13
     * to XML15 or XML1's {@code NHOM_MAU} element, even empty, which rules out {@link ClaimsProfile#QD130}), else from
     * the claim's date (XML1's discharge, else visit date, else the file's {@code NGAYLAP}). A file dated before
     * 2024-07-01 without 4750 content is read with {@link ClaimsProfile#QD130}, with it as
     * {@link ClaimsProfile#QD4750}; a file dated before 2023-09-01 is read as QĐ 130 too, the earliest profile
     * implemented.
     */
    public ClaimsProfile profile() {
        return profile;
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
     * @throws EmrException {@link ClaimsError#ENVELOPE_MALFORMED}, {@link ClaimsError#NOT_UTF8} (the file or a table
     *     in another encoding than UTF-8), {@link ClaimsError#ENVELOPE_STRUCTURE},
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
            List<List<RawTable>> raws = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                expectName("HOSO", "DANHSACHHOSO");
                raws.add(episode(raws.size() + 1));
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
            // every table but XML13 has the same fields in every profile: read once, then bind to the profile found
            List<List<List<TableRecord>>> read = new ArrayList<>(raws.size());
            Boolean reworkedXml13 = null;
            boolean after130 = false;
            FieldCatalogue qd130 = ClaimsProfile.QD130.catalogue();
            FieldCatalogue qd4750 = ClaimsProfile.QD4750.catalogue();
            for (List<RawTable> files : raws) {
                List<List<TableRecord>> tables = new ArrayList<>(files.size());
                for (RawTable f : files) {
                    // a table QD130 lacks, or one whose QD130 fields do not read it (an element 4750 added)
                    if (!after130 && (!qd130.has(f.table()) || !qd130.table(f.table()).names()
                            .equals(qd4750.table(f.table()).names()) && !parses(ClaimsProfile.QD130, f))) {
                        after130 = true;
                    }
                    if (f.table() == ClaimsTable.XML13) {
                        boolean as3176 = parses(ClaimsProfile.QD3176, f);
                        boolean as4750 = parses(ClaimsProfile.QD4750, f);
                        if (as3176 != as4750 && reworkedXml13 == null) {
                            reworkedXml13 = as3176;
                        }
                        tables.add(null);
                    } else {
                        tables.add(parse(ClaimsProfile.QD4750, f));
                    }
                }
                read.add(tables);
            }
            ClaimsProfile profile = profileOf(raws, read, reworkedXml13, after130, createdOn);
            List<ClaimEpisode> episodes = new ArrayList<>(raws.size());
            for (int h = 0; h < raws.size(); h++) {
                Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
                for (int t = 0; t < raws.get(h).size(); t++) {
                    RawTable f = raws.get(h).get(t);
                    List<TableRecord> records = read.get(h).get(t);
                    boolean sameFields = records != null && !records.isEmpty()
                            && records.get(0).under(profile).isPresent();
                    tables.put(f.table(), !sameFields ? parse(profile, f)
                            : records.stream().map(r -> r.under(profile).orElseThrow()).toList());
                }
                episodes.add(ClaimEpisode.read(tables));
            }
            return new ClaimsFile(facility, createdOn, declared, episodes, raw, profile);
        }

        private List<RawTable> episode(int ordinal) throws XMLStreamException {
            List<RawTable> files = new ArrayList<>();
            java.util.Set<ClaimsTable> seen = java.util.EnumSet.noneOf(ClaimsTable.class);
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
                if (!seen.add(table)) {
                    throw new EmrException(ClaimsError.EPISODE_TABLE_REPEATED, path, table.name());
                }
                files.add(new RawTable(table, inner, path));
            }
            return files;
        }

        private static List<TableRecord> parse(ClaimsProfile profile, RawTable f) {
            try {
                return TableDocument.read(profile, f.table(), f.bytes());
            } catch (EmrException ex) {
                if (ex.code() == ClaimsError.TABLE_ROOT) {
                    throw new EmrException(ClaimsError.FILE_TABLE_MISMATCH, f.path(), f.table().name());
                }
                throw new EmrException(ex.issues().stream()
                        .map(i -> vn.emr.core.validation.Issue.error(
                                i.path().isEmpty() ? f.path() : f.path() + "/" + i.path(), i.code(),
                                i.args().toArray()))
                        .toList());
            }
        }

        private static boolean parses(ClaimsProfile profile, RawTable f) {
            try {
                TableDocument.read(profile, f.table(), f.bytes());
                return true;
            } catch (EmrException e) {
                return false;
            }
        }

        /**
         * The profile from the content where the profiles differ (XML13 read by only one profile's fields; a benefit
         * rate of 4 characters, which only the 2026 amendment allows; 4750 content, which rules out QD130), else from
         * the claim's date (XML1's discharge date, else its visit date, else the file's date).
         */
        private static ClaimsProfile profileOf(List<List<RawTable>> raws, List<List<List<TableRecord>>> read,
                Boolean reworkedXml13, boolean after130, LocalDate createdOn) {
            boolean longBenefit = false;
            LocalDate claimDate = null;
            for (int e = 0; e < raws.size(); e++) {
                for (int t = 0; t < raws.get(e).size(); t++) {
                    ClaimsTable table = raws.get(e).get(t).table();
                    List<TableRecord> records = read.get(e).get(t);
                    if (table == ClaimsTable.XML2 || table == ClaimsTable.XML3) {
                        longBenefit |= records.stream().anyMatch(r -> r.get("MUC_HUONG").map(v -> v.length() > 3)
                                .orElse(false));
                    } else if (table == ClaimsTable.XML1 && claimDate == null && !records.isEmpty()) {
                        claimDate = claimDate(records.get(0));
                    }
                }
            }
            if (longBenefit) {
                return ClaimsProfile.QD3176_2026;
            }
            if (Boolean.FALSE.equals(reworkedXml13)) {
                return ClaimsProfile.QD4750;
            }
            LocalDate date = claimDate != null ? claimDate : createdOn;
            ClaimsProfile byDate = date.isBefore(ClaimsProfile.QD130.appliesFrom()) ? ClaimsProfile.QD130
                    : ClaimsProfile.forClaimDate(date);
            if (byDate == ClaimsProfile.QD130 && (after130 || reworkedXml13 != null)) {
                byDate = ClaimsProfile.QD4750;
            }
            if (Boolean.TRUE.equals(reworkedXml13) && byDate == ClaimsProfile.QD4750) {
                return ClaimsProfile.QD3176;
            }
            return byDate;
        }

        /** XML1's NGAY_RA, else NGAY_VAO, as a date; null when neither reads. */
        private static LocalDate claimDate(TableRecord summary) {
            for (String field : List.of("NGAY_RA", "NGAY_VAO")) {
                java.util.Optional<String> v = summary.get(field);
                if (v.isPresent() && v.get().length() >= 8) {
                    try {
                        return LocalDate.parse(v.get().substring(0, 8), FieldRules.DATE);
                    } catch (DateTimeParseException ignored) {
                        // try the next field
                    }
                }
            }
            return null;
        }

        /** One table of an episode, decoded but not yet parsed. */
        private record RawTable(ClaimsTable table, byte[] bytes, String path) {
        }

        private static byte[] base64(String content, String path) {
            byte[] bytes = ClaimsXml.base64(content);
            if (bytes == null) {
                throw new EmrException(ClaimsError.FILE_BASE64, path + "/NOIDUNGFILE");
            }
            return bytes;
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
