package vn.emr.core.model.internal;

import java.text.Normalizer;

/**
 * The builders' normalisation of names (person and facility names: {@code Patient.fullName},
 * {@code Practitioner.fullName}, {@code Facility.name}): NFC, so NFD input equals NFC input, and a name made only of
 * spaces and invisible characters (NBSP, zero-width space/joiners, word joiner, BOM, ...) becomes the empty string,
 * so the validator's required check refuses it.
 */
public final class Names {

    private Names() {
    }

    /** The NFC form of the name; {@code ""} if it has no visible character; {@code null} stays {@code null}. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String nfc = Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            if (!invisible(nfc.charAt(i))) {
                return nfc;
            }
        }
        return "";
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff'
                || c == '\u180e' || c == '\u00ad' || c == '\u200e' || c == '\u200f';
    }
}
