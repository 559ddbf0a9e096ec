package vn.emr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoreErrorTest {

    @Test
    void everyCodeHasVietnameseAndEnglishText() {
        for (CoreError e : CoreError.values()) {
            assertThat(CoreError.bundle().hasBoth(e.code())).as(e.name()).isTrue();
            assertThat(e.message(Languages.VIETNAMESE)).isNotEqualTo(e.message(Languages.ENGLISH));
        }
    }

    @Test
    void bundlesHoldNoTextWithoutACode() {
        Set<String> codes = Arrays.stream(CoreError.values()).map(CoreError::code).collect(Collectors.toSet());
        assertThat(CoreError.bundle().keys(Languages.VIETNAMESE)).isEqualTo(codes);
        assertThat(CoreError.bundle().keys(Languages.ENGLISH)).isEqualTo(codes);
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (CoreError e : CoreError.values()) {
            assertThat(e.code()).matches("EMR-CORE-[0-9]{4}");
            assertThat(seen.add(e.code())).as("duplicate " + e.code()).isTrue();
        }
    }

    @Test
    void vietnameseIsTheDefaultAndArgumentsAreFilled() {
        assertThat(CoreError.TOO_MANY_SECONDARY_DIAGNOSES.message(13)).isEqualTo(
                "Chỉ được tối đa 12 chẩn đoán kèm theo, nhận được 13.");
        assertThat(CoreError.TOO_MANY_SECONDARY_DIAGNOSES.message(Languages.ENGLISH, 13)).isEqualTo(
                "At most 12 secondary diagnoses are allowed, found 13.");
    }

    @Test
    void exceptionCarriesCodePathAndBothLanguages() {
        EmrException e = new EmrException(CoreError.ICD10_FORMAT, "encounter.diagnoses[0].code");
        assertThat(e.code()).isEqualTo(CoreError.ICD10_FORMAT);
        assertThat(e.path()).isEqualTo("encounter.diagnoses[0].code");
        assertThat(e.getMessage()).startsWith("EMR-CORE-0304 [encounter.diagnoses[0].code]: Mã ICD-10 sai dạng")
                .contains("The ICD-10 code is malformed");
    }

    @Test
    void anIssueMadeWithoutItsArgumentsNeverShowsARawPlaceholder() {
        // EMR-CORE-0006 takes the file name; an issue made without it shows that part empty, in both languages
        vn.emr.core.validation.Issue bare = vn.emr.core.validation.Issue.error("", CoreError.IO_READ);
        assertThat(bare.message(Languages.VIETNAMESE)).isEqualTo("Không đọc được tệp: ");
        assertThat(bare.message(Languages.ENGLISH)).isEqualTo("The file cannot be read: ");
        assertThat(vn.emr.core.validation.Issue.error("", CoreError.IO_READ, "a.xml").message(Languages.ENGLISH))
                .isEqualTo("The file cannot be read: a.xml");
    }
}
