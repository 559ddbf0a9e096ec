package vn.emr.claims.money;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.money.LineMoneyTest.assertCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.money.FundingParts.Source;

/** XML1 totals from the lines, and the dated base salary with its two rules. */
class TotalsAndSalaryTest {

    @Test
    void xml1TotalsAreTheSumsOfTheLines() {
        LineMoney drug = LineMoney.of(LineCharge.drug().quantity("2").unitPrice("50000").insuranceRate(100)
                .benefitRate(80).costGroup(4).build());
        LineMoney exam = LineMoney.of(LineCharge.service().quantity("1").unitPrices("38700", "38700").benefitRate(80)
                .costGroup(13).build());
        LineMoney supply = LineMoney.of(LineCharge.service().quantity("3").unitPrices("12000", "10000")
                .benefitRate(80).costGroup(10).paymentMethod(2).build());
        EpisodeTotals t = EpisodeTotals.of(List.of(drug, exam, supply));
        assertThat(t.tThuoc()).isEqualByComparingTo("100000");
        assertThat(t.tVtyt()).isEqualByComparingTo("36000");
        assertThat(t.tTongChiBv()).isEqualByComparingTo("174700");
        assertThat(t.tTongChiBh()).isEqualByComparingTo("168700");
        assertThat(t.tBntt()).isEqualByComparingTo("6000");
        assertThat(t.tBncct()).isEqualByComparingTo("33740");
        assertThat(t.tBhtt()).isEqualByComparingTo("134960");
        assertThat(t.tBhttGdv()).isEqualByComparingTo("110960");
        assertThat(t.tNguonKhac()).isZero();
        assertThat(t.fundFormulaHolds()).isTrue();
        assertThat(EpisodeTotals.of(List.of()).tTongChiBv()).isEqualByComparingTo("0");
    }

    @Test
    void xml1sFundFormulaDiffersOnceOtherFundingPaysTheCoPayment() {
        LineMoney arv = LineMoney.of(LineCharge.drug().quantity("30").unitPrice("10000").benefitRate(80)
                .otherFunding(OtherFunding.coPaymentBy(Source.STATE_BUDGET)).build());
        EpisodeTotals t = EpisodeTotals.of(List.of(arv));
        assertThat(t.tBhtt()).isEqualByComparingTo("240000");
        assertThat(t.tNguonKhac()).isEqualByComparingTo("60000");
        assertThat(t.fundFormulaHolds()).isFalse();
    }

    @Test
    void baseSalaryIsTakenByTheClaimsDate() {
        BaseSalary known = BaseSalary.known();
        assertThat(known.on(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("2340000");
        assertThat(known.on(LocalDate.of(2026, 12, 1))).isEqualByComparingTo("2340000");
        // 15 % of 2,340,000 (domain/claims.md: "so below 351,000"); 45 x for a supply package
        assertThat(known.lowCostThreshold(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("351000");
        assertThat(known.supplyPackageCeiling(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("105300000");
        assertThat(BenefitRates.belowLowCostThreshold(new BigDecimal("350999.99"), LocalDate.of(2025, 1, 1), known))
                .isTrue();
        assertThat(BenefitRates.belowLowCostThreshold(new BigDecimal("351000"), LocalDate.of(2025, 1, 1), known))
                .isFalse();
        // Decree 24/2023: 1,800,000 from 2023-07-01 (15 %: 270,000), the value of every QĐ 130 claim
        assertThat(known.on(LocalDate.of(2024, 6, 30))).isEqualByComparingTo("1800000");
        assertThat(known.lowCostThreshold(LocalDate.of(2023, 9, 1))).isEqualByComparingTo("270000");
        assertCode(() -> known.on(LocalDate.of(2023, 6, 30)), ClaimsError.BASE_SALARY_UNKNOWN, "luongCoSo");
        BaseSalary later = known.with(LocalDate.of(2027, 1, 1), new BigDecimal("2600000"));
        assertThat(later.on(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("2340000");
        assertThat(later.on(LocalDate.of(2027, 1, 1))).isEqualByComparingTo("2600000");
        assertThat(known.values()).hasSize(2);
        assertCode(() -> known.with(LocalDate.of(2024, 7, 1), BigDecimal.ONE), ClaimsError.DATED_VALUE_DUPLICATE,
                "luongCoSo");
    }
}
