package vn.emr.benchmarks;

import com.emv.qrcode.core.exception.PresentedModeException;
import com.emv.qrcode.decoder.mpm.DecoderMpm;
import com.emv.qrcode.model.mpm.AdditionalDataField;
import com.emv.qrcode.model.mpm.AdditionalDataFieldTemplate;
import com.emv.qrcode.model.mpm.MerchantAccountInformationReservedAdditional;
import com.emv.qrcode.model.mpm.MerchantAccountInformationTemplate;
import com.emv.qrcode.model.mpm.MerchantPresentedMode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.emr.payment.VietQr;
import vn.emr.payment.render.VietQrRenderer;

/**
 * VietQR build, parse and PNG render. Baselines in the same run: {@code build} and {@code parse} against
 * {@code com.github.mvallim:emv-qrcode:0.1.1} on the same payload (target: at least 2x faster); {@code render}
 * against a bare ZXing {@link QRCodeWriter} + {@link MatrixToImageWriter} of the same payload, same size, error
 * correction and quiet zone (target: within 1.2x).
 *
 * <p>The payload is a dynamic hospital-bill VietQR of 187 characters: BIN 970436, account, amount, bill number,
 * reference, terminal and purpose. The SDK's parse does the full check (CRC, template 38, BIN lookup, 62 rules);
 * the baseline's {@code DecoderMpm.decode} only splits the TLV.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VietQrBenchmark {

    private static final int SIZE = 300;

    private String payload;
    private Map<EncodeHintType, Object> hints;

    /** Builds the payload with both libraries and checks that they agree character for character. */
    @Setup
    public void setUp() throws Exception {
        payload = sdkBuild();
        String baseline = baselineBuild();
        if (!payload.equals(baseline)) {
            throw new IllegalStateException("baseline builds a different payload:\n" + payload + "\n" + baseline);
        }
        MerchantPresentedMode decoded = DecoderMpm.decode(payload, MerchantPresentedMode.class);
        if (!decoded.getAdditionalDataField().getValue().getPurposeTransaction().getValue()
                .equals(VietQr.parse(payload).purpose().orElseThrow())) {
            throw new IllegalStateException("baseline decodes a different purpose");
        }
        hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, VietQrRenderer.QUIET_ZONE);
    }

    private static String sdkBuild() {
        return VietQr.builder().bin("970436").account("0011001932418").amount(1_250_000)
                .billNumber("VP7K3M9Q2XH").reference("LK2026000123").terminal("QUAY-THU-NGAN-01")
                .purpose("VP7K3M9Q2XH Vien phi NB").build().payload();
    }

    private static String baselineBuild() {
        MerchantAccountInformationReservedAdditional napas = new MerchantAccountInformationReservedAdditional();
        napas.setGloballyUniqueIdentifier("A000000727");
        // emv-qrcode has no nested 38.01 template: the vendor formats it by hand
        napas.addPaymentNetworkSpecific("01", "000697043601130011001932418");
        napas.addPaymentNetworkSpecific("02", "QRIBFTTA");
        MerchantPresentedMode mpm = new MerchantPresentedMode();
        mpm.setPayloadFormatIndicator("01");
        mpm.setPointOfInitiationMethod("12");
        mpm.addMerchantAccountInformation(new MerchantAccountInformationTemplate("38", napas));
        mpm.setTransactionCurrency("704");
        mpm.setTransactionAmount("1250000");
        mpm.setCountryCode("VN");
        AdditionalDataField data = new AdditionalDataField();
        data.setBillNumber("VP7K3M9Q2XH");
        data.setReferenceLabel("LK2026000123");
        data.setTerminalLabel("QUAY-THU-NGAN-01");
        data.setPurposeTransaction("VP7K3M9Q2XH Vien phi NB");
        AdditionalDataFieldTemplate template = new AdditionalDataFieldTemplate();
        template.setValue(data);
        mpm.setAdditionalDataField(template);
        return mpm.toString();
    }

    /** SDK: validate the inputs and write the payload with its CRC. */
    @Benchmark
    public String build() {
        return sdkBuild();
    }

    /** Baseline: emv-qrcode model filled and written ({@code toString} appends the CRC). */
    @Benchmark
    public String buildBaseline() {
        return baselineBuild();
    }

    /** SDK: strict parse with CRC check and the NAPAS profile rules. */
    @Benchmark
    public VietQr parse() {
        return VietQr.parse(payload);
    }

    /** Baseline: emv-qrcode decode into its model. */
    @Benchmark
    public MerchantPresentedMode parseBaseline() throws PresentedModeException {
        return DecoderMpm.decode(payload, MerchantPresentedMode.class);
    }

    /** SDK: PNG bytes, 300 x 300, level M, quiet zone 4. */
    @Benchmark
    public byte[] render() {
        return VietQrRenderer.png(payload, SIZE);
    }

    /** Baseline: bare ZXing encode and {@link MatrixToImageWriter} to PNG bytes, same parameters. */
    @Benchmark
    public byte[] renderBaseline() throws WriterException, IOException {
        BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, SIZE, SIZE, hints);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        MatrixToImageWriter.writeToStream(matrix, "png", out);
        return out.toByteArray();
    }
}
