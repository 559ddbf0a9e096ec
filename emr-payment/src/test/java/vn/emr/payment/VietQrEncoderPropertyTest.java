package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.payment.internal.Text;

/**
 * Nothing the encoder writes may fail its decoder: for arbitrary Unicode in every free field, the builder either
 * refuses with coded issues or writes a payload that strict parsing accepts with the same values (the purpose after
 * the documented transliteration). Fixed seed, so a failure replays.
 */
class VietQrEncoderPropertyTest {

    private static final long SEED = 0x5EED_2026_1201L;
    private static final String VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    /** A random string of 0..200 chars drawn from one of several hostile classes. */
    static String randomText(Random r) {
        int kind = r.nextInt(9);
        int n = r.nextInt(kind < 5 ? 26 : 201);
        StringBuilder s = new StringBuilder(n);
        while (s.length() < n) {
            switch (kind) {
                case 0 -> s.append((char) (0x20 + r.nextInt(0x5F))); // printable ASCII
                case 1 -> s.append((char) (0x0300 + r.nextInt(0x70))); // combining marks only
                case 2 -> s.append(VIETNAMESE.charAt(r.nextInt(VIETNAMESE.length())));
                case 3 -> s.append(r.nextBoolean() ? (char) r.nextInt(0x20) : (char) (0x7F + r.nextInt(0x21)));
                case 4 -> s.appendCodePoint(0x1F300 + r.nextInt(0x300)); // emoji
                case 5 -> s.append((char) (0xD800 + r.nextInt(0x800))); // lone surrogates
                case 6 -> s.appendCodePoint(r.nextInt(0x110000)); // any plane (surrogates included)
                case 7 -> { // Vietnamese words with spaces and marks mixed in
                    s.append(r.nextBoolean() ? "Viện phí " : "a\u0301");
                }
                default -> { // a mix of everything
                    int c = r.nextInt(4);
                    s.append(c == 0 ? (char) (0x20 + r.nextInt(0x5F)) : c == 1 ? (char) (0x0300 + r.nextInt(0x70))
                            : c == 2 ? VIETNAMESE.charAt(r.nextInt(VIETNAMESE.length())) : (char) r.nextInt(0x10000));
                }
            }
        }
        return s.toString();
    }

    @Test
    void encoderOutputAlwaysDecodesStrictlyToTheSameValues() {
        Random r = new Random(SEED);
        int built = 0;
        for (int i = 0; i < 4000; i++) {
            // each free field is absent half of the time, so that valid combinations (62 at most 99) are common
            String purpose = r.nextBoolean() ? null : randomText(r);
            String bill = r.nextBoolean() ? null : randomText(r);
            String reference = r.nextBoolean() ? null : randomText(r);
            String terminal = r.nextBoolean() ? null : randomText(r);
            String account = r.nextInt(8) == 0 ? randomText(r) : Long.toString(1 + (r.nextLong() >>> 20));
            BigDecimal amount = r.nextBoolean() ? null : BigDecimal.valueOf(r.nextLong() % 1_000_000_000_000L);
            if (check(i, purpose, bill, reference, terminal, account, amount)) {
                built++;
            }
        }
        assertThat(built).as("the generator must also produce valid input").isGreaterThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0301", "\u0301\u0300\u0323", "\u0000", "\uD800", "\uDC00a", "😀", "Đ", "đồng", " ",
        "\t", "\u200B", "ﬁ", "Ａ", "\u00A0", "a\u0301\u0301\u0301", "1234567890123456789012345",
        "12345678901234567890123456", "Thanh toán viện phí VP123", "\uFEFF", "\u202Eabc"})
    void edgeCases(String text) {
        assertThat(check(0, text, null, null, null, "0123456789", null)).isIn(true, false);
        check(1, null, text, null, null, "0123456789", null);
        check(2, null, null, text, null, "0123456789", null);
        check(3, null, null, null, text, "0123456789", BigDecimal.TEN);
        check(4, text, text, text, text, text, BigDecimal.ONE);
    }

    @Test
    void combiningMarksOnlyPurposeIsRefusedNotWrittenEmpty() {
        // once written as 62040800, a zero-length field the decoder refuses
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.builder().bin("970403").account("1").purpose("\u0301\u0300")
                .build());
        assertThat(e).isNotNull();
        assertThat(e.issues()).extracting(Issue::code).containsExactly(PaymentError.TEXT_EMPTY);
        assertThat(e.issues().get(0).path()).isEqualTo("purpose");
        assertThat(e.issues().get(0).message(Locale.ENGLISH)).startsWith("purpose has no character left");
    }

    /** Builds; either a coded refusal or a payload that strictly parses back to the same values. */
    private static boolean check(int i, String purpose, String bill, String reference, String terminal,
            String account, BigDecimal amount) {
        VietQr.Builder b = VietQr.builder().bin("970403").account(account).amount(amount).purpose(purpose)
                .billNumber(bill).reference(reference).terminal(terminal);
        VietQr qr;
        try {
            qr = b.build();
        } catch (EmrException e) {
            assertThat(e.issues()).as("case %d", i).isNotEmpty();
            for (Issue issue : e.issues()) {
                assertThat(issue.code()).as("case %d", i).isNotNull();
                assertThat(issue.code().code()).startsWith("EMR-PAY-");
                for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}) {
                    String m = issue.message(l);
                    assertThat(m).doesNotContain("Exception").doesNotContain("java.");
                    for (String in : new String[] {purpose, bill, reference, terminal, account}) {
                        if (in != null && in.strip().length() >= 4) {
                            assertThat(m).as("case %d: the message repeats the input", i).doesNotContain(in);
                        }
                    }
                }
            }
            return false;
        }
        assertThat(Text.isAns(qr.payload())).isTrue();
        VietQr lenient = VietQr.parse(qr.payload());
        VietQr strict = VietQr.parse(qr.payload(), VietQrParsePolicy.STRICT);
        assertThat(lenient).as("case %d", i).isEqualTo(qr);
        assertThat(strict).as("case %d", i).isEqualTo(qr);
        assertThat(strict.account()).contains(account);
        assertThat(strict.billNumber()).isEqualTo(java.util.Optional.ofNullable(emptyToNull(bill)));
        assertThat(strict.reference()).isEqualTo(java.util.Optional.ofNullable(emptyToNull(reference)));
        assertThat(strict.terminal()).isEqualTo(java.util.Optional.ofNullable(emptyToNull(terminal)));
        assertThat(strict.purpose()).isEqualTo(java.util.Optional.ofNullable(
                emptyToNull(purpose == null ? null : Text.foldVietnamese(purpose))));
        assertThat(strict.amount().map(BigDecimal::stripTrailingZeros))
                .isEqualTo(java.util.Optional.ofNullable(amount).map(BigDecimal::stripTrailingZeros));
        return true;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
