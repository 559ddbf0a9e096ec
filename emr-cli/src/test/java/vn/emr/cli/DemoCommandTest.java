package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.identity.CccdQr;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.RecordValidator;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoRunsEndToEndWithoutConfiguration() throws Exception {
        CliRunner r = CliRunner.run("demo", "--json", "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("errors")).isEmpty();

        // the QR image holds the demo card, and the record's patient is the one read from it
        CccdQr card = CccdQr.fromImage(dir.resolve("cccd-qr.png"));
        MedicalRecord record = EmrJson.read(Files.readAllBytes(dir.resolve("record.json")), MedicalRecord.class);
        assertThat(record.patient().citizenId()).contains(card.id().value());
        assertThat(record.patient().fullName()).isEqualTo(card.name()).isEqualTo("Nguyễn Văn An");
        assertThat(RecordValidator.create().validate(record).isValid()).isTrue();
        assertThat(j.get("signatureValid").asBoolean()).isTrue();
        // the claims checks ran, the ICD-10 rules against the bundled subset; what was skipped is listed
        JsonNode check = j.get("claimsCheck");
        assertThat(check.get("errors").asInt()).isZero();
        assertThat(check.get("skippedRules")).isNotEmpty()
                .noneMatch(rule -> rule.asText().contains("ICD10"));

        // the signed record verifies through the public command with the demo CA, and a tampered copy does not
        Path signed = dir.resolve("record.signed.xml");
        CliRunner verify = CliRunner.run("verify", "--json", "--trust", dir.resolve("demo-ca.pem").toString(),
                signed.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        String text = Files.readString(signed);
        Path tampered = Files.writeString(dir.resolve("tampered.xml"), text.replace("Nguyễn Văn An", "Nguyễn Văn Ăn"));
        assertThat(CliRunner.run("verify", "--json", "--trust", dir.resolve("demo-ca.pem").toString(),
                tampered.toString()).exit()).isEqualTo(1);
        // the claims file and the check-in file verify through the public commands, and the claim reads back
        CliRunner claims = CliRunner.run("claims", "verify", "--json", "--trust",
                dir.resolve("demo-ca.pem").toString(), dir.resolve("claims.xml").toString());
        assertThat(claims.exit()).as(claims.out()).isZero();
        CliRunner checkIn = CliRunner.run("verify", "--json", "--trust", dir.resolve("demo-ca.pem").toString(),
                dir.resolve("checkin.xml").toString());
        assertThat(checkIn.exit()).as(checkIn.out()).isZero();
        CliRunner read = CliRunner.run("claims", "read", "--json", dir.resolve("claims.xml").toString());
        assertThat(read.json().get("episodes").get(0).get("maLk").asText()).isEqualTo(record.encounter().maLk());
        // the bill QR decodes through the public command to the bill's amount and reference
        String payload = Files.readString(dir.resolve("bill-qr.txt")).strip();
        assertThat(payload).isEqualTo(j.get("vietqr").asText());
        CliRunner decoded = CliRunner.run("vietqr", "decode", "--json", payload);
        assertThat(decoded.exit()).isZero();
        assertThat(decoded.json().get("amount").asText()).isEqualTo(j.get("amount").asText());
        assertThat(decoded.json().get("purpose").asText()).contains(j.get("billReference").asText());
        assertThat(vn.emr.payment.VietQr.parse(payload).bin()).isEqualTo("970436");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
