package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.RecordValidator;

/**
 * Money and quantities: at most 15 digits before the decimal point and 3 after it, as JSON numbers; everything the
 * reader accepts writes back and reads back equal.
 */
class EmrJsonNumbersTest {

    private static final MedicalRecord SAMPLE = SampleRecords.outpatient(SampleRecords.patient());

    private static String withFirstQuantity(String number) {
        String json = new String(EmrJson.write(SAMPLE), StandardCharsets.UTF_8);
        assertThat(json).containsPattern("\"quantity\":[0-9.]+");
        return json.replaceFirst("\"quantity\":[0-9.]+", "\"quantity\":" + number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1e-400", "1E+15", "1000000000000000", "0.0001", "1.2345", "-1e16"})
    void outOfRangeNumbersAreRefusedWithTheirPath(String number) {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> EmrJson.read(withFirstQuantity(number), MedicalRecord.class));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(CoreError.NUMBER_RANGE);
        assertThat(e.path()).isEqualTo("encounter.medications[0].quantity");
        assertThat(e.getMessage()).doesNotContain(number);
    }

    @Test
    void aNumberAsTextIsRefused() {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> EmrJson.read(withFirstQuantity("\"10\""), MedicalRecord.class));
        assertThat(e.code()).isEqualTo(CoreError.JSON_BAD_VALUE);
        assertThat(e.path()).isEqualTo("encounter.medications[0].quantity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+3", "999999999999999", "999999999999999.999", "0.001", "1.5000", "12.30", "0"})
    void inRangeNumbersReadAsTheirPlainValueAndRoundTripExactly(String number) {
        MedicalRecord r = EmrJson.read(withFirstQuantity(number), MedicalRecord.class);
        BigDecimal q = r.encounter().medications().get(0).quantity();
        assertThat(q.compareTo(new BigDecimal(number))).isZero();
        assertThat(q.scale()).isNotNegative();
        assertThat(EmrJson.read(EmrJson.write(r), MedicalRecord.class)).isEqualTo(r);
    }

    @Test
    void everyAcceptedValueRoundTripsExactly() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 2_000; i++) {
            int scale = random.nextInt(4);
            BigInteger unscaled = new BigInteger(1 + random.nextInt(49), random);
            BigDecimal v = new BigDecimal(unscaled, scale);
            if (v.precision() - v.scale() > 15) {
                continue;
            }
            String text = random.nextBoolean() ? v.toPlainString() : v.toString();
            MedicalRecord r = EmrJson.read(withFirstQuantity(text), MedicalRecord.class);
            BigDecimal read = r.encounter().medications().get(0).quantity();
            assertThat(read.compareTo(v)).as(text).isZero();
            MedicalRecord again = EmrJson.read(EmrJson.write(r), MedicalRecord.class);
            assertThat(again).as(text).isEqualTo(r);
            assertThat(again.encounter().medications().get(0).quantity()).isEqualTo(read);
        }
    }

    @Test
    void theValidatorAppliesTheSameRangeToValuesBuiltInCode() {
        MedicationLine line = SAMPLE.encounter().medications().get(0).toBuilder()
                .quantity(new BigDecimal("1e400")).unitPrice(new BigDecimal("0.0001")).build();
        MedicalRecord r = SAMPLE.toBuilder().encounter(SAMPLE.encounter().toBuilder()
                .medications(java.util.List.of(line)).build()).build();
        assertThat(RecordValidator.create().validate(r).issues())
                .filteredOn(i -> i.code() == CoreError.NUMBER_RANGE)
                .extracting(vn.emr.core.validation.Issue::path)
                .containsExactlyInAnyOrder("encounter.medications[0].quantity", "encounter.medications[0].unitPrice");
    }
}
