package vn.emr.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of {@link RecordJsonBenchmark}: the same record graph as plain mutable POJOs with public fields, the way
 * a vendor would write it without the SDK. Field names match the SDK's JSON form so both sides write the same JSON.
 */
@SuppressWarnings("checkstyle:VisibilityModifier")
public final class PlainRecord {
    public String recordId;
    public String formCode;
    public Facility facility;
    public Patient patient;
    public List<Practitioner> practitioners = new ArrayList<>();
    public Encounter encounter;
    public LocalDateTime createdAt;

    /** Baseline facility. */
    public static final class Facility {
        public String code;
        public String name;
        public String address;
    }

    /** Baseline patient. */
    public static final class Patient {
        public String patientCode;
        public String citizenId;
        public String fullName;
        public LocalDate birthDate;
        public String sex;
        public String address;
        public String phone;
        public String insuranceCardNumber;
        public String ethnicityCode;
        public String nationalityCode;
        public String occupationCode;
    }

    /** Baseline practitioner. */
    public static final class Practitioner {
        public String licenseNumber;
        public String practitionerCode;
        public String fullName;
        public String title;
        public String departmentCode;
    }

    /** Baseline diagnosis. */
    public static final class Diagnosis {
        public String code;
        public String role;
        public String description;
        public LocalDateTime recordedAt;
    }

    /** Baseline medication line. */
    public static final class MedicationLine {
        public String lineId;
        public String drugCode;
        public String drugName;
        public String strength;
        public String unit;
        public String routeCode;
        public String dosage;
        public String registrationNumber;
        public BigDecimal quantity;
        public BigDecimal unitPrice;
        public LocalDateTime orderedAt;
        public String prescriberLicense;
    }

    /** Baseline service line. */
    public static final class ServiceLine {
        public String lineId;
        public String serviceCode;
        public String serviceName;
        public BigDecimal quantity;
        public BigDecimal unitPrice;
        public LocalDateTime orderedAt;
        public LocalDateTime performedAt;
        public LocalDateTime resultAt;
        public String departmentCode;
        public String performerLicense;
    }

    /** Baseline supply line. */
    public static final class SupplyLine {
        public String lineId;
        public String supplyCode;
        public String supplyName;
        public String unit;
        public BigDecimal quantity;
        public BigDecimal unitPrice;
        public LocalDateTime usedAt;
    }

    /** Baseline lab result. */
    public static final class LabResult {
        public String lineId;
        public String serviceCode;
        public String indicatorCode;
        public String indicatorName;
        public String value;
        public String unit;
        public String referenceRange;
        public boolean abnormal;
        public LocalDateTime orderedAt;
        public LocalDateTime resultAt;
        public String performerLicense;
    }

    /** Baseline progress note. */
    public static final class ProgressNote {
        public String noteId;
        public LocalDateTime recordedAt;
        public String authorLicense;
        public String text;
        public String departmentCode;
    }

    /** Baseline discharge. */
    public static final class Discharge {
        public LocalDateTime dischargedAt;
        public String result;
        public String type;
        public String summary;
        public String instructions;
    }

    /** Baseline appointment. */
    public static final class Appointment {
        public LocalDate date;
        public String reason;
        public String departmentCode;
    }

    /** Baseline encounter. */
    public static final class Encounter {
        public String maLk;
        public String encounterClass;
        public LocalDateTime admittedAt;
        public String departmentCode;
        public String reasonForVisit;
        public String attendingLicense;
        public List<Diagnosis> diagnoses = new ArrayList<>();
        public List<MedicationLine> medications = new ArrayList<>();
        public List<ServiceLine> services = new ArrayList<>();
        public List<SupplyLine> supplies = new ArrayList<>();
        public List<LabResult> labResults = new ArrayList<>();
        public List<ProgressNote> notes = new ArrayList<>();
        public Discharge discharge;
        public Appointment appointment;
    }
}
