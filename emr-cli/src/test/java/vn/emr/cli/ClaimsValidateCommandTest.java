package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;

/** {@code emr claims validate} and {@code emr claims rules}: the contract's JSON and exit codes. */
class ClaimsValidateCommandTest {

    @TempDir
    Path dir;

    private Path built(String name, boolean signed, DemoCredentials demo) throws Exception {
        MedicalRecord record = SampleRecords.outpatient(SampleRecords.patient());
        Path json = Files.write(dir.resolve(name + ".json"), EmrJson.writer().writeValueAsBytes(record));
        Path out = dir.resolve(name + ".xml");
        // the visit has a follow-up appointment: its paper (XML14) needs a number, a date and a signer
        Path papers = Files.writeString(dir.resolve(name + "-papers.json"), "{\"" + record.encounter().maLk()
                + "\": {\"appointmentPaperNumber\": \"HKL-1\", \"headOfFacilityCode\": \"7901234567\","
                + " \"appointmentPaperDate\": \"2026-11-01\"}}");
        // drugs and supplies carry their tender (TT_THAU), from the facility's price list
        StringBuilder t = new StringBuilder("{\"N03.05.010\": \"45/QĐ-SYT;G2;N0;2025\"");
        record.encounter().medications().forEach(m -> t.append(", \"").append(m.drugCode())
                .append("\": \"123/QĐ-SYT;G1;N4;2025\""));
        Path tenders = Files.writeString(dir.resolve(name + "-tenders.json"), t.append('}'));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("claims", "build", "--encounter",
                json.toString(), "--facility", SampleRecords.FACILITY_CODE, "--beneficiary-code", "1.1", "--papers",
                papers.toString(), "--tenders", tenders.toString(), "--out",
                out.toString()));
        if (signed) {
            Path p12 = dir.resolve("k.p12");
            demo.writePkcs12(p12, "pw".toCharArray());
            args.addAll(java.util.List.of("--key", p12.toString(), "--password", "pw"));
        }
        CliRun build = CliRun.of(args.toArray(String[]::new));
        assertThat(build.exit()).as(build.out() + build.err()).isZero();
        return out;
    }

    @Test
    void aBuiltFileValidatesAndABrokenOneNamesTheRuleAndField() throws Exception {
        Path good = built("good", false, null);
        CliRun ok = CliRun.of("claims", "validate", "--json", good.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        JsonNode j = ok.json();
        assertThat(j.get("episodes").asInt()).isEqualTo(1);
        assertThat(j.get("files").asInt()).isEqualTo(1);
        assertThat(j.get("profile").asText()).isEqualTo("QD3176_2026");
        assertThat(j.get("issues")).as(j.toPrettyString()).isEmpty();

        // the second drug line loses its code: the inner XML2 document is rewritten
        String xml = Files.readString(good, StandardCharsets.UTF_8);
        int at = xml.indexOf("<LOAIHOSO>XML2</LOAIHOSO><NOIDUNGFILE>") + "<LOAIHOSO>XML2</LOAIHOSO><NOIDUNGFILE>".length();
        int end = xml.indexOf("</NOIDUNGFILE>", at);
        String doc = new String(Base64.getDecoder().decode(xml.substring(at, end)), StandardCharsets.UTF_8);
        int second = doc.indexOf("<MA_THUOC>", doc.indexOf("<MA_THUOC>") + 1);
        doc = doc.substring(0, second) + doc.substring(doc.indexOf("</MA_THUOC>", second) + "</MA_THUOC>".length());
        Path bad = Files.writeString(dir.resolve("bad.xml"), xml.substring(0, at)
                + Base64.getEncoder().encodeToString(doc.getBytes(StandardCharsets.UTF_8)) + xml.substring(end));
        CliRun no = CliRun.of("claims", "validate", "--json", bad.toString());
        assertThat(no.exit()).isEqualTo(1);
        JsonNode issue = no.json().get("issues").get(0);
        assertThat(issue.get("file").asText()).isEqualTo("bad.xml");
        assertThat(issue.get("rule").asText()).isEqualTo("FIELD.MANDATORY");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("path").asText()).endsWith("][2].MA_THUOC").startsWith("XML2[MA_LK=");
        assertThat(issue.get("message").asText()).contains("MA_THUOC");
        assertThat(issue.get("messageEn").asText()).contains("MA_THUOC");
        assertThat(issue.get("source").asText()).startsWith("(P)");

        // a folder: both files, in name order; human output ends with the summary
        CliRun folder = CliRun.of("claims", "validate", "--lang", "en", dir.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.out()).contains("bad.xml: ERROR FIELD.MANDATORY").contains("2 file(s), 2 episode(s), 1 error(s)");
    }

    @Test
    void withTrustAnchorsAnUnsignedFileIsThePortals123() throws Exception {
        DemoCredentials demo = DemoCredentials.generate();
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        Path signed = built("signed", true, demo);
        Path unsigned = built("unsigned", false, demo);
        assertThat(CliRun.of("claims", "validate", "--trust", ca.toString(), signed.toString()).exit()).isZero();
        CliRun run = CliRun.of("claims", "validate", "--json", "--trust", ca.toString(), unsigned.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("issues").get(0).get("rule").asText()).isEqualTo("SIGNATURE.MISSING");
        assertThat(run.json().get("issues").get(0).get("message").asText()).contains("123");
    }

    @Test
    void usageAndMissingFiles() {
        assertThat(CliRun.of("claims", "validate", "--profile", "QD999", dir.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("claims", "validate").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("claims", "validate", "--json", dir.resolve("none.xml").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).doesNotContain("Exception");
    }

    @Test
    void theRuleCatalogue() throws Exception {
        CliRun run = CliRun.of("claims", "rules", "--json");
        assertThat(run.exit()).isZero();
        JsonNode rules = run.json().get("rules");
        assertThat(rules.size()).isGreaterThan(30);
        JsonNode first = rules.get(0);
        assertThat(first.has("id") && first.has("layer") && first.has("severity") && first.has("profiles")
                && first.has("message") && first.has("messageEn") && first.has("source")).isTrue();
        assertThat(CliRun.of("claims", "rules").out()).contains("FIELD.MANDATORY");
    }
}
