package vn.emr.core.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

/** Seeded random medical records and exchange documents, every part of the model filled or left out at random. */
final class Generated {

    /** Characters the texts are drawn from: Vietnamese (NFC), markup, CR/LF/tab, a surrogate pair. */
    private static final String[] POOL = {"a", "Z", "0", "9", " ", "ă", "â", "đ", "ê", "ô", "ơ", "ư", "ạ", "ế", "ữ",
        "Ỹ", "&", "<", ">", "\"", "'", "]]>", "\r", "\n", "\r\n", "\t", "😀", "/", ".", "-", "{", "}", "\\", "&amp;"};

    private final Random rnd;

    Generated(long seed) {
        this.rnd = new Random(seed);
    }

    boolean coin() {
        return rnd.nextBoolean();
    }

    int upTo(int n) {
        return rnd.nextInt(n + 1);
    }

    /** A text of 1..max characters that starts with a letter (so a name is never blank). */
    String text(int max, boolean allowSeparator) {
        StringBuilder sb = new StringBuilder("Đ");
        int n = rnd.nextInt(Math.max(1, Math.min(max, 40)));
        while (sb.length() < n) {
            String s = POOL[rnd.nextInt(POOL.length)];
            if (sb.length() + s.length() > max) {
                break;
            }
            sb.append(s);
        }
        String t = sb.toString();
        return allowSeparator ? t : t.replace(';', ',');
    }

    String plain(int max) {
        String alphabet = "ABCDEFGHKLMNPQRSTUVXY0123456789./-_";
        int n = 1 + rnd.nextInt(Math.max(1, Math.min(max, 20)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    String icd() {
        return (char) ('A' + rnd.nextInt(26)) + digits(2) + (coin() ? "." + digits(1) : "");
    }

    BigDecimal decimal(boolean positive) {
        long unscaled = (positive ? 1 : 0) + (long) rnd.nextInt(10_000_000);
        return BigDecimal.valueOf(unscaled, rnd.nextInt(4));
    }

    /** A time with nanoseconds now and then (365 keeps milliseconds). */
    LocalDateTime time() {
        LocalDateTime t = LocalDateTime.of(2020 + rnd.nextInt(7), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
                rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(1000) * 1_000_000);
        return coin() ? t.plusNanos(rnd.nextInt(1_000_000)) : t;
    }

    LocalDate date() {
        return LocalDate.of(1920 + rnd.nextInt(106), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    <T> T maybe(T value) {
        return coin() ? value : null;
    }

    <E> E pick(E[] values) {
        return values[rnd.nextInt(values.length)];
    }

    Facility facility() {
        return Facility.builder().code(digits(5)).name(text(60, true)).address(maybe(text(80, true))).build();
    }

    MedicalRecord record() {
        List<String> licences = new ArrayList<>();
        List<Practitioner> practitioners = new ArrayList<>();
        for (int i = 0, n = upTo(3); i < n; i++) {
            String licence = plain(20);
            licences.add(licence);
            practitioners.add(Practitioner.builder().licenseNumber(licence).practitionerCode(maybe(plain(10)))
                    .fullName(text(40, true)).title(maybe(text(10, true))).departmentCode(maybe(plain(8))).build());
        }
        Patient patient = Patient.builder().patientCode(maybe(plain(20))).citizenId(maybe(digits(12)))
                .fullName(text(60, true)).birthDate(date()).sex(pick(Sex.values())).address(maybe(text(200, true)))
                .phone(maybe(digits(10))).insuranceCardNumber(maybe(plain(15))).ethnicityCode(maybe(digits(2)))
                .nationalityCode(maybe(digits(3))).occupationCode(maybe(digits(5))).build();
        LocalDateTime in = time();
        Encounter.Builder e = Encounter.builder().maLk(plain(30)).encounterClass(pick(EncounterClass.values()))
                .admittedAt(in).departmentCode(maybe(plain(10))).reasonForVisit(maybe(text(300, true)))
                .attendingLicense(licences.isEmpty() || coin() ? maybe(plain(20)) : licences.get(0));
        List<Diagnosis> dx = new ArrayList<>();
        for (int i = 0, n = upTo(4); i < n; i++) {
            dx.add(Diagnosis.builder().code(icd()).role(DiagnosisRole.SECONDARY)
                    .description(maybe(text(100, false))).recordedAt(maybe(time())).build());
        }
        if (coin()) {
            dx.add(rnd.nextInt(dx.size() + 1), Diagnosis.builder().code(icd()).role(DiagnosisRole.MAIN)
                    .description(maybe(text(200, true))).recordedAt(maybe(time())).build());
        }
        e.diagnoses(dx);
        for (int i = 0, n = upTo(6); i < n; i++) {
            String prescriber = licences.isEmpty() || coin() ? maybe(plain(12)) : licences.get(rnd.nextInt(licences.size()));
            e.addMedication(MedicationLine.builder().lineId(plain(20)).drugCode(plain(30)).drugName(text(100, true))
                    .strength(maybe(text(20, true))).unit(text(10, true)).routeCode(maybe(plain(4)))
                    .dosage(maybe(text(200, true))).registrationNumber(maybe(plain(15))).quantity(decimal(true))
                    .unitPrice(decimal(false)).orderedAt(time()).prescriberLicense(prescriber).build());
        }
        for (int i = 0, n = upTo(5); i < n; i++) {
            e.addService(ServiceLine.builder().lineId(plain(20)).serviceCode(plain(20)).serviceName(text(100, true))
                    .quantity(decimal(true)).unitPrice(decimal(false)).orderedAt(time()).performedAt(maybe(time()))
                    .resultAt(maybe(time())).departmentCode(maybe(plain(10))).performerLicense(maybe(plain(12)))
                    .build());
        }
        for (int i = 0, n = upTo(2); i < n; i++) {
            e.addSupply(SupplyLine.builder().lineId(plain(10)).supplyCode(plain(20)).supplyName(text(50, true))
                    .unit(text(10, true)).quantity(decimal(true)).unitPrice(decimal(false)).usedAt(time()).build());
        }
        for (int i = 0, n = upTo(3); i < n; i++) {
            e.addLabResult(LabResult.builder().lineId(plain(10)).serviceCode(plain(20)).indicatorCode(maybe(digits(7)))
                    .indicatorName(text(50, true)).value(plain(8)).unit(maybe(plain(6)))
                    .referenceRange(maybe(text(20, true))).abnormal(coin()).orderedAt(maybe(time())).resultAt(time())
                    .performerLicense(maybe(plain(12))).build());
        }
        for (int i = 0, n = upTo(2); i < n; i++) {
            e.addNote(ProgressNote.builder().noteId(plain(10)).recordedAt(time()).authorLicense(plain(12))
                    .text(text(500, true)).departmentCode(maybe(plain(6))).build());
        }
        if (coin()) {
            e.discharge(Discharge.builder().dischargedAt(time()).result(pick(TreatmentResult.values()))
                    .type(pick(DischargeType.values())).summary(maybe(text(500, true)))
                    .instructions(maybe(text(300, true))).build());
        }
        if (coin()) {
            e.referral(Referral.builder().toFacilityCode(digits(5)).referredAt(time()).reason(text(100, true))
                    .referralNumber(maybe(plain(10))).clinicalSummary(maybe(text(200, true))).build());
        }
        if (coin()) {
            e.appointment(Appointment.builder().date(date()).reason(maybe(text(50, true)))
                    .departmentCode(maybe(plain(6))).build());
        }
        return MedicalRecord.builder().recordId(plain(40)).formCode(digits(2) + "/BV" + (1 + rnd.nextInt(9)))
                .facility(facility()).patient(patient).practitioners(practitioners).encounter(e.build())
                .createdAt(time()).build();
    }

    /** A document with every field of the catalogue given a random value of its kind (or left empty). */
    HoSoBenhAn document() {
        Cv365Section root = section(Schema.ROOT, 0);
        Cv365Section.Builder b = Cv365Section.builder();
        String key = root.section("ThongTinBenhNhan").orElseThrow().text("sovaovien");
        for (String g : root.names()) {
            Cv365Section group = root.section(g).orElseThrow();
            Cv365Section.Builder gb = Cv365Section.builder();
            for (String n : group.names()) {
                Object raw = group.raw(n);
                if (n.equals("sovaovien") && !g.equals("ThongTinBenhNhan")) {
                    gb.text(n, coin() ? key : "");
                } else if (raw instanceof String s) {
                    gb.text(n, s);
                } else if (raw instanceof Cv365Section s) {
                    gb.section(n, s);
                } else {
                    gb.list(n, group.list(n));
                }
            }
            b.section(g, gb.build());
        }
        return HoSoBenhAn.of(b.build());
    }

    private Cv365Section section(Schema.Group group, int depth) {
        Cv365Section.Builder b = Cv365Section.builder();
        for (Schema.Node node : group.children().values()) {
            if (node instanceof Schema.Field f) {
                b.text(f.name(), coin() ? "" : value(f));
            } else if (node instanceof Schema.Group g) {
                b.section(g.name(), section(g, depth + 1));
            } else {
                Schema.Items items = (Schema.Items) node;
                List<Cv365Section> list = new ArrayList<>();
                if (items.item() != null) {
                    for (int i = 0, n = upTo(depth < 2 ? 3 : 2); i < n; i++) {
                        list.add(section(items.item(), depth + 1));
                    }
                }
                b.list(items.name(), list);
            }
        }
        return b.build();
    }

    private String value(Schema.Field f) {
        return switch (f.kind()) {
            case TEXT -> text(Math.min(f.max(), 60), true);
            case DATE -> Check.DATE.format(date());
            case DATE_TIME -> Check.DATE_TIME.format(time());
            case DIGITS -> digits(1 + rnd.nextInt(Math.min(f.max(), 15)));
            case DECIMAL -> decimal(false).toPlainString();
            case ICD10 -> icd();
            case ICD10_LIST -> coin() ? icd() : icd() + ";" + icd();
        };
    }
}
