package vn.emr.cli.internal;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.emr.core.Languages;

/** The {@code --lang} values the command accepts: exactly {@code vi} and {@code en} (any case); nothing else. */
public final class CliLanguage implements ITypeConverter<Locale> {

    /** The language the tag names, or empty when it is neither vi nor en. */
    public static Optional<Locale> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.trim().toLowerCase(Locale.ROOT)) {
            case "vi" -> Optional.of(Languages.VIETNAMESE);
            case "en" -> Optional.of(Languages.ENGLISH);
            default -> Optional.empty();
        };
    }

    @Override
    public Locale convert(String value) {
        // the message never quotes the value; UsageErrors turns this into EMR-CORE-0063
        return parse(value).orElseThrow(() -> new TypeConversionException("--lang must be vi or en"));
    }
}
