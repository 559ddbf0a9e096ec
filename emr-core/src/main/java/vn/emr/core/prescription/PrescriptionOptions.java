package vn.emr.core.prescription;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.code.Catalogue;

/**
 * What a prescription needs that the medical record does not hold: the days of supply (else up to the follow-up
 * appointment), the child's weight and accompanying person, the treatment form, a contact phone, the pseudonym of an
 * HIV/AIDS patient, the ICD-10 catalogue that names diagnoses, and the {@link PrescriptionPolicy}.
 *
 * <p>Immutable; build with {@link #builder()}. {@link #toString()} masks personal data.
 */
public final class PrescriptionOptions {

    private static final PrescriptionOptions DEFAULTS = builder().build();

    private final Integer days;
    private final BigDecimal weightKg;
    private final String guardian;
    private final Integer treatmentForm;
    private final String contactPhone;
    private final String hivPseudonym;
    private final Catalogue icd10;
    private final PrescriptionPolicy policy;

    private PrescriptionOptions(Builder b) {
        this.days = b.days;
        this.weightKg = b.weightKg;
        this.guardian = b.guardian;
        this.treatmentForm = b.treatmentForm;
        this.contactPhone = b.contactPhone;
        this.hivPseudonym = b.hivPseudonym;
        this.icd10 = b.icd10;
        this.policy = b.policy;
    }

    /** No options: days up to the follow-up appointment, the default policy. */
    public static PrescriptionOptions defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The days of supply of each prescription, if given. */
    public Optional<Integer> days() {
        return Optional.ofNullable(days);
    }

    /** The patient's weight in kilograms, if given. */
    public Optional<BigDecimal> weightKg() {
        return Optional.ofNullable(weightKg);
    }

    /** The accompanying person of a child ("name, phone, address"), if given. */
    public Optional<String> guardian() {
        return Optional.ofNullable(guardian);
    }

    /** The treatment form code ({@code hinh_thuc_dieu_tri}), if given. */
    public Optional<Integer> treatmentForm() {
        return Optional.ofNullable(treatmentForm);
    }

    /** The contact phone ({@code so_dien_thoai_nguoi_kham_benh}), if given. */
    public Optional<String> contactPhone() {
        return Optional.ofNullable(contactPhone);
    }

    /** The name written instead of an HIV/AIDS patient's own, if given. */
    public Optional<String> hivPseudonym() {
        return Optional.ofNullable(hivPseudonym);
    }

    /** The ICD-10 catalogue naming diagnoses ({@code ten_chan_doan}), if given. */
    public Optional<Catalogue> icd10() {
        return Optional.ofNullable(icd10);
    }

    /** The policy (HIV, cancer and long-term diagnoses). */
    public PrescriptionPolicy policy() {
        return policy;
    }

    @Override
    public String toString() {
        return "PrescriptionOptions[days=" + days + ", weightKg=" + (weightKg == null ? "absent" : "***")
                + ", guardian=" + (guardian == null ? "absent" : "***") + ", treatmentForm=" + treatmentForm
                + ", contactPhone=" + (contactPhone == null ? "absent" : "***") + ", hivPseudonym="
                + (hivPseudonym == null ? "absent" : "***") + "]";
    }

    /** Builds {@link PrescriptionOptions}. */
    public static final class Builder {

        private Integer days;
        private BigDecimal weightKg;
        private String guardian;
        private Integer treatmentForm;
        private String contactPhone;
        private String hivPseudonym;
        private Catalogue icd10;
        private PrescriptionPolicy policy = PrescriptionPolicy.defaults();

        private Builder() {
        }

        /** Sets the days of supply (at least 1). */
        public Builder days(Integer value) {
            if (value != null && value < 1) {
                throw new IllegalArgumentException("days of supply must be at least 1");
            }
            this.days = value;
            return this;
        }

        /** Sets the patient's weight in kilograms. */
        public Builder weightKg(BigDecimal value) {
            this.weightKg = value;
            return this;
        }

        /** Sets the accompanying person of a child. */
        public Builder guardian(String value) {
            this.guardian = value;
            return this;
        }

        /** Sets the treatment form code. */
        public Builder treatmentForm(Integer value) {
            this.treatmentForm = value;
            return this;
        }

        /** Sets the contact phone. */
        public Builder contactPhone(String value) {
            this.contactPhone = value;
            return this;
        }

        /** Sets the pseudonym of an HIV/AIDS patient. */
        public Builder hivPseudonym(String value) {
            this.hivPseudonym = value;
            return this;
        }

        /** Sets the ICD-10 catalogue. */
        public Builder icd10(Catalogue value) {
            this.icd10 = value;
            return this;
        }

        /** Sets the policy. */
        public Builder policy(PrescriptionPolicy value) {
            this.policy = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The options. */
        public PrescriptionOptions build() {
            return new PrescriptionOptions(this);
        }
    }
}
