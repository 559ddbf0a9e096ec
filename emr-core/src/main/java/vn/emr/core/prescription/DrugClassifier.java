package vn.emr.core.prescription;

import java.util.Map;
import java.util.Objects;
import vn.emr.core.model.MedicationLine;

/**
 * Which prescription type a medication line goes on. The record model's {@link MedicationLine} does not say whether
 * a drug is narcotic, psychotropic or traditional (that is a property of the drug in the national catalogue, not of
 * the line), so the caller classifies; narcotic and psychotropic drugs then get prescriptions of their own.
 */
@FunctionalInterface
public interface DrugClassifier {

    /** The type of the line's drug, never null. */
    PrescriptionType typeOf(MedicationLine line);

    /** Every line on one type (for an encounter known to hold only such drugs). */
    static DrugClassifier all(PrescriptionType type) {
        Objects.requireNonNull(type, "type");
        return line -> type;
    }

    /** The type of each known drug code ({@code MA_THUOC} of the line), {@code otherwise} for the rest. */
    static DrugClassifier byDrugCode(Map<String, PrescriptionType> types, PrescriptionType otherwise) {
        Map<String, PrescriptionType> copy = Map.copyOf(types);
        Objects.requireNonNull(otherwise, "otherwise");
        return line -> copy.getOrDefault(line.drugCode(), otherwise);
    }

    /** The type of each known line identifier, {@code otherwise} for the rest. */
    static DrugClassifier byLineId(Map<String, PrescriptionType> types, PrescriptionType otherwise) {
        Map<String, PrescriptionType> copy = Map.copyOf(types);
        Objects.requireNonNull(otherwise, "otherwise");
        return line -> copy.getOrDefault(line.lineId(), otherwise);
    }
}
