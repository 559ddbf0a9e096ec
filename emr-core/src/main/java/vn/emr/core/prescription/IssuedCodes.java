package vn.emr.core.prescription;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "issued codes" check behind {@link PrescriptionCodes}: which prescription codes a facility has already used.
 * A code must be unique per facility (Circular 26/2025/TT-BYT Appendix I note 1), and the national system refuses a
 * code used before, so uniqueness is on the facility code and the 7 random characters, whatever the type letter.
 *
 * <p>The {@link #inMemory()} default remembers only the codes of one running process; a host plugs in its own
 * implementation over its prescription store (a unique index on facility code and random part), so codes of earlier
 * days, years and restarts are never reissued. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IssuedCodes {

    /**
     * Records the code as issued, atomically: true when its facility code and random part were free and are now
     * taken, false when they had been issued before (the generator then draws again).
     */
    boolean claim(PrescriptionCode code);

    /** A check that remembers the codes claimed through it in this process only. */
    static IssuedCodes inMemory() {
        Set<String> taken = ConcurrentHashMap.newKeySet();
        return code -> taken.add(code.facilityCode() + code.randomPart());
    }
}
