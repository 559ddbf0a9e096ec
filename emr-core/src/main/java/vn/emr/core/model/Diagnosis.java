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
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Diagnosis.Builder.class)
public final class Diagnosis {

    @PlainText
    @NotNull(message = "EMR-CORE-0005")
    @Icd10
    private final String code;
    @NotNull(message = "EMR-CORE-0005")
    private final DiagnosisRole role;
    @FreeText
    @Size(max = 1024, message = "EMR-CORE-0302")
    private final String description;
    private final LocalDateTime recordedAt;

    private Diagnosis(Builder b) {
        this.code = Required.part(b.code, "diagnosis.code");
        this.role = Required.part(b.role, "diagnosis.role");
        this.description = b.description;
        this.recordedAt = b.recordedAt;
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
        b.description = description;
        b.recordedAt = recordedAt;
        return b;
    }

    /** The ICD-10 code, dotted (e.g. J06.9). */
    public String code() {
        return code;
    }

    /** Main or secondary. */
    public DiagnosisRole role() {
        return role;
    }

    /** The diagnosis text (CHAN_DOAN_RV), if present. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** When the diagnosis was made, if present. */
    public Optional<LocalDateTime> recordedAt() {
        return Optional.ofNullable(recordedAt);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Diagnosis)) {
            return false;
        }
        Diagnosis other = (Diagnosis) o;
        return Objects.equals(code, other.code)
                && Objects.equals(role, other.role)
                && Objects.equals(description, other.description)
                && Objects.equals(recordedAt, other.recordedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, role, description, recordedAt);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Diagnosis[" + "code=" + Masking.part(code) + ", "
                + "role=" + Masking.part(role) + ", "
                + "description=" + Masking.part(description) + ", "
                + "recordedAt=" + Masking.part(recordedAt) + "]";
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
            return new Diagnosis(this);
        }
    }
}
