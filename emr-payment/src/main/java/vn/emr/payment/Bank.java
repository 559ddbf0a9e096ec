package vn.emr.payment;

import java.util.Objects;
import vn.emr.core.EmrException;

/**
 * A NAPAS participant: its 6-digit BIN (bank identification number issued by the State Bank of Vietnam, letter
 * 1589/NHNN-TT, or by NAPAS for wallets and digital banks), short name, NAPAS/vietqr.io code, SWIFT code and name.
 * Absent codes are empty strings.
 *
 * @param bin the 6-digit BIN carried in VietQR tag 38.01.00
 * @param shortName the short name, e.g. {@code Vietcombank}
 * @param code the participant code, e.g. {@code VCB}; may be empty
 * @param swift the SWIFT/BIC code; may be empty
 * @param name the current legal name in Vietnamese; may be empty
 */
public record Bank(String bin, String shortName, String code, String swift, String name) {

    /** Validates the BIN and replaces absent texts by empty strings. */
    public Bank {
        if (bin == null || bin.length() != 6 || !vn.emr.payment.internal.Text.isDigits(bin)) {
            throw new EmrException(PaymentError.BIN_FORMAT, "bin");
        }
        shortName = Objects.requireNonNullElse(shortName, "");
        code = Objects.requireNonNullElse(code, "");
        swift = Objects.requireNonNullElse(swift, "");
        name = Objects.requireNonNullElse(name, "");
    }
}
