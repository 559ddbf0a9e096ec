package vn.emr.signature.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.emr.core.validation.Issue;
import vn.emr.signature.SignatureError;

/**
 * What a captured {@code ds:Signature} may hold beside its signed parts. The enveloped-signature transform leaves the
 * whole {@code Signature} out of what a {@code URI=""} reference signs, so anything an attacker adds there after
 * signing (a second {@code THONGTINHOSO} in a {@code ds:Object}, a fake one in {@code KeyInfo}) still verifies unless
 * the shape is closed. {@link #chukydonvi} closes it for the claims-file profile (refusals); {@link #unsignedContent}
 * names what a generic enveloped signature carries beyond signature machinery (warnings).
 */
public final class SignatureShape {

    private static final String DSIG = DocumentScanner.DSIG;
    private static final String DSIG11 = "http://www.w3.org/2009/xmldsig11#";
    private static final int MAX_NAMED = 5;

    private SignatureShape() {
    }

    /**
     * The refusals of the CHUKYDONVI shape: the {@code Signature} holds exactly {@code SignedInfo},
     * {@code SignatureValue}, {@code KeyInfo} with only one {@code X509Data} (of {@code X509Certificate},
     * {@code X509SubjectName}, {@code X509IssuerSerial}) and, only when a reference signs XAdES properties, exactly
     * one {@code ds:Object} holding only {@code xades:QualifyingProperties}; no other character data, comment or
     * processing instruction.
     */
    public static List<Issue> chukydonvi(SignatureModel m) {
        Set<Issue> out = new LinkedHashSet<>();
        Node sig = m.signature;
        text(sig, out);
        boolean xades = m.references.stream().anyMatch(r -> SignatureModel.XADES_SIGNED_PROPERTIES_TYPE.equals(r.type));
        int objects = 0;
        int keyInfos = 0;
        for (Node k : sig.elements()) {
            if (k.is(DSIG, "SignedInfo")) {
                continue;
            }
            if (k.is(DSIG, "SignatureValue")) {
                leaf(k, SignatureError.CHUKYDONVI_FOREIGN_ELEMENT, out);
            } else if (k.is(DSIG, "KeyInfo")) {
                keyInfos++;
                keyInfo(k, keyInfos, out);
            } else if (k.is(DSIG, "Object")) {
                objects++;
                object(k, xades && objects == 1, out);
            } else {
                out.add(Issue.error("", SignatureError.CHUKYDONVI_FOREIGN_ELEMENT, Shown.of(k.qName())));
            }
        }
        return List.copyOf(out);
    }

    private static void keyInfo(Node keyInfo, int ordinal, Set<Issue> out) {
        if (ordinal > 1) {
            out.add(Issue.error("", SignatureError.CHUKYDONVI_FOREIGN_ELEMENT, Shown.of(keyInfo.qName())));
            return;
        }
        text(keyInfo, out);
        int data = 0;
        for (Node d : keyInfo.elements()) {
            if (!d.is(DSIG, "X509Data") || ++data > 1) {
                out.add(Issue.error("", SignatureError.CHUKYDONVI_KEYINFO_CONTENT, Shown.of(d.qName())));
                continue;
            }
            text(d, out);
            for (Node x : d.elements()) {
                if (x.is(DSIG, "X509Certificate") || x.is(DSIG, "X509SubjectName")) {
                    leaf(x, SignatureError.CHUKYDONVI_KEYINFO_CONTENT, out);
                } else if (x.is(DSIG, "X509IssuerSerial")) {
                    text(x, out);
                    for (Node part : x.elements()) {
                        if (part.is(DSIG, "X509IssuerName") || part.is(DSIG, "X509SerialNumber")) {
                            leaf(part, SignatureError.CHUKYDONVI_KEYINFO_CONTENT, out);
                        } else {
                            out.add(Issue.error("", SignatureError.CHUKYDONVI_KEYINFO_CONTENT,
                                    Shown.of(part.qName())));
                        }
                    }
                } else {
                    out.add(Issue.error("", SignatureError.CHUKYDONVI_KEYINFO_CONTENT, Shown.of(x.qName())));
                }
            }
        }
    }

    private static void object(Node object, boolean allowed, Set<Issue> out) {
        List<Node> kids = object.elements();
        if (!allowed || kids.size() != 1 || !kids.get(0).is(Xades.XADES, "QualifyingProperties")) {
            Node shown = kids.isEmpty() ? object : kids.get(0);
            out.add(Issue.error("", SignatureError.CHUKYDONVI_OBJECT, Shown.of(shown.qName())));
            return;
        }
        text(object, out);
    }

    /** An element holding only character data (a value): a child element is foreign content. */
    private static void leaf(Node n, SignatureError code, Set<Issue> out) {
        for (Node c : n.children()) {
            if (c.kind() == Node.ELEMENT) {
                out.add(Issue.error("", code, Shown.of(c.qName())));
            } else if (c.kind() != Node.TEXT) {
                out.add(Issue.error("", SignatureError.CHUKYDONVI_TEXT, Shown.of(n.local())));
            }
        }
    }

    /** Structure-only elements hold whitespace between their children, nothing else. */
    private static void text(Node n, Set<Issue> out) {
        for (Node c : n.children()) {
            if (c.kind() != Node.ELEMENT && (c.kind() != Node.TEXT || !c.text().isBlank())) {
                out.add(Issue.error("", SignatureError.CHUKYDONVI_TEXT, Shown.of(n.local())));
                return;
            }
        }
    }

    /**
     * What a signature holds beyond signature machinery and outside every reference of its own: {@code ds:Object}
     * content other than XAdES {@code QualifyingProperties}, {@code KeyInfo} children other than {@code X509Data},
     * {@code KeyValue} and {@code KeyName}, unknown {@code X509Data} children, character data between the structural
     * elements. At most five names (element names, or {@code "text"}), each truncated.
     */
    public static List<String> unsignedContent(SignatureModel m, Collection<Node> signedTargets) {
        Set<String> names = new LinkedHashSet<>();
        Node sig = m.signature;
        if (hasText(sig)) {
            names.add("text");
        }
        for (Node k : sig.elements()) {
            if (k.is(DSIG, "KeyInfo")) {
                if (hasText(k)) {
                    names.add("text");
                }
                for (Node d : k.elements()) {
                    if (d.is(DSIG, "X509Data")) {
                        for (Node x : d.elements()) {
                            if (!isX509DataChild(x)) {
                                names.add(Shown.of(x.qName()));
                            }
                        }
                    } else if (!d.is(DSIG, "KeyValue") && !d.is(DSIG, "KeyName")) {
                        names.add(Shown.of(d.qName()));
                    }
                }
            } else if (k.is(DSIG, "Object") && !signedTargets.contains(k)) {
                if (hasText(k)) {
                    names.add("text");
                }
                for (Node o : k.elements()) {
                    if (!o.is(Xades.XADES, "QualifyingProperties") && !signedTargets.contains(o)) {
                        names.add(Shown.of(o.qName()));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(names);
        return List.copyOf(out.subList(0, Math.min(MAX_NAMED, out.size())));
    }

    private static boolean isX509DataChild(Node x) {
        return x.is(DSIG, "X509Certificate") || x.is(DSIG, "X509SubjectName") || x.is(DSIG, "X509IssuerSerial")
                || x.is(DSIG, "X509SKI") || x.is(DSIG, "X509CRL") || x.is(DSIG11, "X509Digest");
    }

    private static boolean hasText(Node n) {
        for (Node c : n.children()) {
            if (c.kind() == Node.TEXT && !c.text().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
