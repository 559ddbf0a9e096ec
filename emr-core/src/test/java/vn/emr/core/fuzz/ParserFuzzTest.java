package vn.emr.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import vn.emr.core.EmrException;
import vn.emr.core.identity.BhytCardNumber;
import vn.emr.core.identity.CccdQr;
import vn.emr.core.json.EmrJson;
import vn.emr.core.json.EmrXml;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.RecordValidator;

/**
 * Coverage-guided fuzzing of every parser that takes untrusted input: the only acceptable failure is a coded
 * {@link EmrException}. In a normal build these run once per seed; {@code JAZZER_FUZZ=1 mvn test -pl emr-core
 * -Dtest=ParserFuzzTest} fuzzes for real.
 */
class ParserFuzzTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    @FuzzTest(maxDuration = "20s")
    void cccdQrText(byte[] input) {
        try {
            CccdQr.parse(new String(input, StandardCharsets.UTF_8));
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }

    @FuzzTest(maxDuration = "20s")
    void bhytNumber(byte[] input) {
        try {
            BhytCardNumber.parse(new String(input, StandardCharsets.UTF_8));
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }

    @FuzzTest(maxDuration = "20s")
    void recordJsonThenValidation(byte[] input) {
        try {
            VALIDATOR.validate(EmrJson.read(input, MedicalRecord.class));
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }

    @FuzzTest(maxDuration = "20s")
    void recordXml(byte[] input) {
        try {
            EmrXml.read(input, MedicalRecord.class);
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }
}
