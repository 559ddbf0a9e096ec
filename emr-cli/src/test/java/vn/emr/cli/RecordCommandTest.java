package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.exchange.Cv365Codec;
import vn.emr.core.exchange.Cv365ImportContext;
import vn.emr.core.exchange.Cv365Mapping;
import vn.emr.core.exchange.HoSoBenhAn;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.Facility;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;

/** {@code emr record export|import}: the 365/TTYQG document in both forms, signed and verified, with coded errors. */
class RecordCommandTest {

    private static final MedicalRecord SAMPLE = SampleRecords.outpatient(SampleRecords.patient());

    @TempDir
    Path dir;

    Path record;

    @BeforeEach
    void writeRecord() throws Exception {
        record = Files.writeString(dir.resolve("record.json"), EmrJson.writePretty(SAMPLE));
    }

    @Test
    void exportsBothFormsThatReadBackAsTheSameDocument() throws Exception {
        Path xml = dir.resolve("hsba.xml");
        Path json = dir.resolve("hsba.json");
        CliRun x = CliRun.of("record", "export", "--json", "--format", "cv365-xml", "--out", xml.toString(),
                record.toString());
        CliRun j = CliRun.of("record", "export", "--json", "--format", "cv365-json", "--out", json.toString(),
                record.toString());
        assertThat(x.exit()).as(x.out() + x.err()).isZero();
        assertThat(j.exit()).as(j.out() + j.err()).isZero();
        assertThat(x.json().get("sovaovien").asText()).isEqualTo("2026110100001");
        assertThat(x.json().get("signed").asBoolean()).isFalse();
        HoSoBenhAn expected = Cv365Mapping.fromRecord(SAMPLE);
        assertThat(Cv365Codec.readXml(Files.readAllBytes(xml))).isEqualTo(expected);
        assertThat(Cv365Codec.readJson(Files.readAllBytes(json))).isEqualTo(expected);
        // without --out the document goes to stdout
        CliRun stdout = CliRun.of("record", "export", "--format", "cv365-json", record.toString());
        assertThat(stdout.exit()).isZero();
        assertThat(Cv365Codec.readJson(stdout.out().getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void exportsAFhirR4DocumentBundleThatMapsBack() throws Exception {
        Path out = dir.resolve("bundle.json");
        CliRun run = CliRun.of("record", "export", "--json", "--format", "fhir-r4", "--out", out.toString(),
                record.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.json().get("format").asText()).isEqualTo("fhir-r4");
        String json = Files.readString(out, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"resourceType\":\"Bundle\"").contains("\"type\":\"document\"");
        vn.emr.core.model.MedicalRecord back = vn.emr.fhir.FhirRecords.fromBundleJson(json);
        assertThat(back.encounter().maLk()).isEqualTo(SAMPLE.encounter().maLk());
        assertThat(back.patient()).isEqualTo(SAMPLE.patient());
        assertThat(CliRun.of("record", "export", "--format", "fhir-r4", "--key", "k.p12", "--password", "x",
                record.toString()).exit()).isEqualTo(2);
    }

    @Test
    void signedExportImportsWithTheAuthorAndTheFacilityReported() throws Exception {
        DemoCredentials author = DemoCredentials.generate();
        DemoCredentials facility = DemoCredentials.generate();
        Path authorKey = dir.resolve("author.p12");
        Path facilityKey = dir.resolve("facility.p12");
        author.writePkcs12(authorKey, "a-pass".toCharArray());
        facility.writePkcs12(facilityKey, "f-pass".toCharArray());
        Path caA = dir.resolve("ca-a.pem");
        Path caF = dir.resolve("ca-f.pem");
        author.writeCaPem(caA);
        facility.writeCaPem(caF);
        Path signed = dir.resolve("signed.xml");
        CliRun export = CliRun.of("record", "export", "--json", "--format", "cv365-xml", "--key", authorKey.toString(),
                "--password", "a-pass", "--facility-key", facilityKey.toString(), "--facility-password", "f-pass",
                "--out", signed.toString(), record.toString());
        assertThat(export.exit()).as(export.out() + export.err()).isZero();
        assertThat(export.json().get("signers").get(1).get("role").asText()).isEqualTo("facility");

        Path back = dir.resolve("back.json");
        CliRun in = CliRun.of("record", "import", "--json", "--trust", caA.toString(), "--trust", caF.toString(),
                "--out", back.toString(), "--facility-code", "79001", "--facility-name", "Bệnh viện Đa khoa Demo",
                "--class", "01", signed.toString());
        assertThat(in.exit()).as(in.out() + in.err()).isZero();
        JsonNode j = in.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("signatures")).hasSize(2);
        assertThat(j.get("signatures").get(0).get("role").asText()).isEqualTo("author");
        assertThat(j.get("signatures").get(0).get("signer").get("subject").asText())
                .isEqualTo(author.facilityCertificate().getSubjectX500Principal().getName());
        assertThat(j.get("signatures").get(1).get("signer").get("subject").asText())
                .isEqualTo(facility.facilityCertificate().getSubjectX500Principal().getName());
        MedicalRecord imported = EmrJson.read(Files.readAllBytes(back), MedicalRecord.class);
        Cv365ImportContext context = Cv365ImportContext.of(Facility.builder().code("79001")
                .name("Bệnh viện Đa khoa Demo").build(), EncounterClass.EXAMINATION);
        assertThat(imported).isEqualTo(Cv365Mapping.toRecord(Cv365Mapping.fromRecord(SAMPLE), context));

        // the author's CA alone does not vouch for the facility
        CliRun half = CliRun.of("record", "import", "--json", "--trust", caA.toString(), signed.toString());
        assertThat(half.exit()).isEqualTo(1);
        assertThat(half.json().get("valid").asBoolean()).isFalse();

        Path tampered = Files.writeString(dir.resolve("tampered.xml"), Files.readString(signed)
                .replace("<maicd>J06.9</maicd>", "<maicd>J06.8</maicd>"));
        CliRun bad = CliRun.of("record", "import", "--json", "--trust", caA.toString(), "--trust", caF.toString(),
                tampered.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.json().get("errors").toString()).contains("EMR-CORE-0631");
    }

    @Test
    void importOfAPlainDocumentWithTrustAnchorsIsRefused() throws Exception {
        DemoCredentials demo = DemoCredentials.generate();
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        Path plain = Files.write(dir.resolve("plain.xml"), Cv365Codec.writeXml(Cv365Mapping.fromRecord(SAMPLE)));
        CliRun run = CliRun.of("record", "import", "--json", "--trust", ca.toString(), plain.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0633");
        CliRun unsigned = CliRun.of("record", "import", "--json", plain.toString());
        assertThat(unsigned.exit()).isZero();
        assertThat(unsigned.json().get("signed").asBoolean()).isFalse();
    }

    @Test
    void aMalformedDocumentGetsCodedErrorsThatNeverEchoIt() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"HoSoBenhAn\":{\"ThongTinBenhNhan\":{\"hoten_la\":\"Trần Bí Mật\"}}}");
        CliRun run = CliRun.of("record", "import", "--json", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0602");
        assertThat(run.json().get("errors").get(0).get("path").asText()).isEqualTo("ThongTinBenhNhan.hoten_la");
        assertThat(run.out() + run.err()).doesNotContain("Bí Mật").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(CliRun.of("record", "export", "--format", "fhir-x", record.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("record", "export", "--format", "cv365-json", "--key", "k.p12", "--password", "x",
                record.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("record", "export", "--json", "--format", "cv365-json", record.toString()).exit())
                .isEqualTo(2);
        Path xml = Files.write(dir.resolve("d.xml"), Cv365Codec.writeXml(Cv365Mapping.fromRecord(SAMPLE)));
        assertThat(CliRun.of("record", "import", "--out", "r.json", xml.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("record", "import", "--out", dir.resolve("r.json").toString(), "--facility-code",
                "79001", "--facility-name", "X", "--class", "99", xml.toString()).exit()).isEqualTo(2);
    }

    @Test
    void anInvalidRecordIsNotExported() throws Exception {
        MedicalRecord bad = SAMPLE.toBuilder().formCode("not a form").build();
        Path file = Files.writeString(dir.resolve("bad-record.json"), EmrJson.writePretty(bad));
        CliRun run = CliRun.of("record", "export", "--json", "--format", "cv365-xml", "--out",
                dir.resolve("o.xml").toString(), file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("path").asText()).contains("formCode");
        assertThat(Files.exists(dir.resolve("o.xml"))).isFalse();
    }
}
