package vn.emr.claims.table.typed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;

/**
 * How one Java type of a typed record is written to and read from a field's text: written through the typed setters
 * of {@link TableRecord.Builder} (so that {@code FieldRules} checks every value), read by a strict parse whose errors
 * name the field and never the value.
 *
 * @param <T> the Java type of the component
 */
abstract class Codec<T> {

    /** Text as it is. */
    static final Codec<String> TEXT = new Codec<>(String.class) {
        @Override
        void put(TableRecord.Builder b, String field, String value, String path) {
            b.set(field, value);
        }

        @Override
        String parse(String text, String path) {
            return text;
        }
    };

    /** A whole number of at most 9 digits. */
    static final Codec<Integer> INTEGER = new Codec<>(Integer.class) {
        @Override
        void put(TableRecord.Builder b, String field, Integer value, String path) {
            b.set(field, value.longValue());
        }

        @Override
        Integer parse(String text, String path) {
            long v = whole(text, path, 9);
            return (int) v;
        }
    };

    /** A whole number of at most 18 digits. */
    static final Codec<Long> LONG = new Codec<>(Long.class) {
        @Override
        void put(TableRecord.Builder b, String field, Long value, String path) {
            b.set(field, value.longValue());
        }

        @Override
        Long parse(String text, String path) {
            return whole(text, path, 18);
        }
    };

    /** A decimal, written with the field's places by {@link TableRecord.Builder#set(String, BigDecimal)}. */
    static final Codec<BigDecimal> DECIMAL = new Codec<>(BigDecimal.class) {
        @Override
        void put(TableRecord.Builder b, String field, BigDecimal value, String path) {
            b.set(field, value);
        }

        @Override
        BigDecimal parse(String text, String path) {
            if (!plainNumber(text)) {
                throw new EmrException(ClaimsError.FIELD_NOT_A_NUMBER, path);
            }
            return new BigDecimal(text);
        }
    };

    /** A date {@code yyyyMMdd}. */
    static final Codec<LocalDate> DATE = new Codec<>(LocalDate.class) {
        @Override
        void put(TableRecord.Builder b, String field, LocalDate value, String path) {
            b.set(field, value);
        }

        @Override
        LocalDate parse(String text, String path) {
            try {
                if (text.length() == 8 && digits(text)) {
                    return LocalDate.parse(text, FieldRules.DATE);
                }
            } catch (DateTimeParseException e) {
                // reported below, without the value
            }
            throw new EmrException(ClaimsError.FIELD_DATE, path);
        }
    };

    /** A date and time {@code yyyyMMddHHmm}; a time with seconds is refused, not truncated. */
    static final Codec<LocalDateTime> DATE_TIME = new Codec<>(LocalDateTime.class) {
        @Override
        void put(TableRecord.Builder b, String field, LocalDateTime value, String path) {
            if (value.getSecond() != 0 || value.getNano() != 0) {
                throw new EmrException(ClaimsError.TYPED_SECONDS, path);
            }
            b.set(field, value);
        }

        @Override
        LocalDateTime parse(String text, String path) {
            try {
                if (text.length() == 12 && digits(text)) {
                    return LocalDateTime.parse(text, FieldRules.DATE_TIME);
                }
            } catch (DateTimeParseException e) {
                // reported below, without the value
            }
            throw new EmrException(ClaimsError.FIELD_DATE_TIME, path);
        }
    };

    /** Several values joined by {@code ;} (the items are checked by the record's constructor). */
    static final Codec<List<String>> LIST = new Codec<>(List.class) {
        @Override
        void put(TableRecord.Builder b, String field, List<String> value, String path) {
            b.set(field, String.join(";", value));
        }

        @Override
        List<String> parse(String text, String path) {
            return Arrays.asList(text.split(";", -1));
        }
    };

    private final Class<?> type;

    private Codec(Class<?> type) {
        this.type = type;
    }

    /** The Java class of the component's value (of its items' container for a list). */
    final Class<?> type() {
        return type;
    }

    /** Sets the value (non-null) of the field on the table record builder. */
    abstract void put(TableRecord.Builder b, String field, T value, String path);

    /**
     * The value of the field's text (non-empty).
     *
     * @throws EmrException a coded error at {@code path} when the text is not of the type
     */
    abstract T parse(String text, String path);

    /** A whole number of at most {@code maxDigits} significant digits. */
    private static long whole(String text, String path, int maxDigits) {
        if (!plainNumber(text)) {
            throw new EmrException(ClaimsError.FIELD_NOT_A_NUMBER, path);
        }
        if (!digits(text)) {
            throw new EmrException(ClaimsError.TYPED_NOT_WHOLE, path);
        }
        int start = 0;
        while (start < text.length() - 1 && text.charAt(start) == '0') {
            start++;
        }
        if (text.length() - start > maxDigits) {
            throw new EmrException(ClaimsError.TYPED_NOT_WHOLE, path);
        }
        return Long.parseLong(text, start, text.length(), 10);
    }

    /** ASCII digits only, at least one. */
    private static boolean digits(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number form {@code FieldRules} accepts: digits with at most one inner point, no sign or exponent. */
    private static boolean plainNumber(String v) {
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
}
