package vn.emr.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

/**
 * The one place where this module parses XML: the JDK's own SAX parser (Xerces), hardened. DOCTYPE is refused
 * outright (so no internal or external entity, no entity expansion), external DTDs and schemas are never loaded, there
 * is no XInclude, secure processing is on, and an entity resolver that refuses everything backs this up. Nothing is
 * ever fetched from a URI.
 *
 * <p>Readers are expensive to create, so each thread keeps one.
 */
public final class SecureXml {

    private static final SAXParserFactory FACTORY = newFactory();
    private static final ThreadLocal<XMLReader> READERS = new ThreadLocal<>();

    private SecureXml() {
    }

    private static SAXParserFactory newFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK SAX parser cannot be hardened", e);
        }
    }

    private static XMLReader reader() {
        XMLReader r = READERS.get();
        if (r == null) {
            try {
                r = FACTORY.newSAXParser().getXMLReader();
                r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                r.setEntityResolver(REFUSE);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("the JDK SAX parser cannot be hardened", e);
            }
            READERS.set(r);
        }
        return r;
    }

    private static final EntityResolver REFUSE = (publicId, systemId) -> {
        throw new SAXException("external entity refused");
    };

    /** Which parsers a document may go through; a value of the verifier or signer, never global state. */
    public enum Parsers {
        /** In-memory UTF-8 documents through the strict fast tokenizer, everything else through the JDK parser. */
        FAST_THEN_JDK,
        /** The hardened JDK parser only (for differential tests and for callers who want one parser). */
        JDK_ONLY;

        /**
         * The default: {@link #FAST_THEN_JDK}, or {@link #JDK_ONLY} when the system property
         * {@code emr.signature.jdkParserOnly} is {@code true} when the verifier or signer is created.
         */
        public static Parsers byDefault() {
            return Boolean.getBoolean("emr.signature.jdkParserOnly") ? JDK_ONLY : FAST_THEN_JDK;
        }
    }

    /**
     * Parses the document into the scanner: with {@link Parsers#FAST_THEN_JDK}, in-memory UTF-8 documents through
     * the strict fast tokenizer; anything else (files, streams, other encodings) through the hardened JDK parser.
     */
    public static void parse(XmlSource source, DocumentScanner scanner, Parsers parsers) {
        byte[] bytes = source.inMemory();
        if (bytes != null && parsers == Parsers.FAST_THEN_JDK) {
            try {
                Utf8XmlTokenizer.parse(bytes, scanner);
                return;
            } catch (Utf8XmlTokenizer.Decline declined) {
                // before any event: fall through to the JDK parser
            }
        }
        try (InputStream in = source.open()) {
            parse(in, scanner);
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_READ, "", e.getClass().getSimpleName());
        }
    }

    /**
     * Parses the stream with the handler (which also receives comments, as a lexical handler).
     *
     * @throws EmrException {@link SignatureError#DOCTYPE_REFUSED}, {@link SignatureError#MALFORMED_XML} or
     *     {@link SignatureError#IO_READ}; an {@link EmrException} thrown by the handler passes through
     */
    public static void parse(InputStream in, DefaultHandler2 handler) {
        XMLReader r = reader();
        r.setContentHandler(handler);
        r.setErrorHandler(handler);
        try {
            r.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            InputSource source = new InputSource(in);
            r.parse(source);
        } catch (HandlerAbort e) {
            throw e.exception;
        } catch (SAXParseException e) {
            throw classify(e);
        } catch (SAXException e) {
            if (e.getCause() instanceof EmrException ee) {
                throw ee;
            }
            throw new EmrException(SignatureError.MALFORMED_XML, "", safe(e.getMessage()));
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_READ, "", e.getClass().getSimpleName());
        } finally {
            // do not keep the handler (and the document it may hold) reachable from the thread
            r.setContentHandler(null);
            r.setErrorHandler(null);
            try {
                r.setProperty("http://xml.org/sax/properties/lexical-handler", null);
            } catch (SAXException ignored) {
                READERS.remove();
            }
        }
    }

    private static EmrException classify(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("disallow-doctype-decl") || m.contains("DOCTYPE")) {
            return new EmrException(SignatureError.DOCTYPE_REFUSED, "");
        }
        return new EmrException(SignatureError.MALFORMED_XML, "",
                "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + safe(m));
    }

    /** Parser messages may quote document text; keep them short. */
    private static String safe(String message) {
        if (message == null) {
            return "";
        }
        return message.length() > 160 ? message.substring(0, 160) + "..." : message;
    }

    /** Thrown by handlers to stop the parse with a coded error (unchecked, passes through the SAX parser). */
    public static final class HandlerAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EmrException exception;

        public HandlerAbort(EmrException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }
}
