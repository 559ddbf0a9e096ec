package vn.emr.core.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.emr.core.CoreError;
import vn.emr.core.code.Catalogue;
import vn.emr.core.code.Icd10Code;
import vn.emr.core.identity.CitizenId;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;

/**
 * The cross-field rules of a record, beyond single-field constraints. Each rule is null-safe: a missing value is
 * reported once, by its own constraint, not again here.
 */
final class RecordRules {

    /** Decision 130/QD-BYT table 1, MA_BENH_KT: at most 12 secondary codes. */
    static final int MAX_SECONDARY_DIAGNOSES = 12;

    private final Catalogue icd10;

    RecordRules(Catalogue icd10) {
        this.icd10 = icd10;
    }

    void check(MedicalRecord record, Set<Issue> out) {
        if (record.patient() != null) {
            check(record.patient(), "patient", out);
        }
        if (record.encounter() != null) {
            check(record.encounter(), "encounter", out);
        }
    }

    void check(Patient patient, String base, Set<Issue> out) {
        String text = patient.citizenId().orElse(null);
        if (text == null || !CitizenId.isTwelveDigits(text)) {
            return; // the shape is reported by its constraint
        }
        CitizenId id = CitizenId.parse(text);
        for (Issue w : id.warnings()) {
            out.add(Issue.warning(join(base, "citizenId"), w.code(), w.args().toArray()));
        }
        if (patient.birthDate() != null && patient.birthDate().getYear() != id.birthYear()) {
            out.add(Issue.warning(join(base, "citizenId"), CoreError.PATIENT_ID_BIRTH_MISMATCH, id.birthYear(),
                    patient.birthDate().getYear()));
        }
        if (patient.sex() != null && patient.sex() != Sex.UNDETERMINED && patient.sex() != id.sex()) {
            out.add(Issue.warning(join(base, "citizenId"), CoreError.PATIENT_ID_SEX_MISMATCH));
        }
    }

    void check(Encounter e, String base, Set<Issue> out) {
        diagnoses(e, base, out);
        LocalDateTime start = e.admittedAt();
        LocalDateTime end = e.discharge().map(Discharge::dischargedAt).orElse(null);
        if (start != null && end != null && end.isBefore(start)) {
            out.add(Issue.error(join(base, "discharge.dischargedAt"), CoreError.DISCHARGE_BEFORE_ADMISSION));
            end = null; // times are then only checked against the admission
        }
        Set<String> ids = new HashSet<>();
        List<MedicationLine> meds = e.medications();
        for (int i = 0; i < meds.size(); i++) {
            String p = join(base, "medications[" + i + "]");
            unique(meds.get(i).lineId(), p + ".lineId", ids, out);
            within(meds.get(i).orderedAt(), start, end, p + ".orderedAt", out);
        }
        List<ServiceLine> services = e.services();
        for (int i = 0; i < services.size(); i++) {
            ServiceLine s = services.get(i);
            String p = join(base, "services[" + i + "]");
            unique(s.lineId(), p + ".lineId", ids, out);
            within(s.orderedAt(), start, end, p + ".orderedAt", out);
            s.resultAt().ifPresent(r -> {
                if (s.orderedAt() != null && r.isBefore(s.orderedAt())) {
                    out.add(Issue.error(p + ".resultAt", CoreError.RESULT_BEFORE_ORDER));
                }
            });
        }
        List<SupplyLine> supplies = e.supplies();
        for (int i = 0; i < supplies.size(); i++) {
            String p = join(base, "supplies[" + i + "]");
            unique(supplies.get(i).lineId(), p + ".lineId", ids, out);
            within(supplies.get(i).usedAt(), start, end, p + ".usedAt", out);
        }
        List<LabResult> results = e.labResults();
        for (int i = 0; i < results.size(); i++) {
            LabResult r = results.get(i);
            String p = join(base, "labResults[" + i + "]");
            unique(r.lineId(), p + ".lineId", ids, out);
            r.orderedAt().ifPresent(o -> {
                if (r.resultAt() != null && r.resultAt().isBefore(o)) {
                    out.add(Issue.error(p + ".resultAt", CoreError.RESULT_BEFORE_ORDER));
                }
            });
        }
        List<ProgressNote> notes = e.notes();
        for (int i = 0; i < notes.size(); i++) {
            String p = join(base, "notes[" + i + "]");
            unique(notes.get(i).noteId(), p + ".noteId", ids, out);
            within(notes.get(i).recordedAt(), start, end, p + ".recordedAt", out);
        }
        LocalDate dischargeDay = end == null ? null : end.toLocalDate();
        e.appointment().ifPresent(a -> {
            if (a.date() != null && dischargeDay != null && a.date().isBefore(dischargeDay)) {
                out.add(Issue.error(join(base, "appointment.date"), CoreError.APPOINTMENT_BEFORE_DISCHARGE));
            }
        });
        e.discharge().ifPresent(d -> {
            if (d.type() != null && d.type().isReferral() && e.referral().isEmpty()) {
                out.add(Issue.warning(join(base, "referral"), CoreError.REFERRAL_DESTINATION));
            }
        });
        if (e.encounterClass() != null && e.encounterClass().isInpatient() && e.discharge().isEmpty()) {
            out.add(Issue.warning(join(base, "discharge"), CoreError.DISCHARGE_MISSING));
        }
    }

    private void diagnoses(Encounter e, String base, Set<Issue> out) {
        List<Diagnosis> all = e.diagnoses();
        long main = all.stream().filter(d -> d.role() == DiagnosisRole.MAIN).count();
        long secondary = all.stream().filter(d -> d.role() == DiagnosisRole.SECONDARY).count();
        if (main != 1) {
            out.add(Issue.error(join(base, "diagnoses"), CoreError.MAIN_DIAGNOSIS_COUNT, main));
        }
        if (secondary > MAX_SECONDARY_DIAGNOSES) {
            out.add(Issue.error(join(base, "diagnoses"), CoreError.TOO_MANY_SECONDARY_DIAGNOSES, secondary));
        }
        String mainCode = e.mainDiagnosis().map(Diagnosis::code).orElse(null);
        for (int i = 0; i < all.size(); i++) {
            Diagnosis d = all.get(i);
            String p = join(base, "diagnoses[" + i + "].code");
            if (d.role() == DiagnosisRole.SECONDARY && d.code() != null && d.code().equals(mainCode)) {
                out.add(Issue.warning(p, CoreError.DIAGNOSIS_REPEATED));
            }
            if (icd10 != null && Icd10Code.isWellFormed(d.code())
                    && !icd10.contains(d.code())) {
                out.add(Issue.warning(p, CoreError.ICD10_UNKNOWN, d.code()));
            }
        }
    }

    private static void unique(String id, String path, Set<String> seen, Set<Issue> out) {
        if (id != null && !seen.add(id)) {
            out.add(Issue.error(path, CoreError.DUPLICATE_ID, id));
        }
    }

    private static void within(LocalDateTime t, LocalDateTime start, LocalDateTime end, String path, Set<Issue> out) {
        if (t == null || start == null) {
            return;
        }
        if (t.isBefore(start) || (end != null && t.isAfter(end))) {
            out.add(Issue.error(path, CoreError.TIME_OUTSIDE_ENCOUNTER));
        }
    }

    private static String join(String base, String path) {
        return base.isEmpty() ? path : base + "." + path;
    }
}
