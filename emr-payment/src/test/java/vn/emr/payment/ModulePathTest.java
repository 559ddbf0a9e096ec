package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;

/** This module's tests run on the module path, so the module descriptors are exercised, not only compiled. */
class ModulePathTest {

    @Test
    void paymentAndCoreAreNamedModules() {
        Module payment = Bank.class.getModule();
        assertThat(payment.getName()).isEqualTo("vn.emr.payment");
        assertThat(CoreError.class.getModule().getName()).isEqualTo("vn.emr.core");
        assertThat(payment.canRead(CoreError.class.getModule())).isTrue();
    }

    @Test
    void coreExportsTheFileApiButNotItsInternalsToEveryone() {
        Module core = CoreError.class.getModule();
        assertThat(core.isExported("vn.emr.core.io")).isTrue();
        assertThat(core.isExported("vn.emr.core.internal")).isFalse();
        assertThat(core.isExported("vn.emr.core.internal", Bank.class.getModule())).isTrue();
    }
}
