package vn.emr.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.Key;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JDK's own javax.xml.crypto (DOM), to make attack vectors our signer refuses to make, and to cross-check. */
final class JdkDsig {

    static final XMLSignatureFactory F = XMLSignatureFactory.getInstance("DOM");
    static final String XPATH_TRANSFORM = Transform.XPATH;

    /** Options for a JDK-made signature. */
    static final class Options {
        String c14n = CanonicalizationMethod.INCLUSIVE;
        String signatureMethod = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
        String digest = "http://www.w3.org/2001/04/xmlenc#sha256";
        String uri = "";
        List<String> transforms = new ArrayList<>(List.of(Transform.ENVELOPED));
        String xpath;
        String parent = "CHUKYDONVI";
        String idAttributeElement;
        String prefix = "";
        int references = 1;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static byte[] serialize(Document doc) throws Exception {
        javax.xml.transform.Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    static byte[] sign(byte[] xml, PrivateKey key, X509Certificate cert, Options o) throws Exception {
        Document doc = parse(xml);
        if (o.idAttributeElement != null) {
            Element e = (Element) doc.getElementsByTagNameNS("*", o.idAttributeElement).item(0);
            e.setIdAttribute("Id", true);
        }
        List<Transform> ts = new ArrayList<>();
        for (String t : o.transforms) {
            if (t.equals(Transform.XPATH)) {
                ts.add(F.newTransform(t, new XPathFilterParameterSpec(o.xpath)));
            } else {
                ts.add(F.newTransform(t, (TransformParameterSpec) null));
            }
        }
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < o.references; i++) {
            refs.add(F.newReference(o.uri, F.newDigestMethod(o.digest, null), ts, null, null));
        }
        SignedInfo si = F.newSignedInfo(F.newCanonicalizationMethod(o.c14n, (C14NMethodParameterSpec) null),
                F.newSignatureMethod(o.signatureMethod, null), refs);
        KeyInfoFactory kif = F.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.of(cert))));
        NodeList parents = doc.getElementsByTagNameNS("*", o.parent);
        Element parent = parents.getLength() > 0 ? (Element) parents.item(0) : doc.getDocumentElement();
        DOMSignContext ctx = new DOMSignContext(key, parent);
        ctx.setDefaultNamespacePrefix(o.prefix);
        if (o.signatureMethod.contains("MGF1")) {
            // the JDK signs sha256-rsa-MGF1 itself
        }
        F.newXMLSignature(si, ki).sign(ctx);
        return serialize(doc);
    }

    /** JDK core validation with the given key (no trust), secure validation on. */
    static boolean validate(byte[] xml, Key key) throws Exception {
        Document doc = parse(xml);
        NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        DOMValidateContext ctx = new DOMValidateContext(key, sigs.item(0));
        markIds(doc.getDocumentElement());
        return F.unmarshalXMLSignature(ctx).validate(ctx);
    }

    private static void markIds(Element e) {
        if (e.hasAttribute("Id")) {
            e.setIdAttribute("Id", true);
        }
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                markIds(child);
            }
        }
    }
}
