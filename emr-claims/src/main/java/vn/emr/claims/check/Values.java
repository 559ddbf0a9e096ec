package vn.emr.claims.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;

/**
 * Reading values as written: null when absent or not of the form (the format rules report that). The rules read
 * fields through a {@link Field}, whose position in each table's declaration is found once rather than by name on every
 * read; the by-name forms remain for the reader.
 */
final class Values {

    private Values() {
    }

    /**
     * A field read by its position in the record's declaration ({@link TableSpec#indexOf}), the position found once per
     * declaration rather than by name on every read (rules run on every row of millions of episodes). Thread-safe: each
     * table's slot is an immutable value, replaced whole.
     */
    static final class Field {
        private static final int TABLES = ClaimsTable.values().length;

        final String name;
        private final Slot[] slots = new Slot[TABLES];

        Field(String name) {
            this.name = name;
        }

        /** The field's position in the declaration, -1 when the table has no such field. */
        int position(TableSpec spec) {
            int t = spec.table().ordinal();
            Slot s = slots[t];
            if (s == null || s.spec != spec) {
                s = new Slot(spec, spec.indexOf(name));
                slots[t] = s;
            }
            return s.position;
        }

        /** The value as written, null when absent, empty or not a field of the record's table (as {@link #text}). */
        String in(TableRecord r) {
            int p = position(r.spec());
            if (p < 0) {
                return null;
            }
            String v = r.textAt(p);
            return v.isEmpty() ? null : v;
        }

        private record Slot(TableSpec spec, int position) {
        }
    }

    static BigDecimal decimal(TableRecord r, String field) {
        return decimal(Episode.v(r, field));
    }

    static BigDecimal decimal(TableRecord r, Field field) {
        return decimal(field.in(r));
    }

    /**
     * The written value as {@code new BigDecimal(v)} reads it when it is ASCII digits with at most one point and an
     * optional leading minus, else null. Up to 18 digits the value is built from a {@code long} and its scale (the same
     * unscaled value and scale, without the constructor's general parse); longer ones go through the constructor. The
     * two agree (ValuesTest).
     */
    static BigDecimal decimal(String v) {
        if (v == null) {
            return null;
        }
        int n = v.length();
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else if (!(c == '-' && i == 0)) {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (digits <= 18) {
            int scale = point < 0 ? 0 : n - point - 1;
            return BigDecimal.valueOf(v.charAt(0) == '-' ? -unscaled : unscaled, scale);
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value, or zero when absent or unreadable (for sums and formulas). */
    static BigDecimal decimalOrZero(TableRecord r, String field) {
        BigDecimal d = decimal(r, field);
        return d == null ? BigDecimal.ZERO : d;
    }

    static LocalDateTime dateTime(TableRecord r, String field) {
        return dateTime(Episode.v(r, field));
    }

    static LocalDateTime dateTime(TableRecord r, Field field) {
        return dateTime(field.in(r));
    }

    /**
     * The value as {@link FieldRules#DATE_TIME} reads it ({@code yyyyMMddHHmm}, strict), null when absent or not one.
     * Twelve ASCII digits are read by hand (the formatter's parse was a tenth of the rules' time); anything else goes
     * through the formatter. The two agree (ValuesTest).
     */
    static LocalDateTime dateTime(String v) {
        if (v == null || v.length() != 12) {
            return null;
        }
        if (digits(v, 12)) {
            int year = number(v, 0, 4);
            int month = number(v, 4, 6);
            int day = number(v, 6, 8);
            int hour = number(v, 8, 10);
            int minute = number(v, 10, 12);
            if (!isDay(year, month, day) || hour > 23 || minute > 59) {
                return null;
            }
            return LocalDateTime.of(year, month, day, hour, minute);
        }
        try {
            return LocalDateTime.parse(v, FieldRules.DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(TableRecord r, String field) {
        return date(Episode.v(r, field));
    }

    static LocalDate date(TableRecord r, Field field) {
        return date(field.in(r));
    }

    /** The value as {@link FieldRules#DATE} reads it ({@code yyyyMMdd}, strict), null when absent or not one. */
    static LocalDate date(String v) {
        if (v == null || v.length() != 8) {
            return null;
        }
        if (digits(v, 8)) {
            int year = number(v, 0, 4);
            int month = number(v, 4, 6);
            int day = number(v, 6, 8);
            return isDay(year, month, day) ? LocalDate.of(year, month, day) : null;
        }
        try {
            return LocalDate.parse(v, FieldRules.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(TableRecord r, String field) {
        return Episode.v(r, field);
    }

    static String text(TableRecord r, Field field) {
        return field.in(r);
    }

    private static boolean digits(String v, int n) {
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + v.charAt(i) - '0';
        }
        return n;
    }

    /** A month 1-12 and a day of it, in the proleptic Gregorian calendar (years 0000-9999). */
    private static boolean isDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int length = switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= length;
    }
}
