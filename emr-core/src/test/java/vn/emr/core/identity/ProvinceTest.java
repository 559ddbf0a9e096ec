package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProvinceTest {

    @Test
    void theListHasTheSixtyThreeOfficialCodesInOrder() {
        assertThat(Province.all()).hasSize(63);
        assertThat(Province.all()).extracting(Province::code).doesNotHaveDuplicates().isSorted();
        assertThat(Province.all()).extracting(Province::name).doesNotHaveDuplicates()
                .allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC));
        assertThat(Province.all().get(0)).isEqualTo(new Province("01", "Hà Nội"));
        assertThat(Province.all().get(62)).isEqualTo(new Province("96", "Cà Mau"));
    }

    @ParameterizedTest
    @CsvSource({"01, Hà Nội", "10, Lào Cai", "31, Hải Phòng", "48, Đà Nẵng", "79, TP Hồ Chí Minh", "92, Cần Thơ",
        "77, Bà Rịa - Vũng Tàu"})
    void looksUpByCodeAndByCitizenIdPrefix(String code, String name) {
        assertThat(Province.byCode(code)).map(Province::name).contains(name);
        assertThat(Province.byCitizenIdPrefix("0" + code)).map(Province::name).contains(name);
        assertThat(Province.byCode(code).orElseThrow().citizenIdPrefix()).isEqualTo("0" + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "03", "97", "99", "1", "001", "", "ab"})
    void unknownCodesAreEmpty(String code) {
        assertThat(Province.byCode(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110", "002X", "02", "101", "000"})
    void wrongPrefixesAreEmpty(String prefix) {
        // "110" for Lào Cai is a known mistake in public code: the prefix is 010
        assertThat(Province.byCitizenIdPrefix(prefix)).isEmpty();
        assertThat(Province.byCitizenIdPrefix(null)).isEmpty();
        assertThat(Province.byCode(null)).isEmpty();
    }

    @Test
    void rejectsMalformedValues() {
        assertThatThrownBy(() -> new Province("1", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Province("01", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
