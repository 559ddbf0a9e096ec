package vn.emr.core.i18n;

import java.util.Locale;

/**
 * A message argument that has its own text in each language (for example "a date yyyy-MM-dd" / "ngày dạng
 * yyyy-MM-dd"); {@link MessageBundle#format} fills it in the language of the message.
 */
public interface Localizable {

    /** The text in the given language (Vietnamese unless the locale's language is English). */
    String text(Locale locale);

    /** A fixed pair of texts. */
    static Localizable of(String vietnamese, String english) {
        return new Pair(vietnamese, english);
    }

    /** A fixed Vietnamese/English pair. */
    record Pair(String vietnamese, String english) implements Localizable {
        @Override
        public String text(Locale locale) {
            return vn.emr.core.Languages.isEnglish(locale) ? english : vietnamese;
        }

        @Override
        public String toString() {
            return english;
        }
    }
}
