package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.money.Money;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;

/**
 * The money formulas of each drug (XML2) and service (XML3) line ({@code domain/claims.md} §3.1), with the arithmetic of
 * {@link vn.emr.claims.money.LineMoney} (the same formulas, rounding half up once per formula, and the same reading
 * of other funding cases a, b and c, so that every file the SDK builds passes).
 *
 * <p>Tolerance: a computed amount ({@code THANH_TIEN_BV}, {@code THANH_TIEN_BH}, {@code T_BHTT}, {@code T_BNCCT},
 * {@code T_BNTT}) and the sum of a line's four parts may differ from the written one by
 * {@link CheckContext#tolerance()} (one rounding step, 0.01 by default): the decision names no rounding mode and
 * software that rounds each amount separately is off by one step. A sum of written amounts that no formula rounds
 * ({@code T_NGUONKHAC} as its four parts) compares exactly.
 *
 * <p>Each table's lines are read once: the rules of the class are one {@link Rule.Group}, whose pass reads the drug
 * lines, then the service lines, and reports under each rule's id.
 */
final class MoneyRules {

    /** The one pass of every rule of the class ({@link Rule.Group}). */
    private static final Rule.Group LINES = new Rule.Group(MoneyRules::lines);

    /** The rules of one line table. */
    static final class LineRules {
        final ClaimsTable table;
        final Rule bv;
        final Rule bh;
        final Rule otherFunding;
        final Rule bhtt;
        final Rule bncct;
        final Rule bntt;
        final Rule parts;

        private LineRules(ClaimsTable table) {
            this.table = table;
            String t = table.name();
            boolean drug = table == ClaimsTable.XML2;
            this.bv = Rule.inGroup(t + ".THANH_TIEN_BV.FORMULA", CROSS_TABLE, ERROR, RuleSource.decision(drug
                    ? "QĐ 130/4750 PL Bảng 2, THANH_TIEN_BV = SO_LUONG × DON_GIA, 2 dp"
                    : "QĐ 4750 PL Bảng 3, THANH_TIEN_BV = SO_LUONG × DON_GIA_BV × TYLE_TT_DV / 100, 2 dp"),
                    LINES);
            this.bh = Rule.inGroup(t + ".THANH_TIEN_BH.FORMULA", CROSS_TABLE, ERROR, RuleSource.decision(drug
                    ? "QĐ 130/4750 PL Bảng 2, THANH_TIEN_BH = SO_LUONG × DON_GIA × TYLE_TT_BH / 100; with other"
                            + " funding of the facility (case b) on (THANH_TIEN_BV − T_NGUONKHAC), the PL's worked"
                            + " example"
                    : "QĐ 4750 PL Bảng 3, THANH_TIEN_BH = SO_LUONG × DON_GIA_BH × TYLE_TT_BH / 100, times"
                            + " TYLE_TT_DV / 100 (PROFILES.md), or as the decision writes it, without TYLE_TT_DV;"
                            + " case b of T_NGUONKHAC scaled by (THANH_TIEN_BV − T_NGUONKHAC) / THANH_TIEN_BV"),
                    LINES);
            this.otherFunding = Rule.inGroup(t + ".T_NGUONKHAC.SUM", CROSS_TABLE, ERROR, RuleSource.decision(
                    "QĐ 4750 PL Bảng " + (drug ? "2" : "3") + ", T_NGUONKHAC = T_NGUONKHAC_NSNN + T_NGUONKHAC_VTNN"
                            + " + T_NGUONKHAC_VTTN + T_NGUONKHAC_CL (exact: no formula rounds it)"),
                    LINES);
            this.bhtt = Rule.inGroup(t + ".T_BHTT.FORMULA", CROSS_TABLE, ERROR, RuleSource.decision(
                    "QĐ 4750 PL Bảng " + (drug ? "2" : "3") + ", T_BHTT = THANH_TIEN_BH × MUC_HUONG / 100 without"
                            + " other funding; with it, cases a, b and c of T_NGUONKHAC (CTN: 'Theo File công thức')"),
                    LINES);
            this.bncct = Rule.inGroup(t + ".T_BNCCT.FORMULA", CROSS_TABLE, ERROR, RuleSource.decision(
                    "QĐ 4750 PL Bảng " + (drug ? "2" : "3") + ", T_BNCCT = THANH_TIEN_BH − T_BHTT without other"
                            + " funding; cases a, b and c with it (CTN row '" + t + " T_BNCCT')"),
                    LINES);
            this.bntt = Rule.inGroup(t + ".T_BNTT.FORMULA", CROSS_TABLE, ERROR, RuleSource.decision(
                    "QĐ 4750 PL Bảng " + (drug ? "2" : "3") + ", T_BNTT = THANH_TIEN_BV − THANH_TIEN_BH without other"
                            + " funding; cases a, b and c with it (CTN row '" + t + " T_BNTT')"),
                    LINES);
            this.parts = Rule.inGroup(t + ".THANH_TIEN_BV.PARTS", CROSS_TABLE, ERROR, RuleSource.decision(
                    "QĐ 4750 PL Bảng " + (drug ? "2" : "3") + ": the cost is shared out, T_BNTT + T_BNCCT + T_BHTT"
                            + " + T_NGUONKHAC = THANH_TIEN_BV (within one rounding step)"),
                    LINES);
        }

        List<Rule> all() {
            return List.of(bv, bh, otherFunding, bhtt, bncct, bntt, parts);
        }
    }

    static final LineRules XML2 = new LineRules(ClaimsTable.XML2);
    static final LineRules XML3 = new LineRules(ClaimsTable.XML3);

    static final Rule T_TRANTT = Rule.inGroup("XML3.T_TRANTT.NOT_BELOW_T_BHTT", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML3 checker: T_TRANTT ≥ T_BHTT (claims.md §3.1; the ceiling of a"
                    + " VTYT package, 45 × base salary, TT 04/2017); a warning: the assessors cut the excess"),
            LINES);

    static final Rule BH_LITERAL_ABOVE_BV = Rule.inGroup("XML3.THANH_TIEN_BH.LITERAL_ABOVE_BV", CROSS_TABLE, WARNING,
            RuleSource.decision("QĐ 4750 PL Bảng 3, THANH_TIEN_BH = SO_LUONG × DON_GIA_BH × TYLE_TT_BH / 100 as"
                    + " written, without TYLE_TT_DV: accepted by XML3.THANH_TIEN_BH.FORMULA (PROFILES.md), but where"
                    + " it exceeds THANH_TIEN_BV the fund's base is above the line's cost; a warning"),
            LINES);

    static final Rule LOW_COST = Rule.inGroup("EPISODE.MUC_HUONG.LOW_COST", CROSS_TABLE, ERROR,
            RuleSource.decision("Luật BHYT Điều 22.1, NĐ 146/2018 Điều 14 (claims.md §3.1, PL 4750 MUC_HUONG): a visit"
                    + " whose T_TONGCHI_BH (taken as its lines' Σ THANH_TIEN_BH) is below 15 % of the base salary of the claim's date (NGAY_RA, else"
                    + " NGAY_VAO) is paid at 100; not applied to an out-of-network visit (MA_DOITUONG_KCB 3.x)"),
            LINES);

    static final List<Rule> ALL = all();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Values.Field[] FUNDING_PARTS = {new Values.Field("T_NGUONKHAC_NSNN"),
        new Values.Field("T_NGUONKHAC_VTNN"), new Values.Field("T_NGUONKHAC_VTTN"), new Values.Field("T_NGUONKHAC_CL")};

    private MoneyRules() {
    }

    private static List<Rule> all() {
        java.util.ArrayList<Rule> rules = new java.util.ArrayList<>(XML2.all());
        rules.addAll(XML3.all());
        rules.add(BH_LITERAL_ABOVE_BV);
        rules.add(T_TRANTT);
        rules.add(LOW_COST);
        return List.copyOf(rules);
    }

    /** The drug lines, then the service lines, each read once for every rule of the class. */
    private static void lines(Episode ep, CheckContext c, Findings out) {
        if (!ep.has(ClaimsTable.XML2) && !ep.has(ClaimsTable.XML3)) {
            return;
        }
        BigDecimal lowCost = lowCostThreshold(ep, c);
        lines(XML2, ep, c, lowCost, out);
        lines(XML3, ep, c, lowCost, out);
    }

    /** The written money of a line; null where absent or unreadable. */
    private static final class Line {
        BigDecimal bv;
        BigDecimal bh;
        BigDecimal nk;
        BigDecimal bntt;
        BigDecimal bncct;
        BigDecimal bhtt;
        BigDecimal mh;
    }

    private static void lines(LineRules r, Episode ep, CheckContext c, BigDecimal lowCost, Findings out) {
        List<TableRecord> rows = ep.rows(r.table);
        if (rows.isEmpty()) {
            return;
        }
        BigDecimal tol = c.tolerance();
        boolean drug = r.table == ClaimsTable.XML2;
        Line l = new Line();
        for (int i = 0; i < rows.size(); i++) {
            TableRecord row = rows.get(i);
            int n = i + 1;
            l.bv = ep.decimal(r.table, i, F.THANH_TIEN_BV);
            l.bh = ep.decimal(r.table, i, F.THANH_TIEN_BH);
            l.nk = ep.decimal(r.table, i, F.T_NGUONKHAC);
            l.bntt = ep.decimal(r.table, i, F.T_BNTT);
            l.bncct = ep.decimal(r.table, i, F.T_BNCCT);
            l.bhtt = ep.decimal(r.table, i, F.T_BHTT);
            l.mh = ep.decimal(r.table, i, F.MUC_HUONG);
            BigDecimal qty = ep.decimal(r.table, i, F.SO_LUONG);
            BigDecimal priceBv = ep.decimal(r.table, i, drug ? F.DON_GIA : F.DON_GIA_BV);
            BigDecimal priceBh = drug ? priceBv : ep.decimal(r.table, i, F.DON_GIA_BH);
            BigDecimal rateBh = ep.decimal(r.table, i, F.TYLE_TT_BH);
            BigDecimal rateDv = drug ? HUNDRED : ep.decimal(r.table, i, F.TYLE_TT_DV);
            // a formula that fails on the line stops the checks that read its amount (audit finding 9 e): the
            // split reads THANH_TIEN_BV and THANH_TIEN_BH, the parts THANH_TIEN_BV and the split's amounts
            boolean upstreamFailed = false;
            // THANH_TIEN_BV
            if (l.bv != null && qty != null && priceBv != null && rateDv != null) {
                BigDecimal expected = Money.amount(qty.multiply(priceBv).multiply(rateDv).movePointLeft(2));
                if (!near(l.bv, expected, tol)) {
                    out.report(r.bv, ep.path(r.table, n, "THANH_TIEN_BV"), MessageArg.amount(expected));
                    upstreamFailed = true;
                }
            }
            // THANH_TIEN_BH, plain or case b
            if (l.bh != null && qty != null && priceBh != null && rateDv != null && rateBh != null) {
                BigDecimal exact = qty.multiply(priceBh).multiply(rateDv).multiply(rateBh).movePointLeft(4);
                BigDecimal plain = Money.amount(exact);
                if (!near(l.bh, plain, tol) && !(isCaseB(l, exact, tol))) {
                    if (!drug && literalBh(l, qty, priceBh, rateDv, rateBh, tol)) {
                        // the decision's literal formula, without TYLE_TT_DV (audit finding 8, PROFILES.md): no error;
                        // a warning when it makes the fund's base exceed the line's cost
                        if (l.bv != null && l.bh.compareTo(l.bv) > 0) {
                            out.report(BH_LITERAL_ABOVE_BV, ep.path(r.table, n, "THANH_TIEN_BH"),
                                    MessageArg.amount(l.bv));
                        }
                    } else {
                        out.report(r.bh, ep.path(r.table, n, "THANH_TIEN_BH"), MessageArg.amount(plain));
                        upstreamFailed = true;
                    }
                }
            }
            otherFundingParts(r, ep, row, i, l, out);
            if (!upstreamFailed) {
                upstreamFailed = split(r, ep, n, l, tol, out);
            }
            if (!upstreamFailed && l.bv != null && l.bntt != null && l.bncct != null && l.bhtt != null
                    && l.nk != null) {
                BigDecimal sum = l.bntt.add(l.bncct).add(l.bhtt).add(l.nk);
                if (!near(sum, l.bv, tol)) {
                    out.report(r.parts, ep.path(r.table, n, "THANH_TIEN_BV"), MessageArg.amount(sum));
                }
            }
            if (!drug && l.bhtt != null) {
                BigDecimal ceiling = ep.decimal(r.table, i, F.T_TRANTT);
                if (ceiling != null && ceiling.compareTo(l.bhtt) < 0) {
                    out.report(T_TRANTT, ep.path(r.table, n, "T_TRANTT"), MessageArg.amount(l.bhtt));
                }
            }
            if (lowCost != null && l.mh != null && l.mh.signum() > 0 && l.mh.compareTo(HUNDRED) < 0) {
                out.report(LOW_COST, ep.path(r.table, n, "MUC_HUONG"), MessageArg.amount(lowCost));
            }
        }
    }

    /**
     * Whether a service line's {@code THANH_TIEN_BH} is the decision's literal formula, SO_LUONG × DON_GIA_BH ×
     * TYLE_TT_BH / 100 without TYLE_TT_DV (plain or case b); only asked when TYLE_TT_DV is not 100, where the two forms
     * differ.
     */
    private static boolean literalBh(Line l, BigDecimal qty, BigDecimal priceBh, BigDecimal rateDv,
            BigDecimal rateBh, BigDecimal tol) {
        if (rateDv.compareTo(HUNDRED) == 0) {
            return false;
        }
        BigDecimal exact = qty.multiply(priceBh).multiply(rateBh).movePointLeft(2);
        return near(l.bh, Money.amount(exact), tol) || isCaseB(l, exact, tol);
    }

    /** Case b: {@code THANH_TIEN_BH} computed on the cost less the facility's other funding. */
    private static boolean isCaseB(Line l, BigDecimal exact, BigDecimal tol) {
        if (l.nk == null || l.bv == null || l.nk.signum() <= 0 || l.bv.signum() <= 0 || l.nk.compareTo(l.bv) >= 0) {
            return false;
        }
        BigDecimal reduced = Money.amount(exact.multiply(l.bv.subtract(l.nk)).divide(l.bv, 12, Money.ROUNDING));
        return near(l.bh, reduced, tol);
    }

    private static void otherFundingParts(LineRules r, Episode ep, TableRecord row, int i, Line l, Findings out) {
        if (l.nk == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Values.Field part : FUNDING_PARTS) {
            String written = part.in(row);
            if (written == null) {
                continue;
            }
            BigDecimal d = Values.decimal(written);
            if (d == null) {
                return;
            }
            sum = sum.add(d);
        }
        if (sum.compareTo(l.nk) != 0) {
            out.report(r.otherFunding, ep.path(r.table, i + 1, "T_NGUONKHAC"), MessageArg.amount(sum));
        }
    }

    /**
     * {@code T_BHTT}, {@code T_BNCCT} and {@code T_BNTT}: without other funding by the plain formulas; with it, the
     * written split must be the one of case a, b or c (the one nearest the written values is the reference).
     *
     * @return whether a formula of the split failed
     */
    private static boolean split(LineRules r, Episode ep, int n, Line l, BigDecimal tol, Findings out) {
        if (l.bv == null || l.bh == null || l.mh == null || l.nk == null) {
            return false;
        }
        BigDecimal bhtt0 = Money.amount(l.bh.multiply(l.mh).movePointLeft(2));
        BigDecimal bncct0 = l.bh.subtract(bhtt0);
        BigDecimal bntt0 = l.bv.subtract(l.bh);
        BigDecimal[] best = {bhtt0, bncct0, bntt0};
        if (l.nk.signum() > 0) {
            // case a: the patient's share first, then the co-payment, then the fund's
            BigDecimal left = l.nk;
            BigDecimal take = left.min(bntt0.max(BigDecimal.ZERO));
            BigDecimal bnttA = bntt0.subtract(take);
            left = left.subtract(take);
            take = left.min(bncct0.max(BigDecimal.ZERO));
            BigDecimal bncctA = bncct0.subtract(take);
            left = left.subtract(take);
            BigDecimal[] a = {bhtt0.subtract(left), bncctA, bnttA};
            // case b: the cost reduced first (THANH_TIEN_BH is already the reduced one)
            BigDecimal[] b = {bhtt0, bncct0, l.bv.subtract(l.nk).subtract(l.bh)};
            // case c: the co-payment paid by the other source
            BigDecimal[] cc = near(l.nk, bncct0, tol) ? new BigDecimal[] {bhtt0, BigDecimal.ZERO, bntt0} : null;
            best = a;
            int bestScore = matches(a, l, tol);
            int score = matches(b, l, tol);
            if (score > bestScore) {
                best = b;
                bestScore = score;
            }
            if (cc != null && matches(cc, l, tol) > bestScore) {
                best = cc;
            }
        }
        boolean failed = false;
        if (l.bhtt != null && !near(l.bhtt, best[0], tol)) {
            out.report(r.bhtt, ep.path(r.table, n, "T_BHTT"), MessageArg.amount(best[0]));
            failed = true;
        }
        if (l.bncct != null && !near(l.bncct, best[1], tol)) {
            out.report(r.bncct, ep.path(r.table, n, "T_BNCCT"), MessageArg.amount(best[1]));
            failed = true;
        }
        if (l.bntt != null && !near(l.bntt, best[2], tol)) {
            out.report(r.bntt, ep.path(r.table, n, "T_BNTT"), MessageArg.amount(best[2]));
            failed = true;
        }
        return failed;
    }

    private static int matches(BigDecimal[] split, Line l, BigDecimal tol) {
        int m = 0;
        if (l.bhtt != null && near(l.bhtt, split[0], tol)) {
            m++;
        }
        if (l.bncct != null && near(l.bncct, split[1], tol)) {
            m++;
        }
        if (l.bntt != null && near(l.bntt, split[2], tol)) {
            m++;
        }
        return m;
    }

    static boolean near(BigDecimal written, BigDecimal expected, BigDecimal tol) {
        return written.subtract(expected).abs().compareTo(tol) <= 0;
    }

    /**
     * 15 % of the base salary on the claim's date when the episode's cost to the fund (its lines' Σ THANH_TIEN_BH,
     * what {@code T_TONGCHI_BH} should be) is below it and the visit is
     * not out of network; otherwise null (no line needs to be at 100).
     */
    private static BigDecimal lowCostThreshold(Episode ep, CheckContext c) {
        TableRecord x1 = ep.xml1();
        if (x1 == null) {
            return null;
        }
        // the lines' Σ THANH_TIEN_BH, what T_TONGCHI_BH should be: a wrong written total is reported at the total
        // (XML1.T_TONGCHI_BH.SUM), not at every line's MUC_HUONG (audit finding 9 c); the amounts are the episode's
        // cached ones, which the line pass reads anyway
        BigDecimal total = linesCost(ep);
        String object = Values.text(x1, F.MA_DOITUONG_KCB);
        if (total == null || object == null || object.startsWith("3")) {
            return null;
        }
        LocalDateTime when = Values.dateTime(x1, F.NGAY_RA);
        if (when == null) {
            when = Values.dateTime(x1, F.NGAY_VAO);
        }
        if (when == null) {
            return null;
        }
        LocalDate date = when.toLocalDate();
        BigDecimal threshold;
        try {
            threshold = c.baseSalary().lowCostThreshold(date);
        } catch (EmrException e) {
            return null; // no base salary configured for the date: nothing to compare with
        }
        return total.compareTo(threshold) < 0 ? threshold : null;
    }

    /** Σ THANH_TIEN_BH of the XML2 and XML3 lines; null when one cannot be read (the structure rules say so). */
    private static BigDecimal linesCost(Episode ep) {
        BigDecimal total = BigDecimal.ZERO;
        for (ClaimsTable t : LINE_TABLES) {
            int n = ep.rows(t).size();
            for (int i = 0; i < n; i++) {
                BigDecimal bh = ep.decimal(t, i, F.THANH_TIEN_BH);
                if (bh == null) {
                    return null;
                }
                total = total.add(bh);
            }
        }
        return total;
    }

    private static final ClaimsTable[] LINE_TABLES = {ClaimsTable.XML2, ClaimsTable.XML3};

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field DON_GIA = new Values.Field("DON_GIA");
        static final Values.Field DON_GIA_BV = new Values.Field("DON_GIA_BV");
        static final Values.Field DON_GIA_BH = new Values.Field("DON_GIA_BH");
        static final Values.Field MA_DOITUONG_KCB = new Values.Field("MA_DOITUONG_KCB");
        static final Values.Field MUC_HUONG = new Values.Field("MUC_HUONG");
        static final Values.Field NGAY_RA = new Values.Field("NGAY_RA");
        static final Values.Field NGAY_VAO = new Values.Field("NGAY_VAO");
        static final Values.Field SO_LUONG = new Values.Field("SO_LUONG");
        static final Values.Field THANH_TIEN_BH = new Values.Field("THANH_TIEN_BH");
        static final Values.Field THANH_TIEN_BV = new Values.Field("THANH_TIEN_BV");
        static final Values.Field TYLE_TT_BH = new Values.Field("TYLE_TT_BH");
        static final Values.Field TYLE_TT_DV = new Values.Field("TYLE_TT_DV");
        static final Values.Field T_BHTT = new Values.Field("T_BHTT");
        static final Values.Field T_BNCCT = new Values.Field("T_BNCCT");
        static final Values.Field T_BNTT = new Values.Field("T_BNTT");
        static final Values.Field T_NGUONKHAC = new Values.Field("T_NGUONKHAC");
        static final Values.Field T_TONGCHI_BH = new Values.Field("T_TONGCHI_BH");
        static final Values.Field T_TRANTT = new Values.Field("T_TRANTT");
    }
}
