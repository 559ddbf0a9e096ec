package vn.emr.payment.internal;

import java.text.Normalizer;

/** Character classes of EMVCo (ans = printable ASCII) and the Vietnamese-to-ASCII folding used for tag 62. */
public final class Text {

    private Text() {
    }

    /** Whether every char is printable ASCII 0x20-0x7E (EMV Book 4 common character set). */
    public static boolean isAns(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Whether the string is non-empty and all ASCII digits. */
    public static boolean isDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes Vietnamese diacritics: NFD, drop combining marks, {@code đ}→{@code d}, {@code Đ}→{@code D}. Characters
     * that are not Latin letters with marks (CJK, emoji, control characters) are kept, so the caller can refuse them.
     */
    public static String foldVietnamese(String s) {
        if (isAns(s)) {
            return s;
        }
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ') {
                out.append('d');
            } else if (c == 'Đ') {
                out.append('D');
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
