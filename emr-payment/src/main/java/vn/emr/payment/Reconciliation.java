package vn.emr.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Reconciler} made of one bank transfer: the outcome and, when it matched, the bill's status right
 * after it. A repeated transaction ID gives {@link Outcome#DUPLICATE} and changes nothing.
 */
public final class Reconciliation {

    /** The outcome of one transfer. */
    public enum Outcome {
        /** Matched a bill, which is now paid exactly. */
        PAID,
        /** Matched a bill, which still has an amount outstanding. */
        PARTIALLY_PAID,
        /** Matched a bill, which has now received more than its amount. */
        OVERPAID,
        /** The transaction ID was seen before; nothing changed. */
        DUPLICATE,
        /** No registered bill's reference in the memo (or several): left for manual review. */
        UNMATCHED
    }

    private final String transactionId;
    private final Outcome outcome;
    private final BillStatus status;

    Reconciliation(String transactionId, Outcome outcome, BillStatus status) {
        this.transactionId = Objects.requireNonNull(transactionId);
        this.outcome = Objects.requireNonNull(outcome);
        this.status = status;
    }

    /** The bank's transaction ID. */
    public String transactionId() {
        return transactionId;
    }

    /** The outcome. */
    public Outcome outcome() {
        return outcome;
    }

    /** The bill matched (for a duplicate: the bill the first delivery matched, if any). */
    public Optional<BillReference> bill() {
        return status == null ? Optional.empty() : Optional.of(status.bill().reference());
    }

    /** The matched bill's status right after this transfer (for a duplicate: after the first delivery). */
    public Optional<BillStatus> status() {
        return Optional.ofNullable(status);
    }

    @Override
    public String toString() {
        return "Reconciliation[" + transactionId + ", " + outcome
                + (status == null ? "" : ", " + status.bill().reference()) + "]";
    }
}
