package vn.emr.claims.money;

import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The special service rates ({@code TYLE_TT_DV}, in percent) of Decision 130/4750 ({@code domain/claims.md} §3.1):
 * repeated exam visits on one day, shared beds, and further procedures in one operation.
 */
public final class ServiceRates {

    private ServiceRates() {
    }

    /**
     * The rate of the n-th exam visit of a patient on one day (n from 1): 100 for the first, 30 for the second to the
     * fourth, 10 for the fifth, 0 from the sixth.
     */
    public static int examVisit(int ordinal) {
        if (ordinal < 1) {
            throw new EmrException(ClaimsError.ORDINAL_RANGE, "TYLE_TT_DV");
        }
        if (ordinal == 1) {
            return 100;
        }
        if (ordinal <= 4) {
            return 30;
        }
        return ordinal == 5 ? 10 : 0;
    }

    /** The rate of a bed shared by this many patients: 100 alone, 50 for two, 33 for three or more. */
    public static int sharedBed(int patients) {
        if (patients < 1) {
            throw new EmrException(ClaimsError.ORDINAL_RANGE, "TYLE_TT_DV");
        }
        return patients == 1 ? 100 : patients == 2 ? 50 : 33;
    }

    /**
     * The rate of a further procedure in the same operation: 50 when the same team performs it, 80 when another team
     * does or it is a minor procedure (thủ thuật).
     */
    public static int furtherProcedure(boolean sameTeam) {
        return sameTeam ? 50 : 80;
    }
}
