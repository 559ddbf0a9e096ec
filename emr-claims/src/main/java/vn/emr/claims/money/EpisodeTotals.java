package vn.emr.claims.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The money totals of XML1 for one episode, summed from its drug and service lines ({@code domain/claims.md} §3.2).
 *
 * <p>{@code T_BHTT} is the sum of the lines' {@code T_BHTT}. XML1's own definition, {@code T_TONGCHI_BH − T_BNCCT},
 * gives the same value unless other funding (case a or c) paid part of a line's co-payment; there the sum is what
 * the fund owes, and {@link #fundFormulaHolds()} says whether the two agree.
 *
 * @param tThuoc {@code T_THUOC}: the facility-price cost of the drug lines
 * @param tVtyt {@code T_VTYT}: the facility-price cost of the medical-supply lines (cost groups 10 and 11)
 * @param tTongChiBv {@code T_TONGCHI_BV}: the facility-price cost of all lines
 * @param tTongChiBh {@code T_TONGCHI_BH}: the fund-price cost of all lines
 * @param tBntt {@code T_BNTT}
 * @param tBncct {@code T_BNCCT}
 * @param tBhtt {@code T_BHTT}
 * @param tNguonKhac {@code T_NGUONKHAC}
 * @param tBhttGdv {@code T_BHTT_GDV}: {@code T_BHTT} of the lines paid fee for service ({@code MA_PTTT} 1)
 */
public record EpisodeTotals(BigDecimal tThuoc, BigDecimal tVtyt, BigDecimal tTongChiBv, BigDecimal tTongChiBh,
        BigDecimal tBntt, BigDecimal tBncct, BigDecimal tBhtt, BigDecimal tNguonKhac, BigDecimal tBhttGdv) {

    /** Cost groups ({@code MA_NHOM}) of medical supplies, as the public checker tracnn/qlbv counts {@code T_VTYT}. */
    public static final Set<Integer> SUPPLY_GROUPS = Set.of(10, 11);

    /** The totals of these lines (all zero for none). */
    public static EpisodeTotals of(List<LineMoney> lines) {
        BigDecimal thuoc = Money.zero();
        BigDecimal vtyt = Money.zero();
        BigDecimal bv = Money.zero();
        BigDecimal bh = Money.zero();
        BigDecimal bntt = Money.zero();
        BigDecimal bncct = Money.zero();
        BigDecimal bhtt = Money.zero();
        BigDecimal nk = Money.zero();
        BigDecimal gdv = Money.zero();
        for (LineMoney l : lines) {
            LineCharge c = l.charge();
            if (c.kind() == LineCharge.Kind.DRUG) {
                thuoc = thuoc.add(l.thanhTienBv());
            } else if (SUPPLY_GROUPS.contains(c.costGroup())) {
                vtyt = vtyt.add(l.thanhTienBv());
            }
            bv = bv.add(l.thanhTienBv());
            bh = bh.add(l.thanhTienBh());
            bntt = bntt.add(l.tBntt());
            bncct = bncct.add(l.tBncct());
            bhtt = bhtt.add(l.tBhtt());
            nk = nk.add(l.tNguonKhac());
            if (c.paymentMethod() == 1) {
                gdv = gdv.add(l.tBhtt());
            }
        }
        return new EpisodeTotals(thuoc, vtyt, bv, bh, bntt, bncct, bhtt, nk, gdv);
    }

    /** Whether XML1's definition {@code T_BHTT = T_TONGCHI_BH − T_BNCCT} gives {@link #tBhtt()}. */
    public boolean fundFormulaHolds() {
        return tTongChiBh.subtract(tBncct).compareTo(tBhtt) == 0;
    }
}
