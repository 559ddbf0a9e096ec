package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/** Untrusted QR text never escapes as anything but a coded {@link EmrException}, and work is bounded. */
class VietQrRobustnessTest {

    @Test
    void garbageAndMutatedVectorsGiveCodedErrorsOnly() {
        Random random = new Random(99);
        List<String> seeds = Vectors.all().stream().map(Vectors.Vector::qr).toList();
        String alphabet = "0123456789ABCDEFXYZabc .-*đĐ北\uD83D\uDE00";
        for (int n = 0; n < 20_000; n++) {
            String s;
            switch (n % 4) {
                case 0 -> {
                    StringBuilder b = new StringBuilder();
                    int len = random.nextInt(80);
                    for (int i = 0; i < len; i++) {
                        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    s = b.toString();
                }
                case 1 -> { // delete a run
                    String seed = seeds.get(random.nextInt(seeds.size()));
                    int i = random.nextInt(seed.length());
                    s = seed.substring(0, i) + seed.substring(Math.min(seed.length(), i + 1 + random.nextInt(6)));
                }
                case 2 -> { // insert characters
                    String seed = seeds.get(random.nextInt(seeds.size()));
                    int i = random.nextInt(seed.length());
                    s = seed.substring(0, i) + alphabet.charAt(random.nextInt(alphabet.length())) + seed.substring(i);
                }
                default -> { // nested-looking digits
                    StringBuilder b = new StringBuilder("000201");
                    int len = random.nextInt(60);
                    for (int i = 0; i < len; i++) {
                        b.append((char) ('0' + random.nextInt(10)));
                    }
                    s = b.toString();
                }
            }
            String input = s;
            Throwable t = catchThrowable(() -> VietQr.parse(input));
            if (t != null) {
                assertThat(t).as(input).isInstanceOf(EmrException.class);
                for (Issue i : ((EmrException) t).issues()) {
                    assertThat(Integer.parseInt(i.path())).isBetween(0, input.length());
                }
            }
        }
    }

    @Test
    void oversizedInputIsRefusedUpFront() {
        String huge = "0001x".repeat(2_000_000);
        long start = System.nanoTime();
        EmrException e = (EmrException) catchThrowable(() -> VietQr.parse(huge));
        assertThat(e.issues()).extracting(Issue::code).containsExactly(PaymentError.TOO_LONG);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        String justOver = "0".repeat(513);
        assertThat(((EmrException) catchThrowable(() -> VietQr.parse(justOver))).issues())
                .extracting(Issue::code).containsExactly(PaymentError.TOO_LONG);
        assertThat(((EmrException) catchThrowable(() -> VietQr.parse(""))).code()).isEqualTo(PaymentError.EMPTY);
        assertThat(((EmrException) catchThrowable(() -> VietQr.parse(null))).code()).isEqualTo(PaymentError.EMPTY);
    }
}
