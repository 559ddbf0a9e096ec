package vn.emr.core.internal;

/** Masks personal data for {@code toString()} and logs: only the length and, for long values, the last 4 characters. */
public final class Masking {

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
}
