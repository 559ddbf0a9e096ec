package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;

import java.math.BigDecimal;
import java.util.List;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The totals of XML1 against the lines of XML2 and XML3 of the same {@code MA_LK} ({@code domain/claims.md} §3.2).
 *
 * <p>Totals compare exactly: each is a sum of written 2-decimal amounts, which no rounding changes, so any difference
 * is a fault, and the public checker tracnn/qlbv compares them with exact equality (claims.md §3.1, rounding). A total
 * is skipped when a line's amount it sums cannot be read (the structure rules report that value).
 *
 * <p>The lines are summed once: the rules of the class are one {@link Rule.Group}, whose pass reports under each rule's
 * id.
 */
final class TotalsRules {

    /** The one pass of every rule of the class ({@link Rule.Group}). */
    private static final Rule.Group TOTALS = new Rule.Group(TotalsRules::totals);

    static final Rule T_THUOC = total("T_THUOC", "Σ XML2.THANH_TIEN_BV (drugs, blood, oxygen…); tracnn"
            + " INVALID_EXPENSE_DRUG");
    static final Rule T_VTYT = total("T_VTYT", "Σ XML3.THANH_TIEN_BV of medical supplies, MA_NHOM 10 and 11 as"
            + " tracnn counts them (INVALID_EXPENSE_T_VTYT)");
    static final Rule T_TONGCHI_BV = total("T_TONGCHI_BV", "Σ THANH_TIEN_BV of XML2 and XML3; tracnn"
            + " INVALID_EXPENSE_T_TONGCHI_BV");
    static final Rule T_TONGCHI_BH = total("T_TONGCHI_BH", "Σ THANH_TIEN_BH of XML2 and XML3");
    static final Rule T_BNTT = total("T_BNTT", "Σ T_BNTT of XML2 and XML3");
    static final Rule T_BNCCT = total("T_BNCCT", "Σ T_BNCCT of XML2 and XML3");
    static final Rule T_BHTT = Rule.inGroup("XML1.T_BHTT.FORMULA", CROSS_TABLE, ERROR,
            RuleSource.decision("QĐ 130/4750 PL Bảng 1, T_BHTT = T_TONGCHI_BH − T_BNCCT, and the lines' Σ T_BHTT"
                    + " (tracnn INVALID_EXPENSE_T_BHTT); where other funding paid part of a co-payment (cases a and"
                    + " c) the two differ and the lines' sum, what the fund owes, is required (PROFILES.md)"), TOTALS);
    static final Rule T_NGUONKHAC = total("T_NGUONKHAC", "Σ T_NGUONKHAC of XML2 and XML3");
    static final Rule T_BHTT_GDV = total("T_BHTT_GDV", "Σ T_BHTT of XML2 and XML3 lines with MA_PTTT 1 (fee for"
            + " service); not checked for QN, CA and CY cards, as tracnn skips them");

    static final List<Rule> ALL = List.of(T_THUOC, T_VTYT, T_TONGCHI_BV, T_TONGCHI_BH, T_BNTT, T_BNCCT, T_BHTT,
            T_NGUONKHAC, T_BHTT_GDV);

    private static final int THUOC = 0;
    private static final int VTYT = 1;
    private static final int BV = 2;
    private static final int BH = 3;
    private static final int BNTT = 4;
    private static final int BNCCT = 5;
    private static final int BHTT = 6;
    private static final int NK = 7;
    private static final int GDV = 8;

    private TotalsRules() {
    }

    private static Rule total(String field, String what) {
        return Rule.inGroup("XML1." + field + ".SUM", CROSS_TABLE, ERROR,
                RuleSource.decision("QĐ 130/4750 PL Bảng 1, " + field + " = " + what + " (exact)"), TOTALS);
    }

    private static void totals(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || ep.unreadable.contains(ClaimsTable.XML2) || ep.unreadable.contains(ClaimsTable.XML3)) {
            // a table of lines that could not be read has already been reported: its sums would be wrong twice
            return;
        }
        BigDecimal[] sum = new BigDecimal[9];
        java.util.Arrays.fill(sum, BigDecimal.ZERO);
        boolean[] unreadable = new boolean[9];
        add(ep, ClaimsTable.XML2, sum, unreadable);
        add(ep, ClaimsTable.XML3, sum, unreadable);
        check(ep, x1, F.T_THUOC, T_THUOC, sum, unreadable, THUOC, out);
        check(ep, x1, F.T_VTYT, T_VTYT, sum, unreadable, VTYT, out);
        check(ep, x1, F.T_TONGCHI_BV, T_TONGCHI_BV, sum, unreadable, BV, out);
        check(ep, x1, F.T_TONGCHI_BH, T_TONGCHI_BH, sum, unreadable, BH, out);
        check(ep, x1, F.T_BNTT, T_BNTT, sum, unreadable, BNTT, out);
        check(ep, x1, F.T_BNCCT, T_BNCCT, sum, unreadable, BNCCT, out);
        check(ep, x1, F.T_NGUONKHAC, T_NGUONKHAC, sum, unreadable, NK, out);
        String card = Values.text(x1, F.MA_THE_BHYT);
        if (card == null || !(card.startsWith("QN") || card.startsWith("CA") || card.startsWith("CY"))) {
            check(ep, x1, F.T_BHTT_GDV, T_BHTT_GDV, sum, unreadable, GDV, out);
        }
        BigDecimal bhtt = Values.decimal(x1, F.T_BHTT);
        if (bhtt != null && !unreadable[BHTT]) {
            BigDecimal bh = Values.decimal(x1, F.T_TONGCHI_BH);
            BigDecimal bncct = Values.decimal(x1, F.T_BNCCT);
            boolean noOtherFunding = !unreadable[NK] && sum[NK].signum() == 0;
            // T_TONGCHI_BH - T_BNCCT is compared only when both match their lines' sums: a wrong total is reported
            // at that total (T_TONGCHI_BH.SUM, T_BNCCT.SUM), not also at a T_BHTT that is right (audit finding 9 d)
            boolean partsRight = bh != null && bncct != null && !unreadable[BH] && !unreadable[BNCCT]
                    && bh.compareTo(sum[BH]) == 0 && bncct.compareTo(sum[BNCCT]) == 0;
            if (bhtt.compareTo(sum[BHTT]) != 0) {
                out.report(T_BHTT, ep.path(ClaimsTable.XML1, 1, "T_BHTT"), MessageArg.amount(sum[BHTT]));
            } else if (noOtherFunding && partsRight && bh.subtract(bncct).compareTo(bhtt) != 0) {
                out.report(T_BHTT, ep.path(ClaimsTable.XML1, 1, "T_BHTT"), MessageArg.amount(bh.subtract(bncct)));
            }
        }
    }

    private static void add(Episode ep, ClaimsTable table, BigDecimal[] sum, boolean[] unreadable) {
        boolean drug = table == ClaimsTable.XML2;
        List<TableRecord> rows = ep.rows(table);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            BigDecimal bv = ep.decimal(table, i, F.THANH_TIEN_BV);
            boolean supply = false;
            if (!drug) {
                String group = Values.text(r, F.MA_NHOM);
                supply = "10".equals(group) || "11".equals(group);
            }
            add(sum, unreadable, drug ? THUOC : supply ? VTYT : -1, bv);
            add(sum, unreadable, BV, bv);
            add(sum, unreadable, BH, ep.decimal(table, i, F.THANH_TIEN_BH));
            add(sum, unreadable, BNTT, ep.decimal(table, i, F.T_BNTT));
            add(sum, unreadable, BNCCT, ep.decimal(table, i, F.T_BNCCT));
            BigDecimal bhtt = ep.decimal(table, i, F.T_BHTT);
            add(sum, unreadable, BHTT, bhtt);
            add(sum, unreadable, NK, ep.decimal(table, i, F.T_NGUONKHAC));
            if ("1".equals(Values.text(r, F.MA_PTTT))) {
                add(sum, unreadable, GDV, bhtt);
            }
        }
    }

    private static void add(BigDecimal[] sum, boolean[] unreadable, int at, BigDecimal value) {
        if (at < 0) {
            return;
        }
        if (value == null) {
            unreadable[at] = true;
        } else {
            sum[at] = sum[at].add(value);
        }
    }

    private static void check(Episode ep, TableRecord x1, Values.Field field, Rule rule, BigDecimal[] sum,
            boolean[] unreadable, int at, Findings out) {
        BigDecimal written = Values.decimal(x1, field);
        if (written == null || unreadable[at]) {
            return;
        }
        if (written.compareTo(sum[at]) != 0) {
            out.report(rule, ep.path(ClaimsTable.XML1, 1, field.name), MessageArg.amount(sum[at]));
        }
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field T_THUOC = new Values.Field("T_THUOC");
        static final Values.Field T_VTYT = new Values.Field("T_VTYT");
        static final Values.Field T_TONGCHI_BV = new Values.Field("T_TONGCHI_BV");
        static final Values.Field T_BHTT_GDV = new Values.Field("T_BHTT_GDV");
        static final Values.Field MA_NHOM = new Values.Field("MA_NHOM");
        static final Values.Field MA_PTTT = new Values.Field("MA_PTTT");
        static final Values.Field MA_THE_BHYT = new Values.Field("MA_THE_BHYT");
        static final Values.Field THANH_TIEN_BH = new Values.Field("THANH_TIEN_BH");
        static final Values.Field THANH_TIEN_BV = new Values.Field("THANH_TIEN_BV");
        static final Values.Field T_BHTT = new Values.Field("T_BHTT");
        static final Values.Field T_BNCCT = new Values.Field("T_BNCCT");
        static final Values.Field T_BNTT = new Values.Field("T_BNTT");
        static final Values.Field T_NGUONKHAC = new Values.Field("T_NGUONKHAC");
        static final Values.Field T_TONGCHI_BH = new Values.Field("T_TONGCHI_BH");
    }
}
