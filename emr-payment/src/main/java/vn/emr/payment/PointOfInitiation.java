package vn.emr.payment;

import java.util.Optional;

/** EMVCo ID 01, point of initiation method: a static QR is reused, a dynamic one is made for one payment. */
public enum PointOfInitiation {
    /** {@code 11}: shown for many payments, usually without an amount. */
    STATIC("11"),
    /** {@code 12}: made for one payment, with its amount. */
    DYNAMIC("12");

    private final String code;

    PointOfInitiation(String code) {
        this.code = code;
    }

    /** The two-digit wire value. */
    public String code() {
        return code;
    }

    /** The method for the wire value, if it is {@code 11} or {@code 12}. */
    public static Optional<PointOfInitiation> fromCode(String code) {
        if ("11".equals(code)) {
            return Optional.of(STATIC);
        }
        if ("12".equals(code)) {
            return Optional.of(DYNAMIC);
        }
        return Optional.empty();
    }
}
