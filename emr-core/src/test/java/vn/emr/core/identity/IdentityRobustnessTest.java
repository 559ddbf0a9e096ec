package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;
import vn.emr.core.identity.barcode.QrImages;

/**
 * Untrusted input never ends in anything but a coded {@link EmrException}: seeded random mutations of card texts, card
 * numbers and image bytes (a cheap, deterministic stand-in for a fuzzer).
 */
class IdentityRobustnessTest {

    static final String[] TOKENS = {"|", "||", "0", "1", "9", "001099012345", "Nguyễn", "Nu", "Nữ", "Nam", "\uFFFD",
        "\uFEFF", "\r\n", "\t", "\u0000", " ", "/", "31022000", "15031999", "Ã", "»", "…", "Hà Nội", "TE", "HS",
        "\uD83D\uDE00", "\uD800", "e\u0301", "٠", "ﾟ"};

    @TempDir
    Path dir;

    @Test
    void randomCardTextsEitherParseOrFailWithCodes() {
        Random random = new Random(20260101L);
        String base = "001099012345|123456789|Nguyễn Văn An|15031999|Nam|Hà Nội|10052021";
        int parsed = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = mutate(base, random);
            try {
                CccdQr qr = CccdQr.parse(text, LocalDate.of(2026, 1, 1));
                assertThat(qr.warnings()).allMatch(i -> i.severity() == Severity.WARNING);
                assertThat(qr.toString()).doesNotContain(qr.name().isBlank() ? "\u0000none" : qr.name());
                parsed++;
            } catch (EmrException e) {
                assertThat(e.issues()).isNotEmpty();
                assertThat(e.issues().get(0).severity()).isEqualTo(Severity.ERROR);
            }
        }
        assertThat(parsed).as("some mutations stay parseable").isPositive();
    }

    @Test
    void randomCardNumbersEitherParseOrFailWithCodes() {
        Random random = new Random(42L);
        int parsed = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = mutate(n % 2 == 0 ? "HS4010120878811" : "079300001111", random);
            try {
                BhytCardNumber card = BhytCardNumber.parse(text);
                assertThat(card.number()).hasSizeBetween(10, 15);
                parsed++;
            } catch (EmrException e) {
                assertThat(e.code().code()).matches("EMR-CORE-0(001|201|203)");
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void randomImageBytesFailWithCodes() throws Exception {
        Path png = dir.resolve("c.png");
        QrImages.writePng("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021", 200, png);
        byte[] good = Files.readAllBytes(png);
        Random random = new Random(7L);
        for (int n = 0; n < 200; n++) {
            byte[] bytes = good.clone();
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            try {
                CccdQr.fromImage(new ByteArrayInputStream(bytes));
            } catch (EmrException e) {
                assertThat(e.code().code()).matches("EMR-CORE-0(009|010|1\\d\\d)");
            }
        }
    }

    static String mutate(String base, Random random) {
        StringBuilder sb = new StringBuilder(base);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, (char) (32 + random.nextInt(0x2000)));
                    }
                }
            }
        }
        return sb.toString();
    }
}
