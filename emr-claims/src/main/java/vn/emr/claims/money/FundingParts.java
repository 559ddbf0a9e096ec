package vn.emr.claims.money;

import java.math.BigDecimal;

/**
 * The four parts of {@code T_NGUONKHAC} on a drug (XML2) or service (XML3) line, each an amount with 2 decimal places.
 *
 * @param stateBudget {@code T_NGUONKHAC_NSNN}: central or local state budget
 * @param foreignAid {@code T_NGUONKHAC_VTNN}: organisations or people outside Viet Nam
 * @param domesticAid {@code T_NGUONKHAC_VTTN}: organisations or people in Viet Nam
 * @param otherSources {@code T_NGUONKHAC_CL}: any other source
 */
public record FundingParts(BigDecimal stateBudget, BigDecimal foreignAid, BigDecimal domesticAid,
        BigDecimal otherSources) {

    /** Checks the parts (absent means zero): none negative, none with more than 2 decimal places. */
    public FundingParts {
        stateBudget = Money.checked(orZero(stateBudget), Money.AMOUNT_SCALE, "T_NGUONKHAC_NSNN");
        foreignAid = Money.checked(orZero(foreignAid), Money.AMOUNT_SCALE, "T_NGUONKHAC_VTNN");
        domesticAid = Money.checked(orZero(domesticAid), Money.AMOUNT_SCALE, "T_NGUONKHAC_VTTN");
        otherSources = Money.checked(orZero(otherSources), Money.AMOUNT_SCALE, "T_NGUONKHAC_CL");
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** All four parts zero. */
    public static FundingParts none() {
        return new FundingParts(null, null, null, null);
    }

    /** {@code T_NGUONKHAC}: the sum of the four parts, with 2 decimal places. */
    public BigDecimal total() {
        return Money.amount(stateBudget.add(foreignAid).add(domesticAid).add(otherSources));
    }

    /** Which of the four parts this is. */
    public enum Source {
        /** {@code T_NGUONKHAC_NSNN}. */
        STATE_BUDGET,
        /** {@code T_NGUONKHAC_VTNN}. */
        FOREIGN_AID,
        /** {@code T_NGUONKHAC_VTTN}. */
        DOMESTIC_AID,
        /** {@code T_NGUONKHAC_CL}. */
        OTHER
    }

    /** The parts with the whole amount under one source. */
    public static FundingParts of(Source source, BigDecimal amount) {
        return switch (source) {
            case STATE_BUDGET -> new FundingParts(amount, null, null, null);
            case FOREIGN_AID -> new FundingParts(null, amount, null, null);
            case DOMESTIC_AID -> new FundingParts(null, null, amount, null);
            case OTHER -> new FundingParts(null, null, null, amount);
        };
    }
}
