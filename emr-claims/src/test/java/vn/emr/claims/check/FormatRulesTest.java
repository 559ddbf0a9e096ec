package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.catalogue.ClaimsTable.XML0;
import static vn.emr.claims.catalogue.ClaimsTable.XML1;
import static vn.emr.claims.catalogue.ClaimsTable.XML11;
import static vn.emr.claims.catalogue.ClaimsTable.XML13;
import static vn.emr.claims.catalogue.ClaimsTable.XML14;
import static vn.emr.claims.catalogue.ClaimsTable.XML2;
import static vn.emr.claims.catalogue.ClaimsTable.XML3;
import static vn.emr.claims.catalogue.ClaimsTable.XML4;
import static vn.emr.claims.catalogue.ClaimsTable.XML6;
import static vn.emr.claims.catalogue.ClaimsTable.XML7;
import static vn.emr.claims.catalogue.ClaimsTable.XML8;
import static vn.emr.claims.catalogue.ClaimsTable.XML9;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.core.EmrException;
import vn.emr.core.code.Icd10Code;
import vn.emr.core.identity.BhytCardNumber;

/**
 * The format layer without catalogues: each rule broken alone in a good file is reported at the broken field, and the
 * good files (the sample visit, the inpatient stay, a check-in, each other table) have no format issue.
 */
class FormatRulesTest {

    private static final ClaimsChecker CHECKER = ClaimsChecker.builder().build();

    /** One file that breaks exactly one rule, at one path. */
    record Case(String rule, byte[] file, String path) {
        @Override
        public String toString() {
            return rule + " @ " + path;
        }
    }

    private static Case visit(String rule, ClaimsTable t, int row, String field, String value) {
        return edit(rule, FormatFiles.visit(), t, row, field, value, e -> { });
    }

    private static Case stay(String rule, ClaimsTable t, int row, String field, String value) {
        return edit(rule, FormatFiles.inpatient(), t, row, field, value, e -> { });
    }

    private static Case edit(String rule, Files130.Ep e, ClaimsTable t, int row, String field, String value,
            Consumer<Files130.Ep> more) {
        more.accept(e);
        e.set(t, row, field, value);
        return new Case(rule, FormatFiles.file(e), FormatFiles.path(e, t, row, field));
    }

    /** A table added to the visit with one row of these values, the path at {@code field}. */
    private static Case added(String rule, ClaimsTable t, String field, Map<String, String> values) {
        Files130.Ep e = FormatFiles.with(FormatFiles.visit(), t, values);
        return new Case(rule, FormatFiles.file(e), FormatFiles.path(e, t, 1, field));
    }

    private static Case checkIn(String rule, String field, String value) {
        Files130.Ep e = FormatFiles.visit();
        Map<String, String> row = FormatFiles.checkInRow(e);
        if (value == null) {
            row.remove(field);
        } else {
            row.put(field, value);
        }
        return new Case(rule, FormatFiles.checkIn(row), FormatFiles.path(e, XML0, 1, field));
    }

    static Stream<Case> broken() {
        List<Case> c = new ArrayList<>();
        // ICD-10
        c.add(visit("XML1.MA_BENH_CHINH.ICD10", XML1, 1, "MA_BENH_CHINH", "I10;K29"));
        c.add(visit("XML1.MA_BENH_CHINH.ICD10", XML1, 1, "MA_BENH_CHINH", "J069"));
        c.add(visit("XML1.MA_BENH_KT.ICD10", XML1, 1, "MA_BENH_KT", "I10;j06"));
        c.add(visit("XML1.MA_BENH_KT.COUNT", XML1, 1, "MA_BENH_KT",
                "A00;A01;A02;A03;A04;A05;A06;A07;A08;A09;B00;B01;B02"));
        c.add(visit("XML3.MA_BENH.ICD10", XML3, 2, "MA_BENH", "J06.999"));
        c.add(visit("XML1.MA_BENH_CHINH.WARNING_CODE", XML1, 1, "MA_BENH_CHINH", "Z00.0"));
        // identity and card
        c.add(visit("XML1.SO_CCCD.FORM", XML1, 1, "SO_CCCD", "0010901234"));
        c.add(visit("XML1.SO_CCCD.FORM", XML1, 1, "SO_CCCD", "b1234567"));
        c.add(checkIn("XML0.SO_CCCD.FORM", "SO_CCCD", "12345678"));
        c.add(visit("XML1.MA_THE_BHYT.FORM", XML1, 1, "MA_THE_BHYT", "DN4010120878811;DN601012087881"));
        c.add(visit("XML1.MA_THE_BHYT.FORM", XML1, 1, "MA_THE_BHYT", "DN6010120878811"));
        c.add(checkIn("XML0.MA_THE_BHYT.FORM", "MA_THE_BHYT", "dn4010120878811"));
        c.add(checkIn("XML0.MA_DKBD.FORM", "MA_DKBD", "7900"));
        c.add(edit("XML1.MA_DKBD.FORM", FormatFiles.visit(), XML1, 1, "MA_DKBD", "79001;790011",
                e -> cards(e, "20260101;20260601", "20260531;20261231")));
        c.add(edit("XML1.GT_THE_DEN.BEFORE_GT_THE_TU", FormatFiles.visit(), XML1, 1, "GT_THE_DEN",
                "20261231;20261130", e -> cards(e, "20260101;20261201", "20261231;20271231")));
        c.add(checkIn("XML0.GT_THE_DEN.BEFORE_GT_THE_TU", "GT_THE_DEN", "20251231"));
        c.add(edit("XML1.GT_THE_TU.AFTER_NGAY_VAO", FormatFiles.visit(), XML1, 1, "GT_THE_TU", "20261102",
                e -> cards(e, "20261102", "20271231")));
        c.add(edit("XML1.GT_THE_DEN.BEFORE_NGAY_VAO", FormatFiles.visit(), XML1, 1, "GT_THE_DEN",
                "20260531;20261031", e -> cards(e, "20260101;20260601", "20260531;20261031")));
        c.add(checkIn("XML0.GT_THE_TU.AFTER_NGAY_VAO", "GT_THE_TU", "20261201"));
        // code lists
        c.add(visit("XML1.GIOI_TINH.CODE", XML1, 1, "GIOI_TINH", "0"));
        c.add(checkIn("XML0.GIOI_TINH.CODE", "GIOI_TINH", "4"));
        c.add(added("XML13.GIOI_TINH.CODE", XML13, "GIOI_TINH", Map.of("GIOI_TINH", "5")));
        c.add(added("XML14.GIOI_TINH.CODE", XML14, "GIOI_TINH", Map.of("GIOI_TINH", "9")));
        c.add(added("XML6.GIOI_TINH.CODE", XML6, "GIOI_TINH", Map.of("GIOI_TINH", "9")));
        c.add(added("XML9.GIOI_TINH_CON.CODE", XML9, "GIOI_TINH_CON", Map.of("GIOI_TINH_CON", "0")));
        c.add(visit("XML1.MA_LOAI_KCB.CODE", XML1, 1, "MA_LOAI_KCB", "1"));
        c.add(checkIn("XML0.MA_LOAI_KCB.CODE", "MA_LOAI_KCB", "10"));
        c.add(stay("XML8.MA_LOAI_KCB.CODE", XML8, 1, "MA_LOAI_KCB", "00"));
        c.add(visit("XML1.MA_DOITUONG_KCB.FORM", XML1, 1, "MA_DOITUONG_KCB", "1.a"));
        c.add(checkIn("XML0.MA_DOITUONG_KCB.FORM", "MA_DOITUONG_KCB", "1."));
        c.add(added("XML14.MA_DOITUONG_KCB.FORM", XML14, "MA_DOITUONG_KCB", Map.of("MA_DOITUONG_KCB", "X")));
        c.add(visit("XML1.KET_QUA_DTRI.CODE", XML1, 1, "KET_QUA_DTRI", "9"));
        c.add(stay("XML8.KET_QUA_DTRI.CODE", XML8, 1, "KET_QUA_DTRI", "0"));
        c.add(visit("XML1.MA_LOAI_RV.CODE", XML1, 1, "MA_LOAI_RV", "6"));
        c.add(added("XML13.MA_LOAI_RV.CODE", XML13, "MA_LOAI_RV", Map.of("MA_LOAI_RV", "0")));
        c.add(visit("XML2.PHAM_VI.CODE", XML2, 2, "PHAM_VI", "4"));
        c.add(visit("XML3.PHAM_VI.CODE", XML3, 1, "PHAM_VI", "0"));
        c.add(visit("XML2.MA_PTTT.CODE", XML2, 1, "MA_PTTT", "4"));
        c.add(visit("XML3.MA_PTTT.CODE", XML3, 3, "MA_PTTT", "0"));
        c.add(visit("XML2.NGUON_CTRA.CODE", XML2, 3, "NGUON_CTRA", "5"));
        c.add(edit("XML3.PP_VO_CAM.CODE", FormatFiles.visit(), XML3, 1, "PP_VO_CAM", "5",
                e -> e.set(XML3, 1, "MA_NHOM", "8")));
        c.add(visit("XML2.MA_NHOM.CODE", XML2, 1, "MA_NHOM", "20"));
        c.add(visit("XML3.MA_NHOM.CODE", XML3, 2, "MA_NHOM", "0"));
        c.add(stay("XML3.MA_GIUONG.FORM", XML3, 4, "MA_GIUONG", "H001;X002"));
        c.add(stay("XML3.MA_GIUONG.FORM", XML3, 5, "MA_GIUONG", "H01"));
        c.add(visit("XML3.GOI_VTYT.FORM", XML3, 3, "GOI_VTYT", "G0"));
        c.add(visit("XML3.GOI_VTYT.FORM", XML3, 3, "GOI_VTYT", "G01"));
        c.add(visit("XML1.MA_QUOCTICH.FORM", XML1, 1, "MA_QUOCTICH", "VN"));
        c.add(added("XML9.MA_QUOCTICH.FORM", XML9, "MA_QUOCTICH", Map.of("MA_QUOCTICH", "84")));
        c.add(added("XML13.MA_QUOCTICH.FORM", XML13, "MA_QUOCTICH", Map.of("MA_QUOCTICH", "0a0")));
        c.add(visit("XML1.MA_DANTOC.FORM", XML1, 1, "MA_DANTOC", "1"));
        c.add(added("XML13.MA_DANTOC.FORM", XML13, "MA_DANTOC", Map.of("MA_DANTOC", "K")));
        c.add(added("XML9.MA_DANTOC_NND.FORM", XML9, "MA_DANTOC_NND", Map.of("MA_DANTOC_NND", "1")));
        c.add(visit("XML1.MA_NGHE_NGHIEP.FORM", XML1, 1, "MA_NGHE_NGHIEP", "0000"));
        c.add(added("XML13.MA_NGHE_NGHIEP.FORM", XML13, "MA_NGHE_NGHIEP", Map.of("MA_NGHE_NGHIEP", "0000A")));
        c.add(visit("XML2.TT_THAU.FORM", XML2, 1, "TT_THAU", "123/QĐ-BV;G0;N1;2025"));
        c.add(visit("XML2.TT_THAU.FORM", XML2, 2, "TT_THAU", "123/QĐ-BV;G1;N1;25"));
        c.add(visit("XML2.TT_THAU.FORM", XML2, 3, "TT_THAU", "123/QĐ-BV;G1;N1"));
        c.add(visit("XML3.TT_THAU.FORM", XML3, 3, "TT_THAU", "45/QĐ-BV;G100;N0;2025"));
        c.add(edit("XML3.MA_MAY.FORM", FormatFiles.visit(), XML3, 2, "MA_MAY", "XN.1.79001.1;SH.4.79001.2",
                e -> e.set(XML3, 2, "MA_NHOM", "1")));
        c.add(edit("XML3.MA_MAY.FORM", FormatFiles.visit(), XML3, 2, "MA_MAY", "SH.1.79001.",
                e -> e.set(XML3, 2, "MA_NHOM", "1")));
        c.add(visit("XML1.MA_TTDV.FORM", XML1, 1, "MA_TTDV", "012345678"));
        c.add(stay("XML7.MA_TTDV.FORM", XML7, 1, "MA_TTDV", "BS-01"));
        c.add(stay("XML8.MA_TTDV.FORM", XML8, 1, "MA_TTDV", "012345678A"));
        c.add(added("XML14.MA_TTDV.FORM", XML14, "MA_TTDV", Map.of("MA_TTDV", "ABCDEFGHIJ")));
        c.add(added("XML11.MA_BHXH.FORM", XML11, "MA_BHXH", Map.of("MA_BHXH", "0000000000")));
        c.add(added("XML9.MA_BHXH_NND.FORM", XML9, "MA_BHXH_NND", Map.of("MA_BHXH_NND", "79-123")));
        c.add(visit("XML2.VET_THUONG_TP.FORM", XML2, 1, "VET_THUONG_TP", "0"));
        c.add(visit("XML3.VET_THUONG_TP.FORM", XML3, 1, "VET_THUONG_TP", "2"));
        c.add(visit("XML3.TAI_SU_DUNG.FORM", XML3, 3, "TAI_SU_DUNG", "0"));
        c.add(added("XML11.MAU_SO.FORM", XML11, "MAU_SO", Map.of("MAU_SO", "CT7")));
        c.add(visit("XML2.TYLE_TT_BH.RANGE", XML2, 1, "TYLE_TT_BH", "101"));
        c.add(visit("XML3.TYLE_TT_BH.RANGE", XML3, 1, "TYLE_TT_BH", "150"));
        c.add(visit("XML3.TYLE_TT_DV.RANGE", XML3, 1, "TYLE_TT_DV", "101"));
        c.add(visit("XML2.MUC_HUONG.VALUE", XML2, 1, "MUC_HUONG", "120"));
        c.add(visit("XML3.MUC_HUONG.VALUE", XML3, 2, "MUC_HUONG", "8.25"));
        c.add(visit("XML1.CAN_NANG.MAX", XML1, 1, "CAN_NANG", "200.01"));
        c.add(added("XML11.TUOI_THAI.RANGE", XML11, "TUOI_THAI", Map.of("TUOI_THAI", "43")));
        c.add(edit("XML7.TUOI_THAI.RANGE", FormatFiles.inpatient(), XML7, 1, "TUOI_THAI", "0",
                e -> e.set(XML7, 1, "MA_DINH_CHI_THAI", "1").set(XML7, 1, "NGUYENNHAN_DINHCHI", "Thai lưu")
                        .set(XML7, 1, "THOIGIAN_DINHCHI", "202611020900")));
        // conditional mandatory fields
        c.add(visit("XML3.TT_THAU.REQUIRED", XML3, 3, "TT_THAU", null));
        c.add(edit("XML3.MA_XANG_DAU.REQUIRED", FormatFiles.visit(), XML3, 2, "MA_XANG_DAU", null,
                e -> e.set(XML3, 2, "MA_NHOM", "12")));
        c.add(edit("XML3.NGUOI_THUC_HIEN.REQUIRED", FormatFiles.visit(), XML3, 1, "NGUOI_THUC_HIEN", null,
                e -> e.set(XML3, 1, "MA_NHOM", "18")));
        c.add(edit("XML3.NGAY_TH_YL.REQUIRED", FormatFiles.visit(), XML3, 2, "NGAY_TH_YL", null,
                e -> e.set(XML3, 2, "MA_NHOM", "18")));
        c.add(visit("XML2.TT_THAU.REQUIRED", XML2, 2, "TT_THAU", null));
        c.add(edit("XML3.MA_MAY.REQUIRED", FormatFiles.visit(), XML3, 2, "MA_MAY", null,
                e -> e.set(XML3, 2, "MA_NHOM", "2")));
        c.add(edit("XML3.PP_VO_CAM.REQUIRED", FormatFiles.visit(), XML3, 1, "PP_VO_CAM", null,
                e -> e.set(XML3, 1, "MA_NHOM", "8")));
        c.add(checkInEdit("XML0.MA_DICH_VU.ONE_OF", "MA_DICH_VU", r -> {
            r.remove("MA_DICH_VU");
            r.remove("TEN_DICH_VU");
        }));
        c.add(checkInEdit("XML0.MA_DICH_VU.ONE_OF", "MA_THUOC", r -> {
            r.put("MA_THUOC", "40.171");
            r.put("TEN_THUOC", "Paracetamol 1");
        }));
        c.add(checkIn("XML0.TEN_DICH_VU.REQUIRED", "TEN_DICH_VU", null));
        c.add(checkInEdit("XML0.TEN_THUOC.REQUIRED", "TEN_THUOC", r -> {
            r.remove("MA_DICH_VU");
            r.remove("TEN_DICH_VU");
            r.put("MA_THUOC", "40.171");
        }));
        c.add(checkInEdit("XML0.TEN_VAT_TU.REQUIRED", "TEN_VAT_TU", r -> {
            r.remove("MA_DICH_VU");
            r.remove("TEN_DICH_VU");
            r.put("MA_VAT_TU", "N03.05.010");
        }));
        c.add(checkInEdit("XML0.LY_DO_VNT.REQUIRED", "LY_DO_VNT", r -> r.put("NGAY_VAO_NOI_TRU", "202611010800")));
        c.add(stay("XML1.LY_DO_VNT.REQUIRED", XML1, 1, "LY_DO_VNT", null));
        c.add(visit("XML4.NGAY_KQ.REQUIRED", XML4, 2, "NGAY_KQ", null));
        c.add(added("XML6.LAO.REQUIRED", XML6, "NGAYBD_DTRI_LAO", Map.of("LOAI_DTRI_LAO", "1",
                "PHACDO_DTRI_LAO", "1", "NGAYKT_DTRI_LAO", "20261201")));
        c.add(added("XML6.PCR.REQUIRED", XML6, "MA_KQ_XN_PCR", Map.of("MA_TINH_TRANG_DK", "1",
                "LAN_XN_PCR", "1", "NGAY_XN_PCR", "20261101", "NGAY_KQ_XN_PCR", "20261102")));
        c.add(added("XML6.XU_TRI.REQUIRED", XML6, "SO_NGAY_CAP_THUOC_ARV", Map.of("MA_XU_TRI", "1",
                "NGAY_BAT_DAU_XU_TRI", "20261101", "NGAY_KET_THUC_XU_TRI", "20261130")));
        c.add(added("XML6.MA_BAC_PHAC_DO.REQUIRED", XML6, "MA_BAC_PHAC_DO", Map.of("MA_PHAC_DO_DIEU_TRI", "KHAC")));
        c.add(added("XML6.SO_NGAY_CAP_THUOC_ARV.MAX", XML6, "SO_NGAY_CAP_THUOC_ARV", Map.of("MA_XU_TRI", "1",
                "NGAY_BAT_DAU_XU_TRI", "20261101", "NGAY_KET_THUC_XU_TRI", "20261130",
                "SO_NGAY_CAP_THUOC_ARV", "30")));
        c.add(edit("XML7.DINH_CHI_THAI.REQUIRED", FormatFiles.inpatient(), XML7, 1, "THOIGIAN_DINHCHI", null,
                e -> e.set(XML7, 1, "MA_DINH_CHI_THAI", "1").set(XML7, 1, "NGUYENNHAN_DINHCHI", "Thai lưu")
                        .set(XML7, 1, "TUOI_THAI", "12")));
        c.add(added("XML11.DINH_CHI_THAI.REQUIRED", XML11, "NGUYENNHAN_DINHCHI",
                Map.of("MA_DINH_CHI_THAI", "1", "TUOI_THAI", "12")));
        c.add(edit("XML7.SO_NGAY_NGHI.TOGETHER", FormatFiles.inpatient(), XML7, 1, "NGOAITRU_DENNGAY", null,
                e -> e.set(XML7, 1, "SO_NGAY_NGHI", "5").set(XML7, 1, "NGOAITRU_TUNGAY", "20261104")));
        c.add(edit("XML1.GIAY_CHUYEN_TUYEN.REQUIRED", FormatFiles.visit(), XML1, 1, "GIAY_CHUYEN_TUYEN", null,
                e -> e.set(XML1, 1, "MA_NOI_DI", "79002")));
        c.add(added("XML9.MA_TTDV.FORM", XML9, "MA_TTDV", Map.of("MA_TTDV", "12345")));
        c.add(added("XML10.MA_TTDV.FORM", ClaimsTable.XML10, "MA_TTDV", Map.of("MA_TTDV", "12345")));
        c.add(added("XML11.MA_TTDV.FORM", XML11, "MA_TTDV", Map.of("MA_TTDV", "12345")));
        c.add(checkIn("XML0.GT_THE_DEN.BEFORE_NGAY_VAO", "GT_THE_DEN", "20261031"));
        return c.stream();
    }

    private static Case checkInEdit(String rule, String field, Consumer<Map<String, String>> change) {
        Files130.Ep e = FormatFiles.visit();
        Map<String, String> row = FormatFiles.checkInRow(e);
        change.accept(row);
        return new Case(rule, FormatFiles.checkIn(row), FormatFiles.path(e, XML0, 1, field));
    }

    private static void cards(Files130.Ep e, String from, String to) {
        int n = from.split(";").length;
        e.set(XML1, 1, "MA_THE_BHYT", n == 1 ? "DN4010120878811" : "DN4010120878811;DN4010120878811");
        e.set(XML1, 1, "MA_DKBD", n == 1 ? "79001" : "79001;79001");
        e.set(XML1, 1, "GT_THE_TU", from);
        e.set(XML1, 1, "GT_THE_DEN", to);
    }

    /** The rules of the format layer. */
    static final class FormatLayer {
        /** Rules whose break is tested on its own (another profile), not among the cases. */
        static final Set<String> UNTESTED_HERE = Set.of("XML13.MA_TTDV.FORM");

        static List<Rule> rules() {
            List<Rule> all = new ArrayList<>(FormatRules.ALL);
            all.addAll(CodeListRules.ALL);
            all.addAll(ConditionalRules.ALL);
            all.addAll(CatalogueRules.ALL);
            return all;
        }

        static Set<String> ids() {
            return rules().stream().map(Rule::id).collect(Collectors.toSet());
        }

        static boolean needsCatalogue(String id) {
            return rules().stream().anyMatch(r -> r.id().equals(id) && r.catalogue().isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aFileBreakingOneRuleIsReportedAtTheBrokenField(Case c) {
        ClaimsReport r = CHECKER.check(c.file(), "broken.xml");
        assertThat(FormatFiles.formatIssues(r)).containsExactly(c.rule() + " @ " + c.path());
        ClaimsIssue issue = r.issuesOf(c.rule()).get(0);
        assertThat(issue.message()).isNotBlank().doesNotContain("{");
        assertThat(issue.messageEn()).isNotBlank().doesNotContain("{");
        assertThat(issue.source()).startsWith("(");
    }

    @Test
    void everyBrokenRuleIsAFormatRuleOfThisLayer() {
        Set<String> ids = FormatLayer.ids();
        Set<String> tested = broken().map(Case::rule).collect(Collectors.toSet());
        Set<String> withoutCatalogue = ids.stream().filter(id -> !FormatLayer.needsCatalogue(id))
                .collect(Collectors.toSet());
        assertThat(ids).containsAll(tested);
        assertThat(tested).containsAll(withoutCatalogue.stream()
                .filter(id -> !FormatLayer.UNTESTED_HERE.contains(id)).toList());
    }

    @Test
    void theGoodFilesHaveNoFormatIssue() {
        assertThat(CHECKER.check(FormatFiles.file(FormatFiles.visit()), "visit.xml").issues()).isEmpty();
        assertThat(FormatFiles.formatIssues(CHECKER.check(FormatFiles.file(FormatFiles.inpatient()), "stay.xml")))
                .isEmpty();
        assertThat(FormatFiles.formatIssues(CHECKER.check(FormatFiles.checkIn(
                FormatFiles.checkInRow(FormatFiles.visit())), "checkin.xml"))).isEmpty();
        for (ClaimsTable t : List.of(XML6, XML9, XML11, XML13, XML14)) {
            Files130.Ep e = FormatFiles.with(FormatFiles.visit(), t, Map.of());
            assertThat(FormatFiles.formatIssues(CHECKER.check(FormatFiles.file(e), t + ".xml"))).as(t.name())
                    .isEmpty();
        }
    }

    @Test
    void goodFormsPass() {
        Files130.Ep e = FormatFiles.visit();
        e.set(XML1, 1, "MA_BENH_KT", "A00;A01;A02;A03;A04;A05;A06;A07;A08;A09;B00;B01.12");
        e.set(XML1, 1, "SO_CCCD", "B1234567");
        e.set(XML1, 1, "MA_DOITUONG_KCB", "3.10");
        e.set(XML1, 1, "CAN_NANG", "200.00");
        e.set(XML2, 1, "TT_THAU", "123/QĐ-BV.00;G1;N5;2025");
        e.set(XML2, 2, "TT_THAU", "123/QĐ-BV;G99;N1;2025;G1.02");
        e.set(XML2, 3, "TT_THAU", "123/QĐ-BV;G2;N3;2024");
        e.set(XML3, 3, "TT_THAU", "45/QĐ-BV;G0;N0;2025");
        e.set(XML3, 3, "GOI_VTYT", "G99");
        e.set(XML3, 3, "TAI_SU_DUNG", "1");
        e.set(XML2, 1, "VET_THUONG_TP", "1");
        e.set(XML3, 2, "MA_NHOM", "1");
        e.set(XML3, 2, "MA_MAY", "HH.1.79001.1;XQK.3.79001.A12b");
        e.set(XML3, 1, "TYLE_TT_DV", "0");
        e.set(XML3, 1, "MUC_HUONG", "32.5");
        e.set(XML1, 1, "MA_NOI_DI", "79002");
        e.set(XML1, 1, "GIAY_CHUYEN_TUYEN", "CT-0001");
        ClaimsReport r = CHECKER.check(FormatFiles.file(e), "good.xml");
        assertThat(FormatFiles.formatIssues(r)).isEmpty();
    }

    @Test
    void theXml13HeadOfFacilityIsTenDigitsOnlyUnderQd4750() {
        Files130.Ep e = FormatFiles.with(FormatFiles.visit(), XML13, Map.of("MA_TTDV", "GPHN.HD.00001"));
        ClaimsChecker qd4750 = ClaimsChecker.builder().profile(ClaimsProfile.QD4750).build();
        assertThat(qd4750.check(Files130.envelope(ClaimsProfile.QD4750, e), "x.xml").issuesOf("XML13.MA_TTDV.FORM"))
                .extracting(ClaimsIssue::path).containsExactly(FormatFiles.path(e, XML13, 1, "MA_TTDV"));
        assertThat(CHECKER.check(FormatFiles.file(e), "x.xml").issuesOf("XML13.MA_TTDV.FORM")).isEmpty();
    }

    @Test
    void aDecimalBenefitLevelIsRefusedBeforeThe2026Profile() {
        assertThat(CodeListRules.isBenefitLevel("47.5", true)).isTrue();
        assertThat(CodeListRules.isBenefitLevel("47.5", false)).isFalse();
        assertThat(CodeListRules.isBenefitLevel("100", false)).isTrue();
        assertThat(CodeListRules.isBenefitLevel("0", false)).isTrue();
        assertThat(CodeListRules.isBenefitLevel("101", true)).isFalse();
        assertThat(CodeListRules.isPregnancyWeeks("43")).isFalse();
        assertThat(CodeListRules.isPregnancyWeeks("42")).isTrue();
        // a negative or unreadable value is the structure layer's (FIELD.NUMBER), not reported twice
        assertThat(CodeListRules.isPregnancyWeeks("-3")).isTrue();
        assertThat(CodeListRules.isPercent("-1")).isTrue();
    }

    @Test
    void theWarningDiagnosesAreOnlyFlaggedUnderQd3176() {
        Files130.Ep e = FormatFiles.visit().set(XML1, 1, "MA_BENH_CHINH", "R53");
        ClaimsChecker qd4750 = ClaimsChecker.builder().profile(ClaimsProfile.QD4750).build();
        assertThat(qd4750.check(Files130.envelope(ClaimsProfile.QD4750, e), "x.xml")
                .issuesOf("XML1.MA_BENH_CHINH.WARNING_CODE")).isEmpty();
        ClaimsReport r = CHECKER.check(FormatFiles.file(e), "x.xml");
        assertThat(r.issuesOf("XML1.MA_BENH_CHINH.WARNING_CODE")).singleElement()
                .satisfies(i -> assertThat(i.messageEn()).contains("R53"));
    }

    /** The hand-written ICD-10 shape is emr-core's, on codes and near-codes drawn at random. */
    @Test
    void theIcd10ShapeIsEmrCores() {
        Random random = new Random(4469);
        String alphabet = "AZJ019.x ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(8);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = n % 3 == 0 ? "J" + random.nextInt(100) + (random.nextBoolean() ? "." + random.nextInt(200) : "")
                    : b.toString();
            assertThat(FormatRules.isIcd10(s, 0, s.length())).as(s).isEqualTo(Icd10Code.isWellFormed(s));
        }
    }

    /** The hand-written card shape is what emr-core's BhytCardNumber parses as a 15-character card. */
    @Test
    void theCardShapeIsEmrCoresFifteenCharacterCard() {
        Random random = new Random(1351);
        String alphabet = "DNTEHS0123456789";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = n % 2 == 0 ? 15 : random.nextInt(17);
            for (int i = 0; i < len; i++) {
                b.append(i < 2 && n % 4 == 0 ? "DNTEHS".charAt(random.nextInt(6))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            boolean core;
            try {
                core = BhytCardNumber.parse(s).kind() == BhytCardNumber.Kind.LEGACY_15;
            } catch (EmrException e) {
                core = false;
            }
            assertThat(FormatRules.isCardNumber(s, 0, s.length())).as(s).isEqualTo(core);
        }
        assertThat(FormatRules.isCardNumber("TE1790123456789", 0, 15)).isTrue();
    }

    /** Hostile values: a name, non-ASCII digits, a huge list; the message never repeats them. */
    @Test
    void hostileValuesAreReportedWithoutRepeatingThem() {
        String name = "Nguyễn Văn An";
        Files130.Ep e = FormatFiles.visit();
        e.set(XML1, 1, "GIOI_TINH", name);
        e.set(XML1, 1, "MA_DANTOC", "\u0661\u0662");
        e.set(XML2, 1, "TT_THAU", name + ";G1;N1;2025");
        ClaimsReport r = CHECKER.check(FormatFiles.file(e), "hostile.xml");
        assertThat(r.issuesOf("XML1.GIOI_TINH.CODE")).hasSize(1);
        assertThat(r.issuesOf("XML1.MA_DANTOC.FORM")).hasSize(1);
        assertThat(r.issuesOf("XML2.TT_THAU.FORM")).isEmpty();
        StringBuilder many = new StringBuilder("A00");
        for (int i = 0; i < 20_000; i++) {
            many.append(";A00");
        }
        Files130.Ep huge = FormatFiles.visit().set(XML1, 1, "MA_BENH_KT", many.toString());
        ClaimsReport h = CHECKER.check(FormatFiles.file(huge), "huge.xml");
        assertThat(h.issues()).extracting(ClaimsIssue::path)
                .contains(FormatFiles.path(huge, XML1, 1, "MA_BENH_KT"));
        List<ClaimsIssue> all = new ArrayList<>(r.issues());
        all.addAll(h.issues());
        for (ClaimsIssue i : all) {
            assertThat(i.message() + i.messageEn()).doesNotContain(name).doesNotContain("Nguy")
                    .doesNotContain("\u0661").doesNotContain("A00;A00");
        }
    }

    @Test
    void everyRuleHasBothMessagesWithTheSamePlaceholders() {
        for (Rule rule : FormatLayer.rules()) {
            String vi = rule.messageTemplate(Locale.forLanguageTag("vi"));
            String en = rule.messageTemplate(Locale.ENGLISH);
            assertThat(vi).as(rule.id()).isNotBlank().isNotEqualTo(rule.id());
            assertThat(en).as(rule.id()).isNotBlank().isNotEqualTo(vi);
            assertThat(vn.emr.core.i18n.MessageBundle.placeholderCountOf(en)).as(rule.id())
                    .isEqualTo(vn.emr.core.i18n.MessageBundle.placeholderCountOf(vi));
            assertThat(rule.layer()).isEqualTo(RuleLayer.FORMAT);
            assertThat(RuleCatalogue.EPISODE_RULES).contains(rule);
        }
        assertThat(new String("x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("x");
    }
}
