package vn.emr.claims.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.claims.internal.Base64Stream;
import vn.emr.claims.internal.ClaimsXml;

/**
 * {@link Base64Stream} against the reference decoding {@link ClaimsXml#base64} (the JDK's decoder, whitespace
 * removed): every string of up to 6 characters over an alphabet of sextets, padding and whitespace, and random wrapped
 * texts fed in random chunks, give the same bytes or the same refusal.
 */
class Base64StreamTest {

    private static final char[] ALPHABET = {'A', 'Q', '/', '=', ' ', '\n', '\r', 'g'};

    @Test
    void decodesEveryShortTextAsTheReferenceDoes() {
        Base64Stream d = new Base64Stream();
        int accepted = 0;
        int total = 0;
        for (int length = 0; length <= 6; length++) {
            int[] digits = new int[length];
            while (true) {
                char[] c = new char[length];
                for (int i = 0; i < length; i++) {
                    c[i] = ALPHABET[digits[i]];
                }
                String text = new String(c);
                byte[] expected = ClaimsXml.base64(text.strip());
                byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                d.reset();
                assertThat(d.feed(bytes, 0, bytes.length)).isEqualTo(bytes.length);
                assertThat(d.finish()).as("[%s]", text).isEqualTo(expected);
                accepted += expected == null ? 0 : 1;
                total++;
                int k = length - 1;
                while (k >= 0 && ++digits[k] == ALPHABET.length) {
                    digits[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
            }
        }
        assertThat(accepted).isGreaterThan(total / 50);
    }

    @Test
    void decodesWrappedTextFedInChunksAsTheReferenceDoes() {
        Random random = new Random(20261202L);
        Base64Stream d = new Base64Stream();
        for (int k = 0; k < 3000; k++) {
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(data);
            StringBuilder b = new StringBuilder(java.util.Base64.getEncoder().encodeToString(data));
            if (random.nextBoolean() && b.length() > 0) {
                // unpadded
                while (b.length() > 0 && b.charAt(b.length() - 1) == '=') {
                    b.setLength(b.length() - 1);
                }
            }
            for (int w = random.nextInt(6); w > 0; w--) {
                b.insert(random.nextInt(b.length() + 1), new String[] {"\r\n", "\n", " ", "\t"}[random.nextInt(4)]);
            }
            if (random.nextInt(4) == 0 && b.length() > 0) {
                // a broken text: a sextet or padding in the wrong place, or one character lost
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.insert(at, '=');
                    case 1 -> b.deleteCharAt(at);
                    default -> b.insert(at, 'Q');
                }
            }
            String text = b.toString();
            byte[] expected = ClaimsXml.base64(text.strip());
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            d.reset();
            int at = 0;
            while (at < bytes.length) {
                int to = Math.min(bytes.length, at + 1 + random.nextInt(40));
                assertThat(d.feed(bytes, at, to)).isEqualTo(to);
                at = to;
            }
            assertThat(d.finish()).as("[%s]", text).isEqualTo(expected);
        }
    }

    @Test
    void stopsAtTheFirstByteThatIsNotBase64() {
        Base64Stream d = new Base64Stream();
        byte[] text = "QUJD\nRA==</NOIDUNGFILE>".getBytes(StandardCharsets.US_ASCII);
        d.reset();
        assertThat(d.feed(text, 0, text.length)).isEqualTo(9);
        assertThat(d.finish()).isEqualTo("ABCD".getBytes(StandardCharsets.US_ASCII));
    }
}
