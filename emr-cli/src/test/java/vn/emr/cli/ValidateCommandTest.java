package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void validRecordExitsZeroWithAnEmptyErrorList() throws Exception {
        Path f = write("ok.json", EmrJson.write(SampleRecords.outpatient(SampleRecords.patient())));
        CliRunner r = CliRunner.run("validate", "--json", f.toString());
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("errors")).isEmpty();
        assertThat(j.get("warnings")).isEmpty();
        assertThat(j.get("droppedIssues").asInt()).isZero();
    }

    @Test
    void invalidRecordExitsOneWithCodedErrorsAndPaths() throws Exception {
        MedicalRecord bad = SampleRecords.outpatient(SampleRecords.patient()).toBuilder().formCode("BV1").build();
        CliRunner r = CliRunner.run("validate", "--json", "--lang", "en",
                write("bad.json", EmrJson.write(bad)).toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode e = r.json().get("errors").get(0);
        assertThat(e.get("code").asText()).isEqualTo("EMR-CORE-0322");
        assertThat(e.get("path").asText()).isEqualTo("formCode");
        assertThat(e.get("message").asText()).startsWith("The form code");
        assertThat(r.json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void unknownFieldIsExitOneWithThePath() throws Exception {
        Path f = write("unknown.json", "{\"recordId\":\"x\",\"patient\":{\"nickname\":\"A\"}}"
                .getBytes(StandardCharsets.UTF_8));
        CliRunner r = CliRunner.run("validate", "--json", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0003");
        assertThat(r.json().get("errors").get(0).get("path").asText()).isEqualTo("patient.nickname");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void missingFileAndMalformedJsonAreCodedNotStackTraces() throws Exception {
        CliRunner missing = CliRunner.run("validate", "--json", dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");
        CliRunner malformed = CliRunner.run("validate", write("m.json", "{\"recordId\":".getBytes()).toString());
        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.err()).contains("EMR-CORE-0002").doesNotContain("at vn.", "Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("validate").exit()).isEqualTo(2);
        assertThat(CliRunner.run("validate", "--bogus", "x").exit()).isEqualTo(2);
        assertThat(CliRunner.run("no-such-command").exit()).isEqualTo(2);
    }

    @Test
    void aReportWithMoreIssuesThanTheCapSaysHowManyWereLeftOut() throws Exception {
        MedicalRecord big = SampleRecords.outpatient(SampleRecords.patient(), 1_100, 0);
        MedicalRecord bad = big.toBuilder().encounter(big.encounter().toBuilder().medications(
                big.encounter().medications().stream().map(m -> m.toBuilder().drugName("").build()).toList())
                .build()).build();
        CliRunner r = CliRunner.run("validate", "--json", write("many.json", EmrJson.write(bad)).toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode j = r.json();
        int kept = j.get("errors").size() + j.get("warnings").size();
        assertThat(kept).isEqualTo(vn.emr.core.validation.ValidationReport.MAX_ISSUES);
        assertThat(j.get("droppedIssues").asInt()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aMissingFileWhoseNameLooksLikeAPlaceholderIsACodedReadError() {
        CliRunner r = CliRunner.run("validate", "--json", dir.resolve("{0}.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");
    }
}
