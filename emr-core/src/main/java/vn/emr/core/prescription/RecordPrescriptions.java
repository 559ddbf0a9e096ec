package vn.emr.core.prescription;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.code.CatalogueEntry;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;

/**
 * Builds the national e-prescriptions of a medical record's encounter: one per prescription type among its medication
 * lines (narcotic and psychotropic drugs on prescriptions of their own, Circular 26/2025/TT-BYT art. 7 and 9), each
 * with a new code from {@link PrescriptionCodes}. The mapping, field by field, is in {@code docs/e-prescription.md}.
 *
 * <p>The result is not validated here: run {@link PrescriptionValidator} before sending.
 */
public final class RecordPrescriptions {

    private RecordPrescriptions() {
    }

    /**
     * The prescriptions of the record, in the order c, n, h, y.
     *
     * @throws EmrException {@code EMR-CORE-0729} when the encounter has no medication line, {@code EMR-CORE-0730}
     *     when the days of supply are neither given nor derivable from a follow-up appointment after the prescribing
     *     day, {@code EMR-CORE-0731} for an HIV/AIDS diagnosis without a pseudonym, and the errors of
     *     {@link PrescriptionCodes#next}
     */
    public static List<Prescription> build(MedicalRecord record, DrugClassifier classifier, PrescriptionCodes codes,
            PrescriptionOptions options) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(options, "options");
        Encounter e = record.encounter();
        if (e.medications().isEmpty()) {
            throw new EmrException(CoreError.RX_NO_MEDICATIONS, "encounter.medications");
        }
        Map<PrescriptionType, List<MedicationLine>> byType = new EnumMap<>(PrescriptionType.class);
        for (MedicationLine line : e.medications()) {
            PrescriptionType type = Objects.requireNonNull(classifier.typeOf(line), "classifier returned null");
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(line);
        }
        boolean hiv = e.diagnoses().stream().anyMatch(d -> options.policy().isHiv(d.code()));
        if (hiv && options.hivPseudonym().filter(s -> !s.isBlank()).isEmpty()) {
            throw new EmrException(CoreError.RX_HIV_PSEUDONYM, "ho_ten_benh_nhan");
        }
        List<Prescription> out = new ArrayList<>();
        for (Map.Entry<PrescriptionType, List<MedicationLine>> entry : byType.entrySet()) {
            out.add(one(record, entry.getKey(), entry.getValue(), hiv, codes, options));
        }
        return List.copyOf(out);
    }

    private static Prescription one(MedicalRecord record, PrescriptionType type, List<MedicationLine> lines,
            boolean hiv, PrescriptionCodes codes, PrescriptionOptions options) {
        Patient p = record.patient();
        Encounter e = record.encounter();
        LocalDateTime prescribedAt = lines.stream().map(MedicationLine::orderedAt).max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate day = prescribedAt.toLocalDate();
        Optional<Integer> followUp = e.appointment().map(Appointment::date).filter(d -> d.isAfter(day))
                .map(d -> (int) ChronoUnit.DAYS.between(day, d));
        int days = options.days().or(() -> followUp)
                .orElseThrow(() -> new EmrException(CoreError.RX_PERIOD_UNKNOWN, "dot_dung_thuoc"));
        Prescription.Builder b = Prescription.builder()
                .type(type)
                .code(codes.next(record.facility().code(), type))
                .patientName(hiv ? options.hivPseudonym().orElseThrow() : p.fullName())
                .birthDate(p.birthDate())
                .sex(p.sex())
                .weightKg(options.weightKg().orElse(null))
                .guardian(options.guardian().orElse(null))
                .treatmentForm(options.treatmentForm().orElse(null))
                .addPeriod(DispensingPeriod.ofDays(day, days))
                .advice(e.discharge().flatMap(Discharge::instructions).orElse(null))
                .followUpDays(followUp.orElse(null))
                .prescribedAt(prescribedAt);
        if (!hiv) {
            b.citizenId(p.citizenId().orElse(null))
                    .insuranceCardNumber(p.insuranceCardNumber().orElse(null))
                    .address(p.address().orElse(null))
                    .contactPhone(options.contactPhone().orElse(null));
        }
        List<Diagnosis> dx = new ArrayList<>(e.diagnoses());
        dx.sort(Comparator.comparing(d -> d.role() == DiagnosisRole.MAIN ? 0 : 1));
        for (Diagnosis d : dx) {
            Optional<String> name = options.icd10().flatMap(c -> c.find(d.code())).map(CatalogueEntry::nameVi)
                    .or(d::description);
            b.addDiagnosis(new PrescriptionDiagnosis(d.code(), name, d.description()));
        }
        for (MedicationLine m : lines) {
            String drugName = m.drugName() + m.strength().map(s -> " " + s).orElse("");
            b.addItem(new PrescriptionItem(Optional.of(m.drugCode()), m.drugName(), drugName, Optional.of(m.unit()),
                    m.quantity(), m.dosage()));
        }
        return b.build();
    }
}
