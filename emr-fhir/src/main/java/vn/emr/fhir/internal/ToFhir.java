package vn.emr.fhir.internal;

import static vn.emr.fhir.FhirSystems.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.SupplyDelivery;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.Facility;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.fhir.SignedDocument;

/**
 * Writes a medical record as a FHIR R4 document Bundle: a Composition first, then the Patient, the Organization, the
 * Practitioners, the Encounter, its Conditions, MedicationRequests, Procedures, Observations, SupplyDeliveries (supplies),
 * ClinicalImpressions (progress notes), the ServiceRequest (referral), the Appointment and the optional
 * DocumentReference. Entry URLs are {@code urn:uuid:} values derived from the record id, so the same record gives the
 * same Bundle.
 */
public final class ToFhir {

    static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    /** SNOMED CT 3457005, Patient referral (procedure): the referral's ServiceRequest.category. */
    static final String SNOMED_REFERRAL = "3457005";

    private final MedicalRecord record;
    private final Bundle bundle = new Bundle();
    private final Composition composition = new Composition();
    private Reference patientRef;
    private Reference encounterRef;

    private ToFhir(MedicalRecord record) {
        this.record = record;
    }

    /** The document Bundle of the record, with the signed document when given (may be null). */
    public static Bundle bundle(MedicalRecord record, SignedDocument signed) {
        return new ToFhir(record).build(signed);
    }

    private Bundle build(SignedDocument signed) {
        Encounter e = record.encounter();
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setIdentifier(new Identifier().setSystem(RECORD_ID).setValue(record.recordId()));
        bundle.setTimestampElement(new org.hl7.fhir.r4.model.InstantType(
                Date.from(record.createdAt().atOffset(FhirTimes.VIETNAM).toInstant())));
        add("composition", composition);

        patientRef = add("patient", patient(record.patient()));
        Reference orgRef = add("organization", organization(record.facility()));
        List<Reference> practitionerRefs = new ArrayList<>();
        int i = 0;
        for (vn.emr.core.model.Practitioner p : record.practitioners()) {
            practitionerRefs.add(add("practitioner/" + i++, practitioner(p)));
        }
        org.hl7.fhir.r4.model.Encounter encounter = encounter(e, orgRef);
        encounterRef = add("encounter", encounter);

        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setIdentifier(new Identifier().setSystem(RECORD_ID).setValue(record.recordId()));
        composition.setType(new CodeableConcept(new Coding(FORM_CODE, record.formCode(), null)));
        composition.setDateElement(FhirTimes.write(record.createdAt()));
        composition.setTitle("Hồ sơ bệnh án " + record.formCode());
        composition.setSubject(patientRef);
        composition.setEncounter(encounterRef);
        composition.setCustodian(orgRef);
        if (practitionerRefs.isEmpty()) {
            composition.addAuthor(orgRef);
        } else {
            practitionerRefs.forEach(composition::addAuthor);
        }

        Composition.SectionComponent diagnoses = section("Chẩn đoán / Diagnoses");
        i = 0;
        for (Diagnosis d : e.diagnoses()) {
            Reference ref = add("condition/" + i, condition(d));
            diagnoses.addEntry(ref);
            encounter.addDiagnosis().setCondition(ref).setRank(d.role() == DiagnosisRole.MAIN ? 1 : 2 + i);
            i++;
        }
        Composition.SectionComponent medications = section("Thuốc / Medications");
        i = 0;
        for (MedicationLine m : e.medications()) {
            medications.addEntry(add("medication/" + i++, medication(m, e)));
        }
        Composition.SectionComponent services = section("Dịch vụ kỹ thuật / Services");
        i = 0;
        for (ServiceLine s : e.services()) {
            services.addEntry(add("service/" + i++, procedure(s)));
        }
        Composition.SectionComponent results = section("Kết quả cận lâm sàng / Results");
        i = 0;
        for (LabResult r : e.labResults()) {
            results.addEntry(add("result/" + i++, observation(r)));
        }
        Composition.SectionComponent supplies = section("Vật tư y tế / Supplies");
        i = 0;
        for (SupplyLine s : e.supplies()) {
            supplies.addEntry(add("supply/" + i++, supplyDelivery(s)));
        }
        Composition.SectionComponent notes = section("Diễn biến lâm sàng / Progress notes");
        i = 0;
        for (ProgressNote n : e.notes()) {
            notes.addEntry(add("note/" + i++, clinicalImpression(n)));
        }
        e.referral().ifPresent(r -> section("Chuyển tuyến / Referral").addEntry(add("referral", serviceRequest(r))));
        e.appointment().ifPresent(a -> section("Hẹn khám lại / Follow-up appointment")
                .addEntry(add("appointment", appointment(a))));
        if (signed != null) {
            section("Tài liệu đã ký / Signed document").addEntry(add("signed", documentReference(signed, orgRef)));
        }
        composition.getSection().removeIf(s -> s.getEntry().isEmpty());
        return bundle;
    }

    private Composition.SectionComponent section(String title) {
        return composition.addSection().setTitle(title);
    }

    private Reference add(String key, Resource resource) {
        String url = "urn:uuid:" + UUID.nameUUIDFromBytes((record.recordId() + "/" + key)
                .getBytes(StandardCharsets.UTF_8));
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return new Reference(url);
    }

    private org.hl7.fhir.r4.model.Patient patient(Patient p) {
        org.hl7.fhir.r4.model.Patient out = new org.hl7.fhir.r4.model.Patient();
        p.ethnicityCode().ifPresent(c -> out.addExtension(EXT_ETHNICITY, new CodeableConcept(new Coding(ETHNICITY, c, null))));
        p.nationalityCode().ifPresent(c -> out.addExtension().setUrl(EXT_NATIONALITY)
                .addExtension("code", new CodeableConcept(new Coding(NATIONALITY, c, null))));
        p.occupationCode().ifPresent(c -> out.addExtension(EXT_OCCUPATION, new Coding(OCCUPATION, c, null)));
        p.residenceProvinceCode().ifPresent(v -> out.addExtension(EXT_RESIDENCE_PROVINCE, new StringType(v)));
        p.residenceDistrictCode().ifPresent(v -> out.addExtension(EXT_RESIDENCE_DISTRICT, new StringType(v)));
        p.residenceCommuneCode().ifPresent(v -> out.addExtension(EXT_RESIDENCE_COMMUNE, new StringType(v)));
        p.citizenId().ifPresent(v -> out.addIdentifier().setSystem(NATIONAL_ID).setValue(v));
        p.insuranceCardNumber().ifPresent(v -> out.addIdentifier().setSystem(INSURANCE_NUMBER).setValue(v));
        p.patientCode().ifPresent(v -> out.addIdentifier().setSystem(PATIENT_INTERNAL_ID).setValue(v));
        out.setActive(true);
        out.addName(name(p.fullName()));
        out.setGender(switch (p.sex()) {
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            case UNDETERMINED -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        out.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(p.birthDate().toString()));
        p.phone().ifPresent(v -> out.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(v));
        p.address().ifPresent(v -> out.addAddress().setText(v));
        return out;
    }

    /** The full name as text, split as VN Core's example splits it: the first word is the family name. */
    static HumanName name(String fullName) {
        HumanName name = new HumanName().setText(fullName);
        String[] words = fullName.trim().split("\\s+");
        if (words.length > 1) {
            name.setFamily(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.addGiven(words[i]);
            }
        }
        return name;
    }

    private static Organization organization(Facility f) {
        Organization out = new Organization();
        out.addIdentifier().setSystem(FACILITY_CODE).setValue(f.code());
        out.setActive(true);
        out.setName(f.name());
        f.address().ifPresent(v -> out.addAddress().setText(v));
        return out;
    }

    private static Practitioner practitioner(vn.emr.core.model.Practitioner p) {
        Practitioner out = new Practitioner();
        out.addIdentifier().setSystem(PRACTITIONER_LICENSE).setValue(p.licenseNumber());
        p.practitionerCode().ifPresent(v -> out.addIdentifier().setSystem(PRACTITIONER_CODE).setValue(v));
        p.departmentCode().ifPresent(v -> out.addExtension(EXT_DEPARTMENT, new StringType(v)));
        out.addName(new HumanName().setText(p.fullName()));
        p.title().ifPresent(v -> out.addQualification().setCode(new CodeableConcept().setText(v)));
        return out;
    }

    private org.hl7.fhir.r4.model.Encounter encounter(Encounter e, Reference orgRef) {
        org.hl7.fhir.r4.model.Encounter out = new org.hl7.fhir.r4.model.Encounter();
        out.addIdentifier().setSystem(MA_LK).setValue(e.maLk());
        out.setStatus(e.discharge().isPresent() ? org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED
                : org.hl7.fhir.r4.model.Encounter.EncounterStatus.INPROGRESS);
        out.setClass_(e.encounterClass().isInpatient() ? new Coding(V3_ACT_CODE, "IMP", "inpatient encounter")
                : new Coding(V3_ACT_CODE, "AMB", "ambulatory"));
        out.addType(new CodeableConcept(new Coding(ENCOUNTER_CLASS, e.encounterClass().code(), null)));
        out.setSubject(patientRef);
        out.getPeriod().setStartElement(FhirTimes.write(e.admittedAt()));
        e.departmentCode().ifPresent(v -> out.addExtension(EXT_DEPARTMENT, new StringType(v)));
        e.reasonForVisit().ifPresent(v -> out.addReasonCode().setText(v));
        e.attendingLicense().ifPresent(v -> out.addExtension(EXT_ATTENDING, new StringType(v)));
        e.weightKg().ifPresent(v -> out.addExtension(EXT_WEIGHT_KG, decimal(v)));
        out.setServiceProvider(orgRef);
        if (e.discharge().isPresent()) {
            Discharge d = e.discharge().get();
            out.getPeriod().setEndElement(FhirTimes.write(d.dischargedAt()));
            org.hl7.fhir.r4.model.Encounter.EncounterHospitalizationComponent h = out.getHospitalization();
            h.setDischargeDisposition(new CodeableConcept(new Coding(DISCHARGE_TYPE, d.type().code(), null)));
            h.addExtension(EXT_TREATMENT_RESULT, new Coding(TREATMENT_RESULT, d.result().code(), null));
            d.summary().ifPresent(v -> h.addExtension(EXT_DISCHARGE_SUMMARY, new StringType(v)));
            d.instructions().ifPresent(v -> h.addExtension(EXT_DISCHARGE_INSTRUCTIONS, new StringType(v)));
        }
        return out;
    }

    private Condition condition(Diagnosis d) {
        Condition out = new Condition();
        out.addCategory(new CodeableConcept(new Coding(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis")));
        CodeableConcept code = new CodeableConcept(new Coding(ICD10, d.code(), null));
        d.description().ifPresent(code::setText);
        out.setCode(code);
        out.setSubject(patientRef);
        out.setEncounter(encounterRef);
        d.recordedAt().ifPresent(t -> out.setRecordedDateElement(FhirTimes.write(t)));
        return out;
    }

    private MedicationRequest medication(MedicationLine m, Encounter e) {
        MedicationRequest out = new MedicationRequest();
        out.addIdentifier().setSystem(LINE_ID).setValue(m.lineId());
        out.setStatus(e.discharge().isPresent() ? MedicationRequest.MedicationRequestStatus.COMPLETED
                : MedicationRequest.MedicationRequestStatus.ACTIVE);
        out.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        CodeableConcept drug = new CodeableConcept(new Coding(DRUG_CODE, m.drugCode(), null)).setText(m.drugName());
        m.strength().ifPresent(v -> drug.addExtension(EXT_STRENGTH, new StringType(v)));
        m.registrationNumber().ifPresent(v -> drug.addExtension(EXT_REGISTRATION, new StringType(v)));
        out.setMedication(drug);
        out.setSubject(patientRef);
        out.setEncounter(encounterRef);
        out.setAuthoredOnElement(FhirTimes.write(m.orderedAt()));
        m.prescriberLicense().ifPresent(v -> out.setRequester(byLicense(v)));
        if (m.dosage().isPresent() || m.routeCode().isPresent()) {
            org.hl7.fhir.r4.model.Dosage dosage = out.addDosageInstruction();
            m.dosage().ifPresent(dosage::setText);
            m.routeCode().ifPresent(v -> dosage.setRoute(new CodeableConcept(new Coding(ROUTE_CODE, v, null))));
        }
        out.getDispenseRequest().setQuantity(new Quantity().setValue(m.quantity()).setUnit(m.unit()));
        out.addExtension(EXT_UNIT_PRICE, decimal(m.unitPrice()));
        return out;
    }

    private Procedure procedure(ServiceLine s) {
        Procedure out = new Procedure();
        out.addIdentifier().setSystem(LINE_ID).setValue(s.lineId());
        out.setStatus(s.performedAt().isPresent() ? Procedure.ProcedureStatus.COMPLETED
                : Procedure.ProcedureStatus.PREPARATION);
        out.setCode(new CodeableConcept(new Coding(SERVICE_CODE, s.serviceCode(), null)).setText(s.serviceName()));
        out.setSubject(patientRef);
        out.setEncounter(encounterRef);
        s.performedAt().ifPresent(t -> out.setPerformed(FhirTimes.write(t)));
        s.performerLicense().ifPresent(v -> out.addPerformer().setActor(byLicense(v)));
        out.addExtension(EXT_QUANTITY, decimal(s.quantity()));
        out.addExtension(EXT_UNIT_PRICE, decimal(s.unitPrice()));
        out.addExtension(EXT_ORDERED_AT, FhirTimes.write(s.orderedAt()));
        s.resultAt().ifPresent(t -> out.addExtension(EXT_RESULT_AT, FhirTimes.write(t)));
        s.departmentCode().ifPresent(v -> out.addExtension(EXT_DEPARTMENT, new StringType(v)));
        s.unit().ifPresent(v -> out.addExtension(EXT_UNIT, new StringType(v)));
        return out;
    }

    private Observation observation(LabResult r) {
        Observation out = new Observation();
        out.addIdentifier().setSystem(LINE_ID).setValue(r.lineId());
        out.setStatus(Observation.ObservationStatus.FINAL);
        out.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "laboratory", "Laboratory")));
        CodeableConcept code = new CodeableConcept(new Coding(SERVICE_CODE, r.serviceCode(), null));
        r.indicatorCode().ifPresent(v -> code.addCoding(new Coding(INDICATOR_CODE, v, null)));
        code.setText(r.indicatorName());
        out.setCode(code);
        out.setSubject(patientRef);
        out.setEncounter(encounterRef);
        out.setEffective(FhirTimes.write(r.resultAt()));
        r.orderedAt().ifPresent(t -> out.addExtension(EXT_ORDERED_AT, FhirTimes.write(t)));
        r.performerLicense().ifPresent(v -> out.addPerformer(byLicense(v)));
        out.setValue(new StringType(r.value()));
        r.unit().ifPresent(v -> out.addExtension(EXT_RESULT_UNIT, new StringType(v)));
        out.addInterpretation(new CodeableConcept(new Coding(INTERPRETATION, r.abnormal() ? "A" : "N", null)));
        r.referenceRange().ifPresent(v -> out.addReferenceRange().setText(v));
        return out;
    }

    private SupplyDelivery supplyDelivery(SupplyLine s) {
        SupplyDelivery out = new SupplyDelivery();
        out.addIdentifier().setSystem(LINE_ID).setValue(s.lineId());
        out.setStatus(SupplyDelivery.SupplyDeliveryStatus.COMPLETED);
        out.setPatient(patientRef);
        SupplyDelivery.SupplyDeliverySuppliedItemComponent item = out.getSuppliedItem();
        item.setQuantity(new Quantity().setValue(s.quantity()).setUnit(s.unit()));
        item.setItem(new CodeableConcept(new Coding(SUPPLY_CODE, s.supplyCode(), null)).setText(s.supplyName()));
        out.setOccurrence(FhirTimes.write(s.usedAt()));
        out.addExtension(EXT_UNIT_PRICE, decimal(s.unitPrice()));
        return out;
    }

    private ClinicalImpression clinicalImpression(ProgressNote n) {
        ClinicalImpression out = new ClinicalImpression();
        out.addIdentifier().setSystem(NOTE_ID).setValue(n.noteId());
        out.setStatus(ClinicalImpression.ClinicalImpressionStatus.COMPLETED);
        out.setSubject(patientRef);
        out.setEncounter(encounterRef);
        out.setEffective(FhirTimes.write(n.recordedAt()));
        out.setAssessor(byLicense(n.authorLicense()));
        out.setSummary(n.text());
        n.departmentCode().ifPresent(v -> out.addExtension(EXT_DEPARTMENT, new StringType(v)));
        return out;
    }

    private ServiceRequest serviceRequest(Referral r) {
        ServiceRequest out = new ServiceRequest();
        r.referralNumber().ifPresent(v -> out.addIdentifier().setSystem(REFERRAL_NUMBER).setValue(v));
        out.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        out.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        out.addCategory(new CodeableConcept(new Coding(SNOMED, SNOMED_REFERRAL, "Patient referral")));
        out.setSubject(patientRef);
        out.setEncounter(encounterRef);
        out.setAuthoredOnElement(FhirTimes.write(r.referredAt()));
        out.addPerformer(new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(FACILITY_CODE).setValue(r.toFacilityCode())));
        out.addReasonCode().setText(r.reason());
        r.clinicalSummary().ifPresent(v -> out.addNote(new Annotation().setText(v)));
        return out;
    }

    private org.hl7.fhir.r4.model.Appointment appointment(Appointment a) {
        org.hl7.fhir.r4.model.Appointment out = new org.hl7.fhir.r4.model.Appointment();
        // a date without a time: start/end are instants, so the day goes in requestedPeriod, which app-3 allows
        // only for a proposed appointment
        out.setStatus(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.PROPOSED);
        a.reason().ifPresent(v -> out.addReasonCode().setText(v));
        a.departmentCode().ifPresent(v -> out.addExtension(EXT_DEPARTMENT, new StringType(v)));
        org.hl7.fhir.r4.model.Period day = out.addRequestedPeriod();
        day.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(a.date().toString()));
        day.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(a.date().toString()));
        out.addParticipant().setActor(patientRef)
                .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.NEEDSACTION);
        return out;
    }

    private DomainResource documentReference(SignedDocument signed, Reference orgRef) {
        DocumentReference out = new DocumentReference();
        out.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        out.setType(new CodeableConcept(new Coding(FORM_CODE, record.formCode(), null)));
        out.setSubject(patientRef);
        out.setCustodian(orgRef);
        out.getContext().addEncounter(encounterRef);
        byte[] content = signed.content();
        Attachment a = out.addContent().getAttachment();
        a.setContentType(signed.contentType());
        a.setData(content);
        a.setSize(content.length);
        a.setHash(sha1(content));
        a.setCreationElement(FhirTimes.write(record.createdAt()));
        return out;
    }

    static byte[] sha1(byte[] content) {
        try {
            // Attachment.hash is defined as the SHA-1 of the data (FHIR R4, datatypes); not a security check here
            return MessageDigest.getInstance("SHA-1").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }

    private static Reference byLicense(String license) {
        return new Reference().setIdentifier(new Identifier().setSystem(PRACTITIONER_LICENSE).setValue(license));
    }

    private static DecimalType decimal(BigDecimal value) {
        return new DecimalType(value);
    }
}
