package vn.emr.claims.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.claims.catalogue.FieldSpec.Requirement;
import vn.emr.claims.catalogue.FieldSpec.ValueFormat;
import vn.emr.core.EmrException;

/**
 * The field catalogue of the claims tables: every field of XML0 and XML1-XML15 with its type, size, format and
 * requirement, in official order. The data is a resource ({@code catalogue/fields-4750.tsv}) derived from the Decision
 * 4750 appendix and the BHXH portal sheet ({@code ../shared/data/claims/fields-130.csv}, whose {@code SOURCES.md}
 * names the documents and commits); element names and order agree with the official empty templates of BHXH letter
 * CV 1245/BHXH-CNTT. Immutable and thread-safe.
 *
 * <p>The other profiles' catalogues are derived from that one, each change stated where it is made: Decision 130
 * before the amendment ({@link ClaimsProfile#QD130}) without what 4750 added, Decision 3176 with its XML13, the 2026
 * amendment with its {@code MUC_HUONG}. A profile may lack tables: QĐ 130 has no XML13, XML14 or XML15.
 *
 * <p>Three rows are corrected from a more specific statement of the sources ({@code catalogue/corrections-4750.tsv},
 * each with the portal sheet row it comes from; {@code PROFILES.md}): XML13 {@code TOMTAT_KQ} optional, XML3
 * {@code GOI_VTYT} 4 characters, XML4 {@code MA_DICH_VU} 50. {@link #of(ClaimsProfile, SizeLimits)} gives a profile's
 * catalogue with the portal-observed sizes ({@link SizeLimits#PORTAL}).
 */
public final class FieldCatalogue {

    private static final String RESOURCE = "fields-4750.tsv";
    /** Rows of {@link #RESOURCE} corrected from a more specific statement of the sources (PROFILES.md, "Corrections"). */
    private static final String CORRECTIONS = "corrections-4750.tsv";
    /** The portal sheet's sizes, for {@link SizeLimits#PORTAL}. */
    private static final String PORTAL_SIZES = "portal-sizes-4750.tsv";

    /** The tables Decision 4750 added to Decision 130 ({@code domain/claims.md} §1.1; CV 3190 lists XML1-XML11). */
    private static final Set<ClaimsTable> ADDED_BY_4750 =
            Collections.unmodifiableSet(EnumSet.of(ClaimsTable.XML13, ClaimsTable.XML14, ClaimsTable.XML15));

    private final Map<ClaimsTable, TableSpec> tables;
    /** Per table, the fields 4750 added (marker {@code added}) and the fields it made text (marker {@code type}). */
    private final Map<ClaimsTable, Set<String>> addedBy4750;
    private final Map<ClaimsTable, Set<String>> madeTextBy4750;

    private FieldCatalogue(Map<ClaimsTable, TableSpec> tables) {
        this(tables, Map.of(), Map.of());
    }

    private FieldCatalogue(Map<ClaimsTable, TableSpec> tables, Map<ClaimsTable, Set<String>> addedBy4750,
            Map<ClaimsTable, Set<String>> madeTextBy4750) {
        this.tables = Collections.unmodifiableMap(new EnumMap<>(tables));
        this.addedBy4750 = addedBy4750;
        this.madeTextBy4750 = madeTextBy4750;
    }

    private static final class Catalogues {
        static final FieldCatalogue QD4750 = load();
        static final FieldCatalogue QD130 = qd130(QD4750);
        static final FieldCatalogue QD3176 = qd3176(QD4750);
        static final FieldCatalogue QD3176_2026 = qd3176of2026(QD3176);
    }

    /** Each profile's catalogue with the portal-observed sizes, built on first use. */
    private static final class PortalCatalogues {
        static final Map<ClaimsProfile, FieldCatalogue> BY_PROFILE;

        static {
            Map<ClaimsTable, Map<String, OptionalInt>> sizes = portalSizes();
            Map<ClaimsProfile, FieldCatalogue> m = new EnumMap<>(ClaimsProfile.class);
            for (ClaimsProfile p : ClaimsProfile.values()) {
                m.put(p, of(p).widened(sizes));
            }
            BY_PROFILE = Collections.unmodifiableMap(m);
        }
    }

    /** The catalogue of Decision 130 as amended by Decision 4750 (claims from 2024-07-01). */
    public static FieldCatalogue qd4750() {
        return Catalogues.QD4750;
    }

    /** The catalogue of a profile. */
    public static FieldCatalogue of(ClaimsProfile profile) {
        return switch (profile) {
            case QD130 -> Catalogues.QD130;
            case QD4750 -> Catalogues.QD4750;
            case QD3176 -> Catalogues.QD3176;
            case QD3176_2026 -> Catalogues.QD3176_2026;
        };
    }

    /**
     * The catalogue of a profile with the given size limits: {@link SizeLimits#DECISION} is {@link #of(ClaimsProfile)};
     * {@link SizeLimits#PORTAL} gives each field the larger of that size and the portal sheet's size for the field of
     * the same table and name (none where the profile's is unbounded), everything else unchanged.
     */
    public static FieldCatalogue of(ClaimsProfile profile, SizeLimits limits) {
        return switch (limits) {
            case DECISION -> of(profile);
            case PORTAL -> PortalCatalogues.BY_PROFILE.get(profile);
        };
    }

    /** This catalogue with each field's size the larger of its own and {@code sizes}' for the same table and name. */
    private FieldCatalogue widened(Map<ClaimsTable, Map<String, OptionalInt>> sizes) {
        Map<ClaimsTable, TableSpec> specs = new EnumMap<>(ClaimsTable.class);
        for (Map.Entry<ClaimsTable, TableSpec> e : tables.entrySet()) {
            Map<String, OptionalInt> portal = sizes.getOrDefault(e.getKey(), Map.of());
            List<FieldSpec> fields = new ArrayList<>();
            for (FieldSpec f : e.getValue().fields()) {
                OptionalInt other = portal.getOrDefault(f.name(), OptionalInt.empty());
                boolean wider = f.maxLength().isPresent() && other.isPresent()
                        && other.getAsInt() > f.maxLength().getAsInt();
                fields.add(!wider ? f : new FieldSpec(f.name(), f.type(), other, f.format(), f.multiValue(),
                        f.requirement(), f.condition(), f.formatText()));
            }
            specs.put(e.getKey(), new TableSpec(e.getKey(), fields));
        }
        return new FieldCatalogue(specs);
    }

    /**
     * Decision 130 before the 4750 amendment, derived from the 4750 catalogue (the original appendix tables are scans;
     * {@code domain/claims.md} §1.1, §2.5): no XML13, XML14, XML15; without the fields the amendment column of
     * {@code fields-130.csv} marks {@code [Mới theo QĐ 4750]} or {@code Bổ sung thêm trường dự phòng} (the reserve
     * field {@code DU_PHONG} of XML7, XML9, XML10, XML11); a number ({@code Số}) where the amendment says
     * {@code Đổi kiểu dữ liệu thành chuỗi}. Where it says {@code Tăng kích thước tối đa lên N} the size before is in no
     * source found: the 4750 size N is kept (lenient: a QĐ 130 file is never refused for a size it may have had).
     */
    private static FieldCatalogue qd130(FieldCatalogue base) {
        Map<ClaimsTable, TableSpec> specs = new EnumMap<>(ClaimsTable.class);
        for (Map.Entry<ClaimsTable, TableSpec> e : base.tables.entrySet()) {
            ClaimsTable t = e.getKey();
            if (ADDED_BY_4750.contains(t)) {
                continue;
            }
            Set<String> added = base.addedBy4750.getOrDefault(t, Set.of());
            Set<String> madeText = base.madeTextBy4750.getOrDefault(t, Set.of());
            List<FieldSpec> fields = new ArrayList<>();
            for (FieldSpec f : e.getValue().fields()) {
                if (added.contains(f.name())) {
                    continue;
                }
                fields.add(!madeText.contains(f.name()) ? f : new FieldSpec(f.name(), FieldType.NUMBER, f.maxLength(),
                        f.format(), f.multiValue(), f.requirement(), f.condition(), f.formatText()));
            }
            specs.put(t, new TableSpec(t, fields));
        }
        return new FieldCatalogue(specs);
    }

    /** Decision 3176's XML13: renamed, removed and resized fields in place (ClaimsProfile#QD3176 lists them). */
    private static FieldCatalogue qd3176(FieldCatalogue base) {
        Map<ClaimsTable, TableSpec> specs = new EnumMap<>(base.tables);
        List<FieldSpec> xml13 = new ArrayList<>();
        for (FieldSpec f : base.table(ClaimsTable.XML13).fields()) {
            switch (f.name()) {
                case "MA_NOI_DI" -> xml13.add(new FieldSpec("MA_CSKCB_DI", FieldType.TEXT, OptionalInt.of(100),
                        ValueFormat.PLAIN, true, f.requirement(), f.condition(), "nhiều giá trị cách nhau \";\""));
                case "MA_NOI_DEN" -> xml13.add(new FieldSpec("MA_CSKCB_DEN", FieldType.TEXT, OptionalInt.of(5),
                        ValueFormat.PLAIN, false, f.requirement(), f.condition(), ""));
                case "PP_DIEU_TRI" -> xml13.add(new FieldSpec("TINH_TRANG_CT", FieldType.TEXT, OptionalInt.empty(),
                        ValueFormat.PLAIN, false, f.requirement(), f.condition(), ""));
                case "TEN_DICH_VU", "TEN_THUOC" -> {
                    // removed by 3176
                }
                case "MA_TTDV" -> xml13.add(new FieldSpec(f.name(), f.type(), OptionalInt.of(255), f.format(),
                        f.multiValue(), f.requirement(), f.condition(), f.formatText()));
                default -> xml13.add(f);
            }
        }
        specs.put(ClaimsTable.XML13, new TableSpec(ClaimsTable.XML13, xml13));
        return new FieldCatalogue(specs);
    }

    /** The 2026 amendment: MUC_HUONG of XML2 and XML3 up to 4 characters. */
    private static FieldCatalogue qd3176of2026(FieldCatalogue base) {
        Map<ClaimsTable, TableSpec> specs = new EnumMap<>(base.tables);
        for (ClaimsTable t : List.of(ClaimsTable.XML2, ClaimsTable.XML3)) {
            List<FieldSpec> fields = new ArrayList<>();
            for (FieldSpec f : base.table(t).fields()) {
                fields.add(!f.name().equals("MUC_HUONG") ? f : new FieldSpec(f.name(), f.type(), OptionalInt.of(4),
                        f.format(), f.multiValue(), f.requirement(), f.condition(), f.formatText()));
            }
            specs.put(t, new TableSpec(t, fields));
        }
        return new FieldCatalogue(specs);
    }

    /**
     * The table's fields.
     *
     * @throws EmrException {@link ClaimsError#TABLE_NOT_IN_PROFILE} for a table the profile does not have (XML13,
     *     XML14, XML15 under QĐ 130)
     */
    public TableSpec table(ClaimsTable table) {
        TableSpec spec = tables.get(table);
        if (spec == null) {
            throw new EmrException(ClaimsError.TABLE_NOT_IN_PROFILE, table.name(), table.name());
        }
        return spec;
    }

    /** The table's fields, empty when the profile does not have the table. */
    public Optional<TableSpec> find(ClaimsTable table) {
        return Optional.ofNullable(tables.get(table));
    }

    /** Whether the profile has the table. */
    public boolean has(ClaimsTable table) {
        return tables.containsKey(table);
    }

    /** Every table of the profile, in order XML0, XML1 ... XML15. */
    public List<TableSpec> tables() {
        return List.copyOf(tables.values());
    }

    /** The number of fields over all tables. */
    public int fieldCount() {
        return tables.values().stream().mapToInt(t -> t.fields().size()).sum();
    }

    private static FieldCatalogue load() {
        Map<String, String[]> corrections = new HashMap<>();
        for (String[] c : rows(CORRECTIONS, 5)) {
            if (!c[2].equals("max_length") && !c[2].equals("mandatory")) {
                throw new IllegalStateException("unknown column in the catalogue corrections");
            }
            corrections.put(c[0] + "\t" + c[1] + "\t" + c[2], c);
        }
        int applied = 0;
        Map<ClaimsTable, List<FieldSpec>> fields = new EnumMap<>(ClaimsTable.class);
        Map<ClaimsTable, Set<String>> added = new EnumMap<>(ClaimsTable.class);
        Map<ClaimsTable, Set<String>> madeText = new EnumMap<>(ClaimsTable.class);
        for (String[] c : rows(RESOURCE, 7)) {
            ClaimsTable table = ClaimsTable.valueOf(c[0]);
            String[] size = corrections.get(c[0] + "\t" + c[1] + "\tmax_length");
            if (size != null) {
                c[3] = size[3];
                applied++;
            }
            String[] mandatory = corrections.get(c[0] + "\t" + c[1] + "\tmandatory");
            if (mandatory != null) {
                c[5] = mandatory[3];
                applied++;
            }
            fields.computeIfAbsent(table, t -> new ArrayList<>()).add(field(c));
            for (String marker : c[6].isEmpty() ? new String[0] : c[6].split(",", -1)) {
                switch (marker) {
                    case "added" -> added.computeIfAbsent(table, t -> new HashSet<>()).add(c[1]);
                    case "type" -> madeText.computeIfAbsent(table, t -> new HashSet<>()).add(c[1]);
                    case "size" -> {
                        // the size before 4750 is in no source: QD130 keeps the 4750 size (see qd130)
                    }
                    default -> throw new IllegalStateException("unknown 4750 marker in the catalogue");
                }
            }
        }
        if (applied != corrections.size()) {
            throw new IllegalStateException("a catalogue correction names no field of the catalogue");
        }
        Map<ClaimsTable, TableSpec> specs = new EnumMap<>(ClaimsTable.class);
        for (ClaimsTable t : ClaimsTable.values()) {
            List<FieldSpec> list = fields.get(t);
            if (list == null) {
                throw new IllegalStateException("the catalogue has no fields for " + t);
            }
            specs.put(t, new TableSpec(t, list));
        }
        Map<ClaimsTable, Set<String>> addedCopy = new EnumMap<>(ClaimsTable.class);
        added.forEach((t, names) -> addedCopy.put(t, Set.copyOf(names)));
        Map<ClaimsTable, Set<String>> madeTextCopy = new EnumMap<>(ClaimsTable.class);
        madeText.forEach((t, names) -> madeTextCopy.put(t, Set.copyOf(names)));
        return new FieldCatalogue(specs, Collections.unmodifiableMap(addedCopy),
                Collections.unmodifiableMap(madeTextCopy));
    }

    /** The portal sheet's sizes per table and field (empty where it states none). */
    private static Map<ClaimsTable, Map<String, OptionalInt>> portalSizes() {
        Map<ClaimsTable, Map<String, OptionalInt>> sizes = new EnumMap<>(ClaimsTable.class);
        for (String[] c : rows(PORTAL_SIZES, 3)) {
            OptionalInt max = "n".equals(c[2]) ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c[2]));
            sizes.computeIfAbsent(ClaimsTable.valueOf(c[0]), t -> new HashMap<>()).put(c[1], max);
        }
        Map<ClaimsTable, Map<String, OptionalInt>> copy = new EnumMap<>(ClaimsTable.class);
        sizes.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
        return copy;
    }

    /** The rows of a tab-separated resource of this package, each of {@code columns} cells; comments skipped. */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = FieldCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("a claims catalogue resource is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != columns) {
                    throw new IllegalStateException("malformed catalogue resource row: " + out.size());
                }
                out.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static FieldSpec field(String[] c) {
        FieldType type = switch (c[2]) {
            case "Chuỗi" -> FieldType.TEXT;
            case "Số" -> FieldType.NUMBER;
            default -> throw new IllegalStateException("unknown field type in the catalogue");
        };
        OptionalInt max = "n".equals(c[3]) ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c[3]));
        String format = c[4];
        String mandatory = c[5];
        Requirement requirement;
        String condition = "";
        if ("Y".equals(mandatory)) {
            requirement = Requirement.MANDATORY;
        } else if ("N".equals(mandatory)) {
            requirement = Requirement.OPTIONAL;
        } else if (mandatory.startsWith("C:")) {
            requirement = Requirement.CONDITIONAL;
            condition = mandatory.substring(2).trim();
        } else {
            throw new IllegalStateException("unknown requirement in the catalogue");
        }
        return new FieldSpec(c[1], type, max, valueFormat(format), format.contains("nhiều giá trị cách nhau"),
                requirement, condition, format);
    }

    static ValueFormat valueFormat(String format) {
        if (format.startsWith("yyyyMMddHHmm (")) {
            return ValueFormat.DATE_TIME_PARTIAL;
        }
        if (format.startsWith("yyyyMMddHHmm")) {
            return ValueFormat.DATE_TIME;
        }
        if (format.startsWith("yyyyMMdd")) {
            return ValueFormat.DATE;
        }
        if (format.startsWith("decimal, 2 chữ số thập phân")) {
            return ValueFormat.DECIMAL_2;
        }
        if (format.startsWith("decimal, 3 chữ số thập phân")) {
            return ValueFormat.DECIMAL_3;
        }
        if (format.startsWith("decimal") && format.contains("tối đa 2 chữ số thập phân")) {
            return ValueFormat.DECIMAL_UP_TO_2;
        }
        if (format.equals("không có khoảng trắng")) {
            return ValueFormat.NO_SPACES;
        }
        return ValueFormat.PLAIN;
    }

    @Override
    public String toString() {
        return "FieldCatalogue[tables=" + tables.size() + ", fields=" + fieldCount() + "]";
    }
}
