package vn.emr.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emr.core.EmrException;
import vn.emr.payment.internal.Text;

/**
 * Matches incoming bank transfers to open hospital-fee bills by the {@link BillReference} in the memo, as banks
 * deliver it: with extra words, in lower case, with spaces or dashes inside the reference, diacritics stripped, and
 * O/I/L typed for 0/1. Each transfer is matched to at most one bill (a memo naming two registered bills is left
 * unmatched) and each transaction ID counts once (webhooks are retried).
 *
 * <p>Thread-safe: notifications may arrive concurrently. State is in memory; a host that must survive restarts
 * registers its open bills and replays its stored transfers at start-up (replay is idempotent).
 */
public final class Reconciler {

    private final Object lock = new Object();
    private final Map<String, Account> bills = new HashMap<>();
    private final Map<String, Reconciliation> seen = new HashMap<>();

    private static final class Account {
        final Bill bill;
        BigDecimal paid = BigDecimal.ZERO;
        final List<String> transactions = new ArrayList<>(2);

        Account(Bill bill) {
            this.bill = bill;
        }

        BillStatus status() {
            int c = paid.compareTo(bill.amount());
            BillState state = paid.signum() == 0 ? BillState.OPEN : c < 0 ? BillState.PARTIALLY_PAID
                    : c == 0 ? BillState.PAID : BillState.OVERPAID;
            return new BillStatus(bill, state, paid, transactions);
        }
    }

    /** An empty reconciler. */
    public Reconciler() {
    }

    /**
     * Registers a bill to be matched.
     *
     * @throws EmrException {@link PaymentError#BILL_DUPLICATE} if a bill with the same reference is registered
     */
    public void register(Bill bill) {
        java.util.Objects.requireNonNull(bill, "bill");
        synchronized (lock) {
            if (bills.putIfAbsent(bill.reference().value(), new Account(bill)) != null) {
                throw new EmrException(PaymentError.BILL_DUPLICATE, "reference");
            }
        }
    }

    /** Matches one transfer and records it; the same transaction ID again returns {@code DUPLICATE}. */
    public Reconciliation accept(BankTransfer transfer) {
        java.util.Objects.requireNonNull(transfer, "transfer");
        List<String> candidates = candidates(transfer.memo());
        synchronized (lock) {
            Reconciliation earlier = seen.get(transfer.transactionId());
            if (earlier != null) {
                return new Reconciliation(transfer.transactionId(), Reconciliation.Outcome.DUPLICATE,
                        earlier.status().orElse(null));
            }
            Account match = null;
            boolean ambiguous = false;
            for (String c : candidates) {
                Account a = bills.get(c);
                if (a != null) {
                    if (match != null && match != a) {
                        ambiguous = true;
                    }
                    match = a;
                }
            }
            Reconciliation result;
            if (match == null || ambiguous) {
                result = new Reconciliation(transfer.transactionId(), Reconciliation.Outcome.UNMATCHED, null);
            } else {
                match.paid = match.paid.add(transfer.amount());
                match.transactions.add(transfer.transactionId());
                BillStatus status = match.status();
                Reconciliation.Outcome outcome = switch (status.state()) {
                    case PAID -> Reconciliation.Outcome.PAID;
                    case OVERPAID -> Reconciliation.Outcome.OVERPAID;
                    default -> Reconciliation.Outcome.PARTIALLY_PAID;
                };
                result = new Reconciliation(transfer.transactionId(), outcome, status);
            }
            seen.put(transfer.transactionId(), result);
            return result;
        }
    }

    /** The status of the registered bill with the reference. */
    public Optional<BillStatus> status(BillReference reference) {
        synchronized (lock) {
            Account a = bills.get(reference.value());
            return a == null ? Optional.empty() : Optional.of(a.status());
        }
    }

    /** The status of every registered bill. */
    public List<BillStatus> statuses() {
        synchronized (lock) {
            List<BillStatus> list = new ArrayList<>(bills.size());
            for (Account a : bills.values()) {
                list.add(a.status());
            }
            return list;
        }
    }

    /**
     * Every well-formed reference (valid check character) in the memo: folded to ASCII, upper-cased, everything but
     * letters and digits dropped, then each {@code VP} followed by 9 characters (O read as 0, I and L as 1) tried.
     */
    static List<String> candidates(String memo) {
        String folded = Text.foldVietnamese(memo);
        StringBuilder s = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toUpperCase(folded.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                s.append(c);
            }
        }
        List<String> out = new ArrayList<>(1);
        for (int i = s.indexOf("VP"); i >= 0 && i + BillReference.LENGTH <= s.length(); i = s.indexOf("VP", i + 1)) {
            char[] c = new char[BillReference.LENGTH];
            for (int k = 0; k < BillReference.LENGTH; k++) {
                char ch = s.charAt(i + k);
                if (k >= 2) {
                    ch = ch == 'O' ? '0' : ch == 'I' || ch == 'L' ? '1' : ch;
                }
                c[k] = ch;
            }
            String candidate = new String(c);
            if (BillReference.isValid(candidate) && !out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }
}
