package vn.emr.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.model.MedicalRecord;

/**
 * The documented JSON form of every model type (see {@code docs/json-form.md}): camelCase names, ISO-8601 local
 * date-times in Vietnam time (UTC+07:00, no offset written), money as plain decimal numbers, enums by name, absent
 * values omitted. Reading is strict: unknown fields, trailing content, nulls for primitives and numbers for enums are
 * refused with a coded {@link EmrException} whose path names the field.
 *
 * <p>All methods are thread-safe; the mapper is configured once.
 */
public final class EmrJson {

    private static final JsonMapper MAPPER = configured()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For the model types, whose builders refuse a repeated field themselves (cheaper than the parser's tracking). */
    private static final JsonMapper MODEL_MAPPER = configured().build();

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    /** Canonical form for digests: keys sorted, no whitespace, plain decimals (RecordHistory hashes this). */
    // MapperFeature on a copy is deprecated in favour of builders; the copy keeps every MAPPER setting in one place
    @SuppressWarnings("deprecation")
    private static final ObjectWriter CANONICAL = MAPPER.copy()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writer();

    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private EmrJson() {
    }

    /** The configured mapper, for hosts that embed the SDK's JSON form in their own documents. Do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The value as compact UTF-8 JSON. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, e.getOriginalMessage());
        }
    }

    /** The value as indented JSON text. */
    public static String writePretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, e.getOriginalMessage());
        }
    }

    /** The canonical UTF-8 JSON of the value: properties sorted by name, no whitespace. Stable across runs. */
    public static byte[] canonical(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, e.getOriginalMessage());
        }
    }

    /** Reads a value of the type from UTF-8 JSON bytes. */
    public static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(reader(type), json);
    }

    /** Reads a value of the type from JSON text. */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(reader(type), json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a value of the type from a UTF-8 JSON stream (not closed). */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return read(reader(type), json.readAllBytes());
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, type.getSimpleName());
        }
    }

    /**
     * A reusable reader for the type (faster than the convenience methods in loops). The model's builders refuse a
     * field given twice themselves ({@code EMR-CORE-0011}, with its path), so for model types the parser's costlier
     * duplicate-key tracking is switched off; every other type keeps it.
     */
    public static ObjectReader reader(Class<?> type) {
        boolean model = type.getPackage() == MedicalRecord.class.getPackage()
                && type.isAnnotationPresent(JsonDeserialize.class);
        return (model ? MODEL_MAPPER : MAPPER).readerFor(type);
    }

    private static <T> T read(ObjectReader reader, byte[] json) {
        if (json.length == 0) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        try {
            return reader.readValue(json);
        } catch (UnrecognizedPropertyException e) {
            throw new EmrException(CoreError.JSON_UNKNOWN_FIELD, path(e), e.getPropertyName());
        } catch (JsonParseException e) {
            throw new EmrException(CoreError.JSON_MALFORMED, "", e,
                    "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof EmrException inner) {
                // a builder refused a value (e.g. a null list element): keep its code, prefix the JSON path
                String outer = path(e);
                int dot = outer.lastIndexOf('.');
                String parent = dot < 0 ? "" : outer.substring(0, dot);
                throw new EmrException(inner.code(), parent.isEmpty() ? inner.path() : parent + "." + inner.path());
            }
            throw new EmrException(CoreError.JSON_BAD_VALUE, path(e), e, describe(e));
        } catch (IOException e) {
            throw new EmrException(CoreError.JSON_MALFORMED, "", e, e.getClass().getSimpleName());
        }
    }

    /** Jackson's reference path as {@code encounter.diagnoses[2].code}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(JsonMappingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid value";
        }
        // Jackson quotes the offending input; keep only the first line and never echo long values (they may be PII).
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
