package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;

/**
 * Agreement between fields and tables of one episode that the audit of the rule set against
 * {@code domain/claims.md} §2.1-2.2, §3.3-3.5 and the portal sheet found unchecked: the check-in's inpatient
 * admission time, the record summary XML8 of an inpatient stay, an out-of-network visit at the facility the card is
 * registered with, and a newborn's birth time. A value that cannot be read is skipped (the structure rules report it).
 */
final class MoreCrossTableRules {

    static final Rule XML0_NGAY_VAO_NOI_TRU = Rule.episode("XML0.NGAY_VAO_NOI_TRU.AFTER_NGAY_VAO", CROSS_TABLE,
            ERROR, RuleSource.portal("CTN row 'XML0 NGAY_VAO_NOI_TRU': >= NGAY_VAO"),
            MoreCrossTableRules::checkInAdmission);
    static final Rule XML8_REQUIRED = Rule.episode("XML8.REQUIRED", CROSS_TABLE, WARNING, RuleSource.decision(
            "QĐ 4750 PL Bảng 8 and the CTN row 'XML8 MA_LK': the record summary is sent for MA_LOAI_KCB 03, 04 and 06"
            + " (claims.md §2.1); a warning, as XML5.REQUIRED: the note says when it is sent, the portal row only"
            + " forbids it for other kinds"), MoreCrossTableRules::summaryTable);
    static final Rule OWN_CARD_OUT_OF_NETWORK = Rule.episode("XML1.MA_DOITUONG_KCB.OUT_OF_NETWORK_OWN_FACILITY",
            CROSS_TABLE, WARNING, RuleSource.practice("tracnn/qlbv_public: MA_DOITUONG_KCB 3.x (trái tuyến)"
                    + " contradicts a card registered at the same facility, MA_DKBD = MA_CSKCB (claims.md §3.5); a"
                    + " warning"), MoreCrossTableRules::ownCard);
    static final Rule NEWBORN_TIME = Rule.episode("XML1.NGAY_SINH.NEWBORN_TIME", CROSS_TABLE, WARNING,
            RuleSource.decision("QĐ 130 PL Bảng 1, NGAY_SINH: a newborn of 28 days or less at NGAY_VAO carries the"
                    + " hour and minute of birth (claims.md §2.2); a warning, since 0000 is also midnight"),
            MoreCrossTableRules::newborn);

    static final Rule APPOINTMENT_AT_DISCHARGE = Rule.episode("XML14.NGAY_HEN_KL.AT_NGAY_RA", CROSS_TABLE, WARNING,
            RuleSource.practice("tracnn/qlbv_public XML14 checker: NGAY_HEN_KL strictly after NGAY_RA (claims.md §3.4;"
                    + " the portal's XML14.NGAY_HEN_KL.AFTER_NGAY_RA allows equality); a warning"),
            MoreCrossTableRules::appointmentAtDischarge);
    static final List<Rule> PHAM_VI_3 = List.of(armedForces(ClaimsTable.XML2), armedForces(ClaimsTable.XML3));
    static final List<Rule> IN_NETWORK_RATE = List.of(inNetwork(ClaimsTable.XML2), inNetwork(ClaimsTable.XML3));

    private static final java.math.BigDecimal[] IN_NETWORK_RATES = {java.math.BigDecimal.valueOf(80),
        java.math.BigDecimal.valueOf(95), java.math.BigDecimal.valueOf(100)};

    /** Every rule of this class, in RULES.md order. */
    static final List<Rule> ALL = all();

    private static List<Rule> all() {
        java.util.ArrayList<Rule> rules = new java.util.ArrayList<>(List.of(XML0_NGAY_VAO_NOI_TRU, XML8_REQUIRED,
                OWN_CARD_OUT_OF_NETWORK, NEWBORN_TIME, APPOINTMENT_AT_DISCHARGE));
        rules.addAll(PHAM_VI_3);
        rules.addAll(IN_NETWORK_RATE);
        return List.copyOf(rules);
    }

    /** A line of PHAM_VI 3 on an episode none of whose cards is a QN, CA or CY card. */
    private static Rule armedForces(ClaimsTable t) {
        Rule[] self = new Rule[1];
        self[0] = Rule.episode(t.name() + ".PHAM_VI.ARMED_FORCES_ONLY", CROSS_TABLE, WARNING, RuleSource.decision(
                "PL QĐ 4750 Bảng " + (t == ClaimsTable.XML2 ? "2" : "3") + ", PHAM_VI 3: outside the BHYT list but"
                + " paid by the fund for QN, CA and CY cards (claims.md §2.3, §3.5); a warning: the card's group is"
                + " read from XML1 MA_THE_BHYT"), (ep, c, out) -> {
                    TableRecord x1 = ep.xml1();
                    String cards = x1 == null ? null : Values.text(x1, "MA_THE_BHYT");
                    if (cards == null || armedForcesCard(cards)) {
                        return;
                    }
                    List<TableRecord> rows = ep.rows(t);
                    for (int i = 0; i < rows.size(); i++) {
                        if ("3".equals(Values.text(rows.get(i), "PHAM_VI"))) {
                            out.report(self[0], ep.path(t, i + 1, "PHAM_VI"));
                        }
                    }
                });
        return self[0];
    }

    /** Whether one of the ';' cards starts with QN, CA or CY. */
    static boolean armedForcesCard(String cards) {
        int start = 0;
        for (int i = 0; i <= cards.length(); i++) {
            if (i == cards.length() || cards.charAt(i) == ';') {
                if (cards.startsWith("QN", start) || cards.startsWith("CA", start) || cards.startsWith("CY", start)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * A line of an in-network visit (MA_DOITUONG_KCB 1.x) paid by the fund at a rate other than 80, 95 or 100.
     */
    private static Rule inNetwork(ClaimsTable t) {
        Rule[] self = new Rule[1];
        self[0] = Rule.episode(t.name() + ".MUC_HUONG.IN_NETWORK_RATE", CROSS_TABLE, WARNING, RuleSource.decision(
                "Luật BHYT Điều 22.1 as claims.md §3.1 states it: in network (đúng tuyến, MA_DOITUONG_KCB 1.x) the"
                + " benefit level MUC_HUONG is 80, 95 or 100; a warning: a rate of 0 (out of scope) is not judged"),
                (ep, c, out) -> {
                    TableRecord x1 = ep.xml1();
                    String object = x1 == null ? null : Values.text(x1, "MA_DOITUONG_KCB");
                    if (object == null || !(object.equals("1") || object.startsWith("1."))) {
                        return;
                    }
                    List<TableRecord> rows = ep.rows(t);
                    for (int i = 0; i < rows.size(); i++) {
                        java.math.BigDecimal rate = Values.decimal(rows.get(i), "MUC_HUONG");
                        if (rate == null || rate.signum() == 0) {
                            continue;
                        }
                        boolean known = false;
                        for (java.math.BigDecimal r : IN_NETWORK_RATES) {
                            known |= r.compareTo(rate) == 0;
                        }
                        if (!known) {
                            out.report(self[0], ep.path(t, i + 1, "MUC_HUONG"), MessageArg.amount(rate));
                        }
                    }
                });
        return self[0];
    }

    private MoreCrossTableRules() {
    }

    /** NGAY_HEN_KL equal to NGAY_RA (XML14's, else XML1's); an earlier one is XML14.NGAY_HEN_KL.AFTER_NGAY_RA's. */
    private static void appointmentAtDischarge(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML14);
        if (rows.isEmpty()) {
            return;
        }
        TableRecord x14 = rows.get(0);
        long end = DateRules.stamp(x14, "NGAY_RA");
        if (end < 0) {
            end = DateRules.stamp(ep.xml1(), "NGAY_RA");
        }
        long next = DateRules.stamp(x14, "NGAY_HEN_KL");
        if (end >= 0 && next == end) {
            out.report(APPOINTMENT_AT_DISCHARGE, ep.path(ClaimsTable.XML14, 1, "NGAY_HEN_KL"));
        }
    }

    private static void checkInAdmission(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML0);
        for (int i = 0; i < rows.size(); i++) {
            long in = DateRules.stamp(rows.get(i), "NGAY_VAO");
            long ward = DateRules.stamp(rows.get(i), "NGAY_VAO_NOI_TRU");
            if (in >= 0 && ward >= 0 && ward < in) {
                LocalDateTime shown = Values.dateTime(rows.get(i), "NGAY_VAO");
                if (shown != null) {
                    out.report(XML0_NGAY_VAO_NOI_TRU, ep.path(ClaimsTable.XML0, i + 1, "NGAY_VAO_NOI_TRU"),
                            MessageArg.dateTime(shown));
                }
            }
        }
    }

    private static void summaryTable(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null || ep.has(ClaimsTable.XML8) || ep.unreadable.contains(ClaimsTable.XML8)) {
            return;
        }
        String kind = Values.text(x1, "MA_LOAI_KCB");
        if ("03".equals(kind) || "04".equals(kind) || "06".equals(kind)) {
            out.report(XML8_REQUIRED, ep.path(ClaimsTable.XML8, 0, ""), MessageArg.code(kind));
        }
    }

    private static void ownCard(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        if (x1 == null) {
            return;
        }
        String object = Values.text(x1, "MA_DOITUONG_KCB");
        String facility = Values.text(x1, "MA_CSKCB");
        String registered = Values.text(x1, "MA_DKBD");
        if (object == null || facility == null || registered == null
                || !(object.equals("3") || object.startsWith("3."))) {
            return;
        }
        int start = 0;
        for (int i = 0; i <= registered.length(); i++) {
            if (i == registered.length() || registered.charAt(i) == ';') {
                if (registered.substring(start, i).equals(facility)) {
                    out.report(OWN_CARD_OUT_OF_NETWORK, ep.path(ClaimsTable.XML1, 1, "MA_DOITUONG_KCB"),
                            MessageArg.code(object));
                    return;
                }
                start = i + 1;
            }
        }
    }

    private static void newborn(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        String birth = x1 == null ? null : Values.text(x1, "NGAY_SINH");
        LocalDateTime in = x1 == null ? null : Values.dateTime(x1, "NGAY_VAO");
        if (birth == null || in == null || birth.length() != 12 || !birth.endsWith("0000")) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(birth.substring(0, 8), FieldRules.DATE);
        } catch (DateTimeParseException e) {
            return; // an unknown day or month (0000), or not a date: no age to judge
        }
        LocalDate visit = in.toLocalDate();
        if (!day.isAfter(visit) && !day.plusDays(28).isBefore(visit)) {
            out.report(NEWBORN_TIME, ep.path(ClaimsTable.XML1, 1, "NGAY_SINH"), MessageArg.date(visit));
        }
    }
}
