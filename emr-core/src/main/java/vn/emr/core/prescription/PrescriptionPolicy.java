package vn.emr.core.prescription;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.emr.core.validation.constraints.FacilityCodeValidator;

/**
 * What the e-prescription rules need to know beyond the prescription itself: which ICD-10 codes allow long
 * dispensing (the 252 diseases of Circular 26/2025/TT-BYT Appendix VII, not bundled: none by default), which are
 * cancer (narcotics in up to 3 rounds, art. 8) and HIV/AIDS (no patient identity, Decision 425/QD-BYT art. 9.5), the
 * prescribing facility's code and whether it has beds (narcotics only where it does, art. 7.1), and the type of known
 * national drug codes (narcotic and psychotropic drugs on their own prescriptions).
 *
 * <p>Immutable; the predicates must be thread-safe.
 */
public final class PrescriptionPolicy {

    /** ICD-10 chapter II malignant neoplasms, C00 to C97. */
    private static final Predicate<String> CANCER = code -> code.matches("C[0-9]{2}(\\..*)?")
            && Integer.parseInt(code.substring(1, 3)) <= 97;

    /** ICD-10 HIV disease B20 to B24 and asymptomatic HIV infection status Z21. */
    private static final Predicate<String> HIV = code -> code.matches("(B2[0-4]|Z21)(\\..*)?");

    private static final PrescriptionPolicy DEFAULTS = builder().build();

    private final Predicate<String> longTerm;
    private final Predicate<String> cancer;
    private final Predicate<String> hiv;
    private final String facilityCode;
    private final Map<String, PrescriptionType> drugTypes;
    private final boolean withoutBeds;

    private PrescriptionPolicy(Builder b) {
        this.longTerm = b.longTerm;
        this.cancer = b.cancer;
        this.hiv = b.hiv;
        this.facilityCode = b.facilityCode;
        this.drugTypes = Map.copyOf(b.drugTypes);
        this.withoutBeds = b.withoutBeds;
    }

    /** No long-term list, cancer C00-C97, HIV B20-B24 and Z21, no facility, no known drugs. */
    public static PrescriptionPolicy defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the diagnosis allows the long dispensing limits (90 days conventional, 30 psychotropic). */
    public boolean isLongTerm(String icd10) {
        return icd10 != null && longTerm.test(icd10);
    }

    /** Whether the diagnosis is a cancer (narcotics: 3 rounds of at most 10 days, 30 days in all). */
    public boolean isCancer(String icd10) {
        return icd10 != null && cancer.test(icd10);
    }

    /** Whether the diagnosis is HIV/AIDS (the prescription carries no patient identity). */
    public boolean isHiv(String icd10) {
        return icd10 != null && hiv.test(icd10);
    }

    /** The prescribing facility's code, whose code must start the prescription code, if set. */
    public Optional<String> facilityCode() {
        return Optional.ofNullable(facilityCode);
    }

    /** The prescription type of a national drug code, if known. */
    public Optional<PrescriptionType> drugType(String drugCode) {
        return drugCode == null ? Optional.empty() : Optional.ofNullable(drugTypes.get(drugCode));
    }

    /** Whether the facility is known to have no inpatient beds (then it may not issue narcotic prescriptions). */
    public boolean facilityWithoutBeds() {
        return withoutBeds;
    }

    /** Builds a {@link PrescriptionPolicy}. */
    public static final class Builder {

        private Predicate<String> longTerm = code -> false;
        private Predicate<String> cancer = CANCER;
        private Predicate<String> hiv = HIV;
        private String facilityCode;
        private Map<String, PrescriptionType> drugTypes = Map.of();
        private boolean withoutBeds;

        private Builder() {
        }

        /** Sets the ICD-10 codes of Appendix VII (long-term diseases), as a predicate over dotted codes. */
        public Builder longTermDiagnoses(Predicate<String> value) {
            this.longTerm = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Sets the cancer diagnoses (default C00-C97). */
        public Builder cancerDiagnoses(Predicate<String> value) {
            this.cancer = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Sets the HIV/AIDS diagnoses (default B20-B24 and Z21). */
        public Builder hivDiagnoses(Predicate<String> value) {
            this.hiv = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Sets the prescribing facility's 5-character code. */
        public Builder facilityCode(String value) {
            if (value != null && !FacilityCodeValidator.matches(value)) {
                throw new IllegalArgumentException("a facility code is 5 letters or digits");
            }
            this.facilityCode = value;
            return this;
        }

        /** Sets the type of known national drug codes ({@code ma_thuoc}). */
        public Builder drugTypes(Map<String, PrescriptionType> value) {
            this.drugTypes = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Says the facility has no inpatient beds: narcotic prescriptions are then refused (Circular 26/2025 art.
         * 7.1). Default false: the facility's kind is not known, and the rule is not applied.
         */
        public Builder facilityWithoutBeds(boolean value) {
            this.withoutBeds = value;
            return this;
        }

        /** The policy. */
        public PrescriptionPolicy build() {
            return new PrescriptionPolicy(this);
        }
    }
}
