package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.core.CoreError;
import vn.emr.core.ErrorCode;
import vn.emr.core.Languages;
import vn.emr.fhir.FhirError;
import vn.emr.payment.PaymentError;
import vn.emr.signature.SignatureError;
import vn.emr.signature.TrustError;

/** Every code of every module, together: unique across the SDK, and texted in both languages. */
class ErrorCodesTest {

    private static List<ErrorCode> all() {
        List<ErrorCode> codes = new ArrayList<>();
        codes.addAll(List.of(CoreError.values()));
        codes.addAll(List.of(SignatureError.values()));
        codes.addAll(List.of(TrustError.values()));
        codes.addAll(List.of(PaymentError.values()));
        codes.addAll(List.of(ClaimsError.values()));
        codes.addAll(List.of(FhirError.values()));
        return codes;
    }

    @Test
    void codesAreUniqueAcrossModules() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : all()) {
            assertThat(c.code()).matches("EMR-(CORE|SIG|PAY|CLM|FHIR)-[0-9]{4}");
            assertThat(seen.add(c.code())).as("duplicate code " + c.code()).isTrue();
        }
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "error-codes.md"));
        for (ErrorCode c : all()) {
            assertThat(doc).as("docs/error-codes.md lists " + c.code()).contains("| `" + c.code() + "` | "
                    + ((Enum<?>) c).name() + " |");
        }
    }

    @Test
    void everyCodeHasAVietnameseAndAnEnglishText() {
        for (ErrorCode c : all()) {
            String vi = c.message(Languages.VIETNAMESE);
            String en = c.message(Languages.ENGLISH);
            assertThat(vi).as(c.code()).isNotBlank().isNotEqualTo(c.code());
            assertThat(en).as(c.code()).isNotBlank().isNotEqualTo(c.code()).isNotEqualTo(vi);
        }
    }
}
