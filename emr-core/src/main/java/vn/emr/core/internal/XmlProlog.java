package vn.emr.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * A look at the start of an XML document without parsing it: whether its prolog declares a document type, and the
 * name of its document element. Used to refuse DTDs before a parser sees them and to choose defaults; the parsers
 * still decide what the document is.
 */
public final class XmlProlog {

    private static final int HEAD = 8192;
    /** More than any XML declaration needs. */
    private static final int DECLARATION = 512;

    private XmlProlog() {
    }

    /** Whether the prolog (after BOM, declaration, comments, processing instructions) holds a document type. */
    public static boolean hasDoctype(byte[] xml) {
        String head = head(xml);
        int i = skip(head, false);
        return i >= 0 && (head.startsWith("<!DOCTYPE", i) || head.startsWith("<!doctype", i));
    }

    /** The local name of the document element, empty when none is found in the first 8 KB. */
    public static String rootElement(byte[] xml) {
        String head = head(xml);
        int i = skip(head, true);
        if (i < 0 || head.charAt(i) != '<' || i + 1 >= head.length() || "!?/".indexOf(head.charAt(i + 1)) >= 0) {
            return "";
        }
        int j = i + 1;
        while (j < head.length() && !Character.isWhitespace(head.charAt(j)) && "/>".indexOf(head.charAt(j)) < 0) {
            j++;
        }
        String qname = head.substring(i + 1, j);
        return qname.substring(qname.indexOf(':') + 1);
    }

    /**
     * Whether the document's start says it is not UTF-8: a UTF-16 or UTF-32 byte order mark, the NUL bytes of a
     * UTF-16 or UTF-32 {@code <} without one, EBCDIC's {@code <?xm}, or a declaration whose {@code encoding} is not
     * {@code UTF-8} (in any case). A document without a declaration, or one that is not XML at all, is not judged
     * here (false): the parsers do.
     */
    public static boolean declaresOtherThanUtf8(byte[] xml) {
        int n = xml.length;
        int b0 = n > 0 ? xml[0] & 0xFF : -1;
        int b1 = n > 1 ? xml[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 && n > 1 || b1 == 0 && b0 == '<') {
            return true;
        }
        if (n >= 4 && b0 == 0x4C && b1 == 0x6F && (xml[2] & 0xFF) == 0xA7 && (xml[3] & 0xFF) == 0x94) {
            return true;
        }
        // the declaration is ASCII and comes first (after a UTF-8 byte order mark): its bytes are its characters
        int bom = n >= 3 && b0 == 0xEF && b1 == 0xBB && (xml[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(xml, bom, Math.min(n - bom, DECLARATION), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml") || head.length() <= 5 || !Character.isWhitespace(head.charAt(5))) {
            return false;
        }
        int end = head.indexOf("?>");
        String declaration = end < 0 ? head : head.substring(0, end);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return false;
        }
        int j = at + "encoding".length();
        while (j < declaration.length() && (Character.isWhitespace(declaration.charAt(j))
                || declaration.charAt(j) == '=')) {
            j++;
        }
        if (j >= declaration.length() || declaration.charAt(j) != '"' && declaration.charAt(j) != '\'') {
            return false;
        }
        int close = declaration.indexOf(declaration.charAt(j), j + 1);
        String name = close < 0 ? declaration.substring(j + 1) : declaration.substring(j + 1, close);
        return !name.equalsIgnoreCase("UTF-8");
    }

    private static String head(byte[] xml) {
        return new String(xml, 0, Math.min(xml.length, HEAD), StandardCharsets.UTF_8);
    }

    /** The index of the first markup that is not prolog (a document type counts as prolog if asked), or -1. */
    private static int skip(String head, boolean overDoctype) {
        int i = head.startsWith("\uFEFF") ? 1 : 0;
        while (i < head.length()) {
            String end;
            if (Character.isWhitespace(head.charAt(i))) {
                i++;
                continue;
            } else if (head.startsWith("<?", i)) {
                end = "?>";
            } else if (head.startsWith("<!--", i)) {
                end = "-->";
            } else if (overDoctype && head.startsWith("<!", i)) {
                int gt = head.indexOf('>', i);
                int bracket = head.indexOf('[', i);
                end = bracket >= 0 && (gt < 0 || bracket < gt) ? "]>" : ">"; // an internal subset holds '>'s
            } else {
                return i;
            }
            int e = head.indexOf(end, i);
            if (e < 0) {
                return -1;
            }
            i = e + end.length();
        }
        return -1;
    }
}
