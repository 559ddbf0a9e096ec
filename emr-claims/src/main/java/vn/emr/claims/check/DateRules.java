package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * Dates and their order within an episode ({@code domain/claims.md} §3.4), and the number of treatment days
 * {@code SO_NGAY_DTRI}. A date that cannot be read is skipped (the structure rules report it).
 *
 * <p>Date-times are compared as the number {@code yyyyMMddHHmm} they spell, which orders them as time does; a date
 * ({@code yyyyMMdd}) against a date-time compares the calendar day. The line tables are read once per table: the date
 * rules of XML2, those of XML3, and those of XML11, are each one {@link Rule.Group}, whose pass reports under each
 * rule's id.
 */
final class DateRules {

    /** The passes of the rules checked together ({@link Rule.Group}). */
    private static final Rule.Group DRUG_LINES = new Rule.Group(DateRules::drugLines);
    private static final Rule.Group SERVICE_LINES = new Rule.Group(DateRules::serviceLines);
    private static final Rule.Group LEAVE = new Rule.Group(DateRules::leave);

    static final Rule NGAY_VAO_NOI_TRU = Rule.episode("XML1.NGAY_VAO_NOI_TRU.AFTER_NGAY_VAO", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML1 NGAY_VAO_NOI_TRU': >= NGAY_VAO"), DateRules::admission);
    static final Rule NGAY_RA = Rule.episode("XML1.NGAY_RA.AFTER_NGAY_VAO", CROSS_TABLE, ERROR,
            RuleSource.decision("QĐ 130 PL Bảng 1, NGAY_VAO and NGAY_RA: the episode runs from NGAY_VAO to NGAY_RA"
                    + " (SO_NGAY_DTRI = NGAY_RA − NGAY_VAO + 1)"), DateRules::discharge);
    static final Rule XML2_NGAY_TH_YL = Rule.inGroup("XML2.NGAY_TH_YL.AFTER_NGAY_YL", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML2 NGAY_TH_YL': >= NGAY_YL"), DRUG_LINES);
    static final Rule XML2_NGAY_YL = Rule.inGroup("XML2.NGAY_YL.IN_STAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML2 checker: NGAY_YL within [NGAY_VAO, NGAY_RA] (claims.md §3.4);"
                    + " a warning: the assessors refuse the line"), DRUG_LINES);
    static final Rule XML3_NGAY_TH_YL = Rule.inGroup("XML3.NGAY_TH_YL.AFTER_NGAY_YL", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML3 NGAY_TH_YL': >= NGAY_YL"), SERVICE_LINES);
    static final Rule XML3_NGAY_KQ = Rule.inGroup("XML3.NGAY_KQ.AFTER_NGAY_YL", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML3 NGAY_KQ': >= NGAY_YL"), SERVICE_LINES);
    static final Rule XML3_NGAY_YL = Rule.inGroup("XML3.NGAY_YL.IN_STAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML3 checker: NGAY_YL within [NGAY_VAO, NGAY_RA] (claims.md §3.4);"
                    + " a warning: the assessors refuse the line"), SERVICE_LINES);
    static final Rule XML3_NGAY_KQ_STAY = Rule.inGroup("XML3.NGAY_KQ.IN_STAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML3 checker: NGAY_KQ within [NGAY_VAO, NGAY_RA] (claims.md §3.4);"
                    + " a warning"), SERVICE_LINES);
    static final Rule XML5_THOI_DIEM = Rule.episode("XML5.THOI_DIEM_DBLS.IN_STAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML5 checker: THOI_DIEM_DBLS within [NGAY_VAO, NGAY_RA] (claims.md"
                    + " §3.4); a warning"), DateRules::clinical);
    static final Rule XML14_NGAY_HEN_KL = Rule.episode("XML14.NGAY_HEN_KL.AFTER_NGAY_RA", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML14 NGAY_HEN_KL': >= NGAY_RA (XML14's NGAY_RA, else XML1's)"),
            DateRules::appointment);
    static final Rule XML14_NGAY_CT = Rule.episode("XML14.NGAY_CT.AFTER_NGAY_VAO", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML14 NGAY_CT': >= NGAY_VAO (the day of XML14's NGAY_VAO, else XML1's)"),
            DateRules::appointmentPaper);
    static final Rule XML11_TU_NGAY = Rule.inGroup("XML11.TU_NGAY.BEFORE_NGAY_RA", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML11 checker: TU_NGAY ≤ NGAY_RA (claims.md §3.4); a warning"),
            LEAVE);
    static final Rule XML11_DEN_NGAY = Rule.inGroup("XML11.DEN_NGAY.AFTER_NGAY_VAO", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML11 checker: DEN_NGAY ≥ NGAY_VAO (claims.md §3.4); a warning"),
            LEAVE);
    static final Rule XML11_DEN_TU = Rule.inGroup("XML11.DEN_NGAY.AFTER_TU_NGAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML11 checker: DEN_NGAY ≥ TU_NGAY (claims.md §3.4); a warning"),
            LEAVE);
    static final Rule XML9_NGAYCAP = Rule.episode("XML9.NGAYCAP_CCCD_NND.NOT_FUTURE", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML9 checker: NGAYCAP_CCCD_NND not after today (claims.md §3.4);"
                    + " a warning"), DateRules::birthPaper);
    static final Rule SO_NGAY_DTRI = Rule.episode("XML1.SO_NGAY_DTRI.FORMULA", CROSS_TABLE, ERROR,
            RuleSource.portal("CTN row 'XML1 SO_NGAY_DTRI': 0 for MA_LOAI_KCB 01, 07, 09; NGAY_RA − NGAY_VAO + 1"
                    + " (days) for 02, 03, 04, 06 (also PL 4750 Bảng 1 SO_NGAY_DTRI)"), DateRules::treatmentDays);
    static final Rule ONE_DAY_VISIT = Rule.episode("XML1.NGAY_RA.VISIT_ONE_DAY", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML1 checker: an examination (MA_LOAI_KCB 01) lasting more than a"
                    + " day, here more than 24 hours from NGAY_VAO to NGAY_RA (claims.md §3.4); a warning"),
            DateRules::visitLength);

    static final List<Rule> ALL = List.of(NGAY_VAO_NOI_TRU, NGAY_RA, XML2_NGAY_TH_YL, XML2_NGAY_YL, XML3_NGAY_TH_YL,
            XML3_NGAY_KQ, XML3_NGAY_YL, XML3_NGAY_KQ_STAY, XML5_THOI_DIEM, XML14_NGAY_HEN_KL, XML14_NGAY_CT,
            XML11_TU_NGAY, XML11_DEN_NGAY, XML11_DEN_TU, XML9_NGAYCAP, SO_NGAY_DTRI, ONE_DAY_VISIT);

    private DateRules() {
    }

    /**
     * The date-time {@code yyyyMMddHHmm} as that number, or -1 when it is not 12 digits of a plausible date and time
     * (the exact calendar check is the structure rules').
     */
    static long stamp(String v) {
        if (v == null || v.length() != 12) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < 12; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        long month = n / 1_000_000 % 100;
        long day = n / 10_000 % 100;
        long hour = n / 100 % 100;
        long minute = n % 100;
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 ? n : -1;
    }

    /** As {@link #stamp(TableRecord, Values.Field)}, the field looked up by name (rules off the hot path). */
    static long stamp(TableRecord r, String field) {
        return r == null ? -1 : stamp(Values.text(r, field));
    }

    static long stamp(TableRecord r, Values.Field field) {
        return r == null ? -1 : stamp(field.in(r));
    }

    /** The date {@code yyyyMMdd} as that number, or -1. */
    static long day(TableRecord r, Values.Field field) {
        String v = r == null ? null : field.in(r);
        if (v == null || v.length() != 8) {
            return -1;
        }
        return stamp(v + "0000") / 10_000;
    }

    private static MessageArg shown(long stamp) {
        return MessageArg.dateTime(LocalDateTime.of((int) (stamp / 100_000_000), (int) (stamp / 1_000_000 % 100),
                (int) (stamp / 10_000 % 100), (int) (stamp / 100 % 100), (int) (stamp % 100)));
    }

    private static MessageArg shownDay(long day) {
        return MessageArg.date(LocalDate.of((int) (day / 10_000), (int) (day / 100 % 100), (int) (day % 100)));
    }

    private static void admission(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        long in = stamp(x1, F.NGAY_VAO);
        long ward = stamp(x1, F.NGAY_VAO_NOI_TRU);
        if (in >= 0 && ward >= 0 && ward < in) {
            out.report(NGAY_VAO_NOI_TRU, ep.path(ClaimsTable.XML1, 1, "NGAY_VAO_NOI_TRU"), shown(in));
        }
    }

    private static void discharge(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        long in = stamp(x1, F.NGAY_VAO);
        long end = stamp(x1, F.NGAY_RA);
        if (in >= 0 && end >= 0 && end < in) {
            out.report(NGAY_RA, ep.path(ClaimsTable.XML1, 1, "NGAY_RA"), shown(in));
        }
    }

    private static void drugLines(Episode ep, CheckContext c, Findings out) {
        lines(ep, ClaimsTable.XML2, XML2_NGAY_TH_YL, XML2_NGAY_YL, null, null, out);
    }

    private static void serviceLines(Episode ep, CheckContext c, Findings out) {
        lines(ep, ClaimsTable.XML3, XML3_NGAY_TH_YL, XML3_NGAY_YL, XML3_NGAY_KQ, XML3_NGAY_KQ_STAY, out);
    }

    private static void lines(Episode ep, ClaimsTable table, Rule done, Rule ordered, Rule result, Rule resultInStay,
            Findings out) {
        List<TableRecord> rows = ep.rows(table);
        if (rows.isEmpty()) {
            return;
        }
        TableRecord x1 = ep.xml1();
        long in = stamp(x1, F.NGAY_VAO);
        long end = stamp(x1, F.NGAY_RA);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            long order = stamp(r, F.NGAY_YL);
            long doneAt = stamp(r, F.NGAY_TH_YL);
            if (order >= 0 && doneAt >= 0 && doneAt < order) {
                out.report(done, ep.path(table, i + 1, "NGAY_TH_YL"), shown(order));
            }
            if (order >= 0 && in >= 0 && end >= in && (order < in || order > end)) {
                out.report(ordered, ep.path(table, i + 1, "NGAY_YL"), shown(in), shown(end));
            }
            if (result != null) {
                long resultAt = stamp(r, F.NGAY_KQ);
                if (resultAt >= 0 && order >= 0 && resultAt < order) {
                    out.report(result, ep.path(table, i + 1, "NGAY_KQ"), shown(order));
                }
                if (resultAt >= 0 && in >= 0 && end >= in && (resultAt < in || resultAt > end)) {
                    out.report(resultInStay, ep.path(table, i + 1, "NGAY_KQ"), shown(in), shown(end));
                }
            }
        }
    }

    private static void clinical(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML5);
        TableRecord x1 = ep.xml1();
        long in = stamp(x1, F.NGAY_VAO);
        long end = stamp(x1, F.NGAY_RA);
        if (rows.isEmpty() || in < 0 || end < in) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            long at = stamp(rows.get(i), F.THOI_DIEM_DBLS);
            if (at >= 0 && (at < in || at > end)) {
                out.report(XML5_THOI_DIEM, ep.path(ClaimsTable.XML5, i + 1, "THOI_DIEM_DBLS"), shown(in), shown(end));
            }
        }
    }

    private static TableRecord first(Episode ep, ClaimsTable t) {
        List<TableRecord> rows = ep.rows(t);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The table's own value of the field, else XML1's. */
    private static long ownOrSummary(Episode ep, TableRecord own, Values.Field field) {
        long v = stamp(own, field);
        return v >= 0 ? v : stamp(ep.xml1(), field);
    }

    private static void appointment(Episode ep, CheckContext c, Findings out) {
        TableRecord x14 = first(ep, ClaimsTable.XML14);
        if (x14 == null) {
            return;
        }
        long end = ownOrSummary(ep, x14, F.NGAY_RA);
        long next = stamp(x14, F.NGAY_HEN_KL);
        if (end >= 0 && next >= 0 && next < end) {
            out.report(XML14_NGAY_HEN_KL, ep.path(ClaimsTable.XML14, 1, "NGAY_HEN_KL"), shown(end));
        }
    }

    private static void appointmentPaper(Episode ep, CheckContext c, Findings out) {
        TableRecord x14 = first(ep, ClaimsTable.XML14);
        if (x14 == null) {
            return;
        }
        long in = ownOrSummary(ep, x14, F.NGAY_VAO);
        long paper = day(x14, F.NGAY_CT);
        if (in >= 0 && paper >= 0 && paper < in / 10_000) {
            out.report(XML14_NGAY_CT, ep.path(ClaimsTable.XML14, 1, "NGAY_CT"), shownDay(in / 10_000));
        }
    }

    private static void leave(Episode ep, CheckContext c, Findings out) {
        TableRecord x11 = first(ep, ClaimsTable.XML11);
        if (x11 == null) {
            return;
        }
        long from = day(x11, F.TU_NGAY);
        long to = day(x11, F.DEN_NGAY);
        long in = stamp(ep.xml1(), F.NGAY_VAO);
        long end = stamp(ep.xml1(), F.NGAY_RA);
        if (from >= 0 && end >= 0 && from > end / 10_000) {
            out.report(XML11_TU_NGAY, ep.path(ClaimsTable.XML11, 1, "TU_NGAY"), shownDay(end / 10_000));
        }
        if (to >= 0 && in >= 0 && to < in / 10_000) {
            out.report(XML11_DEN_NGAY, ep.path(ClaimsTable.XML11, 1, "DEN_NGAY"), shownDay(in / 10_000));
        }
        if (to >= 0 && from >= 0 && to < from) {
            out.report(XML11_DEN_TU, ep.path(ClaimsTable.XML11, 1, "DEN_NGAY"), shownDay(from));
        }
    }

    private static void birthPaper(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML9);
        if (rows.isEmpty()) {
            return;
        }
        LocalDate today = c.today();
        long now = today.getYear() * 10_000L + today.getMonthValue() * 100L + today.getDayOfMonth();
        for (int i = 0; i < rows.size(); i++) {
            long issued = day(rows.get(i), F.NGAYCAP_CCCD_NND);
            if (issued > now) {
                out.report(XML9_NGAYCAP, ep.path(ClaimsTable.XML9, i + 1, "NGAYCAP_CCCD_NND"), shownDay(now));
            }
        }
    }

    private static void treatmentDays(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null) {
            return;
        }
        String kind = Values.text(x1, F.MA_LOAI_KCB);
        java.math.BigDecimal written = Values.decimal(x1, F.SO_NGAY_DTRI);
        if (kind == null || written == null) {
            return;
        }
        long expected;
        switch (kind) {
            case "01", "07", "09" -> expected = 0;
            case "02", "03", "04", "06" -> {
                LocalDateTime in = Values.dateTime(x1, F.NGAY_VAO);
                LocalDateTime end = Values.dateTime(x1, F.NGAY_RA);
                if (in == null || end == null || end.isBefore(in)) {
                    return;
                }
                expected = ChronoUnit.DAYS.between(in.toLocalDate(), end.toLocalDate()) + 1;
            }
            default -> {
                return;
            }
        }
        if (written.compareTo(java.math.BigDecimal.valueOf(expected)) != 0) {
            out.report(SO_NGAY_DTRI, ep.path(ClaimsTable.XML1, 1, "SO_NGAY_DTRI"), MessageArg.code(kind),
                    MessageArg.count(expected));
        }
    }

    private static void visitLength(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || !"01".equals(Values.text(x1, F.MA_LOAI_KCB))) {
            return;
        }
        LocalDateTime in = Values.dateTime(x1, F.NGAY_VAO);
        LocalDateTime end = Values.dateTime(x1, F.NGAY_RA);
        if (in != null && end != null && end.isAfter(in.plusHours(24))) {
            out.report(ONE_DAY_VISIT, ep.path(ClaimsTable.XML1, 1, "NGAY_RA"), MessageArg.dateTime(in));
        }
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field DEN_NGAY = new Values.Field("DEN_NGAY");
        static final Values.Field MA_LOAI_KCB = new Values.Field("MA_LOAI_KCB");
        static final Values.Field NGAYCAP_CCCD_NND = new Values.Field("NGAYCAP_CCCD_NND");
        static final Values.Field NGAY_CT = new Values.Field("NGAY_CT");
        static final Values.Field NGAY_HEN_KL = new Values.Field("NGAY_HEN_KL");
        static final Values.Field NGAY_KQ = new Values.Field("NGAY_KQ");
        static final Values.Field NGAY_RA = new Values.Field("NGAY_RA");
        static final Values.Field NGAY_TH_YL = new Values.Field("NGAY_TH_YL");
        static final Values.Field NGAY_VAO = new Values.Field("NGAY_VAO");
        static final Values.Field NGAY_VAO_NOI_TRU = new Values.Field("NGAY_VAO_NOI_TRU");
        static final Values.Field NGAY_YL = new Values.Field("NGAY_YL");
        static final Values.Field SO_NGAY_DTRI = new Values.Field("SO_NGAY_DTRI");
        static final Values.Field THOI_DIEM_DBLS = new Values.Field("THOI_DIEM_DBLS");
        static final Values.Field TU_NGAY = new Values.Field("TU_NGAY");
    }
}
