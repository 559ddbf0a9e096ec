package vn.emr.claims.table;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.core.validation.Issue;

/**
 * The checks one field value must pass, from the catalogue's declaration alone: characters, size (in characters, that
 * is Unicode code points), number form, date and time forms, decimal places, spaces. A builder refuses a value that
 * fails them; a reader keeps it so that the file can be checked and reported on. Messages never repeat the value.
 */
public final class FieldRules {

    /** {@code yyyyMMdd}, strict (no 20240230). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** {@code yyyyMMddHHmm}, strict. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldRules() {
    }

    /** The issues of one value of the field (none when it passes); {@code path} locates the field. */
    public static List<Issue> check(FieldSpec field, String value, String path) {
        return check(field, value, path, false);
    }

    /**
     * The issues of one value of a record's field, each at {@code tablePrefix + field name}: the path is built only
     * when there is an issue, so checking a valid record allocates nothing.
     */
    static List<Issue> checkInRecord(FieldSpec field, String value, String tablePrefix) {
        return check(field, value, tablePrefix, true);
    }

    private static List<Issue> check(FieldSpec field, String value, String where, boolean prefix) {
        List<Issue> issues = null;
        if (!charactersAllowed(value, field.type() == FieldType.TEXT)) {
            return List.of(Issue.error(path(where, field, prefix), ClaimsError.FIELD_CHARACTERS));
        }
        if (field.maxLength().isPresent()
                && value.codePointCount(0, value.length()) > field.maxLength().getAsInt()) {
            issues = new ArrayList<>(2);
            issues.add(Issue.error(path(where, field, prefix), ClaimsError.FIELD_TOO_LONG,
                    field.maxLength().getAsInt()));
        }
        ClaimsError form = null;
        int arg = 0;
        if (field.multiValue() && value.indexOf(';') >= 0) {
            for (String part : value.split(";", -1)) {
                form = formProblem(field, part);
                if (form != null) {
                    break;
                }
            }
        } else {
            form = formProblem(field, value);
        }
        if (form != null) {
            if (form == ClaimsError.FIELD_DECIMALS) {
                arg = field.format() == FieldSpec.ValueFormat.DECIMAL_3 ? 3 : 2;
            }
            if (issues == null) {
                issues = new ArrayList<>(1);
            }
            String path = path(where, field, prefix);
            issues.add(form == ClaimsError.FIELD_DECIMALS ? Issue.error(path, form, arg) : Issue.error(path, form));
        }
        return issues == null ? List.of() : issues;
    }

    private static String path(String where, FieldSpec field, boolean prefix) {
        return prefix ? where + field.name() : where;
    }

    /** The first form rule the value breaks, or null. */
    private static ClaimsError formProblem(FieldSpec field, String v) {
        switch (field.format()) {
            case DATE -> {
                return isDate(v) ? null : ClaimsError.FIELD_DATE;
            }
            case DATE_TIME -> {
                return isDateTime(v, false) ? null : ClaimsError.FIELD_DATE_TIME;
            }
            case DATE_TIME_PARTIAL -> {
                return isDateTime(v, true) ? null : ClaimsError.FIELD_DATE_TIME;
            }
            case DECIMAL_2, DECIMAL_UP_TO_2 -> {
                return decimal(v, 2);
            }
            case DECIMAL_3 -> {
                return decimal(v, 3);
            }
            case NO_SPACES -> {
                return v.indexOf(' ') >= 0 ? ClaimsError.FIELD_SPACES : null;
            }
            default -> {
                return field.type() == FieldType.NUMBER && !isNumber(v) ? ClaimsError.FIELD_NOT_A_NUMBER : null;
            }
        }
    }

    private static ClaimsError decimal(String v, int places) {
        if (!isNumber(v)) {
            return ClaimsError.FIELD_NOT_A_NUMBER;
        }
        int dot = v.indexOf('.');
        return dot >= 0 && v.length() - dot - 1 > places ? ClaimsError.FIELD_DECIMALS : null;
    }

    /** A plain decimal number: ASCII digits, at most one point with digits on both sides, no sign or exponent. */
    static boolean isNumber(String v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        int dot = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '.') {
                if (dot >= 0 || i == 0 || i == n - 1) {
                    return false;
                }
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code yyyyMMdd} as {@link #DATE} reads it: eight ASCII digits, a month 01-12 and a day of that month (proleptic
     * Gregorian, any year 0000-9999). Checked by hand: the formatter's parse was a tenth of the checks' time.
     */
    static boolean isDate(String v) {
        return v.length() == 8 && allDigits(v, 8) && isCalendarDate(v, false);
    }

    /**
     * {@code yyyyMMddHHmm} as {@link #DATE_TIME} reads it; with {@code partialAllowed}, month and day {@code 0000}
     * too (a date known to the year only).
     */
    static boolean isDateTime(String v, boolean partialAllowed) {
        if (v.length() != 12 || !allDigits(v, 12)) {
            return false;
        }
        int hour = twoDigits(v, 8);
        int minute = twoDigits(v, 10);
        return hour <= 23 && minute <= 59 && isCalendarDate(v, partialAllowed);
    }

    private static boolean allDigits(String v, int n) {
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String v, int at) {
        return (v.charAt(at) - '0') * 10 + v.charAt(at + 1) - '0';
    }

    /** The first eight (checked) digits as a date, or {@code 0000} month and day when partial dates are allowed. */
    private static boolean isCalendarDate(String v, boolean partialAllowed) {
        int month = twoDigits(v, 4);
        int day = twoDigits(v, 6);
        if (partialAllowed && month == 0 && day == 0) {
            return true;
        }
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int year = twoDigits(v, 0) * 100 + twoDigits(v, 2);
        int length = switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= length;
    }

    /**
     * Whether every character is one XML 1.0 carries and, outside free text, no control character: tab, line feed and
     * carriage return are allowed in text fields only; no other C0 or C1 control, no lone surrogate, no U+FFFE/U+FFFF.
     */
    static boolean charactersAllowed(String v, boolean text) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                if (!text) {
                    return false;
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}
