package vn.emr.core.model.internal;

import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/** The model builders' check of a required part: a missing (null) part is refused with {@code EMR-CORE-0005}. */
public final class Required {

    private Required() {
    }

    /**
     * The value, or a coded refusal naming the part.
     *
     * @throws EmrException {@link CoreError#REQUIRED} at {@code path} (e.g. {@code patient.fullName}) if null
     */
    public static <T> T part(T value, String path) {
        if (value == null) {
            throw new EmrException(CoreError.REQUIRED, path);
        }
        return value;
    }
}
