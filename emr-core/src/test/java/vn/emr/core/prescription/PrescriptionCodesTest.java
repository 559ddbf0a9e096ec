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
            "7900k3x9q2m-c", "79001k3x9q2m-t", "79001k3x9q2m-cc", " 79001k3x9q2m-c", "79001k3x9q2m-C", ""}) {
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
        for (int i = 0; i < 20_000; i++) {
            PrescriptionType type = PrescriptionType.values()[i % 4];
            PrescriptionCode c = codes.next("79001", type);
            assertThat(c.value()).matches("79001[0-9a-z]{7}-[cnhy]").endsWith("-" + type.code());
            assertThat(c.type()).isEqualTo(type);
            assertThat(random.add(c.randomPart())).as("random part reissued").isTrue();
            c.randomPart().chars().forEach(ch -> symbols.add((char) ch));
        }
        assertThat(symbols).hasSize(36);
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
