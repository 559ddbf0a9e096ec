package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.emr.core.ErrorCode;
import vn.emr.core.validation.Issue;

/**
 * Every public vector of {@code shared/data/signature} (copied under {@code src/test/resources/vectors}, same relative
 * paths) gets the STRICT outcome its SOURCES.md gives, with the reason we expect. As SOURCES.md says, a vector that
 * carries only a KeyValue is verified with that key pinned, and one with certificates with its last certificate (or
 * the xades4j test CA) as the trust anchor, so that the property under test is the only reason for the outcome.
 */
class ConformanceVectorsTest {

    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final Instant PHAOS_TIME = Instant.parse("2010-01-01T00:00:00Z");
    private static final Instant DSS_TIME = Instant.parse("2019-02-19T12:29:01Z");

    static Stream<Arguments> vectors() {
        return Stream.of(
                accept("w3c-xmldsig11-interop/microsoft/rsa2048_sha256_c14n.xml"),
                accept("w3c-xmldsig11-interop/microsoft/rsa2048_sha256_exc-c14n.xml"),
                reject("w3c-xmldsig11-interop/microsoft/rsa2048_sha1_c14n.xml", SignatureError.SIGNATURE_ALGORITHM_WEAK,
                        SignatureError.DIGEST_ALGORITHM_WEAK),
                reject("w3c-xmldsig11-interop/oracle/signature-enveloping-sha256-rsa-sha256.xml",
                        SignatureError.RSA_KEY_TOO_SMALL),
                accept("w3c-xmldsig11-interop/oracle/signature-enveloping-p256_sha256.xml"),
                reject("merlin-xmldsig-twenty-three/signature-enveloping-rsa.xml",
                        SignatureError.SIGNATURE_ALGORITHM_WEAK),
                reject("merlin-xmldsig-twenty-three/signature-enveloping-dsa.xml",
                        SignatureError.SIGNATURE_ALGORITHM_WEAK),
                reject("merlin-xmldsig-twenty-three/signature-enveloping-hmac-sha1-40.xml",
                        SignatureError.HMAC_REFUSED),
                reject("phaos-xmldsig-three/signature-rsa-enveloped.xml", SignatureError.SIGNATURE_ALGORITHM_WEAK),
                reject("phaos-xmldsig-three/signature-rsa-enveloped-bad-digest-val.xml",
                        SignatureError.DIGEST_ALGORITHM_WEAK),
                reject("phaos-xmldsig-three/signature-rsa-enveloped-bad-sig.xml", SignatureError.DIGEST_ALGORITHM_WEAK),
                reject("iaik-ixsil/coreFeatures/signatures/manifestSignature.xml", SignatureError.DOCTYPE_REFUSED),
                reject("iaik-ixsil/coreFeatures/signatures/manifestSignatureWrapping.xml",
                        SignatureError.DOCTYPE_REFUSED),
                reject("santuario-attacks/signature-enveloping-hmac-sha1-trunclen-0-attack.xml",
                        SignatureError.HMAC_REFUSED),
                reject("santuario-attacks/signature-enveloping-hmac-sha1-trunclen-8-attack.xml",
                        SignatureError.HMAC_REFUSED),
                reject("santuario-attacks/signature1.xml", SignatureError.TRANSFORM_REFUSED),
                reject("santuario-attacks/invalid-signature.xml", SignatureError.SIGNATURE_ALGORITHM_WEAK),
                reject("santuario-attacks/signatureWithExternalReference.xml", SignatureError.REFERENCE_URI_EXTERNAL),
                reject("santuario-attacks/signature-bad-sig-algo.xml", SignatureError.SIGNATURE_ALGORITHM_UNKNOWN),
                reject("xades4j/document.signed.bes.xml", SignatureError.RSA_KEY_TOO_SMALL),
                reject("xades4j/document.signed.t.bes.xml", SignatureError.RSA_KEY_TOO_SMALL),
                reject("xades4j/bad/document.signed.bes.invalidsigvalue.xml", SignatureError.RSA_KEY_TOO_SMALL),
                reject("xades4j/bad/document.signed.bes.invaliddataobj.xml", SignatureError.RSA_KEY_TOO_SMALL),
                reject("xades4j/bad/document.signed.t.bes.badsignedprops.xml", SignatureError.RSA_KEY_TOO_SMALL),
                reject("xades4j/bad/document.signed.t.bes.badtsdigest.xml",
                        SignatureError.TIMESTAMP_IMPRINT_MISMATCH),
                accept("dss-xades/dss-signed.xml"),
                reject("dss-xades/dss-signed-altered-refRemoved.xml", SignatureError.SIGNATURE_VALUE_MISMATCH),
                reject("dss-xades/dss-signed-altered-signedPropsRemoved.xml", SignatureError.XADES_NOT_SIGNED),
                reject("dss-xades/xsw/XSW-enveloped-fake-signedProperties.xml", SignatureError.TRANSFORM_REFUSED),
                reject("dss-xades/xsw/XSW-enveloping-fake-manifest.xml", SignatureError.MANIFEST_REFUSED),
                reject("dss-xades/xsw/XSW-enveloping-fake-object.xml", SignatureError.TRANSFORM_REFUSED),
                reject("dss-xades/xsw/XSW-enveloped-fake-content.xml", SignatureError.NOT_COVERING),
                reject("dss-xades/xsw/XSW-enveloped-fake-content-two-same-id.xml", SignatureError.DUPLICATE_ID));
    }

    /**
     * The negative vectors under the test-only legacy policy (SHA-1, RSA-SHA1 and RSA-1024 accepted), so that each
     * fails for the property it tests and not for its age; the exact set of error codes each produces. The IAIK
     * Manifest vectors declare their Id attributes in a DOCTYPE, which the SDK refuses before anything else; the Phaos
     * "bad-sig" vector's second Reference has no DigestValue (and an MD5 DigestMethod), so it is malformed before its
     * SignatureValue can be checked.
     */
    static Stream<Arguments> negativeVectorsUnderLegacyAlgorithms() {
        return Stream.of(
                exact("merlin-xmldsig-twenty-three/signature-enveloping-dsa.xml",
                        SignatureError.SIGNATURE_ALGORITHM_WEAK),
                exact("merlin-xmldsig-twenty-three/signature-enveloping-hmac-sha1-40.xml", SignatureError.HMAC_REFUSED),
                exact("phaos-xmldsig-three/signature-rsa-enveloped-bad-digest-val.xml",
                        SignatureError.SIGNATURE_VALUE_MISMATCH),
                exact("phaos-xmldsig-three/signature-rsa-enveloped-bad-sig.xml", SignatureError.SIGNATURE_MALFORMED),
                exact("iaik-ixsil/coreFeatures/signatures/manifestSignature.xml", SignatureError.DOCTYPE_REFUSED),
                exact("iaik-ixsil/coreFeatures/signatures/manifestSignatureWrapping.xml",
                        SignatureError.DOCTYPE_REFUSED),
                exact("santuario-attacks/signature-enveloping-hmac-sha1-trunclen-0-attack.xml",
                        SignatureError.HMAC_REFUSED),
                exact("santuario-attacks/signature-enveloping-hmac-sha1-trunclen-8-attack.xml",
                        SignatureError.HMAC_REFUSED),
                exact("santuario-attacks/signature1.xml", SignatureError.TRANSFORM_REFUSED),
                exact("santuario-attacks/invalid-signature.xml", SignatureError.SIGNATURE_VALUE_MISMATCH),
                exact("santuario-attacks/signatureWithExternalReference.xml", SignatureError.SIGNATURE_ALGORITHM_WEAK,
                        SignatureError.REFERENCE_URI_EXTERNAL),
                exact("santuario-attacks/signature-bad-sig-algo.xml", SignatureError.SIGNATURE_ALGORITHM_UNKNOWN),
                exact("xades4j/bad/document.signed.bes.invalidsigvalue.xml", SignatureError.SIGNATURE_VALUE_MISMATCH),
                exact("xades4j/bad/document.signed.bes.invaliddataobj.xml", SignatureError.DIGEST_MISMATCH),
                exact("xades4j/bad/document.signed.t.bes.badsignedprops.xml", SignatureError.DIGEST_MISMATCH,
                        SignatureError.XADES_STRUCTURE),
                exact("xades4j/bad/document.signed.t.bes.badtsdigest.xml", SignatureError.TIMESTAMP_IMPRINT_MISMATCH),
                exact("dss-xades/dss-signed-altered-refRemoved.xml", SignatureError.SIGNATURE_VALUE_MISMATCH,
                        SignatureError.NOT_COVERING),
                exact("dss-xades/dss-signed-altered-signedPropsRemoved.xml", SignatureError.SIGNATURE_VALUE_MISMATCH,
                        SignatureError.XADES_NOT_SIGNED),
                exact("dss-xades/xsw/XSW-enveloped-fake-signedProperties.xml", SignatureError.TRANSFORM_REFUSED),
                exact("dss-xades/xsw/XSW-enveloping-fake-manifest.xml", SignatureError.MANIFEST_REFUSED,
                        SignatureError.NOT_COVERING),
                exact("dss-xades/xsw/XSW-enveloping-fake-object.xml", SignatureError.TRANSFORM_REFUSED),
                // its signer certificate's extended key usage allows no document signing, which the policy refuses
                exact("dss-xades/xsw/XSW-enveloped-fake-content.xml", SignatureError.DIGEST_MISMATCH,
                        SignatureError.NOT_COVERING, TrustError.EXTENDED_KEY_USAGE_NOT_SIGNING),
                exact("dss-xades/xsw/XSW-enveloped-fake-content-two-same-id.xml", SignatureError.DUPLICATE_ID));
    }

    /** The positive vectors refused in STRICT only for their old algorithms verify under the legacy policy. */
    static Stream<String> legacyOnlyVectors() {
        return Stream.of("w3c-xmldsig11-interop/microsoft/rsa2048_sha1_c14n.xml",
                "w3c-xmldsig11-interop/oracle/signature-enveloping-sha256-rsa-sha256.xml",
                "merlin-xmldsig-twenty-three/signature-enveloping-rsa.xml",
                "phaos-xmldsig-three/signature-rsa-enveloped.xml", "xades4j/document.signed.bes.xml",
                "xades4j/document.signed.t.bes.xml");
    }

    private static Arguments exact(String path, ErrorCode... codes) {
        return Arguments.of(path, codes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeVectorsUnderLegacyAlgorithms")
    void failsForThePropertyItTests(String path, ErrorCode[] codes) throws Exception {
        byte[] xml = read("vectors/" + path);
        VerificationResult r = verifierFor(path, xml).withLegacyAlgorithmsForTests().verify(xml);
        assertThat(r.valid()).isFalse();
        assertThat(r.errors().stream().map(Issue::codeString).collect(Collectors.toSet())).as(path)
                .isEqualTo(Arrays.stream(codes).map(ErrorCode::code).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyOnlyVectors")
    void verifiesUnderTheLegacyPolicyWhatStrictRefusesOnlyForItsAlgorithms(String path) throws Exception {
        byte[] xml = read("vectors/" + path);
        XmlVerifier strict = verifierFor(path, xml);
        assertThat(strict.verify(xml).valid()).isFalse();
        VerificationResult r = strict.withLegacyAlgorithmsForTests().verify(xml);
        assertThat(r.errors()).as(path).isEmpty();
        assertThat(r.signatures()).allSatisfy(s -> assertThat(s.signedElement()).isNotEmpty());
    }

    private static Arguments accept(String path) {
        return Arguments.of(path, true, new ErrorCode[0]);
    }

    private static Arguments reject(String path, ErrorCode... codes) {
        return Arguments.of(path, false, codes);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("vectors")
    void givesTheStrictOutcomeOfSourcesMd(String path, boolean accept, ErrorCode[] codes) throws Exception {
        byte[] xml = read("vectors/" + path);
        VerificationResult r = verifierFor(path, xml).verify(xml);
        assertThat(r.valid()).as("%s: %s", path, r.errors()).isEqualTo(accept);
        for (ErrorCode c : codes) {
            assertThat(r.hasError(c)).as("%s has %s in %s", path, c.code(), r.errors()).isTrue();
        }
        if (accept) {
            assertThat(r.errors()).isEmpty();
            assertThat(r.signatures().get(0).signedElement()).isNotEmpty();
        }
    }

    static byte[] read(String resource) throws IOException {
        try (InputStream in = ConformanceVectorsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Pins the KeyValue key, or trusts the last KeyInfo certificate (the xades4j test CA for xades4j). */
    static XmlVerifier verifierFor(String path, byte[] xml) throws Exception {
        if (path.startsWith("xades4j/")) {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(read("vectors/xades4j/certs/TestCA.cer")));
            X509Certificate intermediate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(read("vectors/xades4j/certs/Interm.cer")));
            return XmlVerifier.strict(TrustPolicy.builder().trustAnchor(ca).intermediate(intermediate).build());
        }
        Document doc;
        try {
            doc = JdkDsig.parse(xml);
        } catch (Exception e) {
            return XmlVerifier.strict(DsigTestPki.trust());
        }
        NodeList certs = doc.getElementsByTagNameNS(DSIG, "X509Certificate");
        if (certs.getLength() > 0) {
            String b64 = certs.item(certs.getLength() - 1).getTextContent().replaceAll("\\s", "");
            X509Certificate anchor = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(b64)));
            XmlVerifier v = XmlVerifier.strict(TrustPolicy.of(anchor));
            // the Phaos test certificates expired in 2012: check them when they were valid
            if (path.startsWith("phaos-")) {
                return v.withClock(Clock.fixed(PHAOS_TIME, ZoneOffset.UTC));
            }
            // a DSS vector whose SignedProperties were removed has no signing time: check it at the DSS one
            return path.startsWith("dss-xades/") ? v.withClock(Clock.fixed(DSS_TIME, ZoneOffset.UTC)) : v;
        }
        List<PublicKey> pinned = new ArrayList<>();
        NodeList rsa = doc.getElementsByTagNameNS(DSIG, "RSAKeyValue");
        if (rsa.getLength() > 0) {
            Element e = (Element) rsa.item(0);
            pinned.add(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    big(e.getElementsByTagNameNS(DSIG, "Modulus").item(0).getTextContent()),
                    big(e.getElementsByTagNameNS(DSIG, "Exponent").item(0).getTextContent()))));
        }
        NodeList ec = doc.getElementsByTagNameNS("http://www.w3.org/2009/xmldsig11#", "PublicKey");
        if (ec.getLength() > 0) {
            byte[] point = Base64.getDecoder().decode(ec.item(0).getTextContent().replaceAll("\\s", ""));
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec spec = p.getParameterSpec(ECParameterSpec.class);
            pinned.add(KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                    new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                            new BigInteger(1, Arrays.copyOfRange(point, 33, 65))), spec)));
        }
        return XmlVerifier.strict(DsigTestPki.trust()).withPinnedKeys(pinned);
    }

    private static BigInteger big(String b64) {
        return new BigInteger(1, Base64.getDecoder().decode(b64.replaceAll("\\s", "")));
    }
}
