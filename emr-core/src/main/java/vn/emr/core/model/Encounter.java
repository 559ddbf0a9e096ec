package vn.emr.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Masking;
import vn.emr.core.model.internal.Required;
import vn.emr.core.model.internal.SeenFields;
import vn.emr.core.validation.constraints.FreeText;
import vn.emr.core.validation.constraints.PlainText;

/**
 * One episode of care (đợt khám chữa bệnh) identified by MA_LK, with its class (MA_LOAI_KCB), diagnoses, lines,
 * results, notes and outcome.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}. Optional parts are returned as
 * {@link java.util.Optional}, lists are never null. {@link #toString()} masks personal data.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(builder = Encounter.Builder.class)
public final class Encounter {

    @PlainText
    @NotBlank(message = "EMR-CORE-0005")
    @Size(max = 100, message = "EMR-CORE-0302")
    @Pattern(regexp = "[^\\s]+", message = "EMR-CORE-0330")
    private final String maLk;
    @NotNull(message = "EMR-CORE-0005")
    private final EncounterClass encounterClass;
    @NotNull(message = "EMR-CORE-0005")
    private final LocalDateTime admittedAt;
    @PlainText
    @Size(max = 50, message = "EMR-CORE-0302")
    private final String departmentCode;
    @FreeText
    @Size(max = 4000, message = "EMR-CORE-0302")
    private final String reasonForVisit;
    @PlainText
    @Size(max = 255, message = "EMR-CORE-0302")
    private final String attendingLicense;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") Diagnosis> diagnoses;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") MedicationLine> medications;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") ServiceLine> services;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") SupplyLine> supplies;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") LabResult> labResults;
    @NotNull(message = "EMR-CORE-0005")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<@Valid @NotNull(message = "EMR-CORE-0005") ProgressNote> notes;
    @Valid
    private final Discharge discharge;
    @Valid
    private final Referral referral;
    @Valid
    private final Appointment appointment;
    @DecimalMin(value = "0", inclusive = false, message = "EMR-CORE-0341")
    @Digits(integer = 3, fraction = 2, message = "EMR-CORE-0342")
    private final BigDecimal weightKg;

    private Encounter(Builder b) {
        this.maLk = Required.part(b.maLk, "encounter.maLk");
        this.encounterClass = Required.part(b.encounterClass, "encounter.encounterClass");
        this.admittedAt = Required.part(b.admittedAt, "encounter.admittedAt");
        this.departmentCode = b.departmentCode;
        this.reasonForVisit = b.reasonForVisit;
        this.attendingLicense = b.attendingLicense;
        this.diagnoses = List.copyOf(b.diagnoses);
        this.medications = List.copyOf(b.medications);
        this.services = List.copyOf(b.services);
        this.supplies = List.copyOf(b.supplies);
        this.labResults = List.copyOf(b.labResults);
        this.notes = List.copyOf(b.notes);
        this.discharge = b.discharge;
        this.referral = b.referral;
        this.appointment = b.appointment;
        this.weightKg = b.weightKg;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's parts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.encounterClass = encounterClass;
        b.admittedAt = admittedAt;
        b.departmentCode = departmentCode;
        b.reasonForVisit = reasonForVisit;
        b.attendingLicense = attendingLicense;
        b.diagnoses.addAll(diagnoses);
        b.medications.addAll(medications);
        b.services.addAll(services);
        b.supplies.addAll(supplies);
        b.labResults.addAll(labResults);
        b.notes.addAll(notes);
        b.discharge = discharge;
        b.referral = referral;
        b.appointment = appointment;
        b.weightKg = weightKg;
        return b;
    }

    /** The episode key MA_LK: unique and immutable per episode, links every claims table. */
    public String maLk() {
        return maLk;
    }

    /** The class of care (MA_LOAI_KCB). */
    public EncounterClass encounterClass() {
        return encounterClass;
    }

    /** The start of the episode (NGAY_VAO). */
    public LocalDateTime admittedAt() {
        return admittedAt;
    }

    /** The department (MA_KHOA), if present. */
    public Optional<String> departmentCode() {
        return Optional.ofNullable(departmentCode);
    }

    /** The reason for the visit (LY_DO_VV), if present. */
    public Optional<String> reasonForVisit() {
        return Optional.ofNullable(reasonForVisit);
    }

    /** The attending practitioner's licence or code, if present. */
    public Optional<String> attendingLicense() {
        return Optional.ofNullable(attendingLicense);
    }

    /** The diagnoses: one main and at most 12 secondary (unmodifiable, possibly empty). */
    public List<Diagnosis> diagnoses() {
        return diagnoses;
    }

    /** The drug lines (unmodifiable, possibly empty). */
    public List<MedicationLine> medications() {
        return medications;
    }

    /** The service lines (unmodifiable, possibly empty). */
    public List<ServiceLine> services() {
        return services;
    }

    /** The supply lines (unmodifiable, possibly empty). */
    public List<SupplyLine> supplies() {
        return supplies;
    }

    /** The paraclinical results (unmodifiable, possibly empty). */
    public List<LabResult> labResults() {
        return labResults;
    }

    /** The clinical progress notes (unmodifiable, possibly empty). */
    public List<ProgressNote> notes() {
        return notes;
    }

    /** The discharge, once the episode has ended, if present. */
    public Optional<Discharge> discharge() {
        return Optional.ofNullable(discharge);
    }

    /** The referral, when the patient was referred, if present. */
    public Optional<Referral> referral() {
        return Optional.ofNullable(referral);
    }

    /** The follow-up appointment, if present. */
    public Optional<Appointment> appointment() {
        return Optional.ofNullable(appointment);
    }

    /** The patient's weight in kilograms at the encounter (CAN_NANG), if measured. */
    public Optional<BigDecimal> weightKg() {
        return Optional.ofNullable(weightKg);
    }

    /** The main diagnosis, if recorded. */
    public Optional<Diagnosis> mainDiagnosis() {
        return diagnoses.stream().filter(d -> d.role() == DiagnosisRole.MAIN).findFirst();
    }

    /** The secondary diagnoses, in order. */
    public List<Diagnosis> secondaryDiagnoses() {
        return diagnoses.stream().filter(d -> d.role() == DiagnosisRole.SECONDARY).toList();
    }

    /**
     * The hospital's charge for the encounter in VND: the sum of every drug, service and supply line amount
     * (quantity times unit price), unrounded. What insurance pays is the claims profile's business, not this.
     */
    public BigDecimal totalAmount() {
        BigDecimal total = BigDecimal.ZERO;
        for (MedicationLine line : medications) {
            total = total.add(line.amount());
        }
        for (ServiceLine line : services) {
            total = total.add(line.amount());
        }
        for (SupplyLine line : supplies) {
            total = total.add(line.amount());
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Encounter)) {
            return false;
        }
        Encounter other = (Encounter) o;
        return Objects.equals(maLk, other.maLk)
                && Objects.equals(encounterClass, other.encounterClass)
                && Objects.equals(admittedAt, other.admittedAt)
                && Objects.equals(departmentCode, other.departmentCode)
                && Objects.equals(reasonForVisit, other.reasonForVisit)
                && Objects.equals(attendingLicense, other.attendingLicense)
                && Objects.equals(diagnoses, other.diagnoses)
                && Objects.equals(medications, other.medications)
                && Objects.equals(services, other.services)
                && Objects.equals(supplies, other.supplies)
                && Objects.equals(labResults, other.labResults)
                && Objects.equals(notes, other.notes)
                && Objects.equals(discharge, other.discharge)
                && Objects.equals(referral, other.referral)
                && Objects.equals(appointment, other.appointment)
                && Objects.equals(weightKg, other.weightKg);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maLk, encounterClass, admittedAt, departmentCode, reasonForVisit, attendingLicense, diagnoses, medications, services, supplies, labResults, notes, discharge, referral, appointment, weightKg);
    }

    /** Shows the structure with personal data masked; safe to log. */
    @Override
    public String toString() {
        return "Encounter[" + "maLk=" + Masking.part(maLk) + ", "
                + "encounterClass=" + Masking.part(encounterClass) + ", "
                + "admittedAt=" + Masking.part(admittedAt) + ", "
                + "departmentCode=" + Masking.part(departmentCode) + ", "
                + "reasonForVisit=" + Masking.part(reasonForVisit) + ", "
                + "attendingLicense=" + Masking.part(attendingLicense) + ", "
                + "diagnoses=" + Masking.part(diagnoses) + ", "
                + "medications=" + Masking.part(medications) + ", "
                + "services=" + Masking.part(services) + ", "
                + "supplies=" + Masking.part(supplies) + ", "
                + "labResults=" + Masking.part(labResults) + ", "
                + "notes=" + Masking.part(notes) + ", "
                + "discharge=" + Masking.part(discharge) + ", "
                + "referral=" + Masking.part(referral) + ", "
                + "appointment=" + Masking.part(appointment) + ", "
                + "weightKg=" + Masking.part(weightKg) + "]";
    }

    /** Builds a {@link Encounter}; also the JSON reader's entry point, so JSON input gets the same defaults. */
    @JsonPOJOBuilder(withPrefix = "json")
    public static final class Builder {

        private String maLk;
        private EncounterClass encounterClass;
        private LocalDateTime admittedAt;
        private String departmentCode;
        private String reasonForVisit;
        private String attendingLicense;
        private final List<Diagnosis> diagnoses = new ArrayList<>();
        private final List<MedicationLine> medications = new ArrayList<>();
        private final List<ServiceLine> services = new ArrayList<>();
        private final List<SupplyLine> supplies = new ArrayList<>();
        private final List<LabResult> labResults = new ArrayList<>();
        private final List<ProgressNote> notes = new ArrayList<>();
        private Discharge discharge;
        private Referral referral;
        private Appointment appointment;
        private BigDecimal weightKg;

        /** Which fields JSON input has set, to refuse a field given twice (never silently keep the last). */
        private final SeenFields jsonSeen = new SeenFields();

        private Builder() {
        }

        /** Sets the episode key MA_LK: unique and immutable per episode, links every claims table. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets the class of care (MA_LOAI_KCB). */
        public Builder encounterClass(EncounterClass value) {
            this.encounterClass = value;
            return this;
        }

        /** Sets the start of the episode (NGAY_VAO). */
        public Builder admittedAt(LocalDateTime value) {
            this.admittedAt = value;
            return this;
        }

        /** Sets the department (MA_KHOA). */
        public Builder departmentCode(String value) {
            this.departmentCode = value;
            return this;
        }

        /** Sets the reason for the visit (LY_DO_VV). */
        public Builder reasonForVisit(String value) {
            this.reasonForVisit = value;
            return this;
        }

        /** Sets the attending practitioner's licence or code. */
        public Builder attendingLicense(String value) {
            this.attendingLicense = value;
            return this;
        }

        /** Replaces the diagnoses: one main and at most 12 secondary. */
        public Builder diagnoses(Collection<Diagnosis> values) {
            this.diagnoses.clear();
            if (values != null) {
                int i = 0;
                for (Diagnosis v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "diagnoses[" + i + "]");
                    }
                    i++;
                }
                this.diagnoses.addAll(values);
            }
            return this;
        }

        /** Adds one to the diagnoses: one main and at most 12 secondary. */
        public Builder addDiagnosis(Diagnosis value) {
            this.diagnoses.add(Objects.requireNonNull(value, "diagnosis"));
            return this;
        }

        /** Replaces the drug lines. */
        public Builder medications(Collection<MedicationLine> values) {
            this.medications.clear();
            if (values != null) {
                int i = 0;
                for (MedicationLine v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "medications[" + i + "]");
                    }
                    i++;
                }
                this.medications.addAll(values);
            }
            return this;
        }

        /** Adds one to the drug lines. */
        public Builder addMedication(MedicationLine value) {
            this.medications.add(Objects.requireNonNull(value, "medication"));
            return this;
        }

        /** Replaces the service lines. */
        public Builder services(Collection<ServiceLine> values) {
            this.services.clear();
            if (values != null) {
                int i = 0;
                for (ServiceLine v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "services[" + i + "]");
                    }
                    i++;
                }
                this.services.addAll(values);
            }
            return this;
        }

        /** Adds one to the service lines. */
        public Builder addService(ServiceLine value) {
            this.services.add(Objects.requireNonNull(value, "service"));
            return this;
        }

        /** Replaces the supply lines. */
        public Builder supplies(Collection<SupplyLine> values) {
            this.supplies.clear();
            if (values != null) {
                int i = 0;
                for (SupplyLine v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "supplies[" + i + "]");
                    }
                    i++;
                }
                this.supplies.addAll(values);
            }
            return this;
        }

        /** Adds one to the supply lines. */
        public Builder addSupply(SupplyLine value) {
            this.supplies.add(Objects.requireNonNull(value, "supply"));
            return this;
        }

        /** Replaces the paraclinical results. */
        public Builder labResults(Collection<LabResult> values) {
            this.labResults.clear();
            if (values != null) {
                int i = 0;
                for (LabResult v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "labResults[" + i + "]");
                    }
                    i++;
                }
                this.labResults.addAll(values);
            }
            return this;
        }

        /** Adds one to the paraclinical results. */
        public Builder addLabResult(LabResult value) {
            this.labResults.add(Objects.requireNonNull(value, "labResult"));
            return this;
        }

        /** Replaces the clinical progress notes. */
        public Builder notes(Collection<ProgressNote> values) {
            this.notes.clear();
            if (values != null) {
                int i = 0;
                for (ProgressNote v : values) {
                    if (v == null) {
                        throw new EmrException(CoreError.REQUIRED, "notes[" + i + "]");
                    }
                    i++;
                }
                this.notes.addAll(values);
            }
            return this;
        }

        /** Adds one to the clinical progress notes. */
        public Builder addNote(ProgressNote value) {
            this.notes.add(Objects.requireNonNull(value, "note"));
            return this;
        }

        /** Sets the discharge, once the episode has ended. */
        public Builder discharge(Discharge value) {
            this.discharge = value;
            return this;
        }

        /** Sets the referral, when the patient was referred. */
        public Builder referral(Referral value) {
            this.referral = value;
            return this;
        }

        /** Sets the follow-up appointment. */
        public Builder appointment(Appointment value) {
            this.appointment = value;
            return this;
        }

        @JsonProperty("maLk")
        private Builder jsonMaLk(String value) {
            jsonSeen.mark(0, "maLk");
            return maLk(value);
        }

        @JsonProperty("encounterClass")
        private Builder jsonEncounterClass(EncounterClass value) {
            jsonSeen.mark(1, "encounterClass");
            return encounterClass(value);
        }

        @JsonProperty("admittedAt")
        private Builder jsonAdmittedAt(LocalDateTime value) {
            jsonSeen.mark(2, "admittedAt");
            return admittedAt(value);
        }

        @JsonProperty("departmentCode")
        private Builder jsonDepartmentCode(String value) {
            jsonSeen.mark(3, "departmentCode");
            return departmentCode(value);
        }

        @JsonProperty("reasonForVisit")
        private Builder jsonReasonForVisit(String value) {
            jsonSeen.mark(4, "reasonForVisit");
            return reasonForVisit(value);
        }

        @JsonProperty("attendingLicense")
        private Builder jsonAttendingLicense(String value) {
            jsonSeen.mark(5, "attendingLicense");
            return attendingLicense(value);
        }

        @JsonProperty("diagnoses")
        private Builder jsonDiagnoses(Collection<Diagnosis> value) {
            jsonSeen.mark(6, "diagnoses");
            return diagnoses(value);
        }

        @JsonProperty("medications")
        private Builder jsonMedications(Collection<MedicationLine> value) {
            jsonSeen.mark(7, "medications");
            return medications(value);
        }

        @JsonProperty("services")
        private Builder jsonServices(Collection<ServiceLine> value) {
            jsonSeen.mark(8, "services");
            return services(value);
        }

        @JsonProperty("supplies")
        private Builder jsonSupplies(Collection<SupplyLine> value) {
            jsonSeen.mark(9, "supplies");
            return supplies(value);
        }

        @JsonProperty("labResults")
        private Builder jsonLabResults(Collection<LabResult> value) {
            jsonSeen.mark(10, "labResults");
            return labResults(value);
        }

        @JsonProperty("notes")
        private Builder jsonNotes(Collection<ProgressNote> value) {
            jsonSeen.mark(11, "notes");
            return notes(value);
        }

        @JsonProperty("discharge")
        private Builder jsonDischarge(Discharge value) {
            jsonSeen.mark(12, "discharge");
            return discharge(value);
        }

        @JsonProperty("referral")
        private Builder jsonReferral(Referral value) {
            jsonSeen.mark(13, "referral");
            return referral(value);
        }

        @JsonProperty("appointment")
        private Builder jsonAppointment(Appointment value) {
            jsonSeen.mark(14, "appointment");
            return appointment(value);
        }


        /** Sets the patient's weight in kilograms (CAN_NANG). */
        public Builder weightKg(BigDecimal value) {
            this.weightKg = value;
            return this;
        }

        @JsonProperty("weightKg")
        private Builder jsonWeightKg(BigDecimal value) {
            jsonSeen.mark(15, "weightKg");
            return weightKg(value);
        }

        /** The value; constraints are checked by {@link vn.emr.core.validation.RecordValidator}, not here. */
        public Encounter build() {
            return new Encounter(this);
        }
    }
}
