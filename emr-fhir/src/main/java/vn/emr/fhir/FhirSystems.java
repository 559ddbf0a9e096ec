package vn.emr.fhir;

/**
 * The identifier systems, code systems and extension URLs the FHIR R4 mapping writes and reads.
 *
 * <p>The three patient identifier systems are those of the Vietnam CORE implementation guide of the Ministry of Health's
 * IT department ({@code hl7.fhir.vn.core}, profile {@code vn-core-patient}), as in its Patient example; so is the
 * ethnicity extension. That guide defines no system this SDK could cite for the other values, so they use URNs of
 * this SDK ({@code urn:vn-emr:...}), which a receiver can map to its own.
 */
public final class FhirSystems {

    /** VN Core: the 12-digit personal identification number (CCCD, slice {@code TheCCCD}). */
    public static final String NATIONAL_ID = "http://fhir.ehealth.gov.vn/core/sid/national_id";
    /** VN Core: the health-insurance card number (slice {@code TheBHYT}). */
    public static final String INSURANCE_NUMBER = "http://fhir.ehealth.gov.vn/core/sid/insurance_number";
    /** VN Core: the facility's own patient number (slice {@code MaBenhNhan}). */
    public static final String PATIENT_INTERNAL_ID = "http://fhir.ehealth.gov.vn/core/sid/patient-internal-id";
    /** VN Core: the ethnicity extension ({@code extension-race}). */
    public static final String EXT_ETHNICITY = "http://fhir.ehealth.gov.vn/core/StructureDefinition/extension-race";
    /** VN Core: the ethnicity code system of the General Statistics Office list ("01" = Kinh). */
    public static final String ETHNICITY = "http://fhir.ehealth.gov.vn/core/CodeSystem/vn-core-race";
    /** FHIR core: the patient's nationality extension (sub-extension {@code code}). */
    public static final String EXT_NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
    /** ICD-10, the system URI FHIR assigns; the codes are those of the Ministry of Health's ICD-10 list. */
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

    /** This SDK: the record identifier (Composition and Bundle identifier). */
    public static final String RECORD_ID = "urn:vn-emr:sid:record-id";
    /** This SDK: the episode key MA_LK. */
    public static final String MA_LK = "urn:vn-emr:sid:ma-lk";
    /** This SDK: the facility code MA_CSKCB. */
    public static final String FACILITY_CODE = "urn:vn-emr:sid:facility-code";
    /** This SDK: a practitioner's licence number (practising certificate). */
    public static final String PRACTITIONER_LICENSE = "urn:vn-emr:sid:practitioner-license";
    /** This SDK: the facility's own practitioner code. */
    public static final String PRACTITIONER_CODE = "urn:vn-emr:sid:practitioner-code";
    /** This SDK: a line identifier within the encounter (drug, service, result and supply lines). */
    public static final String LINE_ID = "urn:vn-emr:sid:line-id";
    /** This SDK: the record form codes of Circular 32/2023 (e.g. 15/BV1). */
    public static final String FORM_CODE = "urn:vn-emr:cs:form-code";
    /** This SDK: the class of care MA_LOAI_KCB. */
    public static final String ENCOUNTER_CLASS = "urn:vn-emr:cs:ma-loai-kcb";
    /** This SDK: drug codes (MA_THUOC). */
    public static final String DRUG_CODE = "urn:vn-emr:cs:drug-code";
    /** This SDK: route codes (MA_DUONG_DUNG). */
    public static final String ROUTE_CODE = "urn:vn-emr:cs:route-code";
    /** This SDK: technical-service codes (MA_DICH_VU). */
    public static final String SERVICE_CODE = "urn:vn-emr:cs:service-code";
    /** This SDK: lab indicator codes (MA_CHI_SO). */
    public static final String INDICATOR_CODE = "urn:vn-emr:cs:indicator-code";
    /** This SDK: discharge types (KET_QUA_DTRI's companion MA_LOAI_RV). */
    public static final String DISCHARGE_TYPE = "urn:vn-emr:cs:discharge-type";
    /** This SDK: treatment results (KET_QUA_DTRI). */
    public static final String TREATMENT_RESULT = "urn:vn-emr:cs:treatment-result";
    /** This SDK: nationality codes (MA_QUOCTICH, "000" = Vietnam). */
    public static final String NATIONALITY = "urn:vn-emr:cs:nationality";
    /** This SDK: occupation codes (MA_NGHE_NGHIEP). */
    public static final String OCCUPATION = "urn:vn-emr:cs:occupation";

    /** This SDK's extension: the patient's occupation (valueCoding in {@link #OCCUPATION}). */
    public static final String EXT_OCCUPATION = "urn:vn-emr:extension:occupation";
    /** This SDK's extension: the patient's province of residence (MATINH_CU_TRU), valueString. */
    public static final String EXT_RESIDENCE_PROVINCE = "urn:vn-emr:extension:residence-province";
    /** This SDK's extension: the patient's district of residence (MAHUYEN_CU_TRU), valueString. */
    public static final String EXT_RESIDENCE_DISTRICT = "urn:vn-emr:extension:residence-district";
    /** This SDK's extension: the patient's commune of residence (MAXA_CU_TRU), valueString. */
    public static final String EXT_RESIDENCE_COMMUNE = "urn:vn-emr:extension:residence-commune";
    /** This SDK's extension: the patient's weight at the encounter in kg (CAN_NANG), valueDecimal. */
    public static final String EXT_WEIGHT_KG = "urn:vn-emr:extension:weight-kg";
    /** This SDK's extension: the unit a service line's quantity counts (DON_VI_TINH), valueString. */
    public static final String EXT_UNIT = "urn:vn-emr:extension:unit";
    /** This SDK's extension: a department code (MA_KHOA), valueString. */
    public static final String EXT_DEPARTMENT = "urn:vn-emr:extension:department-code";
    /** This SDK's extension: a line's unit price in VND, valueDecimal. */
    public static final String EXT_UNIT_PRICE = "urn:vn-emr:extension:unit-price";
    /** This SDK's extension: a drug's strength (HAM_LUONG), valueString. */
    public static final String EXT_STRENGTH = "urn:vn-emr:extension:strength";
    /** This SDK's extension: a drug's registration number (SO_DANG_KY), valueString. */
    public static final String EXT_REGISTRATION = "urn:vn-emr:extension:registration-number";
    /** This SDK's extension: a line's quantity (SO_LUONG), valueDecimal. */
    public static final String EXT_QUANTITY = "urn:vn-emr:extension:quantity";
    /** This SDK's extension: when a service or test was ordered (NGAY_YL), valueDateTime. */
    public static final String EXT_ORDERED_AT = "urn:vn-emr:extension:ordered-at";
    /** This SDK's extension: when a service's result came (NGAY_KQ), valueDateTime. */
    public static final String EXT_RESULT_AT = "urn:vn-emr:extension:result-at";
    /** This SDK's extension: a lab result's unit, valueString. */
    public static final String EXT_RESULT_UNIT = "urn:vn-emr:extension:result-unit";
    /** This SDK's extension: the treatment result at discharge (valueCoding in {@link #TREATMENT_RESULT}). */
    public static final String EXT_TREATMENT_RESULT = "urn:vn-emr:extension:treatment-result";
    /** This SDK's extension: the discharge summary, valueString. */
    public static final String EXT_DISCHARGE_SUMMARY = "urn:vn-emr:extension:discharge-summary";
    /** This SDK's extension: the instructions at discharge, valueString. */
    public static final String EXT_DISCHARGE_INSTRUCTIONS = "urn:vn-emr:extension:discharge-instructions";
    /** This SDK's extension: the attending practitioner's licence or code as the record holds it, valueString. */
    public static final String EXT_ATTENDING = "urn:vn-emr:extension:attending-license";

    // Supplies, progress notes, the referral and the appointment (added with their mapping).

    /** This SDK: medical-supply codes (MA_VAT_TU), in {@code SupplyDelivery.suppliedItem.itemCodeableConcept}. */
    public static final String SUPPLY_CODE = "urn:vn-emr:cs:supply-code";
    /** This SDK: a progress note's identifier within the record ({@code ClinicalImpression.identifier}). */
    public static final String NOTE_ID = "urn:vn-emr:sid:note-id";
    /** This SDK: the referral paper number SO_CHUYENTUYEN ({@code ServiceRequest.identifier}). */
    public static final String REFERRAL_NUMBER = "urn:vn-emr:sid:referral-number";
    /** SNOMED CT, the system URI FHIR assigns; used for the referral's category (3457005, patient referral). */
    public static final String SNOMED = "http://snomed.info/sct";

    private FhirSystems() {
    }
}
