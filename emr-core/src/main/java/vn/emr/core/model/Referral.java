package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.constraints.FacilityCode;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A referral to another facility (giấy chuyển tuyến, claims table XML13).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Referral.Builder.class)
public final class Referral {

    @PlainText
    @NotNull(message = "EMR-CORE-0005")
    @FacilityCode
    private final String toFacilityCode;
    @NotNull(message = "EMR-CORE-0005")
    private final LocalDateTime referredAt;
    @FreeText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String reason;
    @PlainText
    @Size(max = 50, message = "EMR-CORE-0302")
    private final String referralNumber;
    @FreeText
    @Size(max = 20000, message = "EMR-CORE-0302")
    private final String clinicalSummary;

    private Referral(Builder b) {
        this.toFacilityCode = Required.part(b.toFacilityCode, "referral.toFacilityCode");
        this.referredAt = Required.part(b.referredAt, "referral.referredAt");
        this.reason = Required.part(b.reason, "referral.reason");
        this.referralNumber = b.referralNumber;
        this.clinicalSummary = b.clinicalSummary;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.toFacilityCode = toFacilityCode;
        b.referredAt = referredAt;
        b.reason = reason;
        b.referralNumber = referralNumber;
        b.clinicalSummary = clinicalSummary;
        return b;
    }

    /** The receiving facility (MA_NOI_DEN). */
    public String toFacilityCode() {
        return toFacilityCode;
    }

    /** When the patient was referred. */
    public LocalDateTime referredAt() {
        return referredAt;
    }

    /** The reason for referral (LY_DO_CT). */
    public String reason() {
        return reason;
    }

    /** The referral paper number (SO_CHUYENTUYEN), if present. */
    public Optional<String> referralNumber() {
        return Optional.ofNullable(referralNumber);
    }

    /** Signs, tests and treatment given, if present. */
    public Optional<String> clinicalSummary() {
        return Optional.ofNullable(clinicalSummary);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Referral)) {
            return false;
        }
        Referral other = (Referral) o;
        return Objects.equals(toFacilityCode, other.toFacilityCode)
                && Objects.equals(referredAt, other.referredAt)
                && Objects.equals(reason, other.reason)
                && Objects.equals(referralNumber, other.referralNumber)
                && Objects.equals(clinicalSummary, other.clinicalSummary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toFacilityCode, referredAt, reason, referralNumber, clinicalSummary);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Referral[" + "toFacilityCode=" + Masking.part(toFacilityCode) + ", "
                + "referredAt=" + Masking.part(referredAt) + ", "
                + "reason=" + Masking.part(reason) + ", "
                + "referralNumber=" + Masking.part(referralNumber) + ", "
                + "clinicalSummary=" + Masking.part(clinicalSummary) + "]";
    }

    /** Builds a {@link Referral}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String toFacilityCode;
        private LocalDateTime referredAt;
        private String reason;
        private String referralNumber;
        private String clinicalSummary;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the receiving facility (MA_NOI_DEN). */
        public Builder toFacilityCode(String value) {
            this.toFacilityCode = value;
            return this;
        }

        /** Sets when the patient was referred. */
        public Builder referredAt(LocalDateTime value) {
            this.referredAt = value;
            return this;
        }

        /** Sets the reason for referral (LY_DO_CT). */
        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        /** Sets the referral paper number (SO_CHUYENTUYEN). */
        public Builder referralNumber(String value) {
            this.referralNumber = value;
            return this;
        }

        /** Sets signs, tests and treatment given. */
        public Builder clinicalSummary(String value) {
            this.clinicalSummary = value;
            return this;
        }

        @JsonProperty("toFacilityCode")
        private Builder jsonToFacilityCode(String value) {
            jsonSeen.mark(0, "toFacilityCode");
            return toFacilityCode(value);
        }

        @JsonProperty("referredAt")
        private Builder jsonReferredAt(LocalDateTime value) {
            jsonSeen.mark(1, "referredAt");
            return referredAt(value);
        }

        @JsonProperty("reason")
        private Builder jsonReason(String value) {
            jsonSeen.mark(2, "reason");
            return reason(value);
        }

        @JsonProperty("referralNumber")
        private Builder jsonReferralNumber(String value) {
            jsonSeen.mark(3, "referralNumber");
            return referralNumber(value);
        }

        @JsonProperty("clinicalSummary")
        private Builder jsonClinicalSummary(String value) {
            jsonSeen.mark(4, "clinicalSummary");
            return clinicalSummary(value);
        }


        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Referral build() {
            return new Referral(this);
        }
    }
}
