package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.catalogue.ClaimsTable.XML1;
import static vn.emr.claims.catalogue.ClaimsTable.XML3;
import static vn.emr.claims.check.CrossTableFiles.breaks;
import static vn.emr.claims.check.CrossTableFiles.check;
import static vn.emr.claims.check.CrossTableFiles.of;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** XML1's totals against the lines (claims.md §3.2), compared exactly. */
class TotalsRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"T_THUOC", "T_VTYT", "T_TONGCHI_BV", "T_TONGCHI_BH", "T_BNTT", "T_BNCCT", "T_NGUONKHAC",
        "T_BHTT_GDV"})
    void aTotalOneCentOffIsAnError(String field) {
        for (Files130.Ep good : new Files130.Ep[] {CrossTableFiles.outpatient(), CrossTableFiles.inpatient()}) {
            Files130.Ep bad = good.copy();
            Map<String, String> x1 = bad.row(XML1, 1);
            String expected = x1.get(field);
            x1.put(field, new BigDecimal(expected).add(new BigDecimal("0.01")).toPlainString());
            ClaimsIssue i = breaks(good, bad, "XML1." + field + ".SUM", XML1, 1, field);
            assertThat(i.messageEn()).startsWith(field + " must equal")
                    .endsWith("(" + new BigDecimal(expected).stripTrailingZeros().toPlainString() + ").");
        }
    }

    @Test
    void theFundTotalIsTheInsuredTotalLessTheCoPayments() {
        Files130.Ep good = CrossTableFiles.inpatient();
        Files130.Ep bad = good.copy();
        bad.row(XML1, 1).put("T_BHTT", new BigDecimal(good.row(XML1, 1).get("T_BHTT")).subtract(BigDecimal.ONE)
                .toPlainString());
        breaks(good, bad, "XML1.T_BHTT.FORMULA", XML1, 1, "T_BHTT");
        assertThat(check(bad).issues()).extracting(ClaimsIssue::rule).containsExactly("XML1.T_BHTT.FORMULA");
    }

    @Test
    void withPatientFundingTheFundTotalIsTheLinesSum() {
        // case a takes 50,000 of a bed day: 10,000 of it off T_BHTT, so T_TONGCHI_BH − T_BNCCT is not what the fund owes
        Files130.Ep e = CrossTableFiles.inpatient();
        Map<String, String> l = e.row(XML3, 4);
        l.put("T_NGUONKHAC_NSNN", "50000.00");
        l.put("T_NGUONKHAC", "50000.00");
        l.put("T_BNCCT", "0.00");
        l.put("T_BHTT", "150000.00");
        CrossTableFiles.retotal(e);
        assertThat(check(e).issues()).isEmpty();
        Map<String, String> x1 = e.row(XML1, 1);
        BigDecimal formula = new BigDecimal(x1.get("T_TONGCHI_BH")).subtract(new BigDecimal(x1.get("T_BNCCT")));
        assertThat(formula).isNotEqualByComparingTo(x1.get("T_BHTT"));
        Files130.Ep byFormula = e.copy().set(XML1, 1, "T_BHTT", formula.toPlainString());
        assertThat(of(check(byFormula), "XML1.T_BHTT.FORMULA")).hasSize(1);
    }

    @Test
    void suppliesAreCostGroupsTenAndEleven() {
        Files130.Ep e = CrossTableFiles.outpatient().set(XML3, 3, "MA_NHOM", "11");
        assertThat(of(check(CrossTableFiles.retotal(e)), "XML1.T_VTYT.SUM")).isEmpty();
        Files130.Ep notSupply = CrossTableFiles.outpatient().set(XML3, 3, "MA_NHOM", "1");
        assertThat(of(check(notSupply), "XML1.T_VTYT.SUM")).hasSize(1);
    }

    @Test
    void capitationLinesAreNotFeeForService() {
        Files130.Ep e = CrossTableFiles.outpatient().set(XML3, 1, "MA_PTTT", "2");
        assertThat(of(check(e), "XML1.T_BHTT_GDV.SUM")).hasSize(1);
        assertThat(of(check(CrossTableFiles.retotal(e)), "XML1.T_BHTT_GDV.SUM")).isEmpty();
    }

    @Test
    void armyCardsAreNotCheckedForFeeForService() {
        Files130.Ep e = CrossTableFiles.outpatient().set(XML1, 1, "T_BHTT_GDV", "0.00");
        assertThat(of(check(e), "XML1.T_BHTT_GDV.SUM")).hasSize(1);
        e.set(XML1, 1, "MA_THE_BHYT", "QN5010120878811");
        assertThat(of(check(e), "XML1.T_BHTT_GDV.SUM")).isEmpty();
    }

    @Test
    void aTotalOverAnUnreadableLineIsNotComputed() {
        Files130.Ep e = CrossTableFiles.outpatient().set(XML3, 3, "THANH_TIEN_BV", "2200.00.0");
        ClaimsReport r = check(e);
        assertThat(r.issues()).extracting(ClaimsIssue::rule).contains("FIELD.NUMBER")
                .doesNotContain("XML1.T_VTYT.SUM", "XML1.T_TONGCHI_BV.SUM");
    }
}
