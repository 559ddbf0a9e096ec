package vn.emr.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.Facility;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.Practitioner;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.model.TreatmentResult;

/**
 * Seeded random records over every part of the model: each optional part is present or absent at random, lists are
 * empty or not (supplies and progress notes included), the referral and the appointment are present or not, text holds
 * Vietnamese letters (progress notes and the referral's summary also line breaks), decimals carry varied scales.
 */
final class RecordGenerator {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    private static final String[] ICD = {"J06.9", "I10", "E11.9", "K29.7", "A09", "N39.0"};

    /** Characters a JSON writer must escape or keep exactly: quotes, backslash, controls, separators, astral letters. */
    private static final String[] AWKWARD = {"\"", "\\", "/", "\u0001", "\n", "\t", "\u007f", "\u2028", "<", "&",
        "\uD83D\uDE00", "e\u0301", "\u00a0", "'", "\b", "\f",
        "\r", "\u001f", "\u0000"};

    private final Random random;
    private final boolean hostile;

    RecordGenerator(long seed) {
        this(seed, false);
    }

    /**
     * With {@code hostile}, texts also hold {@link #AWKWARD} characters, some texts are blank, padded or hold an
     * unpaired surrogate, decimals take large, zero and exponent-form values and dates reach the years 1900 and 9999:
     * values a JSON writer may get wrong (the FHIR round trip is then not exact; the differential tests use them).
     */
    RecordGenerator(long seed, boolean hostile) {
        this.random = new Random(seed);
        this.hostile = hostile;
    }

    MedicalRecord next() {
        LocalDateTime in = time();
        Encounter.Builder e = Encounter.builder().maLk(digits(13)).encounterClass(pick(EncounterClass.values()))
                .admittedAt(in).departmentCode(maybe(() -> "K" + digits(2)))
                .reasonForVisit(maybe(() -> words(4))).attendingLicense(maybe(this::license))
                .weightKg(maybe(() -> new java.math.BigDecimal(digits(2) + ".5")));
        int diagnoses = random.nextInt(5);
        for (int i = 0; i < diagnoses; i++) {
            e.addDiagnosis(Diagnosis.builder().code(pick(ICD)).role(i == 0 ? DiagnosisRole.MAIN : DiagnosisRole.SECONDARY)
                    .description(maybe(() -> words(5))).recordedAt(maybe(this::time)).build());
        }
        int meds = random.nextInt(5);
        for (int i = 0; i < meds; i++) {
            e.addMedication(MedicationLine.builder().lineId("T" + i).drugCode("40." + digits(3)).drugName(words(2))
                    .strength(maybe(() -> digits(3) + "mg")).unit("Viên").routeCode(maybe(() -> "1.0" + digits(1)))
                    .dosage(maybe(() -> words(6))).registrationNumber(maybe(() -> "VD-" + digits(5) + "-" + digits(2)))
                    .quantity(decimal(true)).unitPrice(decimal(false)).orderedAt(time())
                    .prescriberLicense(maybe(this::license)).build());
        }
        int services = random.nextInt(4);
        for (int i = 0; i < services; i++) {
            e.addService(ServiceLine.builder().lineId("D" + i).serviceCode("01.0001." + digits(4)).serviceName(words(3))
                    .quantity(decimal(true)).unitPrice(decimal(false)).orderedAt(time())
                    .performedAt(maybe(this::time)).resultAt(maybe(this::time)).departmentCode(maybe(() -> "K" + digits(2)))
                    .performerLicense(maybe(this::license)).unit(maybe(() -> "Lần")).build());
        }
        int results = random.nextInt(4);
        for (int i = 0; i < results; i++) {
            e.addLabResult(LabResult.builder().lineId("K" + i).serviceCode("01.0001." + digits(4))
                    .indicatorCode(maybe(() -> digits(7))).indicatorName(words(3))
                    .value(random.nextBoolean() ? digits(1) + "." + digits(2) : words(1)).unit(maybe(() -> "mmol/L"))
                    .referenceRange(maybe(() -> "3.9 - 6.4")).abnormal(random.nextBoolean()).orderedAt(maybe(this::time))
                    .resultAt(time()).performerLicense(maybe(this::license)).build());
        }
        int supplies = random.nextInt(4);
        for (int i = 0; i < supplies; i++) {
            e.addSupply(SupplyLine.builder().lineId("V" + i).supplyCode("N03.05." + digits(3)).supplyName(words(3))
                    .unit(pick(new String[] {"Cái", "Hộp", "Bộ"})).quantity(decimal(true)).unitPrice(decimal(false))
                    .usedAt(time()).build());
        }
        int notes = random.nextInt(4);
        for (int i = 0; i < notes; i++) {
            e.addNote(ProgressNote.builder().noteId("N" + i).recordedAt(time()).authorLicense(license())
                    .text(words(6) + (random.nextBoolean() ? "\n" + words(6) : "")).departmentCode(maybe(() -> "K" + digits(2)))
                    .build());
        }
        if (random.nextBoolean()) {
            e.referral(Referral.builder().toFacilityCode(digits(5)).referredAt(time()).reason(words(5))
                    .referralNumber(maybe(() -> digits(4) + "/CT")).clinicalSummary(maybe(() -> words(5) + "\n" + words(5)))
                    .build());
        }
        if (random.nextBoolean()) {
            e.appointment(Appointment.builder().date(time().toLocalDate()).reason(maybe(() -> words(3)))
                    .departmentCode(maybe(() -> "K" + digits(2))).build());
        }
        if (random.nextBoolean()) {
            e.discharge(Discharge.builder().dischargedAt(in.plusMinutes(1 + random.nextInt(20_000))).result(pick(TreatmentResult.values()))
                    .type(pick(DischargeType.values())).summary(maybe(() -> words(8)))
                    .instructions(maybe(() -> words(5))).build());
        }
        MedicalRecord.Builder r = MedicalRecord.builder().recordId("HSBA-" + digits(8)).formCode(digits(2) + "/BV" + (1 + random.nextInt(3)))
                .facility(Facility.builder().code(digits(5)).name("Bệnh viện " + words(2)).address(maybe(() -> words(6))).build())
                .patient(patient()).encounter(e.build()).createdAt(time());
        int practitioners = random.nextInt(3);
        for (int i = 0; i < practitioners; i++) {
            r.addPractitioner(Practitioner.builder().licenseNumber(license()).practitionerCode(maybe(() -> "BS" + digits(4)))
                    .fullName(name()).title(maybe(() -> "BS CKI")).departmentCode(maybe(() -> "K" + digits(2))).build());
        }
        return r.build();
    }

    private Patient patient() {
        return Patient.builder().patientCode(maybe(() -> "BN" + digits(6))).citizenId(maybe(() -> digits(12)))
                .fullName(name()).birthDate(LocalDate.of(1930 + random.nextInt(95), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .sex(pick(Sex.values())).address(maybe(() -> words(6))).phone(maybe(() -> "09" + digits(8)))
                .insuranceCardNumber(maybe(() -> "DN4" + digits(12))).ethnicityCode(maybe(() -> digits(2)))
                .nationalityCode(maybe(() -> digits(3))).occupationCode(maybe(() -> digits(5)))
                .residenceProvinceCode(maybe(() -> digits(2))).residenceDistrictCode(maybe(() -> digits(3)))
                .residenceCommuneCode(maybe(() -> digits(5))).build();
    }

    private LocalDateTime time() {
        if (hostile && random.nextInt(20) == 0) {
            int year = random.nextBoolean() ? 1900 + random.nextInt(2) : 9998;
            return LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                    random.nextInt(60), random.nextInt(60), random.nextInt(1000) * 1_000_000);
        }
        LocalDateTime t = LocalDateTime.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60));
        // FHIR date-times carry milliseconds at most
        return random.nextInt(4) == 0 ? t.withNano(random.nextInt(1000) * 1_000_000) : t;
    }

    private BigDecimal decimal(boolean positive) {
        if (hostile && random.nextInt(8) == 0) {
            return switch (random.nextInt(5)) {
                case 0 -> new BigDecimal("1E+3");
                case 1 -> BigDecimal.valueOf(random.nextLong() & Long.MAX_VALUE, random.nextInt(12));
                case 2 -> new BigDecimal("0.000");
                case 3 -> BigDecimal.valueOf(1, 7);
                default -> new BigDecimal("123456789012345678901234567890.123456789");
            };
        }
        BigDecimal v = BigDecimal.valueOf(random.nextInt(1_000_000) + (positive ? 1 : 0), random.nextInt(4));
        return v;
    }

    private String license() {
        return digits(6) + "/HCM-CCHN";
    }

    private String name() {
        return cap(word()) + " " + cap(word()) + " " + cap(word());
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String words(int max) {
        if (hostile && random.nextInt(6) == 0) {
            return switch (random.nextInt(6)) {
                case 0 -> "   ";
                case 1 -> " " + word() + " ";
                case 2 -> word() + "\uD800";
                case 3 -> "\t" + word();
                default -> word() + AWKWARD[random.nextInt(AWKWARD.length)] + word();
            };
        }
        StringBuilder b = new StringBuilder(word());
        int n = random.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(' ').append(word());
        }
        return b.toString();
    }

    private String word() {
        int n = 1 + random.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return b.toString();
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }
}
