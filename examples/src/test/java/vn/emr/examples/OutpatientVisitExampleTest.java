package vn.emr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.emr.payment.Reconciliation;
import vn.emr.payment.VietQr;

class OutpatientVisitExampleTest {

    @Test
    void theVisitRunsEndToEnd() {
        OutpatientVisitExample.Outcome o = OutpatientVisitExample.run();
        assertThat(o.validation().isValid()).isTrue();
        assertThat(o.history().versions()).hasSize(2);
        assertThat(o.history().verifyChain().isValid()).isTrue();
        assertThat(o.signature().valid()).as(o.signature().errors().toString()).isTrue();
        assertThat(VietQr.parse(o.paymentCode().payload())).isEqualTo(o.paymentCode());
        assertThat(o.payment().outcome()).isEqualTo(Reconciliation.Outcome.PAID);
    }

    @Test
    void mainPrintsWithoutFailing() {
        OutpatientVisitExample.main(new String[0]);
    }
}
