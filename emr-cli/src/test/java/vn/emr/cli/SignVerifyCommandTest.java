package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.XmlSigner;

class SignVerifyCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static DemoCredentials demo;
    static DemoCredentials stranger;

    @TempDir
    Path dir;

    @BeforeAll
    static void credentials() {
        demo = DemoCredentials.generate();
        stranger = DemoCredentials.generate();
    }

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run emr(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EmrCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String claims() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GIAMDINHHS xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <THONGTINDONVI><MACSKCB>01001</MACSKCB></THONGTINDONVI>\n"
                + "  <THONGTINHOSO><NGAYLAP>20260115</NGAYLAP><SOLUONGHOSO>1</SOLUONGHOSO><DANHSACHHOSO><HOSO>"
                + "<FILEHOSO><LOAIHOSO>XML1</LOAIHOSO><NOIDUNGFILE>PFRPTkdfSE9QPjwvVE9OR19IT1A+</NOIDUNGFILE>"
                + "</FILEHOSO></HOSO></DANHSACHHOSO></THONGTINHOSO>\n"
                + "  <CHUKYDONVI/>\n</GIAMDINHHS>\n";
    }

    private Path p12;
    private Path caPem;
    private Path strangerPem;
    private Path input;

    private void files() throws Exception {
        p12 = dir.resolve("facility.p12");
        caPem = dir.resolve("ca.pem");
        strangerPem = dir.resolve("other-ca.pem");
        demo.writePkcs12(p12, "demo-pass".toCharArray());
        demo.writeCaPem(caPem);
        stranger.writeCaPem(strangerPem);
        input = Files.writeString(dir.resolve("claims.xml"), claims(), StandardCharsets.UTF_8);
    }

    private Path signed(String profile) throws Exception {
        files();
        Path out = dir.resolve("signed-" + profile + ".xml");
        Run sign = emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--profile", profile, "--out",
                out.toString(), input.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(out).exists();
        return out;
    }

    @Test
    void profileDefaultsToChukydonviForAClaimsFileAndEnvelopedOtherwise() throws Exception {
        files();
        Path out = dir.resolve("default.xml");
        Run sign = emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--out", out.toString(),
                input.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(Files.readString(out)).contains("<CHUKYDONVI><Signature");
        assertThat(emr("verify", "--trust", caPem.toString(), out.toString()).exit()).isZero();

        Path record = Files.writeString(dir.resolve("record.xml"), "<?xml version=\"1.0\"?>\n<!-- c -->\n"
                + "<HoSoBenhAn><BenhNhan>A</BenhNhan></HoSoBenhAn>", StandardCharsets.UTF_8);
        Path recordOut = dir.resolve("record-signed.xml");
        assertThat(emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--out", recordOut.toString(),
                record.toString()).exit()).isZero();
        assertThat(Files.readString(recordOut)).contains("<Signature").doesNotContain("CHUKYDONVI");
        assertThat(emr("verify", "--trust", caPem.toString(), recordOut.toString()).exit()).isZero();
        // an explicit profile still wins: the record is not a claims file
        assertThat(emr("verify", "--trust", caPem.toString(), "--profile", "chukydonvi", recordOut.toString()).exit())
                .isEqualTo(1);
    }

    @Test
    void signsChukydonviAndVerifiesWithTheCa() throws Exception {
        Path out = signed("chukydonvi");
        String signedText = Files.readString(out);
        assertThat(signedText).contains("<CHUKYDONVI><Signature").contains("</Signature></CHUKYDONVI>");

        Run verify = emr("verify", "--json", "--trust", caPem.toString(), "--profile", "chukydonvi", out.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        JsonNode json = verify.json();
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("signer").get("subject").asText()).contains("Bệnh viện Demo");
        assertThat(json.get("signer").get("issuer").asText()).contains("EMR SDK Demo CA");
        assertThat(json.get("signer").get("serial").asText())
                .isEqualToIgnoringCase(demo.facilityCertificate().getSerialNumber().toString(16));
        assertThat(json.get("signer").get("notAfter").asText()).endsWith("Z");
        assertThat(json.get("signatureAlgorithm").asText()).endsWith("#rsa-sha256");
        assertThat(json.get("signedElement").asText()).contains("GIAMDINHHS");
        assertThat(json.get("warnings").isArray()).isTrue();
        assertThat(json.fieldNames()).toIterable().containsExactly("valid", "outcome", "signer",
                "signatureAlgorithm", "signedElement", "warnings", "signatures");
        assertThat(json.get("outcome").asText()).isEqualTo("valid");
        JsonNode only = json.get("signatures").get(0);
        assertThat(json.get("signatures")).hasSize(1);
        assertThat(only.fieldNames()).toIterable().containsExactly("id", "outcome", "signedElement", "signer",
                "signatureAlgorithm", "signingTime", "errors", "warnings");
        assertThat(only.get("outcome").asText()).isEqualTo("valid");
        assertThat(only.get("signer")).isEqualTo(json.get("signer"));
        assertThat(only.get("signedElement").asText()).isEqualTo("/GIAMDINHHS");
        assertThat(only.get("errors")).isEmpty();

        Run human = emr("verify", "--trust", caPem.toString(), "--profile", "chukydonvi", out.toString());
        assertThat(human.exit()).isZero();
    }

    @Test
    void genericEnvelopedSignatureOnAClaimsFileFailsTheDefaultChukydonviCheck() throws Exception {
        Path out = signed("enveloped");
        Run verify = emr("verify", "--json", "--trust", caPem.toString(), "--profile", "enveloped", out.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        // an enveloped signature in the root is not a CHUKYDONVI signature: the portal would refuse it
        Run strict = emr("verify", "--json", "--trust", caPem.toString(), out.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.json().get("valid").asBoolean()).isFalse();
        assertThat(strict.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0043");
    }

    @Test
    void tamperedFileIsInvalidWithCodes() throws Exception {
        Path out = signed("chukydonvi");
        Path tampered = Files.writeString(dir.resolve("tampered.xml"),
                Files.readString(out).replace("01001", "01009"));
        Run verify = emr("verify", "--json", "--trust", caPem.toString(), "--profile", "chukydonvi",
                tampered.toString());
        assertThat(verify.exit()).isEqualTo(1);
        JsonNode json = verify.json();
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("outcome").asText()).isEqualTo("invalid");
        assertThat(json.get("signatures").get(0).get("outcome").asText()).isEqualTo("invalid");
        assertThat(json.get("signatures").get(0).get("errors")).isNotEmpty();
        assertThat(json.get("errors")).isNotEmpty();
        assertThat(json.get("errors").get(0).get("code").asText()).startsWith("EMR-SIG-");
        assertThat(json.get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(verify.err()).doesNotContain("Exception");
    }

    @Test
    void wrongTrustAnchorIsInvalid() throws Exception {
        Path out = signed("chukydonvi");
        Run verify = emr("verify", "--json", "--lang", "en", "--trust", strangerPem.toString(), "--profile",
                "chukydonvi", out.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.json().get("valid").asBoolean()).isFalse();
        assertThat(verify.out()).contains("EMR-SIG-0502");
        // two anchors, one of them right: valid
        assertThat(emr("verify", "--trust", strangerPem.toString(), "--trust", caPem.toString(), "--profile",
                "chukydonvi", out.toString()).exit()).isZero();
    }

    /** A record signed by its author, the head of department (another CA) and the patient, over its content. */
    private Path threeSignatures() throws Exception {
        files();
        byte[] doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HoSoBenhAn><NoiDung Id=\"noi-dung\">"
                + "<ChanDoan>J18.9</ChanDoan></NoiDung><ChuKy/></HoSoBenhAn>\n").getBytes(StandardCharsets.UTF_8);
        byte[] one = sigOn("sig-author").sign(doc, demo.signingKey());
        byte[] two = sigOn("sig-head").sign(one, stranger.signingKey());
        byte[] three = sigOn("sig-patient").sign(two, demo.signingKey());
        return Files.write(dir.resolve("three.xml"), three);
    }

    private static XmlSigner sigOn(String id) {
        return XmlSigner.builder(SignatureProfile.ENVELOPED).signatureId(id).referenceId("noi-dung")
                .container("/HoSoBenhAn/ChuKy").addToExistingSignatures().build();
    }

    @Test
    void reportsEachOfThreeSignaturesByIdAndTheOverallOutcome() throws Exception {
        Path three = threeSignatures();
        Run all = emr("verify", "--json", "--trust", caPem.toString(), "--trust", strangerPem.toString(), "--signed-element",
                "/HoSoBenhAn/NoiDung", three.toString());
        assertThat(all.exit()).as(all.out() + all.err()).isZero();
        JsonNode json = all.json();
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("outcome").asText()).isEqualTo("valid");
        // several signatures: no top-level signer that would silently describe the first one
        assertThat(json.has("signer")).isFalse();
        assertThat(json.has("signedElement")).isFalse();
        JsonNode sigs = json.get("signatures");
        assertThat(sigs).hasSize(3);
        assertThat(sigs.get(0).get("id").asText()).isEqualTo("sig-author");
        assertThat(sigs.get(1).get("id").asText()).isEqualTo("sig-head");
        assertThat(sigs.get(2).get("id").asText()).isEqualTo("sig-patient");
        assertThat(sigs.get(1).get("signer").get("issuer").asText())
                .isEqualTo(stranger.caCertificate().getSubjectX500Principal().getName());
        for (JsonNode s : sigs) {
            assertThat(s.get("outcome").asText()).isEqualTo("valid");
            assertThat(s.get("signedElement").asText()).isEqualTo("/HoSoBenhAn/NoiDung");
            assertThat(s.get("signingTime").isNull()).isTrue(); // no XAdES properties in these signatures
        }

        // the head of department's CA is not trusted: that signature, and so the record, is invalid
        Run one = emr("verify", "--json", "--trust", caPem.toString(), "--signed-element", "/HoSoBenhAn/NoiDung",
                three.toString());
        assertThat(one.exit()).isEqualTo(1);
        JsonNode partly = one.json();
        assertThat(partly.get("outcome").asText()).isEqualTo("invalid");
        assertThat(partly.get("signatures").get(0).get("outcome").asText()).isEqualTo("valid");
        assertThat(partly.get("signatures").get(1).get("outcome").asText()).isEqualTo("invalid");
        assertThat(partly.get("signatures").get(1).get("errors").get(0).get("code").asText())
                .isEqualTo("EMR-SIG-0502");
        assertThat(partly.get("signatures").get(2).get("outcome").asText()).isEqualTo("valid");

        Run human = emr("verify", "--lang", "en", "--trust", caPem.toString(), "--signed-element", "/HoSoBenhAn/NoiDung",
                three.toString());
        assertThat(human.exit()).isEqualTo(1);
        assertThat(human.out()).contains("valid [sig-author]").contains("invalid [sig-head]")
                .contains("valid [sig-patient]");
        assertThat(human.err()).contains("EMR-SIG-0502");

        // the default element is the root, which these signatures do not cover
        assertThat(emr("verify", "--trust", caPem.toString(), "--trust", strangerPem.toString(), three.toString())
                .exit()).isEqualTo(1);
        assertThat(emr("verify", "--trust", caPem.toString(), "--signed-element", "HoSoBenhAn", three.toString()).exit())
                .isEqualTo(2);
    }

    /**
     * The command streams the file through {@code XmlVerifier.verify(Path)}: with {@code EMR_MAX_INPUT_BYTES} far
     * below the file's size (a limit for whole-file reads, which {@code sign} still does) the file still verifies.
     */
    @Test
    void verifiesAFileLargerThanTheWholeFileReadLimit() throws Exception {
        Path out = signed("chukydonvi");
        long size = Files.size(out);
        assertThat(size).isGreaterThan(2048);
        Path three = threeSignatures();
        String limit = "2048";
        Process verify = cli(limit, "verify", "--json", "--trust", caPem.toString(), out.toString());
        String verifyOut = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor()).as(verifyOut).isZero();
        assertThat(JSON.readTree(verifyOut).get("outcome").asText()).isEqualTo("valid");
        Process element = cli(limit, "verify", "--trust", caPem.toString(), "--trust", strangerPem.toString(),
                "--signed-element", "/HoSoBenhAn/NoiDung", three.toString());
        element.getInputStream().readAllBytes();
        assertThat(element.waitFor()).isZero();
        // the same limit is in force for a whole-file read
        Process sign = cli(limit, "sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out",
                dir.resolve("again.xml").toString(), out.toString());
        String signOut = new String(sign.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sign.waitFor()).isEqualTo(1);
        assertThat(JSON.readTree(signOut).get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0020");
    }

    private static Process cli(String maxInputBytes, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), EmrCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("EMR_MAX_INPUT_BYTES", maxInputBytes);
        return pb.start();
    }

    @Test
    void wrongPasswordIsCodedWithoutStackTrace() throws Exception {
        files();
        Path out = dir.resolve("never.xml");
        Run sign = emr("sign", "--json", "--key", p12.toString(), "--password", "wrong", "--out", out.toString(),
                input.toString());
        assertThat(sign.exit()).isEqualTo(1);
        assertThat(sign.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0701");
        assertThat(sign.out() + sign.err()).doesNotContain("Exception").doesNotContain("wrong\"");
        assertThat(out).doesNotExist();

        Run plain = emr("sign", "--key", p12.toString(), "--password", "wrong", "--out", out.toString(),
                input.toString());
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(plain.err()).contains("EMR-SIG-0701").doesNotContain("\tat ");
    }

    @Test
    void missingAliasIsCoded() throws Exception {
        files();
        Run sign = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--alias", "nobody",
                "--out", dir.resolve("x.xml").toString(), input.toString());
        assertThat(sign.exit()).isEqualTo(1);
        assertThat(sign.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0702");
    }

    @Test
    void missingFilesAreCoded() throws Exception {
        files();
        Run sign = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out",
                dir.resolve("x.xml").toString(), dir.resolve("missing.xml").toString());
        assertThat(sign.exit()).isEqualTo(1);
        assertThat(sign.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");

        Run verify = emr("verify", "--json", "--trust", caPem.toString(), dir.resolve("missing.xml").toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.json().get("valid").asBoolean()).isFalse();
        assertThat(verify.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");

        Run noTrust = emr("verify", "--json", "--trust", dir.resolve("missing.pem").toString(), input.toString());
        assertThat(noTrust.exit()).isEqualTo(1);
        assertThat(noTrust.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0945");

        Run noKey = emr("sign", "--json", "--key", dir.resolve("none.p12").toString(), "--password", "x", "--out",
                dir.resolve("x.xml").toString(), input.toString());
        assertThat(noKey.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0700");
    }

    @Test
    void unsignedFileIsInvalid() throws Exception {
        files();
        Run verify = emr("verify", "--json", "--trust", caPem.toString(), input.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.json().get("valid").asBoolean()).isFalse();
        assertThat(verify.json().get("errors")).isNotEmpty();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        files();
        assertThat(emr("sign", "--out", dir.resolve("x.xml").toString(), input.toString()).exit()).isEqualTo(1);
        assertThat(emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--profile", "detached", "--out",
                dir.resolve("x.xml").toString(), input.toString()).exit()).isEqualTo(2);
        assertThat(emr("verify", input.toString()).exit()).isEqualTo(2);
    }

    /**
     * {@code --pkcs11 CONFIG --pin PIN} against SoftHSM2. Runs when the library is installed and SOFTHSM2_CONF is set
     * for this JVM (surefire {@code environmentVariables}, as in emr-signature/pom.xml); skipped otherwise.
     */
    @Test
    void signsWithAPkcs11Token() throws Exception {
        Path library = Path.of("/usr/lib/softhsm/libsofthsm2.so");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(library), "SoftHSM2 not installed");
        String conf = System.getenv("SOFTHSM2_CONF");
        org.junit.jupiter.api.Assumptions.assumeTrue(conf != null && !conf.isBlank(),
                "SOFTHSM2_CONF not set for this JVM: add it to emr-cli surefire environmentVariables to run");
        Path confFile = Path.of(conf);
        Path tokens = confFile.getParent().resolve("cli-tokens");
        if (Files.exists(tokens)) {
            try (var old = Files.walk(tokens)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath()
                + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        files();
        // import the demo facility key into the token with keytool, then sign through SunPKCS11
        Path cfg = Files.writeString(dir.resolve("token.cfg"),
                "name = SoftHSM\nlibrary = " + library + "\nslotListIndex = 0\n");
        exec(confFile, "softhsm2-util", "--init-token", "--free", "--label", "emr", "--so-pin", "1234", "--pin",
                "5678");
        exec(confFile, Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-importkeystore",
                "-srckeystore", p12.toString(), "-srcstoretype", "PKCS12", "-srcstorepass", "demo-pass",
                "-destkeystore", "NONE", "-deststoretype", "PKCS11", "-providerClass",
                "sun.security.pkcs11.SunPKCS11", "-providerArg", cfg.toString(), "-deststorepass", "5678");
        Path out = dir.resolve("token-signed.xml");
        Run sign = emr("sign", "--pkcs11", cfg.toString(), "--pin", "5678", "--profile", "chukydonvi", "--out",
                out.toString(), input.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(emr("verify", "--trust", caPem.toString(), "--profile", "chukydonvi", out.toString()).exit())
                .isZero();
    }

    private static void exec(Path conf, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", conf.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    @Test
    void signingAnAlreadySignedRecordIsRefusedWithACode() throws Exception {
        files();
        Path record = Files.writeString(dir.resolve("rec.xml"), "<HoSoBenhAn><BenhNhan>A</BenhNhan></HoSoBenhAn>",
                StandardCharsets.UTF_8);
        Path once = dir.resolve("once.xml");
        assertThat(emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--out", once.toString(),
                record.toString()).exit()).isZero();
        Path twice = dir.resolve("twice.xml");
        Run again = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out",
                twice.toString(), once.toString());
        assertThat(again.exit()).as(again.out()).isEqualTo(1);
        assertThat(again.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0940");
        assertThat(twice).doesNotExist();
        assertThat(emr("verify", "--trust", caPem.toString(), once.toString()).exit()).isZero();

        Path claimsOnce = signed("chukydonvi");
        Run claimsAgain = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out",
                twice.toString(), claimsOnce.toString());
        assertThat(claimsAgain.exit()).isEqualTo(1);
        assertThat(claimsAgain.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0081");
    }

    static final String RECORD = "<HoSoBenhAn><NoiDung Id=\"noi-dung\"><BenhNhan>A</BenhNhan></NoiDung>"
            + "<ChuKy/></HoSoBenhAn>";

    private Run coSign(Path in, Path out, String id) {
        return emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--co-sign",
                "--reference-id", "noi-dung", "--container", "/HoSoBenhAn/ChuKy", "--signature-id", id, "--out",
                out.toString(), in.toString());
    }

    @Test
    void coSigningTwiceGivesARecordEmrVerifyAccepts() throws Exception {
        files();
        Path record = Files.writeString(dir.resolve("rec.xml"), RECORD, StandardCharsets.UTF_8);
        Path once = dir.resolve("once.xml");
        Path twice = dir.resolve("twice.xml");
        Run first = coSign(record, once, "sig-author");
        assertThat(first.exit()).as(first.out()).isZero();
        Run second = coSign(once, twice, "sig-head");
        assertThat(second.exit()).as(second.out()).isZero();
        Run verify = emr("verify", "--json", "--trust", caPem.toString(), "--signed-element", "/HoSoBenhAn/NoiDung",
                twice.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.json().get("signatures")).hasSize(2);
        assertThat(verify.json().get("signatures").get(1).get("id").asText()).isEqualTo("sig-head");
        // without --signed-element the whole document is expected, which these signatures do not cover
        assertThat(emr("verify", "--trust", caPem.toString(), twice.toString()).exit()).isEqualTo(1);
        // the same Id twice is refused, and without --co-sign a signed record is refused
        Path third = dir.resolve("third.xml");
        assertThat(coSign(twice, third, "sig-head").json().get("errors").get(0).get("code").asText())
                .isEqualTo("EMR-SIG-0083");
        Run plain = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--reference-id",
                "noi-dung", "--container", "/HoSoBenhAn/ChuKy", "--out", third.toString(), twice.toString());
        assertThat(plain.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0940");
        assertThat(third).doesNotExist();
    }

    @Test
    void coSigningAWholeDocumentSignatureIsRefused() throws Exception {
        files();
        Path record = Files.writeString(dir.resolve("rec.xml"), RECORD, StandardCharsets.UTF_8);
        Path whole = dir.resolve("whole.xml");
        assertThat(emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--container", "/HoSoBenhAn/ChuKy",
                "--out", whole.toString(), record.toString()).exit()).isZero();
        Path out = dir.resolve("out.xml");
        Run again = coSign(whole, out, "sig-head");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-SIG-0940");
        assertThat(out).doesNotExist();
    }

    @Test
    void coSigningOptionsAreCheckedAsUsage() throws Exception {
        files();
        Path record = Files.writeString(dir.resolve("rec.xml"), RECORD, StandardCharsets.UTF_8);
        String out = dir.resolve("o.xml").toString();
        String[] base = {"sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out", out};
        assertThat(emr(concat(base, "--co-sign", record.toString())).exit()).isEqualTo(2);
        assertThat(emr(concat(base, "--reference-id", "1 bad", record.toString())).exit()).isEqualTo(2);
        assertThat(emr(concat(base, "--container", "ChuKy", record.toString())).exit()).isEqualTo(2);
        assertThat(emr(concat(base, "--co-sign", "--reference-id", "x", input.toString())).exit()).isEqualTo(2);
        assertThat(emr("verify", "--trust", caPem.toString(), "--signed-element", "NoiDung", record.toString())
                .exit()).isEqualTo(2);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aDeviceOrFifoOutputIsRefusedWithExitThreeAndStaysSpecial() throws Exception {
        files();
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full");
        Run sign = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out", full.toString(),
                input.toString());
        assertThat(sign.exit()).isEqualTo(3);
        assertThat(sign.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0067");
        assertThat(Files.isRegularFile(full)).isFalse();

        Path fifo = dir.resolve("out.fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
        Run toFifo = emr("sign", "--json", "--key", p12.toString(), "--password", "demo-pass", "--out",
                fifo.toString(), input.toString());
        assertThat(toFifo.exit()).isEqualTo(3);
        assertThat(toFifo.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0067");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aSymlinkOutputIsWrittenThroughAndStaysALink() throws Exception {
        files();
        Path target = dir.resolve("real.xml");
        Path link = Files.createSymbolicLink(dir.resolve("link.xml"), target.getFileName());
        Run sign = emr("sign", "--key", p12.toString(), "--password", "demo-pass", "--out", link.toString(),
                input.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(emr("verify", "--trust", caPem.toString(), target.toString()).exit()).isZero();
    }

    @Test
    void anAskedPasswordIsPromptedOffStdout() throws Exception {
        files();
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("demo-pass\n".getBytes(StandardCharsets.UTF_8)));
            Path out = dir.resolve("prompted.xml");
            Run sign = emr("sign", "--json", "--key", p12.toString(), "--out", out.toString(), "--password", "--",
                    input.toString());
            assertThat(sign.exit()).as(sign.out() + sign.err()).isZero();
            assertThat(sign.json().get("signed").asBoolean()).isTrue();
            assertThat(sign.out()).doesNotContain("Password");
            System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
            Run none = emr("sign", "--json", "--key", p12.toString(), "--out", out.toString(), "--password", "--",
                    input.toString());
            assertThat(none.exit()).isEqualTo(3);
            assertThat(none.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0072");
        } finally {
            System.setIn(stdin);
        }
    }
}
