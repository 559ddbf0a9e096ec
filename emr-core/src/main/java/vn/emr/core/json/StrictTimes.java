package vn.emr.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Readers of the documented date forms: a JSON string {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]}
 * in Vietnam time. An offset or zone ({@code Z}, {@code +07:00}) is refused rather than dropped; so are arrays,
 * numbers and impossible dates ({@code 2024-02-30}).
 */
final class StrictTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictTimes() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("emr-strict-times");
        module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, LocalDate.class);
                try {
                    return LocalDate.parse(text, DATE);
                } catch (DateTimeParseException e) {
                    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "expected yyyy-MM-dd");
                }
            }
        });
        module.addDeserializer(LocalDateTime.class, new JsonDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, LocalDateTime.class);
                try {
                    return LocalDateTime.parse(text, DATE_TIME);
                } catch (DateTimeParseException e) {
                    return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text,
                            "expected yyyy-MM-ddTHH:mm:ss");
                }
            }
        });
        return module;
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            ctxt.handleUnexpectedToken(type, p);
            throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "expected a string");
        }
        return p.getText();
    }
}
