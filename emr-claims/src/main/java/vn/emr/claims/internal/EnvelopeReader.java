package vn.emr.claims.internal;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The pull reading of a {@code GIAMDINHHS} envelope the claims checker walks, tag by tag ({@code domain/claims.md}
 * §2): the reference reading on the JDK's StAX parser ({@link #stax}), which judges every file, and a fast reading of
 * the common shape straight from the bytes ({@link #fast}, {@link EnvelopeTokenizer}), which reads what it accepts as
 * StAX does and otherwise {@link Declined declines}, so that the caller reads the file again with StAX.
 *
 * <p>Faults: a structural fault (an element where another is due, text between elements) is a {@link Structure} with
 * the path of the element it was found in; a file that is not well-formed, or holds a DOCTYPE, is an
 * {@link EmrException} of {@link ClaimsError#ENVELOPE_MALFORMED}. The fast reading never reports either: it declines.
 */
public abstract class EnvelopeReader implements AutoCloseable {

    /** A start tag. */
    public static final int START = XMLStreamConstants.START_ELEMENT;
    /** An end tag. */
    public static final int END = XMLStreamConstants.END_ELEMENT;

    /** A structural fault of the envelope, at a path; ends the reading of the file. */
    public static final class Structure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        /** The fault, found in the element at {@code path}. */
        public Structure(String path) {
            super(null, null, false, false);
            this.path = path;
        }

        /** Where it was found. */
        public String path() {
            return path;
        }
    }

    /** The fast reading met something outside its subset: the file must be read again with {@link #stax}. */
    public static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined() {
            super(null, null, false, false);
        }
    }

    static final Declined DECLINED = new Declined();

    EnvelopeReader() {
    }

    /**
     * The reference reading of a stream (which the caller closes).
     *
     * @throws EmrException {@link ClaimsError#ENVELOPE_MALFORMED} when the parser cannot start
     */
    public static EnvelopeReader stax(InputStream in) {
        return new Stax(ClaimsXml.open(in, ClaimsError.ENVELOPE_MALFORMED));
    }

    /** The fast reading of a stream (which the caller closes; it need not be buffered). */
    public static EnvelopeReader fast(InputStream in) {
        return new EnvelopeTokenizer(in);
    }

    /** The fast reading of bytes in memory. */
    public static EnvelopeReader fast(byte[] xml) {
        return new EnvelopeTokenizer(xml);
    }

    /** Reads up to the root element: whether it is {@code GIAMDINHHS} in no namespace (else the file is another). */
    public abstract boolean root();

    /** The next start or end tag ({@link #START}, {@link #END}); text other than whitespace is a {@link Structure}. */
    public abstract int nextTag();

    /** Whether the current start tag is {@code name} in no namespace. */
    abstract boolean named(String name);

    /** The fault to throw for a structural fault in the element at {@code where}. */
    abstract RuntimeException structure(String where);

    /** The next tag must be the start of {@code name}. */
    public final void start(String name, String where) {
        if (nextTag() != START) {
            throw structure(where);
        }
        expect(name, where);
    }

    /** The current start tag must be {@code name}. */
    public final void expect(String name, String where) {
        if (!named(name)) {
            throw structure(where);
        }
    }

    /** The next tag must be an end tag. */
    public final void end(String where) {
        if (nextTag() != END) {
            throw structure(where);
        }
    }

    /**
     * The text of the next element, which must be {@code name} and hold no element, stripped of leading and trailing
     * whitespace; null when longer than {@code max} characters.
     */
    public abstract String leaf(String name, String where, int max);

    /**
     * The bytes of the base64 text of the next element, which must be {@code name} (as {@link #leaf}, then
     * {@link ClaimsXml#base64}); null when the text is longer than {@code max} characters or not base64.
     */
    public abstract byte[] content(String name, String where, int max);

    /** Skips the rest of the current element, whatever it holds. */
    public abstract void skip();

    /** Releases the parser (not the stream). */
    @Override
    public abstract void close();

    /** The reference reading, on the JDK's StAX parser. */
    private static final class Stax extends EnvelopeReader {
        private final XMLStreamReader r;

        Stax(XMLStreamReader r) {
            this.r = r;
        }

        @Override
        public boolean root() {
            int e = next();
            while (e != XMLStreamConstants.START_ELEMENT) {
                e = next();
            }
            return named("GIAMDINHHS");
        }

        private int next() {
            return ClaimsXml.next(r, ClaimsError.ENVELOPE_MALFORMED);
        }

        @Override
        public int nextTag() {
            return nextTag(r);
        }

        /** The next start or end tag of {@code r}, as the reference reading takes it. */
        static int nextTag(XMLStreamReader r) {
            while (true) {
                int e = ClaimsXml.next(r, ClaimsError.ENVELOPE_MALFORMED);
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return e;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!r.isWhiteSpace()) {
                            // (a text event has no name to show)
                            throw new Structure("GIAMDINHHS");
                        }
                    }
                    default -> {
                        // whitespace, comments, processing instructions
                    }
                }
            }
        }

        @Override
        boolean named(String name) {
            return name.equals(r.getLocalName()) && !ClaimsXml.hasNamespace(r);
        }

        @Override
        RuntimeException structure(String where) {
            return new Structure(where);
        }

        @Override
        public String leaf(String name, String where, int max) {
            start(name, where);
            StringBuilder b = new StringBuilder();
            boolean tooLong = false;
            while (true) {
                int e = next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!tooLong) {
                            if (b.length() + r.getTextLength() > max) {
                                tooLong = true;
                                b = null;
                            } else {
                                b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return tooLong ? null : b.toString().strip();
                    }
                    case XMLStreamConstants.START_ELEMENT -> throw new Structure(where + "." + name);
                    default -> {
                        // comments and processing instructions
                    }
                }
            }
        }

        @Override
        public byte[] content(String name, String where, int max) {
            String text = leaf(name, where, max);
            return text == null ? null : ClaimsXml.base64(text);
        }

        @Override
        public void skip() {
            skip(r);
        }

        /** Skips the rest of the current element of {@code r}. */
        static void skip(XMLStreamReader r) {
            int depth = 1;
            while (depth > 0) {
                int e = ClaimsXml.next(r, ClaimsError.ENVELOPE_MALFORMED);
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        @Override
        public void close() {
            ClaimsXml.close(r);
        }
    }

    /** The reference reading's steps over a StAX reader, for the fast reading's replay of what it does not read. */
    static int staxNextTag(XMLStreamReader r) {
        return Stax.nextTag(r);
    }

    static void staxSkip(XMLStreamReader r) {
        Stax.skip(r);
    }
}
