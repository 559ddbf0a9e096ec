package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.EmrException;

/** Amounts as typed are ASCII digits only: {@code 100.000} is one hundred thousand in Vietnamese, never 100. */
class VietQrAmountTest {

    @ParameterizedTest
    @ValueSource(strings = {"100.000", "100,000", "100.5", "1e5", "1E5", "+100", "-100", " 100", "100 ", "100 000",
        "１０００", "١٢٣", "०१", "1_000", "0x10", "", "12345678901234", "Infinity", "NaN", "1\u00A0000", "100đ"})
    void refusesAnythingButDigits(String text) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parseAmount(text));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(PaymentError.AMOUNT_NOT_DIGITS);
        assertThat(e.issues().get(0).path()).isEqualTo("amount");
        String en = e.issues().get(0).message(Locale.ENGLISH);
        String vi = e.issues().get(0).message(Locale.forLanguageTag("vi"));
        assertThat(en).contains("digits 0-9 only").contains("thousands separator").contains("100000");
        assertThat(vi).contains("chữ số 0-9").contains("100000");
        if (text.strip().length() > 3) {
            assertThat(en).doesNotContain(text.strip());
            assertThat(vi).doesNotContain(text.strip());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "100000", "180000", "0000100", "9999999999999"})
    void acceptsDigits(String text) {
        assertThat(VietQr.parseAmount(text)).isEqualByComparingTo(new BigDecimal(text));
        VietQr qr = VietQr.builder().bin("970403").account("1").amount(VietQr.parseAmount(text)).build();
        assertThat(VietQr.parse(qr.payload(), VietQrParsePolicy.STRICT).amount().orElseThrow())
                .isEqualByComparingTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000"})
    void zeroPassesTheReaderButNotTheBuilder(String text) {
        BigDecimal zero = VietQr.parseAmount(text);
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.builder().bin("970403").account("1").amount(zero).build());
        assertThat(e.code()).isEqualTo(PaymentError.AMOUNT_INVALID);
    }
}
