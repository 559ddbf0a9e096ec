package vn.emr.core.prescription;

import java.util.Objects;
import java.util.Optional;
import vn.emr.core.internal.Masking;

/**
 * One diagnosis of an e-prescription, an entry of {@code chan_doan} (Decision 808/QD-BYT Part V): the ICD-10 code
 * {@code ma_chan_doan}, its name {@code ten_chan_doan} and the physician's conclusion {@code ket_luan}.
 * {@link #toString()} masks health data.
 *
 * @param code the ICD-10 code, dotted (e.g. I10)
 * @param name the diagnosis name, if present
 * @param conclusion the conclusion, if present
 */
public record PrescriptionDiagnosis(String code, Optional<String> name, Optional<String> conclusion) {

    /** Refuses a missing code; absent texts are {@link Optional#empty()}, never null. */
    public PrescriptionDiagnosis {
        Objects.requireNonNull(code, "code");
        name = Objects.requireNonNullElse(name, Optional.empty());
        conclusion = Objects.requireNonNullElse(conclusion, Optional.empty());
    }

    /** Shows the structure with health data masked; safe to log. */
    @Override
    public String toString() {
        return "PrescriptionDiagnosis[code=" + Masking.part(code) + ", name=" + Masking.part(name)
                + ", conclusion=" + Masking.part(conclusion) + "]";
    }
}
