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
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Discharge.Builder.class)
public final class Discharge {

    @NotNull(message = "EMR-CORE-0005")
    private final LocalDateTime dischargedAt;
    @NotNull(message = "EMR-CORE-0005")
    private final TreatmentResult result;
    @NotNull(message = "EMR-CORE-0005")
    private final DischargeType type;
    @FreeText
    @Size(max = 20000, message = "EMR-CORE-0302")
    private final String summary;
    @FreeText
    @Size(max = 4000, message = "EMR-CORE-0302")
    private final String instructions;

    private Discharge(Builder b) {
        this.dischargedAt = Required.part(b.dischargedAt, "discharge.dischargedAt");
        this.result = Required.part(b.result, "discharge.result");
        this.type = Required.part(b.type, "discharge.type");
        this.summary = b.summary;
        this.instructions = b.instructions;
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
        b.summary = summary;
        b.instructions = instructions;
        return b;
    }

    /** The discharge time (NGAY_RA). */
    public LocalDateTime dischargedAt() {
        return dischargedAt;
    }

    /** The treatment result (KET_QUA_DTRI). */
    public TreatmentResult result() {
        return result;
    }

    /** The discharge type (MA_LOAI_RV). */
    public DischargeType type() {
        return type;
    }

    /** The course summary, if present. */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** Advice to the patient (LOI_DAN_BS), if present. */
    public Optional<String> instructions() {
        return Optional.ofNullable(instructions);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Discharge)) {
            return false;
        }
        Discharge other = (Discharge) o;
        return Objects.equals(dischargedAt, other.dischargedAt)
                && Objects.equals(result, other.result)
                && Objects.equals(type, other.type)
                && Objects.equals(summary, other.summary)
                && Objects.equals(instructions, other.instructions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dischargedAt, result, type, summary, instructions);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Discharge[" + "dischargedAt=" + Masking.part(dischargedAt) + ", "
                + "result=" + Masking.part(result) + ", "
                + "type=" + Masking.part(type) + ", "
                + "summary=" + Masking.part(summary) + ", "
                + "instructions=" + Masking.part(instructions) + "]";
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
            return new Discharge(this);
        }
    }
}
