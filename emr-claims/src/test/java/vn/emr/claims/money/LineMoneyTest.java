package vn.emr.claims.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.money.FundingParts.Source;
import vn.emr.core.EmrException;
import vn.emr.core.identity.BenefitLevel;

/** The line formulas of Decision 130/4750, against the decision's worked example and an independent checker's. */
class LineMoneyTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertAmounts(LineMoney m, String bv, String bh, String nk, String bntt, String bncct,
            String bhtt) {
        assertThat(m.thanhTienBv()).as("THANH_TIEN_BV").isEqualByComparingTo(bv);
        assertThat(m.thanhTienBh()).as("THANH_TIEN_BH").isEqualByComparingTo(bh);
        assertThat(m.tNguonKhac()).as("T_NGUONKHAC").isEqualByComparingTo(nk);
        assertThat(m.tBntt()).as("T_BNTT").isEqualByComparingTo(bntt);
        assertThat(m.tBncct()).as("T_BNCCT").isEqualByComparingTo(bncct);
        assertThat(m.tBhtt()).as("T_BHTT").isEqualByComparingTo(bhtt);
        for (BigDecimal v : List.of(m.thanhTienBv(), m.thanhTienBh(), m.tNguonKhac(), m.tBntt(), m.tBncct(),
                m.tBhtt())) {
            assertThat(v.scale()).isEqualTo(2);
        }
    }

    @Test
    void theDecisionsWorkedExampleOfFundingTheFacility() {
        // PL 4750, T_NGUONKHAC case b: a 10,000,000 drug at 50 %, 3,000,000 donated, benefit 80
        LineMoney m = LineMoney.of(LineCharge.drug().quantity("1").unitPrice("10000000").insuranceRate(50)
                .benefitRate(80).otherFunding(OtherFunding.forFacility(FundingParts.of(Source.DOMESTIC_AID,
                        d("3000000")))).build());
        assertAmounts(m, "10000000", "3500000", "3000000", "3500000", "700000", "2800000");
        assertThat(m.otherFunding().domesticAid()).isEqualByComparingTo("3000000");
    }

    @Test
    void anIndependentCheckersLinesAgree() {
        // tracnn/qlbv Xml3176Xml3CongThucTienTest: 2 x 100,000 at benefit 80; and the same at TYLE_TT_DV 90
        assertAmounts(LineMoney.of(LineCharge.service().quantity("2").unitPrices("100000", "100000").benefitRate(80)
                .build()), "200000", "200000", "0", "0", "40000", "160000");
        assertAmounts(LineMoney.of(LineCharge.service().quantity("2").unitPrices("100000", "100000").serviceRate(90)
                .benefitRate(80).build()), "180000", "180000", "0", "0", "36000", "144000");
    }

    @Test
    void outOfNetworkBenefitOfTheDecision() {
        assertThat(BenefitRates.outOfNetwork(BenefitLevel.LEVEL_4, d("40"))).isEqualByComparingTo("32");
        assertThat(BenefitRates.outOfNetwork(BenefitLevel.LEVEL_3, d("50"))).isEqualByComparingTo("47.5");
        LineMoney m = LineMoney.of(LineCharge.drug().quantity("10").unitPrice("12500").benefitRate(
                BenefitRates.outOfNetwork(BenefitLevel.LEVEL_4, d("40"))).build());
        assertAmounts(m, "125000", "125000", "0", "0", "85000", "40000");
    }

    @Test
    void repeatedExamVisitsOnOneDay() {
        int[] expected = {100, 30, 30, 30, 10, 0, 0};
        String[] bv = {"38700", "11610", "11610", "11610", "3870", "0", "0"};
        for (int i = 0; i < expected.length; i++) {
            int rate = ServiceRates.examVisit(i + 1);
            assertThat(rate).isEqualTo(expected[i]);
            LineMoney m = LineMoney.of(LineCharge.service().quantity("1").unitPrices("38700", "38700")
                    .serviceRate(rate).benefitRate(80).build());
            assertThat(m.thanhTienBv()).isEqualByComparingTo(bv[i]);
            assertThat(m.thanhTienBh()).isEqualByComparingTo(bv[i]);
        }
    }

    @Test
    void sharedBedsAndFurtherProcedures() {
        assertThat(List.of(ServiceRates.sharedBed(1), ServiceRates.sharedBed(2), ServiceRates.sharedBed(3),
                ServiceRates.sharedBed(5))).containsExactly(100, 50, 33, 33);
        // a bed of 245,000 shared by two, half a day after moving wards: 0.5 x 245,000 x 50 %
        LineMoney bed = LineMoney.of(LineCharge.service().quantity("0.5").unitPrices("245000", "245000")
                .serviceRate(ServiceRates.sharedBed(2)).benefitRate(95).build());
        assertAmounts(bed, "61250", "61250", "0", "0", "3062.50", "58187.50");
        // a second procedure of 2,500,000 by the same team, then one by another team
        assertThat(LineMoney.of(LineCharge.service().quantity("1").unitPrices("2500000", "2500000")
                .serviceRate(ServiceRates.furtherProcedure(true)).benefitRate(100).build()).thanhTienBv())
                .isEqualByComparingTo("1250000");
        assertThat(LineMoney.of(LineCharge.service().quantity("1").unitPrices("2500000", "2500000")
                .serviceRate(ServiceRates.furtherProcedure(false)).benefitRate(100).build()).tBhtt())
                .isEqualByComparingTo("2000000");
    }

    @Test
    void fundingOfThePatientReducesOwnPaymentThenCoPaymentThenTheFund() {
        LineCharge.Builder half = LineCharge.drug().quantity("1").unitPrice("1000000").insuranceRate(50)
                .benefitRate(80);
        // provisional: BNTT 500,000, BNCCT 100,000, BHTT 400,000
        assertAmounts(LineMoney.of(half.build()), "1000000", "500000", "0", "500000", "100000", "400000");
        assertAmounts(LineMoney.of(half.otherFunding(OtherFunding.forPatient(FundingParts.of(Source.STATE_BUDGET,
                d("300000")))).build()), "1000000", "500000", "300000", "200000", "100000", "400000");
        assertAmounts(LineMoney.of(half.otherFunding(OtherFunding.forPatient(FundingParts.of(Source.STATE_BUDGET,
                d("550000")))).build()), "1000000", "500000", "550000", "0", "50000", "400000");
        assertAmounts(LineMoney.of(half.otherFunding(OtherFunding.forPatient(FundingParts.of(Source.STATE_BUDGET,
                d("650000")))).build()), "1000000", "500000", "650000", "0", "0", "350000");
    }

    @Test
    void coPaymentPaidByAnotherSourceAsForArvDrugs() {
        LineMoney m = LineMoney.of(LineCharge.drug().quantity("30").unitPrice("15000.5").benefitRate(80)
                .otherFunding(OtherFunding.coPaymentBy(Source.FOREIGN_AID)).build());
        // 30 x 15,000.5 = 450,015; BHTT 360,012; provisional BNCCT 90,003 moves to T_NGUONKHAC_VTNN
        assertAmounts(m, "450015", "450015", "90003", "0", "0", "360012");
        assertThat(m.otherFunding().foreignAid()).isEqualByComparingTo("90003");
        assertThat(m.otherFunding().stateBudget()).isZero();
    }

    @Test
    void roundsOnceHalfUpAtTwoDecimalPlaces() {
        // 1 x 0.005 is an exact half cent: half up gives 0.01 (half even would give 0.00)
        assertThat(LineMoney.of(LineCharge.drug().quantity("1").unitPrice("0.005").benefitRate(100).build())
                .thanhTienBv()).isEqualByComparingTo("0.01");
        // 0.333 x 1,000.005 = 333.001665
        LineMoney m = LineMoney.of(LineCharge.drug().quantity("0.333").unitPrice("1000.005").benefitRate(95).build());
        assertAmounts(m, "333.00", "333.00", "0", "0", "16.65", "316.35");
    }

    @Test
    void theCostIsAlwaysSharedExactly() {
        Random random = new Random(130);
        OtherFunding.Supports[] cases = OtherFunding.Supports.values();
        for (int i = 0; i < 20_000; i++) {
            BigDecimal quantity = BigDecimal.valueOf(random.nextInt(100_000) + 1, 3);
            BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000_000) + 1, 3);
            BigDecimal insurancePrice = price.multiply(BigDecimal.valueOf(random.nextInt(101)))
                    .divide(BigDecimal.valueOf(100), 3, java.math.RoundingMode.DOWN);
            int dv = random.nextInt(101);
            LineCharge.Builder b = LineCharge.service().quantity(quantity)
                    .unitPrices(price.toPlainString(), insurancePrice.toPlainString()).serviceRate(dv)
                    .insuranceRate(random.nextInt(101)).benefitRate(random.nextInt(101));
            LineMoney plain = LineMoney.of(b.build());
            OtherFunding.Supports which = cases[random.nextInt(cases.length)];
            BigDecimal bv = plain.thanhTienBv();
            if (which == OtherFunding.Supports.PATIENT || which == OtherFunding.Supports.FACILITY) {
                if (bv.compareTo(new BigDecimal("0.01")) <= 0) {
                    continue;
                }
                BigDecimal nk = bv.multiply(BigDecimal.valueOf(random.nextDouble()))
                        .setScale(2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"));
                if (nk.compareTo(bv) >= 0) {
                    continue;
                }
                FundingParts parts = FundingParts.of(Source.OTHER, nk);
                b.otherFunding(which == OtherFunding.Supports.PATIENT ? OtherFunding.forPatient(parts)
                        : OtherFunding.forFacility(parts));
            } else if (which == OtherFunding.Supports.CO_PAYMENT) {
                b.otherFunding(OtherFunding.coPaymentBy(Source.STATE_BUDGET));
            }
            LineMoney m = LineMoney.of(b.build());
            assertThat(m.tBntt().add(m.tBncct()).add(m.tBhtt()).add(m.tNguonKhac()))
                    .as("line %d (%s)", i, which).isEqualByComparingTo(m.thanhTienBv());
            assertThat(m.tNguonKhac()).isEqualByComparingTo(m.otherFunding().total());
            for (BigDecimal v : List.of(m.thanhTienBh(), m.tBntt(), m.tBncct(), m.tBhtt(), m.tNguonKhac())) {
                assertThat(v.signum()).as("line %d (%s)", i, which).isGreaterThanOrEqualTo(0);
            }
            assertThat(m.thanhTienBh()).isLessThanOrEqualTo(m.thanhTienBv());
        }
    }

    @Test
    void refusesWhatTheDecisionDoesNotAllowWithoutRounding() {
        assertCode(() -> LineCharge.drug().quantity("1.0005").unitPrice("1").benefitRate(80).build(),
                ClaimsError.MONEY_SCALE, "SO_LUONG");
        assertCode(() -> LineCharge.drug().quantity("1").unitPrice("-1").benefitRate(80).build(),
                ClaimsError.MONEY_NEGATIVE, "DON_GIA");
        assertCode(() -> LineCharge.drug().quantity("1").unitPrice("1").benefitRate(101).build(),
                ClaimsError.RATE_RANGE, "MUC_HUONG");
        assertCode(() -> LineCharge.drug().quantity("1").unitPrice("1").serviceRate(50).benefitRate(80).build(),
                ClaimsError.DRUG_LINE_SHAPE, "TYLE_TT_DV");
        assertCode(() -> LineMoney.of(LineCharge.drug().quantity("1").unitPrice("1000").benefitRate(80)
                .otherFunding(OtherFunding.forFacility(FundingParts.of(Source.OTHER, d("1000")))).build()),
                ClaimsError.OTHER_FUNDING_RANGE, "T_NGUONKHAC");
        assertCode(() -> OtherFunding.forPatient(FundingParts.none()), ClaimsError.OTHER_FUNDING_RANGE,
                "T_NGUONKHAC");
        assertCode(() -> FundingParts.of(Source.OTHER, d("1.001")), ClaimsError.MONEY_SCALE, "T_NGUONKHAC_CL");
        assertCode(() -> LineMoney.of(LineCharge.service().quantity("1").unitPrices("1000", "1200").benefitRate(80)
                .build()), ClaimsError.INSURANCE_ABOVE_FACILITY, "THANH_TIEN_BH");
        assertCode(() -> LineMoney.of(LineCharge.drug().quantity("1000000").unitPrice("999999999.999")
                .benefitRate(80).build()), ClaimsError.MONEY_TOO_LARGE, "THANH_TIEN_BV");
        assertCode(() -> ServiceRates.examVisit(0), ClaimsError.ORDINAL_RANGE, "TYLE_TT_DV");
    }

    static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ClaimsError code,
            String path) {
        EmrException e = catchThrowableOfType(EmrException.class, call);
        assertThat(e).as("expected " + code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.issues().get(0).path()).isEqualTo(path);
    }
}
