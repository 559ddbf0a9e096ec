package vn.emr.core.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.Practitioner;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.TreatmentResult;
import vn.emr.core.validation.Issue;

/**
 * Maps a {@link MedicalRecord} onto the {@link HoSoBenhAn} exchange document of official letter 365/TTYQG-GPQLCL and
 * back. The field-by-field table, with every part of the model 365 has no place for and every 365 field the model
 * does not hold, is {@code docs/cv365.md}; in short: patient, admission, main and secondary diagnoses, drug lines
 * ({@code YLenhThuocVatTu}), service lines ({@code PhieuChiDinh}) and the discharge's date, result, summary and advice
 * travel; facility, practitioners, supplies, lab results, progress notes, referral, appointment, times of day on
 * date-only fields and a few line details do not.
 *
 * <p>{@code fromRecord} then {@code toRecord} gives back every part that travels, exactly (times to the
 * millisecond); the property test {@code Cv365RoundTripTest} proves it over generated records. Thread-safe.
 */
public final class Cv365Mapping {

    /** Separator of the secondary diagnoses in {@code maicd_khac}/{@code tenicd_khac} (as BHYT's MA_BENH_KT). */
    static final String SEPARATOR = ";";

    private Cv365Mapping() {
    }

    // ------------------------------------------------------------------ export

    /**
     * The record as the exchange document.
     *
     * @throws EmrException {@code EMR-CORE-0620} when a secondary diagnosis holds {@code ;}; {@code EMR-CORE-06xx}
     *     when a value does not fit its 365 field (size, format), at the 365 path
     */
    public static HoSoBenhAn fromRecord(MedicalRecord record) {
        Objects.requireNonNull(record, "record");
        Patient p = record.patient();
        Encounter e = record.encounter();
        String key = e.maLk();
        String admitted = dateTime(e.admittedAt());

        Cv365Section benhNhan = Cv365Section.builder()
                .text("loaiba", record.formCode())
                .text("sovaovien", key)
                .text("soba", record.recordId())
                .text("makhoa", e.departmentCode().orElse(""))
                .text("thoigianvaovien", admitted)
                .text("mabenhnhan", p.patientCode().orElse(""))
                .text("cccd_so", p.citizenId().orElse(""))
                .text("hoten", p.fullName())
                .text("ngaysinh", date(p.birthDate()))
                .text("tuoi", age(p.birthDate(), e.admittedAt().toLocalDate()))
                .text("gioitinh", p.sex().code())
                .text("nghenghiep_ma", p.occupationCode().orElse(""))
                .text("dantoc_ma", p.ethnicityCode().orElse(""))
                .text("ngoaikieu_ma", p.nationalityCode().orElse(""))
                .text("mabhyt", p.insuranceCardNumber().orElse(""))
                .text("diachi", p.address().orElse(""))
                .text("sodienthoai", p.phone().orElse(""))
                .build();
        Cv365Section vaoVien = Cv365Section.builder()
                .text("sovaovien", key)
                .text("denkhambenhluc", admitted)
                .text("lydovaovien", e.reasonForVisit().orElse(""))
                .build();

        Cv365Section.Builder dieuTri = Cv365Section.builder()
                .text("bacsidieutri", e.attendingLicense().map(l -> nameOf(record, l)).orElse(""))
                .text("bacsidieutri_ma", e.attendingLicense().orElse(""));
        List<Issue> issues = new ArrayList<>();
        diagnoses(e, dieuTri, issues);
        e.discharge().ifPresent(d -> dieuTri
                .text("ngayravien", date(d.dischargedAt().toLocalDate()))
                .text("tomtat", d.summary().orElse(""))
                .section("tinhtrangravien", Cv365Section.builder()
                        .text("ketquadieutri", d.result().code())
                        .text("loidanbacsi", d.instructions().orElse(""))
                        .build()));
        if (!issues.isEmpty()) {
            throw new EmrException(issues);
        }

        Cv365Section root = Cv365Section.builder()
                .section("ThongTinBenhNhan", benhNhan)
                .section("ThongTinVaoVien", vaoVien)
                .section("ThongTinDieuTri", dieuTri.build())
                .section("YLenhThuocVatTu", Cv365Section.builder().text("sovaovien", key)
                        .list("danhsach", drugSheets(record)).build())
                .section("PhieuChiDinh", Cv365Section.builder().text("sovaovien", key)
                        .list("danhsach", serviceSheets(e)).build())
                .section("KetQuaChanDoanHinhAnh", joinOnly(key))
                .section("KetQuaXetNghiem", joinOnly(key))
                .section("GiayChuyenVien", joinOnly(key))
                .section("HoSoCapCuu", joinOnly(key))
                .section("PhieuThuThuat", joinOnly(key))
                .section("PhieuPhauThuat", joinOnly(key))
                .build();
        return HoSoBenhAn.of(root);
    }

    private static Cv365Section joinOnly(String key) {
        return Cv365Section.builder().text("sovaovien", key).build();
    }

    private static void diagnoses(Encounter e, Cv365Section.Builder b, List<Issue> issues) {
        e.mainDiagnosis().ifPresent(d -> b.text("maicd", d.code()).text("tenicd", d.description().orElse("")));
        List<Diagnosis> secondary = e.secondaryDiagnoses();
        StringBuilder codes = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        boolean anyText = false;
        for (int i = 0; i < secondary.size(); i++) {
            Diagnosis d = secondary.get(i);
            int at = e.diagnoses().indexOf(d);
            if (d.code().contains(SEPARATOR)) {
                issues.add(Issue.error("encounter.diagnoses[" + at + "].code", CoreError.CV365_EXPORT_SEPARATOR));
            }
            String text = d.description().orElse("");
            if (text.contains(SEPARATOR)) {
                issues.add(Issue.error("encounter.diagnoses[" + at + "].description",
                        CoreError.CV365_EXPORT_SEPARATOR));
            }
            if (i > 0) {
                codes.append(SEPARATOR);
                texts.append(SEPARATOR);
            }
            codes.append(d.code());
            texts.append(text);
            anyText |= !text.isEmpty();
        }
        b.text("maicd_khac", codes.toString()).text("tenicd_khac", anyText ? texts.toString() : "");
    }

    /** Drug lines in order, one sheet per run of consecutive lines with the same prescriber. */
    private static List<Cv365Section> drugSheets(MedicalRecord record) {
        List<Cv365Section> sheets = new ArrayList<>();
        List<Cv365Section> items = new ArrayList<>();
        String prescriber = null;
        for (MedicationLine m : record.encounter().medications()) {
            String who = m.prescriberLicense().orElse("");
            if (prescriber != null && !prescriber.equals(who)) {
                sheets.add(drugSheet(record, prescriber, items));
                items = new ArrayList<>();
            }
            prescriber = who;
            items.add(Cv365Section.builder()
                    .text("machidinh", m.lineId())
                    .text("cachdung", m.dosage().orElse(""))
                    .text("ngaykedonthuoc", date(m.orderedAt().toLocalDate()))
                    .text("donvitinh", m.unit())
                    .text("mathuocvattu_byt", m.drugCode())
                    .text("soluongthuocvattu", m.quantity().toPlainString())
                    .text("tenthuocvattu", m.drugName())
                    .build());
        }
        if (prescriber != null) {
            sheets.add(drugSheet(record, prescriber, items));
        }
        return sheets;
    }

    private static Cv365Section drugSheet(MedicalRecord record, String prescriber, List<Cv365Section> items) {
        return Cv365Section.builder()
                .text("bacsichidinh", prescriber.isEmpty() ? "" : nameOf(record, prescriber))
                .text("mabacsichidinh", prescriber)
                .list("danhsach", items)
                .build();
    }

    /** Service lines in order, one order sheet per line, numbered by the line identifier. */
    private static List<Cv365Section> serviceSheets(Encounter e) {
        List<Cv365Section> sheets = new ArrayList<>();
        for (ServiceLine s : e.services()) {
            String amount = s.amount().toPlainString();
            sheets.add(Cv365Section.builder()
                    .text("sophieu", s.lineId())
                    .list("danhsach", List.of(Cv365Section.builder()
                            .text("machidinh", s.serviceCode())
                            .text("ngaychidinh", date(s.orderedAt().toLocalDate()))
                            .text("dongia", s.unitPrice().toPlainString())
                            .text("manoithuchienchidinh", s.departmentCode().orElse(""))
                            .text("soluong", s.quantity().toPlainString())
                            .text("tenchidinh", s.serviceName())
                            .text("thanhtien", amount)
                            .build()))
                    .text("tongcong", amount)
                    .build());
        }
        return sheets;
    }

    private static String nameOf(MedicalRecord record, String license) {
        for (Practitioner pr : record.practitioners()) {
            if (pr.licenseNumber().equals(license) || pr.practitionerCode().filter(license::equals).isPresent()) {
                return pr.fullName();
            }
        }
        return "";
    }

    private static String age(LocalDate birth, LocalDate at) {
        if (birth.isAfter(at)) {
            return "";
        }
        int years = Period.between(birth, at).getYears();
        return years > 999 ? "" : Integer.toString(years);
    }

    static String date(LocalDate d) {
        return Check.formatDate(d);
    }

    static String dateTime(LocalDateTime t) {
        return Check.formatDateTime(t);
    }

    // ------------------------------------------------------------------ import

    /**
     * The record the document describes, with what 365 does not carry taken from the context (see
     * {@code docs/cv365.md}); the record is not validated here (use {@link vn.emr.core.validation.RecordValidator}).
     *
     * @throws EmrException with every fault at its 365 path: {@code EMR-CORE-0621} for a field the record needs
     *     left empty, {@code EMR-CORE-0622} for a code outside its list, {@code EMR-CORE-0623}/{@code 0624} for an
     *     amount or total that does not add up, {@code EMR-CORE-0625} for more secondary texts than codes
     */
    public static MedicalRecord toRecord(HoSoBenhAn document, Cv365ImportContext context) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        Reader in = new Reader();
        Cv365Section bn = document.group("ThongTinBenhNhan");
        Cv365Section vv = document.group("ThongTinVaoVien");
        Cv365Section dt = document.group("ThongTinDieuTri");
        String g = "ThongTinBenhNhan.";

        String recordId = in.required(bn, "soba", g);
        String formCode = in.required(bn, "loaiba", g);
        String maLk = in.required(bn, "sovaovien", g);
        LocalDateTime admittedAt = in.dateTime(bn, "thoigianvaovien", g, true);
        String fullName = in.required(bn, "hoten", g);
        LocalDate birthDate = in.date(bn, "ngaysinh", g, true);
        Sex sex = null;
        String sexCode = in.required(bn, "gioitinh", g);
        if (sexCode != null) {
            sex = Sex.lookup(sexCode).orElse(null);
            if (sex == null) {
                in.issue(g + "gioitinh", CoreError.CV365_IMPORT_CODE, "GIOI_TINH");
            }
        }

        List<Diagnosis> diagnoses = diagnoses(dt, in);
        List<MedicationLine> medications = medications(document.group("YLenhThuocVatTu"), in);
        List<ServiceLine> services = services(document.group("PhieuChiDinh"), in);

        Discharge discharge = null;
        String d = "ThongTinDieuTri.";
        LocalDate dischargeDate = in.date(dt, "ngayravien", d, false);
        Cv365Section tinhTrang = dt.section("tinhtrangravien").orElse(Cv365Section.empty());
        if (dischargeDate != null) {
            String resultCode = in.required(tinhTrang, "ketquadieutri", d + "tinhtrangravien.");
            TreatmentResult result = null;
            if (resultCode != null) {
                result = lookup(TreatmentResult.values(), resultCode);
                if (result == null) {
                    in.issue(d + "tinhtrangravien.ketquadieutri", CoreError.CV365_IMPORT_CODE, "KET_QUA_DTRI");
                }
            }
            if (result != null) {
                discharge = Discharge.builder().dischargedAt(dischargeDate.atStartOfDay()).result(result)
                        .type(context.dischargeType()).summary(optional(dt, "tomtat"))
                        .instructions(optional(tinhTrang, "loidanbacsi")).build();
            }
        } else if (!dt.text("tomtat").isEmpty() || !tinhTrang.text("ketquadieutri").isEmpty()
                || !tinhTrang.text("loidanbacsi").isEmpty()) {
            in.issue(d + "ngayravien", CoreError.CV365_IMPORT_REQUIRED);
        }
        in.throwIfAny();

        Patient patient = Patient.builder()
                .patientCode(optional(bn, "mabenhnhan"))
                .citizenId(optional(bn, "cccd_so"))
                .fullName(fullName)
                .birthDate(birthDate)
                .sex(sex)
                .address(optional(bn, "diachi"))
                .phone(optional(bn, "sodienthoai"))
                .insuranceCardNumber(optional(bn, "mabhyt"))
                .ethnicityCode(optional(bn, "dantoc_ma"))
                .nationalityCode(optional(bn, "ngoaikieu_ma"))
                .occupationCode(optional(bn, "nghenghiep_ma"))
                .build();
        Encounter encounter = Encounter.builder()
                .maLk(maLk)
                .encounterClass(context.encounterClass())
                .admittedAt(admittedAt)
                .departmentCode(optional(bn, "makhoa"))
                .reasonForVisit(optional(vv, "lydovaovien"))
                .attendingLicense(optional(dt, "bacsidieutri_ma"))
                .diagnoses(diagnoses)
                .medications(medications)
                .services(services)
                .discharge(discharge)
                .build();
        return MedicalRecord.builder()
                .recordId(recordId)
                .formCode(formCode)
                .facility(context.facility())
                .patient(patient)
                .encounter(encounter)
                .createdAt(admittedAt)
                .build();
    }

    private static List<Diagnosis> diagnoses(Cv365Section dt, Reader in) {
        List<Diagnosis> out = new ArrayList<>();
        String main = dt.text("maicd");
        if (!main.isEmpty()) {
            out.add(Diagnosis.builder().code(main).role(DiagnosisRole.MAIN).description(optional(dt, "tenicd"))
                    .build());
        } else if (!dt.text("tenicd").isEmpty()) {
            in.issue("ThongTinDieuTri.maicd", CoreError.CV365_IMPORT_REQUIRED);
        }
        String codes = dt.text("maicd_khac");
        String texts = dt.text("tenicd_khac");
        String[] c = codes.isEmpty() ? new String[0] : codes.split(SEPARATOR, -1);
        String[] t = texts.isEmpty() ? new String[0] : texts.split(SEPARATOR, -1);
        if (t.length > c.length) {
            in.issue("ThongTinDieuTri.tenicd_khac", CoreError.CV365_SECONDARY_COUNT);
            return out;
        }
        for (int i = 0; i < c.length; i++) {
            if (c[i].isEmpty()) {
                in.issue("ThongTinDieuTri.maicd_khac[" + i + "]", CoreError.CV365_IMPORT_REQUIRED);
                continue;
            }
            String text = i < t.length && !t[i].isEmpty() ? t[i] : null;
            out.add(Diagnosis.builder().code(c[i]).role(DiagnosisRole.SECONDARY).description(text).build());
        }
        return out;
    }

    private static List<MedicationLine> medications(Cv365Section group, Reader in) {
        List<MedicationLine> out = new ArrayList<>();
        List<Cv365Section> sheets = group.list("danhsach");
        for (int s = 0; s < sheets.size(); s++) {
            Cv365Section sheet = sheets.get(s);
            List<Cv365Section> items = sheet.list("danhsach");
            for (int i = 0; i < items.size(); i++) {
                Cv365Section item = items.get(i);
                String p = "YLenhThuocVatTu.danhsach[" + s + "].danhsach[" + i + "].";
                int before = in.count();
                String lineId = in.required(item, "machidinh", p);
                String drugCode = in.required(item, "mathuocvattu_byt", p);
                String drugName = in.required(item, "tenthuocvattu", p);
                String unit = in.required(item, "donvitinh", p);
                BigDecimal quantity = in.decimal(item, "soluongthuocvattu", p, true);
                LocalDate ordered = in.date(item, "ngaykedonthuoc", p, true);
                if (in.count() == before) {
                    out.add(MedicationLine.builder().lineId(lineId).drugCode(drugCode).drugName(drugName).unit(unit)
                            .quantity(quantity).unitPrice(BigDecimal.ZERO).orderedAt(ordered.atStartOfDay())
                            .dosage(optional(item, "cachdung"))
                            .prescriberLicense(optional(sheet, "mabacsichidinh")).build());
                }
            }
        }
        return out;
    }

    private static List<ServiceLine> services(Cv365Section group, Reader in) {
        List<ServiceLine> out = new ArrayList<>();
        List<Cv365Section> sheets = group.list("danhsach");
        for (int s = 0; s < sheets.size(); s++) {
            Cv365Section sheet = sheets.get(s);
            String sp = "PhieuChiDinh.danhsach[" + s + "].";
            String number = in.required(sheet, "sophieu", sp);
            List<Cv365Section> items = sheet.list("danhsach");
            BigDecimal total = BigDecimal.ZERO;
            boolean totalKnown = true;
            for (int i = 0; i < items.size(); i++) {
                Cv365Section item = items.get(i);
                String p = sp + "danhsach[" + i + "].";
                int before = in.count();
                String code = in.required(item, "machidinh", p);
                String name = in.required(item, "tenchidinh", p);
                BigDecimal quantity = in.decimal(item, "soluong", p, true);
                BigDecimal price = in.decimal(item, "dongia", p, true);
                BigDecimal amount = in.decimal(item, "thanhtien", p, false);
                LocalDate ordered = in.date(item, "ngaychidinh", p, true);
                if (quantity != null && price != null) {
                    BigDecimal computed = quantity.multiply(price);
                    if (amount != null && amount.compareTo(computed) != 0) {
                        in.issue(p + "thanhtien", CoreError.CV365_AMOUNT_MISMATCH);
                    }
                    total = total.add(computed);
                } else {
                    totalKnown = false;
                }
                if (in.count() == before && number != null) {
                    String lineId = items.size() == 1 ? number : number + "." + (i + 1);
                    out.add(ServiceLine.builder().lineId(lineId).serviceCode(code).serviceName(name)
                            .quantity(quantity).unitPrice(price).orderedAt(ordered.atStartOfDay())
                            .departmentCode(optional(item, "manoithuchienchidinh")).build());
                }
            }
            BigDecimal declared = in.decimal(sheet, "tongcong", sp, false);
            if (declared != null && totalKnown && declared.compareTo(total) != 0) {
                in.issue(sp + "tongcong", CoreError.CV365_TOTAL_MISMATCH);
            }
        }
        return out;
    }

    private static <E extends Enum<E> & vn.emr.core.code.OfficialCode> E lookup(E[] values, String code) {
        for (E e : values) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        return null;
    }

    private static String optional(Cv365Section s, String name) {
        String v = s.text(name);
        return v.isEmpty() ? null : v;
    }

    /** Reads values off sections, collecting faults (all reported at once). */
    private static final class Reader {
        private final List<Issue> issues = new ArrayList<>();

        int count() {
            return issues.size();
        }

        void issue(String path, CoreError code, Object... args) {
            if (issues.size() < Check.MAX_ISSUES) {
                issues.add(Issue.error(path, code, args));
            }
        }

        void throwIfAny() {
            if (!issues.isEmpty()) {
                throw new EmrException(issues);
            }
        }

        String required(Cv365Section s, String name, String prefix) {
            String v = s.text(name);
            if (v.isEmpty()) {
                issue(prefix + name, CoreError.CV365_IMPORT_REQUIRED);
                return null;
            }
            return v;
        }

        LocalDate date(Cv365Section s, String name, String prefix, boolean required) {
            String v = required ? required(s, name, prefix) : optional(s, name);
            if (v == null) {
                return null;
            }
            LocalDate d = Check.parseDate(v);
            if (d == null) {
                issue(prefix + name, CoreError.CV365_DATE_FORMAT);
            }
            return d;
        }

        LocalDateTime dateTime(Cv365Section s, String name, String prefix, boolean required) {
            String v = required ? required(s, name, prefix) : optional(s, name);
            if (v == null) {
                return null;
            }
            LocalDateTime t = Check.parseDateTime(v);
            if (t == null) {
                issue(prefix + name, CoreError.CV365_DATE_TIME_FORMAT);
            }
            return t;
        }

        BigDecimal decimal(Cv365Section s, String name, String prefix, boolean required) {
            String v = required ? required(s, name, prefix) : optional(s, name);
            if (v == null) {
                return null;
            }
            if (!Check.decimal(v)) {
                issue(prefix + name, CoreError.CV365_DECIMAL_FORMAT);
                return null;
            }
            return new BigDecimal(v);
        }
    }
}
