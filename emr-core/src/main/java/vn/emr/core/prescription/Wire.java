package vn.emr.core.prescription;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.i18n.Localizable;
import vn.emr.core.identity.Sex;
import vn.emr.core.json.EmrJson;

/** The wire forms of the national prescription JSON: date formats, the sex code, quantities, strict reading. */
final class Wire {

    /** {@code dd/MM/yyyy}: birth date, first and last day of a dispensing period. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** {@code yyyy-MM-dd HH:mm:ss}: the prescribing time. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The largest prescription, response or pharmacy update accepted: 1 MiB. */
    static final int MAX_BYTES = 1024 * 1024;

    static final Localizable TEXT = Localizable.of("chuỗi ký tự", "text");
    static final Localizable TEXT_OR_NUMBER = Localizable.of("chuỗi ký tự hoặc số", "text or a number");
    static final Localizable OBJECT = Localizable.of("đối tượng JSON", "a JSON object");
    static final Localizable LIST = Localizable.of("danh sách JSON", "a JSON list");
    static final Localizable OBJECT_OR_LIST = Localizable.of("đối tượng hoặc danh sách JSON", "a JSON object or list");

    private Wire() {
    }

    /**
     * The JSON object of the bytes, read strictly: at most {@link #MAX_BYTES} ({@code EMR-CORE-0020}), UTF-8 without
     * BOM ({@code EMR-CORE-0023}), well-formed ({@code EMR-CORE-0002}), no repeated key ({@code EMR-CORE-0011}),
     * within the parser limits ({@code EMR-CORE-0022}), an object ({@code EMR-CORE-0701}).
     */
    static JsonNode readObject(byte[] json) {
        JsonNode node = readTree(json);
        if (!node.isObject()) {
            throw new EmrException(CoreError.RX_WRONG_TYPE, "", OBJECT);
        }
        return node;
    }

    /** Any JSON value of the bytes, with the checks of {@link #readObject} but the last. */
    static JsonNode readTree(byte[] json) {
        if (json == null || json.length == 0) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        if (json.length > MAX_BYTES) {
            throw new EmrException(CoreError.INPUT_TOO_LARGE, "", MAX_BYTES);
        }
        JsonNode node = EmrJson.read(json, JsonNode.class);
        if (node == null || node.isMissingNode()) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        return node;
    }

    /** {@code gioi_tinh} as one client documents it: 1 undetermined, 2 male, 3 female (not the BHYT coding). */
    static int sexCode(Sex sex) {
        return switch (sex) {
            case UNDETERMINED -> 1;
            case MALE -> 2;
            case FEMALE -> 3;
        };
    }

    /** The sex of a {@code gioi_tinh} code 1, 2 or 3. */
    static Optional<Sex> sexOf(int code) {
        return switch (code) {
            case 1 -> Optional.of(Sex.UNDETERMINED);
            case 2 -> Optional.of(Sex.MALE);
            case 3 -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    /** A quantity as written: plain decimal, a whole number under 10 with a leading zero (Circular 26/2025 art. 6.7). */
    static String quantity(BigDecimal q) {
        BigDecimal s = q.stripTrailingZeros();
        String plain = s.scale() <= 0 ? s.toBigIntegerExact().toString() : s.toPlainString();
        if (s.scale() <= 0 && s.signum() > 0 && s.compareTo(BigDecimal.TEN) < 0) {
            return "0" + plain;
        }
        return plain;
    }

    /** The most digits a number may have before or after the point to be written in plain notation. */
    private static final int MAX_PLAIN_DIGITS = 40;

    /**
     * A number as plain text ({@code 62}, {@code 12.5}). A number too large or too small for that ({@code 1e-999999999}
     * would be a billion characters) keeps its short scientific form, which no wire rule accepts.
     */
    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        int integerDigits = s.precision() - s.scale();
        if (s.scale() > MAX_PLAIN_DIGITS || integerDigits > MAX_PLAIN_DIGITS) {
            return s.toString();
        }
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** The text of a string or number node (numbers in plain notation), or null for any other node. */
    static String scalar(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return plain(node.decimalValue());
        }
        return null;
    }

    /**
     * The decimal of a text such as {@code 62}, {@code 05} or {@code 12.50}, without trailing zeros ({@code 12.5}, so
     * a value read, written and read again is equal), or null when it is none.
     */
    static BigDecimal decimal(String text) {
        if (text == null || !text.matches("[0-9]{1,15}(\\.[0-9]{1,6})?")) {
            return null;
        }
        BigDecimal d = new BigDecimal(text).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A field name shown in a path: at most 40 characters (a key is document text). */
    static String shown(String field) {
        return field.length() <= 40 ? field : field.substring(0, 40) + "…";
    }
}
