package vn.emr.core.identity;

import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * A person's sex as the health-insurance data exchange codes it ({@code GIOI_TINH} of the Decision 130/QĐ-BYT XML
 * tables, as amended: 1 male, 2 female, 3 undetermined); the chip-card QR prints {@code Nam}/{@code Nữ}.
 */
public enum Sex {
    /** Male ({@code Nam}), code 1. */
    MALE("1"),
    /** Female ({@code Nữ}), code 2. */
    FEMALE("2"),
    /** Not determined, code 3. */
    UNDETERMINED("3");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The {@code GIOI_TINH} code: {@code "1"}, {@code "2"} or {@code "3"}. */
    public String code() {
        return code;
    }

    /** The sex with the {@code GIOI_TINH} code, if the code is one of 1, 2, 3. */
    public static Optional<Sex> lookup(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }

    /**
     * The sex with the {@code GIOI_TINH} code.
     *
     * @throws EmrException {@link CoreError#UNKNOWN_CODE} if the code is not 1, 2 or 3
     */
    public static Sex fromCode(String code) {
        return lookup(code).orElseThrow(() -> new EmrException(CoreError.UNKNOWN_CODE, "", String.valueOf(code),
                "GIOI_TINH"));
    }
}
