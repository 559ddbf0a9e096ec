package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.validation.Issue;

/**
 * Interoperability with {@code xmlsec1} (Aleksey Sanin's C implementation, Debian package {@code xmlsec1}), both
 * ways, on a {@code GIAMDINHHS} claims file with its {@code CHUKYDONVI} signature: what we sign, xmlsec1 verifies
 * against the CA; what xmlsec1 signs from a template, we verify. Skipped when xmlsec1 is not on the PATH.
 */
class XmlSec1InteropTest {

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static String xmlsec1;
    static DemoCredentials demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        xmlsec1 = onPath("xmlsec1");
        assumeTrue(xmlsec1 != null, "xmlsec1 not on PATH: apt-get install xmlsec1 to run the interop test");
        demo = DemoCredentials.generate();
    }

    static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Paths.get(d, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** A claims file shaped as QĐ 130/4750 wrappers are, with Vietnamese text, the signature slot last. */
    static String claims(String signatureSlot) {
        String inner = "<TONG_HOP><MA_LK>LK0001</MA_LK><HO_TEN>Nguyễn Thị Bình</HO_TEN><T_TONGCHI>150000</T_TONGCHI>"
                + "</TONG_HOP>";
        String b64 = Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<GIAMDINHHS xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <THONGTINDONVI>\n    <MACSKCB>01001</MACSKCB>\n  </THONGTINDONVI>\n"
                + "  <THONGTINHOSO>\n    <NGAYLAP>20260115</NGAYLAP>\n    <SOLUONGHOSO>1</SOLUONGHOSO>\n"
                + "    <DANHSACHHOSO>\n      <HOSO>\n        <FILEHOSO>\n          <LOAIHOSO>XML1</LOAIHOSO>\n"
                + "          <NOIDUNGFILE>" + b64 + "</NOIDUNGFILE>\n        </FILEHOSO>\n      </HOSO>\n"
                + "    </DANHSACHHOSO>\n  </THONGTINHOSO>\n"
                + "  <CHUKYDONVI>" + signatureSlot + "</CHUKYDONVI>\n</GIAMDINHHS>\n";
    }

    /** The template .NET SignedXml and the BHXH tools produce: default namespace, C14N 1.0, rsa-sha256. */
    static String template() {
        return "<Signature xmlns=\"" + DSIG + "\"><SignedInfo>"
                + "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
                + "<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>"
                + "<Reference URI=\"\"><Transforms>"
                + "<Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/></Transforms>"
                + "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><DigestValue/></Reference>"
                + "</SignedInfo><SignatureValue/><KeyInfo><X509Data><X509Certificate/></X509Data></KeyInfo>"
                + "</Signature>";
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    private Path caPem() {
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        return ca;
    }

    private Result xmlsecVerify(Path signed, Path ca) throws Exception {
        return run(List.of(xmlsec1, "--verify", "--trusted-pem", ca.toString(), "--enabled-reference-uris", "empty",
                "--enabled-key-data", "x509", signed.toString()));
    }

    private Path xmlsecSigned() throws Exception {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Path p12 = dir.resolve("facility.p12");
        demo.writePkcs12(p12, "demo".toCharArray());
        Files.writeString(cert, Certificates.toPem(demo.facilityCertificate()));
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(privateKey(p12).getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Path template = Files.writeString(dir.resolve("template.xml"), claims(template()));
        Path out = dir.resolve("xmlsec1-signed.xml");
        Result sign = run(List.of(xmlsec1, "--sign", "--privkey-pem", key + "," + cert, "--output", out.toString(),
                template.toString()));
        assertThat(sign.exit()).as(sign.output()).isZero();
        return out;
    }

    private static java.security.PrivateKey privateKey(Path p12) throws Exception {
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(p12)) {
            ks.load(in, "demo".toCharArray());
        }
        return (java.security.PrivateKey) ks.getKey(DemoCredentials.ALIAS, "demo".toCharArray());
    }

    @Test
    void xmlsec1SignatureVerifiesHere() throws Exception {
        Path signed = xmlsecSigned();
        // xmlsec1 agrees with itself (sanity of the fixture)
        Result self = xmlsecVerify(signed, caPem());
        assertThat(self.exit()).as(self.output()).isZero();

        byte[] bytes = Files.readAllBytes(signed);
        VerificationResult result = XmlVerifier.strict(demo.trustPolicy()).withProfile(SignatureProfile.CHUKYDONVI)
                .verify(bytes);
        assertThat(result.errors()).extracting(Issue::toString).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.signatures().get(0).signerCertificate()).contains(demo.facilityCertificate());
        assertThat(result.signatures().get(0).signatureAlgorithm()).contains(SignatureAlgorithm.RSA_SHA256);

        // and a one-character change of the xmlsec1-signed file is caught here
        String tampered = new String(bytes, StandardCharsets.UTF_8).replace("01001", "01002");
        assertThat(XmlVerifier.strict(demo.trustPolicy()).withProfile(SignatureProfile.CHUKYDONVI)
                .verify(tampered.getBytes(StandardCharsets.UTF_8)).valid()).isFalse();
        // and another CA is not trusted
        assertThat(XmlVerifier.strict(DemoCredentials.generate().trustPolicy())
                .withProfile(SignatureProfile.CHUKYDONVI).verify(bytes).valid()).isFalse();
    }

    @Test
    void ourChukydonviSignatureVerifiesWithXmlsec1() throws Exception {
        byte[] unsigned = claims("").replace("<CHUKYDONVI></CHUKYDONVI>", "<CHUKYDONVI/>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] signed = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(unsigned, demo.signingKey());
        Path file = Files.write(dir.resolve("ours.xml"), signed);
        Path ca = caPem();

        Result verify = xmlsecVerify(file, ca);
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("OK");

        // xmlsec1 is a real judge: it rejects a tampered copy and an untrusted CA
        Path tampered = Files.writeString(dir.resolve("tampered.xml"),
                new String(signed, StandardCharsets.UTF_8).replace("01001", "01002"));
        assertThat(xmlsecVerify(tampered, ca).exit()).isNotZero();
        Path otherCa = dir.resolve("other-ca.pem");
        DemoCredentials.generate().writeCaPem(otherCa);
        assertThat(xmlsecVerify(file, otherCa).exit()).isNotZero();
    }
}
