package vn.emr.core.prescription;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.emr.core.EmrException;

/**
 * Coverage-guided fuzzing of the e-prescription readers: the only acceptable failure is a coded
 * {@link EmrException}. Seeds are the project's samples; {@code JAZZER_FUZZ=1 mvn test -pl emr-core
 * -Dtest=PrescriptionFuzzTest} fuzzes for real.
 */
class PrescriptionFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void prescriptionJson(byte[] input) {
        try {
            PrescriptionValidator.create().validate(input);
            Prescription p = Prescription.parse(input);
            // what was read writes back to JSON that reads back equal
            if (!Prescription.parse(p.toJson()).equals(p)) {
                throw new AssertionError("prescription does not read back equal");
            }
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }

    @FuzzTest(maxDuration = "20s")
    void submissionResponse(byte[] input) {
        try {
            SubmissionResult.parse(input.length > 0 && (input[0] & 1) == 0 ? 200 : 422, input);
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }

    @FuzzTest(maxDuration = "20s")
    void pharmacyUpdate(byte[] input) {
        try {
            PharmacyUpdate.parse(input);
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }
}
