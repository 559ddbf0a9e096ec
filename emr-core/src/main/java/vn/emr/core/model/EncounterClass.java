package vn.emr.core.model;

import vn.emr.core.code.OfficialCode;

/**
 * The class of an encounter, MA_LOAI_KCB (two-character string code of the shared catalogue, Decision 824/QD-BYT
 * Appendix 1; a string since Decision 4750/QD-BYT). Descriptions per {@code domain/claims.md} §3.
 */
public enum EncounterClass implements OfficialCode {
    /** 01: examination (khám bệnh). */
    EXAMINATION("01", false),
    /** 02: outpatient treatment (điều trị ngoại trú). */
    OUTPATIENT_TREATMENT("02", false),
    /** 03: inpatient treatment (điều trị nội trú). */
    INPATIENT("03", true),
    /** 04: day inpatient treatment (điều trị nội trú ban ngày). */
    DAY_INPATIENT("04", true),
    /** 05: chronic outpatient with examination and drugs, paid per day. */
    CHRONIC_OUTPATIENT_DAILY("05", false),
    /** 06: treatment stay at a commune health station or regional polyclinic. */
    COMMUNE_STAY("06", true),
    /** 07: drugs collected by appointment, no examination. */
    DRUG_REFILL("07", false),
    /** 08: chronic outpatient with technical services and/or drugs. */
    CHRONIC_OUTPATIENT_SERVICES("08", false),
    /** 09: inpatient treatment under 4 hours. */
    INPATIENT_UNDER_4_HOURS("09", true);

    private final String code;
    private final boolean inpatient;

    EncounterClass(String code, boolean inpatient) {
        this.code = code;
        this.inpatient = inpatient;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the patient is admitted to a bed (a discharge paper is expected at the end). */
    public boolean isInpatient() {
        return inpatient;
    }

    /** The class with this code; throws a coded {@link vn.emr.core.EmrException} for an unknown code. */
    public static EncounterClass fromCode(String code) {
        return OfficialCode.fromCode(EncounterClass.class, code);
    }
}
