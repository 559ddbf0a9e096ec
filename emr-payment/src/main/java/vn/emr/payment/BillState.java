package vn.emr.payment;

/** Where a bill stands after the transfers matched to it. */
public enum BillState {
    /** Nothing received yet. */
    OPEN,
    /** Received less than the amount due. */
    PARTIALLY_PAID,
    /** Received exactly the amount due. */
    PAID,
    /** Received more than the amount due (a refund is owed). */
    OVERPAID
}
