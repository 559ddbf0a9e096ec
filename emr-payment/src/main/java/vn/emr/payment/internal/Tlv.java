package vn.emr.payment.internal;

import java.util.ArrayList;
import java.util.List;
import vn.emr.payment.PaymentError;

/**
 * Reads EMVCo data objects (2-digit ID, 2-digit length in characters, value). Lengths count Unicode code points, as
 * EMVCo 4.4.1.1 says; indices in this class are Java char indices.
 */
public final class Tlv {

    /** One data object: its ID, where its header and value sit (char indices), and its value. */
    public static final class Element {
        private final int tag;
        private final String source;
        private final int start;
        private final int valueStart;
        private final int valueEnd;
        private String value;

        Element(int tag, String source, int start, int valueStart, int valueEnd) {
            this.tag = tag;
            this.source = source;
            this.start = start;
            this.valueStart = valueStart;
            this.valueEnd = valueEnd;
        }

        /** The ID, 0-99. */
        public int tag() {
            return tag;
        }

        /** The ID as two digits. */
        public String tagName() {
            return name(tag);
        }

        /** The value. */
        public String value() {
            String v = value;
            if (v == null) {
                v = source.substring(valueStart, valueEnd);
                value = v;
            }
            return v;
        }

        /** Where the header starts. */
        public int start() {
            return start;
        }

        /** Where the value starts. */
        public int valueStart() {
            return valueStart;
        }

        /** Where the value ends (exclusive). */
        public int valueEnd() {
            return valueEnd;
        }
    }

    /** The objects of one template (or the root), in order and by ID. */
    public static final class Template {
        private final List<Element> list = new ArrayList<>(12);
        private long seenLow;
        private long seenHigh;
        private boolean broken;

        /** The object with the ID, or null (a linear scan: templates hold a dozen objects at most in practice). */
        public Element get(int tag) {
            for (int i = 0, n = list.size(); i < n; i++) {
                Element e = list.get(i);
                if (e.tag == tag) {
                    return e;
                }
            }
            return null;
        }

        private boolean markSeen(int tag) {
            long bit = 1L << (tag & 63);
            if (tag < 64) {
                boolean seen = (seenLow & bit) != 0;
                seenLow |= bit;
                return seen;
            }
            boolean seen = (seenHigh & bit) != 0;
            seenHigh |= bit;
            return seen;
        }

        /** Every object read, in order (a repeated ID is not listed twice). */
        public List<Element> list() {
            return list;
        }

        /** Whether the structure broke (the objects before the fault are kept). */
        public boolean broken() {
            return broken;
        }

        /** Whether no object was read. */
        public boolean isEmpty() {
            return list.isEmpty();
        }

        /** The last object read, or null. */
        public Element last() {
            return list.isEmpty() ? null : list.get(list.size() - 1);
        }
    }

    private static final String[] NAMES = new String[100];

    static {
        for (int i = 0; i < 100; i++) {
            NAMES[i] = (i < 10 ? "0" : "") + i;
        }
    }

    private Tlv() {
    }

    /** The ID as two digits. */
    public static String name(int tag) {
        return NAMES[tag];
    }

    /**
     * Reads the objects in {@code s[from, to)}, reporting faults to {@code issues}; stops at the first structural
     * fault. A repeated ID is reported and the first one kept.
     *
     * @param context the template's name for messages ("" for the root, "38", "38.01", "62")
     */
    public static Template read(String s, int from, int to, String context, boolean surrogates, Issues issues) {
        Template out = new Template();
        int pos = from;
        while (pos < to) {
            int t1;
            int t2;
            int l1;
            int l2;
            if (to - pos < 4 || (t1 = digit(s, pos)) < 0 || (t2 = digit(s, pos + 1)) < 0
                    || (l1 = digit(s, pos + 2)) < 0 || (l2 = digit(s, pos + 3)) < 0) {
                issues.error(pos, PaymentError.TLV_HEADER, context.isEmpty() ? "the payload" : context);
                out.broken = true;
                return out;
            }
            int tag = t1 * 10 + t2;
            int len = l1 * 10 + l2;
            int valueStart = pos + 4;
            int valueEnd = len == 0 ? valueStart : advance(s, valueStart, len, to, surrogates);
            if (len == 0) {
                issues.error(pos, PaymentError.TLV_ZERO_LENGTH, qualified(context, tag));
            } else if (valueEnd < 0) {
                issues.error(pos, PaymentError.TLV_OVERRUN, qualified(context, tag), len);
                out.broken = true;
                return out;
            }
            if (out.markSeen(tag)) {
                issues.error(pos, PaymentError.DUPLICATE_TAG, qualified(context, tag));
            } else {
                out.list.add(new Element(tag, s, pos, valueStart, valueEnd));
            }
            pos = valueEnd;
        }
        return out;
    }

    private static String qualified(String context, int tag) {
        return context.isEmpty() ? name(tag) : context + "." + name(tag);
    }

    private static int digit(String s, int i) {
        int d = s.charAt(i) - '0';
        return d >= 0 && d <= 9 ? d : -1;
    }

    private static int advance(String s, int pos, int codePoints, int limit, boolean surrogates) {
        if (!surrogates) {
            int end = pos + codePoints;
            return end <= limit ? end : -1;
        }
        int i = pos;
        for (int n = 0; n < codePoints; n++) {
            if (i >= limit) {
                return -1;
            }
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < limit && Character.isLowSurrogate(s.charAt(i + 1))
                    ? 2 : 1;
        }
        return i;
    }

    /** Number of code points in the string (its EMVCo length). */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Appends ID, 2-digit length and value; the caller has checked 1 &lt;= length &lt;= 99. */
    public static void write(StringBuilder out, String tag, String value) {
        int len = length(value);
        out.append(tag).append((char) ('0' + len / 10)).append((char) ('0' + len % 10)).append(value);
    }
}
