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

    /** The inner document of table {@code loai} of a built file, rewritten by {@code edit}. */
    private static String rewritten(String xml, String loai, java.util.function.UnaryOperator<String> edit) {
        String open = "<LOAIHOSO>" + loai + "</LOAIHOSO><NOIDUNGFILE>";
        int at = xml.indexOf(open);
        assertThat(at).as(loai).isPositive();
        at += open.length();
        int end = xml.indexOf("</NOIDUNGFILE>", at);
        String doc = new String(Base64.getDecoder().decode(xml.substring(at, end)), StandardCharsets.UTF_8);
        return xml.substring(0, at) + Base64.getEncoder().encodeToString(edit.apply(doc).getBytes(StandardCharsets.UTF_8))
                + xml.substring(end);
    }

    @Test
    void aFieldSizedToThePortalSheetPassesWithPortalSizesOnly() throws Exception {
        // XML14 SO_GIAYHEN_KL: 50 characters in the decision, 100 in the portal sheet (CTN); 60 here
        String xml = Files.readString(built("sizes", false, null), StandardCharsets.UTF_8);
        String number = "HKL-" + "1".repeat(56);
        Path file = Files.writeString(dir.resolve("long-number.xml"), rewritten(xml, "XML14",
                d -> d.replace("<SO_GIAYHEN_KL>HKL-1</SO_GIAYHEN_KL>", "<SO_GIAYHEN_KL>" + number + "</SO_GIAYHEN_KL>")));

        CliRun strict = CliRun.of("claims", "validate", "--json", file.toString());
        assertThat(strict.exit()).as(strict.out() + strict.err()).isEqualTo(1);
        JsonNode issues = strict.json().get("issues");
        assertThat(issues).as(issues.toPrettyString()).hasSize(1);
        assertThat(issues.get(0).get("rule").asText()).isEqualTo("FIELD.SIZE");
        assertThat(issues.get(0).get("path").asText()).startsWith("XML14[MA_LK=").endsWith("].SO_GIAYHEN_KL");
        assertThat(issues.get(0).get("messageEn").asText()).contains("50").doesNotContain(number);
        CliRun decision = CliRun.of("claims", "validate", "--json", "--sizes", "decision", file.toString());
        assertThat(decision.exit()).isEqualTo(1);
        assertThat(decision.json()).isEqualTo(strict.json());

        CliRun portal = CliRun.of("claims", "validate", "--json", "--sizes", "PORTAL", file.toString());
        assertThat(portal.exit()).as(portal.out() + portal.err()).isZero();
        JsonNode j = portal.json();
        assertThat(j.get("issues")).as(j.toPrettyString()).isEmpty();
        // the report is otherwise the same: the claim's profile, one file, one episode
        assertThat(j.get("profile").asText()).isEqualTo("QD3176_2026");
        assertThat(j.get("files").asInt()).isEqualTo(1);
        assertThat(j.get("episodes").asInt()).isEqualTo(1);

        // beyond the portal's 100 too: refused with either
        Path longer = Files.writeString(dir.resolve("longer.xml"), rewritten(xml, "XML14",
                d -> d.replace("<SO_GIAYHEN_KL>HKL-1</SO_GIAYHEN_KL>", "<SO_GIAYHEN_KL>" + "1".repeat(101)
                        + "</SO_GIAYHEN_KL>")));
        CliRun both = CliRun.of("claims", "validate", "--json", "--sizes", "portal", longer.toString());
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.json().get("issues").get(0).get("messageEn").asText()).contains("100");
    }

    @Test
    void usageAndMissingFiles() {
        assertThat(CliRun.of("claims", "validate", "--sizes", "lenient", dir.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("claims", "validate", "--profile", "QD999", dir.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("claims", "validate").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("claims", "validate", "--json", dir.resolve("none.xml").toString());
        // as every command answers a file it cannot read: exit 1, the coded error naming the file, no raw placeholder
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).doesNotContain("Exception");
        assertThat(missing.out()).contains("\"code\":\"EMR-CORE-0006\"").contains("none.xml").doesNotContain("{0}");
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
