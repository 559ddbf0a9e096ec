package vn.emr.payment;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.payment.internal.Text;

/**
 * Coverage-guided fuzzing of the VietQR decoder and encoder: decoding refuses only with coded payment issues; what
 * strict decoding accepts, lenient decoding accepts with the same values; and a payload the encoder writes from
 * decoded values decodes (strictly) to those values again. A normal build replays the seeds in
 * {@code VietQrFuzzTestInputs/decodeEncode} and every vector of {@code vietqr-vectors.tsv};
 * {@code JAZZER_FUZZ=1 mvn test -pl emr-payment -Dtest=VietQrFuzzTest} fuzzes for real.
 */
class VietQrFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void decodeEncode(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /** The shared vectors (../shared/data/payment, copied to test resources), whatever their verdict. */
    @ParameterizedTest
    @MethodSource("vectors")
    void everyVectorKeepsTheContract(Vectors.Vector v) {
        check(v.qr());
    }

    static java.util.List<Vectors.Vector> vectors() {
        return Vectors.all();
    }

    static void check(String payload) {
        VietQr strict = decode(payload, VietQrParsePolicy.STRICT);
        VietQr lenient = decode(payload, VietQrParsePolicy.LENIENT);
        if (strict != null) {
            if (lenient == null) {
                throw new AssertionError("strict accepts what lenient refuses");
            }
            sameValues("lenient vs strict", strict, lenient);
            if (!strict.payload().equals(lenient.payload()) || !strict.bank().equals(lenient.bank())) {
                throw new AssertionError("lenient and strict differ in payload or bank");
            }
        }
        if (lenient != null) {
            reencode(lenient);
        }
    }

    /** The decoded value, or null after a refusal whose issues are all coded payment issues. */
    private static VietQr decode(String payload, VietQrParsePolicy policy) {
        try {
            return VietQr.parse(payload, policy);
        } catch (EmrException e) {
            if (e.issues().isEmpty()) {
                throw new AssertionError("a refusal without issues", e);
            }
            for (Issue i : e.issues()) {
                if (!(i.code() instanceof PaymentError)) {
                    throw new AssertionError("a refusal with a code of another module: " + i.codeString(), e);
                }
            }
            return null;
        }
    }

    /** Writes the decoded values with the builder; if it writes a payload, strict decoding gives them back. */
    private static void reencode(VietQr decoded) {
        VietQr.Builder b = VietQr.builder().bin(decoded.bin());
        if (decoded.account().isPresent()) {
            b.account(decoded.account().get());
        } else if (decoded.card().isPresent()) {
            b.card(decoded.card().get());
        } else {
            return; // a service the builder does not write (QRPUSH, QRCASH)
        }
        decoded.amount().ifPresent(b::amount);
        decoded.purpose().ifPresent(b::purpose);
        decoded.billNumber().ifPresent(b::billNumber);
        decoded.reference().ifPresent(b::reference);
        decoded.terminal().ifPresent(b::terminal);
        VietQr written;
        try {
            written = b.build();
        } catch (EmrException refused) {
            for (Issue i : refused.issues()) {
                if (!(i.code() instanceof PaymentError)) {
                    throw new AssertionError("builder refusal with a foreign code: " + i.codeString(), refused);
                }
            }
            return; // the builder is stricter than lenient decoding (zero amount, non-ASCII texts, ...)
        }
        VietQr again;
        try {
            again = VietQr.parse(written.payload(), VietQrParsePolicy.STRICT);
        } catch (EmrException e) {
            throw new AssertionError("strict decoding refuses what the encoder wrote: " + e.issues(), e);
        }
        sameValues("re-encoded", written, again);
        check("bin", decoded.bin(), again.bin());
        check("beneficiary", decoded.beneficiaryId(), again.beneficiaryId());
        check("account", decoded.account(), again.account());
        check("card", decoded.card(), again.card());
        check("amount", decoded.amount().map(BigDecimal::stripTrailingZeros),
                again.amount().map(BigDecimal::stripTrailingZeros));
        check("purpose", decoded.purpose().map(Text::foldVietnamese).filter(s -> !s.isEmpty()), again.purpose());
        check("bill number", decoded.billNumber(), again.billNumber());
        check("reference", decoded.reference(), again.reference());
        check("terminal", decoded.terminal(), again.terminal());
    }

    private static void sameValues(String what, VietQr a, VietQr b) {
        if (!a.equals(b)) {
            throw new AssertionError(what + ": values differ");
        }
        check(what + " purpose", a.purpose(), b.purpose());
        check(what + " merchant name", a.merchantName(), b.merchantName());
        check(what + " merchant city", a.merchantCity(), b.merchantCity());
        check(what + " point of initiation", a.pointOfInitiation(), b.pointOfInitiation());
        check(what + " additional data", a.additionalData(), b.additionalData());
    }

    private static void check(String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(field + " changed");
        }
    }
}
