package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.payment.Reconciliation.Outcome;

/** Matching bank transfers to bills by the reference in the memo, as banks mangle it. */
class ReconcilerTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.ofHours(7));
    private static final BillReference REF = new BillReference("VP10000000W");

    private static Bill bill(BillReference ref, long amount) {
        return new Bill("79001", "LK-" + ref.value(), BigDecimal.valueOf(amount), LocalDate.of(2026, 12, 1), ref);
    }

    private static BankTransfer transfer(String id, long amount, String memo) {
        return new BankTransfer(id, BigDecimal.valueOf(amount), memo, NOW);
    }

    @Test
    void exactPaymentPaysTheBill() {
        Reconciler r = new Reconciler();
        r.register(bill(REF, 500_000));
        assertThat(r.status(REF).orElseThrow().state()).isEqualTo(BillState.OPEN);
        Reconciliation result = r.accept(transfer("FT1", 500_000, "VP10000000W"));
        assertThat(result.outcome()).isEqualTo(Outcome.PAID);
        assertThat(result.bill()).contains(REF);
        BillStatus s = r.status(REF).orElseThrow();
        assertThat(s.state()).isEqualTo(BillState.PAID);
        assertThat(s.outstanding()).isEqualByComparingTo("0");
        assertThat(s.transactionIds()).containsExactly("FT1");
    }

    @Test
    void findsTheReferenceInMemosAsBanksMangleThem() {
        List<String> memos = List.of(
                "NGUYEN VAN A chuyen tien VP10000000W vien phi",
                "vp10000000w",
                "MBVCB.123456.VP 1000 0000 W.CT tu 0123456789 NGUYEN VAN A",
                "Thanh toán viện phí vp-1000-0000-w",
                "IBFT VP1OOOOOOOW", // O typed for 0
                "vien phi vpl0000000w cho me"); // l typed for 1
        for (int i = 0; i < memos.size(); i++) {
            Reconciler r = new Reconciler();
            r.register(bill(REF, 100_000));
            assertThat(r.accept(transfer("T" + i, 100_000, memos.get(i))).outcome()).as(memos.get(i))
                    .isEqualTo(Outcome.PAID);
        }
    }

    @Test
    void partialThenRestThenOver() {
        Reconciler r = new Reconciler();
        r.register(bill(REF, 300_000));
        assertThat(r.accept(transfer("A", 100_000, "VP10000000W")).outcome()).isEqualTo(Outcome.PARTIALLY_PAID);
        assertThat(r.status(REF).orElseThrow().state()).isEqualTo(BillState.PARTIALLY_PAID);
        assertThat(r.status(REF).orElseThrow().outstanding()).isEqualByComparingTo("200000");
        assertThat(r.accept(transfer("B", 200_000, "VP10000000W")).outcome()).isEqualTo(Outcome.PAID);
        assertThat(r.accept(transfer("C", 1_000, "VP10000000W")).outcome()).isEqualTo(Outcome.OVERPAID);
        BillStatus s = r.status(REF).orElseThrow();
        assertThat(s.state()).isEqualTo(BillState.OVERPAID);
        assertThat(s.outstanding()).isEqualByComparingTo("-1000");
        assertThat(s.transactionIds()).containsExactly("A", "B", "C");
    }

    @Test
    void overpaymentInOneTransfer() {
        Reconciler r = new Reconciler();
        r.register(bill(REF, 300_000));
        assertThat(r.accept(transfer("A", 350_000, "VP10000000W")).outcome()).isEqualTo(Outcome.OVERPAID);
    }

    @Test
    void sameTransactionAgainIsADuplicateAndChangesNothing() {
        Reconciler r = new Reconciler();
        r.register(bill(REF, 300_000));
        r.accept(transfer("A", 100_000, "VP10000000W"));
        Reconciliation again = r.accept(transfer("A", 100_000, "VP10000000W"));
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.bill()).contains(REF);
        assertThat(r.status(REF).orElseThrow().paid()).isEqualByComparingTo("100000");
        // a retried unmatched notification is a duplicate too
        assertThat(r.accept(transfer("Z", 5, "no reference")).outcome()).isEqualTo(Outcome.UNMATCHED);
        Reconciliation z = r.accept(transfer("Z", 5, "no reference"));
        assertThat(z.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(z.bill()).isEmpty();
    }

    @Test
    void unmatchedWhenNoRegisteredReferenceOrAWrongCheckCharacter() {
        Reconciler r = new Reconciler();
        r.register(bill(REF, 300_000));
        assertThat(r.accept(transfer("A", 300_000, "chuyen tien")).outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(r.accept(transfer("B", 300_000, "VP10000000X")).outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(r.accept(transfer("C", 300_000, "VP20000000W")).outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(r.accept(transfer("D", 300_000, "")).outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(r.status(REF).orElseThrow().state()).isEqualTo(BillState.OPEN);
    }

    @Test
    void neverMatchesOneTransferToTwoBills() {
        Reconciler r = new Reconciler();
        BillReference other = BillReference.random(new Random(3));
        r.register(bill(REF, 100_000));
        r.register(bill(other, 100_000));
        Reconciliation result = r.accept(transfer("A", 200_000, "VP10000000W " + other.value()));
        assertThat(result.outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(r.status(REF).orElseThrow().state()).isEqualTo(BillState.OPEN);
        assertThat(r.status(other).orElseThrow().state()).isEqualTo(BillState.OPEN);
        // the same reference twice in one memo is still one bill
        assertThat(r.accept(transfer("B", 100_000, "VP10000000W VP10000000W")).outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void refusesDuplicateBillsAndBadNotifications() {
        Reconciler r = new Reconciler();
        r.register(bill(REF, 1));
        assertThatThrownBy(() -> r.register(bill(REF, 2))).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.BILL_DUPLICATE);
        assertThatThrownBy(() -> transfer(" ", 1, "x")).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.TRANSFER_INVALID);
        assertThatThrownBy(() -> transfer("A", 0, "x")).extracting(e -> ((EmrException) e).code())
                .isEqualTo(PaymentError.TRANSFER_INVALID);
        assertThat(r.status(new BillReference("VP0000000G5"))).isEmpty();
        assertThat(transfer("A", 1, "NGUYEN VAN A").toString()).doesNotContain("NGUYEN");
    }

    @Test
    void concurrentNotificationsAreCountedExactlyOnce() throws Exception {
        Reconciler r = new Reconciler();
        Random random = new Random(11);
        List<Bill> bills = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Bill b = bill(BillReference.random(random), 90_000);
            bills.add(b);
            r.register(b);
        }
        // each bill gets three 30,000 transfers; every notification is delivered three times (webhook retries)
        List<BankTransfer> deliveries = new ArrayList<>();
        for (Bill b : bills) {
            for (int k = 0; k < 3; k++) {
                BankTransfer t = transfer(b.reference().value() + "-" + k, 30_000,
                        "ck " + b.reference().value().toLowerCase() + " vien phi");
                deliveries.add(t);
                deliveries.add(t);
                deliveries.add(t);
            }
        }
        deliveries.add(transfer("stray", 10, "no reference here"));
        Collections.shuffle(deliveries, random);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Map<Outcome, Integer> counts = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        int chunk = (deliveries.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<BankTransfer> mine = deliveries.subList(Math.min(t * chunk, deliveries.size()),
                    Math.min((t + 1) * chunk, deliveries.size()));
            futures.add(pool.submit(() -> {
                start.await();
                for (BankTransfer bt : mine) {
                    counts.merge(r.accept(bt).outcome(), 1, Integer::sum);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(counts.get(Outcome.DUPLICATE)).isEqualTo(200 * 3 * 2);
        assertThat(counts.get(Outcome.PAID)).isEqualTo(200);
        assertThat(counts.get(Outcome.PARTIALLY_PAID)).isEqualTo(400);
        assertThat(counts.getOrDefault(Outcome.OVERPAID, 0)).isZero();
        assertThat(counts.get(Outcome.UNMATCHED)).isEqualTo(1);
        for (BillStatus s : r.statuses()) {
            assertThat(s.state()).isEqualTo(BillState.PAID);
            assertThat(s.paid()).isEqualByComparingTo("90000");
            assertThat(s.transactionIds()).hasSize(3).doesNotHaveDuplicates()
                    .allMatch(id -> id.startsWith(s.bill().reference().value()));
        }
    }
}
