package vn.emr.core;

import java.util.Locale;

/**
 * A stable, documented error or rule code such as {@code EMR-CORE-0101}, with its message in Vietnamese and English.
 *
 * <p>Each module declares its codes in an enum implementing this interface; the code string never changes once
 * released, so hosts and certifiers may script against it. Messages come from UTF-8 bundles keyed by the code.
 */
public interface ErrorCode {

    /** The stable code, for example {@code EMR-CORE-0101}. */
    String code();

    /** The message in the given language (Vietnamese unless the locale's language is English), arguments filled in. */
    String message(Locale locale, Object... args);

    /** The message in Vietnamese, the default language of the SDK. */
    default String message(Object... args) {
        return message(Languages.VIETNAMESE, args);
    }
}
