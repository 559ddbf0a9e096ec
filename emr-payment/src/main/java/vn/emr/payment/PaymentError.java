package vn.emr.payment;

import java.util.Locale;
import vn.emr.core.ErrorCode;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error and warning codes of {@code emr-payment} ({@code EMR-PAY-nnnn}); texts in
 * {@code payment-errors_vi/en.properties}.
 *
 * <p>Ranges: 00xx EMVCo merchant-presented QR structure, 01xx the NAPAS VietQR profile, 02xx building, 03xx
 * rendering, 04xx bills and reconciliation, 05xx the bank list, 06xx input checks of the builder and the amount reader. When parsing, an issue's path is the 0-based
 * character position of the fault in the payload.
 */
public enum PaymentError implements ErrorCode {
    // 00xx EMVCo structure and generic checks
    /** Payload is empty. */
    EMPTY("EMR-PAY-0001"),
    /** Payload longer than 512 characters. */
    TOO_LONG("EMR-PAY-0002"),
    /** Truncated or non-numeric ID/length. */
    TLV_HEADER("EMR-PAY-0003"),
    /** A value overruns the string. */
    TLV_OVERRUN("EMR-PAY-0004"),
    /** Zero-length value. */
    TLV_ZERO_LENGTH("EMR-PAY-0005"),
    /** Duplicate ID. */
    DUPLICATE_TAG("EMR-PAY-0006"),
    /** No CRC. */
    CRC_MISSING("EMR-PAY-0007"),
    /** CRC does not match. */
    CRC_MISMATCH("EMR-PAY-0008"),
    /** CRC not 4 hex characters. */
    CRC_FORMAT("EMR-PAY-0009"),
    /** CRC not last. */
    CRC_NOT_LAST("EMR-PAY-0010"),
    /** Lower-case CRC (warning). */
    CRC_LOWER_CASE("EMR-PAY-0011"),
    /** 00 missing, not first or not 01. */
    FORMAT_INDICATOR("EMR-PAY-0012"),
    /** 01 not 11/12. */
    POI_INVALID("EMR-PAY-0013"),
    /** 01 absent (warning). */
    POI_MISSING("EMR-PAY-0014"),
    /** Amount format. */
    AMOUNT_FORMAT("EMR-PAY-0015"),
    /** Amount zero (warning). */
    AMOUNT_ZERO("EMR-PAY-0016"),
    /** Decimals in a VND amount (warning). */
    AMOUNT_DECIMALS("EMR-PAY-0017"),
    /** Mandatory object missing. */
    MISSING_TAG("EMR-PAY-0018"),
    /** Non-ASCII in an ans field. */
    NON_ASCII("EMR-PAY-0019"),
    /** No merchant account information. */
    NO_MERCHANT_ACCOUNT("EMR-PAY-0020"),
    /** Valid EMV QR, not VietQR. */
    NOT_VIETQR("EMR-PAY-0021"),
    /** Fee indicator inconsistency (warning). */
    FEE_INCONSISTENT("EMR-PAY-0022"),
    // 01xx the NAPAS VietQR profile
    /** 38.00 not A000000727. */
    GUID_WRONG("EMR-PAY-0101"),
    /** BIN not 6 digits. */
    BIN_FORMAT("EMR-PAY-0102"),
    /** Unknown BIN (warning). */
    BIN_UNKNOWN("EMR-PAY-0103"),
    /** 38.01.01 format. */
    BENEFICIARY_FORMAT("EMR-PAY-0104"),
    /** Unexpected sub-tag in 38 / 38.01. */
    SUBTAG_UNEXPECTED("EMR-PAY-0105"),
    /** Unknown service (warning). */
    SERVICE_UNKNOWN("EMR-PAY-0106"),
    /** 53 not 704. */
    CURRENCY("EMR-PAY-0107"),
    /** 58 not VN. */
    COUNTRY("EMR-PAY-0108"),
    /** 53 absent (warning). */
    CURRENCY_MISSING("EMR-PAY-0109"),
    /** 58 absent (warning). */
    COUNTRY_MISSING("EMR-PAY-0110"),
    /** A field exceeds its maximum length. */
    FIELD_TOO_LONG("EMR-PAY-0111"),
    /** Dynamic without 54 (warning). */
    DYNAMIC_WITHOUT_AMOUNT("EMR-PAY-0112"),
    /** Amount at or above 500 million VND (warning). */
    AMOUNT_OVER_LIMIT("EMR-PAY-0113"),
    // 02xx building
    /** A builder field is missing. */
    REQUIRED("EMR-PAY-0201"),
    /** Both account and card. */
    ACCOUNT_AND_CARD("EMR-PAY-0202"),
    /** Non-transliterable text. */
    TEXT_NOT_ASCII("EMR-PAY-0203"),
    /** Purpose transliterated (warning). */
    TRANSLITERATED("EMR-PAY-0204"),
    /** Builder amount not allowed. */
    AMOUNT_INVALID("EMR-PAY-0205"),
    /** Card not digits. */
    CARD_FORMAT("EMR-PAY-0206"),
    /** 62 template over 99. */
    ADDITIONAL_DATA_TOO_LONG("EMR-PAY-0207"),
    // 03xx rendering
    /** Bad image size. */
    RENDER_SIZE("EMR-PAY-0301"),
    /** ZXing refused. */
    RENDER_FAILED("EMR-PAY-0302"),
    // 04xx bills and reconciliation
    /** Bill facility. */
    FACILITY_CODE("EMR-PAY-0401"),
    /** Bill encounter id. */
    ENCOUNTER_ID("EMR-PAY-0402"),
    /** Bill amount. */
    BILL_AMOUNT("EMR-PAY-0403"),
    /** Reference format. */
    REFERENCE_FORMAT("EMR-PAY-0404"),
    /** Reference check character. */
    REFERENCE_CHECK("EMR-PAY-0405"),
    /** Duplicate bill reference. */
    BILL_DUPLICATE("EMR-PAY-0406"),
    /** Bad notification. */
    TRANSFER_INVALID("EMR-PAY-0407"),
    // 05xx bank list
    /** Bank list format. */
    BANK_LIST("EMR-PAY-0501"),
    // 06xx input checks of the builder and the amount reader
    /** A text is empty once written without diacritics. */
    TEXT_EMPTY("EMR-PAY-0600"),
    /** A typed amount is not ASCII digits only. */
    AMOUNT_NOT_DIGITS("EMR-PAY-0601");

    private static final MessageBundle BUNDLE =
            MessageBundle.load(PaymentError.class::getResourceAsStream, "payment-errors");

    private final String code;

    PaymentError(String code) {
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

    /** The bundle behind the messages (for the test that proves every code has both texts). */
    static MessageBundle bundle() {
        return BUNDLE;
    }
}
