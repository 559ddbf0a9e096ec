package vn.emr.core.identity;

import java.util.Optional;

/** Sex as coded in the claims tables (GIOI_TINH: 1 male, 2 female, 3 undetermined; Decision 130/QD-BYT). */
public enum Sex {
    /** Male (Nam), code 1. */
    MALE("1"),
    /** Female (Nữ), code 2. */
    FEMALE("2"),
    /** Undetermined, code 3. */
    UNDETERMINED("3");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The official code. */
    public String code() {
        return code;
    }

    /** The value with this official code. */
    public static Optional<Sex> fromCode(String code) {
        for (Sex s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
