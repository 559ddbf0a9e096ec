package vn.emr.signature;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs belonging to a class of parser disagreement already reported (issue 8 and the fuzzing findings), so that a
 * fuzzing run with {@code -Demr.fuzz.tolerateKnown=true} looks for new classes; never used by a normal build.
 */
final class KnownDisagreements {

    private static final Pattern ELEMENT_NAME = Pattern.compile("<(?![?!])/?([^\\s/>=]+)");
    private static final Pattern PI_TARGET_WITH_COLON = Pattern.compile("<\\?[^\\s?]*:");
    private static final Pattern LONG_NAMESPACE_URI = Pattern.compile(
            "xmlns(:[^=\\s]*)?\\s*=\\s*(\"[^\"]{1001}|'[^']{1001})");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s([^\\s=<>/\"']+)\\s*=");

    private KnownDisagreements() {
    }

    /** Every class name {@link #matches(byte[], Set)} knows. */
    static final Set<String> ALL = Set.of("utf16", "charref", "declaration", "xmlns", "version", "doctype", "pi",
            "names", "nsuri", "utf8");

    /**
     * Whether the input shows one of the given known classes (a coarse test: it may hide a new bug in the same
     * input).
     */
    static boolean matches(byte[] input, Set<String> classes) {
        String text = new String(input, StandardCharsets.UTF_8);
        return classes.contains("utf16") && hasNul(input) // UTF-16 without a byte order mark
                || classes.contains("charref") && (text.contains("&#0") || text.contains("&#x0")
                        || text.contains("&#X0")) // leading zeros
                || classes.contains("declaration") && declarationHasOddSpace(input) // VT, FF, NEL, U+2028
                || classes.contains("xmlns") && (text.contains("xmlns:=") || text.contains("xmlns: "))
                || classes.contains("version") && !text.startsWith("<?xml version=\"1.0\"")
                        && !text.startsWith("<?xml version='1.0'") && text.startsWith("<?xml") // not 1.0
                || classes.contains("doctype") && (text.contains("DOCTYPE") || text.contains("doctype")
                        || text.contains("DocType")) // refusal code chosen from the JDK's message text
                || classes.contains("pi") && PI_TARGET_WITH_COLON.matcher(text).find() // PI target with ':'
                || classes.contains("nsuri") && LONG_NAMESPACE_URI.matcher(text).find() // URI over 1000 chars
                || classes.contains("utf8") && invalidUtf8(input) // which error comes first
                || classes.contains("names") && hasBadName(text); // digits, combining marks, middle dot...
    }

    /** All classes. */
    static boolean matches(byte[] input) {
        return matches(input, ALL);
    }

    private static boolean invalidUtf8(byte[] input) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(input));
            return false;
        } catch (java.nio.charset.CharacterCodingException e) {
            return true;
        }
    }

    private static boolean hasNul(byte[] input) {
        for (byte b : input) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean declarationHasOddSpace(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int close = text.indexOf("?>");
        String decl = close < 0 ? text : text.substring(0, close);
        return decl.startsWith("<?xml") && decl.chars().anyMatch(c -> c == 0x0B || c == 0x0C || c == 0x85
                || c == 0x2028 || c == 0x2029 || c > 0x7F);
    }

    private static boolean hasBadName(String text) {
        for (Pattern p : new Pattern[] {ELEMENT_NAME, ATTRIBUTE_NAME}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!isXmlName(m.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A QName of XML 1.0 fifth edition and Namespaces: one or two NCNames separated by ':'. */
    private static boolean isXmlName(String name) {
        String[] parts = name.split(":", -1);
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            if (!isNcName(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNcName(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length == 0 || cps[0] == ':' || !nameStart(cps[0])) {
            return false;
        }
        for (int cp : cps) {
            if (!nameStart(cp) && !(cp == '-' || cp == '.' || (cp >= '0' && cp <= '9') || cp == 0xB7
                    || (cp >= 0x300 && cp <= 0x36F) || cp == 0x203F || cp == 0x2040)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameStart(int c) {
        return c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
                || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
                || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
                || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
                || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }
}
