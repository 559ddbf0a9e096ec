package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.emr.core.EmrException;

/** Parallel signatures (author, head of department, patient) over one element by Id: co-signing. */
class CoSignTest {

    private static final String CONTENT = "/HoSoBenhAn/NoiDung";

    @TempDir
    Path dir;

    private static XmlSigner coSigner(String id) {
        return XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung").container("/HoSoBenhAn/ChuKy")
                .signatureId(id).addToExistingSignatures().build();
    }

    private static byte[] threeSignatures() {
        byte[] one = coSigner("sig-author").sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        byte[] two = coSigner("sig-head").sign(one, DsigTestPki.rsa2Key());
        return coSigner("sig-patient").sign(two, DsigTestPki.ecKey());
    }

    @Test
    void threeSignersEachGiveAValidSignatureOverTheContent() {
        byte[] three = threeSignatures();
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT).verify(three);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).hasSize(3).allSatisfy(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.signedElement()).isEqualTo(CONTENT);
        });
        assertThat(r.signatures()).extracting(SignatureResult::id)
                .containsExactly("sig-author", "sig-head", "sig-patient");
        assertThat(r.signatures()).extracting(s -> s.signerCertificate().orElseThrow())
                .containsExactly(DsigTestPki.RSA_CERT, DsigTestPki.RSA2_CERT, DsigTestPki.EC_CERT);
        // appended in order, as the last children of the container
        String text = Docs.utf8(three);
        assertThat(text.indexOf("Id=\"sig-author\"")).isLessThan(text.indexOf("Id=\"sig-head\""));
        assertThat(text.indexOf("Id=\"sig-head\"")).isLessThan(text.indexOf("Id=\"sig-patient\""));
        assertThat(text).contains("</Signature></ChuKy>");
    }

    @Test
    void tamperingTheContentBreaksAllThree() {
        String signed = Docs.utf8(threeSignatures());
        byte[] tampered = Docs.bytes(signed.replace("Viêm phổi", "Viêm phế quản"));
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT).verify(tampered);
        assertThat(r.valid()).isFalse();
        assertThat(r.signatures()).hasSize(3).allSatisfy(s -> {
            assertThat(s.valid()).isFalse();
            assertThat(s.errors()).extracting(i -> i.code()).contains(SignatureError.DIGEST_MISMATCH);
        });
    }

    @Test
    void withoutCoSigningASignedDocumentIsRefused() {
        byte[] one = coSigner("sig-author").sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        XmlSigner plain = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").signatureId("sig-head").build();
        assertThatThrownBy(() -> plain.sign(one, DsigTestPki.rsa2Key())).isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).code())
                        .isEqualTo(TrustError.SIGNATURE_WOULD_BREAK_EXISTING));
    }

    @Test
    void coSigningAWholeDocumentSignatureIsRefused() {
        byte[] whole = XmlSigner.builder(SignatureProfile.ENVELOPED).container("/HoSoBenhAn/ChuKy").build()
                .sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        assertThat(Docs.utf8(whole)).contains("URI=\"\"");
        assertRefused(() -> coSigner("sig-head").sign(whole, DsigTestPki.rsa2Key()));
    }

    @Test
    void coSigningIsRefusedWhenAnExistingSignatureCoversTheContainer() {
        // the first signature covers the whole record by Id, so a signature added to ChuKy would change it
        byte[] doc = Docs.bytes(Docs.utf8(Docs.medicalRecord()).replace("<HoSoBenhAn ", "<HoSoBenhAn Id=\"hsba\" "));
        byte[] one = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("hsba").container("/HoSoBenhAn/ChuKy")
                .signatureId("sig-all").build().sign(doc, DsigTestPki.rsaKey());
        assertThat(XmlVerifier.strict(DsigTestPki.trust()).verify(one).errors()).isEmpty();
        assertRefused(() -> coSigner("sig-head").sign(one, DsigTestPki.rsa2Key()));
    }

    @Test
    void coSigningIsRefusedWhenTheElementToSignHoldsASignature() {
        // the existing signature sits inside NoiDung: the new reference would digest it as data
        byte[] one = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/NoiDung").signatureId("sig-inside").build()
                .sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        assertRefused(() -> coSigner("sig-head").sign(one, DsigTestPki.rsa2Key()));
    }

    @Test
    void signatureIdsStayUnique() {
        byte[] one = coSigner("sig-author").sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        assertThatThrownBy(() -> coSigner("sig-author").sign(one, DsigTestPki.rsa2Key()))
                .isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).code()).isEqualTo(SignatureError.SIGNATURE_ID_INVALID));
        // without an explicit Id each co-signature gets its own
        XmlSigner anonymous = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").addToExistingSignatures().build();
        byte[] three = anonymous.sign(anonymous.sign(one, DsigTestPki.rsa2Key()), DsigTestPki.ecKey());
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT).verify(three);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).extracting(SignatureResult::id).doesNotHaveDuplicates().doesNotContainNull()
                .hasSize(3);
    }

    @Test
    void xadesCoSignaturesWithRolesVerifyBesideEachOther() {
        // each XAdES signature also references its own SignedProperties, inside itself: that never blocks co-signing
        XmlSigner author = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").signerRole("Bác sĩ điều trị").addToExistingSignatures().build();
        XmlSigner head = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").signerRole("Trưởng khoa").exclusiveCanonicalization(true)
                .addToExistingSignatures().build();
        byte[] two = head.sign(author.sign(Docs.medicalRecord(), DsigTestPki.rsaKey()), DsigTestPki.ecKey());
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT).verify(two);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).extracting(s -> s.signerRole().orElseThrow())
                .containsExactly("Bác sĩ điều trị", "Trưởng khoa");
    }

    @Test
    void aSignatureInAnotherContainerOutsideTheContentIsNoObstacle() {
        byte[] doc = Docs.bytes(Docs.utf8(Docs.medicalRecord()).replace("<ChuKy></ChuKy>",
                "<ChuKy></ChuKy><ChuKyBenhNhan/>"));
        byte[] one = coSigner("sig-author").sign(doc, DsigTestPki.rsaKey());
        byte[] two = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKyBenhNhan").signatureId("sig-patient").addToExistingSignatures().build()
                .sign(one, DsigTestPki.ecKey());
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT).verify(two);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).hasSize(2);
    }

    @Test
    void coSigningNeedsAReferenceByIdAndTheEnvelopedProfile() {
        assertThatThrownBy(() -> XmlSigner.builder(SignatureProfile.ENVELOPED).addToExistingSignatures().build())
                .isInstanceOf(EmrException.class).satisfies(e -> assertThat(((EmrException) e).code())
                        .isEqualTo(SignatureError.CO_SIGN_NEEDS_REFERENCE));
        assertThatThrownBy(() -> XmlSigner.builder(SignatureProfile.CHUKYDONVI).addToExistingSignatures().build())
                .isInstanceOf(EmrException.class);
    }

    @Test
    void coSigningAFileStreams() throws Exception {
        Path in = Files.write(dir.resolve("in.xml"), coSigner("sig-author").sign(Docs.medicalRecord(),
                DsigTestPki.rsaKey()));
        Path out = dir.resolve("out.xml");
        coSigner("sig-head").sign(in, out, DsigTestPki.rsa2Key());
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT).verify(out);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).hasSize(2);
    }

    @Test
    void theJdkValidatesEachOfTwoSignatures() throws Exception {
        byte[] one = coSigner("sig-author").sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        byte[] two = coSigner("sig-head").sign(one, DsigTestPki.ecKey());
        assertThat(jdkValidates(two, 0, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
        assertThat(jdkValidates(two, 1, DsigTestPki.EC_CERT.getPublicKey())).isTrue();
        // and each one with the other signer's key fails: the JDK really checks that signature
        assertThat(jdkValidates(two, 0, DsigTestPki.RSA2_CERT.getPublicKey())).isFalse();
        byte[] tampered = Docs.bytes(Docs.utf8(two).replace("Nguyễn Văn A", "Nguyễn Văn B"));
        assertThat(jdkValidates(tampered, 0, DsigTestPki.RSA_CERT.getPublicKey())).isFalse();
        assertThat(jdkValidates(tampered, 1, DsigTestPki.EC_CERT.getPublicKey())).isFalse();
    }

    private static boolean jdkValidates(byte[] xml, int index, PublicKey key) throws Exception {
        Document doc = JdkDsig.parse(xml);
        markIds(doc.getDocumentElement());
        NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        assertThat(sigs.getLength()).isGreaterThan(index);
        DOMValidateContext ctx = new DOMValidateContext(key, sigs.item(index));
        return JdkDsig.F.unmarshalXMLSignature(ctx).validate(ctx);
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

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).issues()).extracting(i -> i.code())
                        .containsExactly(TrustError.SIGNATURE_WOULD_BREAK_EXISTING));
    }
}
