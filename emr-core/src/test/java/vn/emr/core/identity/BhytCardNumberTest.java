package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

class BhytCardNumberTest {

    static List<String> codes(List<Issue> issues) {
        return issues.stream().map(Issue::codeString).toList();
    }

    static EmrException rejected(String text) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> BhytCardNumber.parse(text));
        assertThat(e).as("rejected: %s", text).isNotNull();
        return e;
    }

    @Test
    void decodesTheDomainExampleOfALegacyCard() {
        BhytCardNumber n = BhytCardNumber.parse("HS4010120878811");
        assertThat(n.kind()).isEqualTo(BhytCardNumber.Kind.LEGACY_15);
        assertThat(n.group()).contains(BeneficiaryGroup.HS);
        assertThat(n.groupCode()).contains("HS");
        assertThat(n.benefitLevel()).contains(BenefitLevel.LEVEL_4);
        assertThat(n.benefitLevel().orElseThrow().percent()).isEqualTo(80);
        assertThat(n.provinceCode()).contains("01");
        assertThat(n.province()).map(Province::name).contains("Hà Nội");
        assertThat(n.socialInsuranceNumber()).contains("0120878811");
        assertThat(n.citizenId()).isEmpty();
        assertThat(n.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BeneficiaryGroup.class)
    void everyGroupAtItsUsualLevelDecodesWithoutWarnings(BeneficiaryGroup g) {
        int level = g.usualLevel().map(BenefitLevel::level).orElse(4);
        BhytCardNumber n = BhytCardNumber.parse(g.code() + level + "790123456789");
        assertThat(n.group()).contains(g);
        assertThat(n.benefitLevel().orElseThrow().level()).isEqualTo(level);
        assertThat(n.province()).map(Province::name).contains("TP Hồ Chí Minh");
        assertThat(n.warnings()).isEmpty();
        assertThat(BeneficiaryGroup.fromCode(g.code())).isSameAs(g);
        assertThat(g.vietnameseLabel()).isNotBlank();
        assertThat(g.englishLabel()).isNotBlank();
    }

    @Test
    void theOfficialListHasFortyFourGroupsWithTheDomainLevels() {
        assertThat(BeneficiaryGroup.values()).hasSize(44);
        assertThat(BeneficiaryGroup.CC.usualLevel()).contains(BenefitLevel.LEVEL_1);
        assertThat(BeneficiaryGroup.TE.usualLevel()).contains(BenefitLevel.LEVEL_1);
        assertThat(BeneficiaryGroup.HN.usualLevel()).contains(BenefitLevel.LEVEL_2);
        assertThat(BeneficiaryGroup.CN.usualLevel()).contains(BenefitLevel.LEVEL_3);
        assertThat(BeneficiaryGroup.CT.usualLevel()).contains(BenefitLevel.LEVEL_4);
        assertThat(BeneficiaryGroup.QN.usualLevel()).contains(BenefitLevel.LEVEL_5);
        assertThat(BeneficiaryGroup.TV.usualLevel()).isEmpty();
        assertThat(BeneficiaryGroup.lookup("ZZ")).isEmpty();
        assertThat(catchThrowableOfType(EmrException.class, () -> BeneficiaryGroup.fromCode("ZZ")).code())
                .isEqualTo(CoreError.BHYT_GROUP_UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource({"1, 100, false, false", "2, 100, true, false", "3, 95, false, false", "4, 80, false, false",
        "5, 100, false, true"})
    void benefitLevelsCarryTheirShare(int level, int percent, boolean capped, boolean outOfScope) {
        BenefitLevel l = BenefitLevel.fromCode(Integer.toString(level));
        assertThat(l.level()).isEqualTo(level);
        assertThat(l.percent()).isEqualTo(percent);
        assertThat(l.capped()).isEqualTo(capped);
        assertThat(l.coversOutOfScope()).isEqualTo(outOfScope);
        assertThat(l.code()).isEqualTo(Integer.toString(level));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS0010120878811", "HS6010120878811", "HS9010120878811"})
    void levelOutsideOneToFiveIsAnError(String number) {
        EmrException e = rejected(number);
        assertThat(e.code()).isEqualTo(CoreError.BHYT_LEVEL);
        assertThat(catchThrowableOfType(EmrException.class, () -> BenefitLevel.fromCode("0")).code())
                .isEqualTo(CoreError.BHYT_LEVEL);
    }

    @Test
    void unknownGroupIsAWarning() {
        BhytCardNumber n = BhytCardNumber.parse("ZZ4010120878811");
        assertThat(n.group()).isEmpty();
        assertThat(n.groupCode()).contains("ZZ");
        assertThat(codes(n.warnings())).containsExactly("EMR-CORE-0202");
        assertThat(n.warnings().get(0).args()).containsExactly("ZZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "03", "97", "98", "99"})
    void unknownProvinceIsAWarning(String province) {
        BhytCardNumber n = BhytCardNumber.parse("QN5" + province + "0120878811");
        assertThat(n.province()).isEmpty();
        assertThat(n.provinceCode()).contains(province);
        assertThat(codes(n.warnings())).containsExactly("EMR-CORE-0204");
    }

    @Test
    void levelUnusualForTheGroupIsAWarning() {
        BhytCardNumber n = BhytCardNumber.parse("HS1010120878811");
        assertThat(n.benefitLevel()).contains(BenefitLevel.LEVEL_1);
        assertThat(n.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(CoreError.BHYT_LEVEL_UNUSUAL);
            assertThat(w.args()).containsExactly(1, "HS", 4);
        });
    }

    @Test
    void badLevelIsReportedWithTheWarningsFoundBeforeIt() {
        EmrException e = rejected("ZZ0990120878811");
        assertThat(codes(e.issues())).containsExactly("EMR-CORE-0203", "EMR-CORE-0202", "EMR-CORE-0204");
    }

    @Test
    void temporaryNewbornCardHasTheLegacyShape() {
        BhytCardNumber n = BhytCardNumber.parse("TE1790123456789");
        assertThat(n.kind()).isEqualTo(BhytCardNumber.Kind.LEGACY_15);
        assertThat(n.group()).contains(BeneficiaryGroup.TE);
        assertThat(n.benefitLevel()).contains(BenefitLevel.LEVEL_1);
        assertThat(n.warnings()).isEmpty();
    }

    @Test
    void tenDigitsAreTheSocialInsuranceNumber() {
        BhytCardNumber n = BhytCardNumber.parse("0120878811");
        assertThat(n.kind()).isEqualTo(BhytCardNumber.Kind.SOCIAL_INSURANCE_10);
        assertThat(n.socialInsuranceNumber()).contains("0120878811");
        assertThat(n.group()).isEmpty();
        assertThat(n.groupCode()).isEmpty();
        assertThat(n.benefitLevel()).isEmpty();
        assertThat(n.provinceCode()).isEmpty();
        assertThat(n.province()).isEmpty();
        assertThat(n.warnings()).isEmpty();
    }

    @Test
    void twelveDigitsAreThePersonalId() {
        BhytCardNumber n = BhytCardNumber.parse("079300001111");
        assertThat(n.kind()).isEqualTo(BhytCardNumber.Kind.PERSONAL_ID_12);
        assertThat(n.citizenId()).contains(CitizenId.parse("079300001111"));
        assertThat(n.province()).map(Province::name).contains("TP Hồ Chí Minh");
        assertThat(n.socialInsuranceNumber()).isEmpty();
        assertThat(n.warnings()).isEmpty();
        assertThat(codes(BhytCardNumber.parse("999300001111").warnings())).containsExactly("EMR-CORE-0102");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"hs4010120878811; HS4010120878811", "' HS4010120878811 '; HS4010120878811",
        "HS 4 01 0120878811; HS4010120878811", "Hs4010120878811; HS4010120878811", " 0120878811 ; 0120878811"})
    void inputIsNormalisedButTheRawTextIsKept(String raw, String number) {
        BhytCardNumber n = BhytCardNumber.parse(raw);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.rawText()).isEqualTo(raw);
    }

    @Test
    void lineEndsAndTabsAreRemoved() {
        assertThat(BhytCardNumber.parse("\tHS4010120878811\r\n").number()).isEqualTo("HS4010120878811");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678901", "1234567890123", "HS401012087881", "HS40101208788111",
        "HS401012087881X", "H54010120878811", "4HS010120878811", "HSA010120878811", "ĐS4010120878811",
        "HS-4-01-0120878811", "TE1", "abc"})
    void wrongShapesAreRejected(String text) {
        EmrException e = rejected(text);
        assertThat(e.code()).isEqualTo(CoreError.BHYT_FORMAT);
        assertThat(e.getMessage()).doesNotContain(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyInputIsRejected(String text) {
        assertThat(rejected(text).code()).isEqualTo(CoreError.EMPTY_INPUT);
        assertThat(rejected(null).code()).isEqualTo(CoreError.EMPTY_INPUT);
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(BhytCardNumber.parse("HS4010120878811").toString()).doesNotContain("HS4010120878811", "0120878")
                .contains("8811");
        assertThat(BhytCardNumber.parse("079300001111").toString()).doesNotContain("079300001111").contains("1111");
    }
}
