package vn.emr.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.EmrException;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.TreatmentResult;

class Icd10CodeTest {

    @ParameterizedTest
    @CsvSource({"J06.9,J06.9", "j069,J06.9", " I10 ,I10", "B1800,B18.00", "A15.0†,A15.0", "G01*,G01"})
    void normalisesCatalogueAndUndottedForms(String in, String out) {
        assertThat(Icd10Code.parse(in).value()).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "J6", "J06.", "J06.123", "106.9", "U13/9", "JJ6.9"})
    void rejectsMalformedCodes(String in) {
        assertThatThrownBy(() -> Icd10Code.parse(in)).isInstanceOfSatisfying(EmrException.class,
                e -> assertThat(e.code().code()).isEqualTo("EMR-CORE-0304"));
    }

    @Test
    void bundledSubsetHasVietnameseAndEnglishTitles() {
        Catalogue icd = Catalogues.bundledIcd10();
        assertThat(icd.size()).isGreaterThan(30);
        assertThat(icd.find("I10")).get().satisfies(e -> {
            assertThat(e.nameVi()).isEqualTo("Tăng huyết áp vô căn (nguyên phát)");
            assertThat(e.nameEn()).isEqualTo("Essential (primary) hypertension");
        });
        assertThat(icd.contains("Z99.9")).isFalse();
        assertThat(icd.find(null)).isEmpty();
    }

    @Test
    void officialCodeEnumsMapBothWays() {
        for (EncounterClass c : EncounterClass.values()) {
            assertThat(EncounterClass.fromCode(c.code())).isEqualTo(c);
        }
        assertThat(EncounterClass.fromCode("03").isInpatient()).isTrue();
        assertThat(TreatmentResult.fromCode("8")).isEqualTo(TreatmentResult.DIED_OUTSIDE);
        assertThatThrownBy(() -> EncounterClass.fromCode("3")).isInstanceOf(EmrException.class);
        assertThatThrownBy(() -> EncounterClass.fromCode(null)).isInstanceOf(EmrException.class);
    }
}
