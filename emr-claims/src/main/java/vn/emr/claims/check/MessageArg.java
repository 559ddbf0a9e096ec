package vn.emr.claims.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A value a rule's message may show: an amount, a date, a count, a field name or a code from a code list. Nothing
 * else can reach a message (no names, ID or card numbers, free text): a rule has no way to pass a raw string. A code
 * longer than {@value #CODE_MAX} characters is shown cut, since only code-list values are that short.
 */
public final class MessageArg {

    /** The longest code shown whole. */
    public static final int CODE_MAX = 24;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final String shown;

    private MessageArg(String shown) {
        this.shown = shown;
    }

    /** An amount, price, quantity or rate, in plain decimal notation. */
    public static MessageArg amount(BigDecimal value) {
        return new MessageArg(value.stripTrailingZeros().toPlainString());
    }

    /** A whole number: a count, a number of days. */
    public static MessageArg count(long value) {
        return new MessageArg(Long.toString(value));
    }

    /** A date, {@code yyyy-MM-dd}. */
    public static MessageArg date(LocalDate value) {
        return new MessageArg(DATE.format(value));
    }

    /** A date and time, {@code yyyy-MM-dd HH:mm}. */
    public static MessageArg dateTime(LocalDateTime value) {
        return new MessageArg(DATE_TIME.format(value));
    }

    /** An official field or table name, such as {@code NGAY_YL} or {@code XML3}. */
    public static MessageArg field(String name) {
        return code(Objects.requireNonNull(name, "name"));
    }

    /**
     * A value of a code list ({@code MA_LOAI_KCB} {@code 03}, an ICD-10 code, a group {@code MA_NHOM}); never pass a
     * card number, an ID number or text here.
     */
    public static MessageArg code(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder b = new StringBuilder(Math.min(value.length(), CODE_MAX + 1));
        for (int i = 0; i < value.length() && b.length() < CODE_MAX; i++) {
            char c = value.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (value.length() > CODE_MAX) {
            b.append('…');
        }
        return new MessageArg(b.toString());
    }

    /** The text shown. */
    @Override
    public String toString() {
        return shown;
    }
}
