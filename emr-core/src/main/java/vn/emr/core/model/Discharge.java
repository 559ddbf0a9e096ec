package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.internal.Masking;
import vn.emr.core.validation.constraints.FreeText;

/**
 * The end of an encounter (giấy ra viện, claims table XML7): time, treatment result (KET_QUA_DTRI) and discharge
 * type (MA_LOAI_RV).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param dischargedAt the discharge time (NGAY_RA)
 * @param result the treatment result (KET_QUA_DTRI)
 * @param type the discharge type (MA_LOAI_RV)
 * @param summary the course summary, if present
 * @param instructions advice to the patient (LOI_DAN_BS), if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = Discharge.Builder.class)
public record Discharge(
        @NotNull(message = "EMR-CORE-0005")
        LocalDateTime dischargedAt,
        @NotNull(message = "EMR-CORE-0005")
        TreatmentResult result,
        @NotNull(message = "EMR-CORE-0005")
        DischargeType type,
        Optional<@FreeText @Size(max = 20000, message = "EMR-CORE-0302") String> summary,
        Optional<@FreeText @Size(max = 4000, message = "EMR-CORE-0302") String> instructions) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public Discharge {
        Required.part(dischargedAt, "discharge.dischargedAt");
        Required.part(result, "discharge.result");
        Required.part(type, "discharge.type");
        summary = Objects.requireNonNullElse(summary, Optional.empty());
        instructions = Objects.requireNonNullElse(instructions, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dischargedAt = dischargedAt;
        b.result = result;
        b.type = type;
        b.summary = summary.orElse(null);
        b.instructions = instructions.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Discharge[" + "dischargedAt=" + Masking.part(dischargedAt) + ", "
                + "result=" + Masking.part(result) + ", "
                + "type=" + Masking.part(type) + ", "
                + "summary=" + Masking.part(summary.orElse(null)) + ", "
                + "instructions=" + Masking.part(instructions.orElse(null)) + "]";
    }

    /** Builds a {@link Discharge}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private LocalDateTime dischargedAt;
        private TreatmentResult result;
        private DischargeType type;
        private String summary;
        private String instructions;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the discharge time (NGAY_RA). */
        public Builder dischargedAt(LocalDateTime value) {
            this.dischargedAt = value;
            return this;
        }

        /** Sets the treatment result (KET_QUA_DTRI). */
        public Builder result(TreatmentResult value) {
            this.result = value;
            return this;
        }

        /** Sets the discharge type (MA_LOAI_RV). */
        public Builder type(DischargeType value) {
            this.type = value;
            return this;
        }

        /** Sets the course summary. */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** Sets advice to the patient (LOI_DAN_BS). */
        public Builder instructions(String value) {
            this.instructions = value;
            return this;
        }

        @JsonProperty("dischargedAt")
        private Builder jsonDischargedAt(LocalDateTime value) {
            jsonSeen.mark(0, "dischargedAt");
            return dischargedAt(value);
        }

        @JsonProperty("result")
        private Builder jsonResult(TreatmentResult value) {
            jsonSeen.mark(1, "result");
            return result(value);
        }

        @JsonProperty("type")
        private Builder jsonType(DischargeType value) {
            jsonSeen.mark(2, "type");
            return type(value);
        }

        @JsonProperty("summary")
        private Builder jsonSummary(String value) {
            jsonSeen.mark(3, "summary");
            return summary(value);
        }

        @JsonProperty("instructions")
        private Builder jsonInstructions(String value) {
            jsonSeen.mark(4, "instructions");
            return instructions(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Discharge build() {
            return new Discharge(dischargedAt, result, type, Optional.ofNullable(summary), Optional.ofNullable(instructions));
        }
    }
}
