package vn.emr.claims.money;

import java.math.BigDecimal;
import java.math.MathContext;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The money fields of one drug (XML2) or service (XML3) line, computed from its {@link LineCharge} by the formulas of
 * Decision 130 as amended by 4750 ({@code domain/claims.md} §3.1). Every amount has 2 decimal places and
 * {@code THANH_TIEN_BV = T_BNTT + T_BNCCT + T_BHTT + T_NGUONKHAC} holds exactly.
 *
 * <ul>
 *   <li>{@code THANH_TIEN_BV = SO_LUONG × DON_GIA_BV × TYLE_TT_DV / 100} (XML2: {@code SO_LUONG × DON_GIA}).</li>
 *   <li>{@code THANH_TIEN_BH = SO_LUONG × DON_GIA_BH × TYLE_TT_DV / 100 × TYLE_TT_BH / 100} (XML2:
 *       {@code SO_LUONG × DON_GIA × TYLE_TT_BH / 100}). The decision's XML3 text leaves {@code TYLE_TT_DV} out of
 *       {@code THANH_TIEN_BH}; it is applied here because a second exam visit at 30 % would otherwise have the fund
 *       owe more than the line costs, and because an independent checker of the 3176 files (tracnn/qlbv) expects
 *       {@code THANH_TIEN_BH} 180,000 for 2 × 100,000 at {@code TYLE_TT_DV} 90.</li>
 *   <li>Without other funding: {@code T_BHTT = THANH_TIEN_BH × MUC_HUONG / 100}, {@code T_BNCCT = THANH_TIEN_BH −
 *       T_BHTT}, {@code T_BNTT = THANH_TIEN_BV − THANH_TIEN_BH}.</li>
 *   <li>Case a (funding of the patient): computed as without, then {@code T_NGUONKHAC} is taken from {@code T_BNTT},
 *       then {@code T_BNCCT}, then {@code T_BHTT}.</li>
 *   <li>Case b (funding of the facility): the cost is reduced first: {@code THANH_TIEN_BH} is the plain value times
 *       {@code (THANH_TIEN_BV − T_NGUONKHAC) / THANH_TIEN_BV} (for a drug exactly {@code (THANH_TIEN_BV −
 *       T_NGUONKHAC) × TYLE_TT_BH / 100}, the decision's worked example), and {@code T_BNTT = THANH_TIEN_BV −
 *       T_NGUONKHAC − THANH_TIEN_BH}.</li>
 *   <li>Case c (co-payment paid by another source, as for ARV drugs): {@code T_NGUONKHAC} is the provisional
 *       {@code T_BNCCT} and {@code T_BNCCT} is 0.</li>
 * </ul>
 *
 * <p>Each formula is rounded once, half up ({@link Money#ROUNDING}); differences are taken between rounded amounts so
 * that the sum above is exact.
 *
 * @param charge the line the amounts were computed from
 * @param thanhTienBv {@code THANH_TIEN_BV}
 * @param thanhTienBh {@code THANH_TIEN_BH}
 * @param otherFunding the four {@code T_NGUONKHAC_*} parts
 * @param tNguonKhac {@code T_NGUONKHAC}
 * @param tBntt {@code T_BNTT}: what the patient pays outside the fund's scope
 * @param tBncct {@code T_BNCCT}: the patient's co-payment inside the scope
 * @param tBhtt {@code T_BHTT}: what the facility asks the fund for
 */
public record LineMoney(LineCharge charge, BigDecimal thanhTienBv, BigDecimal thanhTienBh,
        FundingParts otherFunding, BigDecimal tNguonKhac, BigDecimal tBntt, BigDecimal tBncct, BigDecimal tBhtt) {

    private static final MathContext EXACT = MathContext.UNLIMITED;

    /**
     * Computes the money fields of a line.
     *
     * @throws EmrException {@link ClaimsError#OTHER_FUNDING_RANGE} when other funding is not below
     *     {@code THANH_TIEN_BV}, {@link ClaimsError#INSURANCE_ABOVE_FACILITY} when the fund's amount exceeds the
     *     cost, {@link ClaimsError#MONEY_TOO_LARGE} when an amount does not fit its field
     */
    public static LineMoney of(LineCharge c) {
        BigDecimal serviceShare = c.serviceRate().divide(Money.HUNDRED, EXACT);
        BigDecimal bv = Money.fitting(Money.amount(c.quantity().multiply(c.facilityUnitPrice()).multiply(serviceShare)),
                "THANH_TIEN_BV");
        BigDecimal bhExact = c.quantity().multiply(c.insuranceUnitPrice()).multiply(serviceShare)
                .multiply(c.insuranceRate()).divide(Money.HUNDRED, EXACT);
        OtherFunding funding = c.otherFunding();
        FundingParts parts = funding.parts();
        BigDecimal nk = parts.total();
        if (funding.supports() == OtherFunding.Supports.PATIENT || funding.supports() == OtherFunding.Supports.FACILITY) {
            if (nk.compareTo(bv) >= 0) {
                throw new EmrException(ClaimsError.OTHER_FUNDING_RANGE, "T_NGUONKHAC");
            }
        }
        BigDecimal bh;
        if (funding.supports() == OtherFunding.Supports.FACILITY) {
            bh = Money.amount(bhExact.multiply(bv.subtract(nk)).divide(bv, 12, Money.ROUNDING));
        } else {
            bh = Money.amount(bhExact);
        }
        if (bh.compareTo(bv) > 0) {
            throw new EmrException(ClaimsError.INSURANCE_ABOVE_FACILITY, "THANH_TIEN_BH");
        }
        BigDecimal bhtt = Money.amount(bh.multiply(c.benefitRate()).divide(Money.HUNDRED, EXACT));
        BigDecimal bncct = bh.subtract(bhtt);
        BigDecimal bntt;
        switch (funding.supports()) {
            case FACILITY -> bntt = bv.subtract(nk).subtract(bh);
            case PATIENT -> {
                bntt = bv.subtract(bh);
                BigDecimal left = nk;
                BigDecimal take = left.min(bntt);
                bntt = bntt.subtract(take);
                left = left.subtract(take);
                take = left.min(bncct);
                bncct = bncct.subtract(take);
                left = left.subtract(take);
                bhtt = bhtt.subtract(left);
            }
            case CO_PAYMENT -> {
                bntt = bv.subtract(bh);
                nk = bncct;
                parts = funding.partsFor(bncct);
                bncct = Money.zero();
            }
            default -> bntt = bv.subtract(bh);
        }
        return new LineMoney(c, bv, Money.fitting(bh, "THANH_TIEN_BH"), parts, nk, bntt, bncct, bhtt);
    }

    @Override
    public String toString() {
        return "LineMoney[kind=" + charge.kind() + "]";
    }
}
