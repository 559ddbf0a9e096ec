package vn.emr.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * A look at the start of an XML document without parsing it: whether its prolog declares a document type, and the
 * name of its document element. Used to refuse DTDs before a parser sees them and to choose defaults; the parsers
 * still decide what the document is.
 */
public final class XmlProlog {

    private static final int HEAD = 8192;

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
