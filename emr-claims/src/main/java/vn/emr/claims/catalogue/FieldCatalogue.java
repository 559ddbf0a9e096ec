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
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.claims.catalogue.FieldSpec.Requirement;
import vn.emr.claims.catalogue.FieldSpec.ValueFormat;

/**
 * The field catalogue of the claims tables: every field of XML0 and XML1-XML15 with its type, size, format and
 * requirement, in official order. The data is a resource ({@code catalogue/fields-4750.tsv}) derived from the Decision
 * 4750 appendix and the BHXH portal sheet ({@code ../shared/data/claims/fields-130.csv}, whose {@code SOURCES.md}
 * names the documents and commits); element names and order agree with the official empty templates of BHXH letter
 * CV 1245/BHXH-CNTT. Immutable and thread-safe.
 */
public final class FieldCatalogue {

    private static final String RESOURCE = "fields-4750.tsv";

    private final Map<ClaimsTable, TableSpec> tables;

    private FieldCatalogue(Map<ClaimsTable, TableSpec> tables) {
        this.tables = Collections.unmodifiableMap(new EnumMap<>(tables));
    }

    private static final class Catalogues {
        static final FieldCatalogue QD4750 = load();
        static final FieldCatalogue QD3176 = qd3176(QD4750);
        static final FieldCatalogue QD3176_2026 = qd3176of2026(QD3176);
    }

    /** The catalogue of Decision 130 as amended by Decision 4750 (claims from 2024-07-01). */
    public static FieldCatalogue qd4750() {
        return Catalogues.QD4750;
    }

    /** The catalogue of a profile. */
    public static FieldCatalogue of(ClaimsProfile profile) {
        return switch (profile) {
            case QD4750 -> Catalogues.QD4750;
            case QD3176 -> Catalogues.QD3176;
            case QD3176_2026 -> Catalogues.QD3176_2026;
        };
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

    /** The table's fields. */
    public TableSpec table(ClaimsTable table) {
        return tables.get(table);
    }

    /** Every table, in order XML0, XML1 ... XML15. */
    public List<TableSpec> tables() {
        return List.copyOf(tables.values());
    }

    /** The number of fields over all tables. */
    public int fieldCount() {
        return tables.values().stream().mapToInt(t -> t.fields().size()).sum();
    }

    private static FieldCatalogue load() {
        Map<ClaimsTable, List<FieldSpec>> fields = new EnumMap<>(ClaimsTable.class);
        try (InputStream in = FieldCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the claims field catalogue is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6) {
                    throw new IllegalStateException("malformed catalogue row: " + fields.size());
                }
                ClaimsTable table = ClaimsTable.valueOf(c[0]);
                fields.computeIfAbsent(table, t -> new ArrayList<>()).add(field(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ClaimsTable, TableSpec> specs = new EnumMap<>(ClaimsTable.class);
        for (ClaimsTable t : ClaimsTable.values()) {
            List<FieldSpec> list = fields.get(t);
            if (list == null) {
                throw new IllegalStateException("the catalogue has no fields for " + t);
            }
            specs.put(t, new TableSpec(t, list));
        }
        return new FieldCatalogue(specs);
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
