package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.PlainText;

/**
 * A medical record document (hồ sơ bệnh án) under a form of Circular 32/2023 Appendix XXVIII (e.g. 15/BV1
 * outpatient), holding the facility, the patient, the practitioners and the encounter.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = MedicalRecord.Builder.class)
public final class MedicalRecord {

    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 100, message = "EMR-CORE-0302")
    private final String recordId;
    @PlainText
    @NotNull(message = "EMR-CORE-0005")
    @Pattern(regexp = "[0-9]{2}/BV-?[0-9]{1,2}", message = "EMR-CORE-0322")
    private final String formCode;
    @NotNull(message = "EMR-CORE-0005")
    @Valid
    private final Facility facility;
    @NotNull(message = "EMR-CORE-0005")
    @Valid
    private final Patient patient;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") Practitioner> practitioners;
    @NotNull(message = "EMR-CORE-0005")
    @Valid
    private final Encounter encounter;
    @NotNull(message = "EMR-CORE-0005")
    private final LocalDateTime createdAt;

    private MedicalRecord(Builder b) {
        this.recordId = Required.part(b.recordId, "medicalRecord.recordId");
        this.formCode = Required.part(b.formCode, "medicalRecord.formCode");
        this.facility = Required.part(b.facility, "medicalRecord.facility");
        this.patient = Required.part(b.patient, "medicalRecord.patient");
        this.practitioners = List.copyOf(b.practitioners);
        this.encounter = Required.part(b.encounter, "medicalRecord.encounter");
        this.createdAt = Required.part(b.createdAt, "medicalRecord.createdAt");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.recordId = recordId;
        b.formCode = formCode;
        b.facility = facility;
        b.patient = patient;
        b.practitioners.addAll(practitioners);
        b.encounter = encounter;
        b.createdAt = createdAt;
        return b;
    }

    /** The record identifier, stable across versions. */
    public String recordId() {
        return recordId;
    }

    /** The form code of Circular 32/2023 (e.g. 15/BV1). */
    public String formCode() {
        return formCode;
    }

    /** The facility that keeps the record. */
    public Facility facility() {
        return facility;
    }

    /** The patient. */
    public Patient patient() {
        return patient;
    }

    /** The practitioners who took part (unmodifiable, possibly empty). */
    public List<Practitioner> practitioners() {
        return practitioners;
    }

    /** The episode of care. */
    public Encounter encounter() {
        return encounter;
    }

    /** When the record was opened. */
    public LocalDateTime createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MedicalRecord)) {
            return false;
        }
        MedicalRecord other = (MedicalRecord) o;
        return Objects.equals(recordId, other.recordId)
                && Objects.equals(formCode, other.formCode)
                && Objects.equals(facility, other.facility)
                && Objects.equals(patient, other.patient)
                && Objects.equals(practitioners, other.practitioners)
                && Objects.equals(encounter, other.encounter)
                && Objects.equals(createdAt, other.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordId, formCode, facility, patient, practitioners, encounter, createdAt);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "MedicalRecord[" + "recordId=" + Masking.part(recordId) + ", "
                + "formCode=" + Masking.part(formCode) + ", "
                + "facility=" + Masking.part(facility) + ", "
                + "patient=" + Masking.part(patient) + ", "
                + "practitioners=" + Masking.part(practitioners) + ", "
                + "encounter=" + Masking.part(encounter) + ", "
                + "createdAt=" + Masking.part(createdAt) + "]";
    }

    /** Builds a {@link MedicalRecord}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String recordId;
        private String formCode;
        private Facility facility;
        private Patient patient;
        private final List<Practitioner> practitioners = new ArrayList<>();
        private Encounter encounter;
        private LocalDateTime createdAt;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the record identifier, stable across versions. */
        public Builder recordId(String value) {
            this.recordId = value;
            return this;
        }

        /** Sets the form code of Circular 32/2023 (e.g. 15/BV1). */
        public Builder formCode(String value) {
            this.formCode = value;
            return this;
        }

        /** Sets the facility that keeps the record. */
        public Builder facility(Facility value) {
            this.facility = value;
            return this;
        }

        /** Sets the patient. */
        public Builder patient(Patient value) {
            this.patient = value;
            return this;
        }

        /** Replaces the practitioners who took part. */
        public Builder practitioners(Collection<Practitioner> values) {
            this.practitioners.clear();
            if (values != null) {
                int i = 0;
                for (Practitioner v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "practitioners[" + i + "]");
                    }
                    i++;
                }
                this.practitioners.addAll(values);
            }
            return this;
        }

        /** Adds one to the practitioners who took part. */
        public Builder addPractitioner(Practitioner value) {
            this.practitioners.add(Objects.requireNonNull(value, "practitioner"));
            return this;
        }

        /** Sets the episode of care. */
        public Builder encounter(Encounter value) {
            this.encounter = value;
            return this;
        }

        /** Sets when the record was opened. */
        public Builder createdAt(LocalDateTime value) {
            this.createdAt = value;
            return this;
        }

        @JsonProperty("recordId")
        private Builder jsonRecordId(String value) {
            jsonSeen.mark(0, "recordId");
            return recordId(value);
        }

        @JsonProperty("formCode")
        private Builder jsonFormCode(String value) {
            jsonSeen.mark(1, "formCode");
            return formCode(value);
        }

        @JsonProperty("facility")
        private Builder jsonFacility(Facility value) {
            jsonSeen.mark(2, "facility");
            return facility(value);
        }

        @JsonProperty("patient")
        private Builder jsonPatient(Patient value) {
            jsonSeen.mark(3, "patient");
            return patient(value);
        }

        @JsonProperty("practitioners")
        private Builder jsonPractitioners(Collection<Practitioner> value) {
            jsonSeen.mark(4, "practitioners");
            return practitioners(value);
        }

        @JsonProperty("encounter")
        private Builder jsonEncounter(Encounter value) {
            jsonSeen.mark(5, "encounter");
            return encounter(value);
        }

        @JsonProperty("createdAt")
        private Builder jsonCreatedAt(LocalDateTime value) {
            jsonSeen.mark(6, "createdAt");
            return createdAt(value);
        }


        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public MedicalRecord build() {
            return new MedicalRecord(this);
        }
    }
}
