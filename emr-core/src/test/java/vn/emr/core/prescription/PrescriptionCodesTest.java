package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

class PrescriptionCodesTest {

    @Test
    void theSampleCodeIsFiveFacilityCharactersSevenRandomOnesADashAndTheType() {
        PrescriptionCode code = PrescriptionCode.parse("79001k3x9q2m-c");
        assertThat(code.value()).hasSize(PrescriptionCode.LENGTH);
        assertThat(code.facilityCode()).isEqualTo("79001");
        assertThat(code.randomPart()).isEqualTo("k3x9q2m");
        assertThat(code.type()).isEqualTo(PrescriptionType.CONVENTIONAL);
    }

    @Test
    void refusesEveryOtherShapeWithTheCodeFormatCode() {
        for (String bad : new String[] {"79001k3x9q2m-", "79001k3x9q2mc", "79001k3x9q2-c", "79001K3X9Q2M-c",
            "7900k3x9q2m-c", "79001k3x9q2m-x", "79001k3x9q2m-cc", " 79001k3x9q2m-c", "79001k3x9q2m-C", ""}) {
            assertThatThrownBy(() -> PrescriptionCode.parse(bad)).as(bad).isInstanceOf(EmrException.class)
                    .satisfies(e -> assertThat(((EmrException) e).code().code()).isEqualTo("EMR-CORE-0703"));
        }
        assertThatThrownBy(() -> PrescriptionCode.parse(null)).isInstanceOf(EmrException.class);
    }

    @Test
    void generatedCodesHaveTheShapeTheTypeLetterAndAreUniqueAndUseTheWholeAlphabet() {
        PrescriptionCodes codes = PrescriptionCodes.inMemory();
        Set<String> random = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        int[] counts = new int[128];
        for (int i = 0; i < 20_000; i++) {
            PrescriptionType type = PrescriptionType.values()[i % 4];
            PrescriptionCode c = codes.next("79001", type);
            assertThat(c.value()).matches("79001[0-9a-z]{7}-[cnhy]").endsWith("-" + type.code());
            assertThat(c.type()).isEqualTo(type);
            assertThat(random.add(c.randomPart())).as("random part reissued").isTrue();
            c.randomPart().chars().forEach(ch -> {
                symbols.add((char) ch);
                counts[ch]++;
            });
        }
        assertThat(symbols).hasSize(36);
        // 140 000 draws, 3 889 expected per symbol (standard deviation about 62): a biased draw would stand out
        for (char ch : symbols) {
            assertThat(counts[ch]).as("count of " + ch).isBetween(3_300, 4_500);
        }
    }

    @Test
    void aCodeAlreadyIssuedIsDrawnAgainUntilTheCheckAcceptsOne() {
        List<PrescriptionCode> offered = new ArrayList<>();
        IssuedCodes refusesThree = code -> {
            offered.add(code);
            return offered.size() > 3;
        };
        PrescriptionCode c = PrescriptionCodes.of(new SecureRandom(), refusesThree).next("01001", PrescriptionType.NARCOTIC);
        assertThat(offered).hasSize(4);
        assertThat(c).isEqualTo(offered.get(3));
    }

    /** A random source whose bytes are all zero: every draw is the first symbol. */
    private static final class Zeros extends SecureRandom {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }

    @Test
    void theGivenRandomSourceIsTheOneDrawnFromAndARepeatedDrawIsRefusedByTheInMemoryCheck() {
        PrescriptionCodes codes = PrescriptionCodes.of(new Zeros(), IssuedCodes.inMemory());
        assertThat(codes.next("79001", PrescriptionType.CONVENTIONAL).value()).isEqualTo("790010000000-c");
        // the same random part for another type is the same code of the facility: drawn 32 times, then refused
        assertThatThrownBy(() -> codes.next("79001", PrescriptionType.NARCOTIC)).isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).code().code()).isEqualTo("EMR-CORE-0728"));
        assertThat(codes.next("01001", PrescriptionType.NARCOTIC).value()).isEqualTo("010010000000-n");
    }

    @Test
    void codesDrawnFromSeveralThreadsAreUnique() throws Exception {
        PrescriptionCodes codes = PrescriptionCodes.inMemory();
        Set<String> all = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        assertThat(all.add(codes.next("79001", PrescriptionType.CONVENTIONAL).randomPart())).isTrue();
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(all).hasSize(10_000);
    }

    @Test
    void uniquenessIsPerFacilityAndIgnoresTheTypeLetter() {
        IssuedCodes issued = IssuedCodes.inMemory();
        assertThat(issued.claim(PrescriptionCode.parse("79001k3x9q2m-c"))).isTrue();
        assertThat(issued.claim(PrescriptionCode.parse("79001k3x9q2m-n"))).isFalse();
        assertThat(issued.claim(PrescriptionCode.parse("79001k3x9q2m-c"))).isFalse();
        assertThat(issued.claim(PrescriptionCode.parse("01001k3x9q2m-c"))).isTrue();
    }

    @Test
    void aCheckThatRefusesEverythingEndsWithTheExhaustedCodeAfterTheMaximumOfDraws() {
        AtomicInteger calls = new AtomicInteger();
        PrescriptionCodes codes = PrescriptionCodes.withIssuedCodes(code -> {
            calls.incrementAndGet();
            return false;
        });
        assertThatThrownBy(() -> codes.next("79001", PrescriptionType.CONVENTIONAL))
                .isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).code().code()).isEqualTo("EMR-CORE-0728"));
        assertThat(calls.get()).isEqualTo(PrescriptionCodes.MAX_ATTEMPTS);
    }

    @Test
    void aFacilityCodeThatIsNotFiveLettersOrDigitsIsRefused() {
        for (String bad : new String[] {"7900", "790011", "79-01", "", null}) {
            assertThatThrownBy(() -> PrescriptionCodes.inMemory().next(bad, PrescriptionType.CONVENTIONAL))
                    .as(String.valueOf(bad)).isInstanceOf(EmrException.class)
                    .satisfies(e -> assertThat(((EmrException) e).code().code()).isEqualTo("EMR-CORE-0306"));
        }
    }
}
