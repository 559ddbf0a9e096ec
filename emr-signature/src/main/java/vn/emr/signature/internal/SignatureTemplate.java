package vn.emr.signature.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * Builds the {@code Signature} element the signer inserts (the .NET {@code SignedXml} shape: default namespace, no
 * whitespace, base64 on one line), computes its canonical {@code SignedInfo} and serializes it.
 */
public final class SignatureTemplate {

    static final String DSIG = DocumentScanner.DSIG;

    private final Node signature;
    private final Node signedInfo;
    private final Node signatureValue;
    private final Node dataDigest;
    private Node propsDigest;
    private Node signedProperties;

    /**
     * @param id the signature Id, or null
     * @param c14n the CanonicalizationMethod of SignedInfo
     * @param signatureMethodUri the SignatureMethod URI
     * @param digestUri the DigestMethod URI of every reference
     * @param referenceUri the data reference URI ("", "#id" or a detached name)
     * @param enveloped whether the data reference has the enveloped-signature transform
     * @param referenceC14n an explicit C14N transform for the data reference, or null
     */
    public SignatureTemplate(String id, C14nMethod c14n, String signatureMethodUri, String digestUri,
            String referenceUri, boolean enveloped, C14nMethod referenceC14n) {
        signature = Node.element(DSIG, "Signature", "Signature");
        signature.addNs("", DSIG);
        if (id != null) {
            signature.addAttr("Id", "", "Id", id);
        }
        signedInfo = child(signature, "SignedInfo");
        child(signedInfo, "CanonicalizationMethod").addAttr("Algorithm", "", "Algorithm", c14n.uri());
        child(signedInfo, "SignatureMethod").addAttr("Algorithm", "", "Algorithm", signatureMethodUri);
        Node ref = child(signedInfo, "Reference");
        ref.addAttr("URI", "", "URI", referenceUri);
        if (enveloped || referenceC14n != null) {
            Node ts = child(ref, "Transforms");
            if (enveloped) {
                child(ts, "Transform").addAttr("Algorithm", "", "Algorithm", SignatureModel.ENVELOPED);
            }
            if (referenceC14n != null) {
                child(ts, "Transform").addAttr("Algorithm", "", "Algorithm", referenceC14n.uri());
            }
        }
        child(ref, "DigestMethod").addAttr("Algorithm", "", "Algorithm", digestUri);
        dataDigest = child(ref, "DigestValue");
        signatureValue = child(signature, "SignatureValue");
    }

    private static Node child(Node parent, String local) {
        Node n = Node.element(DSIG, local, local);
        parent.append(n);
        return n;
    }

    private static Node xchild(Node parent, String local) {
        Node n = Node.element(Xades.XADES, local, "xades:" + local);
        parent.append(n);
        return n;
    }

    private static void text(Node parent, String text) {
        parent.append(Node.leaf(Node.TEXT, text, null));
    }

    /** Adds KeyInfo with the signer certificate (DER). */
    public void keyInfo(byte[] certificate) {
        Node ki = Node.element(DSIG, "KeyInfo", "KeyInfo");
        ki.parent = signature;
        signature.children.add(2, ki);
        Node data = child(ki, "X509Data");
        text(child(data, "X509Certificate"), Base64.getEncoder().encodeToString(certificate));
    }

    /** Adds XAdES-BES SignedProperties and their reference (after the data reference). */
    public void xades(String signatureId, String signingTime, String certDigestUri, byte[] certDigest,
            String signerRole, String digestUri) {
        String propsId = signatureId + "-signedprops";
        Node ref = child(signedInfo, "Reference");
        ref.addAttr("Type", "", "Type", SignatureModel.XADES_SIGNED_PROPERTIES_TYPE);
        ref.addAttr("URI", "", "URI", "#" + propsId);
        Node ts = child(ref, "Transforms");
        child(ts, "Transform").addAttr("Algorithm", "", "Algorithm", C14nMethod.INCLUSIVE.uri());
        child(ref, "DigestMethod").addAttr("Algorithm", "", "Algorithm", digestUri);
        propsDigest = child(ref, "DigestValue");

        Node object = child(signature, "Object");
        Node qp = xchild(object, "QualifyingProperties");
        qp.addNs("xades", Xades.XADES);
        qp.addAttr("Target", "", "Target", "#" + signatureId);
        signedProperties = xchild(qp, "SignedProperties");
        signedProperties.addAttr("Id", "", "Id", propsId);
        Node ssp = xchild(signedProperties, "SignedSignatureProperties");
        text(xchild(ssp, "SigningTime"), signingTime);
        Node cert = xchild(xchild(ssp, "SigningCertificateV2"), "Cert");
        Node cd = xchild(cert, "CertDigest");
        child(cd, "DigestMethod").addAttr("Algorithm", "", "Algorithm", certDigestUri);
        text(child(cd, "DigestValue"), Base64.getEncoder().encodeToString(certDigest));
        if (signerRole != null) {
            text(xchild(xchild(xchild(ssp, "SignerRoleV2"), "ClaimedRoles"), "ClaimedRole"), signerRole);
        }
    }

    /** Fills the data reference's DigestValue. */
    public void dataDigest(byte[] digest) {
        setText(dataDigest, Base64.getEncoder().encodeToString(digest));
    }

    /** Computes and fills the SignedProperties digest, given the bindings in scope where the signature goes. */
    public void digestSignedProperties(Map<String, String> bindings, Map<String, String> xmlAttrs,
            MessageDigest digest) {
        if (signedProperties != null) {
            byte[] value = Crypto.canonicalize(signedProperties, bindings, xmlAttrs, C14nMethod.INCLUSIVE, null, digest,
                    false).digestValue();
            setText(propsDigest, Base64.getEncoder().encodeToString(value));
        }
    }

    /** The canonical SignedInfo, the bytes the key signs. */
    public byte[] canonicalSignedInfo(C14nMethod c14n, Map<String, String> bindings, Map<String, String> xmlAttrs) {
        return Crypto.canonicalize(signedInfo, bindings, xmlAttrs, c14n, null, null, true).bytes();
    }

    private static void setText(Node n, String text) {
        n.children.clear();
        text(n, text);
    }

    /**
     * The serialized {@code Signature} element (UTF-8, no declaration) cut where the base64 signature value goes:
     * the element is the first array, the value, then the second. Once prepared, the template is read only through
     * this snapshot, so a prepared signature is a value that any number of threads can complete at once.
     */
    public byte[][] serializedAroundValue() {
        StringBuilder before = new StringBuilder(4096);
        StringBuilder after = new StringBuilder(256);
        write(signature, before, after);
        return new byte[][] {before.toString().getBytes(StandardCharsets.UTF_8),
            after.toString().getBytes(StandardCharsets.UTF_8)};
    }

    /** Writes {@code e}; from the SignatureValue element's content on, into {@code after} (when not null). */
    private StringBuilder write(Node e, StringBuilder sb, StringBuilder after) {
        StringBuilder out = sb;
        out.append('<').append(e.qName);
        for (int i = 0; i < e.nsCount; i++) {
            out.append(e.nsPrefix[i].isEmpty() ? " xmlns" : " xmlns:" + e.nsPrefix[i]).append("=\"");
            escapeAttr(e.nsUri[i], out);
            out.append('"');
        }
        for (int i = 0; i < e.attrCount; i++) {
            out.append(' ').append(e.aQName[i]).append("=\"");
            escapeAttr(e.aValue[i], out);
            out.append('"');
        }
        out.append('>');
        if (e == signatureValue && after != null) {
            out = after;
        } else {
            for (Node c : e.children) {
                if (c.kind == Node.ELEMENT) {
                    out = write(c, out, after);
                } else if (c.kind == Node.TEXT) {
                    escapeText(c.text, out);
                }
            }
        }
        out.append("</").append(e.qName).append('>');
        return out;
    }

    private static void escapeText(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }

    private static void escapeAttr(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
