package vn.emr.claims.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.validation.Issue;

/** Writing and reading table documents: the round trip, what real files do, and what breaks the structure. */
class TableDocumentTest {

    /** A random value that passes the field's rules. */
    static String valueFor(FieldSpec f, Random random) {
        int max = f.maxLength().orElse(300);
        switch (f.format()) {
            case DATE:
                return FieldRules.DATE.format(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(30_000)));
            case DATE_TIME:
            case DATE_TIME_PARTIAL:
                return FieldRules.DATE_TIME.format(LocalDateTime.of(2020, 1, 1, 0, 0)
                        .plusMinutes(random.nextInt(3_000_000)));
            case DECIMAL_2:
            case DECIMAL_UP_TO_2:
                return BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 1_000 : 1_000_000_000), 2)
                        .toPlainString();
            case DECIMAL_3:
                return BigDecimal.valueOf(random.nextInt(1_000_000), 3).toPlainString();
            default:
                break;
        }
        if (f.type() == FieldType.NUMBER) {
            int digits = 1 + random.nextInt(Math.min(max, 9));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            return b.toString();
        }
        String alphabet = f.format() == FieldSpec.ValueFormat.NO_SPACES ? "ABCxyz019.-ệỗ"
                : "ABC xyz 019 Tiếng Việt ơư đ & < > \" ' ]]> ;\t\n\r𝔘";
        int length = 1 + random.nextInt(Math.min(max, 40));
        StringBuilder b = new StringBuilder();
        while (b.codePointCount(0, b.length()) < length) {
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            if (cp == ';' && f.multiValue()) {
                continue;
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** A value that also fits the field's size (the catalogue gives XML12's 12-character dates 8 characters). */
    static String fitting(FieldSpec f, Random random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String v = valueFor(f, random);
            if (f.maxLength().isEmpty() || v.codePointCount(0, v.length()) <= f.maxLength().getAsInt()) {
                return v;
            }
        }
        return null;
    }

    static TableRecord randomRecord(TableSpec spec, Random random) {
        TableRecord.Builder b = TableRecord.builder(spec.table());
        for (FieldSpec f : spec.fields()) {
            if (random.nextInt(5) > 0) {
                b.set(f.name(), fitting(f, random));
            }
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(ClaimsTable.class)
    void everyTableReadsBackEqual(ClaimsTable table) {
        TableSpec spec = FieldCatalogue.qd4750().table(table);
        Random random = new Random(table.ordinal() * 4750L);
        for (int round = 0; round < 40; round++) {
            int n = table.repeated() ? random.nextInt(4) : 1;
            List<TableRecord> records = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                records.add(randomRecord(spec, random));
            }
            byte[] xml = TableDocument.write(table, records);
            assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            assertThat(TableDocument.tableOf(xml)).isEqualTo(table);
            List<TableRecord> back = TableDocument.read(table, xml);
            assertThat(back).as("round %d", round).isEqualTo(records);
            back.forEach(r -> assertThat(r.check()).isEmpty());
        }
    }

    @Test
    void freeTextSurvivesEscapingAndLineBreaks() {
        String text = "Sốt 39°C & ho; <b>không</b> \"đỡ\" 'nhiều' ]]> dòng 1\r\ndòng 2\rdòng 3\ttab";
        TableRecord r = TableRecord.builder(ClaimsTable.XML5).set("MA_LK", "LK-1").set("STT", 1)
                .set("DIEN_BIEN_LS", text).build();
        byte[] xml = TableDocument.write(ClaimsTable.XML5, List.of(r));
        String s = new String(xml, StandardCharsets.UTF_8);
        assertThat(s).contains("&amp;", "&lt;b&gt;", "]]&gt;", "&#13;").doesNotContain("CDATA");
        assertThat(TableDocument.read(ClaimsTable.XML5, xml).get(0).get("DIEN_BIEN_LS")).contains(text);
        // every field is written, in order, absent ones as empty elements
        assertThat(s).contains("<THOI_DIEM_DBLS></THOI_DIEM_DBLS>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02_XML0_CHECKIN_template.xml", "03_XML1_TONG_HOP_template.xml",
            "04_XML2_CHI_TIET_THUOC_template.xml", "13_XML13_GIAY_CHUYEN_TUYEN_template.xml",
            "15_XML15_DIEU_TRI_LAO_template.xml"})
    void readsTheOfficialEmptyTemplates(String file) throws Exception {
        byte[] xml;
        try (InputStream in = TableDocumentTest.class.getResourceAsStream("/templates/" + file)) {
            xml = in.readAllBytes();
        }
        ClaimsTable table = TableDocument.tableOf(xml);
        List<TableRecord> records = TableDocument.read(table, xml);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).values()).isEmpty();
    }

    @Test
    void toleratesWhatRealFilesDo() {
        String body = "<TONG_HOP xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\r\n  <MA_LK>LK1</MA_LK>\n  <!-- note -->\n"
                + "  <HO_TEN><![CDATA[Nguyễn & Văn]]></HO_TEN><STT>1</STT>\n</TONG_HOP>\n";
        for (byte[] xml : List.of(bytes(body), bytes("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body),
                bytes("<?xml version='1.0'?>\n" + body))) {
            TableRecord r = TableDocument.read(ClaimsTable.XML1, xml).get(0);
            assertThat(r.get("MA_LK")).contains("LK1");
            assertThat(r.get("HO_TEN")).contains("Nguyễn & Văn");
            assertThat(r.get("STT")).contains("1");
        }
    }

    @Test
    void refusesWhatBreaksTheStructureWithACodeAndNoPartialResult() {
        assertCode("<TONG_HOP><MA_LK>1</MA_LK>", ClaimsTable.XML1, ClaimsError.TABLE_MALFORMED);
        assertCode("<!DOCTYPE TONG_HOP [<!ENTITY x \"y\">]><TONG_HOP><MA_LK>&x;</MA_LK></TONG_HOP>", ClaimsTable.XML1,
                ClaimsError.TABLE_MALFORMED);
        assertCode("<!DOCTYPE TONG_HOP SYSTEM \"http://127.0.0.1:1/x.dtd\"><TONG_HOP/>", ClaimsTable.XML1,
                ClaimsError.TABLE_MALFORMED);
        assertCode("<CHITIEU_CHITIET_THUOC/>", ClaimsTable.XML1, ClaimsError.TABLE_ROOT);
        assertCode("<TONG_HOP><NOT_A_FIELD>1</NOT_A_FIELD></TONG_HOP>", ClaimsTable.XML1, ClaimsError.FIELD_UNKNOWN);
        assertCode("<TONG_HOP><MA_LK>1</MA_LK><MA_LK>2</MA_LK></TONG_HOP>", ClaimsTable.XML1,
                ClaimsError.FIELD_REPEATED);
        assertCode("<TONG_HOP><MA_LK><b>1</b></MA_LK></TONG_HOP>", ClaimsTable.XML1, ClaimsError.TABLE_STRUCTURE);
        assertCode("<TONG_HOP>text<MA_LK>1</MA_LK></TONG_HOP>", ClaimsTable.XML1, ClaimsError.TABLE_STRUCTURE);
        assertCode("<TONG_HOP xmlns=\"urn:x\"><MA_LK>1</MA_LK></TONG_HOP>", ClaimsTable.XML1, ClaimsError.TABLE_ROOT);
        assertCode("<CHITIEU_CHITIET_THUOC><DSACH_CHI_TIET_THUOC><CHI_TIET_DVKT/></DSACH_CHI_TIET_THUOC>"
                + "</CHITIEU_CHITIET_THUOC>", ClaimsTable.XML2, ClaimsError.TABLE_STRUCTURE);
        assertCode("<CHITIEU_CHITIET_THUOC><DSACH_CHI_TIET_THUOC/><X/></CHITIEU_CHITIET_THUOC>", ClaimsTable.XML2,
                ClaimsError.TABLE_STRUCTURE);
        assertCode("not xml", ClaimsTable.XML1, ClaimsError.TABLE_MALFORMED);
        assertCode("", ClaimsTable.XML1, ClaimsError.TABLE_MALFORMED);
    }

    @Test
    void valuesThatBreakTheRulesAreReadAndReported() {
        byte[] xml = bytes("<TONG_HOP><MA_LK>LK1</MA_LK><NGAY_SINH>20240230</NGAY_SINH><CAN_NANG>5.125</CAN_NANG>"
                + "</TONG_HOP>");
        TableRecord r = TableDocument.read(ClaimsTable.XML1, xml).get(0);
        assertThat(r.get("NGAY_SINH")).contains("20240230");
        assertThat(r.check()).extracting(Issue::code).containsExactly(ClaimsError.FIELD_DATE_TIME,
                ClaimsError.FIELD_DECIMALS);
        assertThat(r.check()).extracting(Issue::path).contains("XML1/NGAY_SINH");
    }

    @Test
    void theBuilderRefusesValuesThatDoNotFitWithoutEchoingThem() {
        refused(ClaimsTable.XML1, "MA_LK", "x".repeat(101), ClaimsError.FIELD_TOO_LONG);
        refused(ClaimsTable.XML1, "NGAY_SINH", "202402300000", ClaimsError.FIELD_DATE_TIME);
        refused(ClaimsTable.XML0, "GT_THE_TU", "20240230", ClaimsError.FIELD_DATE);
        refused(ClaimsTable.XML1, "GT_THE_TU", "20240101;2024013", ClaimsError.FIELD_DATE);
        refused(ClaimsTable.XML1, "CAN_NANG", "3.125", ClaimsError.FIELD_DECIMALS);
        refused(ClaimsTable.XML1, "NGAY_VAO", "202402301200", ClaimsError.FIELD_DATE_TIME);
        refused(ClaimsTable.XML2, "DON_GIA", "12.3456", ClaimsError.FIELD_DECIMALS);
        refused(ClaimsTable.XML2, "SO_LUONG", "1e5", ClaimsError.FIELD_NOT_A_NUMBER);
        refused(ClaimsTable.XML2, "STT", "-1", ClaimsError.FIELD_NOT_A_NUMBER);
        refused(ClaimsTable.XML2, "STT", "１２", ClaimsError.FIELD_NOT_A_NUMBER);
        refused(ClaimsTable.XML2, "SO_DANG_KY", "VD 1234", ClaimsError.FIELD_SPACES);
        refused(ClaimsTable.XML1, "HO_TEN", "Nguyễn\u0007Văn", ClaimsError.FIELD_CHARACTERS);
        refused(ClaimsTable.XML1, "HO_TEN", "lone \uD800 surrogate", ClaimsError.FIELD_CHARACTERS);
        // a birth date with unknown day and month, as the decision allows
        assertThat(TableRecord.builder(ClaimsTable.XML1).set("NGAY_SINH", "198000000000").build().get("NGAY_SINH"))
                .contains("198000000000");
        // 100 Vietnamese characters fit a 100-character field, whatever their UTF-8 length
        String hundred = "Ệ".repeat(99) + "𝔘";
        assertThat(TableRecord.builder(ClaimsTable.XML1).set("MA_LK", hundred).build().get("MA_LK"))
                .contains(hundred);
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> TableRecord.builder(ClaimsTable.XML1).set("NO_SUCH", "x"));
        assertThat(e.code()).isEqualTo(ClaimsError.FIELD_UNKNOWN);
        // typed setters write the field's form
        TableRecord typed = TableRecord.builder(ClaimsTable.XML2).set("THANH_TIEN_BV", new BigDecimal("3500000"))
                .set("SO_LUONG", new BigDecimal("0.5")).set("NGAY_YL", LocalDateTime.of(2025, 3, 4, 7, 5, 59))
                .build();
        assertThat(typed.get("THANH_TIEN_BV")).contains("3500000.00");
        assertThat(typed.get("SO_LUONG")).contains("0.500");
        assertThat(typed.get("NGAY_YL")).contains("202503040705");
        refused(ClaimsTable.XML2, "DON_GIA", "1.0001", ClaimsError.FIELD_DECIMALS);
        assertThat(typed.toString()).doesNotContain("3500000");
    }

    private static void refused(ClaimsTable table, String field, String value, ClaimsError code) {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> TableRecord.builder(table).set(field, value).build());
        assertThat(e).as(field + " accepted").isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.path()).isEqualTo(table.name() + "/" + field);
        for (Issue i : e.issues()) {
            assertThat(i.message(Languages.VIETNAMESE)).doesNotContain(value);
            assertThat(i.message(Languages.ENGLISH)).doesNotContain(value);
        }
    }

    private static void assertCode(String xml, ClaimsTable table, ClaimsError code) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> TableDocument.read(table, bytes(xml)));
        assertThat(e).as(xml).isNotNull();
        assertThat(e.code()).as(xml).isEqualTo(code);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
