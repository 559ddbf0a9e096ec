package vn.emr.signature.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

/**
 * The namespace bindings and inheritable {@code xml:*} attributes in scope, as a stack of element levels. A prefix is
 * looked up by hash (not by walking every binding in scope), and the number of declarations per element and in scope
 * is bounded ({@link XmlLimits}) on both parsing paths, since both push every element here.
 */
public final class NsScope {

    private String[] prefixes = new String[32];
    private String[] uris = new String[32];
    /** For each binding, the index of the binding of the same prefix it shadows (else -1). */
    private int[] shadowed = new int[32];
    /** Each prefix in scope to the index of its innermost binding. */
    private final Map<String, Integer> innermost = new HashMap<>();
    private int size;
    private int[] marks = new int[64];
    private String[] xmlNames = new String[8];
    private String[] xmlValues = new String[8];
    private int xmlSize;
    private int[] xmlMarks = new int[64];
    private int depth;

    /** A scope seeded with bindings and xml attributes of ancestors outside the current view. */
    public static NsScope seeded(Map<String, String> bindings, Map<String, String> xmlAttrs) {
        NsScope s = new NsScope();
        bindings.forEach(s::add);
        xmlAttrs.forEach(s::addXml);
        return s;
    }

    private void add(String p, String u) {
        if (size == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, size * 2);
            uris = Arrays.copyOf(uris, size * 2);
            shadowed = Arrays.copyOf(shadowed, size * 2);
        }
        prefixes[size] = p;
        uris[size] = u;
        Integer previous = innermost.put(p, size);
        shadowed[size++] = previous == null ? -1 : previous;
    }

    private void addXml(String name, String value) {
        if (xmlSize == xmlNames.length) {
            xmlNames = Arrays.copyOf(xmlNames, xmlSize * 2);
            xmlValues = Arrays.copyOf(xmlValues, xmlSize * 2);
        }
        xmlNames[xmlSize] = name;
        xmlValues[xmlSize++] = value;
    }

    /**
     * Opens the element's level with its namespace declarations and {@code xml:*} attributes.
     *
     * @throws EmrException {@link SignatureError#TOO_MANY_NAMESPACE_DECLARATIONS} or
     *     {@link SignatureError#TOO_MANY_NAMESPACES_IN_SCOPE} (before anything is pushed)
     */
    public void push(Node e) {
        if (e.nsCount > XmlLimits.MAX_NAMESPACE_DECLARATIONS) {
            throw new EmrException(SignatureError.TOO_MANY_NAMESPACE_DECLARATIONS, "",
                    XmlLimits.MAX_NAMESPACE_DECLARATIONS);
        }
        if (size + e.nsCount > XmlLimits.MAX_NAMESPACES_IN_SCOPE) {
            throw new EmrException(SignatureError.TOO_MANY_NAMESPACES_IN_SCOPE, "", XmlLimits.MAX_NAMESPACES_IN_SCOPE);
        }
        if (depth == marks.length) {
            marks = Arrays.copyOf(marks, depth * 2);
            xmlMarks = Arrays.copyOf(xmlMarks, depth * 2);
        }
        marks[depth] = size;
        xmlMarks[depth++] = xmlSize;
        for (int i = 0; i < e.nsCount; i++) {
            add(e.nsPrefix[i], e.nsUri[i]);
        }
        for (int i = 0; i < e.attrCount; i++) {
            if (e.aUri[i].equals(Node.XML_NS)) {
                addXml(e.aLocal[i], e.aValue[i]);
            }
        }
    }

    /** Records the element's xml:* attributes on the innermost level (after a push made before they were known). */
    void addXmlAttributes(Node e) {
        for (int i = 0; i < e.attrCount; i++) {
            if (e.aUri[i].equals(Node.XML_NS)) {
                addXml(e.aLocal[i], e.aValue[i]);
            }
        }
    }

    public void pop() {
        depth--;
        int mark = marks[depth];
        for (int i = size - 1; i >= mark; i--) {
            int previous = shadowed[i];
            if (previous < 0) {
                innermost.remove(prefixes[i]);
            } else {
                innermost.put(prefixes[i], previous);
            }
            prefixes[i] = null;
            uris[i] = null;
        }
        size = mark;
        xmlSize = xmlMarks[depth];
    }

    /** The namespace bound to the prefix ("" for no default namespace; null for an unbound prefix). */
    public String lookup(String prefix) {
        if (size > 0) {
            Integer i = innermost.get(prefix);
            if (i != null) {
                return uris[i];
            }
        }
        if (prefix.isEmpty()) {
            return "";
        }
        return "xml".equals(prefix) ? Node.XML_NS : null;
    }

    /** Every binding in scope, nearest first wins (prefix to URI; an empty default means none). */
    public Map<String, String> bindings() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = size - 1; i >= 0; i--) {
            m.putIfAbsent(prefixes[i], uris[i]);
        }
        return m;
    }

    /** The xml:* attributes in scope, excluding those of the innermost level when {@code excludeTop}. */
    public Map<String, String> xmlAttributes(boolean excludeTop) {
        int end = excludeTop && depth > 0 ? xmlMarks[depth - 1] : xmlSize;
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = end - 1; i >= 0; i--) {
            m.putIfAbsent(xmlNames[i], xmlValues[i]);
        }
        return m;
    }

    public int depth() {
        return depth;
    }
}
