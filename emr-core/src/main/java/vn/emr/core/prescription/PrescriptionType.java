package vn.emr.core.prescription;

import java.util.Optional;
import vn.emr.core.code.OfficialCode;

/**
 * The type of an e-prescription, {@code loai_don_thuoc} of the {@code gui-don-thuoc} JSON (Decision 808/QD-BYT Part V
 * as connected clients send it, lower case), which is also the last character of the prescription code. Narcotic and
 * psychotropic drugs go on prescriptions of their own (Circular 26/2025/TT-BYT art. 7 and 9).
 */
public enum PrescriptionType implements OfficialCode {
    /** {@code c}: a conventional prescription (đơn thuốc thông thường), every drug not of the types below. */
    CONVENTIONAL("c"),
    /** {@code n}: narcotic drugs (thuốc gây nghiện), Circular 26/2025 art. 7; at most 7 days for acute treatment. */
    NARCOTIC("n"),
    /** {@code h}: psychotropic drugs and precursors (thuốc hướng thần, tiền chất), Circular 26/2025 art. 9. */
    PSYCHOTROPIC("h"),
    /** {@code y}: traditional medicine (y học cổ truyền), Circular 55/2025/TT-BYT. */
    TRADITIONAL("y");

    private final String code;

    PrescriptionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The type with this exact (lower-case) code, if it is one of c, n, h, y. */
    public static Optional<PrescriptionType> lookup(String code) {
        for (PrescriptionType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type with this code; throws a coded {@link vn.emr.core.EmrException} ({@code EMR-CORE-0008}) otherwise. */
    public static PrescriptionType fromCode(String code) {
        return OfficialCode.fromCode(PrescriptionType.class, code);
    }
}
