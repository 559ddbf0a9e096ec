package vn.emr.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
import vn.emr.core.i18n.Localizable;
import vn.emr.core.io.LimitedInput;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.Issue;

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

    /** Default limit of {@link #read(InputStream, Class)}: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** Deepest nesting of objects and arrays accepted (the model needs fewer than 10 levels). */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Longest text value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(1_000)
                        .maxDocumentLength(DEFAULT_MAX_BYTES)
                        .build()).build())
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(StrictTimes.module())
                .addModule(StrictNumbers.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
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

    /**
     * An immutable reader of the documented form with the strict settings, for hosts that embed the SDK's JSON form
     * in their own documents (for example {@code readerFor(SomeType.class)} or {@code readTree}). Errors come as
     * Jackson exceptions; prefer {@link #read} for coded errors.
     */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** An immutable writer of the documented form (compact), for hosts that embed the SDK's JSON form. */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /** The value as a JSON tree of the documented form. */
    public static JsonNode toTree(Object value) {
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, ExpectedForm.VALUE);
        }
    }

    /** The value as compact UTF-8 JSON. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, ExpectedForm.VALUE);
        }
    }

    /** The value as indented JSON text. */
    public static String writePretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, ExpectedForm.VALUE);
        }
    }

    /** The canonical UTF-8 JSON of the value: properties sorted by name, no whitespace. Stable across runs. */
    public static byte[] canonical(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new EmrException(CoreError.JSON_BAD_VALUE, "", e, ExpectedForm.VALUE);
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

    /** Reads a value of the type from a UTF-8 JSON stream (not closed), at most {@link #DEFAULT_MAX_BYTES}. */
    public static <T> T read(InputStream json, Class<T> type) {
        return read(json, type, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a value of the type from a UTF-8 JSON stream (not closed), refusing more than {@code maxBytes} bytes
     * with {@code EMR-CORE-0020}: reading stops at the limit, so an endless stream ends at once.
     */
    public static <T> T read(InputStream json, Class<T> type, long maxBytes) {
        Objects.requireNonNull(json, "json");
        return read(reader(type), LimitedInput.readAll(json, maxBytes));
    }

    /**
     * A reusable reader for the type (faster than the convenience methods in loops). The model's builders refuse a
     * field given twice themselves ({@code EMR-CORE-0011}, with its path), so for model types the parser's costlier
     * duplicate-key tracking is switched off; every other type keeps it. The reader applies every mapper setting of
     * the documented form (unknown and repeated fields, times, numbers, coercions) but not the byte-level encoding check
     * of {@link #read(byte[], Class)} ({@code EMR-CORE-0023}), and it reports errors as Jackson exceptions: prefer
     * {@code read} for untrusted input.
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
        checkUtf8(json);
        try {
            return reader.readValue(json);
        } catch (UnrecognizedPropertyException e) {
            throw new EmrException(CoreError.JSON_UNKNOWN_FIELD, path(e), e.getPropertyName());
        } catch (StreamConstraintsException e) {
            throw new EmrException(CoreError.JSON_LIMIT, "", e);
        } catch (JsonParseException e) {
            EmrException duplicate = duplicate(e);
            if (duplicate != null) {
                throw duplicate;
            }
            throw new EmrException(CoreError.JSON_MALFORMED, "", e, where(e.getLocation()));
        } catch (JsonMappingException e) {
            // inside a record or a collection the parser's refusal comes wrapped in a mapping exception
            if (e.getCause() instanceof JsonParseException parse && duplicate(parse) != null) {
                throw duplicate(parse);
            }
            if (e.getCause() instanceof EmrException inner) {
                // a builder refused a value (e.g. a null list element): keep its code and arguments, prefix the path
                String outer = path(e);
                int dot = outer.lastIndexOf('.');
                String parent = dot < 0 ? "" : outer.substring(0, dot);
                Issue first = inner.issues().get(0);
                throw new EmrException(inner.code(), parent.isEmpty() ? inner.path() : parent + "." + inner.path(),
                        first.args().toArray());
            }
            throw new EmrException(CoreError.JSON_BAD_VALUE, path(e), e, ExpectedForm.of(e));
        } catch (IOException e) {
            throw new EmrException(CoreError.JSON_MALFORMED, "", e, where(null));
        }
    }

    /** Longest field name quoted in a duplicate-field message (a key is document text). */
    private static final int MAX_SHOWN_FIELD = 40;

    /**
     * The parser's duplicate-key refusal ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}, on for every type but
     * the model's) as {@link CoreError#JSON_DUPLICATE_FIELD}, the code the model's builders give, with the path from
     * the parser's context and the field name truncated; null for any other parse error.
     */
    private static EmrException duplicate(JsonParseException e) {
        String message = e.getOriginalMessage();
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        if (message == null || !message.startsWith("Duplicate field '") || parser == null) {
            return null;
        }
        com.fasterxml.jackson.core.JsonStreamContext ctx = parser.getParsingContext();
        String field = ctx == null ? null : ctx.getCurrentName();
        if (field == null) {
            return null;
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(shown(c.getCurrentName()));
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return new EmrException(CoreError.JSON_DUPLICATE_FIELD, path.toString(), shown(field));
    }

    private static String shown(String field) {
        return field.length() <= MAX_SHOWN_FIELD ? field : field.substring(0, MAX_SHOWN_FIELD) + "…";
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

    /**
     * Refuses anything but UTF-8 without a byte-order mark: UTF-16/UTF-32 (with or without a BOM, which would
     * otherwise be auto-detected), a UTF-8 BOM, NUL bytes, and malformed, overlong or surrogate UTF-8 sequences.
     */
    static void checkUtf8(byte[] json) {
        int i = 0;
        while (i < json.length && json[i] > 0) {
            i++;
        }
        if (i == json.length) {
            return;
        }
        if (json[i] == 0) {
            throw new EmrException(CoreError.JSON_ENCODING, "");
        }
        if (i == 0 && json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB
                && (json[2] & 0xFF) == 0xBF) {
            throw new EmrException(CoreError.JSON_ENCODING, "");
        }
        // Well-formed UTF-8 (Unicode 15, table 3-7), checked in place without decoding: no overlong forms, no
        // surrogates, nothing above U+10FFFF, no truncated sequence, no NUL.
        int n = json.length;
        int j = i;
        while (j < n) {
            int b = json[j] & 0xFF;
            if (b < 0x80) {
                if (b == 0) {
                    throw new EmrException(CoreError.JSON_ENCODING, "");
                }
                j++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b == 0xE0) {
                need = 2;
                lo = 0xA0;
            } else if (b == 0xED) {
                need = 2;
                hi = 0x9F;
            } else if (b >= 0xE1 && b <= 0xEF) {
                need = 2;
            } else if (b == 0xF0) {
                need = 3;
                lo = 0x90;
            } else if (b == 0xF4) {
                need = 3;
                hi = 0x8F;
            } else if (b >= 0xF1 && b <= 0xF3) {
                need = 3;
            } else {
                throw new EmrException(CoreError.JSON_ENCODING, "");
            }
            if (j + need >= n) {
                throw new EmrException(CoreError.JSON_ENCODING, "");
            }
            int c = json[j + 1] & 0xFF;
            if (c < lo || c > hi) {
                throw new EmrException(CoreError.JSON_ENCODING, "");
            }
            for (int k = 2; k <= need; k++) {
                c = json[j + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    throw new EmrException(CoreError.JSON_ENCODING, "");
                }
            }
            j += need + 1;
        }
    }

    /** "line 3, column 5" in the message's language; Jackson's message text is never shown (it quotes input). */
    static Localizable where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return Localizable.of("không rõ vị trí", "position unknown");
        }
        return Localizable.of("dòng " + location.getLineNr() + ", cột " + location.getColumnNr(),
                "line " + location.getLineNr() + ", column " + location.getColumnNr());
    }
}
