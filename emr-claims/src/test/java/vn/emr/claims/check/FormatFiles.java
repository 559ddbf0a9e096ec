package vn.emr.claims.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.table.TableDocumentTestAccess;

/**
 * Fixtures of the format-layer tests: a good inpatient stay (MA_LOAI_KCB 03, two bed days, XML5, XML7, XML8), good
 * rows of the other tables (mandatory fields filled with values that pass the field rules, the coded ones with good
 * codes), a check-in document, and the checks' reports reduced to what the format layer says.
 */
final class FormatFiles {

    static final ClaimsProfile PROFILE = ClaimsProfile.QD3176_2026;

    /** Good values of the coded mandatory fields of the other tables. */
    private static final Map<String, String> CODED = Map.ofEntries(Map.entry("MA_TTDV", "0123456789"),
            Map.entry("MA_BHXH", "0123456789"), Map.entry("MA_BHXH_NND", "0123456789"),
            Map.entry("GIOI_TINH", "1"), Map.entry("GIOI_TINH_CON", "1"), Map.entry("MA_DANTOC_NND", "01"),
            Map.entry("MA_QUOCTICH", "000"), Map.entry("MA_LOAI_KCB", "03"), Map.entry("KET_QUA_DTRI", "1"),
            Map.entry("MA_DOITUONG_KCB", "1.1"), Map.entry("MA_DINH_CHI_THAI", "0"),
            Map.entry("LOAI_DTRI_LAO", "0"), Map.entry("MA_TINH_TRANG_DK", "0"), Map.entry("MA_XU_TRI", "0"),
            Map.entry("MA_PHAC_DO_DIEU_TRI", "1"), Map.entry("MA_CSKCB", "79001"), Map.entry("MA_LOAI_RV", "1"),
            // audit (issue 10): codes of the lists SheetRules checks (a random digit may fall outside them)
            Map.entry("KQ_DTRI_LAO", "1"), Map.entry("GIAI_DOAN_LAM_SANG", "1"), Map.entry("SINHCON_PHAUTHUAT", "0"),
            Map.entry("SINHCON_DUOI32TUAN", "0"), Map.entry("MA_LYDO_CT", "1"), Map.entry("MA_LOAI_BN", "1"),
            Map.entry("LY_DO_CHUYEN_PHAC_DO", "1"), Map.entry("PHANLOAI_LAO_VITRI", "1"),
            Map.entry("PHANLOAI_LAO_TS", "1"), Map.entry("PHANLOAI_LAO_HIV", "1"), Map.entry("PHANLOAI_LAO_VK", "1"),
            Map.entry("PHANLOAI_LAO_KT", "1"));

    private FormatFiles() {
    }

    /** The row of the table: the given values, and every other mandatory field filled with a good value. */
    static Map<String, String> complete(ClaimsTable table, Map<String, String> given) {
        Random random = new Random(table.ordinal() * 130L);
        Map<String, String> row = new LinkedHashMap<>();
        for (FieldSpec f : PROFILE.catalogue().table(table).fields()) {
            String v = given.get(f.name());
            if (v == null && f.requirement() == FieldSpec.Requirement.MANDATORY) {
                v = CODED.get(f.name());
                if (v == null) {
                    v = TableDocumentTestAccess.fitting(f, random);
                }
            }
            if (v != null) {
                row.put(f.name(), v);
            }
        }
        return row;
    }

    /** The episode with a table of one row added (the row completed). */
    static Files130.Ep with(Files130.Ep ep, ClaimsTable table, Map<String, String> given) {
        Map<String, String> g = new LinkedHashMap<>(given);
        g.putIfAbsent("MA_LK", maLk(ep));
        if (table.repeated()) {
            g.putIfAbsent("STT", "1");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(complete(table, g));
        ep.tables.put(table, rows);
        return ep;
    }

    static String maLk(Files130.Ep ep) {
        return ep.row(ClaimsTable.XML1, 1).get("MA_LK");
    }

    /**
     * The sample visit with the tender data (TT_THAU) the portal requires of drugs outside groups 7 and 17 and of
     * supplies of group 10, which the medical record does not carry and the mapping therefore leaves out.
     */
    static Files130.Ep visit() {
        Files130.Ep e = Files130.outpatient();
        for (Map<String, String> line : e.tables.get(ClaimsTable.XML2)) {
            line.put("TT_THAU", "123/QĐ-SYT;G1;N4;2025");
        }
        e.set(ClaimsTable.XML3, 3, "TT_THAU", "45/QĐ-SYT;G2;N0;2025");
        return e;
    }

    /** A good inpatient stay: the sample visit admitted, two bed days, XML5, XML7 and XML8. */
    static Files130.Ep inpatient() {
        Files130.Ep e = visit();
        Map<String, String> x1 = e.row(ClaimsTable.XML1, 1);
        x1.put("MA_LOAI_KCB", "03");
        x1.put("NGAY_VAO_NOI_TRU", "202611010800");
        x1.put("LY_DO_VNT", "Sốt cao");
        x1.put("NGAY_RA", "202611031000");
        x1.put("SO_NGAY_DTRI", "3");
        x1.put("MA_TTDV", "0123456789");
        List<Map<String, String>> x3 = e.tables.get(ClaimsTable.XML3);
        for (int day = 1; day <= 2; day++) {
            Map<String, String> bed = new LinkedHashMap<>(x3.get(0));
            bed.put("STT", Integer.toString(x3.size() + 1));
            bed.put("MA_DICH_VU", "K03.1905");
            bed.put("MA_NHOM", "15");
            bed.put("TEN_DICH_VU", "Giường Nội khoa loại 1");
            bed.put("DON_VI_TINH", "Ngày");
            bed.put("DON_GIA_BV", "200000.000");
            bed.put("DON_GIA_BH", "200000.000");
            bed.put("THANH_TIEN_BV", "200000.00");
            bed.put("THANH_TIEN_BH", "200000.00");
            bed.put("T_BNCCT", "40000.00");
            bed.put("T_BHTT", "160000.00");
            bed.put("MA_GIUONG", "H00" + day);
            bed.remove("NGUOI_THUC_HIEN");
            bed.remove("NGAY_TH_YL");
            bed.remove("NGAY_KQ");
            bed.put("NGAY_YL", "2026110" + day + "0900");
            x3.add(bed);
        }
        add(x1, "T_TONGCHI_BV", "400000");
        add(x1, "T_TONGCHI_BH", "400000");
        add(x1, "T_BNCCT", "80000");
        add(x1, "T_BHTT", "320000");
        add(x1, "T_BHTT_GDV", "320000");
        String k = maLk(e);
        e.tables.put(ClaimsTable.XML5, new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("MA_LK", k, "STT", "1",
                "DIEN_BIEN_LS", "Sốt 39 độ, ho", "THOI_DIEM_DBLS", "202611020800",
                "NGUOI_THUC_HIEN", "001234/HCM-CCHN")))));
        Map<String, String> x7 = new LinkedHashMap<>();
        x7.put("NGAY_VAO", "202611010730");
        x7.put("NGAY_RA", "202611031000");
        x7.put("NGAY_CT", "20261103");
        x7.put("CHAN_DOAN_RV", "Viêm họng cấp");
        x7.put("MA_KHOA_RV", "K01");
        with(e, ClaimsTable.XML7, x7);
        Map<String, String> x8 = new LinkedHashMap<>(x7);
        x8.remove("MA_KHOA_RV");
        x8.put("CHAN_DOAN_VAO", "Viêm họng cấp");
        with(e, ClaimsTable.XML8, x8);
        return e;
    }

    private static void add(Map<String, String> row, String field, String amount) {
        row.put(field, new BigDecimal(row.get(field)).add(new BigDecimal(amount)).setScale(2).toPlainString());
    }

    /** The check-in row of the sample visit (an examination). */
    static Map<String, String> checkInRow(Files130.Ep ep) {
        Map<String, String> x1 = ep.row(ClaimsTable.XML1, 1);
        Map<String, String> g = new LinkedHashMap<>();
        for (String f : List.of("MA_LK", "MA_BN", "HO_TEN", "SO_CCCD", "NGAY_SINH", "GIOI_TINH", "MA_THE_BHYT",
                "MA_DOITUONG_KCB", "NGAY_VAO", "MA_LOAI_KCB", "MA_CSKCB")) {
            g.put(f, x1.get(f));
        }
        g.put("STT", "1");
        g.put("MA_DKBD", "79001");
        g.put("GT_THE_TU", "20260101");
        g.put("GT_THE_DEN", "20261231");
        g.put("MA_DICH_VU", "01.0001.1001");
        g.put("TEN_DICH_VU", "Khám Nội");
        g.put("NGAY_YL", x1.get("NGAY_VAO"));
        return complete(ClaimsTable.XML0, g);
    }

    static byte[] checkIn(Map<String, String> row) {
        return Files130.table(PROFILE, ClaimsTable.XML0, List.of(row));
    }

    static byte[] file(Files130.Ep... ep) {
        return Files130.envelope(PROFILE, ep);
    }

    /** The expected path of a field, as the engine writes it. */
    static String path(Files130.Ep ep, ClaimsTable t, int row, String field) {
        return t.name() + "[MA_LK=" + maLk(ep) + "]" + (t.repeated() ? "[" + row + "]" : "") + "." + field;
    }

    /** The issues of the format and structure layers (what this layer's tests judge), as "rule @ path". */
    static Set<String> formatIssues(ClaimsReport r) {
        Map<String, RuleLayer> layers = RuleCatalogue.ALL.stream()
                .collect(Collectors.toMap(Rule::id, Rule::layer));
        return r.issues().stream().filter(i -> layers.get(i.rule()) != RuleLayer.CROSS_TABLE)
                .map(i -> i.rule() + " @ " + i.path()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
