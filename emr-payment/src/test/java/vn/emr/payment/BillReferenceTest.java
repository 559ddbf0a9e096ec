package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

/** Bill references are memo-safe, unique in practice, and their check character catches typing errors. */
class BillReferenceTest {

    @Test
    void referencesAreShortUpperCaseAlphanumericAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String r = BillReference.random().value();
            assertThat(r).matches("VP[0-9A-HJKMNP-TV-Z]{9}");
            seen.add(r);
        }
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void checkCharacterIsTheWeightedSumModulo37() {
        // by hand: body "10000000" -> 1*9 = 9, check (37 - 9) % 37 = 28 -> alphabet[28] = 'W'
        assertThat(BillReference.checkValue("10000000")).isEqualTo(28);
        assertThat(new BillReference("VP10000000W").value()).isEqualTo("VP10000000W");
        // body "0000000G": G = 16, 16*2 = 32, check 5
        assertThat(BillReference.checkValue("0000000G")).isEqualTo(5);
        assertThat(BillReference.isValid("VP0000000G5")).isTrue();
        // body "00000001": 1*2 = 2, check 35 has no character: such a body is never issued
        assertThat(BillReference.checkValue("00000001")).isEqualTo(35);
    }

    @Test
    void everySingleCharacterErrorAndAdjacentSwapIsCaught() {
        Random random = new Random(42);
        String alphabet = BillReference.ALPHABET;
        for (int n = 0; n < 200; n++) {
            String ref = BillReference.random(random).value();
            for (int i = 2; i < ref.length(); i++) {
                for (char c : alphabet.toCharArray()) {
                    if (c != ref.charAt(i)) {
                        String bad = ref.substring(0, i) + c + ref.substring(i + 1);
                        assertThat(BillReference.isValid(bad)).as(bad).isFalse();
                    }
                }
                if (n == 0) {
                    String bad = ref.substring(0, i) + (ref.charAt(i) == '0' ? '1' : '0') + ref.substring(i + 1);
                    assertThatThrownBy(() -> new BillReference(bad)).isInstanceOf(EmrException.class)
                            .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.REFERENCE_CHECK);
                }
                if (i + 1 < ref.length() && ref.charAt(i) != ref.charAt(i + 1)) {
                    String swapped = ref.substring(0, i) + ref.charAt(i + 1) + ref.charAt(i) + ref.substring(i + 2);
                    assertThat(BillReference.isValid(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @Test
    void parsesWhatPeopleType() {
        BillReference r = BillReference.random(new Random(1));
        String typed = r.value().toLowerCase().substring(0, 5) + " - " + r.value().toLowerCase().substring(5);
        assertThat(BillReference.parse(typed)).isEqualTo(r);
        assertThat(BillReference.parse("vp-1ooo oooo-w")).isEqualTo(new BillReference("VP10000000W"));
        assertThat(BillReference.parse("VPlOOOOOOOW")).isEqualTo(new BillReference("VP10000000W"));
    }

    @Test
    void malformedReferencesAreCoded() {
        assertThatThrownBy(() -> new BillReference("XX10000000W")).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.REFERENCE_FORMAT);
        assertThatThrownBy(() -> new BillReference("VP1000000W")).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.REFERENCE_FORMAT);
        assertThatThrownBy(() -> new BillReference("VP100000U0W")).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.REFERENCE_FORMAT);
        assertThatThrownBy(() -> BillReference.parse(null)).isInstanceOf(EmrException.class);
    }

    @Test
    void billValidatesItsFieldsAndGoesIntoTheQr() {
        Bill bill = Bill.issue("79001", "LK2026-000123", new BigDecimal("1250000"), LocalDate.of(2026, 12, 1));
        VietQr qr = VietQr.builder().bin("970436").account("0123456789").bill(bill).build();
        assertThat(qr.amount()).contains(new BigDecimal("1250000"));
        assertThat(qr.purpose()).contains(bill.reference().value());
        assertThat(qr.billNumber()).contains(bill.reference().value());
        assertThat(qr.isDynamic()).isTrue();
        assertThat(VietQr.parse(qr.payload())).isEqualTo(qr);

        assertThatThrownBy(() -> Bill.issue("7900", "LK", BigDecimal.TEN, LocalDate.now()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.FACILITY_CODE);
        assertThatThrownBy(() -> Bill.issue("79001", " ", BigDecimal.TEN, LocalDate.now()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.ENCOUNTER_ID);
        assertThatThrownBy(() -> Bill.issue("79001", "LK", new BigDecimal("10.5"), LocalDate.now()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.BILL_AMOUNT);
        assertThatThrownBy(() -> Bill.issue("79001", "LK", BigDecimal.ZERO, LocalDate.now()))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.BILL_AMOUNT);
        assertThatThrownBy(() -> Bill.issue("79001", "LK", BigDecimal.TEN, null))
                .extracting(e -> ((EmrException) e).code()).isEqualTo(PaymentError.REQUIRED);
    }
}
