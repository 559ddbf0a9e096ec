package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;

/**
 * The hand-written readings of {@link Values} against the JDK's: numbers against {@code new BigDecimal}, dates and
 * date-times against the strict {@link FieldRules} formatters, on edge cases and random strings; and fields read by
 * position against the lookup by name.
 */
class ValuesTest {

    /** The reference: the reading before the fast path, {@code new BigDecimal} of digits, points and a leading minus. */
    private static BigDecimal referenceDecimal(String v) {
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

    private static LocalDateTime referenceDateTime(String v) {
        try {
            return LocalDateTime.parse(v, FieldRules.DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate referenceDate(String v) {
        try {
            return LocalDate.parse(v, FieldRules.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void sameDecimal(String v) {
        BigDecimal expected = referenceDecimal(v);
        BigDecimal actual = Values.decimal(v);
        // equals compares the scale too: 1.50 is not 1.5
        assertThat(actual).as(v).isEqualTo(expected);
        if (expected != null) {
            assertThat(actual.toPlainString()).as(v).isEqualTo(expected.toPlainString());
            assertThat(actual.precision()).as(v).isEqualTo(expected.precision());
        }
    }

    @Test
    void numbersReadAsTheBigDecimalConstructorReadsThem() {
        for (String v : new String[] {"0", "00", "007", "-0", "-0.00", "1.", ".5", "-.5", "-", ".", "-.", "..", "1..2",
            "1.2.3", "--1", "1-", "+1", "1e5", "1E5", " 1", "1 ", "30000.00", "1500.000", "65900.000", "0.01",
            "-0.01", "999999999999999999", "9999999999999999999", "-999999999999999999", "99999999999999999999.99",
            "0.000000000000000001", "123456789012345678", "1234567890123456789", "12345678901234567.8",
            "922337203685477580.7", "9223372036854775807", "9223372036854775808", "٣", "１", ""}) {
            sameDecimal(v);
        }
        Random random = new Random(130);
        String alphabet = "0123456789.-";
        for (int k = 0; k < 200_000; k++) {
            int n = random.nextInt(24);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                // mostly digits, sometimes a point or a minus anywhere
                int pick = random.nextInt(16);
                b.append(pick < 10 ? alphabet.charAt(pick) : pick < 14 ? alphabet.charAt(random.nextInt(10))
                        : pick == 14 ? '.' : '-');
            }
            sameDecimal(b.toString());
        }
        assertThat(Values.decimal((String) null)).isNull();
    }

    @Test
    void datesAndDateTimesReadAsTheStrictFormattersReadThem() {
        for (String v : new String[] {"202402291200", "202302291200", "190002291200", "200002291200", "202404310000",
            "202412312359", "202412312400", "202412312360", "202400011200", "202413011200", "202401001200",
            "000001010000", "999912312359", "00000229" + "0000", "+02401011200", "-02401011200", "2024010112 0",
            "20240101120", "2024010112000", "２０２４01011200", "2024-1-11200", "202401011200"}) {
            assertThat(Values.dateTime(v)).as(v).isEqualTo(v.length() == 12 ? referenceDateTime(v) : null);
        }
        for (String v : new String[] {"20240229", "20230229", "19000229", "20000229", "20240431", "20241231",
            "20240001", "20241301", "20240100", "00000101", "99991231", "00000229", "+0240101", "-0240101",
            "2024 101", "２０２４0101", "2024-1-1"}) {
            assertThat(Values.date(v)).as(v).isEqualTo(v.length() == 8 ? referenceDate(v) : null);
        }
        Random random = new Random(4750);
        for (int k = 0; k < 200_000; k++) {
            // plausible years, months 00-13, days 00-32, hours 00-25, minutes 00-61, now and then a stray character
            String v = String.format("%04d%02d%02d%02d%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62));
            if (random.nextInt(20) == 0) {
                int at = random.nextInt(12);
                v = v.substring(0, at) + "+-x ."
                        .charAt(random.nextInt(5)) + v.substring(at + 1);
            }
            assertThat(Values.dateTime(v)).as(v).isEqualTo(referenceDateTime(v));
            String d = v.substring(0, 8);
            assertThat(Values.date(d)).as(d).isEqualTo(referenceDate(d));
        }
        assertThat(Values.dateTime((String) null)).isNull();
        assertThat(Values.date((String) null)).isNull();
    }

    @Test
    void aFieldReadByPositionIsTheFieldReadByNameInEveryProfileAndTable() {
        Values.Field maLk = new Values.Field("MA_LK");
        Values.Field unknown = new Values.Field("NOT_A_FIELD");
        for (ClaimsProfile profile : ClaimsProfile.values()) {
            for (ClaimsTable table : ClaimsTable.values()) {
                if (!profile.catalogue().has(table)) {
                    continue;
                }
                var spec = profile.catalogue().table(table);
                TableRecord.Builder b = TableRecord.builder(profile, table);
                if (spec.indexOf("MA_LK") >= 0) {
                    b.set("MA_LK", "LK-" + table.name());
                }
                TableRecord r = b.build();
                assertThat(maLk.in(r)).as(profile + " " + table).isEqualTo(Values.text(r, "MA_LK"));
                assertThat(unknown.in(r)).isNull();
                for (var f : spec.fields()) {
                    Values.Field field = new Values.Field(f.name());
                    assertThat(field.position(spec)).isEqualTo(spec.indexOf(f.name()));
                    assertThat(field.in(r)).isEqualTo(r.get(f.name()).orElse(null));
                }
            }
        }
    }
}
