package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

/** A sent prescription is never changed: a change is a new prescription, with a new code, naming the old one. */
class ReplacementTest {

    private static final Prescription SENT = Prescription.parse(Samples.bytes("dtqg-gui-don-thuoc.request.sample.json"));

    @Test
    void aReplacementHasANewCodeOfTheSameFacilityAndTypeAndNamesTheOldOne() {
        byte[] before = SENT.toJson();
        Prescription changed = SENT.replace(PrescriptionCodes.inMemory()).advice("Uống sau ăn").build();
        assertThat(changed.code()).isNotEqualTo(SENT.code());
        assertThat(changed.code().facilityCode()).isEqualTo("79001");
        assertThat(changed.type()).isEqualTo(SENT.type());
        assertThat(changed.replaces()).contains(SENT.code());
        assertThat(changed.advice()).contains("Uống sau ăn");
        assertThat(SENT.toJson()).isEqualTo(before);
        assertThat(SENT.advice()).isNotEqualTo(changed.advice());
    }

    @Test
    void aReplacementCannotKeepTheCodeItReplaces() {
        assertThatThrownBy(() -> SENT.replace(PrescriptionCodes.inMemory()).code(SENT.code()).build())
                .isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).code().code()).isEqualTo("EMR-CORE-0732"));
    }

    @Test
    void aReplacementDropsTheOldSignature() {
        Prescription signed = SENT.replace(PrescriptionCodes.inMemory()).signature("c2lnbmVk").build();
        assertThat(signed.replace(PrescriptionCodes.inMemory()).build().signature()).isEmpty();
    }

    @Test
    void theValueOffersNoWayToChangeItInPlace() {
        assertThat(Modifier.isFinal(Prescription.class.getModifiers())).isTrue();
        assertThat(Arrays.stream(Prescription.class.getMethods()).map(m -> m.getName()))
                .doesNotContain("toBuilder").allMatch(n -> !n.startsWith("set") && !n.startsWith("with"));
        assertThat(SENT.items()).isUnmodifiable();
        assertThat(SENT.diagnoses()).isUnmodifiable();
        assertThat(SENT.periods()).isUnmodifiable();
    }
}
