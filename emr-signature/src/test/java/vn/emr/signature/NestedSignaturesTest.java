package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlSource;

/**
 * Signatures nested in another signature's {@code ds:Object}: both passes of the verifier number signatures by one
 * rule (every {@code ds:Signature} in document order), so the enveloped transform leaves out the right one, and a
 * nested signature is verified like any other. Documents are made with the JDK's javax.xml.crypto.
 */
class NestedSignaturesTest {

    static final XmlVerifier VERIFIER = XmlVerifier.strict(DsigTestPki.trust());
    /** The verifier for the signatures over #content (the default one expects the root to be covered). */
    static final XmlVerifier CONTENT = VERIFIER.withExpectedElement("/HoSoBenhAn/NoiDung");

    static final String DOC = "<HoSoBenhAn><NoiDung Id=\"content\"><BenhNhan>Nguyễn Văn A</BenhNhan>"
            + "<ChanDoan>J18.9</ChanDoan></NoiDung><ChuKy/><ChuKy2/></HoSoBenhAn>";

    /** Signs with the JDK: a reference to {@code uri} (enveloped when URI=""), appended to {@code parent}. */
    static void jdkSign(Document doc, Element parent, String uri, String id, boolean withObject) throws Exception {
        var f = JdkDsig.F;
        List<Transform> ts = uri.isEmpty()
                ? List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null))
                : List.of(f.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null));
        Reference ref = f.newReference(uri, f.newDigestMethod("http://www.w3.org/2001/04/xmlenc#sha256", null), ts,
                null, null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null), List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.of(DsigTestPki.RSA_CERT))));
        List<XMLObject> objects = withObject ? List.of(f.newXMLObject(List.of(), id + "-obj", null, null)) : null;
        markIds(doc.getDocumentElement());
        DOMSignContext ctx = new DOMSignContext(DsigTestPki.RSA_KEYS.getPrivate(), parent);
        f.newXMLSignature(si, ki, objects, id, null).sign(ctx);
    }

    static Element objectOf(Document doc, String signatureId) {
        NodeList objects = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Object");
        for (int i = 0; i < objects.getLength(); i++) {
            Element o = (Element) objects.item(i);
            if ((signatureId + "-obj").equals(o.getAttribute("Id"))) {
                return o;
            }
        }
        throw new AssertionError("no Object of " + signatureId);
    }

    static Element first(Document doc, String name) {
        return (Element) doc.getElementsByTagName(name).item(0);
    }

    /** Outer A (enveloped, URI="") whose Object holds B over #content. */
    static byte[] envelopedHoldingIdSignature() throws Exception {
        Document doc = JdkDsig.parse(Docs.bytes(DOC));
        jdkSign(doc, first(doc, "ChuKy"), "", "sigA", true);
        jdkSign(doc, objectOf(doc, "sigA"), "#content", "sigB", false);
        return JdkDsig.serialize(doc);
    }

    /** Outer A over #content whose Object holds B (enveloped, URI=""). */
    static byte[] idSignatureHoldingEnveloped() throws Exception {
        Document doc = JdkDsig.parse(Docs.bytes(DOC));
        jdkSign(doc, first(doc, "ChuKy"), "#content", "sigA", true);
        jdkSign(doc, objectOf(doc, "sigA"), "", "sigB", false);
        return JdkDsig.serialize(doc);
    }

    /** A over #content holding B over #content, then a later top-level C (enveloped, URI="") over all of it. */
    static byte[] nestedThenLaterEnveloped() throws Exception {
        Document doc = JdkDsig.parse(Docs.bytes(DOC));
        jdkSign(doc, first(doc, "ChuKy"), "#content", "sigA", true);
        jdkSign(doc, objectOf(doc, "sigA"), "#content", "sigB", false);
        jdkSign(doc, first(doc, "ChuKy2"), "", "sigC", false);
        return JdkDsig.serialize(doc);
    }

    static void markIds(Element e) {
        if (e.hasAttribute("Id")) {
            e.setIdAttribute("Id", true);
        }
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                markIds(child);
            }
        }
    }

    /** Every signature of the document validates with the JDK (secure validation on). */
    static void jdkValidatesAll(byte[] xml, int expected) throws Exception {
        Document doc = JdkDsig.parse(xml);
        markIds(doc.getDocumentElement());
        NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        assertThat(sigs.getLength()).isEqualTo(expected);
        for (int i = 0; i < sigs.getLength(); i++) {
            DOMValidateContext ctx = new DOMValidateContext(DsigTestPki.RSA_CERT.getPublicKey(), sigs.item(i));
            assertThat(JdkDsig.F.unmarshalXMLSignature(ctx).validate(ctx)).as("JDK, signature %d", i).isTrue();
        }
    }

    /**
     * Every signature verifies (no error at all) with the verifier that expects what it covers: the root for the
     * enveloped ones, {@code /HoSoBenhAn/NoiDung} for those over #content.
     */
    static void verifiesAll(byte[] xml, List<String> ids, List<String> overContent) {
        for (SecureXmlParsers p : SecureXmlParsers.values()) {
            VerificationResult root = VERIFIER.withParsers(p.value).verify(xml);
            VerificationResult content = CONTENT.withParsers(p.value).verify(xml);
            assertThat(root.signatures()).extracting(SignatureResult::id).as(p.name())
                    .containsExactlyElementsOf(ids);
            for (int i = 0; i < ids.size(); i++) {
                boolean byId = overContent.contains(ids.get(i));
                SignatureResult s = (byId ? content : root).signatures().get(i);
                assertThat(s.errors()).as("%s %s", p.name(), s.id()).isEmpty();
                assertThat(s.signedElement()).isEqualTo(byId ? "/HoSoBenhAn/NoiDung" : "/HoSoBenhAn");
            }
        }
    }

    static void tamperedFailsAll(byte[] xml, int count) {
        byte[] bad = Docs.bytes(Docs.utf8(xml).replace("J18.9", "J18.0"));
        for (SecureXmlParsers p : SecureXmlParsers.values()) {
            VerificationResult r = VERIFIER.withParsers(p.value).verify(bad);
            assertThat(r.valid()).isFalse();
            assertThat(r.signatures()).hasSize(count);
            for (SignatureResult s : r.signatures()) {
                assertThat(s.errors()).as("%s %s", p.name(), s.id()).extracting(Issue::code)
                        .contains(SignatureError.DIGEST_MISMATCH);
            }
        }
    }

    /** Both parser paths (they feed the same scanner). */
    enum SecureXmlParsers {
        FAST(SecureXml.Parsers.FAST_THEN_JDK),
        JDK(SecureXml.Parsers.JDK_ONLY);

        final SecureXml.Parsers value;

        SecureXmlParsers(SecureXml.Parsers value) {
            this.value = value;
        }
    }

    @Test
    void envelopedSignatureHoldingASignatureOverAnIdVerifiesBoth() throws Exception {
        byte[] xml = envelopedHoldingIdSignature();
        jdkValidatesAll(xml, 2);
        verifiesAll(xml, List.of("sigA", "sigB"), List.of("sigB"));
        tamperedFailsAll(xml, 2);
    }

    @Test
    void idSignatureHoldingAnEnvelopedSignatureVerifiesBoth() throws Exception {
        byte[] xml = idSignatureHoldingEnveloped();
        jdkValidatesAll(xml, 2);
        verifiesAll(xml, List.of("sigA", "sigB"), List.of("sigA"));
        tamperedFailsAll(xml, 2);
    }

    @Test
    void aLaterEnvelopedSignatureLeavesOutItselfNotTheNestedOne() throws Exception {
        byte[] xml = nestedThenLaterEnveloped();
        jdkValidatesAll(xml, 3);
        verifiesAll(xml, List.of("sigA", "sigB", "sigC"), List.of("sigA", "sigB"));
        tamperedFailsAll(xml, 3);
    }

    @Test
    void aChangeInsideTheOuterSignatureBreaksOnlyWhatCoversIt() throws Exception {
        // sigB (enveloped, URI="") covers sigA's SignedInfo; sigA covers only #content
        byte[] xml = idSignatureHoldingEnveloped();
        String text = Docs.utf8(xml);
        int at = text.indexOf("<X509Certificate>");
        assertThat(at).isPositive();
        byte[] bad = Docs.bytes(text.substring(0, at) + "\n" + text.substring(at));
        assertThat(CONTENT.verify(bad).signatures().get(0).errors()).isEmpty();
        VerificationResult r = VERIFIER.verify(bad);
        assertThat(r.signatures()).hasSize(2);
        assertThat(r.signatures().get(1).errors()).extracting(Issue::code)
                .contains(SignatureError.DIGEST_MISMATCH);
    }

    @Test
    void bothPassesNumberSignaturesAlike() throws Exception {
        byte[] xml = nestedThenLaterEnveloped();
        for (SecureXmlParsers p : SecureXmlParsers.values()) {
            DocumentScanner first = new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null);
            SecureXml.parse(XmlSource.of(xml), first, p.value);
            DocumentScanner second = new DocumentScanner(List.of(), false, DocumentScanner.Watch.NONE, null);
            SecureXml.parse(XmlSource.of(xml), second, p.value);
            assertThat(first.signatures()).extracting(s -> s.ordinal).containsExactly(0, 1, 2);
            assertThat(first.signatures()).extracting(s -> s.parentPath)
                    .containsExactlyElementsOf(second.otherSignaturePaths())
                    .containsExactly("/HoSoBenhAn/ChuKy", "/HoSoBenhAn/ChuKy/Signature/Object", "/HoSoBenhAn/ChuKy2");
            assertThat(first.signatures().get(1).enclosing).isSameAs(first.signatures().get(0));
            assertThat(first.signatures().get(1).isOrIsInside(first.signatures().get(0))).isTrue();
            assertThat(first.signatures().get(0).isOrIsInside(first.signatures().get(1))).isFalse();
            assertThat(first.topLevelSignatureCount()).isEqualTo(2).isEqualTo(second.topLevelSignatureCount());
        }
    }

    @Test
    void aNestedEnvelopedReferenceToTheObjectHoldingItLeavesItselfOut() throws Exception {
        // B's reference is #sigA-obj with the enveloped transform: the Object without B (a captured-tree digest)
        Document doc = JdkDsig.parse(Docs.bytes(DOC));
        jdkSign(doc, first(doc, "ChuKy"), "#content", "sigA", true);
        jdkSignEnvelopedTo(doc, objectOf(doc, "sigA"), "#sigA-obj");
        byte[] xml = JdkDsig.serialize(doc);
        jdkValidatesAll(xml, 2);
        for (SecureXmlParsers p : SecureXmlParsers.values()) {
            VerificationResult r = CONTENT.withParsers(p.value).verify(xml);
            assertThat(r.signatures()).hasSize(2);
            assertThat(r.signatures().get(0).errors()).as(p.name()).isEmpty();
            SignatureResult b = r.signatures().get(1);
            assertThat(b.references()).singleElement().satisfies(ref -> {
                assertThat(ref.digestValid()).as("%s %s", p.name(), b.errors()).isTrue();
                assertThat(ref.signedElement()).isEqualTo("/HoSoBenhAn/ChuKy/Signature/Object");
            });
            assertThat(b.errors()).extracting(Issue::code)
                    .doesNotContain(SignatureError.DIGEST_MISMATCH, SignatureError.SIGNATURE_VALUE_MISMATCH);
        }
        String text = Docs.utf8(xml);
        int at = text.lastIndexOf("</Signature></Object>");
        assertThat(at).isPositive();
        byte[] bad = Docs.bytes(text.substring(0, at) + "</Signature><x/></Object>" + text.substring(at + 21));
        SignatureResult b = CONTENT.verify(bad).signatures().get(1);
        assertThat(b.errors()).extracting(Issue::code).contains(SignatureError.DIGEST_MISMATCH);
    }

    /** The JDK signs one enveloped reference to {@code uri} (a same-document Id), appended to {@code parent}. */
    static void jdkSignEnvelopedTo(Document doc, Element parent, String uri) throws Exception {
        var f = JdkDsig.F;
        List<Transform> ts = List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                f.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null));
        Reference ref = f.newReference(uri, f.newDigestMethod("http://www.w3.org/2001/04/xmlenc#sha256", null), ts,
                null, null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null), List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.of(DsigTestPki.RSA_CERT))));
        markIds(doc.getDocumentElement());
        f.newXMLSignature(si, ki, null, "sigB", null).sign(new DOMSignContext(DsigTestPki.RSA_KEYS.getPrivate(),
                parent));
    }
}
