package vn.emr.claims.table.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.claims.catalogue.FieldSpec.Requirement;
import vn.emr.claims.catalogue.FieldSpec.ValueFormat;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.validation.Issue;

/**
 * The typed records agree with the field catalogue (names, order, types, sizes, requirements) for every table of every
 * profile, convert to table documents and back without loss, and refuse what does not fit.
 */
class TypedRecordsTest {

    /**
     * Number fields held as text: the XML15 citizen ID number, whose 12 digits begin with the province code (001 for
     * Hà Nội), so a number type would drop its leading zeros ({@code domain/claims.md} §2.4 keeps IDs as text).
     */
    private static final Set<String> NUMBERS_AS_TEXT = Set.of("XML15/SO_CCCD");

    /**
     * The fields Decision 4750 added to tables that existed before it ({@code fields-130.csv}: "[Mới theo QĐ 4750]"):
     * absent from the QD130 profile, so never plain components even where QD 4750 makes them mandatory.
     */
    private static final Set<String> ADDED_BY_4750 = Set.of("XML0/NGAY_VAO_NOI_TRU", "XML0/LY_DO_VNT",
            "XML0/MA_LY_DO_VNT", "XML0/MA_THUOC", "XML0/TEN_THUOC", "XML0/MA_VAT_TU", "XML0/TEN_VAT_TU", "XML0/DU_PHONG",
            "XML1/NHOM_MAU", "XML6/NGAY_SINH", "XML6/GIOI_TINH", "XML6/DIA_CHI", "XML6/MATINH_CU_TRU",
            "XML6/MAHUYEN_CU_TRU", "XML6/MAXA_CU_TRU", "XML6/NOI_LAY_MAU_XN", "XML6/NOI_XN_KD", "XML6/NOI_BDDT_ARV",
            "XML6/SANG_LOC_LAO", "XML6/KQ_DTRI_LAO", "XML6/GIAI_DOAN_LAM_SANG", "XML6/NHOM_DOI_TUONG",
            "XML6/NGAY_CHUYEN_PHAC_DO", "XML6/LY_DO_CHUYEN_PHAC_DO", "XML6/MA_CSKCB");

    static Stream<Arguments> profilesAndTables() {
        return Arrays.stream(ClaimsProfile.values())
                .flatMap(p -> Arrays.stream(ClaimsTable.values()).map(t -> Arguments.of(p, t)));
    }

    @SuppressWarnings("unchecked")
    private static Layout<ClaimsRecord, Object> layout(ClaimsTable table) {
        return (Layout<ClaimsRecord, Object>) Layouts.of(table);
    }

    /** MA_LK -> maLk, T_NGUONKHAC_NSNN -> tNguonkhacNsnn. */
    static String camelCase(String official) {
        String[] parts = official.toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    private static Optional<TableSpec> spec(ClaimsProfile p, ClaimsTable t) {
        return Layout.spec(p, t);
    }

    // ---- every table has a record, and the record is what its layout says -------------------------------------

    @Test
    void everyTableHasItsOwnRecordType() {
        Set<Class<?>> types = new HashSet<>();
        for (ClaimsTable t : ClaimsTable.values()) {
            Layout<ClaimsRecord, Object> layout = layout(t);
            assertThat(layout.table()).isEqualTo(t);
            assertThat(layout.type().isRecord()).isTrue();
            assertThat(layout.type().getPackageName()).isEqualTo("vn.emr.claims.table.typed");
            types.add(layout.type());
        }
        assertThat(types).hasSize(ClaimsTable.values().length);
        assertThat(Set.of(ClaimsRecord.class.getPermittedSubclasses())).isEqualTo(types);
    }

    @ParameterizedTest
    @EnumSource(ClaimsTable.class)
    void recordComponentsAreTheLayoutsFieldsInOrderAndType(ClaimsTable table) {
        Layout<ClaimsRecord, Object> layout = layout(table);
        RecordComponent[] components = layout.type().getRecordComponents();
        List<Layout.Slot<ClaimsRecord, Object, ?>> slots = layout.slots();
        assertThat(components).hasSameSizeAs(slots);
        for (int i = 0; i < components.length; i++) {
            Layout.Slot<ClaimsRecord, Object, ?> slot = slots.get(i);
            assertThat(components[i].getName()).as("component %d of %s", i, table).isEqualTo(camelCase(slot.name));
            Type type = components[i].getGenericType();
            if (slot.list) {
                assertThat(type.getTypeName()).as(slot.path).isEqualTo("java.util.List<java.lang.String>");
            } else if (slot.required) {
                assertThat(type).as(slot.path).isEqualTo(slot.codec.type());
            } else {
                assertThat(type).as(slot.path).isInstanceOf(ParameterizedType.class);
                ParameterizedType pt = (ParameterizedType) type;
                assertThat(pt.getRawType()).as(slot.path).isEqualTo(Optional.class);
                assertThat(pt.getActualTypeArguments()[0]).as(slot.path).isEqualTo(slot.codec.type());
            }
        }
    }

    // ---- agreement with the catalogue, per profile --------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profilesAndTables")
    void recordFieldsPresentInTheProfileAreTheCataloguesNamesInOrder(ClaimsProfile profile, ClaimsTable table) {
        Optional<TableSpec> spec = spec(profile, table);
        if (spec.isEmpty()) {
            return; // the profile has no such table: refusedUnderAProfileWithoutTheTable covers it
        }
        Layout<ClaimsRecord, Object> layout = layout(table);
        List<String> present = new ArrayList<>();
        for (int i = 0; i < layout.slots().size(); i++) {
            if (layout.declared(profile, i).isPresent()) {
                present.add(layout.slots().get(i).name);
            }
        }
        assertThat(present).isEqualTo(spec.get().names());
    }

    @ParameterizedTest
    @EnumSource(ClaimsTable.class)
    void everyRecordFieldBelongsToSomeProfile(ClaimsTable table) {
        Layout<ClaimsRecord, Object> layout = layout(table);
        for (int i = 0; i < layout.slots().size(); i++) {
            int slot = i;
            assertThat(Arrays.stream(ClaimsProfile.values()).anyMatch(p -> layout.declared(p, slot).isPresent()))
                    .as(layout.slots().get(i).path).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profilesAndTables")
    void javaTypesSuitTheCataloguesTypeFormatAndSize(ClaimsProfile profile, ClaimsTable table) {
        Layout<ClaimsRecord, Object> layout = layout(table);
        for (int i = 0; i < layout.slots().size(); i++) {
            Layout.Slot<ClaimsRecord, Object, ?> slot = layout.slots().get(i);
            Optional<FieldSpec> declared = layout.declared(profile, i);
            if (declared.isEmpty()) {
                continue;
            }
            FieldSpec f = declared.get();
            String as = profile + " " + slot.path;
            assertThat(slot.codec == Codec.LIST).as(as + " list iff multi-value").isEqualTo(f.multiValue());
            if (f.multiValue()) {
                continue;
            }
            assertThat(slot.codec == Codec.DATE).as(as + " LocalDate iff yyyyMMdd").isEqualTo(f.format() == ValueFormat.DATE);
            assertThat(slot.codec == Codec.DATE_TIME).as(as + " LocalDateTime iff yyyyMMddHHmm")
                    .isEqualTo(f.format() == ValueFormat.DATE_TIME);
            boolean decimalFormat = f.format() == ValueFormat.DECIMAL_2 || f.format() == ValueFormat.DECIMAL_3
                    || f.format() == ValueFormat.DECIMAL_UP_TO_2;
            assertThat(slot.codec == Codec.DECIMAL).as(as + " BigDecimal iff decimal").isEqualTo(decimalFormat);
            if (slot.codec == Codec.INTEGER || slot.codec == Codec.LONG) {
                assertThat(f.type()).as(as).isEqualTo(FieldType.NUMBER);
                assertThat(f.format()).as(as).isEqualTo(ValueFormat.PLAIN);
                assertThat(f.maxLength()).as(as + " bounded").isPresent();
                BigDecimal largest = BigDecimal.TEN.pow(f.maxLength().getAsInt()).subtract(BigDecimal.ONE);
                long capacity = slot.codec == Codec.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
                assertThat(largest).as(as + " every value of the size fits the Java type")
                        .isLessThanOrEqualTo(BigDecimal.valueOf(capacity));
            }
            if (slot.codec == Codec.TEXT) {
                assertThat(f.format()).as(as).isIn(ValueFormat.PLAIN, ValueFormat.NO_SPACES,
                        ValueFormat.DATE_TIME_PARTIAL);
                if (f.type() == FieldType.NUMBER) {
                    // text for a number field only where another profile declares it text, or for an identifier
                    boolean textElsewhere = Arrays.stream(ClaimsProfile.values()).anyMatch(p -> slotIndexDeclared(
                            layout, p, slot.name).map(s -> s.type() == FieldType.TEXT).orElse(false));
                    assertThat(textElsewhere || NUMBERS_AS_TEXT.contains(slot.path)).as(as).isTrue();
                }
            }
            if (f.type() == FieldType.NUMBER && f.format() == ValueFormat.PLAIN) {
                boolean textElsewhere = Arrays.stream(ClaimsProfile.values()).anyMatch(p -> slotIndexDeclared(
                        layout, p, slot.name).map(s -> s.type() == FieldType.TEXT).orElse(false));
                if (!textElsewhere && !NUMBERS_AS_TEXT.contains(slot.path)) {
                    assertThat(slot.codec).as(as + " a whole number").isIn(Codec.INTEGER, Codec.LONG);
                }
            }
        }
    }

    private static Optional<FieldSpec> slotIndexDeclared(Layout<ClaimsRecord, Object> layout, ClaimsProfile p,
            String name) {
        for (int i = 0; i < layout.slots().size(); i++) {
            if (layout.slots().get(i).name.equals(name)) {
                return layout.declared(p, i);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @EnumSource(ClaimsTable.class)
    void plainComponentsAreExactlyTheFieldsMandatoryInEveryProfile(ClaimsTable table) {
        Layout<ClaimsRecord, Object> layout = layout(table);
        for (int i = 0; i < layout.slots().size(); i++) {
            int slot = i;
            boolean mandatoryEverywhere = Arrays.stream(ClaimsProfile.values())
                    .filter(p -> spec(p, table).isPresent())
                    .allMatch(p -> layout.declared(p, slot).map(f -> f.requirement() == Requirement.MANDATORY)
                            .orElse(false));
            String path = layout.slots().get(i).path;
            assertThat(layout.slots().get(i).required).as(path)
                    .isEqualTo(mandatoryEverywhere && !ADDED_BY_4750.contains(path));
        }
    }

    @Test
    void theFieldsAddedBy4750AreThoseTheResearchCsvMarks() throws Exception {
        Path csv = Path.of("..", "..", "shared", "data", "claims", "fields-130.csv");
        assumeTrue(Files.isRegularFile(csv), "../shared is not beside the project");
        Set<String> marked = new HashSet<>();
        String current = null;
        Pattern rowStart = Pattern.compile("^(XML\\d+),([A-Z0-9_]+),");
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            Matcher m = rowStart.matcher(line);
            if (m.find()) {
                current = m.group(1) + "/" + m.group(2);
            }
            if (line.contains("[Mới theo QĐ 4750]") && current != null) {
                marked.add(current);
            }
        }
        // the tables 4750 added (XML13-XML15) are wholly new; the set lists fields added to older tables
        marked.removeIf(f -> f.startsWith("XML13/") || f.startsWith("XML14/") || f.startsWith("XML15/"));
        assertThat(marked).isEqualTo(ADDED_BY_4750);
    }

    // ---- round trip of generated values ---------------------------------------------------------------------------

    /** Generated values for every slot (null for absent), valid for the profile's declarations. */
    private static List<Object> generate(Layout<ClaimsRecord, Object> layout, ClaimsProfile profile, Random rnd) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < layout.slots().size(); i++) {
            Layout.Slot<ClaimsRecord, Object, ?> slot = layout.slots().get(i);
            Optional<FieldSpec> declared = layout.declared(profile, i);
            Object v = null;
            if (declared.isPresent()) {
                FieldSpec f = declared.get();
                boolean needed = slot.required || f.requirement() == Requirement.MANDATORY;
                if (needed || TypedValues.satisfiable(f) && rnd.nextInt(10) < 7) {
                    v = TypedValues.value(slot.codec, f, rnd);
                }
            }
            values.add(v);
        }
        return values;
    }

    /** The fields of the table that no value of the declared form fits (mandatory ones make every record refused). */
    private static Set<String> unsatisfiableMandatory(Layout<ClaimsRecord, Object> layout, ClaimsProfile profile) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < layout.slots().size(); i++) {
            Optional<FieldSpec> f = layout.declared(profile, i);
            if (f.isPresent() && f.get().requirement() == Requirement.MANDATORY && !TypedValues.satisfiable(f.get())) {
                out.add(layout.slots().get(i).path);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profilesAndTables")
    void generatedRecordsSurviveTableRecordDocumentAndBack(ClaimsProfile profile, ClaimsTable table) {
        if (spec(profile, table).isEmpty()) {
            return;
        }
        Layout<ClaimsRecord, Object> layout = layout(table);
        Set<String> impossible = unsatisfiableMandatory(layout, profile);
        Random rnd = new Random(31L * profile.ordinal() + table.ordinal());
        for (int round = 0; round < 20; round++) {
            int n = table.repeated() ? 1 + rnd.nextInt(3) : 1;
            List<ClaimsRecord> records = new ArrayList<>();
            List<TableRecord> tableRecords = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                ClaimsRecord r = layout.build(generate(layout, profile, rnd));
                records.add(r);
                if (!impossible.isEmpty()) {
                    // the catalogue declares a mandatory field no value fits (PROFILES.md: XML12 NGAY_SINH)
                    EmrException e = catchThrowableOfType(EmrException.class, () -> r.toTableRecord(profile));
                    assertThat(e).as("round %d", round).isNotNull();
                    assertThat(e.issues()).extracting(Issue::path).allMatch(impossible::contains);
                    continue;
                }
                TableRecord tr = r.toTableRecord(profile);
                assertThat(tr.check()).isEmpty();
                assertThat(ClaimsRecord.from(tr)).as("round %d", round).isEqualTo(r);
                tableRecords.add(tr);
            }
            if (impossible.isEmpty()) {
                byte[] xml = TableDocument.write(table, tableRecords);
                List<TableRecord> back = TableDocument.read(profile, table, xml);
                assertThat(back).isEqualTo(tableRecords);
                assertThat(back.stream().map(ClaimsRecord::from).toList()).as("round %d", round).isEqualTo(records);
            }
            // the reading half on its own, from a document written here by hand in official order
            byte[] handWritten = handWritten(layout, profile, records);
            List<ClaimsRecord> read = TableDocument.read(profile, table, handWritten).stream()
                    .map(ClaimsRecord::from).toList();
            assertThat(read).as("round %d", round).isEqualTo(records);
        }
    }

    /** A table document written without the library's writer: every field of the profile, in order, escaped. */
    private static byte[] handWritten(Layout<ClaimsRecord, Object> layout, ClaimsProfile profile,
            List<ClaimsRecord> records) {
        ClaimsTable t = layout.table();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<" + t.rootElement() + ">");
        t.listElement().ifPresent(l -> b.append('<').append(l).append('>'));
        for (ClaimsRecord r : records) {
            if (t.repeated()) {
                b.append('<').append(t.recordElement()).append('>');
            }
            for (int i = 0; i < layout.slots().size(); i++) {
                if (layout.declared(profile, i).isEmpty()) {
                    continue;
                }
                Layout.Slot<ClaimsRecord, Object, ?> slot = layout.slots().get(i);
                Object v = slot.valueOf(r);
                b.append("\n  <").append(slot.name).append('>');
                if (v != null) {
                    b.append(TypedValues.written(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                            .replace("\r", "&#13;"));
                }
                b.append("</").append(slot.name).append('>');
            }
            if (t.repeated()) {
                b.append("</").append(t.recordElement()).append('>');
            }
        }
        t.listElement().ifPresent(l -> b.append("</").append(l).append('>'));
        b.append("</").append(t.rootElement()).append('>');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profilesAndTables")
    void refusedUnderAProfileWithoutTheTable(ClaimsProfile profile, ClaimsTable table) {
        if (spec(profile, table).isPresent()) {
            return;
        }
        ClaimsProfile other = Arrays.stream(ClaimsProfile.values()).filter(p -> spec(p, table).isPresent())
                .findFirst().orElseThrow();
        Layout<ClaimsRecord, Object> layout = layout(table);
        ClaimsRecord r = layout.build(generate(layout, other, new Random(1)));
        EmrException e = catchThrowableOfType(EmrException.class, () -> r.toTableRecord(profile));
        assertThat(e.code()).isEqualTo(ClaimsError.TYPED_TABLE_NOT_IN_PROFILE);
    }

    // ---- refusals -------------------------------------------------------------------------------------------------

    private static <R extends ClaimsRecord> R valid(ClaimsTable table, ClaimsProfile profile, long seed) {
        Layout<ClaimsRecord, Object> layout = layout(table);
        @SuppressWarnings("unchecked")
        R r = (R) layout.build(generate(layout, profile, new Random(seed)));
        return r;
    }

    private static void assertNoValueIn(EmrException e, String value) {
        assertThat(e.getMessage()).doesNotContain(value);
        for (Issue i : e.issues()) {
            assertThat(i.message(Languages.VIETNAMESE)).doesNotContain(value);
            assertThat(i.message(Languages.ENGLISH)).doesNotContain(value);
            assertThat(i.args()).noneMatch(a -> String.valueOf(a).contains(value));
        }
    }

    @Test
    void aTooLongValueIsRefusedNeverTruncated() {
        Summary s = valid(ClaimsTable.XML1, ClaimsProfile.QD4750, 7);
        String name = "Nguyễn Thị Bích Ngọc ".repeat(13); // 273 characters; HO_TEN holds 255
        Summary tooLong = s.toBuilder().hoTen(name).build();
        EmrException e = catchThrowableOfType(EmrException.class, () -> tooLong.toTableRecord(ClaimsProfile.QD4750));
        assertThat(e.code()).isEqualTo(ClaimsError.FIELD_TOO_LONG);
        assertThat(e.path()).isEqualTo("XML1/HO_TEN");
        assertNoValueIn(e, "Nguyễn");
        // exactly the size passes, counted in characters (code points), not UTF-16 units or bytes
        String fits = "𝔘".repeat(255);
        assertThat(s.toBuilder().hoTen(fits).build().toTableRecord(ClaimsProfile.QD4750).get("HO_TEN")).contains(fits);
    }

    @Test
    void aMandatoryFieldMissingIsRefusedByTheBuilder() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 3);
        EmrException e = catchThrowableOfType(EmrException.class, () -> d.toBuilder().maThuoc(null).build());
        assertThat(e.code()).isEqualTo(ClaimsError.TYPED_MANDATORY_MISSING);
        assertThat(e.path()).isEqualTo("XML2/MA_THUOC");
        EmrException empty = catchThrowableOfType(EmrException.class, () -> d.toBuilder().maThuoc("").build());
        assertThat(empty.path()).isEqualTo("XML2/MA_THUOC");
        // a mandatory multi-value field: an empty list is missing
        ServiceLine l = valid(ClaimsTable.XML3, ClaimsProfile.QD4750, 3);
        EmrException list = catchThrowableOfType(EmrException.class, () -> l.toBuilder().maBacSi(List.of()).build());
        assertThat(list.code()).isEqualTo(ClaimsError.TYPED_MANDATORY_MISSING);
        assertThat(list.path()).isEqualTo("XML3/MA_BAC_SI");
    }

    @Test
    void aFieldMandatoryInOneProfileOnlyIsRefusedUnderThatProfile() {
        // TEN_DICH_VU of XML13: mandatory under QD4750, removed by QD3176, so an Optional component
        ReferralPaper r = valid(ClaimsTable.XML13, ClaimsProfile.QD4750, 11);
        assertThat(r.tenDichVu()).isPresent();
        EmrException missing = catchThrowableOfType(EmrException.class, () -> r.toBuilder().tenDichVu(null).build().toTableRecord(ClaimsProfile.QD4750));
        assertThat(missing.code()).isEqualTo(ClaimsError.TYPED_MANDATORY_MISSING);
        assertThat(missing.path()).isEqualTo("XML13/TEN_DICH_VU");
        EmrException absent = catchThrowableOfType(EmrException.class, () -> r.toTableRecord(ClaimsProfile.QD3176));
        assertThat(absent.issues()).extracting(Issue::path).contains("XML13/TEN_DICH_VU");
        assertThat(absent.issues()).extracting(Issue::code).contains(ClaimsError.TYPED_FIELD_NOT_IN_PROFILE);
        // the same paper under QD3176: the renamed fields, and the removed ones left empty
        ReferralPaper r3176 = valid(ClaimsTable.XML13, ClaimsProfile.QD3176, 11);
        assertThat(r3176.tenDichVu()).isEmpty();
        assertThat(r3176.maNoiDi()).isEmpty();
        TableRecord tr = r3176.toTableRecord(ClaimsProfile.QD3176);
        assertThat(tr.spec().names()).contains("MA_CSKCB_DI").doesNotContain("MA_NOI_DI", "TEN_DICH_VU");
        assertThat(ReferralPaper.from(tr)).isEqualTo(r3176);
    }

    /** The document of a valid record with one field's text replaced. */
    private static byte[] withText(ClaimsRecord r, ClaimsProfile profile, String field, String text) {
        String xml = new String(TableDocument.write(r.table(), List.of(r.toTableRecord(profile))),
                StandardCharsets.UTF_8);
        String replaced = xml.replaceFirst("<" + field + ">[^<]*</" + field + ">",
                "<" + field + ">" + text + "</" + field + ">");
        assertThat(replaced).isNotEqualTo(xml);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    private static EmrException readError(ClaimsRecord r, String field, String text) {
        byte[] xml = withText(r, ClaimsProfile.QD4750, field, text);
        TableRecord read = TableDocument.read(ClaimsProfile.QD4750, r.table(), xml).get(0);
        EmrException e = catchThrowableOfType(EmrException.class, () -> ClaimsRecord.from(read));
        assertThat(e).as(field).isNotNull();
        assertNoValueIn(e, text);
        return e;
    }

    @Test
    void anUnparseableDateOnReadIsACodedErrorNamingTheField() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 5);
        EmrException e = readError(d, "NGAY_YL", "202402301200"); // 30 February
        assertThat(e.code()).isEqualTo(ClaimsError.FIELD_DATE_TIME);
        assertThat(e.path()).isEqualTo("XML2/NGAY_YL");
        assertThat(readError(d, "NGAY_YL", "2024-02-01T12").code()).isEqualTo(ClaimsError.FIELD_DATE_TIME);
        Summary s = valid(ClaimsTable.XML1, ClaimsProfile.QD4750, 5);
        EmrException date = readError(s, firstDateField(s), "20231345");
        assertThat(date.code()).isEqualTo(ClaimsError.FIELD_DATE);
    }

    /** The first field of the record's table that is a LocalDate component. */
    private static String firstDateField(ClaimsRecord r) {
        return layout(r.table()).slots().stream().filter(s -> s.codec == Codec.DATE).findFirst().orElseThrow().name;
    }

    @Test
    void aNumberNotOfTheFieldsTypeOnReadIsACodedErrorNamingTheField() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 9);
        EmrException fraction = readError(d, "STT", "1.5");
        assertThat(fraction.code()).isEqualTo(ClaimsError.TYPED_NOT_WHOLE);
        assertThat(fraction.path()).isEqualTo("XML2/STT");
        assertThat(readError(d, "STT", "1234567890123456789012").code()).isEqualTo(ClaimsError.TYPED_NOT_WHOLE);
        assertThat(readError(d, "STT", "12a").code()).isEqualTo(ClaimsError.FIELD_NOT_A_NUMBER);
        assertThat(readError(d, "STT", "-3").code()).isEqualTo(ClaimsError.FIELD_NOT_A_NUMBER);
        assertThat(readError(d, "DON_GIA", "1e5").code()).isEqualTo(ClaimsError.FIELD_NOT_A_NUMBER);
        // leading zeros are a number's, not an error
        byte[] xml = withText(d, ClaimsProfile.QD4750, "STT", "007");
        assertThat(DrugLine.from(TableDocument.read(ClaimsTable.XML2, xml).get(0)).stt()).isEqualTo(7L);
    }

    @Test
    void everyFaultOfARecordReadIsReported() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 13);
        String xml = new String(withText(d, ClaimsProfile.QD4750, "STT", "x"), StandardCharsets.UTF_8)
                .replaceFirst("<NGAY_YL>[^<]*</NGAY_YL>", "<NGAY_YL>0</NGAY_YL>")
                .replaceFirst("<MA_LK>[^<]*</MA_LK>", "<MA_LK></MA_LK>");
        TableRecord read = TableDocument.read(ClaimsTable.XML2, xml.getBytes(StandardCharsets.UTF_8)).get(0);
        EmrException e = catchThrowableOfType(EmrException.class, () -> DrugLine.from(read));
        assertThat(e.issues()).extracting(Issue::path).contains("XML2/STT", "XML2/NGAY_YL", "XML2/MA_LK");
        assertThat(e.issues()).extracting(Issue::code).contains(ClaimsError.FIELD_NOT_A_NUMBER,
                ClaimsError.FIELD_DATE_TIME, ClaimsError.TYPED_MANDATORY_MISSING);
    }

    @Test
    void aTimeWithSecondsIsRefusedNotTruncated() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 17);
        DrugLine seconds = d.toBuilder().ngayYl(LocalDateTime.of(2024, 8, 1, 9, 30, 15)).build();
        EmrException e = catchThrowableOfType(EmrException.class, () -> seconds.toTableRecord(ClaimsProfile.QD4750));
        assertThat(e.code()).isEqualTo(ClaimsError.TYPED_SECONDS);
        assertThat(e.path()).isEqualTo("XML2/NGAY_YL");
    }

    @Test
    void aRecordOfAnotherTableIsRefused() {
        Summary s = valid(ClaimsTable.XML1, ClaimsProfile.QD4750, 19);
        TableRecord tr = s.toTableRecord(ClaimsProfile.QD4750);
        EmrException e = catchThrowableOfType(EmrException.class, () -> DrugLine.from(tr));
        assertThat(e.code()).isEqualTo(ClaimsError.TYPED_WRONG_TABLE);
        assertThat(ClaimsRecord.from(tr)).isInstanceOf(Summary.class).isEqualTo(s);
    }

    @Test
    void aListItemThatIsEmptyOrHoldsTheSeparatorIsRefused() {
        ServiceLine l = valid(ClaimsTable.XML3, ClaimsProfile.QD4750, 23);
        for (List<String> bad : List.of(List.of("BS001;BS002"), List.of("BS001", ""))) {
            EmrException e = catchThrowableOfType(EmrException.class, () -> l.toBuilder().maBacSi(bad).build());
            assertThat(e.code()).isEqualTo(ClaimsError.TYPED_LIST_ITEM);
            assertThat(e.path()).isEqualTo("XML3/MA_BAC_SI");
        }
        List<String> two = List.of("BS001", "BS002");
        ServiceLine ok = l.toBuilder().maBacSi(two).build();
        assertThat(ok.toTableRecord(ClaimsProfile.QD4750).get("MA_BAC_SI")).contains("BS001;BS002");
        EmrException read = readError(l, "MA_BAC_SI", "BS001;;BS002");
        assertThat(read.code()).isEqualTo(ClaimsError.TYPED_LIST_ITEM);
    }

    @Test
    void hostileTextIsRefusedOrKeptExactly() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 29);
        Consumer<String> refused = v -> {
            EmrException e = catchThrowableOfType(EmrException.class, () -> d.toBuilder().tenThuoc(v).build().toTableRecord(ClaimsProfile.QD4750));
            assertThat(e.code()).isEqualTo(ClaimsError.FIELD_CHARACTERS);
            assertThat(e.path()).isEqualTo("XML2/TEN_THUOC");
        };
        refused.accept("Paracetamol \uD800 500mg"); // a lone surrogate
        refused.accept("Paracetamol \u0000");
        refused.accept("Paracetamol \uFFFE");
        // a huge value of an unbounded field survives the round trip whole
        String huge = "Dự phòng & <x> ]]> ".repeat(50_000);
        DrugLine big = d.toBuilder().duPhong(huge).build();
        byte[] xml = TableDocument.write(ClaimsTable.XML2, List.of(big.toTableRecord(ClaimsProfile.QD4750)));
        assertThat(DrugLine.from(TableDocument.read(ClaimsTable.XML2, xml).get(0)).duPhong()).contains(huge);
        // a huge number is refused by its size, not parsed
        byte[] longNumber = withText(d, ClaimsProfile.QD4750, "STT", "9".repeat(100_000));
        TableRecord r = TableDocument.read(ClaimsTable.XML2, longNumber).get(0);
        assertThat(catchThrowableOfType(EmrException.class, () -> DrugLine.from(r)).code())
                .isEqualTo(ClaimsError.TYPED_NOT_WHOLE);
    }

    @Test
    void absentOptionalValuesAreEmptyNeverNullAndEmptyTextIsAbsent() {
        DrugLine d = valid(ClaimsTable.XML2, ClaimsProfile.QD4750, 31);
        DrugLine blank = d.toBuilder().duPhong("").maCskcbThuoc(null).maPpChebien(null).build();
        assertThat(blank.duPhong()).isEmpty();
        assertThat(blank.maCskcbThuoc()).isEmpty();
        assertThat(blank.maPpChebien()).isEmpty();
        DrugLine direct = d.toBuilder().build();
        assertThat(direct).isEqualTo(d);
        assertThat(DrugLine.from(blank.toTableRecord(ClaimsProfile.QD4750))).isEqualTo(blank);
    }

    @Test
    void toStringShowsNoValue() {
        Summary generated = valid(ClaimsTable.XML1, ClaimsProfile.QD4750, 37);
        Summary s = generated.toBuilder().hoTen("Trần Văn Bình").build();
        assertThat(s.toString()).doesNotContain("Trần").startsWith("Summary[table=XML1, filled=");
    }

    @Test
    void theCatalogueOfEveryProfileIsCovered() {
        // the agreement tests above run over ClaimsProfile.values(): every profile has a catalogue to compare with
        for (ClaimsProfile p : ClaimsProfile.values()) {
            assertThat(FieldCatalogue.of(p)).isNotNull();
            assertThat(Arrays.stream(ClaimsTable.values()).filter(t -> spec(p, t).isPresent())).isNotEmpty();
        }
    }
}
