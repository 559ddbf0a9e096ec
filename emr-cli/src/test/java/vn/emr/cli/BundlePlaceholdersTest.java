package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.core.CoreError;
import vn.emr.core.i18n.MessageBundle;
import vn.emr.payment.PaymentError;
import vn.emr.signature.SignatureError;
import vn.emr.signature.TrustError;

/** Every message bundle of every module has the same placeholders in Vietnamese and English. */
class BundlePlaceholdersTest {

    @Test
    void everyBundleOfEveryModuleHasTheSamePlaceholdersInBothLanguages() {
        // touching each enum loads its bundle
        assertThat(CoreError.values().length + PaymentError.values().length + SignatureError.values().length
                + TrustError.values().length + ClaimsError.values().length).isPositive();
        assertThat(MessageBundle.loaded()).hasSizeGreaterThanOrEqualTo(5);
        for (MessageBundle bundle : MessageBundle.loaded()) {
            assertThat(bundle.placeholderMismatches()).as(bundle.toString()).isEmpty();
        }
    }
}
