package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BhytCommandTest {

    @Test
    void decodesALegacyCard() {
        CliRun run = CliRun.of("bhyt", "check", "--json", "hs4010120878811");
        assertThat(run.exit()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("number").asText()).isEqualTo("HS4010120878811");
        assertThat(j.get("kind").asText()).isEqualTo("LEGACY_15");
        assertThat(j.get("group").asText()).isEqualTo("HS");
        assertThat(j.get("groupName").asText()).isEqualTo("Học sinh");
        assertThat(j.get("benefitLevel").asInt()).isEqualTo(4);
        assertThat(j.get("benefitPercent").asInt()).isEqualTo(80);
        assertThat(j.get("province").asText()).isEqualTo("Hà Nội");
        assertThat(j.get("provinceCode").asText()).isEqualTo("01");
        assertThat(j.get("socialInsuranceNumber").asText()).isEqualTo("0120878811");
        assertThat(j.get("warnings")).isEmpty();
    }

    @Test
    void decodesTheTenAndTwelveDigitShapes() {
        JsonNode ten = CliRun.of("bhyt", "check", "--json", "0120878811").json();
        assertThat(ten.get("kind").asText()).isEqualTo("SOCIAL_INSURANCE_10");
        assertThat(ten.get("group").isNull()).isTrue();
        assertThat(ten.get("benefitLevel").isNull()).isTrue();
        assertThat(ten.get("socialInsuranceNumber").asText()).isEqualTo("0120878811");
        JsonNode twelve = CliRun.of("bhyt", "check", "--json", "079300001111").json();
        assertThat(twelve.get("kind").asText()).isEqualTo("PERSONAL_ID_12");
        assertThat(twelve.get("province").asText()).isEqualTo("TP Hồ Chí Minh");
        assertThat(twelve.get("provinceCode").asText()).isEqualTo("79");
        assertThat(twelve.get("citizenId").asText()).isEqualTo("079300001111");
    }

    @ParameterizedTest
    @CsvSource({"ZZ4010120878811, EMR-CORE-0202", "HS4990120878811, EMR-CORE-0204", "HS1010120878811, EMR-CORE-0205"})
    void warningsDoNotFailTheCheck(String number, String code) {
        CliRun run = CliRun.of("bhyt", "check", "--json", number);
        assertThat(run.exit()).isZero();
        assertThat(run.json().get("warnings")).extracting(w -> w.get("code").asText()).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource({"HS0010120878811, EMR-CORE-0203", "HS6010120878811, EMR-CORE-0203", "HS401012087881, EMR-CORE-0201",
        "12345678901, EMR-CORE-0201", "' ', EMR-CORE-0001"})
    void invalidNumbersExitWithOneAndACode(String number, String code) {
        CliRun run = CliRun.of("bhyt", "check", "--json", number);
        assertThat(run.exit()).isEqualTo(EmrCli.INVALID);
        assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(run.json().get("errors").get(0).get("path").asText()).isEqualTo("number");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("bhyt", "check").exit()).isEqualTo(EmrCli.USAGE);
        assertThat(CliRun.of("bhyt", "check", "a", "b").exit()).isEqualTo(EmrCli.USAGE);
        assertThat(CliRun.of("bhyt").exit()).isEqualTo(EmrCli.USAGE);
    }

    @Test
    void withoutJsonPrintsAReadableSummaryInTheChosenLanguage() {
        CliRun run = CliRun.of("bhyt", "check", "--lang", "en", "QN5970120878811");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("QN5970120878811", "Military personnel", "100% including out-of-scope costs",
                "warning EMR-CORE-0204");
    }
}
