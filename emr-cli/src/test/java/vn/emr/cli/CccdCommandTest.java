package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.identity.barcode.QrImages;

class CccdCommandTest {

    @TempDir
    Path dir;

    /** One line of the samples file: the QR text and its verdict. */
    record Sample(int line, String text, String expect) {
        @Override
        public String toString() {
            return "line " + line + " " + expect;
        }
    }

    static Stream<Sample> samples() throws IOException {
        List<Sample> list = new ArrayList<>();
        try (InputStream in = CccdCommandTest.class.getResourceAsStream("/identity/cccd-qr-samples.txt")) {
            assertThat(in).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    String[] cols = lines[i].split("\t", -1);
                    list.add(new Sample(i + 1, cols[0], cols[1]));
                }
            }
        }
        assertThat(list).hasSize(23);
        return list.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleGetsTheVerdictOfTheFile(Sample s) {
        CliRun run = CliRun.of("cccd", "parse", "--json", s.text());
        JsonNode json = run.json();
        switch (s.expect()) {
            case "valid" -> {
                assertThat(run.exit()).isZero();
                assertThat(json.get("warnings")).isEmpty();
                assertThat(json.get("id").asText()).isEqualTo(s.text().substring(0, 12));
            }
            case "valid-format/warn" -> {
                assertThat(run.exit()).isZero();
                assertThat(json.get("warnings")).isNotEmpty();
                json.get("warnings").forEach(w -> {
                    assertThat(w.get("code").asText()).startsWith("EMR-CORE-01");
                    assertThat(w.get("message").asText()).isNotBlank();
                });
            }
            case "invalid" -> {
                assertThat(run.exit()).isEqualTo(EmrCli.INVALID);
                assertThat(json.get("errors")).isNotEmpty();
                json.get("errors").forEach(e -> {
                    assertThat(e.get("code").asText()).matches("EMR-CORE-0\\d{3}");
                    assertThat(e.has("path")).isTrue();
                    assertThat(e.get("message").asText()).isNotBlank();
                });
                assertThat(json.has("id")).isFalse();
            }
            default -> throw new AssertionError(s.expect());
        }
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void printsEveryFieldOfAValidCard() {
        CliRun run = CliRun.of("cccd", "parse", "--json",
                "001099012345|001234567890|Nguyễn Văn A|15031999|Nam|Số 1 Đường ABC, Phường X, Quận Y, TP Z|10052021");
        assertThat(run.exit()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("id").asText()).isEqualTo("001099012345");
        assertThat(j.get("oldId").asText()).isEqualTo("001234567890");
        assertThat(j.get("name").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(j.get("birthDate").asText()).isEqualTo("1999-03-15");
        assertThat(j.get("sex").asText()).isEqualTo("MALE");
        assertThat(j.get("address").asText()).isEqualTo("Số 1 Đường ABC, Phường X, Quận Y, TP Z");
        assertThat(j.get("issueDate").asText()).isEqualTo("2021-05-10");
        assertThat(j.get("province").asText()).isEqualTo("Hà Nội");
        assertThat(j.get("warnings")).isEmpty();
        List<String> names = new ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "oldId", "name", "birthDate", "sex", "address", "issueDate",
                "province", "extraFields", "warnings");
        assertThat(j.get("extraFields").asInt()).isZero();
    }

    @Test
    void emptyOldIdAndUnknownProvinceAreNullAndUndeterminedSexIsNamed() {
        JsonNode j = CliRun.of("cccd", "parse", "--json",
                "097099012345||Nguyễn Văn A|01011999|Khác|Hà Nội|01012021").json();
        assertThat(j.get("oldId").isNull()).isTrue();
        assertThat(j.get("province").isNull()).isTrue();
        assertThat(j.get("sex").asText()).isEqualTo("UNDETERMINED");
        assertThat(j.get("warnings")).extracting(w -> w.get("code").asText())
                .containsExactlyInAnyOrder("EMR-CORE-0107", "EMR-CORE-0102");
        assertThat(j.get("warnings").get(0).has("path")).isFalse();
    }

    @Test
    void femaleWithoutDiacriticsWarnsInEnglishWhenAsked() {
        JsonNode j = CliRun.of("cccd", "parse", "--json", "--lang", "en",
                "079300001111||Tran Thi Bich|15082000|Nu|Da Nang|20032022").json();
        assertThat(j.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(j.get("warnings").get(0).get("code").asText()).isEqualTo("EMR-CORE-0108");
        assertThat(j.get("warnings").get(0).get("message").asText()).startsWith("Sex is written without diacritics");
    }

    @Test
    void invalidInputListsAllErrorsWithPaths() {
        CliRun run = CliRun.of("cccd", "parse", "--json", "12345|x||31022000|Nam|Hà Nội|01012021");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors")).extracting(e -> e.get("path").asText() + " " + e.get("code").asText())
                .containsExactly("id EMR-CORE-0101", "oldId EMR-CORE-0106", "name EMR-CORE-0104",
                        "birthDate EMR-CORE-0105");
    }

    @Test
    void anImageRenderedByTheTestDecodesBack() throws IOException {
        String text = "079300001111|123456789|Trần Thị Bích Ngọc|15082000|Nữ|Số 9, Phường Bến Nghé, Quận 1|20032022";
        Path png = dir.resolve("card.png");
        QrImages.writePng(text, 400, png);
        CliRun run = CliRun.of("cccd", "parse", "--json", "--image", png.toString());
        assertThat(run.exit()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("name").asText()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(j.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(j.get("province").asText()).isEqualTo("TP Hồ Chí Minh");
        assertThat(j.get("warnings")).isEmpty();
    }

    @Test
    void aMissingImageIsACodedInvalidInput() {
        CliRun run = CliRun.of("cccd", "parse", "--json", "--image", dir.resolve("nope.png").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0006");
    }

    @Test
    void aNonImageFileIsACodedInvalidInput() throws IOException {
        Path txt = Files.writeString(dir.resolve("x.png"), "not an image");
        CliRun run = CliRun.of("cccd", "parse", "--json", "--image", txt.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0010");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("cccd", "parse").exit()).isEqualTo(EmrCli.USAGE);
        assertThat(CliRun.of("cccd", "parse", "--image", "a.png", "001099012345||A|01011999|Nam||01012021").exit())
                .isEqualTo(EmrCli.USAGE);
        assertThat(CliRun.of("cccd", "parse", "a", "b").exit()).isEqualTo(EmrCli.USAGE);
        assertThat(CliRun.of("cccd", "parse", "--bogus", "x").exit()).isEqualTo(EmrCli.USAGE);
        assertThat(CliRun.of("cccd").exit()).isEqualTo(EmrCli.USAGE);
    }

    @Test
    void withoutJsonPrintsAReadableSummary() {
        CliRun run = CliRun.of("cccd", "parse", "001099012345||Nguyễn Văn An|01011990|Nam||01012021");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Nguyễn Văn An", "1990-01-01", "Hà Nội", "warning EMR-CORE-0110",
                "warning EMR-CORE-0111");
        CliRun bad = CliRun.of("cccd", "parse", "a|b|c");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("error EMR-CORE-0103");
        assertThat(bad.out()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void extraFieldsAreAWarningAndAFutureBirthDateIsAnErrorAsInValidate() {
        CliRun ok = CliRun.of("cccd", "parse", "--json",
                "001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021|a|b");
        assertThat(ok.exit()).isZero();
        assertThat(ok.json().get("warnings").get(0).get("code").asText()).isEqualTo("EMR-CORE-0120");
        assertThat(ok.json().get("extraFields").asInt()).isEqualTo(2);
        assertThat(ok.json().toString()).doesNotContain("\"a|b\"");
        String future = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("ddMMuuuu"));
        CliRun bad = CliRun.of("cccd", "parse", "--json",
                "001099012345||Nguyễn Văn An|" + future + "|Nam|Hà Nội|10052021");
        assertThat(bad.exit()).isEqualTo(EmrCli.INVALID);
        assertThat(bad.json().get("errors").toString()).contains("EMR-CORE-0312");
    }
}
