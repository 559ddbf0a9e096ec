package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emr.core.Languages;

class TrustErrorTest {

    @Test
    void everyCodeHasBothTextsAndIsUniqueAndInRange() {
        Set<String> seen = new HashSet<>();
        for (TrustError e : TrustError.values()) {
            assertThat(seen.add(e.code())).as("duplicate %s", e.code()).isTrue();
            assertThat(e.code()).matches("EMR-SIG-0[5-9]\\d\\d");
            assertThat(TrustError.bundle().hasBoth(e.code())).as("texts of %s", e.code()).isTrue();
            assertThat(e.message(Languages.VIETNAMESE)).isNotEqualTo(e.code());
            assertThat(e.message(Locale.ENGLISH)).isNotEqualTo(e.code());
        }
    }

    @Test
    void bundlesHoldNoUnknownKeys() {
        Set<String> codes = new HashSet<>();
        Arrays.stream(TrustError.values()).forEach(e -> codes.add(e.code()));
        assertThat(TrustError.bundle().keys(Languages.VIETNAMESE)).isEqualTo(codes);
        assertThat(TrustError.bundle().keys(Locale.ENGLISH)).isEqualTo(codes);
    }

    @Test
    void vietnameseTextIsUtf8() {
        assertThat(TrustError.REVOKED.message("x", "t", "r", "u")).contains("thu hồi");
        assertThat(TrustError.REVOKED.message(Locale.ENGLISH, "x", "t", "r", "u")).contains("revoked");
    }

    @Test
    void signerAndPathCodesNameTheCertificateAndTheWeakAlgorithm() {
        assertThat(TrustError.CERTIFICATE_WEAK_SIGNATURE.code()).isEqualTo("EMR-SIG-0507");
        assertThat(TrustError.EXTENDED_KEY_USAGE_NOT_SIGNING.code()).isEqualTo("EMR-SIG-0508");
        assertThat(TrustError.CERTIFICATE_WEAK_SIGNATURE.message(Locale.ENGLISH, "serial 1f", "SHA-1"))
                .contains("serial 1f").contains("SHA-1");
        assertThat(TrustError.CERTIFICATE_WEAK_SIGNATURE.message(Languages.VIETNAMESE, "serial 1f", "SHA-1"))
                .contains("SHA-1").contains("quá yếu");
        assertThat(TrustError.EXTENDED_KEY_USAGE_NOT_SIGNING.message(Locale.ENGLISH, "serial 1f"))
                .contains("serial 1f").contains("extended key usage");
        assertThat(TrustError.SIGNER_IS_CA.message(Languages.VIETNAMESE, "serial 1f")).contains("CA");
    }
}
