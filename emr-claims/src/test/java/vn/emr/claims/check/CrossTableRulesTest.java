package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.catalogue.ClaimsTable.XML1;
import static vn.emr.claims.catalogue.ClaimsTable.XML13;
import static vn.emr.claims.catalogue.ClaimsTable.XML14;
import static vn.emr.claims.catalogue.ClaimsTable.XML15;
import static vn.emr.claims.catalogue.ClaimsTable.XML3;
import static vn.emr.claims.catalogue.ClaimsTable.XML5;
import static vn.emr.claims.catalogue.ClaimsTable.XML6;
import static vn.emr.claims.catalogue.ClaimsTable.XML7;
import static vn.emr.claims.catalogue.ClaimsTable.XML8;
import static vn.emr.claims.catalogue.ClaimsTable.XML9;
import static vn.emr.claims.check.CrossTableFiles.breaks;
import static vn.emr.claims.check.CrossTableFiles.check;
import static vn.emr.claims.check.CrossTableFiles.of;
import static vn.emr.claims.check.CrossTableFiles.path;
import static vn.emr.claims.check.DateRulesTest.with;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bed days, the one examination fee, tables by kind of visit, fields repeated from XML1, card lists (§3.3, §3.4). */
class CrossTableRulesTest {

    private static Files130.Ep addLine(Files130.Ep e, int copyOf, String... fieldsAndValues) {
        List<Map<String, String>> x3 = e.tables.get(XML3);
        Map<String, String> line = new LinkedHashMap<>(x3.get(copyOf - 1));
        line.put("STT", Integer.toString(x3.size() + 1));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            line.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        x3.add(line);
        return CrossTableFiles.recompute(e);
    }

    @Test
    void noBedForAnExamination() {
        Files130.Ep bad = addLine(CrossTableFiles.outpatient(), 1, "MA_NHOM", "15", "MA_GIUONG", "H001");
        ClaimsIssue i = breaks(CrossTableFiles.outpatient(), bad, "XML3.BED.OUTPATIENT", XML3, 4, "MA_NHOM");
        assertThat(i.messageEn()).isEqualTo("A bed day is charged for MA_LOAI_KCB 01.");
    }

    @Test
    void noBedForAStayUnderFourHours() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = good.copy().set(XML1, 1, "NGAY_RA", "202611011100").set(XML1, 1, "SO_NGAY_DTRI", "1");
        assertThat(of(check(bad), "XML3.BED.UNDER_4_HOURS")).containsExactly(
                "XML3.BED.UNDER_4_HOURS@" + path(bad, XML3, 4, "MA_NHOM"),
                "XML3.BED.UNDER_4_HOURS@" + path(bad, XML3, 5, "MA_NHOM"));
        assertThat(of(check(good), "XML3.BED.UNDER_4_HOURS")).isEmpty();
    }

    @Test
    void oneBedDayAtMostForAStayOfFourToTwentyFourHours() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = good.copy().set(XML1, 1, "NGAY_RA", "202611020700").set(XML1, 1, "SO_NGAY_DTRI", "2");
        breaks(good, bad, "XML3.BED.ONE_DAY", XML3, 5, "SO_LUONG");
    }

    @Test
    void bedDaysStayBelowTreatmentDaysPlusOne() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = CrossTableFiles.recompute(good.copy().set(XML3, 5, "SO_LUONG", "3.000"));
        ClaimsIssue i = breaks(good, bad, "XML3.BED.TOTAL_DAYS", XML3, 5, "SO_LUONG");
        assertThat(i.messageEn()).isEqualTo("The bed days (4) are not below SO_NGAY_DTRI + 1 (SO_NGAY_DTRI 3).");
    }

    @Test
    void atMostOneBedDayPerOrderDate() {
        Files130.Ep good = addLine(CrossTableFiles.inpatient().set(XML3, 4, "SO_LUONG", "0.500"), 4, "SO_LUONG", "0.500", "NGAY_YL", "202611011500",
                "NGAY_TH_YL", "202611011500");
        assertThat(check(good).issues()).extracting(ClaimsIssue::rule).doesNotContain("XML3.BED.PER_ORDER_DATE");
        Files130.Ep bad = CrossTableFiles.recompute(good.copy().set(XML3, 4, "SO_LUONG", "0.600"));
        breaks(good, bad, "XML3.BED.PER_ORDER_DATE", XML3, 6, "SO_LUONG");
    }

    @Test
    void oneExaminationFeeForAnInpatientStay() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = addLine(good.copy(), 1);
        ClaimsIssue i = breaks(good, bad, "XML3.EXAM.ONE_FOR_INPATIENT", XML3, 6, "MA_NHOM");
        assertThat(i.messageEn()).contains("MA_LOAI_KCB 03");
        // an outpatient visit may have several
        assertThat(of(check(addLine(CrossTableFiles.outpatient(), 1)), "XML3.EXAM.ONE_FOR_INPATIENT")).isEmpty();
    }

    @Test
    void theRecordSummaryIsForInpatientKindsOnly() {
        Files130.Ep bad = CrossTableFiles.outpatient();
        bad.tables.put(XML8, CrossTableFiles.inpatient().tables.get(XML8));
        ClaimsIssue i = breaks(CrossTableFiles.inpatient(), bad, "XML8.MA_LOAI_KCB.INPATIENT_ONLY", XML8, 1, "MA_LK");
        assertThat(i.messageEn()).isEqualTo("Table XML8 is sent only for MA_LOAI_KCB 03, 04, 06 (here 01).");
    }

    @Test
    void theTransferPaperIsForTransfersOnly() {
        Files130.Ep good = with(CrossTableFiles.outpatient().set(XML1, 1, "MA_LOAI_RV", "2"), XML13, "MA_LOAI_RV", "2");
        Files130.Ep bad = with(CrossTableFiles.outpatient(), XML13, "MA_LOAI_RV", "1");
        breaks(good, bad, "XML13.MA_LOAI_RV.TRANSFER_ONLY", XML13, 1, "MA_LK");
    }

    @Test
    void anInpatientStayHasADischargePaperUnlessThePatientAbsconded() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = good.copy();
        bad.tables.remove(XML7);
        breaks(good, bad, "XML7.REQUIRED", XML7, 0, "");
        bad.set(XML1, 1, "MA_LOAI_RV", "3");
        assertThat(of(check(bad), "XML7.REQUIRED")).isEmpty();
        assertThat(of(check(CrossTableFiles.outpatient()), "XML7.REQUIRED")).isEmpty();
    }

    @Test
    void anInpatientStayHasItsClinicalCourse() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = good.copy();
        bad.tables.remove(XML5);
        breaks(good, bad, "XML5.REQUIRED", XML5, 0, "");
    }

    @Test
    void fieldsRepeatedFromTheSummaryMustBeTheSameAndAreNotShown() {
        Files130.Ep visit = CrossTableFiles.outpatient();
        Map<String, String> x1 = visit.row(XML1, 1);
        Files130.Ep good = with(visit.copy(), XML14, "NGAY_SINH", x1.get("NGAY_SINH"), "GIOI_TINH", "1",
                "MA_THE_BHYT", x1.get("MA_THE_BHYT"));
        ClaimsIssue i = breaks(good, good.copy().set(XML14, 1, "NGAY_SINH", "199101010000"),
                "XML14.FIELD.SAME_AS_XML1", XML14, 1, "NGAY_SINH");
        assertThat(i.messageEn()).isEqualTo("Field NGAY_SINH differs from XML1's.");
        assertThat(i.message() + i.messageEn()).doesNotContain("1991", "1990");

        Files130.Ep transfer = with(visit.copy().set(XML1, 1, "MA_LOAI_RV", "2"), XML13, "HO_TEN", x1.get("HO_TEN"),
                "MA_LOAI_RV", "2");
        ClaimsIssue name = breaks(transfer, transfer.copy().set(XML13, 1, "HO_TEN", "Nguyễn Văn Ba"),
                "XML13.FIELD.SAME_AS_XML1", XML13, 1, "HO_TEN");
        assertThat(name.message() + name.messageEn()).doesNotContain("Nguyễn", "Ba");

        Files130.Ep hiv = with(visit.copy(), XML6, "DIA_CHI", x1.get("DIA_CHI"), "MA_CSKCB", x1.get("MA_CSKCB"));
        breaks(hiv, hiv.copy().set(XML6, 1, "MA_CSKCB", "79002"), "XML6.FIELD.SAME_AS_XML1", XML6, 1, "MA_CSKCB");

        Files130.Ep tb = with(visit.copy(), XML15, "STT", "1", "SO_CCCD", x1.get("SO_CCCD"));
        ClaimsIssue id = breaks(tb, tb.copy().set(XML15, 1, "SO_CCCD", "001090999999"), "XML15.FIELD.SAME_AS_XML1",
                XML15, 1, "SO_CCCD");
        assertThat(id.message() + id.messageEn()).doesNotContain("001090");
    }

    @Test
    void cardListsHaveTheSameCount() {
        Files130.Ep good = CrossTableFiles.outpatient().set(XML1, 1, "MA_DKBD", "79001")
                .set(XML1, 1, "GT_THE_TU", "20260101").set(XML1, 1, "GT_THE_DEN", "20261231");
        ClaimsIssue i = breaks(good, good.copy().set(XML1, 1, "GT_THE_TU", "20260101;20260701"),
                "XML1.MA_THE_BHYT.CARD_COUNT", XML1, 1, "GT_THE_TU");
        assertThat(i.messageEn()).isEqualTo("GT_THE_TU lists 2 value(s), MA_THE_BHYT 1 card(s).");
        Files130.Ep two = good.copy().set(XML1, 1, "MA_THE_BHYT", "DN4010120878811;DN4010120878812")
                .set(XML1, 1, "MA_DKBD", "79001;79001").set(XML1, 1, "GT_THE_TU", "20260101;20260701")
                .set(XML1, 1, "GT_THE_DEN", "20260630;20261231");
        assertThat(of(check(two), "XML1.MA_THE_BHYT.CARD_COUNT")).isEmpty();

        Files130.Ep transfer = with(good.copy().set(XML1, 1, "MA_LOAI_RV", "2"), XML13, "MA_THE_BHYT",
                "DN4010120878811", "GT_THE_DEN", "20261231");
        breaks(transfer, transfer.copy().set(XML13, 1, "GT_THE_DEN", "20260630;20261231"),
                "XML13.GT_THE_DEN.CARD_COUNT", XML13, 1, "GT_THE_DEN");
    }

    @Test
    void theChildsSexIsACodeOfTheSexList() {
        // one rule, the code list's (XML9.GIOI_TINH_CON.CODE); the cross-table copy of it was removed (audit 1)
        Files130.Ep good = with(CrossTableFiles.inpatient(), XML9, "GIOI_TINH_CON", "2");
        ClaimsIssue i = breaks(good, good.copy().set(XML9, 1, "GIOI_TINH_CON", "4"), "XML9.GIOI_TINH_CON.CODE",
                XML9, 1, "GIOI_TINH_CON");
        assertThat(i.messageEn()).doesNotContain("4");
    }
}
