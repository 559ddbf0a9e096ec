package vn.emr.claims.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written date and date-time checks of {@link FieldRules} against the strict {@code java.time} formatters
 * they replace: every month and day of several years (leap and not, 0000 and 9999), every hour and minute, and random
 * strings, accepted and refused alike.
 */
class FieldRulesDateTest {

    /** The check as it was: the strict formatter. */
    private static boolean formatterDate(String v) {
        if (v.length() != 8 || !FieldRules.isNumber(v)) {
            return false;
        }
        try {
            LocalDate.parse(v, FieldRules.DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean formatterDateTime(String v, boolean partialAllowed) {
        if (v.length() != 12 || !FieldRules.isNumber(v) || v.indexOf('.') >= 0) {
            return false;
        }
        String candidate = v;
        if (partialAllowed && v.startsWith("0000", 4)) {
            candidate = v.substring(0, 4) + "0101" + v.substring(8);
        }
        try {
            LocalDateTime.parse(candidate, FieldRules.DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static final String[] YEARS = {"0000", "1900", "2000", "2023", "2100", "9999"};

    private static String fourDigits(int v) {
        return new String(new char[] {(char) ('0' + v / 1000), (char) ('0' + v / 100 % 10), (char) ('0' + v / 10 % 10),
            (char) ('0' + v % 10)});
    }

    private static void same(String v, boolean hand, boolean formatter) {
        if (hand != formatter) {
            throw new AssertionError(v + ": hand-written " + hand + ", formatter " + formatter);
        }
    }

    @Test
    void everyMonthAndDayOfSeveralYearsIsJudgedAsTheFormatterDoes() {
        int accepted = 0;
        for (String year : YEARS) {
            for (int md = 0; md < 10_000; md++) {
                String v = year + fourDigits(md);
                same(v, FieldRules.isDate(v), formatterDate(v));
                String t = v + (md % 2 == 0 ? "2359" : "0000");
                same(t, FieldRules.isDateTime(t, false), formatterDateTime(t, false));
                same(t, FieldRules.isDateTime(t, true), formatterDateTime(t, true));
                if (FieldRules.isDate(v)) {
                    accepted++;
                }
            }
        }
        // 365 or 366 dates a year: the comparison is not vacuous
        assertThat(accepted).isEqualTo(365 * YEARS.length + 2);
    }

    @Test
    void everyHourAndMinuteIsJudgedAsTheFormatterDoes() {
        for (String date : new String[] {"20240229", "20230229", "20240000", "99991231", "20241301"}) {
            for (int hm = 0; hm < 10_000; hm++) {
                String t = date + fourDigits(hm);
                same(t, FieldRules.isDateTime(t, false), formatterDateTime(t, false));
                same(t, FieldRules.isDateTime(t, true), formatterDateTime(t, true));
            }
        }
    }

    @Test
    void randomStringsAreJudgedAsTheFormatterDoes() {
        Random random = new Random(8);
        String alphabet = "0123456789000011223.-+ aZ\u0663\uFF11";
        for (int k = 0; k < 100_000; k++) {
            int length = 6 + random.nextInt(9);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(random.nextInt(10) < 8 ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = b.toString();
            same(v, FieldRules.isDate(v), formatterDate(v));
            same(v, FieldRules.isDateTime(v, false), formatterDateTime(v, false));
            same(v, FieldRules.isDateTime(v, true), formatterDateTime(v, true));
        }
    }
}
