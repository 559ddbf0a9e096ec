package vn.emr.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The reader of money and quantities: a JSON number (never a string) with at most {@value #MAX_INTEGER_DIGITS} digits
 * before the decimal point and {@value #MAX_FRACTION_DIGITS} after it (trailing zeros aside), the widest the claims
 * formats need (amounts with 2 decimals, prices and quantities with 3). {@code 1e400} and {@code 1e-400} are refused
 * ({@code EMR-CORE-0337}); an exponent inside the range is read as the plain value ({@code 1E+3} is {@code 1000}), so
 * every accepted value writes back as the same plain number and reads back equal.
 */
final class StrictNumbers {

    /** Most digits before the decimal point: values below 10^15 VND or units. */
    static final int MAX_INTEGER_DIGITS = 15;

    /** Most digits after the decimal point, trailing zeros aside. */
    static final int MAX_FRACTION_DIGITS = 3;

    private StrictNumbers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("emr-strict-numbers");
        module.addDeserializer(BigDecimal.class, new JsonDeserializer<>() {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                }
                return checked(p.getDecimalValue(), p.currentName());
            }
        });
        return module;
    }

    /** The value in plain form, or a coded refusal naming the field when it is out of range. */
    static BigDecimal checked(BigDecimal v, String field) {
        BigDecimal stripped = v.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int integer = stripped.precision() - stripped.scale();
        if (integer > MAX_INTEGER_DIGITS || fraction > MAX_FRACTION_DIGITS) {
            throw new EmrException(CoreError.NUMBER_RANGE, field == null ? "" : field);
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
