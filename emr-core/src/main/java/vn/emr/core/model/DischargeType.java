package vn.emr.core.model;

import vn.emr.core.code.OfficialCode;

/** The discharge type MA_LOAI_RV (Decision 4750/QD-BYT table 1). */
public enum DischargeType implements OfficialCode {
    /** 1: discharged (ra viện). */
    DISCHARGED("1"),
    /** 2: referred for professional reasons (chuyển tuyến theo yêu cầu chuyên môn). */
    REFERRED_PROFESSIONAL("2"),
    /** 3: absconded (trốn viện). */
    ABSCONDED("3"),
    /** 4: left at own request (xin ra viện). */
    AT_OWN_REQUEST("4"),
    /** 5: referred at the patient's request (chuyển tuyến theo yêu cầu người bệnh). */
    REFERRED_PATIENT_REQUEST("5");

    private final String code;

    DischargeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether this type is a referral (a referral paper, claims table XML13, is expected). */
    public boolean isReferral() {
        return this == REFERRED_PROFESSIONAL || this == REFERRED_PATIENT_REQUEST;
    }

    /** The type with this code; throws a coded {@link vn.emr.core.EmrException} for an unknown code. */
    public static DischargeType fromCode(String code) {
        return OfficialCode.fromCode(DischargeType.class, code);
    }
}
