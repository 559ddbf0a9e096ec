package vn.emr.claims.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;

/** Reading values as written: null when absent or not of the form (the format rules report that). */
final class Values {

    private Values() {
    }

    static BigDecimal decimal(TableRecord r, String field) {
        String v = Episode.v(r, field);
        if (v == null) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' && i == 0)) {
                return null;
            }
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
        String v = Episode.v(r, field);
        if (v == null || v.length() != 12) {
            return null;
        }
        try {
            return LocalDateTime.parse(v, FieldRules.DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(TableRecord r, String field) {
        String v = Episode.v(r, field);
        if (v == null || v.length() != 8) {
            return null;
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
}
