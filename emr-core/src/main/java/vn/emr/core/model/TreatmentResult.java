package vn.emr.core.model;

import vn.emr.core.code.OfficialCode;

/** The treatment result KET_QUA_DTRI (Decision 130/QD-BYT table 1, code 8 added by Decision 4750/QD-BYT). */
public enum TreatmentResult implements OfficialCode {
    /** 1: cured (khỏi). */
    CURED("1"),
    /** 2: improved (đỡ). */
    IMPROVED("2"),
    /** 3: unchanged (không thay đổi). */
    UNCHANGED("3"),
    /** 4: worse (nặng hơn). */
    WORSE("4"),
    /** 5: died (tử vong). */
    DIED("5"),
    /** 6: poor prognosis, family asked to go home (tiên lượng nặng xin về). */
    POOR_PROGNOSIS_DISCHARGED("6"),
    /** 7: undetermined (chưa xác định). */
    UNDETERMINED("7"),
    /** 8: died outside the hospital (tử vong ngoại viện, Decision 4750). */
    DIED_OUTSIDE("8");

    private final String code;

    TreatmentResult(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The result with this code; throws a coded {@link vn.emr.core.EmrException} for an unknown code. */
    public static TreatmentResult fromCode(String code) {
        return OfficialCode.fromCode(TreatmentResult.class, code);
    }
}
