package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * Agreement between the tables of one episode ({@code domain/claims.md} §3.3, §3.4): bed days, the one examination
 * fee of an inpatient stay, the tables an episode must or must not have, the fields of XML6, XML13, XML14 and XML15
 * that must repeat XML1's, and the card lists of equal length. Messages name fields, never their values.
 */
final class CrossTableRules {

    /** The bed rules' one pass over XML3 ({@link Rule.Group}). */
    private static final Rule.Group BEDS = new Rule.Group(CrossTableRules::beds);

    static final Rule BED_UNDER_4H = Rule.inGroup("XML3.BED.UNDER_4_HOURS", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public bed checks: no bed day (MA_NHOM 14, 15, 16) for a stay under 4 hours"
                    + " from NGAY_VAO to NGAY_RA (claims.md §3.4); a warning: the assessors refuse the line"),
            BEDS);
    static final Rule BED_ONE_DAY = Rule.inGroup("XML3.BED.ONE_DAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public bed checks: at most one bed day (Σ SO_LUONG ≤ 1) for a stay of 4 to"
                    + " 24 hours (claims.md §3.4); a warning"), BEDS);
    static final Rule BED_TOTAL = Rule.inGroup("XML3.BED.TOTAL_DAYS", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public bed checks: the bed days (Σ SO_LUONG of MA_NHOM 14, 15, 16) below"
                    + " SO_NGAY_DTRI + 1 (claims.md §3.4); a warning"), BEDS);
    static final Rule BED_PER_DAY = Rule.inGroup("XML3.BED.PER_ORDER_DATE", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public bed checks: Σ SO_LUONG of bed lines ≤ 1 per day of NGAY_YL"
                    + " (claims.md §3.4); a warning"), BEDS);
    static final Rule BED_OUTPATIENT = Rule.inGroup("XML3.BED.OUTPATIENT", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public bed checks: no bed service for MA_LOAI_KCB 01 or 02 (claims.md"
                    + " §3.4); a warning"), BEDS);
    static final Rule EXAM_ONCE = Rule.episode("XML3.EXAM.ONE_FOR_INPATIENT", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public: only one examination fee (MA_NHOM 13, Σ SO_LUONG ≤ 1) for an"
                    + " inpatient record, here MA_LOAI_KCB 03, 04 and 09 (claims.md §3.4); a warning"),
            CrossTableRules::examinations);

    static final Rule XML8_ONLY = Rule.episode("XML8.MA_LOAI_KCB.INPATIENT_ONLY", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML8 MA_LK': Bảng 8 chỉ có khi MA_LOAI_KCB ở XML1 in ('03','04','06')"),
            CrossTableRules::summaryTable);
    static final Rule XML13_ONLY = Rule.episode("XML13.MA_LOAI_RV.TRANSFER_ONLY", CROSS_TABLE, ERROR,
            RuleSource.decision("QĐ 4750 PL Bảng 13: only for a transfer, XML1 MA_LOAI_RV 2 or 5 (claims.md §2.1,"
                    + " §3.3)"), CrossTableRules::transferTable);
    static final Rule XML7_REQUIRED = Rule.episode("XML7.REQUIRED", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public complete checker: a discharge paper XML7 for MA_LOAI_KCB 03, 04 and"
                    + " 09 unless the patient absconded (MA_LOAI_RV 3) (claims.md §2.1, §3.3); a warning"),
            CrossTableRules::dischargeTable);
    static final Rule XML5_REQUIRED = Rule.episode("XML5.REQUIRED", CROSS_TABLE, WARNING,
            RuleSource.decision("QĐ 4750 PL Bảng 5: the clinical course is sent for MA_LOAI_KCB 02, 03, 04, 05, 06, 08"
                    + " and 09 (claims.md §2.1); a warning, since the note says when it is sent without a portal"
                    + " check"), CrossTableRules::clinicalTable);

    static final Rule XML6_SAME = same(ClaimsTable.XML6);
    static final Rule XML13_SAME = same(ClaimsTable.XML13);
    static final Rule XML14_SAME = same(ClaimsTable.XML14);
    static final Rule XML15_SAME = same(ClaimsTable.XML15);

    static final Rule CARD_COUNT = Rule.episode("XML1.MA_THE_BHYT.CARD_COUNT", CROSS_TABLE, ERROR,
            RuleSource.practice("QĐ 4750 PL Bảng 1 MA_THE_BHYT, MA_DKBD, GT_THE_TU, GT_THE_DEN: several cards in the"
                    + " same order, separated by ';'; tracnn ADMIN_INFO_ERROR_MISMATCH_COUNT (claims.md §3.3)"),
            CrossTableRules::cardCounts);
    static final Rule XML13_CARD_COUNT = Rule.episode("XML13.GT_THE_DEN.CARD_COUNT", CROSS_TABLE, ERROR,
            RuleSource.practice("tracnn: XML13 MA_THE_BHYT and GT_THE_DEN lists of the same count (claims.md §3.3)"),
            CrossTableRules::transferCardCounts);
    static final List<Rule> ALL = List.of(BED_UNDER_4H, BED_ONE_DAY, BED_TOTAL, BED_PER_DAY, BED_OUTPATIENT,
            EXAM_ONCE, XML8_ONLY, XML13_ONLY, XML7_REQUIRED, XML5_REQUIRED, XML6_SAME, XML13_SAME, XML14_SAME,
            XML15_SAME, CARD_COUNT, XML13_CARD_COUNT);

    /** The fields of each table that, when given, must equal XML1's: the CTN rows "phải giống thông tin này ở bảng 1". */
    static final Map<ClaimsTable, List<String>> SAME_AS_XML1 = Map.of(
            ClaimsTable.XML6, List.of("NGAY_SINH", "GIOI_TINH", "DIA_CHI", "MATINH_CU_TRU", "MAHUYEN_CU_TRU",
                    "MAXA_CU_TRU", "MA_CSKCB"),
            ClaimsTable.XML13, List.of("MA_CSKCB", "MA_NOI_DI", "MA_NOI_DEN", "HO_TEN", "NGAY_SINH", "GIOI_TINH",
                    "MA_QUOCTICH", "MA_DANTOC", "MA_NGHE_NGHIEP", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO",
                    "NGAY_VAO_NOI_TRU", "NGAY_RA", "CHAN_DOAN_RV", "PP_DIEUTRI", "MA_BENH_CHINH", "MA_BENH_KT",
                    "MA_BENH_YHCT", "PP_DIEU_TRI", "MA_LOAI_RV"),
            ClaimsTable.XML14, List.of("NGAY_SINH", "GIOI_TINH", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO",
                    "NGAY_VAO_NOI_TRU", "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_BENH_YHCT",
                    "MA_DOITUONG_KCB"),
            ClaimsTable.XML15, List.of("HO_TEN", "SO_CCCD", "MA_CSKCB"));

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final Values.Field[] CARD_LISTS = {new Values.Field("MA_DKBD"), new Values.Field("GT_THE_TU"),
        new Values.Field("GT_THE_DEN")};
    /** {@link #SAME_AS_XML1}'s fields, read by position. */
    private static final Map<ClaimsTable, List<Values.Field>> SAME_FIELDS = sameFields();
    private static final Duration FOUR_HOURS = Duration.ofHours(4);
    private static final Duration DAY = Duration.ofHours(24);

    private CrossTableRules() {
    }

    private static Map<ClaimsTable, List<Values.Field>> sameFields() {
        Map<ClaimsTable, List<Values.Field>> m = new java.util.EnumMap<>(ClaimsTable.class);
        SAME_AS_XML1.forEach((t, names) -> m.put(t, names.stream().map(Values.Field::new).toList()));
        return m;
    }

    private static Rule same(ClaimsTable t) {
        return Rule.episode(t.name() + ".FIELD.SAME_AS_XML1", CROSS_TABLE, ERROR,
                RuleSource.portal("CTN rows '" + t.name() + " <field>': Nếu có dữ liệu thì phải giống thông tin này ở"
                        + " bảng 1 (claims.md §3.3); a field XML1 lacks in the profile is not compared"),
                (ep, c, out) -> sameAsSummary(t, ep, out));
    }

    static boolean isBed(String group) {
        return "14".equals(group) || "15".equals(group) || "16".equals(group);
    }

    /** Every bed rule in one pass over XML3; the per-day sums are kept only for an episode with bed lines. */
    private static void beds(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        List<TableRecord> rows = ep.rows(ClaimsTable.XML3);
        if (x1 == null || rows.isEmpty()) {
            return;
        }
        String kind = Values.text(x1, F.MA_LOAI_KCB);
        boolean outpatient = "01".equals(kind) || "02".equals(kind);
        LocalDateTime in = Values.dateTime(x1, F.NGAY_VAO);
        LocalDateTime end = Values.dateTime(x1, F.NGAY_RA);
        Duration stay = in != null && end != null && !end.isBefore(in) ? Duration.between(in, end) : null;
        boolean under4 = stay != null && stay.compareTo(FOUR_HOURS) < 0;
        boolean oneDay = stay != null && !under4 && stay.compareTo(DAY) <= 0;
        BigDecimal days = Values.decimal(x1, F.SO_NGAY_DTRI);
        BigDecimal limit = days == null ? null : days.add(ONE);
        BigDecimal total = BigDecimal.ZERO;
        boolean totalReported = false;
        boolean oneDayReported = false;
        Map<Long, BigDecimal> perDay = null;
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            if (!isBed(Values.text(r, F.MA_NHOM))) {
                continue;
            }
            int n = i + 1;
            if (outpatient) {
                out.report(BED_OUTPATIENT, ep.path(ClaimsTable.XML3, n, "MA_NHOM"), MessageArg.code(kind));
            }
            if (under4) {
                out.report(BED_UNDER_4H, ep.path(ClaimsTable.XML3, n, "MA_NHOM"), MessageArg.count(stay.toMinutes()));
            }
            BigDecimal qty = Values.decimal(r, F.SO_LUONG);
            if (qty == null) {
                continue;
            }
            total = total.add(qty);
            if (oneDay && !oneDayReported && total.compareTo(ONE) > 0) {
                out.report(BED_ONE_DAY, ep.path(ClaimsTable.XML3, n, "SO_LUONG"), MessageArg.amount(total));
                oneDayReported = true;
            }
            if (limit != null && !totalReported && total.compareTo(limit) >= 0) {
                out.report(BED_TOTAL, ep.path(ClaimsTable.XML3, n, "SO_LUONG"), MessageArg.amount(total),
                        MessageArg.amount(days));
                totalReported = true;
            }
            long order = DateRules.stamp(r, F.NGAY_YL);
            if (order >= 0) {
                if (perDay == null) {
                    perDay = new HashMap<>();
                }
                BigDecimal sum = perDay.merge(order / 10_000, qty, BigDecimal::add);
                if (sum.compareTo(ONE) > 0 && sum.subtract(qty).compareTo(ONE) <= 0) {
                    out.report(BED_PER_DAY, ep.path(ClaimsTable.XML3, n, "SO_LUONG"), MessageArg.amount(sum));
                }
            }
        }
    }

    private static void examinations(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null) {
            return;
        }
        String kind = Values.text(x1, F.MA_LOAI_KCB);
        if (!("03".equals(kind) || "04".equals(kind) || "09".equals(kind))) {
            return;
        }
        List<TableRecord> rows = ep.rows(ClaimsTable.XML3);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            if (!"13".equals(Values.text(r, F.MA_NHOM))) {
                continue;
            }
            BigDecimal qty = Values.decimal(r, F.SO_LUONG);
            total = total.add(qty == null ? ONE : qty);
            if (total.compareTo(ONE) > 0) {
                out.report(EXAM_ONCE, ep.path(ClaimsTable.XML3, i + 1, "MA_NHOM"), MessageArg.code(kind));
                return;
            }
        }
    }

    private static void summaryTable(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || !ep.has(ClaimsTable.XML8)) {
            return;
        }
        String kind = Values.text(x1, F.MA_LOAI_KCB);
        if (kind != null && !("03".equals(kind) || "04".equals(kind) || "06".equals(kind))) {
            out.report(XML8_ONLY, ep.path(ClaimsTable.XML8, 1, "MA_LK"), MessageArg.code(kind));
        }
    }

    private static void transferTable(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || !ep.has(ClaimsTable.XML13)) {
            return;
        }
        String way = Values.text(x1, F.MA_LOAI_RV);
        if (way != null && !("2".equals(way) || "5".equals(way))) {
            out.report(XML13_ONLY, ep.path(ClaimsTable.XML13, 1, "MA_LK"), MessageArg.code(way));
        }
    }

    private static void dischargeTable(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || ep.has(ClaimsTable.XML7)) {
            return;
        }
        String kind = Values.text(x1, F.MA_LOAI_KCB);
        if (("03".equals(kind) || "04".equals(kind) || "09".equals(kind))
                && !"3".equals(Values.text(x1, F.MA_LOAI_RV))) {
            out.report(XML7_REQUIRED, ep.path(ClaimsTable.XML7, 0, ""), MessageArg.code(kind));
        }
    }

    private static void clinicalTable(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || ep.has(ClaimsTable.XML5)) {
            return;
        }
        String kind = Values.text(x1, F.MA_LOAI_KCB);
        if (kind != null && kind.length() == 2 && kind.charAt(0) == '0' && kind.charAt(1) >= '2'
                && kind.charAt(1) <= '9' && kind.charAt(1) != '7') {
            out.report(XML5_REQUIRED, ep.path(ClaimsTable.XML5, 0, ""), MessageArg.code(kind));
        }
    }

    private static void sameAsSummary(ClaimsTable t, Episode ep, Findings out) {
        TableRecord x1 = ep.xml1();
        List<TableRecord> rows = ep.rows(t);
        if (x1 == null || rows.isEmpty()) {
            return;
        }
        List<Values.Field> fields = SAME_FIELDS.get(t);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            for (int f = 0; f < fields.size(); f++) {
                Values.Field field = fields.get(f);
                String own = field.in(r);
                if (own == null) {
                    continue;
                }
                String summary = field.in(x1);
                if (summary != null && !summary.equals(own) && summaryValueOk(ep, x1, field, summary)) {
                    out.report(rule(t),
                            ep.path(t, i + 1, field.name), MessageArg.field(field.name));
                }
            }
        }
    }

    /**
     * Whether XML1's value passes its own field checks: the catalogue's (characters, size, type, date form) and the
     * format and code-list rules of that XML1 field in the episode's profile. A malformed XML1 value is reported at
     * XML1 alone, not also at each correct copy (audit finding 9 a); when XML1's value is right, a copy that differs is
     * reported at the copy. Called only when a copy differs, so a good file pays nothing for it.
     */
    private static boolean summaryValueOk(Episode ep, TableRecord x1, Values.Field field, String value) {
        int p = field.position(x1.spec());
        if (p < 0 || !vn.emr.claims.table.FieldRules.check(x1.spec().fields().get(p), value, "").isEmpty()) {
            return false;
        }
        for (Rule rule : Xml1ValueRules.BY_FIELD.getOrDefault(field.name, List.of())) {
            if (rule.profiles().contains(ep.profile) && !FormatRules.passes(rule, ep.profile, value)) {
                return false;
            }
        }
        return true;
    }

    /** The value rules of XML1's fields, by field; built on first use, once every rule class is initialised. */
    private static final class Xml1ValueRules {
        static final Map<String, List<Rule>> BY_FIELD = byField();

        private static Map<String, List<Rule>> byField() {
            Map<String, List<Rule>> m = new HashMap<>();
            for (Rule r : ClaimsChecker.rules()) {
                String f = FormatRules.testedField(r, ClaimsTable.XML1);
                if (f != null) {
                    m.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(r);
                }
            }
            m.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(m);
        }
    }

    private static Rule rule(ClaimsTable t) {
        return switch (t) {
            case XML13 -> XML13_SAME;
            case XML14 -> XML14_SAME;
            case XML15 -> XML15_SAME;
            default -> XML6_SAME;
        };
    }

    /** The number of items of a {@code ;} list. */
    static int count(String list) {
        int n = 1;
        for (int i = 0; i < list.length(); i++) {
            if (list.charAt(i) == ';') {
                n++;
            }
        }
        return n;
    }

    private static void cardCounts(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        String cards = x1 == null ? null : Values.text(x1, F.MA_THE_BHYT);
        if (cards == null) {
            return;
        }
        int n = count(cards);
        for (Values.Field field : CARD_LISTS) {
            String v = field.in(x1);
            if (v != null && count(v) != n) {
                out.report(CARD_COUNT, ep.path(ClaimsTable.XML1, 1, field.name), MessageArg.field(field.name),
                        MessageArg.count(count(v)), MessageArg.count(n));
            }
        }
    }

    private static void transferCardCounts(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML13);
        if (rows.isEmpty()) {
            return;
        }
        String cards = Values.text(rows.get(0), F.MA_THE_BHYT);
        String until = Values.text(rows.get(0), F.GT_THE_DEN);
        if (cards != null && until != null && count(cards) != count(until)) {
            out.report(XML13_CARD_COUNT, ep.path(ClaimsTable.XML13, 1, "GT_THE_DEN"), MessageArg.field("GT_THE_DEN"),
                    MessageArg.count(count(until)), MessageArg.count(count(cards)));
        }
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field GT_THE_DEN = new Values.Field("GT_THE_DEN");
        static final Values.Field MA_LOAI_KCB = new Values.Field("MA_LOAI_KCB");
        static final Values.Field MA_LOAI_RV = new Values.Field("MA_LOAI_RV");
        static final Values.Field MA_NHOM = new Values.Field("MA_NHOM");
        static final Values.Field MA_THE_BHYT = new Values.Field("MA_THE_BHYT");
        static final Values.Field NGAY_RA = new Values.Field("NGAY_RA");
        static final Values.Field NGAY_VAO = new Values.Field("NGAY_VAO");
        static final Values.Field NGAY_YL = new Values.Field("NGAY_YL");
        static final Values.Field SO_LUONG = new Values.Field("SO_LUONG");
        static final Values.Field SO_NGAY_DTRI = new Values.Field("SO_NGAY_DTRI");
    }
}
