package vn.emr.signature.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small XML node: the element data the canonicalizer needs (name, own namespace declarations, other attributes)
 * and, for captured {@code Signature} subtrees, the children. The document itself is never held as a tree: only the
 * signatures are (they are small and bounded).
 */
public final class Node {

    public static final int ELEMENT = 1;
    public static final int TEXT = 2;
    public static final int COMMENT = 3;
    public static final int PI = 4;

    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    int kind;
    String qName;
    /** The qualified name's UTF-8 bytes when the tokenizer has them (else null). */
    byte[] qNameBytes;
    /** When the start tag's input bytes [rawStart, rawEnd) of {@code rawSource} are already canonical. */
    byte[] rawSource;
    int rawStart;
    int rawEnd;
    String prefix;
    String local;
    String uri;
    int nsCount;
    /** Allocated on the first declaration / attribute (text, comment and PI nodes have none). */
    String[] nsPrefix = NONE;
    String[] nsUri = NONE;
    int attrCount;
    String[] aQName = NONE;
    String[] aPrefix = NONE;
    String[] aLocal = NONE;
    String[] aUri = NONE;
    String[] aValue = NONE;
    /** Text of a text or comment node; data of a PI. */
    String text;
    /** Target of a PI. */
    String target;
    Node parent;
    List<Node> children;
    /** Document order of an element (its start tag's ordinal), for captured trees. */
    int ordinal;

    private static final String[] NONE = new String[0];

    Node() {
    }

    static Node element(String uri, String local, String qName) {
        Node e = new Node();
        e.kind = ELEMENT;
        e.uri = uri == null ? "" : uri;
        e.local = local;
        e.qName = qName;
        int colon = qName.indexOf(':');
        e.prefix = colon < 0 ? "" : qName.substring(0, colon);
        e.children = new ArrayList<>(4);
        return e;
    }

    static Node leaf(int kind, String text, String target) {
        Node n = new Node();
        n.kind = kind;
        n.text = text;
        n.target = target;
        return n;
    }

    void reset(String uri, String local, String qName) {
        this.kind = ELEMENT;
        this.uri = uri == null ? "" : uri;
        this.local = local;
        this.qName = qName;
        this.qNameBytes = null;
        this.rawSource = null;
        this.rawEnd = 0;
        int colon = qName.indexOf(':');
        this.prefix = colon < 0 ? "" : qName.substring(0, colon);
        this.nsCount = 0;
        this.attrCount = 0;
    }

    void addNs(String p, String u) {
        if (nsCount == nsPrefix.length) {
            int m = Math.max(4, nsCount * 2);
            nsPrefix = java.util.Arrays.copyOf(nsPrefix, m);
            nsUri = java.util.Arrays.copyOf(nsUri, m);
        }
        nsPrefix[nsCount] = p;
        nsUri[nsCount++] = u;
    }

    void addAttr(String q, String u, String l, String v) {
        if (attrCount == aQName.length) {
            int m = Math.max(4, attrCount * 2);
            aQName = java.util.Arrays.copyOf(aQName, m);
            aPrefix = java.util.Arrays.copyOf(aPrefix, m);
            aLocal = java.util.Arrays.copyOf(aLocal, m);
            aUri = java.util.Arrays.copyOf(aUri, m);
            aValue = java.util.Arrays.copyOf(aValue, m);
        }
        int colon = q.indexOf(':');
        aQName[attrCount] = q;
        aPrefix[attrCount] = colon < 0 ? "" : q.substring(0, colon);
        aLocal[attrCount] = l;
        aUri[attrCount] = u == null ? "" : u;
        aValue[attrCount++] = v;
    }

    /** A copy of this element's data (not its children), for a tree. */
    Node copyElement() {
        Node e = element(uri, local, qName);
        for (int i = 0; i < nsCount; i++) {
            e.addNs(nsPrefix[i], nsUri[i]);
        }
        for (int i = 0; i < attrCount; i++) {
            e.addAttr(aQName[i], aUri[i], aLocal[i], aValue[i]);
        }
        return e;
    }

    void append(Node child) {
        child.parent = this;
        children.add(child);
    }

    public int kind() {
        return kind;
    }

    public String uri() {
        return uri;
    }

    public String local() {
        return local;
    }

    public String qName() {
        return qName;
    }

    public Node parent() {
        return parent;
    }

    public List<Node> children() {
        return children == null ? List.of() : children;
    }

    public String text() {
        return text;
    }

    public boolean is(String u, String l) {
        return kind == ELEMENT && local.equals(l) && uri.equals(u);
    }

    /** The value of the attribute without namespace, or null. */
    public String attr(String name) {
        for (int i = 0; i < attrCount; i++) {
            if (aLocal[i].equals(name) && aUri[i].isEmpty()) {
                return aValue[i];
            }
        }
        return null;
    }

    /** The value of an ID attribute ({@code Id}, {@code ID}, {@code id}, {@code xml:id}) at index i, or null. */
    String idAt(int i) {
        String l = aLocal[i];
        if (aUri[i].isEmpty() ? (l.equals("Id") || l.equals("ID") || l.equals("id"))
                : (aUri[i].equals(XML_NS) && l.equals("id"))) {
            return aValue[i];
        }
        return null;
    }

    public List<Node> elements() {
        List<Node> out = new ArrayList<>();
        for (Node c : children()) {
            if (c.kind == ELEMENT) {
                out.add(c);
            }
        }
        return out;
    }

    public List<Node> elements(String u, String l) {
        List<Node> out = new ArrayList<>();
        for (Node c : children()) {
            if (c.is(u, l)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The concatenated text children (not descendants). */
    public String textContent() {
        StringBuilder sb = new StringBuilder();
        for (Node c : children()) {
            if (c.kind == TEXT) {
                sb.append(c.text);
            }
        }
        return sb.toString();
    }

    /** Every descendant element (document order), this one included. */
    public void collect(List<Node> into) {
        if (kind != ELEMENT) {
            return;
        }
        into.add(this);
        for (Node c : children) {
            c.collect(into);
        }
    }

    @Override
    public String toString() {
        return kind == ELEMENT ? "<" + qName + ">" : "node(" + kind + ")";
    }
}
