package vn.emr.signature.internal;

/**
 * How a message shows a name, URI or Id taken from a document: at most {@value #MAX} characters, then the full length,
 * so a 200,000-character name never comes back as a 200 KB message. Never cuts a surrogate pair in half.
 */
public final class Shown {

    /** The most characters of a document value a message shows. */
    public static final int MAX = 64;

    private Shown() {
    }

    /** The value as a message may show it: itself when short, else its first characters and its length. */
    public static String of(CharSequence value) {
        if (value == null) {
            return "";
        }
        int length = value.length();
        if (length <= MAX) {
            return value.toString();
        }
        int cut = MAX - 16;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.subSequence(0, cut) + "\u2026(" + length + " chars)";
    }
}
