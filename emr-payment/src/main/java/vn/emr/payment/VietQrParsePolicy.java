package vn.emr.payment;

/**
 * How {@link VietQr#parse(String, VietQrParsePolicy)} treats what real VietQR generators write but EMVCo MPM v1.1 and
 * the NAPAS VietQR profile do not allow. Each departure below is a warning under {@link #LENIENT} (the code is
 * accepted, {@link VietQr#warnings()} lists it) and an error under {@link #STRICT} (the code is refused):
 *
 * <ul>
 *   <li>{@link PaymentError#CRC_LOWER_CASE} a CRC in lower-case hexadecimal;</li>
 *   <li>{@link PaymentError#POI_MISSING} no point of initiation (ID 01);</li>
 *   <li>{@link PaymentError#CURRENCY_MISSING} no currency (ID 53); {@link PaymentError#COUNTRY_MISSING} no country
 *       (ID 58);</li>
 *   <li>{@link PaymentError#SERVICE_UNKNOWN} a service code (38.02) other than QRIBFTTA, QRIBFTTC, QRPUSH, QRCASH;
 *       under {@link #STRICT} a missing 38.02 is refused too ({@link PaymentError#MISSING_TAG});</li>
 *   <li>{@link PaymentError#NON_ASCII} characters outside printable ASCII (e.g. UTF-8 Vietnamese) in 59, 60 or the
 *       sub-objects 01-09 of template 62;</li>
 *   <li>{@link PaymentError#AMOUNT_ZERO} an amount of zero and {@link PaymentError#AMOUNT_DECIMALS} an amount with a
 *       decimal point (VND has no minor unit; the builder never writes either);</li>
 *   <li>{@link PaymentError#DYNAMIC_WITHOUT_AMOUNT} a dynamic code without an amount;</li>
 *   <li>{@link PaymentError#FEE_INCONSISTENT} tip and fee objects 55-57 that do not agree.</li>
 * </ul>
 *
 * <p>An unknown BIN ({@link PaymentError#BIN_UNKNOWN}) and an amount at or above the NAPAS247 limit
 * ({@link PaymentError#AMOUNT_OVER_LIMIT}) stay warnings under both policies: they depend on the bank list and on the
 * bank, not on the payload format. Everything else the parser reports is an error under both.
 */
public enum VietQrParsePolicy {
    /** Accepts with a warning what real bank apps and generators write; the default for apps. */
    LENIENT,
    /** Refuses every departure from EMVCo and NAPAS; for certifying a generator. */
    STRICT;

    /** {@link #LENIENT}. */
    public static VietQrParsePolicy lenient() {
        return LENIENT;
    }

    /** {@link #STRICT}. */
    public static VietQrParsePolicy strict() {
        return STRICT;
    }

    /** Whether departures are errors. */
    public boolean isStrict() {
        return this == STRICT;
    }
}
