package vn.emr.claims;

import java.util.Locale;
import vn.emr.core.ErrorCode;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error and warning codes of {@code emr-claims} ({@code EMR-CLM-nnnn}); texts in
 * {@code claims-errors_vi/en.properties}.
 *
 * <p>Ranges: 01xx money (line amounts, benefit rates, dated configuration).
 */
public enum ClaimsError implements ErrorCode {
    // 01xx money
    /** An amount, price, quantity or rate is negative. */
    MONEY_NEGATIVE("EMR-CLM-0101"),
    /** A value carries more decimal places than its field allows (nothing is rounded silently). */
    MONEY_SCALE("EMR-CLM-0102"),
    /** A percentage lies outside 0..100. */
    RATE_RANGE("EMR-CLM-0103"),
    /** Other funding of a line is not below the line's cost at the facility's price. */
    OTHER_FUNDING_RANGE("EMR-CLM-0104"),
    /** Other funding is given without saying whom it supports (case a, b or c of the decision). */
    OTHER_FUNDING_CASE("EMR-CLM-0105"),
    /** No base salary is configured for the date. */
    BASE_SALARY_UNKNOWN("EMR-CLM-0106"),
    /** A dated configuration holds two values for one date. */
    DATED_VALUE_DUPLICATE("EMR-CLM-0107"),
    /** A visit or procedure ordinal below 1. */
    ORDINAL_RANGE("EMR-CLM-0108"),
    /** An amount does not fit the 15 characters of its field. */
    MONEY_TOO_LARGE("EMR-CLM-0109"),
    /** A drug line with two different unit prices or a service rate. */
    DRUG_LINE_SHAPE("EMR-CLM-0110"),
    /** The fund's amount of a line exceeds the line's cost at the facility's price. */
    INSURANCE_ABOVE_FACILITY("EMR-CLM-0111");

    private static final MessageBundle BUNDLE =
            MessageBundle.load(ClaimsError.class::getResourceAsStream, "claims-errors");

    private final String code;

    ClaimsError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale, Object... args) {
        return BUNDLE.format(code, locale, args);
    }
}
