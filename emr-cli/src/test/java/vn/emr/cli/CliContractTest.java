package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every {@code emr} command keeps: help, usage errors as one JSON object, --lang, literal @args. */
class CliContractTest {

    @TempDir
    Path dir;

    static Stream<List<String>> commands() {
        return Stream.of(List.of("cccd", "parse"), List.of("bhyt", "check"), List.of("validate"), List.of("sign"),
                List.of("verify"), List.of("vietqr", "encode"), List.of("vietqr", "decode"), List.of("demo"),
                List.of("claims", "build"), List.of("claims", "read"), List.of("claims", "verify"),
                List.of("claims", "validate"), List.of("claims", "rules"), List.of("prescription", "build"),
                List.of("prescription", "validate"),
                List.of("cccd"), List.of("bhyt"), List.of("vietqr"), List.of("claims"), List.of("prescription"),
                List.of());
    }

    static Stream<List<String>> leafCommands() {
        return commands().filter(c -> c.size() == 2 || List.of("validate", "sign", "verify", "demo").containsAll(c)
                && !c.isEmpty());
    }

    private static String[] args(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpExitsZeroOnEveryCommand(List<String> command) {
        for (String h : List.of("--help", "-h")) {
            CliRun run = CliRun.of(args(command, h));
            assertThat(run.exit()).as(command + " " + h).isZero();
            assertThat(run.out()).contains("Usage:");
        }
    }

    private static void assertUsageJson(CliRun run, String expectedCode) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        JsonNode json = run.json();
        assertThat(json.fieldNames()).toIterable().containsExactly("errors");
        JsonNode error = json.get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo(expectedCode);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    /** Each leaf command with a complete command line (it would run), so an added fault is the only one. */
    static Stream<List<String>> completeCommands() {
        return Stream.of(List.of("cccd", "parse", "x"), List.of("bhyt", "check", "x"), List.of("validate", "f.json"),
                List.of("sign", "--out", "o.xml", "in.xml"), List.of("verify", "--trust", "t.pem", "f.xml"),
                List.of("vietqr", "encode", "--bin", "970403", "--account", "1"), List.of("vietqr", "decode", "x"),
                List.of("demo", "--out", "never-written"),
                List.of("claims", "build", "--encounter", "r.json", "--facility", "79001", "--out", "o.xml"),
                List.of("claims", "read", "f.xml"), List.of("claims", "verify", "--trust", "t.pem", "f.xml"),
                List.of("claims", "validate", "f.xml"), List.of("claims", "rules"),
                List.of("prescription", "validate", "f.json"));
    }

    @ParameterizedTest
    @MethodSource("completeCommands")
    void anUnknownOptionIsOneJsonObjectAndExitTwo(List<String> command) {
        CliRun run = CliRun.of(args(command, "--json", "--no-such-option-secret"));
        assertUsageJson(run, "EMR-CORE-0060");
        assertThat(run.out()).doesNotContain("no-such-option-secret");
    }

    @ParameterizedTest
    @MethodSource("leafCommands")
    void anUnknownLanguageIsAUsageError(List<String> command) {
        assertUsageJson(CliRun.of(args(command, "--json", "--lang", "fr")), "EMR-CORE-0063");
        assertUsageJson(CliRun.of(args(List.of("--json", "--lang", "fr"), command.toArray(String[]::new))),
                "EMR-CORE-0063");
        assertThat(CliRun.of(args(command, "--lang", "fr")).exit()).isEqualTo(2);
    }

    @Test
    void missingParametersAreOneJsonObjectAndExitTwo() {
        for (List<String> command : List.of(List.of("cccd", "parse"), List.of("bhyt", "check"), List.of("validate"),
                List.of("sign"), List.of("verify"), List.of("vietqr", "encode"), List.of("vietqr", "decode"))) {
            CliRun run = CliRun.of(args(command, "--json"));
            assertThat(run.exit()).as(command.toString()).isEqualTo(2);
            assertThat(run.json().get("errors").get(0).get("code").asText()).as(command.toString())
                    .isIn("EMR-CORE-0061", "EMR-CORE-0064");
        }
    }

    @Test
    void aBadValueIsOneJsonObjectAndExitTwo() {
        CliRun run = CliRun.of("vietqr", "encode", "--json", "--bin", "970403", "--account", "123", "--size",
                "huge-secret");
        assertUsageJson(run, "EMR-CORE-0062");
        assertThat(run.out()).doesNotContain("huge-secret");
        CliRun profile = CliRun.of("sign", "--json", "--key", "k.p12", "--password", "x", "--profile", "weird-secret",
                "--out", dir.resolve("o.xml").toString(), write("in.xml", "<a/>").toString());
        assertUsageJson(profile, "EMR-CORE-0062");
        assertThat(profile.out()).doesNotContain("weird-secret");
    }

    @Test
    void aMissingSubcommandIsAUsageError() {
        assertUsageJson(CliRun.of("--json"), "EMR-CORE-0065");
        assertUsageJson(CliRun.of("vietqr", "--json"), "EMR-CORE-0060");
        assertThat(CliRun.of("vietqr").exit()).isEqualTo(2);
        assertUsageJson(CliRun.of("--json", "vietqr"), "EMR-CORE-0065");
    }

    @Test
    void withoutJsonAUsageErrorIsCodedOnStderr() {
        CliRun run = CliRun.of("bhyt", "check", "HS4010120878811", "--nope");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("EMR-CORE-0060").doesNotContain("Exception");
    }

    @Test
    void langWorksBeforeTheSubcommand() {
        String qr = "079190012345|123456789|Trần Thị Bích Ngọc|15021990|Nữ|12 Lê Lợi, Quận 1, TP Hồ Chí Minh|01082021";
        CliRun en = CliRun.of("--lang", "en", "cccd", "parse", "--json", "079");
        CliRun vi = CliRun.of("cccd", "parse", "--json", "079");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.json().get("errors").get(0).get("message").asText())
                .isNotEqualTo(vi.json().get("errors").get(0).get("message").asText());
        CliRun enAfter = CliRun.of("cccd", "parse", "--json", "--lang", "en", "079");
        assertThat(en.out()).isEqualTo(enAfter.out());
        assertThat(CliRun.of("--lang", "en", "--json", "cccd", "parse", qr).exit()).isZero();
        assertThat(CliRun.of("--json", "cccd", "parse", qr).json().get("name").asText())
                .isEqualTo("Trần Thị Bích Ngọc");
    }

    @Test
    void atArgumentsAreLiteralNotFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("args.txt"), "--help");
        CliRun run = CliRun.of("bhyt", "check", "--json", "@" + file);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0201");
        CliRun validate = CliRun.of("validate", "--json", "@" + file);
        assertThat(validate.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");
    }

    @Test
    void anErrorInACommandIsExitThreeCodedWithoutStackTrace() {
        CliRun run = CliRun.of("bhyt", "check", "--json", "HS4010120878811");
        assertThat(run.exit()).isZero();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = EmrCli.internal(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                new vn.emr.cli.internal.UsageErrors.Request(true, vn.emr.core.Languages.ENGLISH),
                new OutOfMemoryError("Java heap space"));
        assertThat(exit).isEqualTo(3);
        CliRun parsed = new CliRun(exit, out.toString(), err.toString());
        assertThat(parsed.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0071");
        assertThat(out.toString()).doesNotContain("heap", "OutOfMemoryError");
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
