package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.catalogue.ClaimsTable.XML1;
import static vn.emr.claims.catalogue.ClaimsTable.XML11;
import static vn.emr.claims.catalogue.ClaimsTable.XML14;
import static vn.emr.claims.catalogue.ClaimsTable.XML2;
import static vn.emr.claims.catalogue.ClaimsTable.XML3;
import static vn.emr.claims.catalogue.ClaimsTable.XML5;
import static vn.emr.claims.catalogue.ClaimsTable.XML9;
import static vn.emr.claims.check.CrossTableFiles.breaks;
import static vn.emr.claims.check.CrossTableFiles.check;
import static vn.emr.claims.check.CrossTableFiles.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsTable;

/** Date order within an episode (claims.md §3.4) and SO_NGAY_DTRI. */
class DateRulesTest {

    /** The episode with one more table of one row, its key the episode's. */
    static Files130.Ep with(Files130.Ep e, ClaimsTable t, String... fieldsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("MA_LK", CrossTableFiles.key(e));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            row.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        e.tables.put(t, new ArrayList<>(List.of(row)));
        return e;
    }

    @Test
    void theWardAdmissionIsNotBeforeTheVisit() {
        Files130.Ep good = CrossTableFiles.inpatient();
        ClaimsIssue i = breaks(good, good.copy().set(XML1, 1, "NGAY_VAO_NOI_TRU", "202611010700"),
                "XML1.NGAY_VAO_NOI_TRU.AFTER_NGAY_VAO", XML1, 1, "NGAY_VAO_NOI_TRU");
        assertThat(i.messageEn()).isEqualTo("NGAY_VAO_NOI_TRU is before NGAY_VAO (2026-11-01 07:30).");
    }

    @Test
    void theDischargeIsNotBeforeTheVisit() {
        Files130.Ep good = CrossTableFiles.outpatient();
        Files130.Ep bad = good.copy().set(XML1, 1, "NGAY_RA", "202611010700");
        breaks(good, bad, "XML1.NGAY_RA.AFTER_NGAY_VAO", XML1, 1, "NGAY_RA");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule).containsExactly("XML1.NGAY_RA.AFTER_NGAY_VAO");
    }

    @Test
    void anOrderIsCarriedOutAfterItIsGiven() {
        Files130.Ep good = CrossTableFiles.outpatient().set(XML2, 1, "NGAY_TH_YL", "202611010830");
        breaks(good, good.copy().set(XML2, 1, "NGAY_TH_YL", "202611010829"), "XML2.NGAY_TH_YL.AFTER_NGAY_YL", XML2,
                1, "NGAY_TH_YL");
        breaks(good, good.copy().set(XML3, 2, "NGAY_TH_YL", "202611010739"), "XML3.NGAY_TH_YL.AFTER_NGAY_YL", XML3,
                2, "NGAY_TH_YL");
    }

    @Test
    void aResultComesAfterItsOrder() {
        Files130.Ep good = CrossTableFiles.outpatient();
        Files130.Ep bad = good.copy().set(XML3, 1, "NGAY_KQ", "202611010735");
        ClaimsIssue i = breaks(good, bad, "XML3.NGAY_KQ.AFTER_NGAY_YL", XML3, 1, "NGAY_KQ");
        assertThat(i.messageEn()).isEqualTo("NGAY_KQ is before the order NGAY_YL (2026-11-01 07:40).");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule).containsExactly("XML3.NGAY_KQ.AFTER_NGAY_YL");
    }

    @Test
    void ordersAndResultsFallWithinTheEpisode() {
        Files130.Ep good = CrossTableFiles.outpatient();
        ClaimsIssue i = breaks(good, good.copy().set(XML2, 1, "NGAY_YL", "202611011131"), "XML2.NGAY_YL.IN_STAY",
                XML2, 1, "NGAY_YL");
        assertThat(i.messageEn()).isEqualTo("NGAY_YL is outside the episode, from 2026-11-01 07:30 to 2026-11-01 11:30.");
        breaks(good, good.copy().set(XML3, 3, "NGAY_YL", "202611010729"), "XML3.NGAY_YL.IN_STAY", XML3, 3, "NGAY_YL");
        breaks(good, good.copy().set(XML3, 1, "NGAY_KQ", "202611011200"), "XML3.NGAY_KQ.IN_STAY", XML3, 1, "NGAY_KQ");
        Files130.Ep stay = CrossTableFiles.inpatient();
        breaks(stay, stay.copy().set(XML5, 2, "THOI_DIEM_DBLS", "202611031001"), "XML5.THOI_DIEM_DBLS.IN_STAY", XML5,
                2, "THOI_DIEM_DBLS");
    }

    @Test
    void aReVisitIsAppointedAfterDischargeOnAPaperDatedInTheEpisode() {
        Files130.Ep good = with(CrossTableFiles.outpatient(), XML14, "NGAY_VAO", "202611010730", "NGAY_RA",
                "202611011130", "NGAY_HEN_KL", "202611081130", "NGAY_CT", "20261101");
        breaks(good, good.copy().set(XML14, 1, "NGAY_HEN_KL", "202611011129"), "XML14.NGAY_HEN_KL.AFTER_NGAY_RA",
                XML14, 1, "NGAY_HEN_KL");
        breaks(good, good.copy().set(XML14, 1, "NGAY_CT", "20261031"), "XML14.NGAY_CT.AFTER_NGAY_VAO", XML14, 1,
                "NGAY_CT");
        // without XML14's own NGAY_RA, XML1's is the reference
        Files130.Ep summary = good.copy().set(XML14, 1, "NGAY_RA", null).set(XML14, 1, "NGAY_HEN_KL", "202611011000");
        assertThat(of(check(summary), "XML14.NGAY_HEN_KL.AFTER_NGAY_RA")).hasSize(1);
    }

    @Test
    void sickLeaveFallsAroundTheEpisode() {
        Files130.Ep good = with(CrossTableFiles.inpatient(), XML11, "TU_NGAY", "20261101", "DEN_NGAY", "20261110");
        breaks(good, good.copy().set(XML11, 1, "TU_NGAY", "20261104"), "XML11.TU_NGAY.BEFORE_NGAY_RA", XML11, 1,
                "TU_NGAY");
        breaks(good, good.copy().set(XML11, 1, "DEN_NGAY", "20261031"), "XML11.DEN_NGAY.AFTER_NGAY_VAO", XML11, 1,
                "DEN_NGAY");
        Files130.Ep reversed = good.copy().set(XML11, 1, "TU_NGAY", "20261103").set(XML11, 1, "DEN_NGAY", "20261102");
        breaks(good, reversed, "XML11.DEN_NGAY.AFTER_TU_NGAY", XML11, 1, "DEN_NGAY");
        assertThat(of(check(reversed), "XML11.TU_NGAY.BEFORE_NGAY_RA")).isEmpty();
    }

    @Test
    void theMothersIdIsNotIssuedInTheFuture() {
        Files130.Ep good = with(CrossTableFiles.inpatient(), XML9, "NGAYCAP_CCCD_NND", "20200101", "GIOI_TINH_CON",
                "2");
        breaks(good, good.copy().set(XML9, 1, "NGAYCAP_CCCD_NND", "20991231"), "XML9.NGAYCAP_CCCD_NND.NOT_FUTURE",
                XML9, 1, "NGAYCAP_CCCD_NND");
        ClaimsChecker past = ClaimsChecker.builder().clock(java.time.Clock.fixed(
                java.time.Instant.parse("2019-06-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build();
        assertThat(past.check(Files130.envelope(CrossTableFiles.PROFILE, good), "t.xml").issues())
                .extracting(ClaimsIssue::rule).contains("XML9.NGAYCAP_CCCD_NND.NOT_FUTURE");
    }

    @Test
    void treatmentDaysFollowTheKindOfVisit() {
        Files130.Ep visit = CrossTableFiles.outpatient();
        ClaimsIssue i = breaks(visit, visit.copy().set(XML1, 1, "SO_NGAY_DTRI", "1"), "XML1.SO_NGAY_DTRI.FORMULA",
                XML1, 1, "SO_NGAY_DTRI");
        assertThat(i.messageEn()).isEqualTo("SO_NGAY_DTRI must be 0 for MA_LOAI_KCB 01.");
        Files130.Ep stay = CrossTableFiles.inpatient();
        ClaimsIssue s = breaks(stay, stay.copy().set(XML1, 1, "SO_NGAY_DTRI", "2"), "XML1.SO_NGAY_DTRI.FORMULA",
                XML1, 1, "SO_NGAY_DTRI");
        assertThat(s.messageEn()).isEqualTo("SO_NGAY_DTRI must be 3 for MA_LOAI_KCB 03.");
        // outpatient treatment (02) of 11 days, 2026-11-01 to 2026-11-11
        Files130.Ep treatment = visit.copy().set(XML1, 1, "MA_LOAI_KCB", "02").set(XML1, 1, "NGAY_RA", "202611110900");
        assertThat(of(check(treatment), "XML1.SO_NGAY_DTRI.FORMULA")).hasSize(1);
        assertThat(of(check(treatment.set(XML1, 1, "SO_NGAY_DTRI", "11")), "XML1.SO_NGAY_DTRI.FORMULA")).isEmpty();
    }

    @Test
    void anExaminationLastsAtMostADay() {
        Files130.Ep good = CrossTableFiles.outpatient().set(XML1, 1, "NGAY_RA", "202611020730");
        Files130.Ep bad = good.copy().set(XML1, 1, "NGAY_RA", "202611020731");
        breaks(good, bad, "XML1.NGAY_RA.VISIT_ONE_DAY", XML1, 1, "NGAY_RA");
    }

    @Test
    void unreadableDatesAreLeftToTheFormatRules() {
        Files130.Ep bad = CrossTableFiles.outpatient().set(XML3, 1, "NGAY_KQ", "2026-11-01 07");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule)
                .doesNotContain("XML3.NGAY_KQ.AFTER_NGAY_YL", "XML3.NGAY_KQ.IN_STAY");
        assertThat(DateRules.stamp("202613010000")).isEqualTo(-1);
        assertThat(DateRules.stamp("20261101073")).isEqualTo(-1);
        assertThat(DateRules.stamp("２０２６11010730")).isEqualTo(-1);
        assertThat(DateRules.stamp("202611010730")).isEqualTo(202611010730L);
    }
}
