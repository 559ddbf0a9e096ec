package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.payment.internal.Crc16;

/** Building: the NAPAS examples come out byte for byte, forbidden values are refused, and build/parse round-trips. */
class VietQrBuildTest {

    @Test
    void reproducesTheNapasDynamicAccountExample() {
        // NAPAS v1.0 §6.1.3, CRC 2E2E
        VietQr qr = VietQr.builder().bin("970403").account("0011012345678").amount(180000).billNumber("NPS6869")
                .purpose("thanh toan don hang").build();
        assertThat(qr.payload()).isEqualTo("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
                + "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E");
        assertThat(qr.pointOfInitiation()).contains(PointOfInitiation.DYNAMIC);
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.bank()).map(Bank::shortName).contains("Sacombank");
    }

    @Test
    void reproducesTheNapasStaticCardExample() {
        // NAPAS v1.0 §6.1.2, CRC 4F52
        VietQr qr = VietQr.builder().bin("970403").card("9704031101234567").build();
        assertThat(qr.payload()).isEqualTo("00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC"
                + "53037045802VN63044F52");
        assertThat(qr.pointOfInitiation()).contains(PointOfInitiation.STATIC);
        assertThat(qr.card()).contains("9704031101234567");
    }

    @Test
    void crcMatchesTheStandardCheckValue() {
        assertThat(Crc16.hex(Crc16.of("123456789", 9))).isEqualTo("29B1");
        // zero-padded: a real Techcombank QR ends 63040283
        assertThat(VietQr.parse(Vectors.line(126).qr()).crc()).isEqualTo("0283");
    }

    @Test
    void vietnamesePurposeIsTransliteratedAndSaidSo() {
        VietQr qr = VietQr.builder().bin("970436").account("0123456789").amount(250000)
                .purpose("Thanh toán viện phí ĐỢT 1").build();
        assertThat(qr.purpose()).contains("Thanh toan vien phi DOT 1");
        assertThat(qr.warnings()).extracting(Issue::code).containsExactly(PaymentError.TRANSLITERATED);
        assertThat(qr.payload()).contains("0825Thanh toan vien phi DOT 1");
        assertThat(VietQr.parse(qr.payload())).isEqualTo(qr);
    }

    @Test
    void nonVietnameseNonAsciiTextIsRefused() {
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").purpose("北京 hospital").build()))
                .containsExactly(PaymentError.TEXT_NOT_ASCII);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").billNumber("Hóa đơn 1").build()))
                .containsExactly(PaymentError.TEXT_NOT_ASCII);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").purpose("line\nbreak").build()))
                .containsExactly(PaymentError.TEXT_NOT_ASCII);
    }

    @Test
    void refusesWhatTheSpecificationForbids() {
        assertThat(codes(() -> VietQr.builder().account("1").build())).containsExactly(PaymentError.REQUIRED);
        assertThat(codes(() -> VietQr.builder().bin("97043").account("1").build()))
                .containsExactly(PaymentError.BIN_FORMAT);
        assertThat(codes(() -> VietQr.builder().bin("970436").build())).containsExactly(PaymentError.REQUIRED);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").card("2").build()))
                .containsExactly(PaymentError.ACCOUNT_AND_CARD);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("12345678901234567890").build()))
                .containsExactly(PaymentError.BENEFICIARY_FORMAT);
        assertThat(codes(() -> VietQr.builder().bin("970436").card("4111-1111").build()))
                .containsExactly(PaymentError.CARD_FORMAT);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").amount(new BigDecimal("1000.5")).build()))
                .containsExactly(PaymentError.AMOUNT_INVALID);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").amount(0).build()))
                .containsExactly(PaymentError.AMOUNT_INVALID);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").amount(-5).build()))
                .containsExactly(PaymentError.AMOUNT_INVALID);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").amount(new BigDecimal("1E13")).build()))
                .containsExactly(PaymentError.AMOUNT_INVALID);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").purpose("x".repeat(26)).build()))
                .containsExactly(PaymentError.FIELD_TOO_LONG);
        assertThat(codes(() -> VietQr.builder().bin("970436").account("1").purpose("p".repeat(25))
                .billNumber("b".repeat(25)).reference("r".repeat(25)).terminal("t".repeat(25)).build()))
                .containsExactly(PaymentError.ADDITIONAL_DATA_TOO_LONG);
        // every fault at once, each at its field
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> VietQr.builder().bin("x").account("1").card("2").amount(0).build());
        assertThat(e.issues()).extracting(Issue::path).containsExactly("bin", "account", "amount");
    }

    @Test
    void wholeAmountWithTrailingZerosIsWrittenPlain() {
        VietQr qr = VietQr.builder().bin("970436").account("1").amount(new BigDecimal("1.5E5")).build();
        assertThat(qr.payload()).contains("5406150000");
        assertThat(VietQr.builder().bin("970436").account("1").amount(new BigDecimal("120000.00")).build().payload())
                .contains("5406120000");
    }

    @Test
    void unknownBinIsAWarningNotAnError() {
        VietQr qr = VietQr.builder().bin("123456").account("1").build();
        assertThat(qr.warnings()).extracting(Issue::code).containsExactly(PaymentError.BIN_UNKNOWN);
        assertThat(qr.bank()).isEmpty();
        assertThat(VietQr.parse(qr.payload()).warnings()).extracting(Issue::code)
                .containsExactly(PaymentError.BIN_UNKNOWN);
    }

    @Test
    void toStringMasksTheAccount() {
        VietQr qr = VietQr.builder().bin("970436").account("0011001932418").amount(1000).purpose("Nguyen Van A")
                .build();
        assertThat(qr.toString()).doesNotContain("0011001932418").doesNotContain("Nguyen").contains("****2418");
    }

    /** Property: everything built parses back to the same value (seeded, so a failure is reproducible). */
    @Test
    void everythingBuiltParsesBackToTheSameValue() {
        Random random = new Random(20261122L);
        List<Bank> banks = BankDirectory.standard().all();
        for (int n = 0; n < 3000; n++) {
            VietQr.Builder b = VietQr.builder();
            b.bin(random.nextInt(4) == 0 ? digits(random, 6) : banks.get(random.nextInt(banks.size())).bin());
            boolean card = random.nextInt(3) == 0;
            if (card) {
                b.card(digits(random, 1 + random.nextInt(19)));
            } else {
                b.account(ans(random, 1 + random.nextInt(19)));
            }
            if (random.nextBoolean()) {
                b.amount(1 + (long) (random.nextDouble() * 9_999_999_999L));
            }
            int budget = 99;
            String[] texts = new String[4];
            for (int t = 0; t < 4; t++) {
                int max = Math.min(25, budget - 4);
                if (max >= 1 && random.nextInt(3) > 0) {
                    texts[t] = t == 3 && random.nextInt(4) == 0 ? vietnamese(random, 1 + random.nextInt(max))
                            : ans(random, 1 + random.nextInt(max));
                    budget -= 4 + texts[t].length();
                }
            }
            b.billNumber(texts[0]).reference(texts[1]).terminal(texts[2]).purpose(texts[3]);
            VietQr built = b.build();
            VietQr parsed = VietQr.parse(built.payload());
            assertThat(parsed).as("seed step %d", n).isEqualTo(built);
            assertThat(parsed.payload()).isEqualTo(built.payload());
            assertThat(parsed.bin()).isEqualTo(built.bin());
            assertThat(parsed.beneficiaryId()).isEqualTo(built.beneficiaryId());
            assertThat(parsed.card()).isEqualTo(built.card());
            assertThat(parsed.amount()).isEqualTo(built.amount());
            assertThat(parsed.billNumber()).isEqualTo(built.billNumber());
            assertThat(parsed.reference()).isEqualTo(built.reference());
            assertThat(parsed.terminal()).isEqualTo(built.terminal());
            assertThat(parsed.purpose()).isEqualTo(built.purpose());
            assertThat(parsed.pointOfInitiation()).isEqualTo(built.pointOfInitiation());
            assertThat(parsed.payload().length()).isLessThanOrEqualTo(VietQr.MAX_PAYLOAD);
        }
    }

    /** Property: any single-character corruption of a valid payload is rejected (the CRC covers it). */
    @Test
    void everySingleCharacterCorruptionIsRejected() {
        Random random = new Random(7L);
        String payload = VietQr.builder().bin("970436").account("0123456789").amount(150000).billNumber("HD42")
                .purpose("vien phi").build().payload();
        for (int i = 0; i < payload.length(); i++) {
            for (int k = 0; k < 5; k++) {
                char c = (char) (0x20 + random.nextInt(0x5F));
                if (Character.toUpperCase(c) == Character.toUpperCase(payload.charAt(i))) {
                    continue;
                }
                String bad = payload.substring(0, i) + c + payload.substring(i + 1);
                assertThat(catchThrowableOfType(EmrException.class, () -> VietQr.parse(bad)))
                        .as("corrupted at %d to '%s'", i, c).isNotNull();
            }
        }
    }

    private static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static String ans(Random r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) (0x20 + r.nextInt(0x5F)));
        }
        return s.toString();
    }

    private static String vietnamese(Random r, int n) {
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ ";
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(letters.charAt(r.nextInt(letters.length())));
        }
        return s.toString();
    }

    private static List<Object> codes(Runnable build) {
        EmrException e = catchThrowableOfType(EmrException.class, build::run);
        assertThat(e).as("must be refused").isNotNull();
        return e.issues().stream().filter(i -> i.severity() == vn.emr.core.Severity.ERROR)
                .map(i -> (Object) i.code()).toList();
    }
}
