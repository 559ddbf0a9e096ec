package vn.emr.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.emr.core.Languages;

/**
 * An immutable pair of UTF-8 message files, Vietnamese ({@code <base>_vi.properties}) and English
 * ({@code <base>_en.properties}), keyed by stable codes.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ...; unlike {@link java.text.MessageFormat}, apostrophes are plain
 * text. The opener is passed in (typically {@code SomeClass.class::getResourceAsStream}) so that each module reads its
 * own resources, which also works when the module is on the module path.
 */
public final class MessageBundle {

    private static final List<MessageBundle> LOADED = new CopyOnWriteArrayList<>();

    private final String baseName;
    private final Map<String, String> vietnamese;
    private final Map<String, String> english;

    private MessageBundle(String baseName, Map<String, String> vietnamese, Map<String, String> english) {
        this.baseName = baseName;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** Every bundle loaded so far in this JVM (for tests that check all bundles of all modules). */
    public static List<MessageBundle> loaded() {
        return List.copyOf(LOADED);
    }

    /**
     * Loads {@code baseName + "_vi.properties"} and {@code baseName + "_en.properties"} through the opener.
     *
     * @throws IllegalStateException if either file is missing or unreadable (a packaging fault, not user input)
     */
    public static MessageBundle load(Function<String, InputStream> opener, String baseName) {
        MessageBundle bundle = new MessageBundle(baseName, read(opener, baseName + "_vi.properties"),
                read(opener, baseName + "_en.properties"));
        LOADED.add(bundle);
        return bundle;
    }

    private static Map<String, String> read(Function<String, InputStream> opener, String name) {
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing: " + name);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new TreeMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new IllegalStateException("message bundle unreadable: " + name, e);
        }
    }

    /**
     * The message for the key in the locale's language (Vietnamese unless English is asked), placeholders filled.
     * Without arguments the text comes with its placeholders (for listings; {@code EmrException} refuses such a
     * text). Arguments beyond the placeholders are ignored.
     *
     * <p>Giving some but not all arguments is a programming fault: an assertion (tests run with {@code -ea}); without
     * assertions the missing parts are left empty.
     */
    public String format(String key, Locale locale, Object... args) {
        Map<String, String> table = Languages.isEnglish(locale) ? english : vietnamese;
        String pattern = table.get(key);
        if (pattern == null) {
            return key;
        }
        int given = args == null ? 0 : args.length;
        if (given == 0) {
            return pattern;
        }
        int wanted = placeholders(pattern).size();
        Object[] filled = args;
        if (given < wanted) {
            // a programming fault, caught by the tests (-ea); in production the missing parts are left empty, never
            // a crash and never a raw placeholder
            assert false : key + " takes " + wanted + " argument(s), given " + given;
            filled = java.util.Arrays.copyOf(args, wanted);
            java.util.Arrays.fill(filled, given, wanted, "");
        }
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Localizable l) {
                if (filled == args) {
                    filled = args.clone();
                }
                filled[i] = l.text(locale);
            }
        }
        return fill(pattern, filled);
    }

    /** The number of distinct placeholders of the key's Vietnamese text (0 for an unknown key). */
    public int placeholderCount(String key) {
        String pattern = vietnamese.get(key);
        return pattern == null ? 0 : placeholders(pattern).size();
    }

    /** The keys whose Vietnamese and English texts differ in placeholders or exist in one language only. */
    public List<String> placeholderMismatches() {
        Set<String> all = new TreeSet<>(vietnamese.keySet());
        all.addAll(english.keySet());
        List<String> out = new ArrayList<>();
        for (String key : all) {
            String vi = vietnamese.get(key);
            String en = english.get(key);
            if (vi == null || en == null || !placeholders(vi).equals(placeholders(en))) {
                out.add(key);
            }
        }
        return List.copyOf(out);
    }

    /** The number of distinct placeholders such as {@code {0}} in a bare message text. */
    public static int placeholderCountOf(String text) {
        return placeholders(text).size();
    }

    /** Whether the text still has a placeholder such as {@code {0}} (an unfilled message). */
    public static boolean hasPlaceholder(String text) {
        return !placeholders(text).isEmpty();
    }

    /** The placeholder indexes of a text; they must be 0..n-1 so that n arguments fill them all. */
    static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        int i = pattern.indexOf('{');
        while (i >= 0) {
            int close = pattern.indexOf('}', i);
            if (close > i + 1 && close - i - 1 < 3) {
                String index = pattern.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit)) {
                    found.add(Integer.parseInt(index));
                }
            }
            i = pattern.indexOf('{', i + 1);
        }
        return found;
    }

    @Override
    public String toString() {
        return "MessageBundle[" + baseName + "]";
    }

    /** Whether both languages have a text for the key. */
    public boolean hasBoth(String key) {
        return vietnamese.containsKey(key) && english.containsKey(key);
    }

    /** The keys of the given language's file. */
    public Set<String> keys(Locale locale) {
        return (Languages.isEnglish(locale) ? english : vietnamese).keySet();
    }

    static String fill(String pattern, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1) {
                String index = pattern.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit) && index.length() < 3) {
                    int n = Integer.parseInt(index);
                    out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
