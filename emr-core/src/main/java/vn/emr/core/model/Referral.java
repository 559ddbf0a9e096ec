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
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param toFacilityCode the receiving facility (MA_NOI_DEN)
 * @param referredAt when the patient was referred
 * @param reason the reason for referral (LY_DO_CT)
 * @param referralNumber the referral paper number (SO_CHUYENTUYEN), if present
 * @param clinicalSummary signs, tests and treatment given, if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = Referral.Builder.class)
public record Referral(
        @PlainText
        @NotNull(message = "EMR-CORE-0005")
        @FacilityCode
        String toFacilityCode,
        @NotNull(message = "EMR-CORE-0005")
        LocalDateTime referredAt,
        @FreeText
        @NotBlank(message = "EMR-CORE-0005")
        @Size(max = 1024, message = "EMR-CORE-0302")
        String reason,
        Optional<@PlainText @Size(max = 50, message = "EMR-CORE-0302") String> referralNumber,
        Optional<@FreeText @Size(max = 20000, message = "EMR-CORE-0302") String> clinicalSummary) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public Referral {
        Required.part(toFacilityCode, "referral.toFacilityCode");
        Required.part(referredAt, "referral.referredAt");
        Required.part(reason, "referral.reason");
        referralNumber = Objects.requireNonNullElse(referralNumber, Optional.empty());
        clinicalSummary = Objects.requireNonNullElse(clinicalSummary, Optional.empty());
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
        b.referralNumber = referralNumber.orElse(null);
        b.clinicalSummary = clinicalSummary.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Referral[" + "toFacilityCode=" + Masking.part(toFacilityCode) + ", "
                + "referredAt=" + Masking.part(referredAt) + ", "
                + "reason=" + Masking.part(reason) + ", "
                + "referralNumber=" + Masking.part(referralNumber.orElse(null)) + ", "
                + "clinicalSummary=" + Masking.part(clinicalSummary.orElse(null)) + "]";
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
            return new Referral(toFacilityCode, referredAt, reason, Optional.ofNullable(referralNumber), Optional.ofNullable(clinicalSummary));
        }
    }
}
