package vn.emr.claims.catalogue;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One field of a claims table as the catalogue declares it.
 *
 * @param name the official element name, for example {@code MA_LK}
 * @param type text or number, as the decision types it
 * @param maxLength the most characters the field may hold; empty where the decision writes {@code n} (unbounded)
 * @param format the value form the official description prescribes
 * @param multiValue whether several values are joined by {@code ;}
 * @param requirement mandatory, optional or conditional, from the BHXH portal sheet
 * @param condition the condition of a conditional field, in Vietnamese as the portal sheet words it; empty otherwise
 * @param formatText the format as the catalogue words it (for messages and documentation); may be empty
 */
public record FieldSpec(String name, FieldType type, OptionalInt maxLength, ValueFormat format, boolean multiValue,
        Requirement requirement, String condition, String formatText) {

    /** Checks that every part is present. */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(formatText, "formatText");
    }

    /** Text or number. */
    public enum FieldType {
        /** "Chuỗi": text; codes with leading zeros are text. */
        TEXT,
        /** "Số": a number. */
        NUMBER
    }

    /** Whether a field must be filled, from the BHXH portal sheet (CTN). */
    public enum Requirement {
        /** "Y": always. */
        MANDATORY,
        /** "N": never required. */
        OPTIONAL,
        /** "C: ...": required under the stated condition. */
        CONDITIONAL
    }

    /** The value forms the official descriptions prescribe. */
    public enum ValueFormat {
        /** No prescribed form beyond type and length. */
        PLAIN,
        /** A date {@code yyyyMMdd}. */
        DATE,
        /** A date and time {@code yyyyMMddHHmm}. */
        DATE_TIME,
        /** A date and time {@code yyyyMMddHHmm} where {@code HHmm} (or {@code MMdd}) may be {@code 0000} if unknown. */
        DATE_TIME_PARTIAL,
        /** A decimal with 2 decimal places and a point (amounts). */
        DECIMAL_2,
        /** A decimal with at most 2 decimal places and a point (weights in kg). */
        DECIMAL_UP_TO_2,
        /** A decimal with 3 decimal places and a point (unit prices, quantities). */
        DECIMAL_3,
        /** Text without spaces (registration numbers). */
        NO_SPACES
    }
}
