package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emr.core.Languages;

/** Every code is unique, well-formed, and has a Vietnamese and an English text; the bundles hold no stray keys. */
class PaymentErrorTest {

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> codes = Arrays.stream(PaymentError.values()).map(PaymentError::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(PaymentError.values().length);
        assertThat(codes).allMatch(c -> c.matches("EMR-PAY-\\d{4}"));
    }

    @Test
    void everyCodeHasBothTexts() {
        for (PaymentError e : PaymentError.values()) {
            assertThat(PaymentError.bundle().hasBoth(e.code())).as(e.code()).isTrue();
            assertThat(e.message(Languages.VIETNAMESE)).isNotEqualTo(e.message(Languages.ENGLISH));
        }
        Set<String> codes = Arrays.stream(PaymentError.values()).map(PaymentError::code).collect(Collectors.toSet());
        assertThat(PaymentError.bundle().keys(Languages.VIETNAMESE)).isEqualTo(codes);
        assertThat(PaymentError.bundle().keys(Languages.ENGLISH)).isEqualTo(codes);
    }

    @Test
    void messagesFillTheirArguments() {
        assertThat(PaymentError.TOO_LONG.message(Languages.ENGLISH, 600))
                .isEqualTo("The payload has 600 characters; at most 512 are allowed.");
        assertThat(PaymentError.TOO_LONG.message(Languages.VIETNAMESE, 600))
                .isEqualTo("Nội dung mã QR dài 600 ký tự; tối đa 512 ký tự.");
    }

    @Test
    void theCrcMismatchDoesNotRepeatEitherValue() {
        assertThat(PaymentError.CRC_MISMATCH.message(Languages.ENGLISH, "A201", "A203"))
                .doesNotContain("A201").doesNotContain("A203");
        assertThat(PaymentError.CRC_MISMATCH.message(Languages.VIETNAMESE, "A201", "A203"))
                .doesNotContain("A201").doesNotContain("A203");
    }
}
