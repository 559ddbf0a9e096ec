package vn.emr.core.prescription;

import java.security.SecureRandom;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.validation.constraints.FacilityCodeValidator;

/**
 * Issues new prescription codes: the facility code, 7 characters {@code [0-9a-z]} drawn uniformly from a
 * {@link SecureRandom} (never a counter: Circular 26/2025/TT-BYT Appendix I note 1 asks for a random value), {@code -}
 * and the type letter. Each drawn code is claimed through an {@link IssuedCodes} check; a code already issued is drawn
 * again, up to {@link #MAX_ATTEMPTS} times, then {@code EMR-CORE-0728}.
 *
 * <p>With 36<sup>7</sup> (about 7.8 × 10<sup>10</sup>) values per facility, a retry is rare and
 * {@link #MAX_ATTEMPTS} failures in a row mean the check is refusing everything. Thread-safe when the check is.
 */
public final class PrescriptionCodes {

    /** The most draws for one code. */
    public static final int MAX_ATTEMPTS = 32;

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random;
    private final IssuedCodes issued;

    private PrescriptionCodes(SecureRandom random, IssuedCodes issued) {
        this.random = Objects.requireNonNull(random, "random");
        this.issued = Objects.requireNonNull(issued, "issued");
    }

    /** A generator with a new {@link SecureRandom} and the in-memory check (codes unique within this process). */
    public static PrescriptionCodes inMemory() {
        return new PrescriptionCodes(new SecureRandom(), IssuedCodes.inMemory());
    }

    /** A generator with a new {@link SecureRandom} and the host's check of issued codes. */
    public static PrescriptionCodes withIssuedCodes(IssuedCodes issued) {
        return new PrescriptionCodes(new SecureRandom(), issued);
    }

    /** A generator with the given random source (for example a DRBG instance) and check. */
    public static PrescriptionCodes of(SecureRandom random, IssuedCodes issued) {
        return new PrescriptionCodes(random, issued);
    }

    /**
     * A new code of the facility and type, claimed in the check.
     *
     * @throws EmrException {@code EMR-CORE-0306} for a facility code that is not 5 letters or digits,
     *     {@code EMR-CORE-0728} when {@link #MAX_ATTEMPTS} draws were all issued before
     */
    public PrescriptionCode next(String facilityCode, PrescriptionType type) {
        Objects.requireNonNull(type, "type");
        if (!FacilityCodeValidator.matches(facilityCode)) {
            throw new EmrException(CoreError.FACILITY_CODE_FORMAT, "facility.code");
        }
        char[] part = new char[7];
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            for (int i = 0; i < part.length; i++) {
                part[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            PrescriptionCode code = PrescriptionCode.of(facilityCode, new String(part), type);
            if (issued.claim(code)) {
                return code;
            }
        }
        throw new EmrException(CoreError.RX_CODE_EXHAUSTED, "ma_don_thuoc", MAX_ATTEMPTS);
    }
}
