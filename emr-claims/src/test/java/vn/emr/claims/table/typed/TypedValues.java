package vn.emr.claims.table.typed;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.FieldType;
import vn.emr.claims.catalogue.FieldSpec.ValueFormat;
import vn.emr.claims.table.FieldRules;

/**
 * Random values of a typed record's component that pass the catalogue's rules for one profile's declaration of the
 * field, drawn from the declaration (type, size, form, several values) and not from the code under test.
 */
final class TypedValues {

    /** Free text: Vietnamese, markup characters, a separator, tab, line breaks and a character outside the BMP. */
    private static final String TEXT = "ABC xyz 019 Tiếng Việt Nguyễn Thị Ảnh ơư đ & < > \" ' ]]> ;\t\n\r𝔘";
    private static final String NO_SPACES = "ABCxyz019.-/ệỗ";
    private static final String ITEM = "ABCKZ019.-_ệ";

    private TypedValues() {
    }

    /** Whether some value of the declared form fits the declared size (the catalogue's XML12 NGAY_SINH has none). */
    static boolean satisfiable(FieldSpec f) {
        if (f.multiValue() || f.maxLength().isEmpty()) {
            return true;
        }
        int max = f.maxLength().getAsInt();
        return switch (f.format()) {
            case DATE -> max >= 8;
            case DATE_TIME, DATE_TIME_PARTIAL -> max >= 12;
            default -> true;
        };
    }

    /** A value of the codec's Java type for the field's declaration. */
    static Object value(Codec<?> codec, FieldSpec f, Random rnd) {
        if (codec == Codec.TEXT) {
            return text(f, rnd);
        } else if (codec == Codec.INTEGER) {
            return (int) whole(Math.min(9, f.maxLength().getAsInt()), rnd);
        } else if (codec == Codec.LONG) {
            return whole(Math.min(18, f.maxLength().getAsInt()), rnd);
        } else if (codec == Codec.DECIMAL) {
            return decimal(f, rnd);
        } else if (codec == Codec.DATE) {
            return date(rnd);
        } else if (codec == Codec.DATE_TIME) {
            return dateTime(rnd);
        } else if (codec == Codec.LIST) {
            return list(f, rnd);
        }
        throw new AssertionError("unknown codec");
    }

    /** The written form of a generated value, as the decision prescribes it (for documents written by hand). */
    static String written(Object v) {
        if (v instanceof LocalDate d) {
            return FieldRules.DATE.format(d);
        } else if (v instanceof LocalDateTime t) {
            return FieldRules.DATE_TIME.format(t);
        } else if (v instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (v instanceof List<?> l) {
            return String.join(";", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    private static long whole(int maxDigits, Random rnd) {
        int digits = 1 + rnd.nextInt(maxDigits);
        long bound = 1;
        for (int i = 0; i < digits; i++) {
            bound *= 10;
        }
        return rnd.nextLong(bound);
    }

    private static BigDecimal decimal(FieldSpec f, Random rnd) {
        int scale = switch (f.format()) {
            case DECIMAL_2 -> 2;
            case DECIMAL_3 -> 3;
            default -> rnd.nextInt(3);
        };
        int max = f.maxLength().orElse(15);
        int intDigits = 1 + rnd.nextInt(Math.max(1, max - scale - (scale > 0 ? 1 : 0)));
        return new BigDecimal(new BigInteger(digits(intDigits + scale, rnd)), scale);
    }

    private static String digits(int n, Random rnd) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    private static LocalDate date(Random rnd) {
        return LocalDate.of(1900, 1, 1).plusDays(rnd.nextInt(73_000));
    }

    private static LocalDateTime dateTime(Random rnd) {
        return LocalDateTime.of(1950, 1, 1, 0, 0).plusMinutes(rnd.nextInt(60_000_000));
    }

    private static String text(FieldSpec f, Random rnd) {
        int max = f.maxLength().orElse(400);
        if (f.format() == ValueFormat.DATE_TIME_PARTIAL || f.format() == ValueFormat.DATE_TIME) {
            String v = FieldRules.DATE_TIME.format(dateTime(rnd));
            return f.format() == ValueFormat.DATE_TIME_PARTIAL && rnd.nextInt(4) == 0
                    ? v.substring(0, 4) + "0000" + v.substring(8) : v;
        }
        if (f.format() == ValueFormat.DATE) {
            return FieldRules.DATE.format(date(rnd));
        }
        if (f.type() == FieldType.NUMBER) {
            // a field text in one profile and a number in another, or an identifier kept as text: digits, zeros kept
            return digits(1 + rnd.nextInt(Math.min(max, 15)), rnd);
        }
        String alphabet = f.format() == ValueFormat.NO_SPACES ? NO_SPACES : TEXT;
        // now and then exactly the declared size, to stand on the boundary
        int length = rnd.nextInt(5) == 0 ? Math.min(max, 1500) : 1 + rnd.nextInt(Math.min(max, 60));
        return draw(alphabet, length, rnd);
    }

    private static String draw(String alphabet, int codePoints, Random rnd) {
        int size = alphabet.codePointCount(0, alphabet.length());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(size))));
        }
        return b.toString();
    }

    private static List<String> list(FieldSpec f, Random rnd) {
        int budget = f.maxLength().orElse(200);
        boolean dates = f.format() == ValueFormat.DATE;
        int itemLength = dates ? 8 : 0;
        int n = 1 + rnd.nextInt(3);
        if (dates) {
            n = Math.max(1, Math.min(n, (budget + 1) / 9));
        } else {
            itemLength = Math.max(1, Math.min(12, (budget - (n - 1)) / n));
        }
        List<String> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (dates) {
                items.add(FieldRules.DATE.format(date(rnd)));
            } else if (f.type() == FieldType.NUMBER) {
                items.add(digits(1 + rnd.nextInt(itemLength), rnd));
            } else {
                items.add(draw(ITEM, 1 + rnd.nextInt(itemLength), rnd));
            }
        }
        return items;
    }
}
