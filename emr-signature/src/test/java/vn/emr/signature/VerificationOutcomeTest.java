package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import vn.emr.core.validation.Issue;
import vn.emr.signature.TrustTestPki.Credential;

/** The three-valued outcome, results per signature, and the choice of the signer among the KeyInfo certificates. */
class VerificationOutcomeTest {

    private static final Credential CA = new Credential(DsigTestPki.CA_KEYS, DsigTestPki.CA);
    private static final String CONTENT = "/HoSoBenhAn/NoiDung";

    private static XmlSigner on(String id) {
        return XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId(id).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").addToExistingSignatures().build();
    }

    /** A record signed by the author (RSA), the head of department (RSA) and the patient (EC). */
    private static byte[] threeSignatures() {
        byte[] one = on("sig-author").sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        byte[] two = on("sig-head").sign(one, DsigTestPki.rsa2Key());
        return on("sig-patient").sign(two, DsigTestPki.ecKey());
    }

    /** A CRL no certificate of the test PKI can use: revocation status unknown. */
    private static X509CRL unrelatedCrl() {
        return TrustTestPki.crl(TrustTestPki.root("Unrelated CRL issuer"), null, null,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(7)));
    }

    private static TrustPolicy withCrl(X509CRL crl) {
        return TrustPolicy.builder().trustAnchor(DsigTestPki.CA).revocationSource(RevocationSource.crl(crl)).build();
    }

    @Test
    void eachSignatureHasItsOwnResultByIdAndTheDocumentIsValidWhenAllAre() {
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement(CONTENT)
                .verify(threeSignatures());
        assertThat(r.outcome()).isEqualTo(Outcome.VALID);
        assertThat(r.valid()).isTrue();
        assertThat(r.signatures()).extracting(SignatureResult::outcome).containsOnly(Outcome.VALID);
        assertThat(r.signature("sig-author").orElseThrow().signerCertificate()).contains(DsigTestPki.RSA_CERT);
        assertThat(r.signature("sig-head").orElseThrow().signerCertificate()).contains(DsigTestPki.RSA2_CERT);
        SignatureResult patient = r.signature("sig-patient").orElseThrow();
        assertThat(patient.signerCertificate()).contains(DsigTestPki.EC_CERT);
        assertThat(patient.signatureAlgorithm()).contains(SignatureAlgorithm.ECDSA_SHA256);
        assertThat(patient.signedElement()).isEqualTo(CONTENT);
        assertThat(patient.chain()).containsExactly(DsigTestPki.EC_CERT, DsigTestPki.CA);
        assertThat(r.signature("sig-nobody")).isEmpty();
        assertThat(r.signature("")).isEmpty();
        assertThat(r.signature(null)).isEmpty();
    }

    @Test
    void unknownRevocationStatusIsIndeterminateNotInvalid() {
        VerificationResult r = XmlVerifier.strict(withCrl(unrelatedCrl())).withExpectedElement(CONTENT)
                .verify(threeSignatures());
        assertThat(r.outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(r.valid()).isFalse();
        assertThat(r.hasError(TrustError.REVOCATION_UNKNOWN)).isTrue();
        assertThat(r.signatures()).extracting(SignatureResult::outcome).containsOnly(Outcome.INDETERMINATE);
        assertThat(r.signatures()).allSatisfy(s -> assertThat(s.valid()).isFalse());
        assertThat(r.toString()).contains("INDETERMINATE");

        // one signature by a pinned key needs no revocation status: the others keep the document indeterminate
        VerificationResult pinned = XmlVerifier.strict(withCrl(unrelatedCrl())).withExpectedElement(CONTENT)
                .withPinnedKeys(List.of(DsigTestPki.EC_KEYS.getPublic())).verify(threeSignatures());
        assertThat(pinned.signature("sig-patient").orElseThrow().outcome()).isEqualTo(Outcome.VALID);
        assertThat(pinned.signature("sig-author").orElseThrow().outcome()).isEqualTo(Outcome.INDETERMINATE);
        assertThat(pinned.outcome()).isEqualTo(Outcome.INDETERMINATE);
    }

    @Test
    void anInvalidSignatureMakesTheDocumentInvalidWhateverTheOthers() {
        // the author's certificate is revoked, the others' status unknown (the CRL is the CA's but lists the author)
        X509CRL crl = TrustTestPki.crl(CA, DsigTestPki.RSA_CERT, Instant.now().minus(Duration.ofDays(2)),
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(7)));
        VerificationResult r = XmlVerifier.strict(withCrl(crl)).withExpectedElement(CONTENT).verify(threeSignatures());
        assertThat(r.signature("sig-author").orElseThrow().outcome()).isEqualTo(Outcome.INVALID);
        assertThat(r.signature("sig-author").orElseThrow().errors()).extracting(Issue::code)
                .contains(TrustError.REVOKED);
        assertThat(r.signature("sig-head").orElseThrow().outcome()).isEqualTo(Outcome.VALID);
        assertThat(r.outcome()).isEqualTo(Outcome.INVALID);

        // an unrelated error together with unknown revocation is invalid, not indeterminate
        byte[] tampered = Docs.bytes(Docs.utf8(threeSignatures()).replace("Viêm phổi", "Khỏe mạnh"));
        VerificationResult t = XmlVerifier.strict(withCrl(unrelatedCrl())).withExpectedElement(CONTENT)
                .verify(tampered);
        assertThat(t.hasError(SignatureError.DIGEST_MISMATCH)).isTrue();
        assertThat(t.signatures()).extracting(SignatureResult::outcome).containsOnly(Outcome.INVALID);
        assertThat(t.outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aDocumentWithoutSignatureOrWithADocumentErrorIsInvalid() {
        VerificationResult none = XmlVerifier.strict(DsigTestPki.trust()).verify(Docs.medicalRecord());
        assertThat(none.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(none.signatures()).isEmpty();
        VerificationResult broken = XmlVerifier.strict(DsigTestPki.trust()).verify(Docs.bytes("<a>"));
        assertThat(broken.outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void outcomeOfErrorsIsIndeterminateOnlyWhenEveryErrorIsRevocationUnknown() {
        Issue unknown = Issue.error("", TrustError.REVOCATION_UNKNOWN, "x");
        Issue mismatch = Issue.error("", SignatureError.DIGEST_MISMATCH, "x");
        Issue warning = Issue.warning("", TrustError.REVOKED_AFTER_SIGNING_TIME, "x", "t", "r", "u");
        assertThat(Outcome.of(List.of())).isEqualTo(Outcome.VALID);
        assertThat(Outcome.of(List.of(warning))).isEqualTo(Outcome.VALID);
        assertThat(Outcome.of(List.of(unknown, warning))).isEqualTo(Outcome.INDETERMINATE);
        assertThat(Outcome.of(List.of(unknown, mismatch))).isEqualTo(Outcome.INVALID);
        assertThat(Outcome.of(List.of(mismatch, unknown))).isEqualTo(Outcome.INVALID);
        assertThat(Outcome.INDETERMINATE.label()).isEqualTo("indeterminate");
    }

    // signer selection

    /** The signed document with these certificates inserted before the signer's in X509Data. */
    private static byte[] withCertificatesFirst(byte[] signed, X509Certificate... extra) throws Exception {
        String xml = Docs.utf8(signed);
        Matcher m = Pattern.compile("<((?:\\w+:)?)X509Certificate>").matcher(xml);
        assertThat(m.find()).isTrue();
        StringBuilder inserted = new StringBuilder();
        for (X509Certificate c : extra) {
            inserted.append('<').append(m.group(1)).append("X509Certificate>")
                    .append(Base64.getEncoder().encodeToString(c.getEncoded()))
                    .append("</").append(m.group(1)).append("X509Certificate>");
        }
        return Docs.bytes(xml.substring(0, m.start()) + inserted + xml.substring(m.start()));
    }

    private static X509Certificate unrelatedSelfSigned(KeyPair keys) {
        return TrustTestPki.selfSigned("Unrelated", keys, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), false, KeyUsage.digitalSignature);
    }

    @Test
    void theSignerIsTheCertificateWhoseKeyVerifiesNotTheFirstOne() throws Exception {
        byte[] signed = XmlSigner.of(SignatureProfile.ENVELOPED).sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        XmlVerifier verifier = XmlVerifier.strict(DsigTestPki.trust());
        assertThat(verifier.verify(signed).valid()).isTrue();

        X509Certificate unrelatedRsa = unrelatedSelfSigned(TrustTestPki.rsa());
        X509Certificate unrelatedEc = unrelatedSelfSigned(TrustTestPki.ec());
        for (byte[] doc : List.of(withCertificatesFirst(signed, unrelatedRsa),
                withCertificatesFirst(signed, unrelatedEc, unrelatedRsa),
                withCertificatesFirst(signed, DsigTestPki.CA), withCertificatesFirst(signed, DsigTestPki.RSA2_CERT))) {
            VerificationResult r = verifier.verify(doc);
            assertThat(r.errors()).isEmpty();
            assertThat(r.outcome()).isEqualTo(Outcome.VALID);
            assertThat(r.signatures().get(0).signerCertificate()).contains(DsigTestPki.RSA_CERT);
            assertThat(r.signatures().get(0).chain()).containsExactly(DsigTestPki.RSA_CERT, DsigTestPki.CA);
        }
    }

    @Test
    void whenNoCertificateVerifiesTheSignatureValueMismatchIsReported() throws Exception {
        byte[] signed = XmlSigner.of(SignatureProfile.ENVELOPED).sign(Docs.medicalRecord(), DsigTestPki.rsaKey());
        String xml = Docs.utf8(signed);
        // the attacker's certificate replaces the signer's: the signature no longer verifies with any key
        String own = Base64.getEncoder().encodeToString(DsigTestPki.RSA_CERT.getEncoded());
        String attacker = Base64.getEncoder().encodeToString(DsigTestPki.ATTACKER_CERT.getEncoded());
        byte[] swapped = Docs.bytes(xml.replaceAll("(?s)(X509Certificate>)[^<]*(</)", "$1" + attacker + "$2"));
        assertThat(Docs.utf8(swapped)).doesNotContain(own);
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust())
                .verify(withCertificatesFirst(swapped, unrelatedSelfSigned(TrustTestPki.rsa())));
        assertThat(r.hasError(SignatureError.SIGNATURE_VALUE_MISMATCH)).as("%s", r.errors()).isTrue();
        assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aCaCertificateCannotSignADocumentEvenWhenTrusted() {
        // the CA's own key signs, with the CA certificate (CA:TRUE) in KeyInfo
        SigningKey caKey = SigningKeys.of(DsigTestPki.CA_KEYS.getPrivate(), List.of(DsigTestPki.CA));
        byte[] signed = XmlSigner.of(SignatureProfile.ENVELOPED).sign(Docs.medicalRecord(), caKey);
        VerificationResult r = XmlVerifier.strict(DsigTestPki.trust()).verify(signed);
        assertThat(r.hasError(TrustError.SIGNER_IS_CA)).as("%s", r.errors()).isTrue();
        assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
    }
}
