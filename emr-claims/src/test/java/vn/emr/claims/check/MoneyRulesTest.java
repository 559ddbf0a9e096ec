package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.catalogue.ClaimsTable.XML1;
import static vn.emr.claims.catalogue.ClaimsTable.XML2;
import static vn.emr.claims.catalogue.ClaimsTable.XML3;
import static vn.emr.claims.check.CrossTableFiles.breaks;
import static vn.emr.claims.check.CrossTableFiles.check;
import static vn.emr.claims.check.CrossTableFiles.of;
import static vn.emr.claims.check.CrossTableFiles.path;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-line money formulas of XML2 and XML3 (claims.md §3.1), the other-funding cases and the 15 % rule. */
class MoneyRulesTest {

    private static String plus(String amount, String delta) {
        return new BigDecimal(amount).add(new BigDecimal(delta)).toPlainString();
    }

    @Test
    void theGoodVisitAndTheGoodStayPassEveryRule() {
        assertThat(check(CrossTableFiles.outpatient()).issues()).isEmpty();
        assertThat(check(CrossTableFiles.inpatient()).issues()).isEmpty();
    }

    @Test
    void aDrugCostThatIsNotQuantityTimesPriceIsFound() {
        Files130.Ep bad = CrossTableFiles.outpatient();
        Map<String, String> line = bad.row(XML2, 2);
        // cost and patient's share raised together: only the cost formula breaks
        line.put("THANH_TIEN_BV", plus(line.get("THANH_TIEN_BV"), "100"));
        line.put("T_BNTT", plus(line.get("T_BNTT"), "100"));
        ClaimsIssue i = breaks(CrossTableFiles.outpatient(), CrossTableFiles.retotal(bad),
                "XML2.THANH_TIEN_BV.FORMULA", XML2, 2, "THANH_TIEN_BV");
        assertThat(i.messageEn()).isEqualTo("THANH_TIEN_BV differs from its formula (15006).");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule).containsExactly("XML2.THANH_TIEN_BV.FORMULA");
    }

    @Test
    void aServiceCostIsQuantityTimesFacilityPriceTimesServiceRate() {
        Files130.Ep bad = CrossTableFiles.outpatient().set(XML3, 1, "DON_GIA_BV", "40000.000");
        breaks(CrossTableFiles.outpatient(), bad, "XML3.THANH_TIEN_BV.FORMULA", XML3, 1, "THANH_TIEN_BV");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule).containsExactly("XML3.THANH_TIEN_BV.FORMULA");
    }

    @Test
    void theInsuredCostFollowsTheInsuranceRate() {
        Files130.Ep drug = CrossTableFiles.outpatient().set(XML2, 3, "TYLE_TT_BH", "90");
        breaks(CrossTableFiles.outpatient(), drug, "XML2.THANH_TIEN_BH.FORMULA", XML2, 3, "THANH_TIEN_BH");
        assertThat(check(drug).issues()).extracting(ClaimsIssue::rule).containsExactly("XML2.THANH_TIEN_BH.FORMULA");
        Files130.Ep service = CrossTableFiles.outpatient().set(XML3, 2, "TYLE_TT_BH", "50");
        breaks(CrossTableFiles.outpatient(), service, "XML3.THANH_TIEN_BH.FORMULA", XML3, 2, "THANH_TIEN_BH");
    }

    @Test
    void aSecondVisitAtThirtyPercentIsPricedAtThirtyPercent() {
        // PROFILES.md: THANH_TIEN_BH of XML3 times TYLE_TT_DV; 38,700 × 30 % = 11,610
        Files130.Ep e = CrossTableFiles.outpatient().set(XML3, 2, "TYLE_TT_DV", "30");
        CrossTableFiles.recompute(e);
        assertThat(e.row(XML3, 2).get("THANH_TIEN_BH")).isEqualTo("11610.00");
        assertThat(check(e).issues()).isEmpty();
    }

    @Test
    void otherFundingIsTheSumOfItsFourParts() {
        Files130.Ep bad = CrossTableFiles.outpatient().set(XML3, 3, "T_NGUONKHAC_NSNN", "100.00");
        ClaimsIssue i = breaks(CrossTableFiles.outpatient(), bad, "XML3.T_NGUONKHAC.SUM", XML3, 3, "T_NGUONKHAC");
        assertThat(i.messageEn()).contains("(100)");
        Files130.Ep drug = CrossTableFiles.outpatient().set(XML2, 1, "T_NGUONKHAC_CL", "0.01");
        breaks(CrossTableFiles.outpatient(), drug, "XML2.T_NGUONKHAC.SUM", XML2, 1, "T_NGUONKHAC");
    }

    @Test
    void theFundShareIsTheInsuredCostTimesTheBenefitRate() {
        Files130.Ep bad = CrossTableFiles.inpatient();
        Map<String, String> l = bad.row(XML2, 1);
        l.put("T_BHTT", plus(l.get("T_BHTT"), "-1000"));
        l.put("T_BNCCT", plus(l.get("T_BNCCT"), "1000"));
        ClaimsIssue i = breaks(CrossTableFiles.inpatient(), CrossTableFiles.retotal(bad), "XML2.T_BHTT.FORMULA",
                XML2, 1, "T_BHTT");
        assertThat(i.messageEn()).isEqualTo("T_BHTT differs from its formula (11004.4).");
        assertThat(of(check(bad), "XML2.T_BNCCT.FORMULA")).containsExactly(
                "XML2.T_BNCCT.FORMULA@" + path(bad, XML2, 1, "T_BNCCT"));
    }

    @Test
    void thePatientSharesFollowTheirFormulas() {
        Files130.Ep bad = CrossTableFiles.inpatient();
        Map<String, String> l = bad.row(XML3, 4);
        l.put("T_BNCCT", plus(l.get("T_BNCCT"), "500"));
        l.put("T_BNTT", plus(l.get("T_BNTT"), "-500"));
        CrossTableFiles.retotal(bad);
        breaks(CrossTableFiles.inpatient(), bad, "XML3.T_BNCCT.FORMULA", XML3, 4, "T_BNCCT");
        breaks(CrossTableFiles.inpatient(), bad, "XML3.T_BNTT.FORMULA", XML3, 4, "T_BNTT");
    }

    @Test
    void theFourPartsAddUpToTheCostWithinOneRoundingStepEach() {
        Files130.Ep e = CrossTableFiles.inpatient();
        Map<String, String> l = e.row(XML3, 1);
        // each share one step off (tolerated), their sum two steps off (not)
        l.put("T_BNTT", plus(l.get("T_BNTT"), "0.01"));
        l.put("T_BNCCT", plus(l.get("T_BNCCT"), "0.01"));
        CrossTableFiles.retotal(e);
        breaks(CrossTableFiles.inpatient(), e, "XML3.THANH_TIEN_BV.PARTS", XML3, 1, "THANH_TIEN_BV");
        // XML1's T_TONGCHI_BH − T_BNCCT moves with the co-payment: its formula breaks too, no line formula does
        assertThat(check(e).issues()).extracting(ClaimsIssue::rule)
                .containsExactlyInAnyOrder("XML3.THANH_TIEN_BV.PARTS", "XML1.T_BHTT.FORMULA");
    }

    @Test
    void aPackageCeilingBelowTheFundShareIsFlagged() {
        Files130.Ep bad = CrossTableFiles.outpatient().set(XML3, 3, "T_TRANTT", "100.00");
        breaks(CrossTableFiles.outpatient(), bad, "XML3.T_TRANTT.NOT_BELOW_T_BHTT", XML3, 3, "T_TRANTT");
        Files130.Ep ok = CrossTableFiles.outpatient().set(XML3, 3, "T_TRANTT", "105300000.00");
        assertThat(check(ok).issues()).isEmpty();
    }

    /** The decision's worked example of case b: the donor's money reduces the cost first. */
    private static Files130.Ep donorLine(String bh, String bntt, String bncct, String bhtt) {
        Files130.Ep e = CrossTableFiles.inpatient();
        Map<String, String> l = e.row(XML2, 1);
        l.put("SO_LUONG", "1.000");
        l.put("DON_GIA", "10000000.000");
        l.put("TYLE_TT_BH", "50");
        l.put("MUC_HUONG", "80");
        l.put("THANH_TIEN_BV", "10000000.00");
        l.put("THANH_TIEN_BH", bh);
        l.put("T_NGUONKHAC_VTTN", "3000000.00");
        l.put("T_NGUONKHAC", "3000000.00");
        l.put("T_BNTT", bntt);
        l.put("T_BNCCT", bncct);
        l.put("T_BHTT", bhtt);
        return CrossTableFiles.retotal(e);
    }

    @Test
    void theDecisionsDonorExampleIsCorrect() {
        Files130.Ep e = donorLine("3500000.00", "3500000.00", "700000.00", "2800000.00");
        assertThat(check(e).issues()).isEmpty();
    }

    @Test
    void aDonorLineWithAnotherInsuredCostIsWrong() {
        Files130.Ep e = donorLine("3600000.00", "3400000.00", "720000.00", "2880000.00");
        assertThat(of(check(e), "XML2.THANH_TIEN_BH.FORMULA")).containsExactly(
                "XML2.THANH_TIEN_BH.FORMULA@" + path(e, XML2, 1, "THANH_TIEN_BH"));
    }

    private static Files130.Ep fundedLine(String nk, String bntt, String bncct, String bhtt) {
        Files130.Ep e = CrossTableFiles.inpatient();
        Map<String, String> l = e.row(XML3, 4); // a bed day: 200,000, fund rate 80
        l.put("T_NGUONKHAC_NSNN", nk);
        l.put("T_NGUONKHAC", nk);
        l.put("T_BNTT", bntt);
        l.put("T_BNCCT", bncct);
        l.put("T_BHTT", bhtt);
        return CrossTableFiles.retotal(e);
    }

    @Test
    void patientFundingCaseAAndCoPaymentCaseCAreRecognised() {
        // case a: 30,000 for the patient reduces T_BNTT (0), then T_BNCCT (40,000 → 10,000)
        assertThat(check(fundedLine("30000.00", "0.00", "10000.00", "160000.00")).issues()).isEmpty();
        // case a beyond the co-payment: the rest comes off T_BHTT
        assertThat(check(fundedLine("50000.00", "0.00", "0.00", "150000.00")).issues()).isEmpty();
        // case c: the co-payment paid by another source
        assertThat(check(fundedLine("40000.00", "0.00", "0.00", "160000.00")).issues()).isEmpty();
    }

    @Test
    void aFundedLineOfNoCaseIsWrong() {
        Files130.Ep e = fundedLine("30000.00", "0.00", "0.00", "170000.00");
        ClaimsReport r = check(e);
        assertThat(of(r, "XML3.T_BHTT.FORMULA")).containsExactly("XML3.T_BHTT.FORMULA@" + path(e, XML3, 4, "T_BHTT"));
        assertThat(of(r, "XML3.T_BNCCT.FORMULA")).hasSize(1);
    }

    @Test
    void aCheapVisitBelowFullBenefitIsAnError() {
        Files130.Ep bad = CrossTableFiles.outpatient().set(XML2, 1, "MUC_HUONG", "80");
        CrossTableFiles.recompute(bad);
        ClaimsIssue i = breaks(CrossTableFiles.outpatient(), bad, "EPISODE.MUC_HUONG.LOW_COST", XML2, 1, "MUC_HUONG");
        assertThat(i.messageEn()).contains("351000");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule).containsExactly("EPISODE.MUC_HUONG.LOW_COST");
        // out of network the 15 % rule is not applied
        Files130.Ep outOfNetwork = bad.copy().set(XML1, 1, "MA_DOITUONG_KCB", "3.1");
        assertThat(of(check(outOfNetwork), "EPISODE.MUC_HUONG.LOW_COST")).isEmpty();
        // a base salary whose 15 % is below the cost: 80 is right
        ClaimsChecker low = ClaimsChecker.builder().baseSalary(vn.emr.claims.money.BaseSalary.empty()
                .with(java.time.LocalDate.of(2024, 7, 1), new BigDecimal("500000"))).build();
        assertThat(low.check(Files130.envelope(CrossTableFiles.PROFILE, bad), "t.xml").issues()).isEmpty();
    }

    @Test
    void unreadableAmountsAreLeftToTheFormatRules() {
        Files130.Ep bad = CrossTableFiles.outpatient().set(XML2, 1, "THANH_TIEN_BV", "13,755.50");
        ClaimsReport r = check(bad);
        assertThat(r.issues()).extracting(ClaimsIssue::rule).contains("FIELD.NUMBER")
                .doesNotContain("XML2.THANH_TIEN_BV.FORMULA", "XML2.THANH_TIEN_BV.PARTS", "XML1.T_THUOC.SUM");
    }
}
