package vn.emr.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one bill in a {@link Reconciler}: its state, the amount due and received, and the bank transactions
 * matched to it in arrival order.
 *
 * @param bill the bill
 * @param state the state
 * @param paid the total received in VND
 * @param transactionIds the matched transactions, in arrival order
 */
public record BillStatus(Bill bill, BillState state, BigDecimal paid, List<String> transactionIds) {

    /** Copies the list. */
    public BillStatus {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paid, "paid");
        transactionIds = List.copyOf(transactionIds);
    }

    /** The amount still owed (negative when overpaid). */
    public BigDecimal outstanding() {
        return bill.amount().subtract(paid);
    }
}
