package vn.emr.claims.internal;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The one StAX configuration this module reads claims XML with: no DTD (a DOCTYPE is refused at its event), no
 * external entities, a resolver that refuses everything, namespace-aware, text coalesced. Nothing is ever fetched.
 */
public final class ClaimsXml {

    private static final XMLInputFactory FACTORY = newFactory(true);
    private static final XMLInputFactory CHUNKED = newFactory(false);

    private ClaimsXml() {
    }

    private static XMLInputFactory newFactory(boolean coalescing) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused");
        });
        return f;
    }

    /**
     * A reader over the bytes, which must be UTF-8 as Decision 130 says (the parser would otherwise decode them in
     * the encoding they declare, and the text would silently differ from what was written).
     *
     * @throws EmrException {@link ClaimsError#NOT_UTF8} when the start says another encoding, {@code malformed} when
     *     the reader cannot start
     */
    public static XMLStreamReader open(byte[] xml, ClaimsError malformed) {
        if (vn.emr.core.internal.XmlProlog.declaresOtherThanUtf8(xml)) {
            throw new EmrException(ClaimsError.NOT_UTF8, "");
        }
        try {
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw malformed(e, malformed);
        }
    }

    /**
     * A reader over a stream (which the caller closes) that gives long text in chunks, so that a reader can bound
     * what it keeps.
     *
     * @throws EmrException {@code malformed} when the reader cannot start
     */
    public static XMLStreamReader open(java.io.InputStream xml, ClaimsError malformed) {
        try {
            return CHUNKED.createXMLStreamReader(xml);
        } catch (XMLStreamException e) {
            throw malformed(e, malformed);
        }
    }

    /**
     * The next event; a DOCTYPE or an entity reference, the end of the input or a parse error is {@code malformed}.
     */
    public static int next(XMLStreamReader r, ClaimsError malformed) {
        try {
            if (!r.hasNext()) {
                throw new EmrException(malformed, "", "end of document");
            }
            int event = r.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new EmrException(malformed, "", "DOCTYPE");
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(e, malformed);
        }
    }

    /** The parse error as {@code code}, with its line and column (never the parser's text, which may quote input). */
    public static EmrException malformed(XMLStreamException e, ClaimsError code) {
        String where = e.getLocation() == null ? "?"
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return new EmrException(code, "", where);
    }

    /** Whether the current element has a namespace (claims elements have none). */
    public static boolean hasNamespace(XMLStreamReader r) {
        String uri = r.getNamespaceURI();
        return uri != null && !uri.isEmpty();
    }

    /** Closes the reader; it holds nothing beyond the array. */
    public static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing to release
        }
    }

    /**
     * Standard base64 once ASCII whitespace (line breaks, spaces, tabs) is removed, as real files wrap it; nothing else
     * is forgiven. Null when the text is not base64.
     */
    public static byte[] base64(String content) {
        try {
            return java.util.Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            // wrapped base64 (line breaks, spaces): decoded again without them
        }
        StringBuilder b = new StringBuilder(content.length());
        for (int j = 0; j < content.length(); j++) {
            char d = content.charAt(j);
            if (d != ' ' && d != '\t' && d != '\n' && d != '\r') {
                b.append(d);
            }
        }
        try {
            return java.util.Base64.getDecoder().decode(b.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
