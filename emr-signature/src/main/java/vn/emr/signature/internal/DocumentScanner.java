package vn.emr.signature.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

/**
 * One streaming pass over a document (SAX events from {@link SecureXml}): checks Ids for duplicates, records where each
 * Id and each expected element is, captures every top-level {@code ds:Signature} as a small tree with its namespace
 * context, and feeds the canonicalizers of the digests wanted in this pass. Never holds the document.
 */
public final class DocumentScanner extends DefaultHandler2 {

    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final int MAX_DEPTH = XmlLimits.MAX_DEPTH;
    static final int MAX_SIGNATURE_CHARS = 8 << 20;
    static final int MAX_SIGNATURES = 64;

    /** Where an Id attribute is. */
    public record IdTarget(String path, int ordinal, int signature, Node node) {
    }

    /** A captured top-level signature. */
    public static final class CapturedSignature {
        public final int ordinal;
        public final Node tree;
        public final String parentPath;
        public final Map<String, String> outerBindings;
        public final Map<String, String> outerXmlAttrs;
        public final int elementOrdinal;

        CapturedSignature(int ordinal, Node tree, String parentPath, Map<String, String> outerBindings,
                Map<String, String> outerXmlAttrs, int elementOrdinal) {
            this.ordinal = ordinal;
            this.tree = tree;
            this.parentPath = parentPath;
            this.outerBindings = outerBindings;
            this.outerXmlAttrs = outerXmlAttrs;
            this.elementOrdinal = elementOrdinal;
        }
    }

    /** What the signer needs to know about the element that will hold the signature. */
    public static final class Container {
        /** Byte offsets found by the fast tokenizer (else -1): the start tag's '>' and the end tag's '<'. */
        public long startTagEnd = -1;
        public long endTagStart = -1;
        public boolean selfClosing;
        public int ordinal = -1;
        public int count;
        public boolean hasContent;
        public Map<String, String> bindings;
        public Map<String, String> xmlAttrs;
    }

    private final NsScope scope = new NsScope();
    /** Set by the fast tokenizer before each start/end event: byte offsets in the input (else -1). */
    long tagEnd = -1;
    boolean tagSelfClosing;
    long endTagStart = -1;
    private final Node elem = new Node();
    private final Digester[] digesters;
    private final Map<String, List<Digester>> waiting = new HashMap<>();
    private final boolean capture;
    private final String[] expectedPaths;
    private final int[] expectedCounts;
    private final String containerPath;
    private final Container container = new Container();

    private final Map<String, IdTarget> ids = new HashMap<>();
    private final List<CapturedSignature> signatures = new ArrayList<>();
    private final List<String> otherSignaturePaths = new ArrayList<>();
    private String[] path = new String[64];
    private String[] qnames = new String[64];
    private final String[][] expectedSegs;
    private final String[] containerSegs;
    private int depth;
    private int ordinal;
    private String rootQName;
    private String rootUri;
    private boolean commentInRoot;

    // capture state
    private Node captureRoot;
    private Node captureCurrent;
    private int captureDepth = -1;
    private long captureChars;
    private StringBuilder captureText;
    /** The captured text so far when it is one run (then captureText is empty). */
    private String capturePending;
    private int topSignatures;
    private int containerDepth = -1;

    public DocumentScanner(List<Digester> digesters, boolean capture, String[] expectedPaths, String containerPath) {
        this.digesters = digesters.toArray(new Digester[0]);
        for (Digester d : digesters) {
            if (d.targetId != null) {
                waiting.computeIfAbsent(d.targetId, k -> new ArrayList<>()).add(d);
            }
        }
        this.capture = capture;
        this.expectedPaths = expectedPaths == null ? new String[0] : expectedPaths;
        this.expectedCounts = new int[this.expectedPaths.length];
        this.containerPath = containerPath;
        this.expectedSegs = new String[this.expectedPaths.length][];
        for (int i = 0; i < this.expectedPaths.length; i++) {
            this.expectedSegs[i] = this.expectedPaths[i].equals("/") ? new String[] {"\u0000"}
                    : segments(this.expectedPaths[i]);
        }
        this.containerSegs = segments(containerPath);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        flushCaptureText();
        if (depth >= MAX_DEPTH) {
            throw new EmrException(SignatureError.NESTING_TOO_DEEP, "", MAX_DEPTH);
        }
        Node e = elem;
        e.reset(uri, localName, qName);
        int n = atts.getLength();
        for (int i = 0; i < n; i++) {
            String q = atts.getQName(i);
            if (q.startsWith("xmlns") && (q.length() == 5 || q.charAt(5) == ':')) {
                e.addNs(q.length() == 5 ? "" : q.substring(6), atts.getValue(i));
            } else {
                e.addAttr(q, atts.getURI(i), atts.getLocalName(i), atts.getValue(i));
            }
        }
        start(e);
    }

    /** The element the fast tokenizer fills before calling {@link #start(Node)}. */
    Node element() {
        return elem;
    }

    /** The namespace scope, shared with the fast tokenizer (which pushes before {@link #startPushed}). */
    NsScope scope() {
        return scope;
    }

    /** An element starts ({@code e} is the reusable element, already resolved). */
    void start(Node e) {
        scope.push(e);
        startPushed(e);
    }

    /** An element starts whose namespace level is already pushed on {@link #scope()}. */
    void startPushed(Node e) {
        flushCaptureText();
        if (depth >= MAX_DEPTH) {
            throw new EmrException(SignatureError.NESTING_TOO_DEEP, "", MAX_DEPTH);
        }
        String uri = e.uri;
        String localName = e.local;
        String qName = e.qName;
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
            qnames = java.util.Arrays.copyOf(qnames, depth * 2);
        }
        qnames[depth] = qName;
        path[depth] = null;
        depth++;
        int myOrdinal = ordinal++;
        if (depth == 1) {
            rootQName = qName;
            rootUri = e.uri;
        }
        for (int i = 0; i < expectedSegs.length; i++) {
            if (matches(expectedSegs[i])) {
                expectedCounts[i]++;
            }
        }
        if (containerSegs != null && (containerSegs.length == 0 ? depth == 1 : matches(containerSegs))) {
            container.count++;
            if (container.ordinal < 0) {
                container.ordinal = myOrdinal;
                container.bindings = scope.bindings();
                container.xmlAttrs = scope.xmlAttributes(false);
                container.startTagEnd = tagEnd;
                container.selfClosing = tagSelfClosing;
                containerDepth = depth;
            }
        } else if (containerDepth > 0 && depth == containerDepth + 1) {
            container.hasContent = true;
        }

        boolean startsSignature = captureDepth < 0 && localName.equals("Signature") && DSIG.equals(uri);
        String parentPath = startsSignature ? (depth == 1 ? "" : pathAt(depth - 2)) : null;
        int sigOrdinal = -1;
        Node captured = null;
        if (startsSignature) {
            sigOrdinal = topSignatures++;
            if (!capture) {
                otherSignaturePaths.add(parentPath.isEmpty() ? "/" : parentPath);
            } else {
                if (signatures.size() >= MAX_SIGNATURES) {
                    throw new EmrException(SignatureError.TOO_MANY_SIGNATURES, "", MAX_SIGNATURES);
                }
                scope.pop();
                Map<String, String> outer = scope.bindings();
                Map<String, String> outerXml = scope.xmlAttributes(false);
                scope.push(e);
                captured = e.copyElement();
                captured.ordinal = myOrdinal;
                captureRoot = captured;
                captureCurrent = captured;
                captureDepth = depth;
                captureChars = 0;
                signatures.add(new CapturedSignature(sigOrdinal, captured, parentPath.isEmpty() ? "/" : parentPath,
                        outer, outerXml, myOrdinal));
            }
        } else if (captureDepth > 0) {
            captured = e.copyElement();
            captured.ordinal = myOrdinal;
            captureCurrent.append(captured);
            captureCurrent = captured;
            captureChars += 64;
            checkCaptureSize();
        }

        for (int i = 0; i < e.attrCount; i++) {
            String id = e.idAt(i);
            if (id != null) {
                int sig = captureDepth > 0 ? signatures.size() - 1 : -1;
                if (ids.putIfAbsent(id, new IdTarget(pathAt(depth - 1), myOrdinal, sig, captured)) != null) {
                    throw new EmrException(SignatureError.DUPLICATE_ID, "", shortId(id));
                }
                List<Digester> w = waiting.get(id);
                if (w != null) {
                    for (Digester d : w) {
                        if (!d.active && !d.done) {
                            d.active = true;
                            d.startDepth = depth;
                        }
                    }
                }
            }
        }

        for (Digester d : digesters) {
            if (!d.active || d.skipDepth > 0) {
                continue;
            }
            if (startsSignature && (d.excludeSignature == Digester.EXCLUDE_ALL || d.excludeSignature == sigOrdinal)) {
                d.skipDepth = depth;
                continue;
            }
            d.c14n.startElement(e, scope);
        }
    }

    /** The absolute path of the open element at stack index i (built once, on demand). */
    private String pathAt(int i) {
        String p = path[i];
        if (p == null) {
            p = (i == 0 ? "" : pathAt(i - 1)) + "/" + qnames[i];
            path[i] = p;
        }
        return p;
    }

    private boolean matches(String[] segs) {
        if (segs.length != depth) {
            return false;
        }
        for (int i = depth - 1; i >= 0; i--) {
            if (!segs[i].equals(qnames[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String absolutePath) {
        if (absolutePath == null) {
            return null;
        }
        if (absolutePath.equals("/")) {
            return new String[0];
        }
        return absolutePath.substring(1).split("/");
    }

    private static String shortId(String id) {
        return id.length() > 64 ? id.substring(0, 64) + "..." : id;
    }

    private void checkCaptureSize() {
        if (captureChars > MAX_SIGNATURE_CHARS) {
            throw new EmrException(SignatureError.SIGNATURE_TOO_LARGE, "", MAX_SIGNATURE_CHARS);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        end(qName, null, null, 0, 0);
    }

    /** An element ends (its name's UTF-8 bytes may be given, and the canonical raw end tag). */
    void end(String qName, byte[] qNameBytes, byte[] raw, int rawStart, int rawEnd) {
        flushCaptureText();
        for (Digester d : digesters) {
            if (!d.active) {
                continue;
            }
            if (d.skipDepth > 0) {
                if (d.skipDepth == depth) {
                    d.skipDepth = -1;
                }
                continue;
            }
            d.c14n.endElement(qName, qNameBytes, raw, rawStart, rawEnd);
            if (d.targetId != null && d.startDepth == depth) {
                d.active = false;
                d.done = true;
            }
        }
        if (captureDepth > 0) {
            if (captureDepth == depth) {
                captureDepth = -1;
                captureRoot = null;
                captureCurrent = null;
            } else {
                captureCurrent = captureCurrent.parent;
            }
        }
        if (containerDepth == depth) {
            containerDepth = -1;
            container.endTagStart = endTagStart;
        }
        depth--;
        scope.pop();
    }


    /**
     * Whether text here would only be passed on as raw bytes to the digesters that receive the next end tag (not
     * captured, not the signer's container): then the tokenizer may hand it on as part of that end tag's raw bytes.
     */
    boolean textIsRaw() {
        return !(captureDepth > 0 || (containerDepth == depth && !container.hasContent));
    }

    /** Raw UTF-8 text that needs no escaping but '>' (none of '&', '<', CR occur in it). */
    void textUtf8(byte[] b, int start, int length) {
        if (captureDepth > 0 || (containerDepth == depth && !container.hasContent)) {
            specialTextUtf8(b, start, length);
            return;
        }
        for (Digester d : digesters) {
            if (d.active && d.skipDepth < 0) {
                d.c14n.textUtf8(b, start, length);
            }
        }
    }

    /** Text while capturing a signature or in the signer's container (kept out of the hot path above). */
    private void specialTextUtf8(byte[] b, int start, int length) {
        if (captureDepth > 0 && containerDepth != depth) {
            // captured text: kept as a String (no char[] round trip); the bytes are canonical text as they are
            String s = new String(b, start, length, java.nio.charset.StandardCharsets.UTF_8);
            if (capturePending == null && (captureText == null || captureText.length() == 0)) {
                capturePending = s;
            } else {
                if (captureText == null) {
                    captureText = new StringBuilder();
                }
                if (capturePending != null) {
                    captureText.append(capturePending);
                    capturePending = null;
                }
                captureText.append(s);
            }
            captureChars += s.length();
            checkCaptureSize();
            for (Digester d : digesters) {
                if (d.active && d.skipDepth < 0) {
                    d.c14n.textUtf8(b, start, length);
                }
            }
            return;
        }
        char[] ch = new String(b, start, length, java.nio.charset.StandardCharsets.UTF_8).toCharArray();
        characters(ch, 0, ch.length);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (captureDepth > 0) {
            if (captureText == null) {
                captureText = new StringBuilder();
            }
            if (capturePending != null) {
                captureText.append(capturePending);
                capturePending = null;
            }
            captureText.append(ch, start, length);
            captureChars += length;
            checkCaptureSize();
        }
        if (containerDepth == depth && !container.hasContent) {
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                    container.hasContent = true;
                    break;
                }
            }
        }
        for (Digester d : digesters) {
            if (d.active && d.skipDepth < 0) {
                d.c14n.text(ch, start, length);
            }
        }
    }

    private void flushCaptureText() {
        if (captureCurrent == null) {
            // not capturing: there is no node to add text to (as before, nothing is flushed then)
            return;
        }
        if (capturePending != null) {
            captureCurrent.append(Node.leaf(Node.TEXT, capturePending, null));
            capturePending = null;
            return;
        }
        if (captureText != null && captureText.length() > 0) {
            captureCurrent.append(Node.leaf(Node.TEXT, captureText.toString(), null));
            captureText.setLength(0);
        }
    }

    @Override
    public void comment(char[] ch, int start, int length) {
        flushCaptureText();
        if (captureDepth > 0) {
            captureCurrent.append(Node.leaf(Node.COMMENT, new String(ch, start, length), null));
            captureChars += length;
            checkCaptureSize();
        } else if (depth > 0) {
            commentInRoot = true;
        }
        if (containerDepth == depth) {
            container.hasContent = true;
        }
        for (Digester d : digesters) {
            if (d.active && d.skipDepth < 0 && depth > 0) {
                d.sawComment = true;
            }
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        flushCaptureText();
        if (captureDepth > 0) {
            captureCurrent.append(Node.leaf(Node.PI, data, target));
        }
        if (containerDepth == depth) {
            container.hasContent = true;
        }
        for (Digester d : digesters) {
            if (d.active && d.skipDepth < 0) {
                d.c14n.processingInstruction(target, data);
            }
        }
    }

    @Override
    public void endDocument() {
        for (Digester d : digesters) {
            if (d.targetId == null) {
                d.active = false;
                d.done = true;
            }
        }
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        throw new EmrException(SignatureError.DOCTYPE_REFUSED, "");
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings do not change the outcome
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }

    public Map<String, IdTarget> ids() {
        return ids;
    }

    public List<CapturedSignature> signatures() {
        return signatures;
    }

    /** Parent paths of signatures seen when not capturing. */
    public List<String> otherSignaturePaths() {
        return otherSignaturePaths;
    }

    public int topLevelSignatureCount() {
        return topSignatures;
    }

    public String rootQName() {
        return rootQName;
    }

    public String rootUri() {
        return rootUri;
    }

    public int expectedCount(int i) {
        return expectedCounts[i];
    }

    public boolean commentInRoot() {
        return commentInRoot;
    }

    public Container container() {
        return container;
    }

    public int elementCount() {
        return ordinal;
    }
}
