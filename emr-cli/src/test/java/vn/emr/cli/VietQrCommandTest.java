package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code emr vietqr} contract of issue 4: payload on one line, decode JSON fields, coded errors and exit codes. */
class VietQrCommandTest {

    /** NAPAS v1.0 §6.1.3, dynamic to account. */
    private static final String NAPAS_DYNAMIC = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
            + "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

    private record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EmrCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void encodePrintsTheNapasExamplePayloadOnOneLine() {
        Result r = run("vietqr", "encode", "--bin", "970403", "--account", "0011012345678", "--amount", "180000",
                "--bill", "NPS6869", "--purpose", "thanh toan don hang");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).isEqualTo(NAPAS_DYNAMIC + System.lineSeparator());
    }

    @Test
    void encodeWritesPngAndSvg(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("qr.png");
        Path svg = dir.resolve("qr.svg");
        Result r = run("vietqr", "encode", "--bin", "970403", "--card", "9704031101234567", "--png", png.toString(),
                "--svg", svg.toString(), "--size", "200");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out().trim()).isEqualTo("00020101021138600010A00000072701300006970403011697040311012345670208"
                + "QRIBFTTC53037045802VN63044F52");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(200);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("width=\"200\"");
    }

    @Test
    void encodeRefusesBadInputWithCodedErrors() throws Exception {
        Result r = run("vietqr", "encode", "--json", "--bin", "97040", "--account", "1", "--card", "2",
                "--amount", "0");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode errors = r.json().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.findValuesAsText("code")).containsExactly("EMR-PAY-0102", "EMR-PAY-0202", "EMR-PAY-0205");

        Result text = run("vietqr", "encode", "--bin", "970403", "--account", "1", "--amount", "lots");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).contains("EMR-PAY-0601").doesNotContain("Exception");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"100.000", "100,000", "12.5", "1e5", "+100", "-100",
        "100 000", "１０００", "١٢٣", "1_000", "12345678901234"})
    void encodeAmountIsDigitsOnly(String amount) throws Exception {
        // Vietnamese writes one hundred thousand as 100.000: it once made a QR for 100 VND
        Result r = run("vietqr", "encode", "--json", "--lang", "en", "--bin", "970403", "--account", "1",
                "--amount", amount);
        assertThat(r.exit()).isEqualTo(1);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.findValuesAsText("code")).containsExactly("EMR-PAY-0601");
        assertThat(errors.get(0).get("message").asText()).contains("digits 0-9 only").contains("100000")
                .doesNotContain(amount.strip());
    }

    @Test
    void decodeStrictRefusesWhatLenientAcceptsWithAWarning() throws Exception {
        // a real MB Bank QR with a lower-case CRC
        String mb = "00020101021138540010A00000072701240006970422011003523509170208QRIBFTTA53037045802VN630479db";
        Result lenient = run("vietqr", "decode", "--json", mb);
        assertThat(lenient.exit()).isEqualTo(0);
        assertThat(lenient.json().get("warnings").findValuesAsText("code")).containsExactly("EMR-PAY-0011");
        Result strict = run("vietqr", "decode", "--json", "--strict", mb);
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.json().get("errors").findValuesAsText("code")).containsExactly("EMR-PAY-0011");
        assertThat(run("vietqr", "decode", "--strict", NAPAS_DYNAMIC).exit()).isEqualTo(0);
    }

    @Test
    void encodeWithoutAccountOrCardIsAnError() {
        Result r = run("vietqr", "encode", "--bin", "970403");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("EMR-PAY-0201");
    }

    @Test
    void encodeTransliteratesAndWarns() {
        Result r = run("vietqr", "encode", "--bin", "970436", "--account", "0123456789", "--purpose", "Viện phí");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("0808Vien phi");
        assertThat(r.err()).contains("EMR-PAY-0204");
    }

    @Test
    void decodeGivesEveryDocumentedField() throws Exception {
        Result r = run("vietqr", "decode", "--json", NAPAS_DYNAMIC);
        assertThat(r.exit()).isEqualTo(0);
        JsonNode j = r.json();
        assertThat(j.fieldNames()).toIterable().containsExactly("pointOfInitiation", "bin", "bank", "account", "card",
                "service", "amount", "currency", "country", "billNumber", "reference", "purpose", "crc", "warnings");
        assertThat(j.get("pointOfInitiation").asText()).isEqualTo("DYNAMIC");
        assertThat(j.get("bin").asText()).isEqualTo("970403");
        assertThat(j.get("bank").asText()).isEqualTo("Sacombank");
        assertThat(j.get("account").asText()).isEqualTo("0011012345678");
        assertThat(j.get("card").isNull()).isTrue();
        assertThat(j.get("service").asText()).isEqualTo("QRIBFTTA");
        assertThat(j.get("amount").isTextual()).isTrue();
        assertThat(j.get("amount").asText()).isEqualTo("180000");
        assertThat(j.get("currency").asText()).isEqualTo("704");
        assertThat(j.get("country").asText()).isEqualTo("VN");
        assertThat(j.get("billNumber").asText()).isEqualTo("NPS6869");
        assertThat(j.get("reference").isNull()).isTrue();
        assertThat(j.get("purpose").asText()).isEqualTo("thanh toan don hang");
        assertThat(j.get("crc").asText()).isEqualTo("2E2E");
        assertThat(j.get("warnings")).isEmpty();
    }

    @Test
    void decodeStaticCardAndLowerCaseCrcWarning() throws Exception {
        // a real MB Bank QR with a lower-case CRC
        Result r = run("vietqr", "decode", "--json", "00020101021138540010A00000072701240006970422011003523509170208"
                + "QRIBFTTA53037045802VN630479db");
        assertThat(r.exit()).isEqualTo(0);
        JsonNode j = r.json();
        assertThat(j.get("pointOfInitiation").asText()).isEqualTo("STATIC");
        assertThat(j.get("amount").isNull()).isTrue();
        assertThat(j.get("warnings").findValuesAsText("code")).containsExactly("EMR-PAY-0011");
        assertThat(j.get("warnings").get(0).get("position").asInt()).isEqualTo(87); // the CRC value: 91 characters - 4
    }

    @Test
    void decodeReportsErrorsWithCodeAndPosition() throws Exception {
        // NAPAS §6.1.4 with its CRC off by two
        String bad = "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802"
                + "VN62340107NPS68690819thanh toan don hang6304A201";
        Result r = run("vietqr", "decode", "--json", "--lang", "en", bad);
        assertThat(r.exit()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.fieldNames()).toIterable().containsExactly("errors");
        JsonNode e = j.get("errors").get(0);
        assertThat(e.get("code").asText()).isEqualTo("EMR-PAY-0008");
        assertThat(e.get("position").asInt()).isEqualTo(bad.length() - 4);
        assertThat(e.get("message").asText())
                .isEqualTo("The CRC does not match the content: the code was altered or misread.");
    }

    @Test
    void decodeOfAnotherSchemeSaysSo() throws Exception {
        String vnpay = "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312"
                + "CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685";
        Result r = run("vietqr", "decode", "--json", vnpay);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("errors").findValuesAsText("code")).containsExactly("EMR-PAY-0021");
    }

    @Test
    void decodeWithoutJsonPrintsFieldsAndErrorsAsText() {
        Result ok = run("vietqr", "decode", NAPAS_DYNAMIC);
        assertThat(ok.exit()).isEqualTo(0);
        assertThat(ok.out()).contains("bin: 970403").contains("amount: 180000");
        Result bad = run("vietqr", "decode", "hello");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("EMR-PAY-0003 at 0");
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertThat(run("vietqr", "decode").exit()).isEqualTo(2);
        assertThat(run("vietqr", "encode", "--account", "1").exit()).isEqualTo(2);
        assertThat(run("vietqr").exit()).isEqualTo(2);
    }
}
