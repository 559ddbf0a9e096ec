package vn.emr.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import vn.emr.core.Languages;
import vn.emr.core.i18n.Localizable;

/** The form a JSON value should have, derived from the target type (never from the input or Jackson's text). */
enum ExpectedForm implements Localizable {
    DATE("ngày dạng yyyy-MM-dd", "a date yyyy-MM-dd"),
    DATE_TIME("ngày giờ dạng yyyy-MM-ddTHH:mm:ss (giờ Việt Nam)", "a date-time yyyy-MM-ddTHH:mm:ss (Vietnam time)"),
    TEXT("chuỗi văn bản", "text"),
    NUMBER("một số thập phân", "a decimal number"),
    INTEGER("một số nguyên", "a whole number"),
    BOOLEAN("true hoặc false", "true or false"),
    NAME("một trong các tên đã công bố", "one of the documented names"),
    LIST("một danh sách [...]", "a list [...]"),
    OBJECT("một đối tượng JSON", "a JSON object"),
    VALUE("giá trị theo định dạng đã công bố", "a value of the documented form");

    private final String vietnamese;
    private final String english;

    ExpectedForm(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    @Override
    public String text(Locale locale) {
        return Languages.isEnglish(locale) ? english : vietnamese;
    }

    static ExpectedForm of(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return type == null ? VALUE : of(type);
    }

    static ExpectedForm of(Class<?> type) {
        if (type == LocalDate.class) {
            return DATE;
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return DATE_TIME;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return TEXT;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return INTEGER;
        }
        if (type == BigDecimal.class || type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type.isEnum()) {
            return NAME;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return LIST;
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return OBJECT;
        }
        return VALUE;
    }

    @Override
    public String toString() {
        return english;
    }
}
