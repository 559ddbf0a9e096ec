package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

class PrescriptionCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path record(MedicalRecord r) throws Exception {
        return write("record.json", EmrJson.write(r));
    }

    private static MedicalRecord sample() {
        return SampleRecords.outpatient(SampleRecords.patient());
    }

    @Test
    void buildWritesOneValidPrescriptionThatValidateAccepts() throws Exception {
        Path out = dir.resolve("rx.json");
        CliRunner r = CliRunner.run("prescription", "build", "--json", "--record", record(sample()).toString(),
                "--out", out.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("out").asText()).isEqualTo(out.toString());
        JsonNode entry = j.get("prescriptions").get(0);
        assertThat(entry.get("code").asText()).matches("79001[0-9a-z]{7}-c");
        assertThat(entry.get("type").asText()).isEqualTo("c");
        assertThat(entry.get("items").asInt()).isEqualTo(3);
        assertThat(entry.get("errors")).isEmpty();
        assertThat(entry.has("body")).isFalse();
        JsonNode written = JSON.readTree(Files.readAllBytes(out));
        assertThat(written.get("ma_don_thuoc").asText()).isEqualTo(entry.get("code").asText());
        assertThat(written.get("thong_tin_don_thuoc")).hasSize(3);

        CliRunner v = CliRunner.run("prescription", "validate", "--json", "--facility", "79001", out.toString());
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.json().get("valid").asBoolean()).isTrue();
        assertThat(v.json().get("prescriptions").get(0).get("code").asText()).isEqualTo(entry.get("code").asText());
    }

    @Test
    void typesPerLineSplitThePrescriptionsAndTheFileIsAList() throws Exception {
        Path out = dir.resolve("rx.json");
        CliRunner r = CliRunner.run("prescription", "build", "--json", "--record", record(sample()).toString(),
                "--type", "T2=n", "--type", "T3=h", "--out", out.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.json().get("prescriptions")).extracting(e -> e.get("type").asText()).containsExactly("c", "n", "h");
        JsonNode written = JSON.readTree(Files.readAllBytes(out));
        assertThat(written.isArray()).isTrue();
        assertThat(written).hasSize(3);
        CliRunner v = CliRunner.run("prescription", "validate", "--json", out.toString());
        assertThat(v.exit()).isZero();
        assertThat(v.json().get("prescriptions")).hasSize(3);
    }

    @Test
    void withoutOutTheJsonCarriesTheBodies() throws Exception {
        CliRunner r = CliRunner.run("prescription", "build", "--json", "--record", record(sample()).toString());
        assertThat(r.exit()).isZero();
        JsonNode body = r.json().get("prescriptions").get(0).get("body");
        assertThat(body.get("loai_don_thuoc").asText()).isEqualTo("c");
        assertThat(body.get("ngay_tai_kham").asText()).isEqualTo("7");
        CliRunner text = CliRunner.run("prescription", "build", "--record", record(sample()).toString());
        assertThat(text.exit()).isZero();
        assertThat(JSON.readTree(text.out()).get("ma_don_thuoc").asText()).matches("79001[0-9a-z]{7}-c");
    }

    @Test
    void aRuleBrokenIsExitOneAndNothingIsWritten() throws Exception {
        MedicalRecord child = sample().toBuilder().patient(sample().patient().toBuilder().citizenId(null)
                .birthDate(LocalDate.of(2025, 1, 1)).build()).build();
        Path out = dir.resolve("rx.json");
        CliRunner r = CliRunner.run("prescription", "build", "--json", "--lang", "en", "--record",
                record(child).toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isFalse();
        assertThat(j.get("out").isNull()).isTrue();
        assertThat(j.get("prescriptions").get(0).get("errors")).extracting(e -> e.get("code").asText())
                .containsExactly("EMR-CORE-0713", "EMR-CORE-0714");
        assertThat(j.get("prescriptions").get(0).get("errors").get(0).get("message").asText()).contains("72 months");
        assertThat(out).doesNotExist();
        CliRunner fixed = CliRunner.run("prescription", "build", "--json", "--record", record(child).toString(),
                "--weight", "11.2", "--guardian", "Nguyễn Thị Mẹ, 0901234568", "--out", out.toString());
        assertThat(fixed.exit()).as(fixed.out()).isZero();
        assertThat(JSON.readTree(Files.readAllBytes(out)).get("can_nang").asText()).isEqualTo("11.2");
    }

    @Test
    void aRecordThatCannotBePrescribedIsACodedRefusal() throws Exception {
        MedicalRecord noFollowUp = sample().toBuilder().encounter(sample().encounter().toBuilder().appointment(null)
                .build()).build();
        CliRunner r = CliRunner.run("prescription", "build", "--json", "--record", record(noFollowUp).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0730");
        CliRunner days = CliRunner.run("prescription", "build", "--json", "--record", record(noFollowUp).toString(),
                "--days", "5");
        assertThat(days.exit()).isZero();
    }

    @Test
    void validateReportsEachBrokenRuleWithItsPath() throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(CliRunner.run("prescription", "build", "--json", "--record",
                record(sample()).toString()).json().get("prescriptions").get(0).get("body").toString());
        o.put("ngay_gio_ke_don", "01/11/2026 08:30");
        o.put("loai_don_thuoc", "n");
        CliRunner v = CliRunner.run("prescription", "validate", "--json", "--lang", "en",
                write("bad.json", JSON.writeValueAsBytes(o)).toString());
        assertThat(v.exit()).isEqualTo(1);
        JsonNode entry = v.json().get("prescriptions").get(0);
        assertThat(entry.get("valid").asBoolean()).isFalse();
        assertThat(entry.get("errors")).extracting(e -> e.get("code").asText() + "@" + e.get("path").asText())
                .containsExactly("EMR-CORE-0704@ma_don_thuoc", "EMR-CORE-0708@ngay_gio_ke_don");
        CliRunner text = CliRunner.run("prescription", "validate", write("bad2.json", JSON.writeValueAsBytes(o))
                .toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).startsWith("invalid").contains("EMR-CORE-0704", "[ngay_gio_ke_don]");
    }

    @Test
    void hostileFilesAreCodedErrorsNotStackTraces() throws Exception {
        CliRunner malformed = CliRunner.run("prescription", "validate", "--json",
                write("m.json", "{\"loai_don_thuoc\":".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0002");
        CliRunner dup = CliRunner.run("prescription", "validate", "--json",
                write("d.json", "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(dup.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0011");
        CliRunner scalar = CliRunner.run("prescription", "validate", "--json",
                write("s.json", "42".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(scalar.exit()).isEqualTo(1);
        assertThat(scalar.json().get("prescriptions").get(0).get("errors").get(0).get("code").asText())
                .isEqualTo("EMR-CORE-0701");
        CliRunner empty = CliRunner.run("prescription", "validate", "--json",
                write("e.json", "[]".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0700");
        CliRunner missing = CliRunner.run("prescription", "validate", "--json", dir.resolve("no.json").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");
        assertThat(malformed.err() + dup.err() + scalar.err() + missing.err()).doesNotContain("Exception", "at vn.");
    }

    @Test
    void messagesNeverRepeatTheInput() throws Exception {
        String secret = "Qzxw4471";
        ObjectNode o = JSON.createObjectNode();
        o.put("loai_don_thuoc", secret);
        o.put("ma_don_thuoc", secret);
        o.put("ngay_sinh_benh_nhan", secret);
        o.put(secret, secret);
        for (String lang : new String[] {"vi", "en"}) {
            CliRunner v = CliRunner.run("prescription", "validate", "--json", "--lang", lang,
                    write("x.json", JSON.writeValueAsBytes(o)).toString());
            assertThat(v.exit()).isEqualTo(1);
            JsonNode entry = v.json().get("prescriptions").get(0);
            assertThat(entry.get("code").isNull()).isTrue();
            assertThat(entry.get("type").isNull()).isTrue();
            entry.get("errors").forEach(e -> assertThat(e.get("message").asText()).doesNotContain(secret));
            entry.get("warnings").forEach(e -> assertThat(e.get("message").asText()).doesNotContain(secret));
        }
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(CliRunner.run("prescription").exit()).isEqualTo(2);
        assertThat(CliRunner.run("prescription", "build").exit()).isEqualTo(2);
        assertThat(CliRunner.run("prescription", "validate").exit()).isEqualTo(2);
        String rec = record(sample()).toString();
        for (String[] bad : new String[][] {{"--type", "x"}, {"--type", "c", "--type", "n"}, {"--type", "=n"},
            {"--type", "T1=n", "--type", "T1=h"}, {"--days", "0"}, {"--weight", "heavy"}, {"--bogus"}}) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(new String[] {"prescription",
                "build", "--json", "--record", rec}), java.util.Arrays.stream(bad)).toArray(String[]::new);
            CliRunner r = CliRunner.run(all);
            assertThat(r.exit()).as(String.join(" ", bad) + r.out()).isEqualTo(2);
            assertThat(r.json().get("errors").get(0).get("code").asText()).startsWith("EMR-CORE-006");
        }
        CliRunner help = CliRunner.run("prescription", "build", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--record", "--type");
    }
}
