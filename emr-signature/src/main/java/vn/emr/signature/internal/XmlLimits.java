package vn.emr.signature.internal;

/**
 * The parser limits, chosen once for both parsing paths (the fast tokenizer checks them itself; the JDK parser is
 * set to the same numbers, or {@link SecureXml} and {@link NsScope} check what it cannot), so that one document gets
 * the same error code from either path. {@code emr-signature/SECURITY.md} ("Parser limits") lists them.
 */
public final class XmlLimits {

    /** Element nesting depth ({@code EMR-SIG-0004}). */
    public static final int MAX_DEPTH = 1000;
    /**
     * Attributes on one start tag, namespace declarations included ({@code EMR-SIG-0111}); the JDK parser's
     * {@code jdk.xml.elementAttributeLimit} is set to it.
     */
    public static final int MAX_ATTRIBUTES = 1000;
    /** Namespace declarations on one start tag ({@code EMR-SIG-0112}). */
    public static final int MAX_NAMESPACE_DECLARATIONS = 100;
    /** Namespace declarations in scope at one element, all ancestors' included ({@code EMR-SIG-0113}). */
    public static final int MAX_NAMESPACES_IN_SCOPE = 1000;
    /**
     * Characters in one part of a name: the prefix or the local part of an element or attribute name, or a
     * processing-instruction target ({@code EMR-SIG-0114}); the JDK parser's {@code jdk.xml.maxXMLNameLimit} is set
     * to it.
     */
    public static final int MAX_NAME_PART_LENGTH = 1000;

    private XmlLimits() {
    }
}
