package vn.emr.core;

import java.util.Locale;

/** The two languages every message of the SDK is written in: Vietnamese (the default) and English. */
public final class Languages {

    /** Vietnamese, the default language of messages. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** Whether the locale asks for English; everything else gets Vietnamese. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Parses a language tag as given on a command line ({@code vi}, {@code en}); unknown tags mean Vietnamese. */
    public static Locale of(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : VIETNAMESE;
    }
}
