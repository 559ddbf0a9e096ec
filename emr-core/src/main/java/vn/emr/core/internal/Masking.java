package vn.emr.core.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Masks personal and health data for {@code toString()} and logs.
 *
 * <p>The rule of the model types' {@code toString()} ({@link #part(Object)}): it shows the type name and, per part,
 * only whether it is present: an absent part is {@code absent}, a list shows its size ({@code [2 items]}), an enum
 * shows its constant (a closed set such as {@code INPATIENT} or {@code FEMALE}), and a nested model value shows its
 * own masked form. Every other value (text, code, identifier, date, time, number, boolean) is shown as {@code ***},
 * whatever the field, so no name, diagnosis, note, lab value, amount or date ever reaches a log.
 */
public final class Masking {

    private static final String MODEL_PACKAGE = "vn.emr.core.model";

    private Masking() {
    }

    /** A masked form of the value: {@code null} stays {@code null}, otherwise {@code ***1234} or {@code ***}. */
    public static String mask(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        if (s.length() >= 10 && s.chars().allMatch(Character::isLetterOrDigit)) {
            return "***" + s.substring(s.length() - 4);
        }
        return "***";
    }

    /** One part of a model value's {@code toString()}, masked by the rule in this class's description. */
    public static String part(Object value) {
        if (value instanceof Optional<?> o) {
            return part(o.orElse(null));
        }
        if (value == null) {
            return "absent";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return "[" + c.size() + (c.size() == 1 ? " item]" : " items]");
        }
        if (value.getClass().getPackageName().equals(MODEL_PACKAGE)) {
            return value.toString();
        }
        return "***";
    }
}
