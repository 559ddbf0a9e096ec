package vn.emr.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.validation.RecordValidator;

class NamesTest {

    private static final String NFC = "Trần Thị Bích";
    private static final String NFD = java.text.Normalizer.normalize(NFC, java.text.Normalizer.Form.NFD);

    @Test
    void nfdNamesEqualNfcNames() {
        assertThat(NFD).isNotEqualTo(NFC);
        assertThat(Fixtures.patient().toBuilder().fullName(NFD).build())
                .isEqualTo(Fixtures.patient().toBuilder().fullName(NFC).build());
        assertThat(Fixtures.practitioner().toBuilder().fullName(NFD).build().fullName()).isEqualTo(NFC);
        assertThat(Fixtures.facility().toBuilder().name(NFD).build().name()).isEqualTo(NFC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u200b", "\u2060\u2060", "\ufeff", " \u00a0\u200b\t", "\u3000", "\u200d\u200c"})
    void aNameOfOnlyInvisibleCharactersIsEmptyAndFailsTheRequiredCheck(String invisible) {
        Patient p = Fixtures.patient().toBuilder().fullName(invisible).build();
        assertThat(p.fullName()).isEmpty();
        assertThat(RecordValidator.create().validate(p).errors())
                .anySatisfy(i -> {
                    assertThat(i.path()).isEqualTo("fullName");
                    assertThat(i.code().code()).isEqualTo("EMR-CORE-0005");
                });
        assertThat(Fixtures.facility().toBuilder().name(invisible).build().name()).isEmpty();
        assertThat(Fixtures.practitioner().toBuilder().fullName(invisible).build().fullName()).isEmpty();
    }
}
