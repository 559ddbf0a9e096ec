package vn.emr.core.prescription;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The 14-character e-prescription code {@code ma_don_thuoc} (Circular 26/2025/TT-BYT Appendix I note 1): the
 * 5-character facility code (MA_CSKCB), 7 random characters {@code [0-9a-z]}, {@code -} and the type letter, for
 * example {@code 79001k3x9q2m-c}. New codes come from {@link PrescriptionCodes}.
 *
 * <p>The code identifies a prescription, not a person, so {@link #toString()} shows it.
 *
 * @param value the code as sent
 */
public record PrescriptionCode(String value) {

    /** The length of every code, {@code -} included. */
    public static final int LENGTH = 14;

    static final Pattern SHAPE = Pattern.compile("([0-9A-Za-z]{5})([0-9a-z]{7})-([cnhyt])");

    /**
     * The letter Circular 55/2025/TT-BYT Appendix I note 1 gives decoction prescriptions (đơn thuốc thang), read as a
     * {@link PrescriptionType#TRADITIONAL} code ({@code domain/emr-model.md} §4.2); new codes use {@code y}.
     */
    static final String DECOCTION_LETTER = "t";

    /**
     * Refuses anything but the 14-character shape with a lower-case type letter {@code c}, {@code n}, {@code h},
     * {@code y} or {@code t} ({@code EMR-CORE-0703}).
     */
    public PrescriptionCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new EmrException(CoreError.RX_CODE_FORMAT, "ma_don_thuoc");
        }
    }

    /** Parses a code; throws {@code EMR-CORE-0703} for any other shape. */
    public static PrescriptionCode parse(String text) {
        return new PrescriptionCode(text);
    }

    /** The code made of its parts (the random part must be 7 characters {@code [0-9a-z]}). */
    static PrescriptionCode of(String facilityCode, String randomPart, PrescriptionType type) {
        Objects.requireNonNull(type, "type");
        return new PrescriptionCode(facilityCode + randomPart + "-" + type.code());
    }

    /** The facility code, the first 5 characters. */
    public String facilityCode() {
        return value.substring(0, 5);
    }

    /** The 7 random characters, unique per facility. */
    public String randomPart() {
        return value.substring(5, 12);
    }

    /** The type named by the last character ({@code t}, the decoction letter, is {@code y}, traditional). */
    public PrescriptionType type() {
        String letter = value.substring(13);
        return letter.equals(DECOCTION_LETTER) ? PrescriptionType.TRADITIONAL : PrescriptionType.fromCode(letter);
    }

    @Override
    public String toString() {
        return value;
    }
}
