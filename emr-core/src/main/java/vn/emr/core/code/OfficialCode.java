package vn.emr.core.code;

import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/** A value of a closed official code list (Ministry of Health or Social Security), carrying its wire code. */
public interface OfficialCode {

    /** The official code as written on the wire (for example {@code "03"} for inpatient treatment). */
    String code();

    /**
     * The constant of the enum whose {@link #code()} is the given code.
     *
     * @throws EmrException {@code EMR-CORE-0008} if the code is not in the list
     */
    static <E extends Enum<E> & OfficialCode> E fromCode(Class<E> type, String code) {
        Objects.requireNonNull(type, "type");
        if (code != null) {
            for (E e : type.getEnumConstants()) {
                if (e.code().equals(code.trim())) {
                    return e;
                }
            }
        }
        throw new EmrException(CoreError.UNKNOWN_CODE, "", String.valueOf(code), type.getSimpleName());
    }
}
