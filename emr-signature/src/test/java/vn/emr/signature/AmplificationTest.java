package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Bounded verification work: signatures that fail the cheap checks (key, SignatureValue) get no digest of the
 * document, and a document whose signatures would need more distinct digests or canonicalization work than the
 * documented limit is refused as a whole, before the second pass.
 */
class AmplificationTest {

    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String EXC = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private static final String ZERO_DIGEST = Base64.getEncoder().encodeToString(new byte[32]);
    private static final XmlVerifier VERIFIER = XmlVerifier.strict(DsigTestPki.trust());

    /** A canonical SignedInfo (written already in inclusive C14N form) of {@code refs} distinct URI="" references. */
    private static String signedInfo(int refs, int salt) {
        StringBuilder si = new StringBuilder("<ds:SignedInfo xmlns:ds=\"" + DSIG + "\">"
                + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\">"
                + "</ds:CanonicalizationMethod><ds:SignatureMethod "
                + "Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"></ds:SignatureMethod>");
        for (int i = 0; i < refs; i++) {
            si.append("<ds:Reference URI=\"\"><ds:Transforms><ds:Transform Algorithm=\"")
                    .append("http://www.w3.org/2000/09/xmldsig#enveloped-signature\"></ds:Transform>")
                    .append("<ds:Transform Algorithm=\"").append(EXC).append("\"><ec:InclusiveNamespaces xmlns:ec=\"")
                    .append(EXC).append("\" PrefixList=\"p").append(salt).append('x').append(i)
                    .append("\"></ec:InclusiveNamespaces></ds:Transform></ds:Transforms>")
                    .append("<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\">")
                    .append("</ds:DigestMethod><ds:DigestValue>").append(ZERO_DIGEST)
                    .append("</ds:DigestValue></ds:Reference>");
        }
        return si.append("</ds:SignedInfo>").toString();
    }

    /** One signature: keyless and unsigned, or signed by the attacker's own (untrusted) certificate. */
    private static String signature(int refs, int salt, boolean signed) throws Exception {
        String si = signedInfo(refs, salt);
        if (!signed) {
            return "<ds:Signature xmlns:ds=\"" + DSIG + "\">" + si + "<ds:SignatureValue>AAAA</ds:SignatureValue>"
                    + "</ds:Signature>";
        }
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(DsigTestPki.ATTACKER_KEYS.getPrivate());
        s.update(si.getBytes(StandardCharsets.UTF_8));
        return "<ds:Signature xmlns:ds=\"" + DSIG + "\">" + si + "<ds:SignatureValue>"
                + Base64.getEncoder().encodeToString(s.sign()) + "</ds:SignatureValue><ds:KeyInfo><ds:X509Data>"
                + "<ds:X509Certificate>" + Base64.getEncoder().encodeToString(DsigTestPki.ATTACKER_CERT.getEncoded())
                + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>";
    }

    /** A document of about {@code elements} elements followed by the signatures. */
    private static byte[] document(int elements, int signatures, int refs, boolean signed) throws Exception {
        StringBuilder xml = new StringBuilder(elements * 24 + signatures * refs * 600);
        xml.append("<HoSo>");
        for (int i = 0; i < elements; i++) {
            xml.append("<Dong>").append(i).append("</Dong>");
        }
        for (int i = 0; i < signatures; i++) {
            xml.append(signature(refs, i, signed));
        }
        return xml.append("</HoSo>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keylessUnsignedSignaturesGetNoDigestOfTheDocument() throws Exception {
        long t0 = System.nanoTime();
        byte[] attack = document(50_000, 64, 30, false);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        VerificationResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VERIFIER.verify(attack));
        assertThat(r.valid()).isFalse();
        assertThat(r.signatures()).hasSize(64).allSatisfy(s -> {
            assertThat(s.errors()).extracting(i -> i.codeString()).contains(SignatureError.NO_SIGNER_KEY.code());
            // reported, not digested: no reference of a signature without a key is checked
            assertThat(s.references()).hasSize(30).noneMatch(ReferenceResult::digestValid);
        });
    }

    @Test
    void refusesADocumentNeedingMoreDistinctDigestsThanTheLimit() throws Exception {
        // self-consistent signatures (they pass the cheap checks), 90 distinct whole-document digests on a small file
        byte[] attack = document(100, 3, 30, true);
        VerificationResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VERIFIER.verify(attack));
        assertThat(r.valid()).isFalse();
        assertThat(r.signatures()).isEmpty();
        assertThat(r.errors()).extracting(i -> i.codeString())
                .containsExactly(SignatureError.VERIFICATION_WORK_LIMIT.code());
    }

    @Test
    void refusesADocumentNeedingMoreCanonicalizationWorkThanTheLimit() throws Exception {
        // 50 distinct whole-document digests (under the count limit) over 50,000 elements: 2.5 M element visits
        byte[] attack = document(50_000, 2, 25, true);
        VerificationResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VERIFIER.verify(attack));
        assertThat(r.errors()).extracting(i -> i.codeString())
                .containsExactly(SignatureError.VERIFICATION_WORK_LIMIT.code());
        // the same shape within the limit is verified (and refused only for its untrusted signer and digests)
        VerificationResult small = VERIFIER.verify(document(1_000, 2, 25, true));
        assertThat(small.errors()).extracting(i -> i.codeString())
                .doesNotContain(SignatureError.VERIFICATION_WORK_LIMIT.code())
                .contains(SignatureError.DIGEST_MISMATCH.code());
    }

    @Test
    void aNormalMultiSignatureDocumentStillVerifies() {
        byte[] doc = Docs.medicalRecord();
        for (String id : new String[] {"sig-author", "sig-head", "sig-patient"}) {
            doc = XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId(id).referenceId("noi-dung")
                    .container("/HoSoBenhAn/ChuKy").addToExistingSignatures().build().sign(doc, DsigTestPki.rsaKey());
        }
        byte[] three = doc;
        VerificationResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> VERIFIER.withExpectedElement("/HoSoBenhAn/NoiDung").verify(three));
        assertThat(r.errors()).isEmpty();
        assertThat(r.signatures()).hasSize(3).allSatisfy(s -> {
            assertThat(s.valid()).isTrue();
            // a reference to NoiDung does not hold the signature: nothing was left out of what it signs
            assertThat(s.excludedElement()).isEmpty();
        });
    }
}
