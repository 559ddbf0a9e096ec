package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
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
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlSource;

/**
 * C14N 1.1 and {@code xml:base}: the fix-up of C14N 1.1 §2.4 is not implemented, so a C14N 1.1 subset (an
 * Id-referenced element or SignedInfo) whose ancestors carry {@code xml:base} is refused with
 * {@link SignatureError#C14N11_XML_BASE_UNSUPPORTED}; everything around that narrow case still agrees with the JDK's
 * javax.xml.crypto, which signs the vectors.
 */
class XmlBaseTest {

    static final String C14N_11 = CanonicalizationMethod.INCLUSIVE_11;
    static final String C14N_10 = CanonicalizationMethod.INCLUSIVE;
    static final XmlVerifier ROOT = XmlVerifier.strict(DsigTestPki.trust());
    static final XmlVerifier CONTENT = ROOT.withExpectedElement("/HoSoBenhAn/NoiDung");

    /** A record whose root and content carry the given attributes (e.g. {@code xml:base="..."}). */
    static byte[] doc(String rootAttrs, String contentAttrs) {
        return Docs.bytes("<HoSoBenhAn" + rootAttrs + "><NoiDung Id=\"content\"" + contentAttrs + ">"
                + "<BenhNhan>Trần Thị B</BenhNhan><ChanDoan>I10</ChanDoan></NoiDung><ChuKy/></HoSoBenhAn>");
    }

    /** The JDK signs: one reference to {@code uri} with {@code refC14n}, SignedInfo with {@code siC14n}. */
    static byte[] jdkSign(byte[] xml, String uri, String refC14n, String siC14n) throws Exception {
        var f = JdkDsig.F;
        Document doc = JdkDsig.parse(xml);
        Element content = (Element) doc.getElementsByTagName("NoiDung").item(0);
        content.setIdAttribute("Id", true);
        List<Transform> ts = new ArrayList<>();
        if (uri.isEmpty()) {
            ts.add(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null));
        }
        ts.add(f.newTransform(refC14n, (TransformParameterSpec) null));
        Reference ref = f.newReference(uri, f.newDigestMethod("http://www.w3.org/2001/04/xmlenc#sha256", null), ts,
                null, null);
        SignedInfo si = f.newSignedInfo(f.newCanonicalizationMethod(siC14n, (C14NMethodParameterSpec) null),
                f.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null), List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.of(DsigTestPki.RSA_CERT))));
        DOMSignContext ctx = new DOMSignContext(DsigTestPki.RSA_KEYS.getPrivate(),
                doc.getElementsByTagName("ChuKy").item(0));
        f.newXMLSignature(si, ki).sign(ctx);
        return JdkDsig.serialize(doc);
    }

    static boolean jdkValidates(byte[] xml) throws Exception {
        Document doc = JdkDsig.parse(xml);
        ((Element) doc.getElementsByTagName("NoiDung").item(0)).setIdAttribute("Id", true);
        DOMValidateContext ctx = new DOMValidateContext(DsigTestPki.RSA_CERT.getPublicKey(),
                doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0));
        return JdkDsig.F.unmarshalXMLSignature(ctx).validate(ctx);
    }

    static void valid(XmlVerifier v, byte[] xml) {
        for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
            VerificationResult r = v.withParsers(p).verify(xml);
            assertThat(r.errors()).as(p.name()).isEmpty();
            assertThat(r.valid()).isTrue();
        }
    }

    static void refused(XmlVerifier v, byte[] xml) {
        for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
            VerificationResult r = v.withParsers(p).verify(xml);
            assertThat(r.valid()).as(p.name()).isFalse();
            assertThat(r.errors()).as(p.name()).extracting(Issue::code)
                    .contains(SignatureError.C14N11_XML_BASE_UNSUPPORTED)
                    .doesNotContain(SignatureError.DIGEST_MISMATCH, SignatureError.SIGNATURE_VALUE_MISMATCH);
        }
    }

    @Test
    void refusesAC14n11ReferenceWhoseAncestorCarriesXmlBase() throws Exception {
        byte[] xml = jdkSign(doc(" xml:base=\"http://benhvien.vn/hoso/\"", " xml:base=\"khoa/noi/\""), "#content",
                C14N_11, C14N_10);
        assertThat(jdkValidates(xml)).isTrue();
        refused(CONTENT, xml);
        // an ancestor's xml:base alone (the apex has none) needs the fix-up too
        byte[] inherited = jdkSign(doc(" xml:base=\"http://benhvien.vn/hoso/\"", ""), "#content", C14N_11, C14N_10);
        assertThat(jdkValidates(inherited)).isTrue();
        refused(CONTENT, inherited);
    }

    @Test
    void refusesAC14n11SignedInfoWhoseAncestorCarriesXmlBase() throws Exception {
        byte[] xml = jdkSign(doc(" xml:base=\"http://benhvien.vn/hoso/\"", ""), "", C14N_10, C14N_11);
        assertThat(jdkValidates(xml)).isTrue();
        refused(ROOT, xml);
    }

    @Test
    void acceptsC14n11WhenOnlyTheApexCarriesXmlBaseOrAncestorsCarryOtherXmlAttributes() throws Exception {
        byte[] apexOnly = jdkSign(doc(" xml:lang=\"vi\" xml:space=\"preserve\"", " xml:base=\"khoa/noi/\""),
                "#content", C14N_11, C14N_11);
        assertThat(jdkValidates(apexOnly)).isTrue();
        valid(CONTENT, apexOnly);
    }

    @Test
    void acceptsAWholeDocumentC14n11ReferenceUnderARootXmlBase() throws Exception {
        byte[] xml = jdkSign(doc(" xml:base=\"http://benhvien.vn/hoso/\"", " xml:base=\"khoa/\""), "", C14N_11,
                C14N_10);
        assertThat(jdkValidates(xml)).isTrue();
        valid(ROOT, xml);
    }

    @Test
    void c14n10KeepsCopyingTheInheritedXmlBaseAsTheJdkDoes() throws Exception {
        byte[] xml = jdkSign(doc(" xml:base=\"http://benhvien.vn/hoso/\"", ""), "#content", C14N_10, C14N_10);
        assertThat(jdkValidates(xml)).isTrue();
        valid(CONTENT, xml);
        byte[] ours = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("content")
                .container("/HoSoBenhAn/ChuKy").build().sign(doc(" xml:base=\"http://benhvien.vn/hoso/\"", ""), DsigTestPki.rsaKey());
        assertThat(jdkValidates(ours)).isTrue();
        valid(CONTENT, ours);
    }

    @Test
    void theSignersStreamingDigestRefusesTheSameSubset() throws Exception {
        byte[] xml = doc(" xml:base=\"http://benhvien.vn/hoso/\"", "");
        for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
            Digester d = new Digester("content", Digester.EXCLUDE_NONE, C14nMethod.INCLUSIVE_11, null,
                    MessageDigest.getInstance("SHA-256"));
            DocumentScanner scan = new DocumentScanner(List.of(d), false, DocumentScanner.Watch.NONE, "/");
            assertThatThrownBy(() -> SecureXml.parse(XmlSource.of(xml), scan, p))
                    .isInstanceOf(EmrException.class)
                    .satisfies(e -> assertThat(((EmrException) e).issues()).extracting(Issue::code)
                            .containsExactly(SignatureError.C14N11_XML_BASE_UNSUPPORTED));
            Digester ok = new Digester("content", Digester.EXCLUDE_NONE, C14nMethod.INCLUSIVE, null,
                    MessageDigest.getInstance("SHA-256"));
            SecureXml.parse(XmlSource.of(xml), new DocumentScanner(List.of(ok), false, DocumentScanner.Watch.NONE,
                    "/"), p);
            assertThat(ok.value()).hasSize(32);
        }
    }
}
