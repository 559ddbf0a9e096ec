package vn.emr.signature.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

/**
 * A streaming canonicalizer (W3C C14N 1.0 and 1.1 inclusive, Exclusive C14N 1.0, with or without comments): it
 * receives parse events of a document or of one element subtree (the apex) and writes the canonical octets to a
 * {@link ByteSink}. Nothing is buffered beyond one start tag.
 *
 * <p>For the apex of a subtree, inclusive C14N renders every namespace in scope and inherits the ancestors' xml:*
 * attributes (C14N 1.1: xml:lang and xml:space only); Exclusive C14N renders only visibly used namespaces and those in
 * the InclusiveNamespaces prefix list.
 *
 * <p>C14N 1.1's xml:base fix-up (§2.4) is not implemented: a C14N 1.1 subtree whose omitted ancestors carry
 * {@code xml:base} is refused ({@link SignatureError#C14N11_XML_BASE_UNSUPPORTED}) rather than canonicalized wrongly.
 */
public final class Canonicalizer {

    private final C14nMethod method;
    private final Set<String> inclusivePrefixes;
    private final ByteSink out;
    private final boolean wholeDocument;

    private String[] rp = new String[16];
    private String[] ru = new String[16];
    private int rsize;
    private int[] rmarks = new int[64];
    private int depth;
    private boolean rootDone;

    // scratch for sorting
    private String[] sortP = new String[16];
    private String[] sortU = new String[16];
    private Integer[] attrOrder = new Integer[16];

    public Canonicalizer(C14nMethod method, Set<String> inclusivePrefixes, ByteSink out, boolean wholeDocument) {
        this.method = method;
        this.inclusivePrefixes = inclusivePrefixes == null ? Set.of() : inclusivePrefixes;
        this.out = out;
        this.wholeDocument = wholeDocument;
    }

    public ByteSink sink() {
        return out;
    }

    private String rendered(String prefix) {
        for (int i = rsize - 1; i >= 0; i--) {
            if (rp[i].equals(prefix)) {
                return ru[i];
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    private void render(String p, String u) {
        if (rsize == rp.length) {
            rp = Arrays.copyOf(rp, rsize * 2);
            ru = Arrays.copyOf(ru, rsize * 2);
        }
        rp[rsize] = p;
        ru[rsize++] = u;
    }

    /**
     * An element starts; {@code scope} already includes the element's own declarations.
     */
    public void startElement(Node e, NsScope scope) {
        if (depth == rmarks.length) {
            rmarks = Arrays.copyOf(rmarks, depth * 2);
        }
        rmarks[depth] = rsize;
        boolean apex = depth == 0;
        depth++;
        int nsOut = 0;
        if (method.exclusive()) {
            nsOut = exclusiveNamespaces(e, scope, nsOut);
        } else if (apex) {
            for (Map.Entry<String, String> b : scope.bindings().entrySet()) {
                nsOut = consider(b.getKey(), b.getValue(), nsOut);
            }
        } else {
            for (int i = 0; i < e.nsCount; i++) {
                nsOut = consider(e.nsPrefix[i], e.nsUri[i], nsOut);
            }
        }
        if (nsOut == 0 && e.attrCount == 0 && e.qNameBytes != null && !(apex && !method.exclusive()
                && hasInheritedXml(scope))) {
            if (e.rawSource != null) {
                out.raw(e.rawSource, e.rawStart, e.rawEnd);
            } else {
                out.tag('<', e.qNameBytes);
            }
            return;
        }
        out.ascii('<');
        name(e);
        if (nsOut > 1) {
            sortNamespaces(nsOut);
        }
        for (int i = 0; i < nsOut; i++) {
            if (sortP[i].isEmpty()) {
                out.ascii(" xmlns=\"");
            } else {
                out.ascii(" xmlns:");
                out.raw(sortP[i]);
                out.ascii("=\"");
            }
            out.attr(sortU[i]);
            out.ascii('"');
        }
        writeAttributes(e, apex && !method.exclusive() ? scope : null);
        out.ascii('>');
    }

    private int exclusiveNamespaces(Node e, NsScope scope, int nsOut) {
        nsOut = use(e.prefix, scope, nsOut);
        for (int i = 0; i < e.attrCount; i++) {
            String p = e.aPrefix[i];
            if (!p.isEmpty() && !p.equals("xml")) {
                nsOut = use(p, scope, nsOut);
            }
        }
        if (!inclusivePrefixes.isEmpty()) {
            for (String p : inclusivePrefixes) {
                String u = scope.lookup(p);
                if (u != null && !(p.isEmpty() && u.isEmpty() && rendered("").isEmpty())) {
                    nsOut = consider(p, u, nsOut);
                }
            }
        }
        return nsOut;
    }

    private int use(String p, NsScope scope, int nsOut) {
        for (int i = 0; i < nsOut; i++) {
            if (sortP[i].equals(p)) {
                return nsOut;
            }
        }
        String u = scope.lookup(p);
        return u == null ? nsOut : consider(p, u, nsOut);
    }

    /** Renders the binding when the nearest rendered ancestor does not already have it. */
    private int consider(String p, String u, int nsOut) {
        if (p.equals("xml")) {
            return nsOut;
        }
        String r = rendered(p);
        if (u.equals(r == null ? "\u0000" : r)) {
            return nsOut;
        }
        if (r == null && u.isEmpty()) {
            return nsOut;
        }
        for (int i = 0; i < nsOut; i++) {
            if (sortP[i].equals(p)) {
                return nsOut;
            }
        }
        if (nsOut == sortP.length) {
            sortP = Arrays.copyOf(sortP, nsOut * 2);
            sortU = Arrays.copyOf(sortU, nsOut * 2);
        }
        sortP[nsOut] = p;
        sortU[nsOut] = u;
        render(p, u);
        return nsOut + 1;
    }

    private void sortNamespaces(int count) {
        for (int i = 1; i < count; i++) {
            String p = sortP[i];
            String u = sortU[i];
            int j = i - 1;
            while (j >= 0 && sortP[j].compareTo(p) > 0) {
                sortP[j + 1] = sortP[j];
                sortU[j + 1] = sortU[j];
                j--;
            }
            sortP[j + 1] = p;
            sortU[j + 1] = u;
        }
    }

    private void writeAttributes(Node e, NsScope inheritFrom) {
        int count = e.attrCount;
        Map<String, String> inherited = null;
        if (inheritFrom != null) {
            inherited = inheritFrom.xmlAttributes(true);
            if (method.version11() && inherited.containsKey("base")) {
                // C14N 1.1 §2.4 would join the omitted ancestors' xml:base into the apex's: not implemented, refused
                throw new EmrException(SignatureError.C14N11_XML_BASE_UNSUPPORTED, "");
            }
            for (int i = 0; i < count; i++) {
                if (e.aUri[i].equals(Node.XML_NS)) {
                    inherited.remove(e.aLocal[i]);
                }
            }
            if (method.version11()) {
                inherited.keySet().retainAll(Set.of("lang", "space"));
            }
        }
        if (count == 0 && (inherited == null || inherited.isEmpty())) {
            return;
        }
        if (inherited == null || inherited.isEmpty()) {
            if (count == 1) {
                writeAttr(e.aQName[0], e.aValue[0]);
                return;
            }
            if (attrOrder.length < count) {
                attrOrder = new Integer[count * 2];
            }
            for (int i = 0; i < count; i++) {
                attrOrder[i] = i;
            }
            Arrays.sort(attrOrder, 0, count, (a, b) -> {
                int c = e.aUri[a].compareTo(e.aUri[b]);
                return c != 0 ? c : e.aLocal[a].compareTo(e.aLocal[b]);
            });
            for (int i = 0; i < count; i++) {
                int k = attrOrder[i];
                writeAttr(e.aQName[k], e.aValue[k]);
            }
            return;
        }
        Node merged = e.copyElement();
        for (Map.Entry<String, String> x : inherited.entrySet()) {
            merged.addAttr("xml:" + x.getKey(), Node.XML_NS, x.getKey(), x.getValue());
        }
        writeAttributes(merged, null);
    }

    private void writeAttr(String qName, String value) {
        out.ascii(' ');
        out.raw(qName);
        out.ascii("=\"");
        out.attr(value);
        out.ascii('"');
    }

    private static boolean hasInheritedXml(NsScope scope) {
        return !scope.xmlAttributes(true).isEmpty();
    }

    private void name(Node e) {
        if (e.qNameBytes != null) {
            out.bytes(e.qNameBytes);
        } else {
            out.raw(e.qName);
        }
    }

    public void endElement(Node e) {
        endElement(e.qName, e.qNameBytes);
    }

    /** An element ends (its name's UTF-8 bytes when known, else null). */
    public void endElement(String qName, byte[] qNameBytes) {
        endElement(qName, qNameBytes, null, 0, 0);
    }

    /** An element ends; when {@code raw} is given, its input bytes [start, end) are the canonical end tag. */
    public void endElement(String qName, byte[] qNameBytes, byte[] raw, int start, int end) {
        if (raw != null) {
            out.raw(raw, start, end);
        } else if (qNameBytes != null) {
            out.endTag(qNameBytes);
        } else {
            out.ascii("</");
            out.raw(qName);
            out.ascii('>');
        }
        depth--;
        rsize = rmarks[depth];
        if (depth == 0) {
            rootDone = true;
        }
    }

    public void text(char[] ch, int off, int len) {
        if (depth > 0) {
            out.text(ch, off, len);
        }
    }

    /** UTF-8 text with none of '&', '<', '>' or CR in it (the tokenizer splits those out). */
    public void textUtf8(byte[] b, int off, int len) {
        if (depth > 0) {
            out.raw(b, off, off + len);
        }
    }

    public void comment(char[] ch, int off, int len) {
        if (!method.withComments()) {
            return;
        }
        boolean outside = depth == 0;
        if (outside && !wholeDocument) {
            return;
        }
        if (outside && rootDone) {
            out.ascii('\n');
        }
        out.ascii("<!--");
        out.raw(new String(ch, off, len));
        out.ascii("-->");
        if (outside && !rootDone) {
            out.ascii('\n');
        }
    }

    public void processingInstruction(String target, String data) {
        boolean outside = depth == 0;
        if (outside && !wholeDocument) {
            return;
        }
        if (outside && rootDone) {
            out.ascii('\n');
        }
        out.ascii("<?");
        out.raw(target);
        if (data != null && !data.isEmpty()) {
            out.ascii(' ');
            out.raw(data);
        }
        out.ascii("?>");
        if (outside && !rootDone) {
            out.ascii('\n');
        }
    }

    /** Replays a captured subtree (the apex is {@code e}; {@code scope} holds its ancestors' bindings). */
    public void replay(Node e, NsScope scope) {
        replay(e, scope, null);
    }

    /**
     * The digest of a captured subtree's canonical form, leaving out the descendant element {@code leaveOut} (the
     * enveloped-signature transform of a signature inside the subtree; null or not a descendant: nothing is left
     * out). The bindings and xml:* attributes are those in scope above the root of {@code target}'s tree.
     */
    public static byte[] digest(Node target, Node leaveOut, Map<String, String> outerBindings,
            Map<String, String> outerXml, C14nMethod method, Set<String> prefixes, MessageDigest digest) {
        NsScope scope = NsScope.seeded(outerBindings, outerXml);
        List<Node> ancestors = new ArrayList<>();
        for (Node p = target.parent; p != null; p = p.parent) {
            ancestors.add(p);
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            scope.push(ancestors.get(i));
        }
        ByteSink sink = new ByteSink(digest, false);
        new Canonicalizer(method, prefixes, sink, false).replay(target, scope, leaveOut);
        return sink.digestValue();
    }

    private void replay(Node e, NsScope scope, Node leaveOut) {
        scope.push(e);
        startElement(e, scope);
        for (Node c : e.children) {
            if (c == leaveOut) {
                continue;
            }
            switch (c.kind) {
                case Node.ELEMENT:
                    replay(c, scope, leaveOut);
                    break;
                case Node.TEXT:
                    char[] t = c.text.toCharArray();
                    text(t, 0, t.length);
                    break;
                case Node.COMMENT:
                    char[] m = c.text.toCharArray();
                    comment(m, 0, m.length);
                    break;
                default:
                    processingInstruction(c.target, c.text);
            }
        }
        endElement(e);
        scope.pop();
    }
}
