package vn.emr.claims.money;

import java.math.BigDecimal;
import java.util.Objects;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.money.FundingParts.Source;
import vn.emr.core.EmrException;

/**
 * Money from outside the insurance fund and the patient on one line, and whom it supports, which decides how it is
 * subtracted (Decision 4750, field {@code T_NGUONKHAC} of XML2 and XML3, cases a to c; {@code domain/claims.md}
 * §3.1). Immutable; made by the static factories.
 */
public final class OtherFunding {

    /** Whom other funding supports, which decides the order of subtraction. */
    public enum Supports {
        /** No other funding. */
        NOBODY,
        /** Case a: the patient alone; it reduces {@code T_BNTT}, then {@code T_BNCCT}, then {@code T_BHTT}. */
        PATIENT,
        /**
         * Case b: the facility's costs in general; it reduces the line's cost first and the rest is shared as usual
         * (the decision's example: 10,000,000 at 50 %, 3,000,000 donated, benefit 80 gives {@code THANH_TIEN_BH}
         * 3,500,000, {@code T_BHTT} 2,800,000, {@code T_BNCCT} 700,000, {@code T_BNTT} 3,500,000).
         */
        FACILITY,
        /**
         * Case c, as guided for ARV drugs: the other source pays the patient's co-payment, so {@code T_NGUONKHAC}
         * is the provisional {@code T_BNCCT} and {@code T_BNCCT} is 0.
         */
        CO_PAYMENT
    }

    private static final OtherFunding NONE = new OtherFunding(Supports.NOBODY, FundingParts.none(), null);

    private final Supports supports;
    private final FundingParts parts;
    private final Source coPaymentSource;

    private OtherFunding(Supports supports, FundingParts parts, Source coPaymentSource) {
        this.supports = supports;
        this.parts = parts;
        this.coPaymentSource = coPaymentSource;
    }

    /** No other funding. */
    public static OtherFunding none() {
        return NONE;
    }

    /**
     * Funding of the patient alone (case a).
     *
     * @throws EmrException {@link ClaimsError#OTHER_FUNDING_RANGE} when the parts sum to zero
     */
    public static OtherFunding forPatient(FundingParts parts) {
        return new OtherFunding(Supports.PATIENT, positive(parts), null);
    }

    /**
     * Funding of the facility's costs in general (case b).
     *
     * @throws EmrException {@link ClaimsError#OTHER_FUNDING_RANGE} when the parts sum to zero
     */
    public static OtherFunding forFacility(FundingParts parts) {
        return new OtherFunding(Supports.FACILITY, positive(parts), null);
    }

    /** The patient's co-payment paid by this source (case c, as for ARV drugs); the amount follows from the line. */
    public static OtherFunding coPaymentBy(Source source) {
        return new OtherFunding(Supports.CO_PAYMENT, FundingParts.none(), Objects.requireNonNull(source, "source"));
    }

    private static FundingParts positive(FundingParts parts) {
        if (Objects.requireNonNull(parts, "parts").total().signum() == 0) {
            throw new EmrException(ClaimsError.OTHER_FUNDING_RANGE, "T_NGUONKHAC");
        }
        return parts;
    }

    /** Whom the funding supports. */
    public Supports supports() {
        return supports;
    }

    /** The given parts (all zero for {@link Supports#NOBODY} and {@link Supports#CO_PAYMENT}). */
    public FundingParts parts() {
        return parts;
    }

    /** The parts once the co-payment of case c is known. */
    FundingParts partsFor(BigDecimal coPayment) {
        return supports == Supports.CO_PAYMENT ? FundingParts.of(coPaymentSource, coPayment) : parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OtherFunding f && f.supports == supports && f.parts.equals(parts)
                && f.coPaymentSource == coPaymentSource;
    }

    @Override
    public int hashCode() {
        return Objects.hash(supports, parts, coPaymentSource);
    }

    @Override
    public String toString() {
        return "OtherFunding[supports=" + supports + "]";
    }
}
