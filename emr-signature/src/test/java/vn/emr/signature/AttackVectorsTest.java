package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Transform;
import org.junit.jupiter.api.Test;
import vn.emr.core.ErrorCode;

/**
 * Our own vectors for every attack class of {@code domain/signature.md} §2, including an equivalent of each held-out
 * {@code G00}-{@code G19} case. Attack documents the SDK's signer refuses to make are made with the JDK's own
 * javax.xml.crypto (as a vendor or an attacker would) or by editing signed bytes.
 */
class AttackVectorsTest {

    static final XmlVerifier CHUKYDONVI = XmlVerifier.strict(DsigTestPki.trust())
            .withProfile(SignatureProfile.CHUKYDONVI);
    static final XmlVerifier ENVELOPED = XmlVerifier.strict(DsigTestPki.trust());

    static byte[] signed() {
        return XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(3), DsigTestPki.rsaKey());
    }

    static String signedText() {
        return Docs.utf8(signed());
    }

    static byte[] jdk(JdkDsig.Options o) throws Exception {
        return JdkDsig.sign(Docs.giamdinhhs(2), DsigTestPki.RSA_KEYS.getPrivate(), DsigTestPki.RSA_CERT, o);
    }

    static void rejects(XmlVerifier v, byte[] xml, ErrorCode code) {
        VerificationResult r = v.verify(xml);
        assertThat(r.valid()).as("valid? %s", r.errors()).isFalse();
        assertThat(r.hasError(code)).as("%s in %s", code.code(), r.errors()).isTrue();
    }

    static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    // ---- G01, G14, G16, G17: positive controls

    @Test
    void g01AcceptsAChukydonviSignature() {
        VerificationResult r = CHUKYDONVI.verify(signed());
        assertThat(r.errors()).isEmpty();
        assertThat(r.valid()).isTrue();
    }

    @Test
    void g14AcceptsExclusiveCanonicalization() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.c14n = CanonicalizationMethod.EXCLUSIVE;
        o.transforms = List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE);
        VerificationResult r = CHUKYDONVI.verify(jdk(o));
        assertThat(r.errors()).isEmpty();
        byte[] ours = XmlSigner.builder(SignatureProfile.ENVELOPED).exclusiveCanonicalization(true).build()
                .sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        assertThat(ENVELOPED.verify(ours).errors()).isEmpty();
        assertThat(JdkDsig.validate(ours, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
    }

    @Test
    void g16AcceptsEcdsaP256() {
        byte[] ec = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(2), DsigTestPki.ecKey());
        assertThat(CHUKYDONVI.verify(ec).errors()).isEmpty();
    }

    @Test
    void g17AcceptsRsassaPssMadeByTheJdk() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.signatureMethod = SignatureAlgorithm.RSA_PSS_SHA256.uri();
        VerificationResult r = CHUKYDONVI.verify(jdk(o));
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures().get(0).signatureAlgorithm()).contains(SignatureAlgorithm.RSA_PSS_SHA256);
    }

    // ---- G02, G03, G19, G15: content changed after signing

    @Test
    void g02RejectsTamperedNoidungfile() {
        rejects(CHUKYDONVI, Docs.bytes(edit(signedText(), "ăn uống được", "ăn uống kém")), SignatureError.DIGEST_MISMATCH);
    }

    @Test
    void g03RejectsChangedFacilityCode() {
        rejects(CHUKYDONVI, Docs.bytes(edit(signedText(), "<MACSKCB>79001<", "<MACSKCB>79002<")),
                SignatureError.DIGEST_MISMATCH);
    }

    @Test
    void g19RejectsARemovedFileHoso() {
        String t = signedText();
        int a = t.lastIndexOf("<FILEHOSO>");
        int b = t.indexOf("</FILEHOSO>", a) + "</FILEHOSO>".length();
        rejects(CHUKYDONVI, Docs.bytes(t.substring(0, a) + t.substring(b)), SignatureError.DIGEST_MISMATCH);
    }

    @Test
    void g15RejectsPrettyPrintingAfterSigning() throws Exception {
        rejects(CHUKYDONVI, Docs.bytes(edit(signedText(), "\n  <THONGTINDONVI>\n", "\n\t<THONGTINDONVI>\n")),
                SignatureError.DIGEST_MISMATCH);
        javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(javax.xml.transform.OutputKeys.INDENT, "yes");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        t.transform(new javax.xml.transform.dom.DOMSource(JdkDsig.parse(signed())),
                new javax.xml.transform.stream.StreamResult(out));
        assertThat(CHUKYDONVI.verify(out.toByteArray()).valid()).isFalse();
    }

    // ---- G04, G05, G06: the signature value and the key

    @Test
    void g04RejectsTamperedSignatureValue() {
        String t = signedText();
        int at = t.indexOf("<SignatureValue>") + "<SignatureValue>".length() + 5;
        char c = t.charAt(at);
        String forged = t.substring(0, at) + (c == 'A' ? 'B' : 'A') + t.substring(at + 1);
        rejects(CHUKYDONVI, Docs.bytes(forged), SignatureError.SIGNATURE_VALUE_MISMATCH);
    }

    @Test
    void g05RejectsASwappedKeyInfoCertificate() throws Exception {
        String t = signedText();
        int a = t.indexOf("<X509Certificate>") + "<X509Certificate>".length();
        int b = t.indexOf("</X509Certificate>");
        String other = Base64.getEncoder().encodeToString(DsigTestPki.RSA2_CERT.getEncoded());
        rejects(CHUKYDONVI, Docs.bytes(t.substring(0, a) + other + t.substring(b)),
                SignatureError.SIGNATURE_VALUE_MISMATCH);
    }

    @Test
    void g06RejectsASelfConsistentSignatureByAnUntrustedKey() {
        byte[] forged = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(3), DsigTestPki.attackerKey());
        VerificationResult r = CHUKYDONVI.verify(forged);
        assertThat(r.valid()).isFalse();
        assertThat(r.hasError(TrustError.PATH_NOT_TRUSTED)).as("%s", r.errors()).isTrue();
        assertThat(r.signatures().get(0).chain()).isEmpty();
    }

    @Test
    void rejectsACertificateThatHadExpiredAtSigningTime() {
        SigningKey expired = SigningKeys.of(DsigTestPki.RSA_KEYS.getPrivate(), List.of(DsigTestPki.EXPIRED_CERT));
        VerificationResult r = CHUKYDONVI.verify(
                XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(1), expired));
        assertThat(r.hasError(TrustError.CERTIFICATE_EXPIRED)).as("%s", r.errors()).isTrue();
    }

    // ---- G07, G08: weak algorithms and keys

    @Test
    void g07RejectsSha1() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.signatureMethod = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
        o.digest = "http://www.w3.org/2000/09/xmldsig#sha1";
        byte[] xml = jdk(o);
        rejects(CHUKYDONVI, xml, SignatureError.SIGNATURE_ALGORITHM_WEAK);
        rejects(CHUKYDONVI, xml, SignatureError.DIGEST_ALGORITHM_WEAK);
    }

    @Test
    void g08RejectsRsa1024EvenThoughTheJdkAcceptsIt() throws Exception {
        byte[] xml = JdkDsig.sign(Docs.giamdinhhs(2), DsigTestPki.WEAK_KEYS.getPrivate(), DsigTestPki.WEAK_CERT,
                new JdkDsig.Options());
        assertThat(JdkDsig.validate(xml, DsigTestPki.WEAK_CERT.getPublicKey())).isTrue();
        rejects(CHUKYDONVI, xml, SignatureError.RSA_KEY_TOO_SMALL);
    }

    @Test
    void rejectsMd5DigestHmacAndUnknownAlgorithms() {
        String t = signedText();
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "http://www.w3.org/2001/04/xmlenc#sha256",
                "http://www.w3.org/2001/04/xmldsig-more#md5")), SignatureError.DIGEST_ALGORITHM_WEAK);
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")), SignatureError.HMAC_REFUSED);
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                "urn:example:rot13")), SignatureError.SIGNATURE_ALGORITHM_UNKNOWN);
    }

    @Test
    void rejectsEcKeysUnder256Bits() {
        String t = signedText();
        int a = t.indexOf("<KeyInfo>");
        int b = t.indexOf("</KeyInfo>") + "</KeyInfo>".length();
        String p192 = "<KeyInfo><KeyValue><ECKeyValue xmlns=\"http://www.w3.org/2009/xmldsig11#\">"
                + "<NamedCurve URI=\"urn:oid:1.2.840.10045.3.1.1\"/><PublicKey>BAAA</PublicKey></ECKeyValue>"
                + "</KeyValue></KeyInfo>";
        rejects(CHUKYDONVI, Docs.bytes(t.substring(0, a) + p192 + t.substring(b)), SignatureError.EC_KEY_TOO_SMALL);
    }

    // ---- G09, G18 and signature wrapping

    @Test
    void g09RejectsAReferenceThatCoversOnlyThongtindonvi() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.uri = "#tt";
        o.transforms = List.of(CanonicalizationMethod.INCLUSIVE);
        o.idAttributeElement = "THONGTINDONVI";
        byte[] doc = Docs.bytes(edit(Docs.utf8(Docs.giamdinhhs(2)), "<THONGTINDONVI>", "<THONGTINDONVI Id=\"tt\">"));
        byte[] xml = JdkDsig.sign(doc, DsigTestPki.RSA_KEYS.getPrivate(), DsigTestPki.RSA_CERT, o);
        assertThat(JdkDsig.validate(xml, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
        rejects(CHUKYDONVI, xml, SignatureError.CHUKYDONVI_REFERENCES);
        VerificationResult r = ENVELOPED.verify(xml);
        assertThat(r.hasError(SignatureError.NOT_COVERING)).as("%s", r.errors()).isTrue();
        assertThat(r.signatures().get(0).signedElement()).isEqualTo("/GIAMDINHHS/THONGTINDONVI");
    }

    @Test
    void g18RejectsASignatureOutsideChukydonvi() {
        String t = signedText();
        int a = t.indexOf("<Signature ");
        int b = t.indexOf("</Signature>") + "</Signature>".length();
        String sig = t.substring(a, b);
        String moved = t.substring(0, a) + t.substring(b);
        moved = edit(moved, "<THONGTINDONVI>", sig + "<THONGTINDONVI>");
        VerificationResult r = CHUKYDONVI.verify(Docs.bytes(moved));
        assertThat(r.hasError(SignatureError.CHUKYDONVI_PLACEMENT)).as("%s", r.errors()).isTrue();
        // the enveloped digest does not depend on placement: the generic profile accepts it
        assertThat(ENVELOPED.verify(Docs.bytes(moved)).errors()).isEmpty();
        String inside = edit(t.substring(0, a) + t.substring(b), "<MACSKCB>", sig + "<MACSKCB>");
        rejects(CHUKYDONVI, Docs.bytes(inside), SignatureError.CHUKYDONVI_PLACEMENT);
    }

    @Test
    void rejectsSignatureWrappedReference() {
        byte[] doc = Docs.medicalRecord();
        String signed = Docs.utf8(XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId("sig-author")
                .referenceId("noi-dung").container("/HoSoBenhAn/ChuKy").build().sign(doc, DsigTestPki.rsaKey()));
        XmlVerifier v = ENVELOPED.withExpectedElement("/HoSoBenhAn/NoiDung");
        assertThat(v.verify(Docs.bytes(signed)).errors()).isEmpty();
        // move the signed NoiDung into a wrapper and put an evil NoiDung (no Id) where the application reads
        int a = signed.indexOf("<NoiDung Id=\"noi-dung\">");
        int b = signed.indexOf("</NoiDung>") + "</NoiDung>".length();
        String original = signed.substring(a, b);
        String evil = "<NoiDung><BenhNhan>Nguyễn Văn A</BenhNhan><ChanDoan>Khỏe mạnh</ChanDoan></NoiDung>";
        String wrapped = signed.substring(0, a) + evil + "<Wrapper>" + original + "</Wrapper>" + signed.substring(b);
        VerificationResult r = v.verify(Docs.bytes(wrapped));
        assertThat(r.hasError(SignatureError.NOT_COVERING)).as("%s", r.errors()).isTrue();
        assertThat(r.signatures().get(0).signedElement()).isEqualTo("/HoSoBenhAn/Wrapper/NoiDung");
        // or keep both at the expected path: ambiguous
        String twice = signed.substring(0, a) + evil + original + signed.substring(b);
        rejects(v, Docs.bytes(twice), SignatureError.EXPECTED_ELEMENT_AMBIGUOUS);
    }

    @Test
    void rejectsDuplicateIds() {
        byte[] doc = Docs.medicalRecord();
        String signed = Docs.utf8(XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").build().sign(doc, DsigTestPki.rsaKey()));
        String dup = edit(signed, "<ChuKy>", "<Khac Id=\"noi-dung\">gia mao</Khac><ChuKy>");
        rejects(ENVELOPED.withExpectedElement("/HoSoBenhAn/NoiDung"), Docs.bytes(dup), SignatureError.DUPLICATE_ID);
        String dupCase = edit(signed, "<ChuKy>", "<Khac ID=\"noi-dung\">gia mao</Khac><ChuKy>");
        rejects(ENVELOPED, Docs.bytes(dupCase), SignatureError.DUPLICATE_ID);
    }

    @Test
    void rejectsAFakeUnsignedSignedPropertiesBesideTheSignedOnes() {
        String t = Docs.utf8(XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId("s1").signerRole("Bác sĩ")
                .build().sign(Docs.medicalRecord(), DsigTestPki.rsaKey()));
        int a = t.indexOf("<Object>");
        String fake = "<Object><xades:QualifyingProperties xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\" "
                + "Target=\"#s1\"><xades:SignedProperties><xades:SignedSignatureProperties><xades:SigningTime>"
                + "2020-01-01T00:00:00Z</xades:SigningTime></xades:SignedSignatureProperties>"
                + "</xades:SignedProperties></xades:QualifyingProperties></Object>";
        rejects(ENVELOPED, Docs.bytes(t.substring(0, a) + fake + t.substring(a)), SignatureError.XADES_STRUCTURE);
        String retargeted = edit(t, "Target=\"#s1\"", "Target=\"#other\"");
        rejects(ENVELOPED, Docs.bytes(retargeted), SignatureError.XADES_STRUCTURE);
    }

    @Test
    void rejectsSignatureStripping() {
        String t = signedText();
        int a = t.indexOf("<Signature ");
        int b = t.indexOf("</Signature>") + "</Signature>".length();
        rejects(CHUKYDONVI, Docs.bytes(t.substring(0, a) + t.substring(b)), SignatureError.SIGNATURE_MISSING);
        rejects(CHUKYDONVI, Docs.giamdinhhs(1), SignatureError.SIGNATURE_MISSING);
    }

    @Test
    void warnsAboutCommentsInsideSignedContent() {
        byte[] doc = Docs.bytes(edit(Docs.utf8(Docs.giamdinhhs(1)), "<MACSKCB>79001</MACSKCB>",
                "<MACSKCB>79<!-- the signature does not cover comments -->001</MACSKCB>"));
        VerificationResult r = CHUKYDONVI.verify(XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(doc,
                DsigTestPki.rsaKey()));
        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).extracting(i -> i.code()).contains(SignatureError.COMMENT_IN_SIGNED_DATA);
    }

    // ---- G10, G11 and transforms

    @Test
    void g10RejectsAnXPathTransformTheJdkAccepts() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.transforms = List.of(Transform.ENVELOPED, JdkDsig.XPATH_TRANSFORM);
        o.xpath = "ancestor-or-self::THONGTINDONVI";
        byte[] xml = jdk(o);
        assertThat(JdkDsig.validate(xml, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
        rejects(CHUKYDONVI, xml, SignatureError.TRANSFORM_REFUSED);
    }

    @Test
    void g11RejectsSixTransforms() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.transforms = List.of(Transform.ENVELOPED, CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE,
                CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE);
        rejects(CHUKYDONVI, jdk(o), SignatureError.TOO_MANY_TRANSFORMS);
    }

    @Test
    void rejectsXsltBase64AndOddTransformChains() {
        String t = signedText();
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "xmldsig#enveloped-signature\"", "xmldsig#enveloped-signature\"/>"
                + "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"")),
                SignatureError.TRANSFORM_REFUSED);
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "xmldsig#enveloped-signature\"", "xmldsig#base64\"")),
                SignatureError.TRANSFORM_REFUSED);
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "<Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"></Transform>",
                "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"></Transform>"
                        + "<Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"></Transform>")),
                SignatureError.TRANSFORM_CHAIN_UNSUPPORTED);
    }

    @Test
    void rejectsMoreThanThirtyReferences() throws Exception {
        JdkDsig.Options o = new JdkDsig.Options();
        o.references = 31;
        rejects(ENVELOPED, jdk(o), SignatureError.TOO_MANY_REFERENCES);
    }

    // ---- G12, G13: DOCTYPE

    @Test
    void g12RefusesXxeWithoutReadingTheFile() {
        String t = signedText();
        String xxe = edit(t, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE GIAMDINHHS [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]>\n");
        xxe = edit(xxe, "<MACSKCB>79001</MACSKCB>", "<MACSKCB>&x;</MACSKCB>");
        VerificationResult r = CHUKYDONVI.verify(Docs.bytes(xxe));
        assertThat(r.hasError(SignatureError.DOCTYPE_REFUSED)).as("%s", r.errors()).isTrue();
        assertThat(r.toString() + r.errors()).doesNotContain("root:");
    }

    @Test
    void g13RefusesAnEntityBombQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE GIAMDINHHS [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&a").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]><GIAMDINHHS><THONGTINDONVI>&a11;</THONGTINDONVI><CHUKYDONVI/></GIAMDINHHS>");
        long start = System.nanoTime();
        rejects(CHUKYDONVI, Docs.bytes(dtd.toString()), SignatureError.DOCTYPE_REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    // ---- external references and key retrieval

    @Test
    void rejectsExternalAndRelativeReferenceUrisWithoutFetching() {
        String t = signedText();
        for (String uri : List.of("http://127.0.0.1:9/evil.xml", "file:///etc/passwd", "hoso.xml",
                "../../etc/passwd")) {
            rejects(CHUKYDONVI, Docs.bytes(edit(t, "<Reference URI=\"\">", "<Reference URI=\"" + uri + "\">")),
                    SignatureError.REFERENCE_URI_EXTERNAL);
        }
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "<Reference URI=\"\">", "<Reference URI=\"#xpointer(/)\">")),
                SignatureError.REFERENCE_URI_UNSUPPORTED);
        rejects(CHUKYDONVI, Docs.bytes(edit(t, "<Reference URI=\"\">", "<Reference URI=\"#nowhere\">")),
                SignatureError.REFERENCE_TARGET_NOT_FOUND);
    }

    @Test
    void neverDereferencesRetrievalMethodAndNeedsAPinForABareKeyValue() throws Exception {
        String t = signedText();
        int a = t.indexOf("<KeyInfo>");
        int b = t.indexOf("</KeyInfo>") + "</KeyInfo>".length();
        String retrieval = "<KeyInfo><RetrievalMethod URI=\"http://127.0.0.1:9/key.cer\" "
                + "Type=\"http://www.w3.org/2000/09/xmldsig#rawX509Certificate\"/></KeyInfo>";
        byte[] retrieved = Docs.bytes(t.substring(0, a) + retrieval + t.substring(b));
        rejects(ENVELOPED, retrieved, SignatureError.NO_SIGNER_KEY);
        rejects(CHUKYDONVI, retrieved, SignatureError.CHUKYDONVI_KEYINFO_CONTENT);

        java.security.interfaces.RSAPublicKey pub = (java.security.interfaces.RSAPublicKey) DsigTestPki.RSA_CERT
                .getPublicKey();
        String keyValue = "<KeyInfo><KeyValue><RSAKeyValue><Modulus>"
                + Base64.getEncoder().encodeToString(pub.getModulus().toByteArray()) + "</Modulus><Exponent>"
                + Base64.getEncoder().encodeToString(pub.getPublicExponent().toByteArray())
                + "</Exponent></RSAKeyValue></KeyValue></KeyInfo>";
        byte[] bare = Docs.bytes(t.substring(0, a) + keyValue + t.substring(b));
        rejects(ENVELOPED, bare, SignatureError.KEY_NOT_PINNED);
        assertThat(ENVELOPED.withPinnedKeys(List.of(pub)).verify(bare).errors()).isEmpty();
        // the claims-file profile carries the certificate in X509Data only, pinned or not
        rejects(CHUKYDONVI.withPinnedKeys(List.of(pub)), bare, SignatureError.CHUKYDONVI_KEYINFO_CONTENT);
    }

    // ---- malformed and oversized input

    @Test
    void rejectsMalformedXmlDeepNestingAndEmptyInput() {
        rejects(CHUKYDONVI, Docs.bytes("<GIAMDINHHS><CHUKYDONVI></GIAMDINHHS>"), SignatureError.MALFORMED_XML);
        rejects(CHUKYDONVI, new byte[0], SignatureError.EMPTY_INPUT);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            deep.append("<a>");
        }
        for (int i = 0; i < 1500; i++) {
            deep.append("</a>");
        }
        rejects(ENVELOPED, Docs.bytes(deep.toString()), SignatureError.NESTING_TOO_DEEP);
    }

    @Test
    void resultsCarryNoPersonalData() {
        VerificationResult r = CHUKYDONVI.verify(Docs.bytes(edit(signedText(), "ăn uống được", "ăn uống kém")));
        X509Certificate cert = r.signatures().get(0).signerCertificate().orElseThrow();
        assertThat(r.toString()).doesNotContain("ăn uống").doesNotContain(cert.getSubjectX500Principal().getName());
    }
}
