package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;
import vn.emr.payment.internal.Crc16;

/** Each departure from EMVCo/NAPAS that real generators write: a warning when lenient, an error when strict. */
class VietQrParsePolicyTest {

    private static final String T38 = tlv("38", tlv("00", VietQr.NAPAS_GUID)
            + tlv("01", tlv("00", "970403") + tlv("01", "0011012345678")) + tlv("02", "QRIBFTTA"));

    static String tlv(String tag, String value) {
        return tag + String.format("%02d", value.codePointCount(0, value.length())) + value;
    }

    static String withCrc(String body) {
        String s = body + "6304";
        return s + Crc16.hex(Crc16.of(s, s.length()));
    }

    /** 000201, 010212, template 38, 53, 54, 58, 62 with the given parts replaced. */
    static String payload(String poi, String t38, String currency, String amount, String country, String extra,
            String t62) {
        return withCrc("000201" + poi + t38 + currency + amount + extra + country + t62);
    }

    static Stream<Arguments> departures() {
        String t62 = tlv("62", tlv("08", "thanh toan"));
        return Stream.of(
                Arguments.of("lower-case CRC", lowerCrc(payload("010212", T38, "5303704", "5406180000", "5802VN", "",
                        t62)), PaymentError.CRC_LOWER_CASE),
                Arguments.of("no 01", payload("", T38, "5303704", "5406180000", "5802VN", "", t62),
                        PaymentError.POI_MISSING),
                Arguments.of("no 53", payload("010212", T38, "", "5406180000", "5802VN", "", t62),
                        PaymentError.CURRENCY_MISSING),
                Arguments.of("no 58", payload("010212", T38, "5303704", "5406180000", "", "", t62),
                        PaymentError.COUNTRY_MISSING),
                Arguments.of("unknown service", payload("010212", T38.replace("QRIBFTTA", "QRIBFTTX"), "5303704",
                        "5406180000", "5802VN", "", t62), PaymentError.SERVICE_UNKNOWN),
                Arguments.of("UTF-8 in 62.08", payload("010212", T38, "5303704", "5406180000", "5802VN", "",
                        tlv("62", tlv("08", "thanh toán viện phí"))), PaymentError.NON_ASCII),
                Arguments.of("UTF-8 in 59", payload("010212", T38, "5303704", "5406180000", "5802VN",
                        tlv("59", "BỆNH VIỆN"), t62), PaymentError.NON_ASCII),
                Arguments.of("amount 0", payload("010212", T38, "5303704", "54010", "5802VN", "", t62),
                        PaymentError.AMOUNT_ZERO),
                Arguments.of("amount with decimals", payload("010212", T38, "5303704", "54071000.50", "5802VN", "",
                        t62), PaymentError.AMOUNT_DECIMALS),
                Arguments.of("amount .00", payload("010212", T38, "5303704", "5406100.00", "5802VN", "", t62),
                        PaymentError.AMOUNT_DECIMALS),
                Arguments.of("dynamic without amount", payload("010212", T38, "5303704", "", "5802VN", "", t62),
                        PaymentError.DYNAMIC_WITHOUT_AMOUNT),
                Arguments.of("55=02 without 56", payload("010212", T38, "5303704", "5406180000", "5802VN", "550202",
                        t62), PaymentError.FEE_INCONSISTENT));
    }

    private static String lowerCrc(String p) {
        return p.substring(0, p.length() - 4) + p.substring(p.length() - 4).toLowerCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departures")
    void lenientWarnsStrictRefuses(String name, String payload, PaymentError code) {
        VietQr lenient = VietQr.parse(payload);
        assertThat(lenient.warnings()).extracting(Issue::code).contains(code);
        assertThat(VietQr.parse(payload, VietQrParsePolicy.lenient())).isEqualTo(lenient);

        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parse(payload, VietQrParsePolicy.strict()));
        assertThat(e).as(name).isNotNull();
        assertThat(e.issues()).filteredOn(i -> i.severity() == Severity.ERROR).extracting(Issue::code)
                .containsExactly(code);
    }

    @Test
    void strictRefusesAMissingServiceCodeLenientAcceptsIt() {
        String noService = tlv("38", tlv("00", VietQr.NAPAS_GUID)
                + tlv("01", tlv("00", "970403") + tlv("01", "0011012345678")));
        String p = payload("010212", noService, "5303704", "5406180000", "5802VN", "", "");
        assertThat(VietQr.parse(p).service()).isEmpty();
        EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.parse(p, VietQrParsePolicy.STRICT));
        assertThat(e).isNotNull();
        assertThat(e.issues()).extracting(Issue::code).containsExactly(PaymentError.MISSING_TAG);
        assertThat(e.issues().get(0).args()).containsExactly("38.02");
    }

    @Test
    void strictAcceptsTheNapasExamplesAndKeepsWarningsThatAreNotDepartures() {
        String napas = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
                + "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";
        assertThat(VietQr.parse(napas, VietQrParsePolicy.STRICT)).isEqualTo(VietQr.parse(napas));
        String unknownBin = payload("010212", T38.replace("970403", "999999"), "5303704", "5406180000", "5802VN", "",
                "");
        assertThat(VietQr.parse(unknownBin, VietQrParsePolicy.STRICT).warnings()).extracting(Issue::code)
                .containsExactly(PaymentError.BIN_UNKNOWN);
    }

    @Test
    void encodeAndDecodeAgreeOnZeroAndFractions() {
        // the builder refuses zero and fractions ...
        for (BigDecimal a : new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("100.5"), new BigDecimal("0.01")}) {
            EmrException e = catchThrowableOfType(EmrException.class, () -> VietQr.builder().bin("970403").account("1").amount(a).build());
            assertThat(e.issues()).extracting(Issue::code).containsExactly(PaymentError.AMOUNT_INVALID);
        }
        // ... writes a whole amount with trailing zeros as digits only, which strict parsing accepts ...
        VietQr whole = VietQr.builder().bin("970403").account("1").amount(new BigDecimal("100.00")).build();
        assertThat(whole.payload()).contains("5403100");
        assertThat(VietQr.parse(whole.payload(), VietQrParsePolicy.STRICT).amount()).contains(new BigDecimal("100"));
        // ... and strict parsing refuses what the builder would not write (the departures above)
    }

    @Test
    void policyValues() {
        assertThat(VietQrParsePolicy.strict().isStrict()).isTrue();
        assertThat(VietQrParsePolicy.lenient().isStrict()).isFalse();
    }
}
