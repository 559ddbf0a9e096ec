package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.table.TableRecord;

/** {@code emr claims read}: the contract's JSON, and coded errors for malformed files. */
class ClaimsCommandTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileIntoItsTablesWithOfficialFieldNames() throws Exception {
        Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
        tables.put(ClaimsTable.XML1, List.of(TableRecord.builder(ClaimsTable.XML1).set("MA_LK", "LK-1").set("STT", 1)
                .set("HO_TEN", "Lê Văn Cường").build()));
        tables.put(ClaimsTable.XML2, List.of(TableRecord.builder(ClaimsTable.XML2).set("MA_LK", "LK-1").set("STT", 1)
                .set("THANH_TIEN_BV", new BigDecimal("15000")).build()));
        byte[] xml = ClaimsEnvelope.of("01001", LocalDate.of(2025, 3, 4), List.of(ClaimEpisode.of(tables))).write();
        Path file = Files.write(dir.resolve("claims.xml"), xml);
        CliRun run = CliRun.of("claims", "read", "--json", file.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode j = run.json();
        // no dates in XML1: the file's own date (2025-03-04) picks the profile
        assertThat(j.get("profile").asText()).isEqualTo("QD3176");
        assertThat(j.get("facility").asText()).isEqualTo("01001");
        assertThat(j.get("createdOn").asText()).isEqualTo("2025-03-04");
        JsonNode episode = j.get("episodes").get(0);
        assertThat(episode.get("maLk").asText()).isEqualTo("LK-1");
        assertThat(episode.get("tables").get("XML1").get(0).get("HO_TEN").asText()).isEqualTo("Lê Văn Cường");
        assertThat(episode.get("tables").get("XML2").get(0).get("THANH_TIEN_BV").asText()).isEqualTo("15000.00");
    }

    @Test
    void aMalformedFileGetsOneJsonObjectWithCodedErrors() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.xml"), "<GIAMDINHHS><THONGTINDONVI>", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("claims", "read", "--json", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CLM-0305");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void verifyChecksTheFacilitySignatureAsEmrVerifyDoes() throws Exception {
        vn.emr.signature.DemoCredentials demo = vn.emr.signature.DemoCredentials.generate();
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
        tables.put(ClaimsTable.XML1, List.of(TableRecord.builder(ClaimsTable.XML1).set("MA_LK", "LK-1").build()));
        byte[] signed = ClaimsEnvelope.of("01001", LocalDate.of(2025, 3, 4), List.of(ClaimEpisode.of(tables)))
                .sign(demo.signingKey());
        Path file = Files.write(dir.resolve("signed.xml"), signed);
        CliRun claims = CliRun.of("claims", "verify", "--json", "--trust", ca.toString(), file.toString());
        CliRun plain = CliRun.of("verify", "--json", "--profile", "chukydonvi", "--trust", ca.toString(),
                file.toString());
        assertThat(claims.exit()).as(claims.out()).isZero();
        assertThat(claims.json().get("outcome").asText()).isEqualTo("valid");
        assertThat(claims.json().get("signedElement").asText()).isEqualTo("/GIAMDINHHS");
        assertThat(claims.out()).isEqualTo(plain.out());
        Path tampered = Files.writeString(dir.resolve("tampered.xml"),
                new String(signed, StandardCharsets.UTF_8).replace("<MACSKCB>01001", "<MACSKCB>01002"));
        CliRun bad = CliRun.of("claims", "verify", "--json", "--trust", ca.toString(), tampered.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.json().get("valid").asBoolean()).isFalse();
        assertThat(CliRun.of("claims", "verify", "--profile", "enveloped", "--trust", ca.toString(), file.toString())
                .exit()).isEqualTo(2);
    }

    @Test
    void buildsASignedClaimsFileAndACheckInFileFromAMedicalRecord() throws Exception {
        vn.emr.signature.DemoCredentials demo = vn.emr.signature.DemoCredentials.generate();
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        Path p12 = dir.resolve("facility.p12");
        demo.writePkcs12(p12, "demo".toCharArray());
        vn.emr.core.model.MedicalRecord record = vn.emr.core.sample.SampleRecords.outpatient(
                vn.emr.core.sample.SampleRecords.patient());
        Path json = Files.write(dir.resolve("record.json"), vn.emr.core.json.EmrJson.writer().writeValueAsBytes(record));
        // the visit has a follow-up appointment: its paper (XML14) takes its number, date and signer from --papers
        Path papers = Files.writeString(dir.resolve("papers.json"), "{\"" + record.encounter().maLk()
                + "\": {\"appointmentPaperNumber\": \"HKL-1\", \"headOfFacilityCode\": \"7901234567\","
                + " \"appointmentPaperDate\": \"2026-11-01\"}}");
        Path claims = dir.resolve("claims.xml");
        CliRun build = CliRun.of("claims", "build", "--json", "--encounter", json.toString(), "--facility", "79001",
                "--papers", papers.toString(), "--key", p12.toString(), "--password", "demo", "--out",
                claims.toString());
        assertThat(build.exit()).as(build.out() + build.err()).isZero();
        assertThat(build.json().get("episodes").asInt()).isEqualTo(1);
        assertThat(build.json().get("profile").asText()).isEqualTo("QD3176_2026");
        assertThat(build.json().get("signed").asBoolean()).isTrue();
        assertThat(CliRun.of("claims", "verify", "--trust", ca.toString(), claims.toString()).exit()).isZero();
        JsonNode read = CliRun.of("claims", "read", "--json", claims.toString()).json();
        JsonNode x1 = read.get("episodes").get(0).get("tables").get("XML1").get(0);
        assertThat(x1.get("MA_LK").asText()).isEqualTo(record.encounter().maLk());
        assertThat(x1.get("T_TONGCHI_BV").asText()).isEqualTo("124618.00");
        assertThat(read.get("episodes").get(0).get("tables").get("XML2")).hasSize(3);
        JsonNode x14 = read.get("episodes").get(0).get("tables").get("XML14").get(0);
        assertThat(x14.get("SO_GIAYHEN_KL").asText()).isEqualTo("HKL-1");
        assertThat(x14.get("MA_TTDV").asText()).isEqualTo("7901234567");
        assertThat(x14.get("NGAY_CT").asText()).isEqualTo("20261101");
        assertThat(x14.get("NGAY_HEN_KL").asText()).isEqualTo("202611080000");

        Path checkin = dir.resolve("checkin.xml");
        CliRun in = CliRun.of("claims", "build", "--json", "--checkin", "--encounter", json.toString(), "--facility",
                "79001", "--key", p12.toString(), "--password", "demo", "--out", checkin.toString());
        assertThat(in.exit()).as(in.out() + in.err()).isZero();
        assertThat(CliRun.of("verify", "--trust", ca.toString(), checkin.toString()).exit()).isZero();
        assertThat(Files.readString(checkin)).contains("<CHI_TIEU_TRANG_THAI_KCB>", "<MA_LK>2026110100001</MA_LK>");

        // unsigned without a key; a bad record is refused with a code and no file
        Path unsigned = dir.resolve("unsigned.xml");
        assertThat(CliRun.of("claims", "build", "--encounter", json.toString(), "--facility", "79001", "--papers",
                papers.toString(), "--out", unsigned.toString()).exit()).isZero();
        assertThat(Files.readString(unsigned)).contains("<CHUKYDONVI></CHUKYDONVI>");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"recordId\": 1}");
        Path none = dir.resolve("none.xml");
        CliRun refused = CliRun.of("claims", "build", "--json", "--encounter", bad.toString(), "--facility", "79001",
                "--out", none.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().get("errors").get(0).get("code").asText()).startsWith("EMR-");
        assertThat(none).doesNotExist();
        assertThat(CliRun.of("claims", "build", "--encounter", json.toString(), "--facility", "79001", "--profile",
                "QD999", "--out", none.toString()).exit()).isEqualTo(2);
        // without the paper values the follow-up paper applies but cannot be made: refused, naming table and field
        CliRun noPapers = CliRun.of("claims", "build", "--json", "--encounter", json.toString(), "--facility", "79001",
                "--out", none.toString());
        assertThat(noPapers.exit()).isEqualTo(1);
        JsonNode missing = noPapers.json().get("errors");
        assertThat(missing.get(0).get("code").asText()).isEqualTo("EMR-CLM-0501");
        assertThat(missing.toString()).contains("XML14/SO_GIAYHEN_KL").doesNotContain("Nguyễn");
        assertThat(none).doesNotExist();
        // a papers file that is not the documented form: not JSON, an unknown property, a bad date, an unknown episode
        for (String badForm : List.of("[1]", "{\"" + record.encounter().maLk() + "\": {\"colour\": \"red\"}}",
                "{\"" + record.encounter().maLk() + "\": {\"appointmentPaperDate\": \"01/11/2026\"}}",
                "{\"" + record.encounter().maLk() + "\": {\"referralReasonCode\": \"two\"}}",
                "{\"no-such-episode\": {}}", "{\"a\": ")) {
            Path badPapers = Files.writeString(dir.resolve("bad-papers.json"), badForm);
            CliRun refusedPapers = CliRun.of("claims", "build", "--json", "--encounter", json.toString(),
                    "--facility", "79001", "--papers", badPapers.toString(), "--out", none.toString());
            assertThat(refusedPapers.exit()).as(badForm).isEqualTo(1);
            assertThat(refusedPapers.json().get("errors").get(0).get("code").asText()).as(badForm)
                    .isEqualTo("EMR-CLM-0502");
            assertThat(refusedPapers.out()).doesNotContain("red", "01/11/2026", "no-such-episode");
        }
        assertThat(none).doesNotExist();
        // a claim of QĐ 130's dates (2024-03) is built and read back in that profile
        vn.emr.core.model.MedicalRecord of2024 = record.toBuilder().encounter(record.encounter().toBuilder()
                .admittedAt(java.time.LocalDateTime.of(2024, 3, 15, 7, 30)).appointment(null)
                .discharge(record.encounter().discharge().orElseThrow().toBuilder()
                        .dischargedAt(java.time.LocalDateTime.of(2024, 3, 15, 11, 30)).build()).build()).build();
        Path of2024Json = Files.write(dir.resolve("of2024.json"),
                vn.emr.core.json.EmrJson.writer().writeValueAsBytes(of2024));
        Path of2024Xml = dir.resolve("of2024.xml");
        CliRun qd130 = CliRun.of("claims", "build", "--json", "--encounter", of2024Json.toString(), "--facility",
                "79001", "--out", of2024Xml.toString());
        assertThat(qd130.exit()).as(qd130.out()).isZero();
        assertThat(qd130.json().get("profile").asText()).isEqualTo("QD130");
        JsonNode read130 = CliRun.of("claims", "read", "--json", of2024Xml.toString()).json();
        assertThat(read130.get("profile").asText()).isEqualTo("QD130");
        assertThat(CliRun.of("claims", "build", "--json", "--encounter", of2024Json.toString(), "--facility", "79001",
                "--profile", "qd130", "--out", of2024Xml.toString()).json().get("profile").asText())
                .isEqualTo("QD130");
        // a file follows one profile: records of 2024 and 2026 do not go together unless --profile says which
        vn.emr.core.model.MedicalRecord older = record.toBuilder().encounter(record.encounter().toBuilder()
                .admittedAt(java.time.LocalDateTime.of(2024, 10, 1, 7, 30)).discharge(null).build()).build();
        Path olderJson = Files.write(dir.resolve("older.json"), vn.emr.core.json.EmrJson.writer().writeValueAsBytes(older));
        CliRun mixed = CliRun.of("claims", "build", "--json", "--encounter", json.toString(), "--encounter",
                olderJson.toString(), "--facility", "79001", "--out", none.toString());
        assertThat(mixed.exit()).isEqualTo(1);
        assertThat(mixed.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CLM-0002");
        assertThat(none).doesNotExist();
        CliRun named = CliRun.of("claims", "build", "--json", "--encounter", json.toString(), "--encounter",
                olderJson.toString(), "--facility", "79001", "--profile", "qd3176_2026", "--papers", papers.toString(),
                "--out", none.toString());
        assertThat(named.exit()).as(named.out()).isZero();
        assertThat(named.json().get("episodes").asInt()).isEqualTo(2);
    }
}
