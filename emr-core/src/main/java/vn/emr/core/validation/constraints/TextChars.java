package vn.emr.core.validation.constraints;

/** The character rules of {@link PlainText} and {@link FreeText}, in one place. */
final class TextChars {

    private TextChars() {
    }

    /**
     * The index of the first character the text may not hold, or -1. Free text may hold tab, line feed and carriage
     * return; plain text (names, codes, identifiers) holds no control character and no bidirectional formatting
     * character either.
     */
    static int firstForbidden(String s, boolean freeText) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (freeText && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return i;
            }
            if (!freeText && isBidiControl(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
