package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

class CitizenIdTest {

    @ParameterizedTest
    @CsvSource({
        "001099012345, MALE, 1900, 1999",
        "001199012345, FEMALE, 1900, 1999",
        "079200001111, MALE, 2000, 2000",
        "079305001111, FEMALE, 2000, 2005",
        "001401012345, MALE, 2100, 2101",
        "001599012345, FEMALE, 2100, 2199",
        "001600012345, MALE, 2200, 2200",
        "001712012345, FEMALE, 2200, 2212",
        "001850012345, MALE, 2300, 2350",
        "001999012345, FEMALE, 2300, 2399"})
    void decodesSexCenturyAndBirthYear(String id, Sex sex, int century, int year) {
        CitizenId c = CitizenId.parse(id);
        assertThat(c.sex()).isEqualTo(sex);
        assertThat(c.century()).isEqualTo(century);
        assertThat(c.birthYear()).isEqualTo(year);
        assertThat(c.sexCenturyDigit()).isEqualTo(id.charAt(3) - '0');
    }

    @Test
    void decodesTheProvinceOfEveryKnownPrefix() {
        for (Province p : Province.all()) {
            CitizenId c = CitizenId.parse(p.citizenIdPrefix() + "099012345");
            assertThat(c.province()).contains(p);
            assertThat(c.provincePrefix()).isEqualTo("0" + p.code());
            assertThat(c.warnings()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000099012345", "003099012345", "097099012345", "100099012345", "999999999999"})
    void unknownPrefixIsAcceptedWithAWarning(String id) {
        CitizenId c = CitizenId.parse(id);
        assertThat(c.province()).isEmpty();
        assertThat(c.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(CoreError.CITIZEN_ID_PROVINCE);
            assertThat(w.severity()).isEqualTo(vn.emr.core.Severity.WARNING);
        });
    }

    @Test
    void anyTwelveDigitsAreWellFormedBecauseThereIsNoCheckDigit() {
        // the same number with its last digit changed is as valid as the original
        for (char last = '0'; last <= '9'; last++) {
            assertThat(CitizenId.parse("00109901234" + last).value()).endsWith(String.valueOf(last));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "00109901234X", "0010990123456", "00109901234", "001 099 012 345",
        "٠٠١٠٩٩٠١٢٣٤٥", "-01099012345", "00109901234５"})
    void rejectsAnythingButTwelveAsciiDigits(String text) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> CitizenId.parse(text));
        assertThat(e.code()).isEqualTo(CoreError.CITIZEN_ID_FORMAT);
        assertThat(e.getMessage()).doesNotContain(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsEmptyInput(String text) {
        assertThat(catchThrowableOfType(EmrException.class, () -> CitizenId.parse(text)).code())
                .isEqualTo(CoreError.EMPTY_INPUT);
        assertThat(catchThrowableOfType(EmrException.class, () -> CitizenId.parse(null)).code())
                .isEqualTo(CoreError.EMPTY_INPUT);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(CitizenId.parse(" 001099012345\n")).isEqualTo(CitizenId.parse("001099012345"));
    }

    @ParameterizedTest
    @MethodSource("vn.emr.core.identity.CitizenIdTest#ids")
    void toStringShowsOnlyTheLastFourDigits(String id) {
        CitizenId c = CitizenId.parse(id);
        assertThat(c.toString()).doesNotContain(id).doesNotContain(id.substring(0, 8)).contains(id.substring(8));
        assertThat(c.masked()).isEqualTo("********" + id.substring(8));
    }

    static java.util.stream.Stream<String> ids() {
        return java.util.stream.Stream.of("001099012345", "079300001111", "096999999999");
    }
}
