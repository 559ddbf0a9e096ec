package vn.emr.fhir.internal;

import static vn.emr.fhir.FhirSystems.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
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
import vn.emr.core.model.Practitioner;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.fhir.SignedDocument;

/**
 * Writes the JSON of the document Bundle {@link ToFhir} builds straight from the model (through {@link FastFhirJson},
 * which writes and escapes as Jackson's generator inside HAPI's encoder does), byte for byte what HAPI's JSON encoder gives for that Bundle (held by {@code FastFhirDifferentialTest}),
 * without building HAPI's structures. HAPI's encoder stays the reference: for a value this writer cannot write exactly
 * as HAPI would (a blank text, which HAPI leaves out; an unpaired surrogate, which HAPI turns into {@code ?}; a decimal
 * in exponent form; a year outside 1900-9999; a JVM time zone whose offset has seconds), {@link #write} answers
 * {@code null} and the caller uses the HAPI path.
 *
 * <p>One method per resource kind, in the order {@link ToFhir} adds the entries; within a resource the members come in
 * the order of the FHIR R4 element definitions, which is the order HAPI's encoder writes them in.
 */
public final class FastFhirWriter {

    private static final String[] TWO_DIGITS = new String[100];

    static {
        for (int i = 0; i < 100; i++) {
            TWO_DIGITS[i] = (i < 10 ? "0" : "") + i;
        }
    }

    /** Raised (without a stack trace) for a value this writer does not write; {@link #write} answers null. */
    private static final class NotCanonical extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCanonical() {
            super(null, null, false, false);
        }
    }

    private static final NotCanonical NOT_CANONICAL = new NotCanonical();

    /** Cloned for each Bundle: {@code MessageDigest.getInstance} looks the provider up each time (measured costly). */
    private static final MessageDigest MD5 = md5();

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }

    // constant fragments, ASCII only, written raw (as HAPI's encoder writes them): they need no escaping
    private static final String CONDITION_CATEGORY_JSON = "[{\"coding\":[{\"system\":\"" + ToFhir.CONDITION_CATEGORY
            + "\",\"code\":\"encounter-diagnosis\",\"display\":\"Encounter Diagnosis\"}]}]";
    private static final String OBSERVATION_CATEGORY_JSON = "[{\"coding\":[{\"system\":\""
            + ToFhir.OBSERVATION_CATEGORY + "\",\"code\":\"laboratory\",\"display\":\"Laboratory\"}]}]";
    private static final String REFERRAL_CATEGORY_JSON = "[{\"coding\":[{\"system\":\"" + SNOMED + "\",\"code\":\""
            + ToFhir.SNOMED_REFERRAL + "\",\"display\":\"Patient referral\"}]}]";
    private static final String ABNORMAL_JSON = interpretation("A");
    private static final String NORMAL_JSON = interpretation("N");
    private static final String INPATIENT_JSON = "{\"system\":\"" + ToFhir.V3_ACT_CODE
            + "\",\"code\":\"IMP\",\"display\":\"inpatient encounter\"}";
    private static final String AMBULATORY_JSON = "{\"system\":\"" + ToFhir.V3_ACT_CODE
            + "\",\"code\":\"AMB\",\"display\":\"ambulatory\"}";

    private static String interpretation(String code) {
        return "[{\"coding\":[{\"system\":\"" + ToFhir.INTERPRETATION + "\",\"code\":\"" + code + "\"}]}]";
    }

    private final MedicalRecord record;
    private final FastFhirJson g;
    private final MessageDigest md5;
    private final byte[] prefix;
    private final StringBuilder chars = new StringBuilder(32);
    private String patientRef;
    private String encounterRef;
    private String orgRef;
    private String patientRefJson;
    private String encounterRefJson;
    private String orgRefJson;

    private FastFhirWriter(MedicalRecord record, FastFhirJson g) {
        this.record = record;
        this.g = g;
        MessageDigest digest;
        try {
            digest = (MessageDigest) MD5.clone();
        } catch (CloneNotSupportedException e) {
            digest = md5();
        }
        this.md5 = digest;
        this.prefix = (record.recordId() + "/").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The compact FHIR JSON of {@code ToFhir.bundle(record, signed)} as HAPI's encoder writes it, or {@code null} when
     * the record holds a value this writer leaves to HAPI (see the class comment).
     *
     * @param signed the signed document, or null
     */
    public static String write(MedicalRecord record, SignedDocument signed) {
        Encounter e = record.encounter();
        int lines = e.diagnoses().size() + e.medications().size() + e.services().size() + e.labResults().size()
                + e.supplies().size() + e.notes().size() + 2;
        FastFhirJson out = new FastFhirJson(8192 + 1280 * lines
                + (signed == null ? 0 : 1024 + signed.content().length * 4 / 3));
        try {
            new FastFhirWriter(record, out).bundle(signed);
        } catch (NotCanonical | FastFhirJson.Unwritable x) {
            return null;
        }
        return out.finish();
    }

    private void bundle(SignedDocument signed) {
        Encounter e = record.encounter();
        String recordId = text(record.recordId());
        String compositionUrl = url("composition");
        patientRef = url("patient");
        orgRef = url("organization");
        List<Practitioner> practitioners = record.practitioners();
        String[] practitionerRefs = new String[practitioners.size()];
        for (int i = 0; i < practitionerRefs.length; i++) {
            practitionerRefs[i] = url("practitioner/" + i);
        }
        encounterRef = url("encounter");
        String[] conditionRefs = urls("condition/", e.diagnoses().size());
        String[] medicationRefs = urls("medication/", e.medications().size());
        String[] serviceRefs = urls("service/", e.services().size());
        String[] resultRefs = urls("result/", e.labResults().size());
        String[] supplyRefs = urls("supply/", e.supplies().size());
        String[] noteRefs = urls("note/", e.notes().size());
        String[] referralRefs = e.referral().isPresent() ? new String[] {url("referral")} : new String[0];
        String[] appointmentRefs = e.appointment().isPresent() ? new String[] {url("appointment")} : new String[0];
        String signedRef = signed == null ? null : url("signed");
        patientRefJson = referenceJson(patientRef);
        encounterRefJson = referenceJson(encounterRef);
        orgRefJson = referenceJson(orgRef);

        g.writeStartObject();
        g.writeConstantField("resourceType", "Bundle");
        identifier("identifier", RECORD_ID, recordId);
        g.writeConstantField("type", "document");
        g.writeConstantField("timestamp", instant(record.createdAt()));
        g.writeArrayFieldStart("entry");

        startEntry(compositionUrl, "Composition");
        composition(practitionerRefs, new String[][] {conditionRefs, medicationRefs, serviceRefs, resultRefs, supplyRefs,
            noteRefs, referralRefs, appointmentRefs, signedRef == null ? new String[0] : new String[] {signedRef}});
        endEntry();
        startEntry(patientRef, "Patient");
        patient(record.patient());
        endEntry();
        startEntry(orgRef, "Organization");
        organization(record.facility());
        endEntry();
        for (int i = 0; i < practitionerRefs.length; i++) {
            startEntry(practitionerRefs[i], "Practitioner");
            practitioner(practitioners.get(i));
            endEntry();
        }
        startEntry(encounterRef, "Encounter");
        encounter(e, conditionRefs);
        endEntry();
        for (int i = 0; i < conditionRefs.length; i++) {
            startEntry(conditionRefs[i], "Condition");
            condition(e.diagnoses().get(i));
            endEntry();
        }
        for (int i = 0; i < medicationRefs.length; i++) {
            startEntry(medicationRefs[i], "MedicationRequest");
            medication(e.medications().get(i), e);
            endEntry();
        }
        for (int i = 0; i < serviceRefs.length; i++) {
            startEntry(serviceRefs[i], "Procedure");
            procedure(e.services().get(i));
            endEntry();
        }
        for (int i = 0; i < resultRefs.length; i++) {
            startEntry(resultRefs[i], "Observation");
            observation(e.labResults().get(i));
            endEntry();
        }
        for (int i = 0; i < supplyRefs.length; i++) {
            startEntry(supplyRefs[i], "SupplyDelivery");
            supplyDelivery(e.supplies().get(i));
            endEntry();
        }
        for (int i = 0; i < noteRefs.length; i++) {
            startEntry(noteRefs[i], "ClinicalImpression");
            clinicalImpression(e.notes().get(i));
            endEntry();
        }
        if (referralRefs.length > 0) {
            startEntry(referralRefs[0], "ServiceRequest");
            serviceRequest(e.referral().get());
            endEntry();
        }
        if (appointmentRefs.length > 0) {
            startEntry(appointmentRefs[0], "Appointment");
            appointment(e.appointment().get());
            endEntry();
        }
        if (signed != null) {
            startEntry(signedRef, "DocumentReference");
            documentReference(signed);
            endEntry();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void startEntry(String fullUrl, String resourceType) {
        g.writeStartObject();
        g.writeConstantField("fullUrl", fullUrl);
        g.writeObjectFieldStart("resource");
        g.writeConstantField("resourceType", resourceType);
    }

    private void endEntry() {
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---- resources, one method each ----

    /** The section titles, in ToFhir's order; an empty section is left out. */
    private static final String[] SECTIONS = {"Chẩn đoán / Diagnoses", "Thuốc / Medications",
        "Dịch vụ kỹ thuật / Services", "Kết quả cận lâm sàng / Results", "Vật tư y tế / Supplies",
        "Diễn biến lâm sàng / Progress notes", "Chuyển tuyến / Referral", "Hẹn khám lại / Follow-up appointment",
        "Tài liệu đã ký / Signed document"};

    private void composition(String[] practitionerRefs, String[][] sectionRefs) {
        identifier("identifier", RECORD_ID, text(record.recordId()));
        g.writeConstantField("status", "final");
        concept("type", FORM_CODE, text(record.formCode()));
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        dateTimeField("date", record.createdAt());
        g.writeArrayFieldStart("author");
        if (practitionerRefs.length == 0) {
            referenceItem(orgRef);
        } else {
            for (String ref : practitionerRefs) {
                referenceItem(ref);
            }
        }
        g.writeEndArray();
        g.writeStringField("title", "Hồ sơ bệnh án " + record.formCode());
        reference("custodian", orgRef);
        int entries = 0;
        for (String[] refs : sectionRefs) {
            entries += refs.length;
        }
        if (entries > 0) {
            g.writeArrayFieldStart("section");
            for (int k = 0; k < SECTIONS.length; k++) {
                section(SECTIONS[k], sectionRefs[k]);
            }
            g.writeEndArray();
        }
    }

    private void section(String title, String[] refs) {
        if (refs.length == 0) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("title", title);
        g.writeArrayFieldStart("entry");
        for (String ref : refs) {
            referenceItem(ref);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void patient(Patient p) {
        String ethnicity = optionalText(p.ethnicityCode().orElse(null));
        String nationality = optionalText(p.nationalityCode().orElse(null));
        String occupation = optionalText(p.occupationCode().orElse(null));
        String province = optionalText(p.residenceProvinceCode().orElse(null));
        String district = optionalText(p.residenceDistrictCode().orElse(null));
        String commune = optionalText(p.residenceCommuneCode().orElse(null));
        if (ethnicity != null || nationality != null || occupation != null || province != null || district != null
                || commune != null) {
            g.writeArrayFieldStart("extension");
            if (ethnicity != null) {
                g.writeStartObject();
                g.writeConstantField("url", EXT_ETHNICITY);
                concept("valueCodeableConcept", ETHNICITY, ethnicity);
                g.writeEndObject();
            }
            if (nationality != null) {
                g.writeStartObject();
                g.writeConstantField("url", EXT_NATIONALITY);
                g.writeArrayFieldStart("extension");
                g.writeStartObject();
                g.writeConstantField("url", "code");
                concept("valueCodeableConcept", NATIONALITY, nationality);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            if (occupation != null) {
                g.writeStartObject();
                g.writeConstantField("url", EXT_OCCUPATION);
                coding("valueCoding", OCCUPATION, occupation);
                g.writeEndObject();
            }
            stringExtension(EXT_RESIDENCE_PROVINCE, province);
            stringExtension(EXT_RESIDENCE_DISTRICT, district);
            stringExtension(EXT_RESIDENCE_COMMUNE, commune);
            g.writeEndArray();
        }
        String citizenId = optionalText(p.citizenId().orElse(null));
        String insurance = optionalText(p.insuranceCardNumber().orElse(null));
        String code = optionalText(p.patientCode().orElse(null));
        if (citizenId != null || insurance != null || code != null) {
            g.writeArrayFieldStart("identifier");
            identifierItem(NATIONAL_ID, citizenId);
            identifierItem(INSURANCE_NUMBER, insurance);
            identifierItem(PATIENT_INTERNAL_ID, code);
            g.writeEndArray();
        }
        g.writeBooleanField("active", true);
        g.writeArrayFieldStart("name");
        name(p.fullName());
        g.writeEndArray();
        String phone = optionalText(p.phone().orElse(null));
        if (phone != null) {
            g.writeArrayFieldStart("telecom");
            g.writeStartObject();
            g.writeConstantField("system", "phone");
            g.writeStringField("value", phone);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeConstantField("gender", switch (p.sex()) {
            case MALE -> "male";
            case FEMALE -> "female";
            case UNDETERMINED -> "unknown";
        });
        dateField("birthDate", p.birthDate());
        addressText(p.address().orElse(null));
    }

    /** The name as {@link ToFhir#name(String)} splits it: text, then the first word as family, the rest as given. */
    private void name(String fullName) {
        g.writeStartObject();
        g.writeStringField("text", text(fullName));
        String[] words = fullName.trim().split("\\s+");
        if (words.length > 1) {
            g.writeStringField("family", text(words[0]));
            g.writeArrayFieldStart("given");
            for (int i = 1; i < words.length; i++) {
                g.writeString(text(words[i]));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void organization(Facility f) {
        g.writeArrayFieldStart("identifier");
        identifierItem(FACILITY_CODE, text(f.code()));
        g.writeEndArray();
        g.writeBooleanField("active", true);
        g.writeStringField("name", text(f.name()));
        addressText(f.address().orElse(null));
    }

    private void practitioner(Practitioner p) {
        String department = optionalText(p.departmentCode().orElse(null));
        if (department != null) {
            g.writeArrayFieldStart("extension");
            stringExtension(EXT_DEPARTMENT, department);
            g.writeEndArray();
        }
        g.writeArrayFieldStart("identifier");
        identifierItem(PRACTITIONER_LICENSE, text(p.licenseNumber()));
        identifierItem(PRACTITIONER_CODE, optionalText(p.practitionerCode().orElse(null)));
        g.writeEndArray();
        g.writeArrayFieldStart("name");
        g.writeStartObject();
        g.writeStringField("text", text(p.fullName()));
        g.writeEndObject();
        g.writeEndArray();
        String title = optionalText(p.title().orElse(null));
        if (title != null) {
            g.writeArrayFieldStart("qualification");
            g.writeStartObject();
            g.writeObjectFieldStart("code");
            g.writeStringField("text", title);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private void encounter(Encounter e, String[] conditionRefs) {
        String department = optionalText(e.departmentCode().orElse(null));
        String attending = optionalText(e.attendingLicense().orElse(null));
        BigDecimal weight = e.weightKg().orElse(null);
        if (department != null || attending != null || weight != null) {
            g.writeArrayFieldStart("extension");
            stringExtension(EXT_DEPARTMENT, department);
            stringExtension(EXT_ATTENDING, attending);
            decimalExtension(EXT_WEIGHT_KG, weight);
            g.writeEndArray();
        }
        g.writeArrayFieldStart("identifier");
        identifierItem(MA_LK, text(e.maLk()));
        g.writeEndArray();
        Discharge d = e.discharge().orElse(null);
        g.writeConstantField("status", d != null ? "finished" : "in-progress");
        g.writeFieldName("class");
        g.writeRawValue(e.encounterClass().isInpatient() ? INPATIENT_JSON : AMBULATORY_JSON);
        g.writeArrayFieldStart("type");
        conceptItem(ENCOUNTER_CLASS, text(e.encounterClass().code()));
        g.writeEndArray();
        reference("subject", patientRef);
        g.writeObjectFieldStart("period");
        dateTimeField("start", e.admittedAt());
        if (d != null) {
            dateTimeField("end", d.dischargedAt());
        }
        g.writeEndObject();
        String reason = optionalText(e.reasonForVisit().orElse(null));
        if (reason != null) {
            g.writeArrayFieldStart("reasonCode");
            g.writeStartObject();
            g.writeStringField("text", reason);
            g.writeEndObject();
            g.writeEndArray();
        }
        if (conditionRefs.length > 0) {
            g.writeArrayFieldStart("diagnosis");
            List<Diagnosis> diagnoses = e.diagnoses();
            for (int i = 0; i < conditionRefs.length; i++) {
                g.writeStartObject();
                reference("condition", conditionRefs[i]);
                g.writeNumberField("rank", diagnoses.get(i).role() == DiagnosisRole.MAIN ? 1 : 2 + i);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (d != null) {
            g.writeObjectFieldStart("hospitalization");
            g.writeArrayFieldStart("extension");
            g.writeStartObject();
            g.writeConstantField("url", EXT_TREATMENT_RESULT);
            coding("valueCoding", TREATMENT_RESULT, text(d.result().code()));
            g.writeEndObject();
            stringExtension(EXT_DISCHARGE_SUMMARY, optionalText(d.summary().orElse(null)));
            stringExtension(EXT_DISCHARGE_INSTRUCTIONS, optionalText(d.instructions().orElse(null)));
            g.writeEndArray();
            concept("dischargeDisposition", DISCHARGE_TYPE, text(d.type().code()));
            g.writeEndObject();
        }
        reference("serviceProvider", orgRef);
    }

    private void condition(Diagnosis d) {
        g.writeFieldName("category");
        g.writeRawValue(CONDITION_CATEGORY_JSON);
        g.writeObjectFieldStart("code");
        g.writeArrayFieldStart("coding");
        codingItem(ICD10, text(d.code()), null);
        g.writeEndArray();
        String description = optionalText(d.description().orElse(null));
        if (description != null) {
            g.writeStringField("text", description);
        }
        g.writeEndObject();
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        if (d.recordedAt().isPresent()) {
            dateTimeField("recordedDate", d.recordedAt().get());
        }
    }

    private void medication(MedicationLine m, Encounter e) {
        g.writeArrayFieldStart("extension");
        decimalExtension(EXT_UNIT_PRICE, required(m.unitPrice()));
        g.writeEndArray();
        g.writeArrayFieldStart("identifier");
        identifierItem(LINE_ID, text(m.lineId()));
        g.writeEndArray();
        g.writeConstantField("status", e.discharge().isPresent() ? "completed" : "active");
        g.writeConstantField("intent", "order");
        g.writeObjectFieldStart("medicationCodeableConcept");
        String strength = optionalText(m.strength().orElse(null));
        String registration = optionalText(m.registrationNumber().orElse(null));
        if (strength != null || registration != null) {
            g.writeArrayFieldStart("extension");
            stringExtension(EXT_STRENGTH, strength);
            stringExtension(EXT_REGISTRATION, registration);
            g.writeEndArray();
        }
        g.writeArrayFieldStart("coding");
        codingItem(DRUG_CODE, text(m.drugCode()), null);
        g.writeEndArray();
        g.writeStringField("text", text(m.drugName()));
        g.writeEndObject();
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        dateTimeField("authoredOn", m.orderedAt());
        String prescriber = optionalText(m.prescriberLicense().orElse(null));
        if (prescriber != null) {
            byLicense("requester", prescriber);
        }
        String dosage = optionalText(m.dosage().orElse(null));
        String route = optionalText(m.routeCode().orElse(null));
        if (dosage != null || route != null) {
            g.writeArrayFieldStart("dosageInstruction");
            g.writeStartObject();
            if (dosage != null) {
                g.writeStringField("text", dosage);
            }
            if (route != null) {
                concept("route", ROUTE_CODE, route);
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("dispenseRequest");
        g.writeObjectFieldStart("quantity");
        decimalField("value", required(m.quantity()));
        g.writeStringField("unit", text(m.unit()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private void procedure(ServiceLine s) {
        g.writeArrayFieldStart("extension");
        decimalExtension(EXT_QUANTITY, required(s.quantity()));
        decimalExtension(EXT_UNIT_PRICE, required(s.unitPrice()));
        dateTimeExtension(EXT_ORDERED_AT, s.orderedAt());
        if (s.resultAt().isPresent()) {
            dateTimeExtension(EXT_RESULT_AT, s.resultAt().get());
        }
        stringExtension(EXT_DEPARTMENT, optionalText(s.departmentCode().orElse(null)));
        stringExtension(EXT_UNIT, optionalText(s.unit().orElse(null)));
        g.writeEndArray();
        g.writeArrayFieldStart("identifier");
        identifierItem(LINE_ID, text(s.lineId()));
        g.writeEndArray();
        g.writeConstantField("status", s.performedAt().isPresent() ? "completed" : "preparation");
        g.writeObjectFieldStart("code");
        g.writeArrayFieldStart("coding");
        codingItem(SERVICE_CODE, text(s.serviceCode()), null);
        g.writeEndArray();
        g.writeStringField("text", text(s.serviceName()));
        g.writeEndObject();
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        if (s.performedAt().isPresent()) {
            dateTimeField("performedDateTime", s.performedAt().get());
        }
        String performer = optionalText(s.performerLicense().orElse(null));
        if (performer != null) {
            g.writeArrayFieldStart("performer");
            g.writeStartObject();
            byLicense("actor", performer);
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private void observation(LabResult r) {
        String unit = optionalText(r.unit().orElse(null));
        if (r.orderedAt().isPresent() || unit != null) {
            g.writeArrayFieldStart("extension");
            if (r.orderedAt().isPresent()) {
                dateTimeExtension(EXT_ORDERED_AT, r.orderedAt().get());
            }
            stringExtension(EXT_RESULT_UNIT, unit);
            g.writeEndArray();
        }
        g.writeArrayFieldStart("identifier");
        identifierItem(LINE_ID, text(r.lineId()));
        g.writeEndArray();
        g.writeConstantField("status", "final");
        g.writeFieldName("category");
        g.writeRawValue(OBSERVATION_CATEGORY_JSON);
        g.writeObjectFieldStart("code");
        g.writeArrayFieldStart("coding");
        codingItem(SERVICE_CODE, text(r.serviceCode()), null);
        String indicator = optionalText(r.indicatorCode().orElse(null));
        if (indicator != null) {
            codingItem(INDICATOR_CODE, indicator, null);
        }
        g.writeEndArray();
        g.writeStringField("text", text(r.indicatorName()));
        g.writeEndObject();
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        dateTimeField("effectiveDateTime", r.resultAt());
        String performer = optionalText(r.performerLicense().orElse(null));
        if (performer != null) {
            g.writeArrayFieldStart("performer");
            g.writeStartObject();
            identifier("identifier", PRACTITIONER_LICENSE, performer);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeStringField("valueString", text(r.value()));
        g.writeFieldName("interpretation");
        g.writeRawValue(r.abnormal() ? ABNORMAL_JSON : NORMAL_JSON);
        String range = optionalText(r.referenceRange().orElse(null));
        if (range != null) {
            g.writeArrayFieldStart("referenceRange");
            g.writeStartObject();
            g.writeStringField("text", range);
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private void supplyDelivery(SupplyLine s) {
        g.writeArrayFieldStart("extension");
        decimalExtension(EXT_UNIT_PRICE, required(s.unitPrice()));
        g.writeEndArray();
        g.writeArrayFieldStart("identifier");
        identifierItem(LINE_ID, text(s.lineId()));
        g.writeEndArray();
        g.writeConstantField("status", "completed");
        reference("patient", patientRef);
        g.writeObjectFieldStart("suppliedItem");
        g.writeObjectFieldStart("quantity");
        decimalField("value", required(s.quantity()));
        g.writeStringField("unit", text(s.unit()));
        g.writeEndObject();
        g.writeObjectFieldStart("itemCodeableConcept");
        g.writeArrayFieldStart("coding");
        codingItem(SUPPLY_CODE, text(s.supplyCode()), null);
        g.writeEndArray();
        g.writeStringField("text", text(s.supplyName()));
        g.writeEndObject();
        g.writeEndObject();
        dateTimeField("occurrenceDateTime", s.usedAt());
    }

    private void clinicalImpression(ProgressNote n) {
        String department = optionalText(n.departmentCode().orElse(null));
        if (department != null) {
            g.writeArrayFieldStart("extension");
            stringExtension(EXT_DEPARTMENT, department);
            g.writeEndArray();
        }
        g.writeArrayFieldStart("identifier");
        identifierItem(NOTE_ID, text(n.noteId()));
        g.writeEndArray();
        g.writeConstantField("status", "completed");
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        dateTimeField("effectiveDateTime", n.recordedAt());
        byLicense("assessor", text(n.authorLicense()));
        g.writeStringField("summary", text(n.text()));
    }

    private void serviceRequest(Referral r) {
        String number = optionalText(r.referralNumber().orElse(null));
        if (number != null) {
            g.writeArrayFieldStart("identifier");
            identifierItem(REFERRAL_NUMBER, number);
            g.writeEndArray();
        }
        g.writeConstantField("status", "active");
        g.writeConstantField("intent", "order");
        g.writeFieldName("category");
        g.writeRawValue(REFERRAL_CATEGORY_JSON);
        reference("subject", patientRef);
        reference("encounter", encounterRef);
        dateTimeField("authoredOn", r.referredAt());
        g.writeArrayFieldStart("performer");
        g.writeStartObject();
        g.writeConstantField("type", "Organization");
        identifier("identifier", FACILITY_CODE, text(r.toFacilityCode()));
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("reasonCode");
        g.writeStartObject();
        g.writeStringField("text", text(r.reason()));
        g.writeEndObject();
        g.writeEndArray();
        String summary = optionalText(r.clinicalSummary().orElse(null));
        if (summary != null) {
            g.writeArrayFieldStart("note");
            g.writeStartObject();
            g.writeStringField("text", summary);
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private void appointment(Appointment a) {
        String department = optionalText(a.departmentCode().orElse(null));
        if (department != null) {
            g.writeArrayFieldStart("extension");
            stringExtension(EXT_DEPARTMENT, department);
            g.writeEndArray();
        }
        g.writeConstantField("status", "proposed");
        String reason = optionalText(a.reason().orElse(null));
        if (reason != null) {
            g.writeArrayFieldStart("reasonCode");
            g.writeStartObject();
            g.writeStringField("text", reason);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeArrayFieldStart("participant");
        g.writeStartObject();
        reference("actor", patientRef);
        g.writeConstantField("status", "needs-action");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("requestedPeriod");
        g.writeStartObject();
        dateField("start", a.date());
        dateField("end", a.date());
        g.writeEndObject();
        g.writeEndArray();
    }

    private void documentReference(SignedDocument signed) {
        g.writeConstantField("status", "current");
        concept("type", FORM_CODE, text(record.formCode()));
        reference("subject", patientRef);
        reference("custodian", orgRef);
        byte[] content = signed.content();
        g.writeArrayFieldStart("content");
        g.writeStartObject();
        g.writeObjectFieldStart("attachment");
        g.writeStringField("contentType", text(signed.contentType()));
        g.writeConstantField("data", Base64.getEncoder().encodeToString(content));
        g.writeNumberField("size", content.length);
        g.writeConstantField("hash", Base64.getEncoder().encodeToString(ToFhir.sha1(content)));
        dateTimeField("creation", record.createdAt());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("context");
        g.writeArrayFieldStart("encounter");
        referenceItem(encounterRef);
        g.writeEndArray();
        g.writeEndObject();
    }

    // ---- data types ----

    private void identifier(String field, String system, String value) {
        g.writeObjectFieldStart(field);
        g.writeConstantField("system", system);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private void identifierItem(String system, String value) {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeConstantField("system", system);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /** A reference to an entry: its URL is a {@code urn:uuid:} (ASCII, nothing to escape), so written raw. */
    private void reference(String field, String url) {
        g.writeFieldName(field);
        g.writeRawValue(url == patientRef ? patientRefJson : url == encounterRef ? encounterRefJson
                : url == orgRef ? orgRefJson : referenceJson(url));
    }

    private static String referenceJson(String url) {
        return "{\"reference\":\"" + url + "\"}";
    }

    private void referenceItem(String url) {
        g.writeRawValue(referenceJson(url));
    }

    private void byLicense(String field, String license) {
        g.writeObjectFieldStart(field);
        identifier("identifier", PRACTITIONER_LICENSE, license);
        g.writeEndObject();
    }

    private void coding(String field, String system, String code) {
        g.writeObjectFieldStart(field);
        g.writeConstantField("system", system);
        g.writeStringField("code", code);
        g.writeEndObject();
    }

    private void codingItem(String system, String code, String display) {
        g.writeStartObject();
        g.writeConstantField("system", system);
        g.writeStringField("code", code);
        if (display != null) {
            g.writeConstantField("display", display);
        }
        g.writeEndObject();
    }

    /** A CodeableConcept of one coding (system and code), no text. */
    private void concept(String field, String system, String code) {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("coding");
        codingItem(system, code, null);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void conceptItem(String system, String code) {
        g.writeStartObject();
        g.writeArrayFieldStart("coding");
        codingItem(system, code, null);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void addressText(String address) {
        String text = optionalText(address);
        if (text == null) {
            return;
        }
        g.writeArrayFieldStart("address");
        g.writeStartObject();
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeEndArray();
    }

    private void stringExtension(String url, String value) {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeConstantField("url", url);
        g.writeStringField("valueString", value);
        g.writeEndObject();
    }

    private void decimalExtension(String url, BigDecimal value) {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeConstantField("url", url);
        decimalField("valueDecimal", value);
        g.writeEndObject();
    }

    private void dateTimeExtension(String url, LocalDateTime value) {
        g.writeStartObject();
        g.writeConstantField("url", url);
        dateTimeField("valueDateTime", value);
        g.writeEndObject();
    }

    /** A decimal as HAPI writes it ({@code BigDecimal.toString()}); the exponent form is left to HAPI. */
    private void decimalField(String field, BigDecimal value) {
        String text = value.toString();
        if (text.indexOf('E') >= 0) {
            throw NOT_CANONICAL;
        }
        g.writeFieldName(field);
        g.writeNumber(text);
    }

    // ---- values ----

    private String url(String key) {
        md5.update(prefix);
        byte[] hash = md5.digest(key.getBytes(StandardCharsets.UTF_8));
        // as UUID.nameUUIDFromBytes: version 3, IETF variant
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (hash[i] & 0xff);
        }
        return "urn:uuid:" + new UUID(msb, lsb);
    }

    private String[] urls(String prefix, int count) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = url(prefix + i);
        }
        return out;
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw NOT_CANONICAL;
        }
        return value;
    }

    /** A text HAPI writes unchanged: not blank (HAPI leaves blank ones out) and without an unpaired surrogate. */
    static String text(String value) {
        if (value == null) {
            throw NOT_CANONICAL;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                return value; // unpaired surrogates are FastFhirJson's check, made while it copies
            }
        }
        throw NOT_CANONICAL;
    }

    private static String optionalText(String value) {
        return value == null ? null : text(value);
    }

    /** A member holding {@link FhirTimes#write}'s text: the time to the millisecond, at +07:00. */
    private void dateTimeField(String name, LocalDateTime t) {
        if (t == null) {
            throw NOT_CANONICAL;
        }
        LocalDate d = t.toLocalDate();
        year(d);
        g.writeDateField(name, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getNano() / 1_000_000, "+07:00");
    }

    private void dateField(String name, LocalDate d) {
        if (d == null) {
            throw NOT_CANONICAL;
        }
        year(d);
        g.writeDateField(name, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), -1, 0, 0, 0, "");
    }

    private static void year(LocalDate d) {
        if (d.getYear() < 1900 || d.getYear() > 9999) {
            throw NOT_CANONICAL;
        }
    }

    /** What HAPI writes for {@code new InstantType(Date)}: the instant in the JVM's default time zone. */
    private String instant(LocalDateTime createdAt) {
        Instant at = createdAt.atOffset(FhirTimes.VIETNAM).toInstant();
        ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(at);
        int seconds = offset.getTotalSeconds();
        if (seconds % 60 != 0) {
            throw NOT_CANONICAL;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, offset);
        StringBuilder b = chars;
        b.setLength(0);
        appendLocal(b, local.toLocalDate(), local.getHour(), local.getMinute(), local.getSecond(),
                local.getNano() / 1_000_000);
        int minutes = Math.abs(seconds) / 60;
        return b.append(seconds < 0 ? '-' : '+').append(TWO_DIGITS[minutes / 60]).append(':')
                .append(TWO_DIGITS[minutes % 60]).toString();
    }

    private static void appendLocal(StringBuilder b, LocalDate d, int hour, int minute, int second, int millis) {
        appendDate(b, d);
        b.append('T').append(TWO_DIGITS[hour]).append(':').append(TWO_DIGITS[minute]).append(':')
                .append(TWO_DIGITS[second]).append('.').append((char) ('0' + millis / 100))
                .append(TWO_DIGITS[millis % 100]);
    }

    private static void appendDate(StringBuilder b, LocalDate d) {
        int year = d.getYear();
        if (year < 1900 || year > 9999) {
            throw NOT_CANONICAL;
        }
        b.append(year).append('-').append(TWO_DIGITS[d.getMonthValue()]).append('-')
                .append(TWO_DIGITS[d.getDayOfMonth()]);
    }
}
