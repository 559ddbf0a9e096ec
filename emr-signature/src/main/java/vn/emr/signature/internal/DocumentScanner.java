package vn.emr.signature.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Id and each watched element is, captures every {@code ds:Signature} (top-level ones as small trees with their
 * namespace context, nested ones as subtrees of those) and feeds the canonicalizers of the digests wanted in this
 * pass. Never holds the document.
 *
 * <p>Signatures are numbered by one rule in every pass: the n-th {@code ds:Signature} start tag in document order,
 * nested or not, has ordinal n. A {@link Digester}'s excluded signature and {@link IdTarget#signature()} use it, and
 * in a capturing pass it is also the index in {@link #signatures()}.
 *
 * <p>Memory stays bounded by the number of Ids, not by their depth: an Id's path is a chain of shared parent-linked
 * path nodes (one per element that has an Id or a descendant with one), made into a string only on request. At most
 * {@link #MAX_IDS} Ids are recorded per document.
 */
public final class DocumentScanner extends DefaultHandler2 {

    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final int MAX_DEPTH = XmlLimits.MAX_DEPTH;
    static final int MAX_SIGNATURE_CHARS = 8 << 20;
    static final int MAX_SIGNATURES = 64;
    /** The most Id attributes recorded in one document (beyond it the document is refused). */
    public static final int MAX_IDS = 100_000;

    /**
     * The elements a pass counts by absolute path (either may be null: nothing counted): the element the caller
     * expects the signature to cover, and the container a signature profile places its signature in.
     */
    public record Watch(String expectedElement, String profileContainer) {
        /** Counts nothing. */
        public static final Watch NONE = new Watch(null, null);
    }

    /** One open element on a recorded Id's path: its qualified name and its parent (shared by siblings). */
    static final class PathNode {
        final PathNode parent;
        final String qName;

        PathNode(PathNode parent, String qName) {
            this.parent = parent;
            this.qName = qName;
        }

        @Override
        public String toString() {
            int length = 0;
            for (PathNode p = this; p != null; p = p.parent) {
                length += p.qName.length() + 1;
            }
            char[] out = new char[length];
            int end = length;
            for (PathNode p = this; p != null; p = p.parent) {
                end -= p.qName.length();
                p.qName.getChars(0, p.qName.length(), out, end);
                out[--end] = '/';
            }
            return new String(out);
        }
    }

    /** Where an Id attribute is. */
    public static final class IdTarget {
        private final PathNode at;
        private final int ordinal;
        private final int signature;
        private final Node node;

        IdTarget(PathNode at, int ordinal, int signature, Node node) {
            this.at = at;
            this.ordinal = ordinal;
            this.signature = signature;
            this.node = node;
        }

        /** The element's absolute path, such as {@code /HoSoBenhAn/NoiDung} (built on each call). */
        public String path() {
            return at.toString();
        }

        /** The element's start tag ordinal in document order. */
        public int ordinal() {
            return ordinal;
        }

        /** The innermost captured signature holding the element (its index in {@link #signatures()}), else -1. */
        public int signature() {
            return signature;
        }

        /** The element in its captured signature's tree (when {@link #signature()} is not -1), else null. */
        public Node node() {
            return node;
        }
    }

    /** A captured signature: top-level, or nested inside another one (then its tree is part of the outer tree). */
    public static final class CapturedSignature {
        /** Its signature ordinal (and index in {@link #signatures()}). */
        public final int ordinal;
        public final Node tree;
        public final String parentPath;
        /**
         * The bindings and xml:* attributes in scope above the root of the tree this signature's node is in (the
         * outermost signature's), so that canonicalizing any node of the tree walks its parents and then these.
         */
        public final Map<String, String> outerBindings;
        public final Map<String, String> outerXmlAttrs;
        public final int elementOrdinal;
        /** The signature this one is nested in, else null. */
        public final CapturedSignature enclosing;

        CapturedSignature(int ordinal, Node tree, String parentPath, Map<String, String> outerBindings,
                Map<String, String> outerXmlAttrs, int elementOrdinal, CapturedSignature enclosing) {
            this.ordinal = ordinal;
            this.tree = tree;
            this.parentPath = parentPath;
            this.outerBindings = outerBindings;
            this.outerXmlAttrs = outerXmlAttrs;
            this.elementOrdinal = elementOrdinal;
            this.enclosing = enclosing;
        }

        /** Whether this signature is {@code other} or nested (at any depth) inside it. */
        public boolean isOrIsInside(CapturedSignature other) {
            for (CapturedSignature s = this; s != null; s = s.enclosing) {
                if (s == other) {
                    return true;
                }
            }
            return false;
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
    private final String[] expectedSegs;
    private final String[] profileSegs;
    private int expectedElementCount;
    private int profileContainerCount;
    private final String[] containerSegs;
    private final Container container = new Container();

    private final Map<String, IdTarget> ids = new HashMap<>();
    private final List<CapturedSignature> signatures = new ArrayList<>();
    private final List<String> otherSignaturePaths = new ArrayList<>();
    /** Per open element (stack index): its name, its path node once made, its innermost signature ordinal. */
    private String[] qnames = new String[64];
    private PathNode[] pathNodes = new PathNode[64];
    private int[] innerSignature = new int[64];
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
    private int signatureOrdinals;
    private int topSignatures;
    private int containerDepth = -1;

    /**
     * @param watch the elements to count ({@link Watch#NONE} or null: none)
     * @param containerPath the absolute path of the signer's container ("/" for the root), or null
     */
    public DocumentScanner(List<Digester> digesters, boolean capture, Watch watch, String containerPath) {
        this.digesters = digesters.toArray(new Digester[0]);
        for (Digester d : digesters) {
            if (d.targetId != null) {
                waiting.computeIfAbsent(d.targetId, k -> new ArrayList<>()).add(d);
            }
        }
        this.capture = capture;
        Watch w = watch == null ? Watch.NONE : watch;
        this.expectedSegs = watchSegments(w.expectedElement());
        this.profileSegs = watchSegments(w.profileContainer());
        this.containerSegs = segments(containerPath);
    }

    /** The segments of a watched path; "/" and null watch nothing (no element has an empty path). */
    private static String[] watchSegments(String absolutePath) {
        return absolutePath == null || absolutePath.equals("/") ? null : segments(absolutePath);
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
        int myOrdinal = open(e);
        countWatched();
        detectContainer(myOrdinal);
        boolean startsSignature = e.local.equals("Signature") && DSIG.equals(e.uri);
        int sigOrdinal = startsSignature ? numberSignature() : -1;
        Node captured = capture(e, myOrdinal, sigOrdinal);
        recordIds(e, myOrdinal, captured);
        feedDigesters(e, sigOrdinal, sigOrdinal >= 0 && enclosingSignature() < 0);
    }

    /** Pushes the element on the stack; returns its start tag ordinal. */
    private int open(Node e) {
        if (depth >= MAX_DEPTH) {
            throw new EmrException(SignatureError.NESTING_TOO_DEEP, "", MAX_DEPTH);
        }
        if (depth == qnames.length) {
            qnames = Arrays.copyOf(qnames, depth * 2);
            pathNodes = Arrays.copyOf(pathNodes, depth * 2);
            innerSignature = Arrays.copyOf(innerSignature, depth * 2);
        }
        qnames[depth] = e.qName;
        pathNodes[depth] = null;
        innerSignature[depth] = depth == 0 ? -1 : innerSignature[depth - 1];
        depth++;
        if (depth == 1) {
            rootQName = e.qName;
            rootUri = e.uri;
        }
        return ordinal++;
    }

    /** Counts the watched elements (the caller's expected element, the profile's container). */
    private void countWatched() {
        if (expectedSegs != null && matches(expectedSegs)) {
            expectedElementCount++;
        }
        if (profileSegs != null && matches(profileSegs)) {
            profileContainerCount++;
        }
    }

    /** The signer's container: the first match is remembered, later matches counted, its content noticed. */
    private void detectContainer(int myOrdinal) {
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
    }

    /**
     * The open element is a {@code ds:Signature}: gives it the next ordinal (every pass, nested or not) and returns
     * it; notes where it is when not capturing.
     */
    private int numberSignature() {
        int sigOrdinal = signatureOrdinals++;
        innerSignature[depth - 1] = sigOrdinal;
        if (enclosingSignature() < 0) {
            topSignatures++;
        }
        if (!capture) {
            otherSignaturePaths.add(parentPath());
        }
        return sigOrdinal;
    }

    /** The ordinal of the innermost signature holding the open element's parent, else -1. */
    private int enclosingSignature() {
        return depth == 1 ? -1 : innerSignature[depth - 2];
    }

    /** The absolute path of the open element's parent ("/" for the root). */
    private String parentPath() {
        return depth == 1 ? "/" : pathNodeAt(depth - 2).toString();
    }

    /**
     * Signature capture: a top-level signature starts a tree, a nested one is also recorded (its node is in the
     * outer tree), and every element inside is copied into the tree. Returns the element's copy, else null.
     */
    private Node capture(Node e, int myOrdinal, int sigOrdinal) {
        if (!capture || (sigOrdinal < 0 && captureDepth < 0)) {
            return null;
        }
        Node copy = e.copyElement();
        copy.ordinal = myOrdinal;
        if (sigOrdinal >= 0 && captureDepth < 0) {
            scope.pop();
            Map<String, String> outer = scope.bindings();
            Map<String, String> outerXml = scope.xmlAttributes(false);
            scope.push(e);
            captureRoot = copy;
            captureCurrent = copy;
            captureDepth = depth;
            captureChars = 0;
            addSignature(new CapturedSignature(sigOrdinal, copy, parentPath(), outer, outerXml, myOrdinal, null));
            return copy;
        }
        captureCurrent.append(copy);
        captureCurrent = copy;
        captureChars += 64;
        checkCaptureSize();
        if (sigOrdinal >= 0) {
            CapturedSignature top = signatures.get(innerSignature[captureDepth - 1]);
            CapturedSignature enclosing = signatures.get(enclosingSignature());
            addSignature(new CapturedSignature(sigOrdinal, copy, parentPath(), top.outerBindings, top.outerXmlAttrs,
                    myOrdinal, enclosing));
        }
        return copy;
    }

    private void addSignature(CapturedSignature s) {
        if (signatures.size() >= MAX_SIGNATURES) {
            throw new EmrException(SignatureError.TOO_MANY_SIGNATURES, "", MAX_SIGNATURES);
        }
        assert s.ordinal == signatures.size() : "signature ordinal and index agree";
        signatures.add(s);
    }

    /** Id recording: unique, at most {@link #MAX_IDS}, and each starts the digesters waiting for it. */
    private void recordIds(Node e, int myOrdinal, Node captured) {
        for (int i = 0; i < e.attrCount; i++) {
            String id = e.idAt(i);
            if (id == null) {
                continue;
            }
            if (ids.size() >= MAX_IDS) {
                throw new EmrException(SignatureError.TOO_MANY_IDS, "", MAX_IDS);
            }
            int sig = capture ? innerSignature[depth - 1] : -1;
            if (ids.putIfAbsent(id, new IdTarget(pathNodeAt(depth - 1), myOrdinal, sig, captured)) != null) {
                throw new EmrException(SignatureError.DUPLICATE_ID, "", Shown.of(id));
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

    /** Digester feeding: each active digester gets the start tag, unless it leaves out this signature. */
    private void feedDigesters(Node e, int sigOrdinal, boolean topLevel) {
        for (Digester d : digesters) {
            if (!d.active || d.skipDepth > 0) {
                continue;
            }
            if (sigOrdinal >= 0 && d.leavesOut(sigOrdinal, topLevel)) {
                d.skipDepth = depth;
                continue;
            }
            d.c14n.startElement(e, scope);
        }
    }

    /** The path node of the open element at stack index i (made once, on demand, shared by its descendants). */
    private PathNode pathNodeAt(int i) {
        PathNode p = pathNodes[i];
        if (p == null) {
            p = new PathNode(i == 0 ? null : pathNodeAt(i - 1), qnames[i]);
            pathNodes[i] = p;
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

    /** Signatures not nested in another one. */
    public int topLevelSignatureCount() {
        return topSignatures;
    }

    public String rootQName() {
        return rootQName;
    }

    public String rootUri() {
        return rootUri;
    }

    /** How many elements have the watched expected-element path. */
    public int expectedElementCount() {
        return expectedElementCount;
    }

    /** How many elements have the watched profile-container path. */
    public int profileContainerCount() {
        return profileContainerCount;
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
