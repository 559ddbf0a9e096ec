package vn.emr.fhir.internal;

import static vn.emr.fhir.FhirSystems.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.emr.core.code.OfficialCode;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Appointment;
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
import vn.emr.core.model.Practitioner;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.model.TreatmentResult;
import vn.emr.fhir.SignedDocument;

/**
 * Reads the JSON of a document Bundle of this mapping straight into the model with Jackson's streaming parser, without
 * HAPI's structures. It accepts only the canonical shape: the members {@link FastFhirWriter} writes (in any order, with
 * any whitespace), each value in the grammar that writer uses (date-times at +07:00 to the millisecond, plain decimals,
 * canonical base64, texts that are not blank and have no space at either end and no unpaired surrogate). On anything
 * else (an unknown member, extension, code system or resource type, a repeated key, a value outside that grammar, a
 * missing element, a check {@link FromFhir} would refuse, a syntax error, trailing content) {@link #read} answers
 * {@code null} and the caller reads the input with HAPI's parser and {@link FromFhir}, which then reads it or refuses it
 * with its code; so both paths give the same record or the same refusal ({@code FastFhirDifferentialTest}).
 *
 * <p>One method per resource kind; the record is assembled once every entry is read, as {@link FromFhir} does.
 */
public final class FastFhirReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int MAX_NUMBER_CHARS = 40;

    /** Raised (without a stack trace) for input outside the canonical shape; {@link #read} answers null. */
    private static final class NotCanonical extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCanonical() {
            super(null, null, false, false);
        }
    }

    private static final NotCanonical NOT_CANONICAL = new NotCanonical();

    private record Ident(String system, String value) {
    }

    private record Coding(String system, String code, String display) {
    }

    private record Concept(List<Coding> codings, String text) {
    }

    private enum Kind { STRING, DECIMAL, DATE_TIME, CODING, CONCEPT, EXTENSIONS }

    private record Ext(String url, Kind kind, Object value) {
        String string() {
            return (String) as(Kind.STRING);
        }

        BigDecimal decimal() {
            return (BigDecimal) as(Kind.DECIMAL);
        }

        LocalDateTime dateTime() {
            return (LocalDateTime) as(Kind.DATE_TIME);
        }

        Coding coding() {
            return (Coding) as(Kind.CODING);
        }

        Concept concept() {
            return (Concept) as(Kind.CONCEPT);
        }

        @SuppressWarnings("unchecked")
        List<Ext> extensions() {
            return (List<Ext>) as(Kind.EXTENSIONS);
        }

        private Object as(Kind expected) {
            require(kind == expected);
            return value;
        }
    }

    private static final class Condition {
        String fullUrl;
        String code;
        String description;
        LocalDateTime recordedAt;
    }

    private JsonParser p;
    private boolean composition;
    private String recordId;
    private String formCode;
    private LocalDateTime createdAt;
    private Patient patient;
    private Facility facility;
    private Encounter.Builder encounter;
    private SignedDocument signed;
    private boolean documentSeen;
    private final List<Practitioner> practitioners = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<MedicationLine> medications = new ArrayList<>();
    private final List<ServiceLine> services = new ArrayList<>();
    private final List<LabResult> labResults = new ArrayList<>();
    private final List<SupplyLine> supplies = new ArrayList<>();
    private final List<ProgressNote> notes = new ArrayList<>();
    private Referral referral;
    private Appointment appointment;
    private final Map<String, Integer> ranks = new HashMap<>();

    private FastFhirReader() {
    }

    /**
     * The record and signed document (null when absent) of a canonical document Bundle in JSON, or {@code null} when
     * the input is anything else (see the class comment); never throws for any input.
     */
    public static FromFhir.Result read(String json) {
        FastFhirReader reader = new FastFhirReader();
        try (JsonParser parser = FACTORY.createParser(json)) {
            reader.p = parser;
            return reader.bundle();
        } catch (IOException | RuntimeException e) {
            // NotCanonical, a syntax error, or a model builder's refusal: HAPI's path decides
            return null;
        }
    }

    private FromFhir.Result bundle() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw NOT_CANONICAL;
        }
        int seen = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> {
                    seen = mark(seen, 1);
                    expect("Bundle");
                }
                case "identifier" -> {
                    seen = mark(seen, 2);
                    identifier();
                }
                case "type" -> {
                    seen = mark(seen, 4);
                    expect("document");
                }
                case "timestamp" -> {
                    seen = mark(seen, 8);
                    instant(string());
                }
                case "entry" -> {
                    seen = mark(seen, 16);
                    entries();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        if (seen != 31 || p.nextToken() != null) {
            throw NOT_CANONICAL;
        }
        return assemble();
    }

    private void entries() throws IOException {
        startArray();
        int index = 0;
        while (nextItem()) {
            entry(index++);
        }
    }

    private void entry(int index) throws IOException {
        int seen = 0;
        String fullUrl = null;
        Condition condition = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "fullUrl" -> {
                    seen = mark(seen, 1);
                    fullUrl = string();
                }
                case "resource" -> {
                    seen = mark(seen, 2);
                    condition = resource(index);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        if (seen != 3) {
            throw NOT_CANONICAL;
        }
        if (condition != null) {
            condition.fullUrl = fullUrl;
        }
    }

    /** Reads one resource; answers the Condition when it is one (its full URL comes from the entry). */
    private Condition resource(int index) throws IOException {
        if (next() != JsonToken.START_OBJECT || next() != JsonToken.FIELD_NAME) {
            throw NOT_CANONICAL;
        }
        if ("resourceType".equals(p.currentName())) {
            return resource(string(), index, true);
        }
        // resourceType is not the first member: buffer the resource, find its type, then read the buffer
        TokenBuffer buffer = new TokenBuffer(null, false);
        buffer.forceUseOfBigDecimal(true);
        buffer.writeStartObject();
        String type = null;
        JsonToken t;
        do {
            if ("resourceType".equals(p.currentName())) {
                if (type != null || next() != JsonToken.VALUE_STRING) {
                    throw NOT_CANONICAL;
                }
                type = p.getText();
                buffer.writeFieldName("resourceType");
                buffer.writeString(type);
            } else {
                buffer.copyCurrentStructure(p);
            }
            t = next();
        } while (t == JsonToken.FIELD_NAME);
        buffer.writeEndObject();
        if (type == null) {
            throw NOT_CANONICAL;
        }
        JsonParser outer = p;
        try (JsonParser inner = buffer.asParser()) {
            p = inner;
            inner.nextToken();
            return resource(type, index, false);
        } finally {
            p = outer;
        }
    }

    private Condition resource(String type, int index, boolean typeRead) throws IOException {
        if ((index == 0) != type.equals("Composition")) {
            throw NOT_CANONICAL; // FromFhir: NOT_A_DOCUMENT or RESOURCE_UNEXPECTED
        }
        int seen = typeRead ? 1 : 0;
        switch (type) {
            case "Composition" -> composition(seen);
            case "Patient" -> patient(seen);
            case "Organization" -> organization(seen);
            case "Practitioner" -> practitioner(seen);
            case "Encounter" -> encounter(seen);
            case "Condition" -> {
                return condition(seen);
            }
            case "MedicationRequest" -> medication(seen);
            case "Procedure" -> procedure(seen);
            case "Observation" -> observation(seen);
            case "SupplyDelivery" -> supplyDelivery(seen);
            case "ClinicalImpression" -> clinicalImpression(seen);
            case "ServiceRequest" -> serviceRequest(seen);
            case "Appointment" -> appointment(seen);
            case "DocumentReference" -> documentReference(seen);
            default -> throw NOT_CANONICAL;
        }
        return null;
    }

    /** The member {@code resourceType} of a resource read from a buffer: the type already dispatched on. */
    private int resourceType(int seen, String type) throws IOException {
        int out = mark(seen, 1);
        expect(type);
        return out;
    }

    // ---- resources, one method each ----

    private void composition(int seen) throws IOException {
        composition = true;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Composition");
                case "identifier" -> {
                    seen = mark(seen, 2);
                    Ident id = identifier();
                    require(id.system().equals(RECORD_ID));
                    recordId = id.value();
                }
                case "status" -> {
                    seen = mark(seen, 4);
                    expect("final");
                }
                case "type" -> {
                    seen = mark(seen, 8);
                    formCode = singleCode(concept(), FORM_CODE);
                }
                case "subject" -> {
                    seen = mark(seen, 16);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 32);
                    reference();
                }
                case "date" -> {
                    seen = mark(seen, 64);
                    createdAt = dateTime(string());
                }
                case "author" -> {
                    seen = mark(seen, 128);
                    startArray();
                    int n = 0;
                    for (; nextItem(); n++) {
                        referenceMembers();
                    }
                    require(n > 0);
                }
                case "title" -> {
                    seen = mark(seen, 256);
                    string();
                }
                case "custodian" -> {
                    seen = mark(seen, 512);
                    reference();
                }
                case "section" -> {
                    seen = mark(seen, 1024);
                    startArray();
                    int n = 0;
                    for (; nextItem(); n++) {
                        section();
                    }
                    require(n > 0);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 1023) == 1023);
    }

    private void section() throws IOException {
        int seen = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "title" -> {
                    seen = mark(seen, 1);
                    string();
                }
                case "entry" -> {
                    seen = mark(seen, 2);
                    startArray();
                    int n = 0;
                    for (; nextItem(); n++) {
                        referenceMembers();
                    }
                    require(n > 0);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3);
    }

    private void patient(int seen) throws IOException {
        require(patient == null);
        Patient.Builder out = Patient.builder();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Patient");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        switch (e.url()) {
                            case EXT_ETHNICITY -> out.ethnicityCode(singleCode(e.concept(), ETHNICITY));
                            case EXT_NATIONALITY -> {
                                List<Ext> inner = e.extensions();
                                require(inner.size() == 1 && inner.get(0).url().equals("code"));
                                out.nationalityCode(singleCode(inner.get(0).concept(), NATIONALITY));
                            }
                            case EXT_OCCUPATION -> out.occupationCode(code(e.coding(), OCCUPATION));
                            case EXT_RESIDENCE_PROVINCE -> out.residenceProvinceCode(e.string());
                            case EXT_RESIDENCE_DISTRICT -> out.residenceDistrictCode(e.string());
                            case EXT_RESIDENCE_COMMUNE -> out.residenceCommuneCode(e.string());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    for (Ident id : identifiers()) {
                        switch (id.system()) {
                            case NATIONAL_ID -> out.citizenId(id.value());
                            case INSURANCE_NUMBER -> out.insuranceCardNumber(id.value());
                            case PATIENT_INTERNAL_ID -> out.patientCode(id.value());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "active" -> {
                    seen = mark(seen, 8);
                    require(next() == JsonToken.VALUE_TRUE);
                }
                case "name" -> {
                    seen = mark(seen, 16);
                    startArray();
                    require(nextItem());
                    out.fullName(humanName());
                    endOfSingleItem();
                }
                case "telecom" -> {
                    seen = mark(seen, 32);
                    startArray();
                    require(nextItem());
                    out.phone(phone());
                    endOfSingleItem();
                }
                case "gender" -> {
                    seen = mark(seen, 64);
                    out.sex(switch (string()) {
                        case "male" -> Sex.MALE;
                        case "female" -> Sex.FEMALE;
                        case "unknown" -> Sex.UNDETERMINED;
                        default -> throw NOT_CANONICAL;
                    });
                }
                case "birthDate" -> {
                    seen = mark(seen, 128);
                    out.birthDate(date(string()));
                }
                case "address" -> {
                    seen = mark(seen, 256);
                    out.address(singleText());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & (1 | 8 | 16 | 64 | 128)) == (1 | 8 | 16 | 64 | 128));
        patient = out.build();
    }

    private void organization(int seen) throws IOException {
        require(facility == null);
        Facility.Builder out = Facility.builder();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Organization");
                case "identifier" -> {
                    seen = mark(seen, 2);
                    List<Ident> ids = identifiers();
                    require(ids.size() == 1 && ids.get(0).system().equals(FACILITY_CODE));
                    out.code(ids.get(0).value());
                }
                case "active" -> {
                    seen = mark(seen, 4);
                    require(next() == JsonToken.VALUE_TRUE);
                }
                case "name" -> {
                    seen = mark(seen, 8);
                    out.name(string());
                }
                case "address" -> {
                    seen = mark(seen, 16);
                    out.address(singleText());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 15) == 15);
        facility = out.build();
    }

    private void practitioner(int seen) throws IOException {
        Practitioner.Builder out = Practitioner.builder();
        boolean license = false;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Practitioner");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        require(e.url().equals(EXT_DEPARTMENT));
                        out.departmentCode(e.string());
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    for (Ident id : identifiers()) {
                        switch (id.system()) {
                            case PRACTITIONER_LICENSE -> {
                                out.licenseNumber(id.value());
                                license = true;
                            }
                            case PRACTITIONER_CODE -> out.practitionerCode(id.value());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "name" -> {
                    seen = mark(seen, 8);
                    out.fullName(singleText());
                }
                case "qualification" -> {
                    seen = mark(seen, 16);
                    startArray();
                    require(nextItem() && "code".equals(field()));
                    require(next() == JsonToken.START_OBJECT);
                    out.title(textMembers());
                    require(field() == null);
                    endOfSingleItem();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(license && (seen & (1 | 4 | 8)) == (1 | 4 | 8));
        practitioners.add(out.build());
    }

    private void encounter(int seen) throws IOException {
        require(encounter == null);
        Encounter.Builder out = Encounter.builder();
        LocalDateTime end = null;
        Discharge.Builder discharge = null;
        String status = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Encounter");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        switch (e.url()) {
                            case EXT_DEPARTMENT -> out.departmentCode(e.string());
                            case EXT_ATTENDING -> out.attendingLicense(e.string());
                            case EXT_WEIGHT_KG -> out.weightKg(e.decimal());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    List<Ident> ids = identifiers();
                    require(ids.size() == 1 && ids.get(0).system().equals(MA_LK));
                    out.maLk(ids.get(0).value());
                }
                case "status" -> {
                    seen = mark(seen, 8);
                    status = string();
                    require(status.equals("finished") || status.equals("in-progress"));
                }
                case "class" -> {
                    seen = mark(seen, 16);
                    Coding c = coding();
                    require(c.system().equals(ToFhir.V3_ACT_CODE)
                            && (c.code().equals("IMP") && "inpatient encounter".equals(c.display())
                            || c.code().equals("AMB") && "ambulatory".equals(c.display())));
                }
                case "type" -> {
                    seen = mark(seen, 32);
                    startArray();
                    require(nextItem());
                    out.encounterClass(lookup(EncounterClass.values(), singleCode(conceptMembers(), ENCOUNTER_CLASS)));
                    endOfSingleItem();
                }
                case "subject" -> {
                    seen = mark(seen, 64);
                    reference();
                }
                case "period" -> {
                    seen = mark(seen, 128);
                    require(next() == JsonToken.START_OBJECT);
                    int periodSeen = 0;
                    for (String member = field(); member != null; member = field()) {
                        switch (member) {
                            case "start" -> {
                                periodSeen = mark(periodSeen, 1);
                                out.admittedAt(dateTime(string()));
                            }
                            case "end" -> {
                                periodSeen = mark(periodSeen, 2);
                                end = dateTime(string());
                            }
                            default -> throw NOT_CANONICAL;
                        }
                    }
                    require((periodSeen & 1) == 1);
                }
                case "reasonCode" -> {
                    seen = mark(seen, 256);
                    out.reasonForVisit(singleText());
                }
                case "diagnosis" -> {
                    seen = mark(seen, 512);
                    startArray();
                    int n = 0;
                    for (; nextItem(); n++) {
                        diagnosisRank();
                    }
                    require(n > 0);
                }
                case "hospitalization" -> {
                    seen = mark(seen, 1024);
                    require(next() == JsonToken.START_OBJECT);
                    discharge = hospitalization();
                }
                case "serviceProvider" -> {
                    seen = mark(seen, 2048);
                    reference();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 4 | 8 | 16 | 32 | 64 | 128 | 2048;
        require((seen & required) == required && (end == null) == (discharge == null)
                && (end == null) == status.equals("in-progress"));
        if (end != null) {
            out.discharge(discharge.dischargedAt(end).build());
        }
        encounter = out;
    }

    private void diagnosisRank() throws IOException {
        int seen = 0;
        String ref = null;
        int rank = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "condition" -> {
                    seen = mark(seen, 1);
                    ref = reference();
                }
                case "rank" -> {
                    seen = mark(seen, 2);
                    rank = integer();
                    require(rank >= 1);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3 && ranks.put(ref, rank) == null);
    }

    private Discharge.Builder hospitalization() throws IOException {
        Discharge.Builder out = Discharge.builder();
        int seen = 0;
        boolean result = false;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "extension" -> {
                    seen = mark(seen, 1);
                    for (Ext e : extensions()) {
                        switch (e.url()) {
                            case EXT_TREATMENT_RESULT -> {
                                out.result(lookup(TreatmentResult.values(), code(e.coding(), TREATMENT_RESULT)));
                                result = true;
                            }
                            case EXT_DISCHARGE_SUMMARY -> out.summary(e.string());
                            case EXT_DISCHARGE_INSTRUCTIONS -> out.instructions(e.string());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "dischargeDisposition" -> {
                    seen = mark(seen, 2);
                    out.type(lookup(DischargeType.values(), singleCode(concept(), DISCHARGE_TYPE)));
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3 && result);
        return out;
    }

    private Condition condition(int seen) throws IOException {
        Condition out = new Condition();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Condition");
                case "category" -> {
                    seen = mark(seen, 2);
                    fixedCategory(ToFhir.CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis");
                }
                case "code" -> {
                    seen = mark(seen, 4);
                    Concept code = concept();
                    require(code.codings().size() == 1);
                    out.code = code(code.codings().get(0), ICD10);
                    out.description = code.text();
                }
                case "subject" -> {
                    seen = mark(seen, 8);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 16);
                    reference();
                }
                case "recordedDate" -> {
                    seen = mark(seen, 32);
                    out.recordedAt = dateTime(string());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 31) == 31);
        conditions.add(out);
        return out;
    }

    private void medication(int seen) throws IOException {
        MedicationLine.Builder out = MedicationLine.builder();
        boolean price = false;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "MedicationRequest");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        require(e.url().equals(EXT_UNIT_PRICE));
                        out.unitPrice(e.decimal());
                        price = true;
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    out.lineId(lineId());
                }
                case "status" -> {
                    seen = mark(seen, 8);
                    String status = string();
                    require(status.equals("completed") || status.equals("active"));
                }
                case "intent" -> {
                    seen = mark(seen, 16);
                    expect("order");
                }
                case "medicationCodeableConcept" -> {
                    seen = mark(seen, 32);
                    drug(out);
                }
                case "subject" -> {
                    seen = mark(seen, 64);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 128);
                    reference();
                }
                case "authoredOn" -> {
                    seen = mark(seen, 256);
                    out.orderedAt(dateTime(string()));
                }
                case "requester" -> {
                    seen = mark(seen, 512);
                    require(next() == JsonToken.START_OBJECT);
                    out.prescriberLicense(licenseMembers());
                }
                case "dosageInstruction" -> {
                    seen = mark(seen, 1024);
                    startArray();
                    require(nextItem());
                    dosage(out);
                    endOfSingleItem();
                }
                case "dispenseRequest" -> {
                    seen = mark(seen, 2048);
                    require(next() == JsonToken.START_OBJECT && "quantity".equals(field())
                            && next() == JsonToken.START_OBJECT);
                    quantity(out);
                    require(field() == null);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 2048;
        require(price && (seen & required) == required);
        medications.add(out.build());
    }

    private void drug(MedicationLine.Builder out) throws IOException {
        require(next() == JsonToken.START_OBJECT);
        int seen = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "extension" -> {
                    seen = mark(seen, 1);
                    for (Ext e : extensions()) {
                        switch (e.url()) {
                            case EXT_STRENGTH -> out.strength(e.string());
                            case EXT_REGISTRATION -> out.registrationNumber(e.string());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "coding" -> {
                    seen = mark(seen, 2);
                    List<Coding> codings = codings();
                    require(codings.size() == 1);
                    out.drugCode(code(codings.get(0), DRUG_CODE));
                }
                case "text" -> {
                    seen = mark(seen, 4);
                    out.drugName(string());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 6) == 6);
    }

    private void dosage(MedicationLine.Builder out) throws IOException {
        int seen = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "text" -> {
                    seen = mark(seen, 1);
                    out.dosage(string());
                }
                case "route" -> {
                    seen = mark(seen, 2);
                    out.routeCode(singleCode(concept(), ROUTE_CODE));
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen != 0);
    }

    private void quantity(MedicationLine.Builder out) throws IOException {
        int seen = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "value" -> {
                    seen = mark(seen, 1);
                    out.quantity(decimal());
                }
                case "unit" -> {
                    seen = mark(seen, 2);
                    out.unit(string());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3);
    }

    private void procedure(int seen) throws IOException {
        ServiceLine.Builder out = ServiceLine.builder();
        int extSeen = 0;
        String status = null;
        LocalDateTime performedAt = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Procedure");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        switch (e.url()) {
                            case EXT_QUANTITY -> {
                                extSeen |= 1;
                                out.quantity(e.decimal());
                            }
                            case EXT_UNIT_PRICE -> {
                                extSeen |= 2;
                                out.unitPrice(e.decimal());
                            }
                            case EXT_ORDERED_AT -> {
                                extSeen |= 4;
                                out.orderedAt(e.dateTime());
                            }
                            case EXT_RESULT_AT -> out.resultAt(e.dateTime());
                            case EXT_DEPARTMENT -> out.departmentCode(e.string());
                            case EXT_UNIT -> out.unit(e.string());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    out.lineId(lineId());
                }
                case "status" -> {
                    seen = mark(seen, 8);
                    status = string();
                    require(status.equals("completed") || status.equals("preparation"));
                }
                case "code" -> {
                    seen = mark(seen, 16);
                    Concept code = concept();
                    require(code.codings().size() == 1 && code.text() != null);
                    out.serviceCode(code(code.codings().get(0), SERVICE_CODE));
                    out.serviceName(code.text());
                }
                case "subject" -> {
                    seen = mark(seen, 32);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 64);
                    reference();
                }
                case "performedDateTime" -> {
                    seen = mark(seen, 128);
                    performedAt = dateTime(string());
                    out.performedAt(performedAt);
                }
                case "performer" -> {
                    seen = mark(seen, 256);
                    startArray();
                    require(nextItem() && "actor".equals(field()) && next() == JsonToken.START_OBJECT);
                    out.performerLicense(licenseMembers());
                    require(field() == null);
                    endOfSingleItem();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 2 | 4 | 8 | 16 | 32 | 64;
        require(extSeen == 7 && (seen & required) == required
                && (performedAt != null) == status.equals("completed"));
        services.add(out.build());
    }

    private void observation(int seen) throws IOException {
        LabResult.Builder out = LabResult.builder();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Observation");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        switch (e.url()) {
                            case EXT_ORDERED_AT -> out.orderedAt(e.dateTime());
                            case EXT_RESULT_UNIT -> out.unit(e.string());
                            default -> throw NOT_CANONICAL;
                        }
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    out.lineId(lineId());
                }
                case "status" -> {
                    seen = mark(seen, 8);
                    expect("final");
                }
                case "category" -> {
                    seen = mark(seen, 16);
                    fixedCategory(ToFhir.OBSERVATION_CATEGORY, "laboratory", "Laboratory");
                }
                case "code" -> {
                    seen = mark(seen, 32);
                    Concept code = concept();
                    require(code.text() != null && code.codings().size() <= 2);
                    String service = null;
                    String indicator = null;
                    for (Coding c : code.codings()) {
                        require(c.display() == null);
                        if (c.system().equals(SERVICE_CODE) && service == null) {
                            service = c.code();
                        } else if (c.system().equals(INDICATOR_CODE) && indicator == null) {
                            indicator = c.code();
                        } else {
                            throw NOT_CANONICAL;
                        }
                    }
                    require(service != null);
                    out.serviceCode(service).indicatorCode(indicator).indicatorName(code.text());
                }
                case "subject" -> {
                    seen = mark(seen, 64);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 128);
                    reference();
                }
                case "effectiveDateTime" -> {
                    seen = mark(seen, 256);
                    out.resultAt(dateTime(string()));
                }
                case "performer" -> {
                    seen = mark(seen, 512);
                    startArray();
                    require(nextItem());
                    out.performerLicense(licenseMembers());
                    endOfSingleItem();
                }
                case "valueString" -> {
                    seen = mark(seen, 1024);
                    out.value(string());
                }
                case "interpretation" -> {
                    seen = mark(seen, 2048);
                    startArray();
                    require(nextItem());
                    String code = singleCode(conceptMembers(), ToFhir.INTERPRETATION);
                    require(code.equals("A") || code.equals("N"));
                    out.abnormal(code.equals("A"));
                    endOfSingleItem();
                }
                case "referenceRange" -> {
                    seen = mark(seen, 4096);
                    out.referenceRange(singleText());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 1024 | 2048;
        require((seen & required) == required);
        labResults.add(out.build());
    }

    private void supplyDelivery(int seen) throws IOException {
        SupplyLine.Builder out = SupplyLine.builder();
        boolean price = false;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "SupplyDelivery");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        require(e.url().equals(EXT_UNIT_PRICE));
                        out.unitPrice(e.decimal());
                        price = true;
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    out.lineId(lineId());
                }
                case "status" -> {
                    seen = mark(seen, 8);
                    expect("completed");
                }
                case "patient" -> {
                    seen = mark(seen, 16);
                    reference();
                }
                case "suppliedItem" -> {
                    seen = mark(seen, 32);
                    require(next() == JsonToken.START_OBJECT);
                    suppliedItem(out);
                }
                case "occurrenceDateTime" -> {
                    seen = mark(seen, 64);
                    out.usedAt(dateTime(string()));
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(price && seen == 127);
        supplies.add(out.build());
    }

    private void suppliedItem(SupplyLine.Builder out) throws IOException {
        int seen = 0;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "quantity" -> {
                    seen = mark(seen, 1);
                    require(next() == JsonToken.START_OBJECT);
                    int quantitySeen = 0;
                    for (String member = field(); member != null; member = field()) {
                        switch (member) {
                            case "value" -> {
                                quantitySeen = mark(quantitySeen, 1);
                                out.quantity(decimal());
                            }
                            case "unit" -> {
                                quantitySeen = mark(quantitySeen, 2);
                                out.unit(string());
                            }
                            default -> throw NOT_CANONICAL;
                        }
                    }
                    require(quantitySeen == 3);
                }
                case "itemCodeableConcept" -> {
                    seen = mark(seen, 2);
                    Concept code = concept();
                    require(code.codings().size() == 1 && code.text() != null);
                    out.supplyCode(code(code.codings().get(0), SUPPLY_CODE)).supplyName(code.text());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3);
    }

    private void clinicalImpression(int seen) throws IOException {
        ProgressNote.Builder out = ProgressNote.builder();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "ClinicalImpression");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        require(e.url().equals(EXT_DEPARTMENT));
                        out.departmentCode(e.string());
                    }
                }
                case "identifier" -> {
                    seen = mark(seen, 4);
                    List<Ident> ids = identifiers();
                    require(ids.size() == 1 && ids.get(0).system().equals(NOTE_ID));
                    out.noteId(ids.get(0).value());
                }
                case "status" -> {
                    seen = mark(seen, 8);
                    expect("completed");
                }
                case "subject" -> {
                    seen = mark(seen, 16);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 32);
                    reference();
                }
                case "effectiveDateTime" -> {
                    seen = mark(seen, 64);
                    out.recordedAt(dateTime(string()));
                }
                case "assessor" -> {
                    seen = mark(seen, 128);
                    require(next() == JsonToken.START_OBJECT);
                    out.authorLicense(licenseMembers());
                }
                case "summary" -> {
                    seen = mark(seen, 256);
                    out.text(string());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 4 | 8 | 16 | 32 | 64 | 128 | 256;
        require((seen & required) == required);
        notes.add(out.build());
    }

    private void serviceRequest(int seen) throws IOException {
        require(referral == null);
        Referral.Builder out = Referral.builder();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "ServiceRequest");
                case "identifier" -> {
                    seen = mark(seen, 2);
                    List<Ident> ids = identifiers();
                    require(ids.size() == 1 && ids.get(0).system().equals(REFERRAL_NUMBER));
                    out.referralNumber(ids.get(0).value());
                }
                case "status" -> {
                    seen = mark(seen, 4);
                    expect("active");
                }
                case "intent" -> {
                    seen = mark(seen, 8);
                    expect("order");
                }
                case "category" -> {
                    seen = mark(seen, 16);
                    fixedCategory(SNOMED, ToFhir.SNOMED_REFERRAL, "Patient referral");
                }
                case "subject" -> {
                    seen = mark(seen, 32);
                    reference();
                }
                case "encounter" -> {
                    seen = mark(seen, 64);
                    reference();
                }
                case "authoredOn" -> {
                    seen = mark(seen, 128);
                    out.referredAt(dateTime(string()));
                }
                case "performer" -> {
                    seen = mark(seen, 256);
                    startArray();
                    require(nextItem());
                    int performerSeen = 0;
                    for (String member = field(); member != null; member = field()) {
                        switch (member) {
                            case "type" -> {
                                performerSeen = mark(performerSeen, 1);
                                expect("Organization");
                            }
                            case "identifier" -> {
                                performerSeen = mark(performerSeen, 2);
                                Ident id = identifier();
                                require(id.system().equals(FACILITY_CODE));
                                out.toFacilityCode(id.value());
                            }
                            default -> throw NOT_CANONICAL;
                        }
                    }
                    require(performerSeen == 3);
                    endOfSingleItem();
                }
                case "reasonCode" -> {
                    seen = mark(seen, 512);
                    out.reason(singleText());
                }
                case "note" -> {
                    seen = mark(seen, 1024);
                    out.clinicalSummary(singleText());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512;
        require((seen & required) == required);
        referral = out.build();
    }

    private void appointment(int seen) throws IOException {
        require(appointment == null);
        Appointment.Builder out = Appointment.builder();
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "Appointment");
                case "extension" -> {
                    seen = mark(seen, 2);
                    for (Ext e : extensions()) {
                        require(e.url().equals(EXT_DEPARTMENT));
                        out.departmentCode(e.string());
                    }
                }
                case "status" -> {
                    seen = mark(seen, 4);
                    expect("proposed");
                }
                case "reasonCode" -> {
                    seen = mark(seen, 8);
                    out.reason(singleText());
                }
                case "participant" -> {
                    seen = mark(seen, 16);
                    startArray();
                    require(nextItem());
                    int participantSeen = 0;
                    for (String member = field(); member != null; member = field()) {
                        switch (member) {
                            case "actor" -> {
                                participantSeen = mark(participantSeen, 1);
                                reference();
                            }
                            case "status" -> {
                                participantSeen = mark(participantSeen, 2);
                                expect("needs-action");
                            }
                            default -> throw NOT_CANONICAL;
                        }
                    }
                    require(participantSeen == 3);
                    endOfSingleItem();
                }
                case "requestedPeriod" -> {
                    seen = mark(seen, 32);
                    startArray();
                    require(nextItem());
                    int periodSeen = 0;
                    for (String member = field(); member != null; member = field()) {
                        switch (member) {
                            case "start" -> {
                                periodSeen = mark(periodSeen, 1);
                                out.date(date(string()));
                            }
                            case "end" -> {
                                periodSeen = mark(periodSeen, 2);
                                date(string());
                            }
                            default -> throw NOT_CANONICAL;
                        }
                    }
                    require(periodSeen == 3);
                    endOfSingleItem();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        int required = 1 | 4 | 16 | 32;
        require((seen & required) == required);
        appointment = out.build();
    }

    private void documentReference(int seen) throws IOException {
        require(!documentSeen);
        documentSeen = true;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "resourceType" -> seen = resourceType(seen, "DocumentReference");
                case "status" -> {
                    seen = mark(seen, 2);
                    expect("current");
                }
                case "type" -> {
                    seen = mark(seen, 4);
                    singleCode(concept(), FORM_CODE);
                }
                case "subject" -> {
                    seen = mark(seen, 8);
                    reference();
                }
                case "custodian" -> {
                    seen = mark(seen, 16);
                    reference();
                }
                case "content" -> {
                    seen = mark(seen, 32);
                    startArray();
                    require(nextItem() && "attachment".equals(field()) && next() == JsonToken.START_OBJECT);
                    signed = attachment();
                    require(field() == null);
                    endOfSingleItem();
                }
                case "context" -> {
                    seen = mark(seen, 64);
                    require(next() == JsonToken.START_OBJECT && "encounter".equals(field()));
                    startArray();
                    require(nextItem());
                    referenceMembers();
                    endOfSingleItem();
                    require(field() == null);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 127);
    }

    private SignedDocument attachment() throws IOException {
        int seen = 0;
        String contentType = null;
        byte[] data = null;
        byte[] hash = null;
        int size = -1;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "contentType" -> {
                    seen = mark(seen, 1);
                    contentType = string();
                }
                case "data" -> {
                    seen = mark(seen, 2);
                    data = base64(string());
                }
                case "size" -> {
                    seen = mark(seen, 4);
                    size = integer();
                }
                case "hash" -> {
                    seen = mark(seen, 8);
                    hash = base64(string());
                }
                case "creation" -> {
                    seen = mark(seen, 16);
                    dateTime(string());
                }
                default -> throw NOT_CANONICAL;
            }
        }
        // a mismatch is FromFhir's ATTACHMENT_MISMATCH: left to it
        require(seen == 31 && size == data.length && Arrays.equals(hash, ToFhir.sha1(data)));
        return new SignedDocument(data, contentType);
    }

    // ---- the record ----

    private FromFhir.Result assemble() {
        require(composition && patient != null && facility != null && encounter != null);
        for (Condition c : conditions) {
            Integer rank = ranks.get(c.fullUrl);
            require(rank != null); // FromFhir: REFERENCE_UNRESOLVED
            encounter.addDiagnosis(Diagnosis.builder().code(c.code)
                    .role(rank == 1 ? DiagnosisRole.MAIN : DiagnosisRole.SECONDARY)
                    .description(c.description).recordedAt(c.recordedAt).build());
        }
        medications.forEach(encounter::addMedication);
        services.forEach(encounter::addService);
        labResults.forEach(encounter::addLabResult);
        supplies.forEach(encounter::addSupply);
        notes.forEach(encounter::addNote);
        if (referral != null) {
            encounter.referral(referral);
        }
        if (appointment != null) {
            encounter.appointment(appointment);
        }
        MedicalRecord.Builder record = MedicalRecord.builder().recordId(recordId).formCode(formCode)
                .createdAt(createdAt).facility(facility).patient(patient).encounter(encounter.build());
        practitioners.forEach(record::addPractitioner);
        return new FromFhir.Result(record.build(), signed);
    }

    // ---- data types ----

    private Ident identifier() throws IOException {
        require(next() == JsonToken.START_OBJECT);
        return identifierMembers();
    }

    private Ident identifierMembers() throws IOException {
        int seen = 0;
        String system = null;
        String value = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "system" -> {
                    seen = mark(seen, 1);
                    system = string();
                }
                case "value" -> {
                    seen = mark(seen, 2);
                    value = string();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3);
        return new Ident(system, value);
    }

    /** A non-empty array of identifiers, each system once. */
    private List<Ident> identifiers() throws IOException {
        startArray();
        List<Ident> out = new ArrayList<>(3);
        while (nextItem()) {
            Ident id = identifierMembers();
            for (Ident other : out) {
                require(!other.system().equals(id.system()));
            }
            out.add(id);
        }
        require(!out.isEmpty());
        return out;
    }

    private String lineId() throws IOException {
        List<Ident> ids = identifiers();
        require(ids.size() == 1 && ids.get(0).system().equals(LINE_ID));
        return ids.get(0).value();
    }

    /** {@code {"identifier": {"system": PRACTITIONER_LICENSE, "value": ...}}}, after its opening brace. */
    private String licenseMembers() throws IOException {
        require("identifier".equals(field()));
        Ident id = identifier();
        require(id.system().equals(PRACTITIONER_LICENSE) && field() == null);
        return id.value();
    }

    private String reference() throws IOException {
        require(next() == JsonToken.START_OBJECT);
        return referenceMembers();
    }

    private String referenceMembers() throws IOException {
        require("reference".equals(field()));
        String out = string();
        require(field() == null);
        return out;
    }

    /** An array of one object {@code {"text": ...}}: the text. */
    private String singleText() throws IOException {
        startArray();
        require(nextItem());
        String out = textMembers();
        endOfSingleItem();
        return out;
    }

    private String textMembers() throws IOException {
        require("text".equals(field()));
        String out = string();
        require(field() == null);
        return out;
    }

    /** A HumanName {@code {text, family?, given?}}: the text (FromFhir reads only the text). */
    private String humanName() throws IOException {
        int seen = 0;
        String text = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "text" -> {
                    seen = mark(seen, 1);
                    text = string();
                }
                case "family" -> {
                    seen = mark(seen, 2);
                    string();
                }
                case "given" -> {
                    seen = mark(seen, 4);
                    startArray();
                    int n = 0;
                    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next(), n++) {
                        require(t == JsonToken.VALUE_STRING);
                        text(p.getText());
                    }
                    require(n > 0);
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 1) == 1);
        return text;
    }

    private String phone() throws IOException {
        int seen = 0;
        String value = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "system" -> {
                    seen = mark(seen, 1);
                    expect("phone");
                }
                case "value" -> {
                    seen = mark(seen, 2);
                    value = string();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(seen == 3);
        return value;
    }

    private Coding coding() throws IOException {
        require(next() == JsonToken.START_OBJECT);
        return codingMembers();
    }

    private Coding codingMembers() throws IOException {
        int seen = 0;
        String system = null;
        String code = null;
        String display = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "system" -> {
                    seen = mark(seen, 1);
                    system = string();
                }
                case "code" -> {
                    seen = mark(seen, 2);
                    code = string();
                }
                case "display" -> {
                    seen = mark(seen, 4);
                    display = string();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 3) == 3);
        return new Coding(system, code, display);
    }

    private List<Coding> codings() throws IOException {
        startArray();
        List<Coding> out = new ArrayList<>(2);
        while (nextItem()) {
            out.add(codingMembers());
        }
        require(!out.isEmpty());
        return out;
    }

    private Concept concept() throws IOException {
        require(next() == JsonToken.START_OBJECT);
        return conceptMembers();
    }

    private Concept conceptMembers() throws IOException {
        int seen = 0;
        List<Coding> codings = null;
        String text = null;
        for (String name = field(); name != null; name = field()) {
            switch (name) {
                case "coding" -> {
                    seen = mark(seen, 1);
                    codings = codings();
                }
                case "text" -> {
                    seen = mark(seen, 2);
                    text = string();
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require((seen & 1) == 1);
        return new Concept(codings, text);
    }

    /** The code of a concept that is exactly one coding of the system, without display or text. */
    private static String singleCode(Concept concept, String system) {
        require(concept.text() == null && concept.codings().size() == 1);
        return code(concept.codings().get(0), system);
    }

    private static String code(Coding coding, String system) {
        require(coding.system().equals(system) && coding.display() == null);
        return coding.code();
    }

    /** {@code category}: an array of one concept of one fixed coding. */
    private void fixedCategory(String system, String code, String display) throws IOException {
        startArray();
        require(nextItem());
        Concept c = conceptMembers();
        require(c.text() == null && c.codings().size() == 1
                && c.codings().get(0).equals(new Coding(system, code, display)));
        endOfSingleItem();
    }

    /** A non-empty array of extensions, each URL once. */
    private List<Ext> extensions() throws IOException {
        startArray();
        List<Ext> out = new ArrayList<>(6);
        while (nextItem()) {
            Ext e = extensionMembers(true);
            for (Ext other : out) {
                require(!other.url().equals(e.url()));
            }
            out.add(e);
        }
        require(!out.isEmpty());
        return out;
    }

    private Ext extensionMembers(boolean nestable) throws IOException {
        String url = null;
        Kind kind = null;
        Object value = null;
        for (String name = field(); name != null; name = field()) {
            if (name.equals("url")) {
                require(url == null);
                url = string();
                continue;
            }
            require(kind == null);
            switch (name) {
                case "valueString" -> {
                    kind = Kind.STRING;
                    value = string();
                }
                case "valueDecimal" -> {
                    kind = Kind.DECIMAL;
                    value = decimal();
                }
                case "valueDateTime" -> {
                    kind = Kind.DATE_TIME;
                    value = dateTime(string());
                }
                case "valueCoding" -> {
                    kind = Kind.CODING;
                    value = coding();
                }
                case "valueCodeableConcept" -> {
                    kind = Kind.CONCEPT;
                    value = concept();
                }
                case "extension" -> {
                    require(nestable);
                    kind = Kind.EXTENSIONS;
                    startArray();
                    List<Ext> inner = new ArrayList<>(1);
                    while (nextItem()) {
                        inner.add(extensionMembers(false));
                    }
                    require(!inner.isEmpty());
                    value = inner;
                }
                default -> throw NOT_CANONICAL;
            }
        }
        require(url != null && kind != null);
        return new Ext(url, kind, value);
    }

    // ---- values ----

    /** The next member's name, or null at the end of the object. */
    private String field() throws IOException {
        JsonToken t = next();
        if (t == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        require(t == JsonToken.END_OBJECT);
        return null;
    }

    private JsonToken next() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw NOT_CANONICAL;
        }
        return t;
    }

    private void startArray() throws IOException {
        require(next() == JsonToken.START_ARRAY);
    }

    /** True at the opening brace of the next object of an array, false at its end; anything else is not canonical. */
    private boolean nextItem() throws IOException {
        JsonToken t = next();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        require(t == JsonToken.END_ARRAY);
        return false;
    }

    private void endOfSingleItem() throws IOException {
        require(next() == JsonToken.END_ARRAY);
    }

    private String string() throws IOException {
        require(next() == JsonToken.VALUE_STRING);
        return text(p.getText());
    }

    private void expect(String value) throws IOException {
        require(string().equals(value));
    }

    private int integer() throws IOException {
        require(next() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
        return p.getIntValue();
    }

    /** A plain decimal ({@code -?digits(.digits)?}, at most 40 characters), its scale kept. */
    private BigDecimal decimal() throws IOException {
        JsonToken t = next();
        require(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT);
        String text = t == JsonToken.VALUE_NUMBER_FLOAT && p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                ? p.getDecimalValue().toString() : p.getText();
        require(text.length() <= MAX_NUMBER_CHARS);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            require(c >= '0' && c <= '9' || c == '.' || c == '-' && i == 0);
        }
        return new BigDecimal(text);
    }

    /** A text as written: not blank, no white space at either end, no unpaired surrogate. */
    private static String text(String value) {
        int n = value.length();
        require(n > 0 && !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(n - 1)));
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                require(Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1)));
                i++;
            }
        }
        return value;
    }

    /** {@code uuuu-MM-ddTHH:mm:ss.SSS+07:00}, years 1900-9999, as {@link FastFhirWriter} writes it. */
    private static LocalDateTime dateTime(String s) {
        require(s.length() == 29 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':'
                && s.charAt(19) == '.' && s.endsWith("+07:00"));
        LocalDate date = date(s.substring(0, 10));
        return date.atTime(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3) * 1_000_000);
    }

    /** {@code uuuu-MM-dd}, years 1900-9999. */
    private static LocalDate date(String s) {
        require(s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-');
        int year = digits(s, 0, 4);
        require(year >= 1900);
        return LocalDate.of(year, digits(s, 5, 2), digits(s, 8, 2)); // DateTimeException when not a date
    }

    /** An instant as HAPI writes one: {@code uuuu-MM-ddTHH:mm:ss.SSS} and an offset {@code ±HH:mm} or Z. */
    private static void instant(String s) {
        require(s.length() >= 24 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':'
                && s.charAt(19) == '.');
        date(s.substring(0, 10)).atTime(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3));
        String offset = s.substring(23);
        if (!offset.equals("Z")) {
            require(offset.length() == 6 && (offset.charAt(0) == '+' || offset.charAt(0) == '-')
                    && offset.charAt(3) == ':');
            int hours = digits(offset, 1, 2);
            int minutes = digits(offset, 4, 2);
            require(hours <= 14 && (minutes == 0 || minutes == 30 || minutes == 45));
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            require(c >= '0' && c <= '9');
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Canonical base64 (what {@code Base64.getEncoder()} gives back for the decoded bytes), not empty. */
    private static byte[] base64(String s) {
        byte[] out = Base64.getDecoder().decode(s);
        require(out.length > 0 && Base64.getEncoder().encodeToString(out).equals(s));
        return out;
    }

    private static <E extends Enum<E> & OfficialCode> E lookup(E[] values, String code) {
        for (E v : values) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        throw NOT_CANONICAL;
    }

    private static int mark(int seen, int bit) {
        require((seen & bit) == 0);
        return seen | bit;
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw NOT_CANONICAL;
        }
    }
}
