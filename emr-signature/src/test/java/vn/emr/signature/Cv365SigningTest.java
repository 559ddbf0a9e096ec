package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.EmrException;
import vn.emr.core.exchange.Cv365Codec;
import vn.emr.core.exchange.Cv365Mapping;
import vn.emr.core.exchange.HoSoBenhAn;
import vn.emr.core.sample.SampleRecords;

/**
 * The signed 365/TTYQG export: author then facility, both verified against the trust anchors with the signer of
 * each reported; a changed byte, a missing or foreign signature are refused; {@code xmlsec1} (the C implementation,
 * skipped when absent) accepts both signatures.
 */
class Cv365SigningTest {

    private static final HoSoBenhAn DOC = Cv365Mapping.fromRecord(SampleRecords.outpatient(SampleRecords.patient()));

    @TempDir
    Path dir;

    @Test
    void authorAndFacilitySignaturesBothVerifyAndNameTheirSigners() {
        byte[] signed = Cv365Signing.sign(DOC, DsigTestPki.rsa2Key(), DsigTestPki.rsaKey());
        Cv365Signing.Verified v = Cv365Signing.verify(signed, DsigTestPki.trust());
        assertThat(v.issues()).isEmpty();
        assertThat(v.valid()).isTrue();
        assertThat(v.document()).isEqualTo(DOC);
        assertThat(v.author().orElseThrow().signerCertificate().orElseThrow()).isEqualTo(DsigTestPki.RSA2_CERT);
        assertThat(v.facility().orElseThrow().signerCertificate().orElseThrow()).isEqualTo(DsigTestPki.RSA_CERT);
        assertThat(v.verification().signatures()).extracting(SignatureResult::signedElement)
                .containsOnly("/HoSoBenhAnKySo/HoSoBenhAn");
        // the signed content is the plain export's content, byte for byte
        String plain = new String(Cv365Codec.writeXml(DOC), StandardCharsets.UTF_8);
        String content = plain.substring(plain.indexOf("<HoSoBenhAn>") + "<HoSoBenhAn>".length(),
                plain.lastIndexOf("</HoSoBenhAn>"));
        assertThat(new String(signed, StandardCharsets.UTF_8)).contains(content);
    }

    @Test
    void aChangedByteInTheContentBreaksBothSignatures() {
        String signed = new String(Cv365Signing.sign(DOC, DsigTestPki.rsa2Key(), DsigTestPki.rsaKey()),
                StandardCharsets.UTF_8);
        byte[] tampered = signed.replace("<maicd>J06.9</maicd>", "<maicd>J06.8</maicd>")
                .getBytes(StandardCharsets.UTF_8);
        Cv365Signing.Verified v = Cv365Signing.verify(tampered, DsigTestPki.trust());
        assertThat(v.valid()).isFalse();
        assertThat(v.verification().hasError(SignatureError.DIGEST_MISMATCH)).isTrue();
        assertThat(v.issues()).extracting(i -> i.code().code()).contains("EMR-CORE-0631");
    }

    @Test
    void anAuthorOnlyExportLacksTheFacilitySignatureUnlessToldOtherwise() {
        byte[] signed = Cv365Signing.sign(DOC, DsigTestPki.rsa2Key());
        assertThat(Cv365Signing.verify(signed, DsigTestPki.trust()).issues()).extracting(i -> i.code().code())
                .containsExactly("EMR-CORE-0630");
        assertThat(Cv365Signing.verify(signed, DsigTestPki.trust(), false).valid()).isTrue();
    }

    @Test
    void aSignerOutsideTheTrustAnchorsIsNotValid() {
        byte[] signed = Cv365Signing.sign(DOC, DsigTestPki.rsa2Key(), DsigTestPki.rsaKey());
        Cv365Signing.Verified v = Cv365Signing.verify(signed, TrustPolicy.of(DsigTestPki.WEAK_CERT));
        assertThat(v.valid()).isFalse();
    }

    @Test
    void thePlainExportIsNotASignedOne() {
        assertThatThrownBy(() -> Cv365Signing.verify(Cv365Codec.writeXml(DOC), DsigTestPki.trust()))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code())
                        .isEqualTo("EMR-CORE-0633"));
    }

    @Test
    void xmlsec1VerifiesTheAuthorAndTheFacilitySignature() throws Exception {
        String xmlsec1 = onPath("xmlsec1");
        assumeTrue(xmlsec1 != null, "xmlsec1 not on PATH");
        Path ca = Files.writeString(dir.resolve("ca.pem"), Certificates.toPem(DsigTestPki.CA));
        byte[] signed = Cv365Signing.sign(DOC, DsigTestPki.rsa2Key(), DsigTestPki.rsaKey());
        Path file = Files.write(dir.resolve("hsba.xml"), signed);
        assertThat(verify(xmlsec1, ca, file, Cv365Signing.AUTHOR_ID)).isZero();
        assertThat(verify(xmlsec1, ca, file, Cv365Signing.FACILITY_ID)).isZero();
        Path tampered = Files.writeString(dir.resolve("tampered.xml"), new String(signed, StandardCharsets.UTF_8)
                .replace("<maicd>J06.9</maicd>", "<maicd>J06.8</maicd>"));
        assertThat(verify(xmlsec1, ca, tampered, Cv365Signing.AUTHOR_ID)).isNotZero();
        assertThat(verify(xmlsec1, ca, tampered, Cv365Signing.FACILITY_ID)).isNotZero();
    }

    private static int verify(String xmlsec1, Path ca, Path file, String signatureId) throws Exception {
        List<String> command = new ArrayList<>(List.of(xmlsec1, "--verify", "--trusted-pem", ca.toString(),
                "--enabled-reference-uris", "same-doc", "--enabled-key-data", "x509", "--id-attr:Id", "HoSoBenhAn",
                "--id-attr:Id", "Signature", "--node-id", signatureId, file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
