package vn.emr.core.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.code.Icd10Code;
import vn.emr.core.i18n.Localizable;
import vn.emr.core.validation.Issue;

/**
 * Checks a section tree against {@link Schema} and completes it (absent text becomes {@code ""}, absent list
 * {@code []}, absent object an object of empty fields), collecting every fault before refusing.
 */
final class Check {

    /** {@code dd/MM/yyyy}, strict (no 31/02). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** {@code dd/MM/yyyy HH:mm:ss.SSS}, strict. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss.SSS")
            .withResolverStyle(ResolverStyle.STRICT);

    static final Localizable TEXT = Localizable.of("một chuỗi văn bản", "a text string");
    static final Localizable OBJECT = Localizable.of("một đối tượng", "an object");
    static final Localizable LIST = Localizable.of("một danh sách", "a list");

    /** Most faults reported at once; the rest are dropped (a hostile document can have millions). */
    static final int MAX_ISSUES = 100;

    private Check() {
    }

    static Cv365Section document(Cv365Section root) {
        List<Issue> issues = new ArrayList<>();
        Cv365Section done = group(root, Schema.ROOT, "", issues);
        String key = done.section("ThongTinBenhNhan").map(s -> s.text("sovaovien")).orElse("");
        for (String g : Schema.GROUPS) {
            String own = done.section(g).map(s -> s.text("sovaovien")).orElse("");
            if (!own.isEmpty() && !own.equals(key)) {
                add(issues, Issue.error(g + ".sovaovien", CoreError.CV365_JOIN_KEY));
            }
        }
        if (!issues.isEmpty()) {
            throw new EmrException(issues);
        }
        return done;
    }

    private static void add(List<Issue> issues, Issue issue) {
        if (issues.size() < MAX_ISSUES) {
            issues.add(issue);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Cv365Section group(Cv365Section in, Schema.Group g, String path, List<Issue> issues) {
        for (String name : in.names()) {
            if (g.child(name) == null) {
                add(issues, Issue.error(join(path, Names.shown(name)), CoreError.CV365_UNKNOWN_FIELD));
            }
        }
        Cv365Section.Builder b = Cv365Section.builder();
        for (Schema.Node node : g.children().values()) {
            Object raw = in.raw(node.name());
            if (node instanceof Schema.Field f) {
                // a field's path is made only for an issue: most documents have none, and fields are most nodes
                if (raw == null) {
                    b.text(f.name(), "");
                } else if (raw instanceof String s) {
                    field(s, f, path, issues);
                    b.text(f.name(), s);
                } else {
                    add(issues, Issue.error(join(path, f.name()), CoreError.CV365_WRONG_SHAPE, TEXT));
                    b.text(f.name(), "");
                }
                continue;
            }
            String p = join(path, node.name());
            if (node instanceof Schema.Group sub) {
                if (raw == null || raw instanceof Cv365Section) {
                    b.section(sub.name(), group(raw == null ? Cv365Section.empty() : (Cv365Section) raw, sub, p,
                            issues));
                } else {
                    add(issues, Issue.error(p, CoreError.CV365_WRONG_SHAPE, OBJECT));
                    b.section(sub.name(), group(Cv365Section.empty(), sub, p, issues));
                }
            } else {
                Schema.Items items = (Schema.Items) node;
                List<Cv365Section> out = new ArrayList<>();
                if (raw instanceof List<?> list) {
                    if (items.item() == null && !list.isEmpty()) {
                        add(issues, Issue.error(p, CoreError.CV365_UNKNOWN_ITEMS));
                    } else {
                        for (int i = 0; i < list.size(); i++) {
                            out.add(group((Cv365Section) list.get(i), items.item(), p + "[" + i + "]", issues));
                        }
                    }
                } else if (raw != null) {
                    add(issues, Issue.error(p, CoreError.CV365_WRONG_SHAPE, LIST));
                }
                b.list(items.name(), out);
            }
        }
        return b.build();
    }

    /** Checks one text against its field's kind and size; {@code parent} is the path of the field's group. */
    static void field(String s, Schema.Field f, String parent, List<Issue> issues) {
        if (s.isEmpty()) {
            return;
        }
        int before = issues.size();
        check(s, f, issues);
        if (issues.size() > before) {
            // the checks report at "" and the path is made here, once, for what they found
            String path = join(parent, f.name());
            for (int i = before; i < issues.size(); i++) {
                Issue found = issues.get(i);
                issues.set(i, new Issue(found.severity(), path + found.path(), found.code(), found.args()));
            }
        }
    }

    /** The checks of {@link #field}, each issue at the field itself ({@code ""}) or at {@code "[i]"} within it. */
    private static void check(String s, Schema.Field f, List<Issue> issues) {
        String path = "";
        boolean fixedFormat = f.kind() == Schema.Kind.DATE || f.kind() == Schema.Kind.DATE_TIME;
        if (s.codePointCount(0, s.length()) > f.max()) {
            // a date or date-time of the wrong length is a format fault (its size is the format's), not a size one
            add(issues, fixedFormat ? Issue.error(path, f.kind() == Schema.Kind.DATE ? CoreError.CV365_DATE_FORMAT
                    : CoreError.CV365_DATE_TIME_FORMAT) : Issue.error(path, CoreError.CV365_TOO_LONG, f.max()));
            return;
        }
        if (!xmlChars(s)) {
            add(issues, Issue.error(path, CoreError.CV365_FORBIDDEN_CHARACTER));
            return;
        }
        switch (f.kind()) {
            case TEXT -> {
            }
            case DATE -> {
                if (parseDate(s) == null) {
                    add(issues, Issue.error(path, CoreError.CV365_DATE_FORMAT));
                }
            }
            case DATE_TIME -> {
                if (parseDateTime(s) == null) {
                    add(issues, Issue.error(path, CoreError.CV365_DATE_TIME_FORMAT));
                }
            }
            case DIGITS -> {
                if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    add(issues, Issue.error(path, CoreError.CV365_DIGITS_FORMAT));
                }
            }
            case DECIMAL -> {
                if (!decimal(s)) {
                    add(issues, Issue.error(path, CoreError.CV365_DECIMAL_FORMAT));
                }
            }
            case ICD10 -> {
                if (!Icd10Code.isWellFormed(s)) {
                    add(issues, Issue.error(path, CoreError.CV365_ICD10_FORMAT));
                }
            }
            case ICD10_LIST -> {
                // empty slots are the mapping's fault (EMR-CORE-0621); here only the codes given
                String[] codes = s.split(Cv365Mapping.SEPARATOR, -1);
                for (int i = 0; i < codes.length; i++) {
                    if (!codes[i].isEmpty() && !Icd10Code.isWellFormed(codes[i])) {
                        add(issues, Issue.error("[" + i + "]", CoreError.CV365_ICD10_FORMAT));
                    }
                }
            }
        }
    }

    /** {@code dd/MM/yyyy} as a date, or null: the formatter's strict verdict, without its cost on the hot path. */
    static LocalDate parseDate(String s) {
        if (s.length() != 10 || s.charAt(2) != '/' || s.charAt(5) != '/') {
            return null;
        }
        int d = digits(s, 0, 2);
        int m = digits(s, 3, 5);
        int y = digits(s, 6, 10);
        if (d < 1 || m < 1 || m > 12 || y < 0 || d > Month.of(m).length(Year.isLeap(y))) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** {@code dd/MM/yyyy HH:mm:ss.SSS} as a date-time, or null. */
    static LocalDateTime parseDateTime(String s) {
        if (s.length() != 23 || s.charAt(10) != ' ' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || s.charAt(19) != '.') {
            return null;
        }
        LocalDate date = parseDate(s.substring(0, 10));
        int h = digits(s, 11, 13);
        int min = digits(s, 14, 16);
        int sec = digits(s, 17, 19);
        int ms = digits(s, 20, 23);
        if (date == null || h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59 || ms < 0) {
            return null;
        }
        return date.atTime(h, min, sec, ms * 1_000_000);
    }

    /** The number the ASCII digits {@code s[from, to)} spell, or -1 if one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@code dd/MM/yyyy}. */
    static String formatDate(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return DATE.format(d);
        }
        char[] c = new char[10];
        two(c, 0, d.getDayOfMonth());
        c[2] = '/';
        two(c, 3, d.getMonthValue());
        c[5] = '/';
        two(c, 6, d.getYear() / 100);
        two(c, 8, d.getYear() % 100);
        return new String(c);
    }

    /** {@code dd/MM/yyyy HH:mm:ss.SSS} (milliseconds; finer digits are dropped). */
    static String formatDateTime(LocalDateTime t) {
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return DATE_TIME.format(t);
        }
        StringBuilder sb = new StringBuilder(23).append(formatDate(t.toLocalDate())).append(' ');
        char[] c = new char[12];
        two(c, 0, t.getHour());
        c[2] = ':';
        two(c, 3, t.getMinute());
        c[5] = ':';
        two(c, 6, t.getSecond());
        c[8] = '.';
        int ms = t.getNano() / 1_000_000;
        c[9] = (char) ('0' + ms / 100);
        c[10] = (char) ('0' + ms / 10 % 10);
        c[11] = (char) ('0' + ms % 10);
        return sb.append(c).toString();
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    /** {@code 12}, {@code 0.5}, {@code 1000.250}: digits, at most one point with digits on both sides. */
    static boolean decimal(String s) {
        int point = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return point != 0 && point != s.length() - 1;
    }

    /** Whether every character is one XML 1.0 can carry (tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, pairs). */
    static boolean xmlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /** Field names as shown in paths: document text, so cut short. */
    static final class Names {
        private static final int MAX_SHOWN = 40;

        private Names() {
        }

        static String shown(String name) {
            return name.length() <= MAX_SHOWN ? name : name.substring(0, MAX_SHOWN) + "…";
        }
    }
}
