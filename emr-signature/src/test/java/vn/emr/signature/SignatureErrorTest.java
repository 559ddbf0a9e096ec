package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emr.core.Languages;

class SignatureErrorTest {

    @Test
    void everyCodeHasAVietnameseAndAnEnglishText() {
        for (SignatureError e : SignatureError.values()) {
            assertThat(SignatureError.bundle().hasBoth(e.code())).as(e.code()).isTrue();
            assertThat(e.message(Languages.ENGLISH)).isNotEqualTo(e.code());
            assertThat(e.message(Languages.VIETNAMESE)).isNotEqualTo(e.message(Languages.ENGLISH));
        }
    }

    @Test
    void codesAreUniqueInTheEngineRangeAndBundlesHaveNoStrayKeys() {
        Set<String> codes = new HashSet<>();
        for (SignatureError e : SignatureError.values()) {
            assertThat(codes.add(e.code())).as("duplicate %s", e.code()).isTrue();
            assertThat(e.code()).matches("EMR-SIG-0[0-4]\\d\\d");
        }
        for (TrustError e : TrustError.values()) {
            assertThat(codes).doesNotContain(e.code());
        }
        assertThat(SignatureError.bundle().keys(Languages.ENGLISH)).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(SignatureError.bundle().keys(Languages.VIETNAMESE)).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(Arrays.stream(SignatureError.values()).map(Enum::name)).doesNotHaveDuplicates();
    }
}
