package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

class XmlSignerTest {

    static final XmlVerifier CHUKYDONVI = XmlVerifier.strict(DsigTestPki.trust())
            .withProfile(SignatureProfile.CHUKYDONVI);

    @Test
    void signsChukydonviThatVerifiesHereAndWithTheJdk() throws Exception {
        byte[] doc = Docs.giamdinhhs(3);
        byte[] signed = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(doc, DsigTestPki.rsaKey());
        String text = Docs.utf8(signed);
        assertThat(text).contains("<CHUKYDONVI><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                .contains("</Signature></CHUKYDONVI>");
        VerificationResult r = CHUKYDONVI.verify(signed);
        assertThat(r.errors()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.signatures().get(0).signedElement()).isEqualTo("/GIAMDINHHS");
        assertThat(r.signatures().get(0).signatureAlgorithm()).contains(SignatureAlgorithm.RSA_SHA256);
        assertThat(r.signatures().get(0).signerCertificate()).contains(DsigTestPki.RSA_CERT);
        assertThat(r.signatures().get(0).chain()).isNotEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(JdkDsig.validate(signed, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
    }

    @Test
    void keepsEveryInputByteOutsideTheInsertedSignature() {
        byte[] doc = Docs.giamdinhhs(2);
        String signed = Docs.utf8(XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(doc, DsigTestPki.rsaKey()));
        String original = Docs.utf8(doc);
        int at = original.indexOf("<CHUKYDONVI/>");
        assertThat(signed).startsWith(original.substring(0, at) + "<CHUKYDONVI>");
        assertThat(signed).endsWith("</CHUKYDONVI>" + original.substring(at + "<CHUKYDONVI/>".length()));
    }

    @Test
    void verifiesWhatTheJdkSignsInTheNetShape() throws Exception {
        byte[] signed = JdkDsig.sign(Docs.giamdinhhs(2), DsigTestPki.RSA_KEYS.getPrivate(), DsigTestPki.RSA_CERT,
                new JdkDsig.Options());
        VerificationResult r = CHUKYDONVI.verify(signed);
        assertThat(r.errors()).isEmpty();
        assertThat(r.valid()).isTrue();
    }

    @Test
    void signsWithEcdsaP256AndRsaPss() throws Exception {
        byte[] ec = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(2), DsigTestPki.ecKey());
        VerificationResult r = CHUKYDONVI.verify(ec);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures().get(0).signatureAlgorithm()).contains(SignatureAlgorithm.ECDSA_SHA256);
        assertThat(JdkDsig.validate(ec, DsigTestPki.EC_CERT.getPublicKey())).isTrue();

        byte[] pss = XmlSigner.builder(SignatureProfile.CHUKYDONVI).algorithm(SignatureAlgorithm.RSA_PSS_SHA256)
                .build().sign(Docs.giamdinhhs(2), DsigTestPki.rsaKey());
        VerificationResult p = CHUKYDONVI.verify(pss);
        assertThat(p.errors()).isEmpty();
        assertThat(p.signatures().get(0).signatureAlgorithm()).contains(SignatureAlgorithm.RSA_PSS_SHA256);
        assertThat(JdkDsig.validate(pss, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
    }

    @Test
    void splitsIntoDataToSignRemoteSignatureAndAssembly() {
        XmlSigner signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        SigningKey key = DsigTestPki.rsaKey();
        DataToSign data = signer.prepare(Docs.giamdinhhs(2), key.certificateChain(), SignatureAlgorithm.RSA_SHA256);
        assertThat(data.digest()).hasSize(32);
        byte[] value = key.sign(data.bytes(), data.algorithm());
        byte[] signed = signer.assemble(data, value);
        assertThat(CHUKYDONVI.verify(signed).valid()).isTrue();
        byte[] wrong = value.clone();
        wrong[10] ^= 1;
        assertThatThrownBy(() -> signer.assemble(data, wrong)).isInstanceOf(EmrException.class)
                .extracting(e -> ((EmrException) e).code()).isEqualTo(SignatureError.SIGNATURE_VALUE_REJECTED);
    }

    @Test
    void assemblesASignatureMadeByASignHashServiceFromTheDigestAlone() throws Exception {
        XmlSigner signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        DataToSign data = signer.prepare(Docs.giamdinhhs(2), List.of(DsigTestPki.RSA_CERT),
                SignatureAlgorithm.RSA_SHA256);
        // what VNPT SmartCA / CSC signHash do: PKCS#1 v1.5 over DigestInfo(SHA-256, digest)
        byte[] digestInfo = new org.bouncycastle.asn1.x509.DigestInfo(
                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                        org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256),
                data.digest()).getEncoded();
        java.security.Signature raw = java.security.Signature.getInstance("NONEwithRSA");
        raw.initSign(DsigTestPki.RSA_KEYS.getPrivate());
        raw.update(digestInfo);
        byte[] signed = signer.assemble(data, raw.sign());
        assertThat(CHUKYDONVI.verify(signed).errors()).isEmpty();

        // ECDSA: a service may return r||s instead of DER; both are accepted
        DataToSign ec = signer.prepare(Docs.giamdinhhs(2), List.of(DsigTestPki.EC_CERT),
                SignatureAlgorithm.ECDSA_SHA256);
        java.security.Signature es = java.security.Signature.getInstance("SHA256withECDSA");
        es.initSign(DsigTestPki.EC_KEYS.getPrivate());
        es.update(ec.bytes());
        byte[] rs = vn.emr.signature.internal.Crypto.derToRaw(es.sign(), 32);
        assertThat(CHUKYDONVI.verify(signer.assemble(ec, rs)).errors()).isEmpty();
    }

    @Test
    void takesRawEcdsaValuesWhateverTheirFirstByte() throws Exception {
        // a sign-hash service's r||s starting with 0x30 (one value in 256) was once taken for DER
        XmlSigner signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        int raw0x30 = 0;
        // one value in 256 starts with 0x30: 3 are found after about 770 tries; 20,000 make a miss impossible in practice
        for (int i = 0; i < 20_000 && raw0x30 < 3; i++) {
            DataToSign ec = signer.prepare(Docs.giamdinhhs(1), List.of(DsigTestPki.EC_CERT),
                    SignatureAlgorithm.ECDSA_SHA256);
            java.security.Signature es = java.security.Signature.getInstance("SHA256withECDSA");
            es.initSign(DsigTestPki.EC_KEYS.getPrivate());
            es.update(ec.bytes());
            byte[] der = es.sign();
            byte[] rs = vn.emr.signature.internal.Crypto.derToRaw(der, 32);
            if (rs[0] != 0x30) {
                continue;
            }
            raw0x30++;
            assertThat(CHUKYDONVI.verify(signer.assemble(ec, rs)).errors()).isEmpty();
            assertThat(CHUKYDONVI.verify(signer.assemble(ec, der)).errors()).isEmpty();
        }
        assertThat(raw0x30).isEqualTo(3);
    }

    @Test
    void streamsFromAndToStreamsAndFilesWithTheSameResult(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        byte[] doc = Docs.giamdinhhs(3);
        XmlSigner signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        signer.sign(new java.io.ByteArrayInputStream(doc), out, DsigTestPki.rsaKey());
        byte[] viaStreams = out.toByteArray();
        java.nio.file.Path in = dir.resolve("in.xml");
        java.nio.file.Path signedFile = dir.resolve("out.xml");
        java.nio.file.Files.write(in, doc);
        signer.sign(in, signedFile, DsigTestPki.rsaKey());
        byte[] viaFiles = java.nio.file.Files.readAllBytes(signedFile);
        byte[] inMemory = signer.sign(doc, DsigTestPki.rsaKey());
        // RSA PKCS#1 v1.5 is deterministic: all three are the same bytes
        assertThat(viaStreams).isEqualTo(inMemory);
        assertThat(viaFiles).isEqualTo(inMemory);
        assertThat(CHUKYDONVI.verify(new java.io.ByteArrayInputStream(viaStreams)).errors()).isEmpty();
        assertThat(CHUKYDONVI.verify(signedFile).errors()).isEmpty();
    }

    @Test
    void addsXadesSignedPropertiesWithSigningTimeCertificateDigestAndRole() throws Exception {
        Instant at = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] signed = XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId("sig-author")
                .signerRole("Bác sĩ điều trị").clock(Clock.fixed(at, ZoneOffset.UTC)).build()
                .sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).verify(signed);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures().get(0).signingTime()).contains(at);
        assertThat(r.signatures().get(0).signerRole()).contains("Bác sĩ điều trị");
        assertThat(r.signatures().get(0).references()).hasSize(2);
        assertThat(JdkDsig.validate(signed, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
    }

    @Test
    void putsSeveralSignaturesWithIdsOnOneMedicalRecord() throws Exception {
        byte[] doc = Docs.medicalRecord();
        byte[] one = XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId("sig-author").referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").signerRole("Bác sĩ").addToExistingSignatures().build()
                .sign(doc, DsigTestPki.rsaKey());
        byte[] two = XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId("sig-head").referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").signerRole("Trưởng khoa").addToExistingSignatures().build()
                .sign(one, DsigTestPki.rsa2Key());
        byte[] three = XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId("sig-patient")
                .referenceId("noi-dung").container("/HoSoBenhAn/ChuKy").addToExistingSignatures().build()
                .sign(two, DsigTestPki.ecKey());
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement("/HoSoBenhAn/NoiDung")
                .verify(three);
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).extracting(SignatureResult::id)
                .containsExactly("sig-author", "sig-head", "sig-patient");
        assertThat(r.signatures()).allSatisfy(s -> assertThat(s.signedElement()).isEqualTo("/HoSoBenhAn/NoiDung"));
        // by default the caller reads the whole document, which these signatures do not cover
        assertThat(XmlVerifier.strict(DsigTestPki.trust()).verify(three).hasError(SignatureError.NOT_COVERING))
                .isTrue();
    }

    @Test
    void signsDetachedExternalBytes() {
        byte[] pdf = "%PDF-1.7 giấy ra viện".getBytes(StandardCharsets.UTF_8);
        byte[] sig = XmlSigner.builder(SignatureProfile.DETACHED).detachedUri("giay-ra-vien.pdf").build()
                .signDetached(pdf, DsigTestPki.rsaKey());
        XmlVerifier v = XmlVerifier.strict(DsigTestPki.trust());
        VerificationResult ok = v.verifyDetached(sig, "giay-ra-vien.pdf", pdf);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.signatures().get(0).signedElement()).isEqualTo("giay-ra-vien.pdf");
        byte[] changed = pdf.clone();
        changed[0] = 'X';
        assertThat(v.verifyDetached(sig, "giay-ra-vien.pdf", changed).hasError(SignatureError.DIGEST_MISMATCH))
                .isTrue();
        assertThat(v.verifyDetached(sig, "other.pdf", pdf).hasError(SignatureError.DETACHED_CONTENT_MISSING))
                .isTrue();
        // the ordinary verifier never resolves the relative URI
        assertThat(v.verify(sig).hasError(SignatureError.REFERENCE_URI_EXTERNAL)).isTrue();
    }

    @Test
    void refusesToSignWithoutChukydonviOrTwice() {
        byte[] noBox = Docs.bytes(Docs.utf8(Docs.giamdinhhs(1)).replace("<CHUKYDONVI/>", ""));
        assertThatThrownBy(() -> XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(noBox, DsigTestPki.rsaKey()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(SignatureError.SIGN_TARGET_MISSING);
        byte[] signed = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(1), DsigTestPki.rsaKey());
        assertThatThrownBy(() -> XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(signed, DsigTestPki.rsaKey()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(SignatureError.ALREADY_SIGNED);
    }

    @Test
    void refusesWeakKeysAndNonUtf8InputWhenSigning() {
        SigningKey weak = SigningKeys.of(DsigTestPki.WEAK_KEYS.getPrivate(), List.of(DsigTestPki.WEAK_CERT));
        assertThatThrownBy(() -> XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(1), weak))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(SignatureError.RSA_KEY_TOO_SMALL);
        byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><GIAMDINHHS><CHUKYDONVI/></GIAMDINHHS>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(latin, DsigTestPki.rsaKey()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(SignatureError.ENCODING_UNSUPPORTED);
    }
}
