package vn.emr.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import vn.emr.core.EmrException;

/**
 * A credit on the hospital's account, as a bank statement or a webhook (SePay, Casso, a bank's Open API) reports it:
 * the bank's transaction ID (webhooks are retried, so it is the idempotency key), the amount in VND, the memo text as
 * the bank delivered it, and when it was received. {@link #toString()} leaves the memo out (it may hold a name).
 *
 * @param transactionId the bank's unique transaction ID
 * @param amount the credited amount in VND, positive
 * @param memo the transfer memo ("nội dung chuyển khoản") as received; empty if the bank sent none
 * @param receivedAt when the credit happened
 */
public record BankTransfer(String transactionId, BigDecimal amount, String memo, OffsetDateTime receivedAt) {

    /** Validates the components; a missing memo becomes empty. */
    public BankTransfer {
        if (transactionId == null || transactionId.isBlank()) {
            throw new EmrException(PaymentError.TRANSFER_INVALID, "transactionId", "transactionId");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new EmrException(PaymentError.TRANSFER_INVALID, "amount", "amount");
        }
        if (receivedAt == null) {
            throw new EmrException(PaymentError.TRANSFER_INVALID, "receivedAt", "receivedAt");
        }
        memo = memo == null ? "" : memo;
    }

    @Override
    public String toString() {
        return "BankTransfer[" + transactionId + ", " + amount.toPlainString() + " VND, " + receivedAt + "]";
    }
}
