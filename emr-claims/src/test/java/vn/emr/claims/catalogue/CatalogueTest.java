package vn.emr.claims.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.claims.catalogue.FieldSpec.Requirement;
import vn.emr.claims.catalogue.FieldSpec.ValueFormat;

/**
 * The catalogue against independent sources: the official empty templates of BHXH letter CV 1245 (element names and
 * order of every table they show) and, when {@code ../shared} is beside the project, the research CSV it derives from.
 */
class CatalogueTest {

    private static final Map<ClaimsTable, String> TEMPLATES = new EnumMap<>(Map.ofEntries(
            Map.entry(ClaimsTable.XML0, "02_XML0_CHECKIN_template.xml"),
            Map.entry(ClaimsTable.XML1, "03_XML1_TONG_HOP_template.xml"),
            Map.entry(ClaimsTable.XML2, "04_XML2_CHI_TIET_THUOC_template.xml"),
            Map.entry(ClaimsTable.XML3, "05_XML3_CHI_TIET_DVKT_VTYT_template.xml"),
            Map.entry(ClaimsTable.XML4, "06_XML4_CHI_TIET_CLS_template.xml"),
            Map.entry(ClaimsTable.XML5, "07_XML5_DIEN_BIEN_LAM_SANG_template.xml"),
            Map.entry(ClaimsTable.XML6, "08_XML6_HIV_AIDS_template.xml"),
            Map.entry(ClaimsTable.XML7, "09_XML7_GIAY_RA_VIEN_template.xml"),
            Map.entry(ClaimsTable.XML8, "10_XML8_TOM_TAT_HSBA_template.xml"),
            Map.entry(ClaimsTable.XML9, "11_XML9_GIAY_CHUNG_SINH_template.xml"),
            Map.entry(ClaimsTable.XML11, "12_XML11_GIAY_NGHI_HUONG_BHXH_template.xml"),
            Map.entry(ClaimsTable.XML13, "13_XML13_GIAY_CHUYEN_TUYEN_template.xml"),
            Map.entry(ClaimsTable.XML14, "14_XML14_GIAY_HEN_KHAM_LAI_template.xml"),
            Map.entry(ClaimsTable.XML15, "15_XML15_DIEU_TRI_LAO_template.xml")));

    @ParameterizedTest
    @EnumSource(ClaimsTable.class)
    void elementNamesAndOrderAreTheOfficialTemplates(ClaimsTable table) throws Exception {
        String file = TEMPLATES.get(table);
        assumeTrue(file != null, "no official template of " + table + " in the shared data (XML10, XML12)");
        Document doc;
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/templates/" + file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(in);
        }
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo(table.rootElement());
        Element record = root;
        if (table.repeated()) {
            Element list = children(root).get(0);
            assertThat(list.getTagName()).isEqualTo(table.listElement().orElseThrow());
            record = children(list).get(0);
            assertThat(record.getTagName()).isEqualTo(table.recordElement());
        }
        List<String> names = children(record).stream().map(Element::getTagName).toList();
        assertThat(FieldCatalogue.qd4750().table(table).names()).containsExactlyElementsOf(names);
        if (table == ClaimsTable.XML0) {
            assertThat(children(root).get(1).getTagName()).isEqualTo("CHUKYDONVI");
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void countsAndTypesAsTheDecisionGivesThem() {
        FieldCatalogue c = FieldCatalogue.qd4750();
        assertThat(c.fieldCount()).isEqualTo(481);
        assertThat(c.table(ClaimsTable.XML1).fields()).hasSize(66);
        assertThat(c.table(ClaimsTable.XML2).fields()).hasSize(39);
        assertThat(c.table(ClaimsTable.XML3).fields()).hasSize(47);
        assertThat(c.table(ClaimsTable.XML10).fields()).hasSize(13);
        assertThat(c.table(ClaimsTable.XML12).fields()).hasSize(35);
        FieldSpec maLk = c.table(ClaimsTable.XML2).field("MA_LK").orElseThrow();
        assertThat(maLk.type()).isEqualTo(FieldType.TEXT);
        assertThat(maLk.maxLength()).hasValue(100);
        assertThat(maLk.requirement()).isEqualTo(Requirement.MANDATORY);
        FieldSpec amount = c.table(ClaimsTable.XML2).field("THANH_TIEN_BV").orElseThrow();
        assertThat(amount.format()).isEqualTo(ValueFormat.DECIMAL_2);
        assertThat(amount.maxLength()).hasValue(15);
        assertThat(c.table(ClaimsTable.XML2).field("SO_LUONG").orElseThrow().format()).isEqualTo(ValueFormat.DECIMAL_3);
        assertThat(c.table(ClaimsTable.XML2).field("NGAY_YL").orElseThrow().format())
                .isEqualTo(ValueFormat.DATE_TIME);
        assertThat(c.table(ClaimsTable.XML2).field("DU_PHONG").orElseThrow().maxLength()).isEmpty();
        FieldSpec tenderInfo = c.table(ClaimsTable.XML2).field("TT_THAU").orElseThrow();
        assertThat(tenderInfo.multiValue()).isTrue();
        assertThat(tenderInfo.requirement()).isEqualTo(Requirement.CONDITIONAL);
        assertThat(tenderInfo.condition()).isNotEmpty();
        // 4750 made the citizen id text (leading zeros) and MA_DOITUONG_KCB 4 characters
        assertThat(c.table(ClaimsTable.XML1).field("SO_CCCD").orElseThrow().type()).isEqualTo(FieldType.TEXT);
        assertThat(c.table(ClaimsTable.XML1).field("MA_DOITUONG_KCB").orElseThrow().maxLength()).hasValue(4);
        assertThat(c.table(ClaimsTable.XML1).field("NO_SUCH_FIELD")).isEmpty();
    }

    /** The rows of a tab-separated resource of the catalogue package, comments skipped. */
    static List<String[]> resource(String name) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = FieldCatalogue.class.getResourceAsStream(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    /** The research table's rows, with the catalogue's corrections (corrections-4750.tsv) applied. */
    @Test
    void theResourceIsTheSharedResearchTable() throws Exception {
        Path shared = Path.of("..", "..", "shared", "data", "claims", "fields-130.csv");
        assumeTrue(Files.isRegularFile(shared), "../shared is not beside the project");
        Map<String, String[]> corrections = new java.util.HashMap<>();
        for (String[] c : resource("corrections-4750.tsv")) {
            corrections.put(c[0] + "|" + c[1] + "|" + c[2], c);
        }
        List<String> expected = new ArrayList<>();
        for (List<String> row : Csv.read(Files.readString(shared, StandardCharsets.UTF_8))) {
            if (row.get(0).equals("table")) {
                continue;
            }
            List<String> cells = new ArrayList<>(row.subList(0, 6));
            String key = row.get(0) + "|" + row.get(1) + "|";
            if (corrections.containsKey(key + "max_length")) {
                cells.set(3, corrections.remove(key + "max_length")[3]);
            }
            if (corrections.containsKey(key + "mandatory")) {
                cells.set(5, corrections.remove(key + "mandatory")[3]);
            }
            expected.add(String.join("|", cells));
        }
        assertThat(corrections).as("corrections naming no field").isEmpty();
        List<String> actual = new ArrayList<>();
        for (TableSpec t : FieldCatalogue.qd4750().tables()) {
            for (FieldSpec f : t.fields()) {
                String mandatory = switch (f.requirement()) {
                    case MANDATORY -> "Y";
                    case OPTIONAL -> "N";
                    case CONDITIONAL -> "C: " + f.condition();
                };
                actual.add(String.join("|", t.table().name(), f.name(), f.type() == FieldType.TEXT ? "Chuỗi" : "Số",
                        f.maxLength().isPresent() ? Integer.toString(f.maxLength().getAsInt()) : "n", f.formatText(),
                        mandatory));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Each correction is what the portal sheet states for the row: its size, or a rule text making the field optional;
     * and it is a change (the research table's decision value differs).
     */
    @Test
    void eachCorrectionIsThePortalSheetsRow() throws Exception {
        Path sheet = Path.of("..", "..", "shared", "data", "claims", "portal-validation-4750.csv");
        Path decision = Path.of("..", "..", "shared", "data", "claims", "fields-130.csv");
        assumeTrue(Files.isRegularFile(sheet), "../shared is not beside the project");
        Map<String, List<String>> ctn = new java.util.HashMap<>();
        for (List<String> row : Csv.read(Files.readString(sheet, StandardCharsets.UTF_8))) {
            ctn.put(row.get(0) + "|" + row.get(1), row);
        }
        Map<String, List<String>> dec = new java.util.HashMap<>();
        for (List<String> row : Csv.read(Files.readString(decision, StandardCharsets.UTF_8))) {
            dec.put(row.get(0) + "|" + row.get(1), row);
        }
        List<String[]> corrections = resource("corrections-4750.tsv");
        assertThat(corrections).extracting(c -> c[0] + "." + c[1])
                .containsExactlyInAnyOrder("XML13.TOMTAT_KQ", "XML3.GOI_VTYT", "XML4.MA_DICH_VU");
        for (String[] c : corrections) {
            List<String> row = ctn.get(c[0] + "|" + c[1]);
            assertThat(row).as(c[1]).isNotNull();
            assertThat(c[4]).as("source of " + c[1]).contains("CTN sheet row " + c[0] + " " + c[1]);
            if (c[2].equals("max_length")) {
                assertThat(c[3]).as(c[1]).isEqualTo(row.get(3)).isNotEqualTo(dec.get(c[0] + "|" + c[1]).get(3));
            } else {
                assertThat(c[3]).isEqualTo("N");
                assertThat(row.get(5)).as(c[1]).containsIgnoringCase("không bắt buộc");
                assertThat(dec.get(c[0] + "|" + c[1]).get(5)).isEqualTo("Y");
            }
        }
        FieldCatalogue c = FieldCatalogue.qd4750();
        assertThat(c.table(ClaimsTable.XML13).field("TOMTAT_KQ").orElseThrow().requirement())
                .isEqualTo(Requirement.OPTIONAL);
        assertThat(c.table(ClaimsTable.XML3).field("GOI_VTYT").orElseThrow().maxLength()).hasValue(4);
        assertThat(c.table(ClaimsTable.XML4).field("MA_DICH_VU").orElseThrow().maxLength()).hasValue(50);
        // the decision's own form of a test done at another facility fits, as it does in XML3
        assertThat("01.0001.1002.K.79002").hasSizeLessThanOrEqualTo(
                c.table(ClaimsTable.XML3).field("MA_DICH_VU").orElseThrow().maxLength().getAsInt());
        // every profile carries them (QD3176's XML13 is derived from QD4750's)
        for (ClaimsProfile p : ClaimsProfile.values()) {
            assertThat(FieldCatalogue.of(p).table(ClaimsTable.XML3).field("GOI_VTYT").orElseThrow().maxLength())
                    .hasValue(4);
        }
        assertThat(FieldCatalogue.of(ClaimsProfile.QD3176).table(ClaimsTable.XML13).field("TOMTAT_KQ").orElseThrow()
                .requirement()).isEqualTo(Requirement.OPTIONAL);
    }

    /** The portal sizes resource is the portal sheet's size column, row for row. */
    @Test
    void thePortalSizesAreTheSharedPortalSheet() throws Exception {
        Path sheet = Path.of("..", "..", "shared", "data", "claims", "portal-validation-4750.csv");
        assumeTrue(Files.isRegularFile(sheet), "../shared is not beside the project");
        List<String> expected = new ArrayList<>();
        for (List<String> row : Csv.read(Files.readString(sheet, StandardCharsets.UTF_8))) {
            if (!row.get(0).equals("table")) {
                expected.add(row.get(0) + "|" + row.get(1) + "|" + (row.get(3).isEmpty() ? "n" : row.get(3)));
            }
        }
        List<String> actual = resource("portal-sizes-4750.tsv").stream().map(c -> String.join("|", c)).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /**
     * {@link SizeLimits#PORTAL}: the larger of the two sizes for each field, nothing else changed. Of the 23 rows the
     * sheet makes longer (claims.md §2.4), 2 are corrections of the decision's catalogue (XML3 GOI_VTYT, XML4
     * MA_DICH_VU): 21 are wider under PORTAL only; the 4 rows where the sheet is smaller, and every unbounded field,
     * keep the decision's size.
     */
    @Test
    void portalSizesAreTheLargerOfTheTwo() {
        FieldCatalogue decision = FieldCatalogue.of(ClaimsProfile.QD4750, SizeLimits.DECISION);
        FieldCatalogue portal = FieldCatalogue.of(ClaimsProfile.QD4750, SizeLimits.PORTAL);
        assertThat(decision).isSameAs(FieldCatalogue.qd4750());
        List<String> wider = new ArrayList<>();
        for (TableSpec t : decision.tables()) {
            TableSpec p = portal.table(t.table());
            assertThat(p.names()).isEqualTo(t.names());
            for (FieldSpec f : t.fields()) {
                FieldSpec g = p.field(f.name()).orElseThrow();
                assertThat(new FieldSpec(g.name(), g.type(), f.maxLength(), g.format(), g.multiValue(), g.requirement(),
                        g.condition(), g.formatText())).isEqualTo(f);
                if (!g.maxLength().equals(f.maxLength())) {
                    assertThat(f.maxLength()).isPresent();
                    assertThat(g.maxLength().getAsInt()).isGreaterThan(f.maxLength().getAsInt());
                    wider.add(t.table() + "." + f.name() + "=" + g.maxLength().getAsInt());
                }
            }
        }
        assertThat(wider).hasSize(21).contains("XML13.SO_HOSO=100", "XML13.SO_CHUYENTUYEN=100",
                "XML13.GIAY_CHUYEN_TUYEN=100", "XML3.TT_THAU=100", "XML13.MA_BENH_KT=200", "XML14.MA_BENH_KT=200",
                "XML13.MA_LK=250", "XML14.MA_LK=200", "XML15.MA_LK=200", "XML1.MA_TAI_NAN=2");
        // the sheet is smaller (stale after the 4750 amendment): the decision's size stays
        assertThat(portal.table(ClaimsTable.XML2).field("MA_KHOA").orElseThrow().maxLength()).hasValue(50);
        assertThat(portal.table(ClaimsTable.XML6).field("MA_XU_TRI").orElseThrow().maxLength()).hasValue(10);
        // unbounded in the decision, 4000 in the sheet: still unbounded
        assertThat(portal.table(ClaimsTable.XML1).field("LY_DO_VV").orElseThrow().maxLength()).isEmpty();
        // the profiles' own sizes: QD3176_2026's MUC_HUONG 4 (sheet 3) and QD3176's XML13 names
        assertThat(FieldCatalogue.of(ClaimsProfile.QD3176_2026, SizeLimits.PORTAL).table(ClaimsTable.XML2)
                .field("MUC_HUONG").orElseThrow().maxLength()).hasValue(4);
        TableSpec x13 = FieldCatalogue.of(ClaimsProfile.QD3176, SizeLimits.PORTAL).table(ClaimsTable.XML13);
        assertThat(x13.names()).isEqualTo(ClaimsProfile.QD3176.catalogue().table(ClaimsTable.XML13).names());
        assertThat(x13.field("MA_TTDV").orElseThrow().maxLength()).hasValue(255);
        assertThat(x13.field("SO_HOSO").orElseThrow().maxLength()).hasValue(100);
        assertThat(FieldCatalogue.of(ClaimsProfile.QD130, SizeLimits.PORTAL).has(ClaimsTable.XML13)).isFalse();
    }

    /**
     * The resource's 4750 column against the shared table's descriptions: {@code added} where the description says
     * "[Mới theo QĐ 4750]" or "Bổ sung thêm trường dự phòng", {@code type} where it says
     * "Đổi kiểu dữ liệu thành chuỗi", {@code size} where it says "Tăng kích thước tối đa lên N" (with N the field's size).
     */
    @Test
    void theAmendmentMarkersAreTheSharedDescriptions() throws Exception {
        Path shared = Path.of("..", "..", "shared", "data", "claims", "fields-130.csv");
        assumeTrue(Files.isRegularFile(shared), "../shared is not beside the project");
        List<String> expected = new ArrayList<>();
        java.util.regex.Pattern grown = java.util.regex.Pattern.compile("Tăng kích thước tối đa lên (\\d+)");
        for (List<String> row : Csv.read(Files.readString(shared, StandardCharsets.UTF_8))) {
            if (row.get(0).equals("table")) {
                continue;
            }
            String d = row.get(6);
            List<String> markers = new ArrayList<>();
            if (d.contains("[Mới theo QĐ 4750]") || d.contains("Bổ sung thêm trường dự phòng")) {
                markers.add("added");
            }
            if (d.contains("Đổi kiểu dữ liệu thành chuỗi")) {
                markers.add("type");
            }
            java.util.regex.Matcher m = grown.matcher(d);
            if (m.find()) {
                assertThat(m.group(1)).as(row.get(1)).isEqualTo(row.get(3));
                markers.add("size");
            }
            expected.add(row.get(0) + "|" + row.get(1) + "|" + String.join(",", markers));
        }
        List<String> actual = new ArrayList<>();
        try (InputStream in = FieldCatalogue.class.getResourceAsStream("fields-4750.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).hasSize(7);
                actual.add(c[0] + "|" + c[1] + "|" + c[6]);
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(actual.stream().filter(r -> r.endsWith("added"))).hasSize(29);
    }

    /** A small RFC 4180 reader for the test's CSV (quoted fields with doubled quotes). */
    static final class Csv {
        static List<List<String>> read(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (ch != '\r') {
                    cell.append(ch);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
