package vn.emr.core.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.model.TreatmentResult;

/**
 * Fictitious, valid sample records for the demo, the examples and the benchmarks. Every name, number and code here is
 * invented; the ICD-10 codes are real codes of the bundled subset.
 */
public final class SampleRecords {

    /** The sample facility's code (MA_CSKCB). */
    public static final String FACILITY_CODE = "79001";

    private SampleRecords() {
    }

    /** A demo facility. */
    public static Facility facility() {
        return Facility.builder().code(FACILITY_CODE).name("Bệnh viện Đa khoa Demo")
                .address("1 Đường Demo, Phường Bến Nghé, TP. Hồ Chí Minh").build();
    }

    /** A demo practitioner. */
    public static Practitioner practitioner() {
        return Practitioner.builder().licenseNumber("001234/HCM-CCHN").practitionerCode("79001BS0001")
                .fullName("Lê Văn Bác Sĩ").title("BS CKI").departmentCode("K01").build();
    }

    /** A demo patient consistent with its personal ID (born 1990, male, Hà Nội prefix 001). */
    public static Patient patient() {
        return Patient.builder().patientCode("BN000001").citizenId("001090123456").fullName("Nguyễn Văn An")
                .birthDate(LocalDate.of(1990, 1, 1)).sex(Sex.MALE)
                .address("Số 1, Phường Bến Nghé, TP. Hồ Chí Minh").phone("0901234567")
                .insuranceCardNumber("DN4010120878811").ethnicityCode("01").nationalityCode("000")
                .occupationCode("00000").residenceProvinceCode("79").residenceDistrictCode("760")
                .residenceCommuneCode("26740").build();
    }

    /** A one-day outpatient examination (MA_LOAI_KCB 01) with a few lines, a result, a note and a follow-up. */
    public static MedicalRecord outpatient(Patient patient) {
        return record(patient, 3, 2, 2, "2026110100001");
    }

    /**
     * A larger encounter for benchmarks: the given number of medication lines and lab results.
     *
     * @param medications number of medication lines
     * @param labResults number of lab results
     */
    public static MedicalRecord outpatient(Patient patient, int medications, int labResults) {
        return record(patient, medications, 3, labResults, "2026110100002");
    }

    private static MedicalRecord record(Patient patient, int medications, int services, int labResults, String maLk) {
        LocalDateTime in = LocalDateTime.of(2026, 11, 1, 7, 30);
        LocalDateTime out = in.plusHours(4);
        Encounter.Builder e = Encounter.builder().maLk(maLk).encounterClass(EncounterClass.EXAMINATION)
                .admittedAt(in).departmentCode("K01").reasonForVisit("Sốt, ho 3 ngày")
                .attendingLicense("001234/HCM-CCHN").weightKg(new BigDecimal("60.5"))
                .addDiagnosis(Diagnosis.builder().code("J06.9").role(DiagnosisRole.MAIN)
                        .description("Nhiễm trùng đường hô hấp trên cấp").recordedAt(in.plusMinutes(20)).build())
                .addDiagnosis(Diagnosis.builder().code("I10").role(DiagnosisRole.SECONDARY)
                        .description("Tăng huyết áp vô căn").build());
        for (int i = 1; i <= medications; i++) {
            e.addMedication(MedicationLine.builder().lineId("T" + i).drugCode("40.17" + (i % 10))
                    .drugName("Paracetamol " + i).strength("500mg").unit("Viên").routeCode("1.01")
                    .dosage("Uống, ngày 2 lần, mỗi lần 1 viên").registrationNumber("VD-12345-" + (10 + i % 90))
                    .quantity(BigDecimal.valueOf(10 + i % 5)).unitPrice(new BigDecimal("1250.50"))
                    .orderedAt(in.plusMinutes(60)).prescriberLicense("001234/HCM-CCHN").build());
        }
        for (int i = 1; i <= services; i++) {
            e.addService(ServiceLine.builder().lineId("D" + i).serviceCode("01.0001." + (1000 + i))
                    .serviceName(i == 1 ? "Khám Nội" : "Xét nghiệm " + i).quantity(BigDecimal.ONE)
                    .unitPrice(new BigDecimal("38700")).orderedAt(in.plusMinutes(10))
                    .performedAt(in.plusMinutes(15)).resultAt(in.plusMinutes(50)).departmentCode("K01")
                    .performerLicense("001234/HCM-CCHN").unit("Lần").build());
        }
        e.addSupply(SupplyLine.builder().lineId("V1").supplyCode("N03.05.010").supplyName("Bơm tiêm 5ml")
                .unit("Cái").quantity(BigDecimal.valueOf(2)).unitPrice(new BigDecimal("1100"))
                .usedAt(in.plusMinutes(30)).build());
        for (int i = 1; i <= labResults; i++) {
            e.addLabResult(LabResult.builder().lineId("K" + i).serviceCode("01.0001.1002")
                    .indicatorCode(String.valueOf(1000000 + i)).indicatorName("Chỉ số xét nghiệm " + i)
                    .value(String.valueOf(4 + i % 7) + ".5").unit("mmol/L").referenceRange("3.9 - 6.4")
                    .abnormal(i % 7 > 2).orderedAt(in.plusMinutes(10)).resultAt(in.plusMinutes(50))
                    .performerLicense("001234/HCM-CCHN").unit("Lần").build());
        }
        e.addNote(ProgressNote.builder().noteId("N1").recordedAt(in.plusMinutes(20))
                .authorLicense("001234/HCM-CCHN").text("Tỉnh, sốt 38,5°C, họng đỏ. Phổi không ran.").build());
        e.discharge(Discharge.builder().dischargedAt(out).result(TreatmentResult.IMPROVED)
                .type(DischargeType.DISCHARGED).instructions("Uống nhiều nước, tái khám sau 7 ngày").build());
        e.appointment(Appointment.builder().date(out.toLocalDate().plusDays(7)).reason("Tái khám").build());
        return MedicalRecord.builder().recordId("HSBA-" + maLk).formCode("15/BV1").facility(facility())
                .patient(patient).addPractitioner(practitioner()).encounter(e.build()).createdAt(in).build();
    }
}
