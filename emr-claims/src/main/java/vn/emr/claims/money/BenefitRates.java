package vn.emr.claims.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;
import vn.emr.core.identity.BenefitLevel;

/**
 * The benefit rate ({@code MUC_HUONG}) of a line, in percent ({@code domain/claims.md} §3.1): the card's level in
 * network, the card's level times the out-of-network rate outside it (80 × 40 % = 32), and 100 for a visit below 15 %
 * of the base salary.
 *
 * <p>The out-of-network rate per facility level is set by the Law on Health Insurance and changes with it (Law
 * 51/2024/QH15 regrouped the levels from 2025-07-01); this class takes it as an argument rather than ship rates whose
 * source could not be verified.
 */
public final class BenefitRates {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private BenefitRates() {
    }

    /** The card's own rate, for a visit in network (đúng tuyến): 80, 95 or 100. */
    public static BigDecimal inNetwork(BenefitLevel level) {
        return BigDecimal.valueOf(level.percent());
    }

    /**
     * The card's rate times the out-of-network rate (trái tuyến), for example 80 × 40 % = 32. The product may have
     * decimals (95 × 50 % = 47.5); whether a profile's {@code MUC_HUONG} field takes them is the table's check.
     */
    public static BigDecimal outOfNetwork(BenefitLevel level, BigDecimal outOfNetworkPercent) {
        Money.rate(outOfNetworkPercent, "tyLeTraiTuyen");
        return BigDecimal.valueOf(level.percent()).multiply(outOfNetworkPercent)
                .divide(FULL, MathContext.UNLIMITED).stripTrailingZeros();
    }

    /**
     * Whether the visit's cost at the fund's price is below 15 % of the base salary on its date, so that it is paid
     * in full.
     */
    public static boolean belowLowCostThreshold(BigDecimal visitCost, LocalDate date, BaseSalary salary) {
        Objects.requireNonNull(visitCost, "visitCost");
        return visitCost.compareTo(salary.lowCostThreshold(date)) < 0;
    }

    /** Full benefit: 100. */
    public static BigDecimal full() {
        return FULL;
    }
}
