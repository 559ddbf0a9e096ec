package vn.emr.core.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.emr.core.ErrorCode;
import vn.emr.core.Languages;
import vn.emr.core.Severity;
import vn.emr.core.i18n.MessageBundle;

/**
 * One finding about an input: its severity, where it is ({@code encounter.diagnoses[2].code}, empty for the whole
 * input), a stable code, and the arguments of its message.
 *
 * <p>Arguments never carry personal data (names, ID numbers), so an issue may be logged.
 *
 * @param severity how serious the finding is
 * @param path where in the input, dotted with indices; empty for the input as a whole
 * @param code the stable code with its Vietnamese and English texts
 * @param args the message arguments
 */
public record Issue(Severity severity, String path, ErrorCode code, List<Object> args) {

    /** Validates and copies the components. */
    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        path = path == null ? "" : path;
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** An error at the path. */
    public static Issue error(String path, ErrorCode code, Object... args) {
        return new Issue(Severity.ERROR, path, code, List.of(args));
    }

    /** A warning at the path. */
    public static Issue warning(String path, ErrorCode code, Object... args) {
        return new Issue(Severity.WARNING, path, code, List.of(args));
    }

    /** The message in Vietnamese. */
    public String message() {
        return message(Languages.VIETNAMESE);
    }

    /**
     * The message in the given language. An issue made without the arguments its text needs (a programming fault,
     * refused by an assertion where an {@code EmrException} is made) shows the missing parts empty, never as a raw
     * {@code {0}}.
     */
    public String message(Locale locale) {
        String text = code.message(locale, args.toArray());
        if (args.isEmpty() && MessageBundle.hasPlaceholder(text)) {
            Object[] blanks = new Object[MessageBundle.placeholderCountOf(text)];
            Arrays.fill(blanks, "");
            text = code.message(locale, blanks);
        }
        return text;
    }

    /** The code string, for example {@code EMR-CORE-0101}. */
    public String codeString() {
        return code.code();
    }

    @Override
    public String toString() {
        return severity + " " + code.code() + (path.isEmpty() ? "" : " at " + path) + ": " + message(Languages.ENGLISH);
    }
}
