package vn.emr.core.code;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * An ICD-10 code in its dotted form ({@code J06.9}, {@code I10}, {@code B18.00}), as used by the Ministry of Health's
 * catalogue (Circular 06/2026/TT-BYT, column 18 without the dagger/asterisk marks) and the claims field
 * MA_BENH_CHINH.
 *
 * <p>{@link #parse(String)} accepts the undotted form of column 19 ({@code J069}), lower case and surrounding spaces,
 * and a trailing dagger or asterisk, and normalises them; it checks shape, not existence (see {@link Catalogue}).
 *
 * @param value the normalised dotted code
 */
public record Icd10Code(String value) {

    private static final Pattern DOTTED = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?");
    private static final Pattern UNDOTTED = Pattern.compile("([A-Z][0-9]{2})([0-9]{1,2})");

    /** Checks the shape. */
    public Icd10Code {
        if (!isWellFormed(value)) {
            throw new EmrException(CoreError.ICD10_FORMAT, "");
        }
    }

    /** Parses and normalises a code; throws {@code EMR-CORE-0304} when the shape is wrong. */
    public static Icd10Code parse(String text) {
        if (text == null) {
            throw new EmrException(CoreError.ICD10_FORMAT, "");
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.endsWith("†") || s.endsWith("*") || s.endsWith("+")) {
            s = s.substring(0, s.length() - 1);
        }
        var m = UNDOTTED.matcher(s);
        if (m.matches()) {
            s = m.group(1) + "." + m.group(2);
        }
        return new Icd10Code(s);
    }

    /** Whether the text is a code in the normalised dotted form ({@code J06.9}); the one definition of the shape. */
    public static boolean isWellFormed(String text) {
        return text != null && DOTTED.matcher(text).matches();
    }

    /** The three-character category ({@code J06} for {@code J06.9}). */
    public String category() {
        return value.substring(0, 3);
    }

    /** The chapter letter. */
    public char chapterLetter() {
        return value.charAt(0);
    }

    @Override
    public String toString() {
        return value;
    }
}
