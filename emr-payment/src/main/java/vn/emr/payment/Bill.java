package vn.emr.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.emr.core.EmrException;
import vn.emr.payment.internal.Text;

/**
 * A hospital-fee bill to be paid by bank transfer: the facility ({@code MA_CSKCB}, 5 characters), the encounter it
 * bills ({@code MA_LK}, the linking key of the 130-standard claim tables), the amount in VND, the due date and the
 * short payment reference that the VietQR code carries in its purpose (see {@link VietQr.Builder#bill(Bill)}).
 *
 * @param facility the facility code {@code MA_CSKCB}
 * @param encounterId the encounter key {@code MA_LK}
 * @param amount the amount due in VND, a positive whole number
 * @param due the date payment is due
 * @param reference the payment reference
 */
public record Bill(String facility, String encounterId, BigDecimal amount, LocalDate due, BillReference reference) {

    /** Validates every component. */
    public Bill {
        if (facility == null || facility.length() != 5 || !facility.chars().allMatch(Character::isLetterOrDigit)
                || !Text.isAns(facility)) {
            throw new EmrException(PaymentError.FACILITY_CODE, "facility");
        }
        if (encounterId == null || encounterId.isBlank() || encounterId.length() > 100 || !Text.isAns(encounterId)) {
            throw new EmrException(PaymentError.ENCOUNTER_ID, "encounterId");
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0
                || amount.compareTo(BigDecimal.valueOf(9_999_999_999_999L)) > 0) {
            throw new EmrException(PaymentError.BILL_AMOUNT, "amount");
        }
        amount = amount.setScale(0);
        if (due == null) {
            throw new EmrException(PaymentError.REQUIRED, "due", "due");
        }
        if (reference == null) {
            throw new EmrException(PaymentError.REQUIRED, "reference", "reference");
        }
    }

    /** Issues a bill with a new random reference. */
    public static Bill issue(String facility, String encounterId, BigDecimal amount, LocalDate due) {
        return new Bill(facility, encounterId, amount, due, BillReference.random());
    }
}
