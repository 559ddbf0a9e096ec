package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.FORMAT;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.Severity;

/**
 * The format layer, part one: the form of identity, diagnosis and card values ({@code domain/claims.md} §2.2, §2.3,
 * §3.5): ICD-10 shape and count, {@code SO_CCCD}, {@code MA_THE_BHYT} and its validity dates, {@code MA_DKBD}. Also
 * the helpers the other format classes ({@link CodeListRules}, {@link ConditionalRules}, {@link CatalogueRules}) build
 * their rules with. A value that is absent passes here (the mandatory rules see to it); a value the structure layer
 * cannot read (a date that is not a date) is skipped, not reported twice. No regular expression: hand-written loops
 * over the value, fields read by a position resolved once ({@link Values.Field}).
 */
final class FormatRules {

    private static final RuleSource ICD_MAIN = RuleSource.decision(
            "QĐ 130 PL Bảng 1, MA_BENH_CHINH: one ICD-10 code (QĐ 4469/QĐ-BYT and updates), dotted form");
    private static final RuleSource ICD_SECONDARY = RuleSource.decision(
            "QĐ 130 PL Bảng 1, MA_BENH_KT: at most 12 ICD-10 codes separated by ';'");
    private static final RuleSource CCCD = RuleSource.portal(
            "CTN rows 'XML0 SO_CCCD', 'XML1 SO_CCCD': 9 or 12 digits, or an upper-case letter and 7 digits");
    private static final RuleSource CARD = RuleSource.decision("QĐ 130 PL Bảng 1 (and check-in), MA_THE_BHYT: the "
            + "15-character card code of QĐ 1351/QĐ-BHXH (temporary cards TE1 + province + 10 digits), several ';'");
    private static final RuleSource DKBD = RuleSource.decision(
            "QĐ 130 PL Bảng 1 (and check-in), MA_DKBD: 5 characters per card (temporary card: province + 000)");
    private static final RuleSource CARD_DATES = RuleSource.decision(
            "QĐ 130 PL Bảng 1 (and check-in), GT_THE_TU / GT_THE_DEN: start and end of each card's validity");
    private static final RuleSource CARD_VALID = RuleSource.practice("claims.md §2.2/§3.5: the episode starts while "
            + "a card is valid (GT_THE_TU <= NGAY_VAO <= GT_THE_DEN); warning, since a card expiring during a stay "
            + "still covers it and claims.md leaves the portal's check unstated");
    private static final RuleSource ICD_WARNING = RuleSource.practice(
            "tracnn/qlbv_public 3176 configuration: main diagnoses Z00 and R53 are flagged (claims.md §3.5)");

    static final Rule MA_BENH_CHINH = onField("XML1.MA_BENH_CHINH.ICD10", ERROR, ICD_MAIN, ClaimsTable.XML1,
            "MA_BENH_CHINH", v -> isIcd10(v, 0, v.length()));
    static final Rule MA_BENH_KT = onField("XML1.MA_BENH_KT.ICD10", ERROR, ICD_SECONDARY, ClaimsTable.XML1,
            "MA_BENH_KT", v -> allParts(v, FormatRules::isIcd10));
    static final Rule MA_BENH_KT_COUNT = Rule.episode("XML1.MA_BENH_KT.COUNT", FORMAT, ERROR, ICD_SECONDARY,
            FormatRules::secondaryCount);
    static final Rule XML3_MA_BENH = onField("XML3.MA_BENH.ICD10", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 3, MA_BENH: the ICD-10 code(s) the service is ordered for besides the main diagnosis"),
            ClaimsTable.XML3, "MA_BENH", v -> allParts(v, FormatRules::isIcd10));
    static final Rule WARNING_DIAGNOSIS = Rule.episode("XML1.MA_BENH_CHINH.WARNING_CODE", FORMAT, WARNING,
            ICD_WARNING, FormatRules::warningDiagnosis)
            .onlyIn(EnumSet.of(ClaimsProfile.QD3176, ClaimsProfile.QD3176_2026));

    static final List<Rule> SO_CCCD = onFields("SO_CCCD", "FORM", ERROR, CCCD, FormatRules::isCitizenId,
            ClaimsTable.XML0, ClaimsTable.XML1);
    static final List<Rule> MA_THE_BHYT = onFields("MA_THE_BHYT", "FORM", ERROR, CARD,
            v -> allParts(v, FormatRules::isCardNumber), ClaimsTable.XML0, ClaimsTable.XML1);
    static final List<Rule> MA_DKBD = onFields("MA_DKBD", "FORM", ERROR, DKBD,
            v -> allParts(v, FormatRules::isFacilityShape), ClaimsTable.XML0, ClaimsTable.XML1);
    static final List<Rule> CARD_ORDER = perTable("GT_THE_DEN.BEFORE_GT_THE_TU", ERROR, CARD_DATES,
            FormatRules::cardOrder, ClaimsTable.XML0, ClaimsTable.XML1);
    static final List<Rule> CARD_NOT_YET = perTable("GT_THE_TU.AFTER_NGAY_VAO", WARNING, CARD_VALID,
            (t, ep, c, out) -> cardValidity(t, true, ep, out), ClaimsTable.XML0, ClaimsTable.XML1);
    static final List<Rule> CARD_EXPIRED = perTable("GT_THE_DEN.BEFORE_NGAY_VAO", WARNING, CARD_VALID,
            (t, ep, c, out) -> cardValidity(t, false, ep, out), ClaimsTable.XML0, ClaimsTable.XML1);

    private static final Values.Field BENH_CHINH = new Values.Field("MA_BENH_CHINH");
    private static final Values.Field BENH_KT = new Values.Field("MA_BENH_KT");
    private static final Values.Field THE_TU = new Values.Field("GT_THE_TU");
    private static final Values.Field THE_DEN = new Values.Field("GT_THE_DEN");

    /** Every rule of this class, in RULES.md order. */
    static final List<Rule> ALL = all();

    private FormatRules() {
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(MA_BENH_CHINH, MA_BENH_KT, MA_BENH_KT_COUNT, XML3_MA_BENH,
                WARNING_DIAGNOSIS));
        rules.addAll(SO_CCCD);
        rules.addAll(MA_THE_BHYT);
        rules.addAll(MA_DKBD);
        rules.addAll(CARD_ORDER);
        rules.addAll(CARD_NOT_YET);
        rules.addAll(CARD_EXPIRED);
        return List.copyOf(rules);
    }

    // ---- the rules' logic

    private static void secondaryCount(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        String v = x1 == null ? null : BENH_KT.in(x1);
        if (v != null) {
            int n = parts(v);
            if (n > 12) {
                out.report(MA_BENH_KT_COUNT, ep.path(ClaimsTable.XML1, 1, "MA_BENH_KT"), MessageArg.count(n));
            }
        }
    }

    private static void warningDiagnosis(Episode ep, CheckContext c, Findings out) {
        TableRecord x1 = ep.xml1();
        String v = x1 == null ? null : BENH_CHINH.in(x1);
        if (v != null && isIcd10(v, 0, v.length()) && (v.startsWith("Z00") || v.startsWith("R53"))) {
            out.report(WARNING_DIAGNOSIS, ep.path(ClaimsTable.XML1, 1, "MA_BENH_CHINH"), MessageArg.code(v));
        }
    }

    /** Card i's GT_THE_TU is not after its GT_THE_DEN. */
    private static void cardOrder(ClaimsTable t, Episode ep, CheckContext c, Findings out) {
        Rule rule = CARD_ORDER.get(t == ClaimsTable.XML0 ? 0 : 1);
        List<TableRecord> rows = ep.rows(t);
        for (int r = 0; r < rows.size(); r++) {
            String from = THE_TU.in(rows.get(r));
            String to = THE_DEN.in(rows.get(r));
            if (from == null || to == null) {
                continue;
            }
            int n = Math.min(parts(from), parts(to));
            for (int i = 0; i < n; i++) {
                LocalDate a = datePart(from, i);
                LocalDate b = datePart(to, i);
                if (a != null && b != null && b.isBefore(a)) {
                    out.report(rule, ep.path(t, r + 1, "GT_THE_DEN"), MessageArg.count(i + 1L), MessageArg.date(a),
                            MessageArg.date(b));
                    break;
                }
            }
        }
    }

    /** NGAY_VAO falls within one card's validity; else before the first card (TU) or after a card (DEN). */
    private static void cardValidity(ClaimsTable t, boolean notYet, Episode ep, Findings out) {
        List<TableRecord> rows = ep.rows(t);
        for (int r = 0; r < rows.size(); r++) {
            TableRecord rec = rows.get(r);
            String from = THE_TU.in(rec);
            String to = THE_DEN.in(rec);
            if (from == null || to == null) {
                continue;
            }
            LocalDateTime in = Values.dateTime(rec, F.NGAY_VAO);
            if (in == null) {
                continue;
            }
            LocalDate day = in.toLocalDate();
            int n = Math.min(parts(from), parts(to));
            boolean covered = false;
            boolean beforeAll = true;
            boolean readable = true;
            for (int i = 0; i < n; i++) {
                LocalDate a = datePart(from, i);
                LocalDate b = datePart(to, i);
                if (a == null || b == null || b.isBefore(a)) {
                    // unreadable, or reversed (XML*.GT_THE_DEN.BEFORE_GT_THE_TU says so): nothing to judge
                    readable = false;
                    break;
                }
                if (!day.isBefore(a) && !day.isAfter(b)) {
                    covered = true;
                }
                if (!day.isBefore(a)) {
                    beforeAll = false;
                }
            }
            if (!readable || covered || n == 0) {
                continue;
            }
            if (notYet && beforeAll) {
                out.report(CARD_NOT_YET.get(t == ClaimsTable.XML0 ? 0 : 1), ep.path(t, r + 1, "GT_THE_TU"),
                        MessageArg.date(day));
            } else if (!notYet && !beforeAll) {
                out.report(CARD_EXPIRED.get(t == ClaimsTable.XML0 ? 0 : 1), ep.path(t, r + 1, "GT_THE_DEN"),
                        MessageArg.date(day));
            }
        }
    }

    // ---- shapes (each on s[from, to), no allocation)

    /**
     * The dotted ICD-10 form of the Ministry's catalogue, the same as emr-core's
     * {@link vn.emr.core.code.Icd10Code#isWellFormed}: a capital letter, 2 digits, optionally a point and 1 or 2
     * digits ({@code J06.9}, {@code I10}, {@code B18.00}).
     */
    static boolean isIcd10(String s, int from, int to) {
        int n = to - from;
        if (n != 3 && n != 5 && n != 6) {
            return false;
        }
        if (!upper(s.charAt(from)) || !digit(s.charAt(from + 1)) || !digit(s.charAt(from + 2))) {
            return false;
        }
        if (n == 3) {
            return true;
        }
        return s.charAt(from + 3) == '.' && digits(s, from + 4, to);
    }

    /** 9 or 12 digits (identity card, citizen ID), or an upper-case letter and 7 digits (passport). */
    static boolean isCitizenId(String s) {
        int n = s.length();
        if (n == 9 || n == 12) {
            return digits(s, 0, n);
        }
        return n == 8 && upper(s.charAt(0)) && digits(s, 1, 8);
    }

    /**
     * The 15-character card code as emr-core's {@link vn.emr.core.identity.BhytCardNumber} parses its
     * {@code LEGACY_15} kind: 2 capital letters (the group), the benefit level 1-5, 12 digits (province and
     * social-insurance number). Temporary cards ({@code TE1} + province + 10 digits) have this shape.
     */
    static boolean isCardNumber(String s, int from, int to) {
        if (to - from != 15 || !upper(s.charAt(from)) || !upper(s.charAt(from + 1))) {
            return false;
        }
        char level = s.charAt(from + 2);
        return level >= '1' && level <= '5' && digits(s, from + 3, to);
    }

    /** A facility code: 5 letters or digits. */
    static boolean isFacilityShape(String s, int from, int to) {
        if (to - from != 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!digit(c) && !upper(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Whether s[from, to) is one or more digits. */
    static boolean digits(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the whole value is n digits. */
    static boolean digits(String s, int n) {
        return s.length() == n && digits(s, 0, n);
    }

    /** The number of {@code ;}-separated parts. */
    static int parts(String v) {
        int n = 1;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == ';') {
                n++;
            }
        }
        return n;
    }

    /** A test of the part s[from, to) of a multi-value field. */
    interface PartTest {
        boolean ok(String s, int from, int to);
    }

    /** Whether every {@code ;}-separated part passes (an empty part fails). */
    static boolean allParts(String v, PartTest test) {
        int start = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || v.charAt(i) == ';') {
                if (!test.ok(v, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** The i-th part (from 0) as a date yyyyMMdd, null when absent or not a date. */
    static LocalDate datePart(String v, int index) {
        int start = 0;
        int k = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || v.charAt(i) == ';') {
                if (k == index) {
                    return i - start == 8 && digits(v, start, i) ? parseDate(v.substring(start, i)) : null;
                }
                k++;
                start = i + 1;
            }
        }
        return null;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s, FieldRules.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The value as a number when it is one (digits, one optional point), else null: a negative value is the structure
     * layer's (FIELD.NUMBER), not reported again here.
     */
    static BigDecimal number(String v) {
        if (v.isEmpty()) {
            return null;
        }
        boolean point = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' && !point && i > 0 && i < v.length() - 1) {
                point = true;
            } else if (!digit(c)) {
                return null;
            }
        }
        return new BigDecimal(v);
    }

    // ---- building rules

    /** A test of one value as written (present, not empty). */
    interface ValueTest {
        boolean ok(String value);
    }

    /** A check of one table. */
    interface TableCheck {
        void run(ClaimsTable table, Episode ep, CheckContext context, Findings out);
    }

    /** A rule testing the field in every row of the table, reported at the field with no message argument. */
    static Rule onField(String id, Severity severity, RuleSource source, ClaimsTable table, String field,
            ValueTest test) {
        return onField(id, severity, source, table, field, test, test);
    }

    /**
     * A field test whose list changed with QĐ 4750: {@code qd130} for a claim of the {@link ClaimsProfile#QD130}
     * profile (discharged before 2024-07-01), {@code later} for the profiles from QĐ 4750 on.
     */
    static Rule onField(String id, Severity severity, RuleSource source, ClaimsTable table, String field,
            ValueTest qd130, ValueTest later) {
        FieldCheck check = new FieldCheck(table, field, qd130, later);
        Rule rule = Rule.episode(id, FORMAT, severity, source, check);
        check.rule = rule;
        return rule;
    }

    /** The same field test in several tables: one rule per table, with the id {@code TABLE.FIELD.WHAT}. */
    static List<Rule> onFields(String field, String what, Severity severity, RuleSource source, ValueTest test,
            ClaimsTable... tables) {
        List<Rule> rules = new ArrayList<>();
        return onFields(field, what, severity, source, test, test, tables);
    }

    /** {@link #onFields(String, String, Severity, RuleSource, ValueTest, ClaimsTable...)} with a QĐ 130 list. */
    static List<Rule> onFields(String field, String what, Severity severity, RuleSource source, ValueTest qd130,
            ValueTest later, ClaimsTable... tables) {
        List<Rule> rules = new ArrayList<>();
        for (ClaimsTable t : tables) {
            rules.add(onField(t.name() + "." + field + "." + what, severity, source, t, field, qd130, later));
        }
        return List.copyOf(rules);
    }

    /** The same check in several tables: one rule per table, with the id {@code TABLE.what}. */
    static List<Rule> perTable(String what, Severity severity, RuleSource source, TableCheck check,
            ClaimsTable... tables) {
        List<Rule> rules = new ArrayList<>();
        for (ClaimsTable t : tables) {
            rules.add(Rule.episode(t.name() + "." + what, FORMAT, severity, source,
                    (ep, c, out) -> check.run(t, ep, c, out)));
        }
        return List.copyOf(rules);
    }

    /** Whether the value is one of the codes. */
    static ValueTest oneOf(String... codes) {
        Set<String> set = Set.of(codes);
        return set::contains;
    }

    /** The field a value rule made by {@link #onField} tests in the table, or null for any other rule. */
    static String testedField(Rule rule, ClaimsTable table) {
        return rule.check instanceof FieldCheck f && f.table == table ? f.field.name : null;
    }

    /** Whether the value passes the test of a value rule made by {@link #onField} in the profile. */
    static boolean passes(Rule rule, ClaimsProfile profile, String value) {
        if (!(rule.check instanceof FieldCheck f)) {
            return true;
        }
        return (profile == ClaimsProfile.QD130 ? f.qd130 : f.later).ok(value);
    }

    private static final class FieldCheck implements Rule.Check {
        private final ClaimsTable table;
        private final Values.Field field;
        private final ValueTest qd130;
        private final ValueTest later;
        // set once, during class initialisation, before any check runs
        private Rule rule;

        FieldCheck(ClaimsTable table, String field, ValueTest qd130, ValueTest later) {
            this.table = table;
            this.field = new Values.Field(field);
            this.qd130 = qd130;
            this.later = later;
        }

        @Override
        public void run(Episode ep, CheckContext context, Findings out) {
            ValueTest test = ep.profile == ClaimsProfile.QD130 ? qd130 : later;
            List<TableRecord> rows = ep.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                String v = field.in(rows.get(i));
                if (v != null && !test.ok(v)) {
                    out.report(rule, ep.path(table, i + 1, field.name));
                }
            }
        }
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field NGAY_VAO = new Values.Field("NGAY_VAO");
    }
}
