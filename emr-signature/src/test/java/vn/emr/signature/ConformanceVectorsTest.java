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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.emr.core.ErrorCode;

/**
 * Every public vector of {@code shared/data/signature} (copied under {@code src/test/resources/vectors}, same relative
 * paths) gets the STRICT outcome its SOURCES.md gives, with the reason we expect. As SOURCES.md says, a vector that
 * carries only a KeyValue is verified with that key pinned, and one with certificates with its last certificate (or
 * the xades4j test CA) as the trust anchor, so that the property under test is the only reason for the outcome.
 */
class ConformanceVectorsTest {

    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

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
                reject("xades4j/bad/document.signed.bes.invaliddataobj.xml", SignatureError.DIGEST_MISMATCH),
                reject("xades4j/bad/document.signed.t.bes.badsignedprops.xml", SignatureError.DIGEST_MISMATCH),
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
            return XmlVerifier.strict(TrustPolicy.of(ca));
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
            return XmlVerifier.strict(TrustPolicy.of(anchor));
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
