package vn.emr.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.emr.core.identity.Sex;

/** Fully populated values of every model type (every optional part set), for round-trip and validation tests. */
public final class Fixtures {

    static final LocalDateTime IN = LocalDateTime.of(2026, 3, 2, 8, 15);

    private Fixtures() {
    }

    public static Patient patient() {
        return Patient.builder().patientCode("BN42").citizenId("079190001234").fullName("Trần Thị Bích")
                .birthDate(LocalDate.of(1990, 5, 17)).sex(Sex.FEMALE).address("Số 9, Phường 5, Đà Nẵng")
                .phone("0912345678").insuranceCardNumber("HS4010120878811").ethnicityCode("01")
                .nationalityCode("000").occupationCode("00000").build();
    }

    public static Facility facility() {
        return Facility.builder().code("01001").name("Bệnh viện Bạch Mai Demo").address("78 Giải Phóng").build();
    }

    public static Practitioner practitioner() {
        return Practitioner.builder().licenseNumber("000123/BYT-GPHN").practitionerCode("BS01").fullName("Phạm Văn C")
                .title("ThS BS").departmentCode("K02.D35").build();
    }

    public static Diagnosis main() {
        return Diagnosis.builder().code("K35.8").role(DiagnosisRole.MAIN).description("Viêm ruột thừa cấp")
                .recordedAt(IN.plusHours(1)).build();
    }

    public static Diagnosis secondary(String code) {
        return Diagnosis.builder().code(code).role(DiagnosisRole.SECONDARY).build();
    }

    public static MedicationLine medication(String id) {
        return MedicationLine.builder().lineId(id).drugCode("40.17").drugName("Oxy").strength("99%").unit("Lít")
                .routeCode("5.01").dosage("Thở liên tục").registrationNumber("VD-0001-22")
                .quantity(new BigDecimal("120.5")).unitPrice(new BigDecimal("35.000")).orderedAt(IN.plusHours(2))
                .prescriberLicense("000123/BYT-GPHN").build();
    }

    public static ServiceLine service(String id) {
        return ServiceLine.builder().lineId(id).serviceCode("10.0600.0543").serviceName("Phẫu thuật nội soi cắt ruột thừa")
                .quantity(BigDecimal.ONE).unitPrice(new BigDecimal("2875000")).orderedAt(IN.plusHours(2))
                .performedAt(IN.plusHours(3)).resultAt(IN.plusHours(4)).departmentCode("K02")
                .performerLicense("000123/BYT-GPHN").build();
    }

    public static SupplyLine supply(String id) {
        return SupplyLine.builder().lineId(id).supplyCode("N05.01.050").supplyName("Chỉ khâu").unit("Sợi")
                .quantity(new BigDecimal("3")).unitPrice(new BigDecimal("52000")).usedAt(IN.plusHours(3)).build();
    }

    public static LabResult lab(String id) {
        return LabResult.builder().lineId(id).serviceCode("22.0120.1370").indicatorCode("1000123")
                .indicatorName("Bạch cầu (WBC)").value("14.2").unit("G/L").referenceRange("4 - 10").abnormal(true)
                .orderedAt(IN.plusMinutes(30)).resultAt(IN.plusMinutes(90)).performerLicense("000777/BYT-GPHN")
                .build();
    }

    public static ProgressNote note(String id) {
        return ProgressNote.builder().noteId(id).recordedAt(IN.plusHours(5)).authorLicense("000123/BYT-GPHN")
                .text("Sau mổ ổn định, không sốt.").departmentCode("K02").build();
    }

    public static Discharge discharge() {
        return Discharge.builder().dischargedAt(IN.plusDays(4)).result(TreatmentResult.CURED)
                .type(DischargeType.DISCHARGED).summary("Mổ nội soi, hậu phẫu ổn").instructions("Kiêng vận động mạnh")
                .build();
    }

    public static Referral referral() {
        return Referral.builder().toFacilityCode("79002").referredAt(IN.plusDays(4)).reason("Vượt khả năng chuyên môn")
                .referralNumber("CT-2026-0001").clinicalSummary("Tóm tắt").build();
    }

    public static Appointment appointment() {
        return Appointment.builder().date(LocalDate.of(2026, 3, 13)).reason("Cắt chỉ").departmentCode("K02").build();
    }

    public static Encounter encounter() {
        return Encounter.builder().maLk("MA_LK-2026-000001").encounterClass(EncounterClass.INPATIENT).admittedAt(IN)
                .departmentCode("K02").reasonForVisit("Đau bụng hố chậu phải").attendingLicense("000123/BYT-GPHN")
                .diagnoses(List.of(main(), secondary("I10"))).addMedication(medication("T1"))
                .addService(service("D1")).addSupply(supply("V1")).addLabResult(lab("K1")).addNote(note("N1"))
                .discharge(discharge()).referral(referral()).appointment(appointment()).build();
    }

    public static MedicalRecord record() {
        return MedicalRecord.builder().recordId("HSBA-1").formCode("10/BV1").facility(facility()).patient(patient())
                .addPractitioner(practitioner()).encounter(encounter()).createdAt(IN).build();
    }

    /** One fully populated value of every model type. */
    public static List<Object> everyType() {
        return List.of(patient(), facility(), practitioner(), main(), medication("T1"), service("D1"), supply("V1"),
                lab("K1"), note("N1"), discharge(), referral(), appointment(), encounter(), record());
    }
}
