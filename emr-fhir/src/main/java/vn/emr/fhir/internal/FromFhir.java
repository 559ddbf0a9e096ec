package vn.emr.fhir.internal;

import static vn.emr.fhir.FhirSystems.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.SupplyDelivery;
import vn.emr.core.model.Appointment;
import vn.emr.core.EmrException;
import vn.emr.core.code.OfficialCode;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.Facility;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.model.TreatmentResult;
import vn.emr.fhir.FhirError;
import vn.emr.fhir.SignedDocument;

/**
 * Reads a document Bundle written by {@link ToFhir} (or by another system following the same mapping) back into a
 * medical record. Every refusal is a coded {@link EmrException} whose path names the FHIR element
 * ({@code Bundle.entry[3].resource.code}), never the value.
 */
public final class FromFhir {

    private final Bundle bundle;
    private final Map<String, Integer> ranks = new HashMap<>();
    private org.hl7.fhir.r4.model.Patient patient;
    private Organization organization;
    private org.hl7.fhir.r4.model.Encounter encounter;
    private DocumentReference document;
    private String encounterPath;
    private final List<Entry<Practitioner>> practitioners = new ArrayList<>();
    private final List<Entry<Condition>> conditions = new ArrayList<>();
    private final List<Entry<MedicationRequest>> medications = new ArrayList<>();
    private final List<Entry<Procedure>> procedures = new ArrayList<>();
    private final List<Entry<Observation>> observations = new ArrayList<>();
    private final List<Entry<SupplyDelivery>> supplies = new ArrayList<>();
    private final List<Entry<ClinicalImpression>> notes = new ArrayList<>();
    private Entry<ServiceRequest> referral;
    private Entry<org.hl7.fhir.r4.model.Appointment> appointment;
    private String documentPath;

    private record Entry<T>(T resource, String path, String fullUrl) {
    }

    /** The record and the signed document (null when absent), in this order. */
    public record Result(MedicalRecord record, SignedDocument signedDocument) {
    }

    private FromFhir(Bundle bundle) {
        this.bundle = bundle;
    }

    /** Reads the Bundle. */
    public static Result read(Bundle bundle) {
        return new FromFhir(bundle).read();
    }

    private Result read() {
        if (bundle.getType() != Bundle.BundleType.DOCUMENT || bundle.getEntry().isEmpty()
                || !(bundle.getEntryFirstRep().getResource() instanceof Composition)) {
            throw new EmrException(FhirError.NOT_A_DOCUMENT, "Bundle.type");
        }
        Composition composition = (Composition) bundle.getEntryFirstRep().getResource();
        sort();
        require(patient, "Patient");
        require(organization, "Organization");
        require(encounter, "Encounter");
        for (org.hl7.fhir.r4.model.Encounter.DiagnosisComponent d : encounter.getDiagnosis()) {
            Integer rank = d.getRankElement().getValue(); // a rank with an extension only has no value: no rank
            ranks.put(d.getCondition().getReference(), rank == null ? 0 : rank);
        }
        MedicalRecord.Builder record = MedicalRecord.builder()
                .recordId(identifier(composition.getIdentifier(), RECORD_ID, "Bundle.entry[0].resource.identifier"))
                .formCode(code(composition.getType(), FORM_CODE, "Bundle.entry[0].resource.type"))
                .createdAt(FhirTimes.read(composition.getDateElement(), "Bundle.entry[0].resource.date"))
                .facility(facility())
                .patient(patient(patientPath))
                .encounter(encounter());
        for (Entry<Practitioner> p : practitioners) {
            record.addPractitioner(practitioner(p));
        }
        return new Result(record.build(), document == null ? null : signed());
    }

    private String patientPath;
    private String organizationPath;

    private void sort() {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 1; i < entries.size(); i++) {
            Resource r = entries.get(i).getResource();
            String path = "Bundle.entry[" + i + "].resource";
            String url = entries.get(i).getFullUrl();
            if (r instanceof org.hl7.fhir.r4.model.Patient p) {
                repeatCheck(patient, "Patient", path);
                patient = p;
                patientPath = path;
            } else if (r instanceof Organization o) {
                repeatCheck(organization, "Organization", path);
                organization = o;
                organizationPath = path;
            } else if (r instanceof org.hl7.fhir.r4.model.Encounter e) {
                repeatCheck(encounter, "Encounter", path);
                encounter = e;
                encounterPath = path;
            } else if (r instanceof DocumentReference d) {
                repeatCheck(document, "DocumentReference", path);
                document = d;
                documentPath = path;
            } else if (r instanceof Practitioner p) {
                practitioners.add(new Entry<>(p, path, url));
            } else if (r instanceof Condition c) {
                conditions.add(new Entry<>(c, path, url));
            } else if (r instanceof MedicationRequest m) {
                medications.add(new Entry<>(m, path, url));
            } else if (r instanceof Procedure p) {
                procedures.add(new Entry<>(p, path, url));
            } else if (r instanceof Observation o) {
                observations.add(new Entry<>(o, path, url));
            } else if (r instanceof SupplyDelivery s) {
                supplies.add(new Entry<>(s, path, url));
            } else if (r instanceof ClinicalImpression c) {
                notes.add(new Entry<>(c, path, url));
            } else if (r instanceof ServiceRequest s) {
                repeatCheck(referral, "ServiceRequest", path);
                referral = new Entry<>(s, path, url);
            } else if (r instanceof org.hl7.fhir.r4.model.Appointment a) {
                repeatCheck(appointment, "Appointment", path);
                appointment = new Entry<>(a, path, url);
            } else {
                throw new EmrException(FhirError.RESOURCE_UNEXPECTED, "Bundle.entry[" + i + "]");
            }
        }
    }

    private static void repeatCheck(Object seen, String type, String path) {
        if (seen != null) {
            throw new EmrException(FhirError.RESOURCE_REPEATED, path, type);
        }
    }

    private static void require(Object resource, String type) {
        if (resource == null) {
            throw new EmrException(FhirError.RESOURCE_MISSING, "Bundle.entry", type);
        }
    }

    private Facility facility() {
        String path = organizationPath;
        return Facility.builder()
                .code(identifier(organization.getIdentifier(), FACILITY_CODE, path + ".identifier"))
                .name(required(organization.getNameElement(), path + ".name"))
                .address(organization.hasAddress() ? organization.getAddressFirstRep().getText() : null)
                .build();
    }

    private Patient patient(String path) {
        org.hl7.fhir.r4.model.Patient p = patient;
        String fullName = p.hasName() ? text(p.getNameFirstRep().getTextElement()) : null;
        if (fullName == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".name[0].text");
        }
        if (!p.hasBirthDateElement() || p.getBirthDateElement().getValueAsString() == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".birthDate");
        }
        String birth = p.getBirthDateElement().getValueAsString();
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(birth);
        } catch (DateTimeParseException e) {
            throw new EmrException(FhirError.DATE_TIME, path + ".birthDate"); // no cause: its message quotes the input
        }
        // hasGender() is also true for a gender that has only an extension, whose value is null
        if (p.getGenderElement().getValue() == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".gender");
        }
        Sex sex = switch (p.getGender()) {
            case MALE -> Sex.MALE;
            case FEMALE -> Sex.FEMALE;
            case UNKNOWN -> Sex.UNDETERMINED;
            default -> throw new EmrException(FhirError.CODE_UNKNOWN, path + ".gender");
        };
        String phone = null;
        for (ContactPoint c : p.getTelecom()) {
            if (c.getSystem() == ContactPoint.ContactPointSystem.PHONE && phone == null) {
                phone = c.getValue();
            }
        }
        Extension nationality = extension(p.getExtension(), EXT_NATIONALITY, path);
        String nationalityCode = null;
        if (nationality != null) {
            Extension code = extension(nationality.getExtension(), "code",
                    path + ".extension[" + p.getExtension().indexOf(nationality) + "]");
            if (code == null || !(code.getValue() instanceof CodeableConcept cc)) {
                throw new EmrException(FhirError.ELEMENT_MISSING, path + ".extension.code");
            }
            nationalityCode = code(cc, NATIONALITY, path + ".extension.code");
        }
        Extension ethnicity = extension(p.getExtension(), EXT_ETHNICITY, path);
        return Patient.builder()
                .patientCode(optionalIdentifier(p.getIdentifier(), PATIENT_INTERNAL_ID))
                .citizenId(optionalIdentifier(p.getIdentifier(), NATIONAL_ID))
                .insuranceCardNumber(optionalIdentifier(p.getIdentifier(), INSURANCE_NUMBER))
                .fullName(fullName)
                .birthDate(birthDate)
                .sex(sex)
                .address(p.hasAddress() ? p.getAddressFirstRep().getText() : null)
                .phone(phone)
                .ethnicityCode(ethnicity == null ? null : concept(ethnicity, ETHNICITY, path + ".extension"))
                .nationalityCode(nationalityCode)
                .occupationCode(codingExtension(p, EXT_OCCUPATION, OCCUPATION, path))
                .residenceProvinceCode(stringExtension(p, EXT_RESIDENCE_PROVINCE, path))
                .residenceDistrictCode(stringExtension(p, EXT_RESIDENCE_DISTRICT, path))
                .residenceCommuneCode(stringExtension(p, EXT_RESIDENCE_COMMUNE, path))
                .build();
    }

    private vn.emr.core.model.Practitioner practitioner(Entry<Practitioner> e) {
        Practitioner p = e.resource();
        String fullName = p.hasName() ? text(p.getNameFirstRep().getTextElement()) : null;
        if (fullName == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, e.path() + ".name[0].text");
        }
        return vn.emr.core.model.Practitioner.builder()
                .licenseNumber(identifier(p.getIdentifier(), PRACTITIONER_LICENSE, e.path() + ".identifier"))
                .practitionerCode(optionalIdentifier(p.getIdentifier(), PRACTITIONER_CODE))
                .fullName(fullName)
                .title(p.hasQualification() ? p.getQualificationFirstRep().getCode().getText() : null)
                .departmentCode(stringExtension(p, EXT_DEPARTMENT, e.path()))
                .build();
    }

    private Encounter encounter() {
        org.hl7.fhir.r4.model.Encounter e = encounter;
        String path = encounterPath;
        if (!e.hasType()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".type");
        }
        String classCode = code(e.getTypeFirstRep(), ENCOUNTER_CLASS, path + ".type[0]");
        EncounterClass encounterClass = lookup(EncounterClass.values(), classCode, path + ".type[0]");
        Encounter.Builder out = Encounter.builder()
                .maLk(identifier(e.getIdentifier(), MA_LK, path + ".identifier"))
                .encounterClass(encounterClass)
                .admittedAt(FhirTimes.read(e.getPeriod().getStartElement(), path + ".period.start"))
                .departmentCode(stringExtension(e, EXT_DEPARTMENT, path))
                .reasonForVisit(e.hasReasonCode() ? e.getReasonCodeFirstRep().getText() : null)
                .attendingLicense(stringExtension(e, EXT_ATTENDING, path))
                .weightKg(extension(e.getExtension(), EXT_WEIGHT_KG, path) == null ? null
                        : decimalExtension(e, EXT_WEIGHT_KG, path));
        for (Entry<Condition> c : conditions) {
            out.addDiagnosis(diagnosis(c));
        }
        for (Entry<MedicationRequest> m : medications) {
            out.addMedication(medication(m));
        }
        for (Entry<Procedure> p : procedures) {
            out.addService(service(p));
        }
        for (Entry<Observation> o : observations) {
            out.addLabResult(labResult(o));
        }
        for (Entry<SupplyDelivery> s : supplies) {
            out.addSupply(supply(s));
        }
        for (Entry<ClinicalImpression> n : notes) {
            out.addNote(note(n));
        }
        if (referral != null) {
            out.referral(referral(referral));
        }
        if (appointment != null) {
            out.appointment(appointment(appointment));
        }
        if (e.getPeriod().hasEnd()) {
            out.discharge(discharge(e, path));
        }
        return out.build();
    }

    private static Discharge discharge(org.hl7.fhir.r4.model.Encounter e, String path) {
        org.hl7.fhir.r4.model.Encounter.EncounterHospitalizationComponent h = e.getHospitalization();
        String hPath = path + ".hospitalization";
        String type = code(h.getDischargeDisposition(), DISCHARGE_TYPE, hPath + ".dischargeDisposition");
        String result = codingExtension(h, EXT_TREATMENT_RESULT, TREATMENT_RESULT, hPath);
        if (result == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, hPath + ".extension");
        }
        return Discharge.builder()
                .dischargedAt(FhirTimes.read(e.getPeriod().getEndElement(), path + ".period.end"))
                .type(lookup(DischargeType.values(), type, hPath + ".dischargeDisposition"))
                .result(lookup(TreatmentResult.values(), result, hPath + ".extension"))
                .summary(stringExtension(h, EXT_DISCHARGE_SUMMARY, hPath))
                .instructions(stringExtension(h, EXT_DISCHARGE_INSTRUCTIONS, hPath))
                .build();
    }

    private Diagnosis diagnosis(Entry<Condition> e) {
        Condition c = e.resource();
        Integer rank = ranks.get(e.fullUrl());
        if (rank == null) {
            throw new EmrException(FhirError.REFERENCE_UNRESOLVED, encounterPath + ".diagnosis");
        }
        return Diagnosis.builder()
                .code(code(c.getCode(), ICD10, e.path() + ".code"))
                .role(rank == 1 ? DiagnosisRole.MAIN : DiagnosisRole.SECONDARY)
                .description(c.getCode().getText())
                .recordedAt(c.hasRecordedDateElement() ? FhirTimes.read(c.getRecordedDateElement(), e.path()
                        + ".recordedDate") : null)
                .build();
    }

    private MedicationLine medication(Entry<MedicationRequest> e) {
        MedicationRequest m = e.resource();
        String path = e.path();
        if (!(m.getMedication() instanceof CodeableConcept drug)) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".medicationCodeableConcept");
        }
        org.hl7.fhir.r4.model.Quantity quantity = m.getDispenseRequest().getQuantity();
        if (quantity.getValueElement().getValue() == null) { // hasValue() is true for an extension without a value
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".dispenseRequest.quantity.value");
        }
        org.hl7.fhir.r4.model.Dosage dosage = m.hasDosageInstruction() ? m.getDosageInstructionFirstRep() : null;
        return MedicationLine.builder()
                .lineId(identifier(m.getIdentifier(), LINE_ID, path + ".identifier"))
                .drugCode(code(drug, DRUG_CODE, path + ".medicationCodeableConcept"))
                .drugName(requiredText(drug, path + ".medicationCodeableConcept.text"))
                .strength(stringExtension(drug, EXT_STRENGTH, path + ".medicationCodeableConcept"))
                .registrationNumber(stringExtension(drug, EXT_REGISTRATION, path + ".medicationCodeableConcept"))
                .unit(required(quantity.getUnitElement(), path + ".dispenseRequest.quantity.unit"))
                .routeCode(dosage != null && dosage.hasRoute() ? code(dosage.getRoute(), ROUTE_CODE, path
                        + ".dosageInstruction[0].route") : null)
                .dosage(dosage != null ? dosage.getText() : null)
                .quantity(quantity.getValue())
                .unitPrice(decimalExtension(m, EXT_UNIT_PRICE, path))
                .orderedAt(FhirTimes.read(m.getAuthoredOnElement(), path + ".authoredOn"))
                .prescriberLicense(m.hasRequester() ? license(m.getRequester(), path + ".requester") : null)
                .build();
    }

    private ServiceLine service(Entry<Procedure> e) {
        Procedure p = e.resource();
        String path = e.path();
        return ServiceLine.builder()
                .lineId(identifier(p.getIdentifier(), LINE_ID, path + ".identifier"))
                .serviceCode(code(p.getCode(), SERVICE_CODE, path + ".code"))
                .serviceName(requiredText(p.getCode(), path + ".code.text"))
                .quantity(decimalExtension(p, EXT_QUANTITY, path))
                .unitPrice(decimalExtension(p, EXT_UNIT_PRICE, path))
                .orderedAt(FhirTimes.read(dateTimeExtension(p, EXT_ORDERED_AT, path), path + ".extension"))
                .performedAt(p.hasPerformedDateTimeType() ? FhirTimes.read(p.getPerformedDateTimeType(), path
                        + ".performedDateTime") : null)
                .resultAt(extension(p.getExtension(), EXT_RESULT_AT, path) != null
                        ? FhirTimes.read(dateTimeExtension(p, EXT_RESULT_AT, path), path + ".extension") : null)
                .departmentCode(stringExtension(p, EXT_DEPARTMENT, path))
                .unit(stringExtension(p, EXT_UNIT, path))
                .performerLicense(p.hasPerformer() ? license(p.getPerformerFirstRep().getActor(), path
                        + ".performer[0].actor") : null)
                .build();
    }

    private LabResult labResult(Entry<Observation> e) {
        Observation o = e.resource();
        String path = e.path();
        if (!(o.getValue() instanceof StringType value) || !value.hasValue()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".valueString");
        }
        if (!(o.getEffective() instanceof DateTimeType effective)) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".effectiveDateTime");
        }
        String interpretation = o.hasInterpretation()
                ? code(o.getInterpretationFirstRep(), ToFhir.INTERPRETATION, path + ".interpretation[0]") : null;
        if (interpretation == null || !(interpretation.equals("A") || interpretation.equals("N"))) {
            throw new EmrException(FhirError.CODE_UNKNOWN, path + ".interpretation[0]");
        }
        return LabResult.builder()
                .lineId(identifier(o.getIdentifier(), LINE_ID, path + ".identifier"))
                .serviceCode(code(o.getCode(), SERVICE_CODE, path + ".code"))
                .indicatorCode(optionalCode(o.getCode(), INDICATOR_CODE))
                .indicatorName(requiredText(o.getCode(), path + ".code.text"))
                .value(value.getValue())
                .unit(stringExtension(o, EXT_RESULT_UNIT, path))
                .referenceRange(o.hasReferenceRange() ? o.getReferenceRangeFirstRep().getText() : null)
                .abnormal(interpretation.equals("A"))
                .orderedAt(extension(o.getExtension(), EXT_ORDERED_AT, path) != null
                        ? FhirTimes.read(dateTimeExtension(o, EXT_ORDERED_AT, path), path + ".extension") : null)
                .resultAt(FhirTimes.read(effective, path + ".effectiveDateTime"))
                .performerLicense(o.hasPerformer() ? license(o.getPerformerFirstRep(), path + ".performer[0]") : null)
                .build();
    }

    private static SupplyLine supply(Entry<SupplyDelivery> e) {
        SupplyDelivery s = e.resource();
        String path = e.path();
        SupplyDelivery.SupplyDeliverySuppliedItemComponent item = s.getSuppliedItem();
        if (!(item.getItem() instanceof CodeableConcept code)) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".suppliedItem.itemCodeableConcept");
        }
        org.hl7.fhir.r4.model.Quantity quantity = item.getQuantity();
        if (quantity.getValueElement().getValue() == null) { // hasValue() is true for an extension without a value
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".suppliedItem.quantity.value");
        }
        if (!(s.getOccurrence() instanceof DateTimeType usedAt)) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".occurrenceDateTime");
        }
        return SupplyLine.builder()
                .lineId(identifier(s.getIdentifier(), LINE_ID, path + ".identifier"))
                .supplyCode(code(code, SUPPLY_CODE, path + ".suppliedItem.itemCodeableConcept"))
                .supplyName(requiredText(code, path + ".suppliedItem.itemCodeableConcept.text"))
                .unit(required(quantity.getUnitElement(), path + ".suppliedItem.quantity.unit"))
                .quantity(quantity.getValue())
                .unitPrice(decimalExtension(s, EXT_UNIT_PRICE, path))
                .usedAt(FhirTimes.read(usedAt, path + ".occurrenceDateTime"))
                .build();
    }

    private static ProgressNote note(Entry<ClinicalImpression> e) {
        ClinicalImpression c = e.resource();
        String path = e.path();
        if (!(c.getEffective() instanceof DateTimeType recordedAt)) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".effectiveDateTime");
        }
        if (!c.hasAssessor()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".assessor");
        }
        return ProgressNote.builder()
                .noteId(identifier(c.getIdentifier(), NOTE_ID, path + ".identifier"))
                .recordedAt(FhirTimes.read(recordedAt, path + ".effectiveDateTime"))
                .authorLicense(license(c.getAssessor(), path + ".assessor"))
                .text(required(c.getSummaryElement(), path + ".summary"))
                .departmentCode(stringExtension(c, EXT_DEPARTMENT, path))
                .build();
    }

    private static Referral referral(Entry<ServiceRequest> e) {
        ServiceRequest s = e.resource();
        String path = e.path();
        if (!s.hasPerformer()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".performer");
        }
        String reason = s.hasReasonCode() ? text(s.getReasonCodeFirstRep().getTextElement()) : null;
        if (reason == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".reasonCode[0].text");
        }
        return Referral.builder()
                .toFacilityCode(identifier(s.getPerformerFirstRep().getIdentifier(), FACILITY_CODE,
                        path + ".performer[0].identifier"))
                .referredAt(FhirTimes.read(s.getAuthoredOnElement(), path + ".authoredOn"))
                .reason(reason)
                .referralNumber(optionalIdentifier(s.getIdentifier(), REFERRAL_NUMBER))
                .clinicalSummary(s.hasNote() ? required(s.getNoteFirstRep().getTextElement(), path + ".note[0].text")
                        : null)
                .build();
    }

    private static Appointment appointment(Entry<org.hl7.fhir.r4.model.Appointment> e) {
        org.hl7.fhir.r4.model.Appointment a = e.resource();
        String path = e.path() + ".requestedPeriod[0].start";
        if (!a.hasRequestedPeriod() || !a.getRequestedPeriodFirstRep().hasStartElement()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path);
        }
        String start = a.getRequestedPeriodFirstRep().getStartElement().getValueAsString();
        LocalDate date;
        try {
            // the model holds a day: a value with a time (longer than yyyy-MM-dd) is not one
            date = LocalDate.parse(start == null ? "" : start);
        } catch (DateTimeParseException ex) {
            throw new EmrException(FhirError.DATE_TIME, path); // no cause: its message quotes the input
        }
        return Appointment.builder()
                .date(date)
                .reason(a.hasReasonCode() ? a.getReasonCodeFirstRep().getText() : null)
                .departmentCode(stringExtension(a, EXT_DEPARTMENT, e.path()))
                .build();
    }

    private SignedDocument signed() {
        String path = documentPath + ".content[0].attachment";
        Attachment a = document.getContentFirstRep().getAttachment();
        // hasData(), hasSize() and the like are also true for an element with only an extension, whose value is null
        byte[] data = a.getDataElement().getValue();
        if (data == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".data");
        }
        String contentType = text(a.getContentTypeElement());
        if (contentType == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".contentType");
        }
        byte[] hash = a.getHashElement().getValue();
        if (hash == null && a.hasHash()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".hash");
        }
        if (hash != null && !Arrays.equals(hash, ToFhir.sha1(data))) {
            throw new EmrException(FhirError.ATTACHMENT_MISMATCH, path + ".hash");
        }
        Integer size = a.getSizeElement().getValue();
        if (size == null && a.hasSize()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".size");
        }
        if (size != null && size != data.length) {
            throw new EmrException(FhirError.ATTACHMENT_MISMATCH, path + ".size");
        }
        return new SignedDocument(data, contentType);
    }

    private static String license(Reference ref, String path) {
        Identifier id = ref.getIdentifier();
        String value = text(id.getValueElement());
        if (!PRACTITIONER_LICENSE.equals(id.getSystem()) || value == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".identifier");
        }
        return value;
    }

    private static <E extends Enum<E> & OfficialCode> E lookup(E[] values, String code, String path) {
        for (E v : values) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        throw new EmrException(FhirError.CODE_UNKNOWN, path);
    }

    private static String identifier(List<Identifier> ids, String system, String path) {
        String value = optionalIdentifier(ids, system);
        if (value == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path);
        }
        return value;
    }

    private static String identifier(Identifier id, String system, String path) {
        return identifier(List.of(id), system, path);
    }

    private static String optionalIdentifier(List<Identifier> ids, String system) {
        for (Identifier id : ids) {
            if (system.equals(id.getSystem()) && id.hasValue() && id.getValue() != null) {
                return id.getValue();
            }
        }
        return null;
    }

    private static String code(CodeableConcept concept, String system, String path) {
        String value = optionalCode(concept, system);
        if (value == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".coding");
        }
        return value;
    }

    private static String optionalCode(CodeableConcept concept, String system) {
        for (Coding c : concept.getCoding()) {
            if (system.equals(c.getSystem()) && c.hasCode() && c.getCode() != null) {
                return c.getCode();
            }
        }
        return null;
    }

    private static String requiredText(CodeableConcept concept, String path) {
        String text = text(concept.getTextElement());
        if (text == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path);
        }
        return text;
    }

    private static String required(org.hl7.fhir.r4.model.PrimitiveType<?> value, String path) {
        if (value == null || !value.hasValue()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path);
        }
        return value.getValueAsString();
    }

    private static String concept(Extension ext, String system, String path) {
        if (!(ext.getValue() instanceof CodeableConcept cc)) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".valueCodeableConcept");
        }
        return code(cc, system, path + ".valueCodeableConcept");
    }

    private static String codingExtension(Base holder, String url, String system, String path) {
        Extension ext = extension(extensions(holder), url, path);
        if (ext == null) {
            return null;
        }
        if (!(ext.getValue() instanceof Coding c) || !system.equals(c.getSystem())
                || c.getCodeElement().getValue() == null) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".extension.valueCoding");
        }
        return c.getCode();
    }

    private static String stringExtension(Base holder, String url, String path) {
        Extension ext = extension(extensions(holder), url, path);
        if (ext == null) {
            return null;
        }
        if (!(ext.getValue() instanceof StringType s) || !s.hasValue()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".extension.valueString");
        }
        return s.getValue();
    }

    private static DateTimeType dateTimeExtension(org.hl7.fhir.r4.model.DomainResource holder, String url, String path) {
        Extension ext = extension(holder.getExtension(), url, path);
        return ext != null && ext.getValue() instanceof DateTimeType t ? t : null;
    }

    private static BigDecimal decimalExtension(org.hl7.fhir.r4.model.DomainResource holder, String url, String path) {
        Extension ext = extension(holder.getExtension(), url, path);
        if (ext == null || !(ext.getValue() instanceof DecimalType d) || !d.hasValue()) {
            throw new EmrException(FhirError.ELEMENT_MISSING, path + ".extension");
        }
        return d.getValue();
    }

    /** The extensions of an element or of a resource. */
    private static List<Extension> extensions(Base holder) {
        return holder instanceof Element el ? el.getExtension()
                : ((org.hl7.fhir.r4.model.DomainResource) holder).getExtension();
    }

    /**
     * The one extension with this URL, or null when there is none. The record has each of these parts once, so two
     * extensions with the same URL are refused ({@code ELEMENT_REPEATED} at the second), not read as one of them:
     * HAPI's {@code getExtensionByUrl} throws an uncoded IllegalArgumentException for them.
     */
    private static Extension extension(List<Extension> all, String url, String path) {
        Extension found = null;
        for (int i = 0; i < all.size(); i++) {
            if (url.equals(all.get(i).getUrl())) {
                if (found != null) {
                    throw new EmrException(FhirError.ELEMENT_REPEATED, path + ".extension[" + i + "]");
                }
                found = all.get(i);
            }
        }
        return found;
    }

    /** The value of a string-like primitive, or null when it is absent, blank, or has only an extension. */
    private static String text(org.hl7.fhir.r4.model.PrimitiveType<String> value) {
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
