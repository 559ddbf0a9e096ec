package vn.emr.fhir.internal;

/**
 * The compact JSON text {@link FastFhirWriter} appends to, with the calls of Jackson's {@code JsonGenerator} it uses and
 * the same output: members and items separated by commas without spaces, strings escaped as Jackson's generator escapes
 * them by default (which is what HAPI's JSON encoder writes through): {@code \"} and {@code \\}, the controls
 * {@code \b \t \n \f \r} by their short escapes and the other characters below U+0020 as a backslash, {@code u00}
 * and two upper-case hexadecimal digits; everything else, DEL and non-ASCII included, unchanged. Member names are this mapping's constants and
 * written as given. Measured: Jackson's generator alone took about as long for the Bundle as the whole EmrJson
 * serialization of the record, and appending the same pieces to a {@link StringBuilder} still cost about as much again, so this one copies
 * them into a growing {@code char[]} without tracking contexts.
 */
final class FastFhirJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Raised (without a stack trace) for a text with an unpaired surrogate, which HAPI writes as {@code ?}. */
    static final class Unwritable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unwritable() {
            super(null, null, false, false);
        }
    }

    private static final Unwritable UNWRITABLE = new Unwritable();

    /** The largest buffer kept for the thread's next Bundle: 128 Ki characters (256 KiB); a larger one is dropped. */
    private static final int KEPT = 1 << 17;

    /** One buffer per thread, reused: a Bundle's text is built in it and copied once into the String. */
    private static final ThreadLocal<char[]> BUFFER = new ThreadLocal<>();

    private char[] buf;
    private int len;
    private boolean comma;

    FastFhirJson(int capacity) {
        char[] kept = BUFFER.get();
        if (kept != null && kept.length >= capacity) {
            BUFFER.remove(); // a nested use (none today) gets its own
            this.buf = kept;
        } else {
            this.buf = new char[capacity];
        }
    }

    private void room(int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void put(char c) {
        room(1);
        buf[len++] = c;
    }

    private void put(String s) {
        int n = s.length();
        room(n);
        s.getChars(0, n, buf, len);
        len += n;
    }

    private void separate() {
        if (comma) {
            put(',');
        }
    }

    void writeStartObject() {
        separate();
        put('{');
        comma = false;
    }

    void writeEndObject() {
        put('}');
        comma = true;
    }

    void writeEndArray() {
        put(']');
        comma = true;
    }

    void writeFieldName(String name) {
        separate();
        int n = name.length();
        room(n + 3);
        char[] b = buf;
        b[len++] = '"';
        name.getChars(0, n, b, len);
        len += n;
        b[len++] = '"';
        b[len++] = ':';
        comma = false;
    }

    void writeObjectFieldStart(String name) {
        writeFieldName(name);
        put('{');
    }

    void writeArrayFieldStart(String name) {
        writeFieldName(name);
        put('[');
    }

    void writeString(String value) {
        separate();
        quoted(value);
        comma = true;
    }

    void writeStringField(String name, String value) {
        writeFieldName(name);
        quoted(value);
        comma = true;
    }

    /**
     * A member whose value needs no escaping and has no surrogate: one of this mapping's constants (systems, URLs,
     * codes, titles), an entry URL or base64; copied without the scan {@link #writeStringField} makes.
     */
    void writeConstantField(String name, String value) {
        writeFieldName(name);
        int n = value.length();
        room(n + 2);
        char[] b = buf;
        b[len++] = '"';
        value.getChars(0, n, b, len);
        len += n;
        b[len++] = '"';
        comma = true;
    }

    void writeNumberField(String name, int value) {
        writeFieldName(name);
        put(Integer.toString(value));
        comma = true;
    }

    /**
     * A member whose value is a date or date-time in digits: {@code yyyy-MM-dd} and, when {@code hour >= 0},
     * {@code THH:mm:ss.SSS} and the offset text (which needs no escaping); the year has four digits.
     */
    void writeDateField(String name, int year, int month, int day, int hour, int minute, int second, int millis,
            String offset) {
        writeFieldName(name);
        room(32 + offset.length());
        char[] b = buf;
        int at = len;
        b[at++] = '"';
        at = digits(b, at, year, 4);
        b[at++] = '-';
        at = digits(b, at, month, 2);
        b[at++] = '-';
        at = digits(b, at, day, 2);
        if (hour >= 0) {
            b[at++] = 'T';
            at = digits(b, at, hour, 2);
            b[at++] = ':';
            at = digits(b, at, minute, 2);
            b[at++] = ':';
            at = digits(b, at, second, 2);
            b[at++] = '.';
            at = digits(b, at, millis, 3);
            offset.getChars(0, offset.length(), b, at);
            at += offset.length();
        }
        b[at++] = '"';
        len = at;
        comma = true;
    }

    private static int digits(char[] b, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            b[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + count;
    }

    /** A number already in its JSON form. */
    void writeNumber(String text) {
        separate();
        put(text);
        comma = true;
    }

    void writeBooleanField(String name, boolean value) {
        writeFieldName(name);
        put(value ? "true" : "false");
        comma = true;
    }

    /** A complete JSON value that needs no escaping (a constant fragment of this mapping). */
    void writeRawValue(String json) {
        separate();
        put(json);
        comma = true;
    }

    private void quoted(String value) {
        int n = value.length();
        room(n + 2);
        char[] b = buf;
        b[len++] = '"';
        // copy first, then scan the copy: escapes are rare
        value.getChars(0, n, b, len);
        int end = len + n;
        for (int i = len; i < end; i++) {
            char c = b[i];
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                len = i;
                escaped(value, i - (end - n));
                return;
            }
        }
        len = end;
        b[len++] = '"';
    }

    /**
     * The rest of {@code value} from {@code from} (a character that needs escaping, or a surrogate), escaped, and the
     * closing quote; an unpaired surrogate raises {@link Unwritable}.
     */
    private void escaped(String value, int from) {
        int n = value.length();
        for (int i = from; i < n; i++) {
            char c = value.charAt(i);
            room(6);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw UNWRITABLE;
                }
                buf[len++] = c;
                buf[len++] = value.charAt(++i);
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\') {
                buf[len++] = c;
                continue;
            }
            buf[len++] = '\\';
            switch (c) {
                case '"' -> buf[len++] = '"';
                case '\\' -> buf[len++] = '\\';
                case '\b' -> buf[len++] = 'b';
                case '\t' -> buf[len++] = 't';
                case '\n' -> buf[len++] = 'n';
                case '\f' -> buf[len++] = 'f';
                case '\r' -> buf[len++] = 'r';
                default -> {
                    buf[len++] = 'u';
                    buf[len++] = '0';
                    buf[len++] = '0';
                    buf[len++] = HEX[c >> 4];
                    buf[len++] = HEX[c & 0xf];
                }
            }
        }
        put('"');
    }

    /** The text; the buffer goes back to the thread for its next Bundle (this object is not used after). */
    String finish() {
        String out = new String(buf, 0, len);
        if (buf.length <= KEPT) {
            BUFFER.set(buf);
        }
        buf = null;
        return out;
    }
}
