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
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.Icd10;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A diagnosis coded in ICD-10 (Circular 06/2026/TT-BYT catalogue): the main one (MA_BENH_CHINH) or a secondary one
 * (MA_BENH_KT).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, never null. {@link #toString()} masks personal data.
 *
 * @param code the ICD-10 code, dotted (e.g. J06.9)
 * @param role main or secondary
 * @param description the diagnosis text (CHAN_DOAN_RV), if present
 * @param recordedAt when the diagnosis was made, if present
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(builder = Diagnosis.Builder.class)
public record Diagnosis(
        @PlainText
        @NotNull(message = "EMR-CORE-0005")
        @Icd10
        String code,
        @NotNull(message = "EMR-CORE-0005")
        DiagnosisRole role,
        Optional<@FreeText @Size(max = 1024, message = "EMR-CORE-0302") String> description,
        Optional<LocalDateTime> recordedAt) {

    /** Refuses a missing required part; an absent optional part is {@link Optional#empty()}, never null. */
    public Diagnosis {
        Required.part(code, "diagnosis.code");
        Required.part(role, "diagnosis.role");
        description = Objects.requireNonNullElse(description, Optional.empty());
        recordedAt = Objects.requireNonNullElse(recordedAt, Optional.empty());
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.role = role;
        b.description = description.orElse(null);
        b.recordedAt = recordedAt.orElse(null);
        return b;
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Diagnosis[" + "code=" + Masking.part(code) + ", "
                + "role=" + Masking.part(role) + ", "
                + "description=" + Masking.part(description.orElse(null)) + ", "
                + "recordedAt=" + Masking.part(recordedAt.orElse(null)) + "]";
    }

    /** Builds a {@link Diagnosis}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String code;
        private DiagnosisRole role;
        private String description;
        private LocalDateTime recordedAt;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the ICD-10 code, dotted (e.g. J06.9). */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Sets main or secondary. */
        public Builder role(DiagnosisRole value) {
            this.role = value;
            return this;
        }

        /** Sets the diagnosis text (CHAN_DOAN_RV). */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets when the diagnosis was made. */
        public Builder recordedAt(LocalDateTime value) {
            this.recordedAt = value;
            return this;
        }

        @JsonProperty("code")
        private Builder jsonCode(String value) {
            jsonSeen.mark(0, "code");
            return code(value);
        }

        @JsonProperty("role")
        private Builder jsonRole(DiagnosisRole value) {
            jsonSeen.mark(1, "role");
            return role(value);
        }

        @JsonProperty("description")
        private Builder jsonDescription(String value) {
            jsonSeen.mark(2, "description");
            return description(value);
        }

        @JsonProperty("recordedAt")
        private Builder jsonRecordedAt(LocalDateTime value) {
            jsonSeen.mark(3, "recordedAt");
            return recordedAt(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Diagnosis build() {
            return new Diagnosis(code, role, Optional.ofNullable(description), Optional.ofNullable(recordedAt));
        }
    }
}
