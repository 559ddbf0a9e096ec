package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.EmrException;
import vn.emr.core.ErrorCode;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/** Drives the parser with every row of the shared vectors file: valid rows decode to their fields, others fail. */
class VietQrVectorsTest {

    static Stream<Vectors.Vector> valid() {
        return Vectors.valid().stream();
    }

    static Stream<Vectors.Vector> invalid() {
        return Vectors.invalid().stream();
    }

    static Stream<Vectors.Vector> emvOnly() {
        return Vectors.emvOnly().stream();
    }

    @Test
    void fileHasTheDocumentedMix() {
        // the research note says 42/77/15 of 134; the file as shipped holds 131 rows
        assertThat(Vectors.valid()).hasSize(40);
        assertThat(Vectors.invalid()).hasSize(76);
        assertThat(Vectors.emvOnly()).hasSize(15);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validVectorDecodesToItsListedFields(Vectors.Vector v) {
        VietQr qr = VietQr.parse(v.qr());
        assertThat(qr.bin()).isEqualTo(v.bin());
        assertThat(qr.beneficiaryId()).isEqualTo(v.account());
        assertThat(qr.service().orElse("")).isEqualTo(v.service());
        assertThat(qr.amount().map(BigDecimal::toPlainString).orElse("")).isEqualTo(v.amount());
        assertThat(qr.purpose().orElse("")).isEqualTo(v.purpose());
        assertThat(qr.payload()).isEqualTo(v.qr());
        assertThat(qr.crc()).isEqualToIgnoringCase(v.qr().substring(v.qr().length() - 4));
        if (v.service().equals("QRIBFTTC")) {
            assertThat(qr.card()).contains(v.account());
            assertThat(qr.account()).isEmpty();
        } else {
            assertThat(qr.account()).contains(v.account());
            assertThat(qr.card()).isEmpty();
        }
        assertThat(qr.warnings()).allMatch(i -> i.severity() == Severity.WARNING);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidVectorIsRejectedWithCodedPositionedErrors(Vectors.Vector v) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parse(v.qr()));
        assertThat(e).as("must be rejected: %s", v.findings()).isNotNull();
        List<Issue> errors = errors(e);
        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(i -> {
            assertThat(i.codeString()).matches("EMR-PAY-\\d{4}");
            assertThat(Integer.parseInt(i.path())).isBetween(0, v.qr().codePointCount(0, v.qr().length()));
        });
        Set<ErrorCode> codes = errors.stream().map(Issue::code).collect(Collectors.toSet());
        String f = v.findings();
        // the checker's findings (notes file) map onto our codes where the structure was readable
        if (f.startsWith("CRC mismatch")) {
            assertThat(codes).contains(PaymentError.CRC_MISMATCH);
        }
        if (f.contains("38.01 has unexpected sub-tag 02")) {
            assertThat(codes).contains(PaymentError.SUBTAG_UNEXPECTED);
        }
        if (f.startsWith("00!=01")) {
            assertThat(codes).contains(PaymentError.FORMAT_INDICATOR);
        }
        if (f.startsWith("CRC len!=4")) {
            assertThat(codes).contains(PaymentError.CRC_FORMAT);
        }
        if (f.contains("currency!=704") && !f.contains("non-numeric") && !f.contains("overruns")) {
            assertThat(codes).contains(PaymentError.CURRENCY);
        }
        if (f.contains("country!=VN") && !f.contains("non-numeric") && !f.contains("overruns")) {
            assertThat(codes).contains(PaymentError.COUNTRY);
        }
        if (f.startsWith("no CRC")) {
            assertThat(codes).contains(PaymentError.CRC_MISSING);
        }
        if (f.contains("POI not 11/12: '10'")) {
            assertThat(codes).contains(PaymentError.POI_INVALID);
        }
        if (f.contains("63 not last")) {
            assertThat(codes).contains(PaymentError.CRC_NOT_LAST);
        }
    }

    @ParameterizedTest
    @MethodSource("emvOnly")
    void emvQrOfAnotherSchemeIsRecognisedAsSuch(Vectors.Vector v) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parse(v.qr()));
        assertThat(e).isNotNull();
        // well-formed EMV with a correct CRC: the one and only error is "not a VietQR"
        assertThat(errors(e)).extracting(Issue::code).containsExactly(PaymentError.NOT_VIETQR);
    }

    @Test
    void napasStaticAccountExampleWithBrokenInnerLengthIsRejectedAtTheInnerTemplate() {
        // NAPAS §6.1.1: 38.01.01 declared 12 but holds 13 characters; the CRC F4E5 is right. The notes file says
        // "38.01: truncated header at 26", relative to the 38.01 value, which starts at character 34.
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parse(Vectors.line(2).qr()));
        assertThat(errors(e)).extracting(Issue::code, Issue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentError.TLV_HEADER, "60"));
    }

    @Test
    void lowerCaseCrcIsAcceptedWithAWarning() {
        VietQr qr = VietQr.parse(Vectors.line(128).qr());
        assertThat(qr.crc()).isEqualTo("79db");
        assertThat(qr.warnings()).extracting(Issue::code).containsExactly(PaymentError.CRC_LOWER_CASE);
    }

    @Test
    void additionalDataBeforeTemplate38IsAccepted() {
        VietQr qr = VietQr.parse(Vectors.line(110).qr());
        assertThat(qr.purpose()).contains("tien le");
        assertThat(qr.amount()).contains(new BigDecimal("6000"));
    }

    @Test
    void unknownAdditionalDataSubObjectsAreKept() {
        VietQr qr = VietQr.parse(Vectors.line(9).qr());
        assertThat(qr.additionalData()).containsEntry("09", "A").containsEntry("02", "0390000001")
                .containsKeys("01", "03", "04", "05", "06", "07", "08");
        assertThat(qr.billNumber()).contains("B123456");
        assertThat(qr.reference()).contains("abc");
        assertThat(qr.terminal()).contains("aac123");
    }

    @Test
    void missingCurrencyCountryAndPointOfInitiationAreWarnings() {
        assertThat(VietQr.parse(Vectors.line(84).qr()).warnings()).extracting(Issue::code)
                .contains(PaymentError.CURRENCY_MISSING);
        assertThat(VietQr.parse(Vectors.line(85).qr()).warnings()).extracting(Issue::code)
                .contains(PaymentError.COUNTRY_MISSING);
        VietQr noPoi = VietQr.parse(Vectors.line(82).qr());
        assertThat(noPoi.pointOfInitiation()).isEmpty();
        assertThat(noPoi.warnings()).extracting(Issue::code).contains(PaymentError.POI_MISSING);
    }

    @Test
    void nonAsciiPurposeWithByteLengthsIsRejected() {
        // vietqr-ts fixture: "0822Thanh toán hóa đơn" counts bytes (22) where EMVCo counts characters (18)
        assertThatThrownBy(() -> VietQr.parse(Vectors.line(44).qr())).isInstanceOf(EmrException.class);
    }

    @Test
    void crcIsComputedOverUtf8BytesAndLengthsCountCharacters() {
        // EMVCo appendix example: template 64 holds Chinese text, length in characters, CRC A13A over UTF-8
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parse(Vectors.line(109).qr()));
        assertThat(errors(e)).extracting(Issue::code).containsExactly(PaymentError.NOT_VIETQR);
        assertThat(errors(e).get(0).args()).containsExactly("D15600000000");
    }

    @Test
    void everyValidVectorReparsesToAnEqualValue() {
        for (Vectors.Vector v : Vectors.valid()) {
            assertThat(VietQr.parse(v.qr())).isEqualTo(VietQr.parse(v.qr()));
        }
    }

    private static List<Issue> errors(EmrException e) {
        return e.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }
}
