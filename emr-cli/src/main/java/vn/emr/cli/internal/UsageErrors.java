package vn.emr.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import vn.emr.core.CoreError;
import vn.emr.core.Languages;
import vn.emr.core.validation.Issue;

/**
 * Turns picocli's parse failures into coded issues. The messages name the option or parameter as the command
 * declares it, never the value the user typed (it may be a password, a personal ID or a file name).
 */
public final class UsageErrors {

    private UsageErrors() {
    }

    /** The coded issue for a parse failure. */
    public static Issue of(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            return Issue.error("", CoreError.USAGE_UNKNOWN_ARGUMENT);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            String names = specs == null || specs.isEmpty() ? "?"
                    : specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            return Issue.error(specs == null || specs.isEmpty() ? "" : name(specs.get(0)),
                    CoreError.USAGE_MISSING_ARGUMENT, names);
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return Issue.error("", CoreError.USAGE_CONFLICT, declaredNames(e));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && "--lang".equals(option.longestName())) {
            return Issue.error("--lang", CoreError.USAGE_UNKNOWN_LANGUAGE);
        }
        if (arg != null) {
            return Issue.error(name(arg), CoreError.USAGE_BAD_VALUE, name(arg));
        }
        return Issue.error("", CoreError.USAGE_INVALID);
    }

    /** The declared name of an option or positional parameter (never a user's value). */
    public static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        if (arg instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return "?";
    }

    private static String declaredNames(ParameterException e) {
        return e.getCommandLine().getCommandSpec().argGroups().stream()
                .flatMap(g -> g.args().stream()).map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    /**
     * What the raw arguments ask for, read without picocli (the parse failed): {@code --json} anywhere before
     * {@code --}, and the {@code --lang} value when it is a known language.
     */
    public record Request(boolean json, Locale locale) {

        /** Scans the arguments. */
        public static Request of(String[] args) {
            boolean json = false;
            Locale locale = Languages.VIETNAMESE;
            for (int i = 0; args != null && i < args.length; i++) {
                String a = args[i];
                if (a == null || "--".equals(a)) {
                    break;
                }
                if ("--json".equals(a)) {
                    json = true;
                } else if ("--lang".equals(a) && i + 1 < args.length) {
                    locale = known(args[i + 1], locale);
                } else if (a.startsWith("--lang=")) {
                    locale = known(a.substring("--lang=".length()), locale);
                }
            }
            return new Request(json, locale);
        }

        private static Locale known(String lang, Locale fallback) {
            return CliLanguage.parse(lang).orElse(fallback);
        }
    }
}
