package vn.emr.claims.check;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.mapping.ClaimTerms;
import vn.emr.claims.mapping.LineTerms;
import vn.emr.claims.mapping.PaperTerms;
import vn.emr.claims.money.BaseSalary;
import vn.emr.claims.money.FundingParts;
import vn.emr.claims.money.OtherFunding;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.model.TreatmentResult;
import vn.emr.core.sample.SampleRecords;

/**
 * Good claims files built only through the SDK's public API (the record model, {@link ClaimMapping},
 * {@link ClaimsEnvelope}), the way a certifier or a vendor would: an outpatient visit and an inpatient stay, in any
 * claim year (so in any profile), with other funding of cases a, b or c on their lines. Every name, number and code is
 * invented. Also the text surgery a certifier does to break one field: decode the NOIDUNGFILE of a table, edit the
 * XML text, re-encode.
 */
final class AuditFiles {

    /** Whom the other funding of the first drug line supports (none: no other funding). */
    enum Funding {
        NONE, CASE_A, CASE_B, CASE_C
    }

    private AuditFiles() {
    }

    /** An outpatient examination (MA_LOAI_KCB 01) on the day given, 2 drugs, an exam, a test, a supply, a result. */
    static MedicalRecord outpatient(LocalDate day) {
        LocalDateTime in = day.atTime(8, 0);
        Encounter.Builder e = Encounter.builder().maLk("AUD" + day.toString().replace("-", "") + "01")
                .encounterClass(EncounterClass.EXAMINATION).admittedAt(in).departmentCode("K01")
                .reasonForVisit("Đau họng").attendingLicense("001234/HCM-CCHN").weightKg(new BigDecimal("55"))
                .addDiagnosis(Diagnosis.builder().code("J02.9").role(DiagnosisRole.MAIN)
                        .description("Viêm họng cấp").recordedAt(in.plusMinutes(15)).build());
        drugs(e, in, 2);
        e.addService(service("D1", "01.0001.1001", "Khám Nội", "38700", in.plusMinutes(5), null));
        e.addService(service("D2", "01.0001.1002", "Xét nghiệm 2", "25000", in.plusMinutes(10), in.plusMinutes(40)));
        e.addSupply(SupplyLine.builder().lineId("V1").supplyCode("N03.05.010").supplyName("Bơm tiêm 5ml")
                .unit("Cái").quantity(BigDecimal.valueOf(2)).unitPrice(new BigDecimal("1100"))
                .usedAt(in.plusMinutes(20)).build());
        e.addLabResult(LabResult.builder().lineId("K1").serviceCode("01.0001.1002").indicatorCode("1000001")
                .indicatorName("Glucose").value("5.5").unit("mmol/L").referenceRange("3.9 - 6.4").abnormal(false)
                .orderedAt(in.plusMinutes(10)).resultAt(in.plusMinutes(40)).performerLicense("001234/HCM-CCHN")
                .build());
        e.addNote(ProgressNote.builder().noteId("N1").recordedAt(in.plusMinutes(15))
                .authorLicense("001234/HCM-CCHN").text("Họng đỏ, không sốt.").build());
        e.discharge(Discharge.builder().dischargedAt(in.plusHours(2)).result(TreatmentResult.IMPROVED)
                .type(DischargeType.DISCHARGED).build());
        return record(e.build(), in);
    }

    /** A three-day inpatient stay (MA_LOAI_KCB 03) from the day given: drugs, an exam, a test, two bed days. */
    static MedicalRecord inpatient(LocalDate day) {
        LocalDateTime in = day.atTime(7, 30);
        Encounter.Builder e = Encounter.builder().maLk("AUD" + day.toString().replace("-", "") + "03")
                .encounterClass(EncounterClass.INPATIENT).admittedAt(in).departmentCode("K02")
                .reasonForVisit("Sốt cao").attendingLicense("001234/HCM-CCHN").weightKg(new BigDecimal("60"))
                .addDiagnosis(Diagnosis.builder().code("J18.9").role(DiagnosisRole.MAIN)
                        .description("Viêm phổi").recordedAt(in.plusMinutes(30)).build())
                .addDiagnosis(Diagnosis.builder().code("I10").role(DiagnosisRole.SECONDARY)
                        .description("Tăng huyết áp").build());
        drugs(e, in, 4);
        e.addService(service("D1", "01.0001.1001", "Khám Nội", "38700", in.plusMinutes(5), null));
        e.addService(service("D2", "01.0001.1002", "Xét nghiệm 2", "25000", in.plusMinutes(60), in.plusHours(2)));
        for (int d = 0; d < 2; d++) {
            e.addService(service("G" + d, "K03.1915", "Giường Nội khoa loại 1", "200000", in.plusDays(d).plusHours(2),
                    null));
        }
        e.addNote(ProgressNote.builder().noteId("N1").recordedAt(in.plusHours(3))
                .authorLicense("001234/HCM-CCHN").text("Sốt 39 độ.").build());
        e.addNote(ProgressNote.builder().noteId("N2").recordedAt(in.plusDays(1).plusHours(1))
                .authorLicense("001234/HCM-CCHN").text("Hết sốt.").build());
        e.discharge(Discharge.builder().dischargedAt(in.plusDays(2).plusHours(3)).result(TreatmentResult.IMPROVED)
                .type(DischargeType.DISCHARGED).build());
        e.appointment(Appointment.builder().date(day.plusDays(10)).reason("Tái khám").build());
        return record(e.build(), in);
    }

    private static void drugs(Encounter.Builder e, LocalDateTime in, int n) {
        for (int i = 1; i <= n; i++) {
            e.addMedication(MedicationLine.builder().lineId("T" + i).drugCode("40.17" + i).drugName("Thuốc " + i)
                    .strength("500mg").unit("Viên").routeCode("1.01").dosage("Uống, ngày 2 lần")
                    .registrationNumber("VD-12345-2" + i).quantity(BigDecimal.valueOf(10 + i))
                    .unitPrice(new BigDecimal("1250.50")).orderedAt(in.plusMinutes(30))
                    .prescriberLicense("001234/HCM-CCHN").build());
        }
    }

    private static ServiceLine service(String id, String code, String name, String price, LocalDateTime at,
            LocalDateTime result) {
        ServiceLine.Builder b = ServiceLine.builder().lineId(id).serviceCode(code).serviceName(name)
                .quantity(BigDecimal.ONE).unitPrice(new BigDecimal(price)).orderedAt(at).performedAt(at.plusMinutes(5))
                .departmentCode("K01").performerLicense("001234/HCM-CCHN").unit(code.startsWith("K") ? "Ngày" : "Lần");
        if (result != null) {
            b.resultAt(result);
        }
        return b.build();
    }

    private static MedicalRecord record(Encounter e, LocalDateTime in) {
        Patient p = Patient.builder().patientCode("BN900001").citizenId("001090123456").fullName("Trần Văn Kiểm")
                .birthDate(LocalDate.of(1985, 5, 20)).sex(Sex.MALE).address("Số 2, Phường Bến Nghé, TP. Hồ Chí Minh")
                .insuranceCardNumber("DN4010120878811").ethnicityCode("01").nationalityCode("000")
                .occupationCode("00000").residenceProvinceCode("79").residenceDistrictCode("760")
                .residenceCommuneCode("26740").build();
        return MedicalRecord.builder().recordId("HSBA-" + e.maLk()).formCode("15/BV1")
                .facility(SampleRecords.facility()).patient(p).addPractitioner(SampleRecords.practitioner())
                .encounter(e).createdAt(in).build();
    }

    /** The terms of a facility: insured 80 %, the 15 % rule, tenders, papers, and the funding of the first drug. */
    static ClaimTerms terms(MedicalRecord r, Funding funding) {
        LocalDate end = ClaimMapping.claimDate(r);
        FundingParts donor = FundingParts.of(FundingParts.Source.DOMESTIC_AID, new BigDecimal("5000"));
        OtherFunding other = switch (funding) {
            case NONE -> OtherFunding.none();
            case CASE_A -> OtherFunding.forPatient(donor);
            case CASE_B -> OtherFunding.forFacility(donor);
            case CASE_C -> OtherFunding.coPaymentBy(FundingParts.Source.STATE_BUDGET);
        };
        boolean inpatient = r.encounter().encounterClass() == EncounterClass.INPATIENT;
        return ClaimTerms.builder().beneficiaryCode("1.1").lowCostRule(BaseSalary.known())
                .drugTerms(line -> {
                    LineTerms t = LineTerms.inScope(4).withTender("123/QĐ-SYT;G1;N4;2024");
                    return line.lineId().equals("T1") ? t.withOtherFunding(other) : t;
                })
                .serviceTerms(line -> line.serviceCode().startsWith("K03") ? LineTerms.inScope(15)
                        : line.serviceName().startsWith("Khám") ? LineTerms.inScope(13) : LineTerms.inScope(1))
                .supplyTerms(line -> LineTerms.inScope(10).withTender("45/QĐ-SYT;G2;N0;2024"))
                .papers(PaperTerms.builder().appointmentPaperNumber("HKL-9001").appointmentPaperDate(end)
                        .headOfFacilityCode("7900000001").archiveNumber("LT-9001").treatmentMethod("Nội khoa")
                        .departmentHeadCode("7900000002").departmentHeadName("Phạm Thị Trưởng Khoa")
                        .dischargePaperDate(end).admissionDiagnosis("Viêm phổi").pathologyCourse("Sốt, ho")
                        .resultsSummary("Bình thường").recordSummaryDate(end).build())
                .build();
    }

    /** The claim of a record in the profile of its date. */
    static ClaimEpisode claim(MedicalRecord r, Funding funding) {
        return ClaimMapping.episode(r, terms(r, funding));
    }

    /** The unsigned GIAMDINHHS of the claims, made on the last claim's date. */
    static byte[] envelope(ClaimEpisode... claims) {
        return ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 12, 1), List.of(claims)).write();
    }

    // ---- a certifier's text surgery

    private static final Pattern FILE = Pattern.compile(
            "<FILEHOSO><LOAIHOSO>([A-Z0-9]+)</LOAIHOSO><NOIDUNGFILE>([A-Za-z0-9+/=]*)</NOIDUNGFILE></FILEHOSO>");

    /** The decoded table document of the envelope. */
    static String table(byte[] envelope, String loaiHoSo) {
        Matcher m = FILE.matcher(new String(envelope, StandardCharsets.UTF_8));
        while (m.find()) {
            if (m.group(1).equals(loaiHoSo)) {
                return new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + loaiHoSo + " in the envelope");
    }

    /** The envelope with the table document replaced (re-encoded). */
    static byte[] withTable(byte[] envelope, String loaiHoSo, String document) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        Matcher m = FILE.matcher(text);
        StringBuilder b = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            String content = m.group(2);
            if (m.group(1).equals(loaiHoSo)) {
                content = Base64.getEncoder().encodeToString(document.getBytes(StandardCharsets.UTF_8));
                found = true;
            }
            m.appendReplacement(b, Matcher.quoteReplacement(
                    "<FILEHOSO><LOAIHOSO>" + m.group(1) + "</LOAIHOSO><NOIDUNGFILE>" + content
                            + "</NOIDUNGFILE></FILEHOSO>"));
        }
        m.appendTail(b);
        if (!found) {
            throw new AssertionError("no " + loaiHoSo + " in the envelope");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The envelope with the {@code row}-th (from 1) occurrence of {@code <FIELD>...</FIELD>} (or its empty form) in
     * the table set to {@code value} (null: the element emptied).
     */
    static byte[] setField(byte[] envelope, String loaiHoSo, String field, int row, String value) {
        String doc = table(envelope, loaiHoSo);
        Matcher m = Pattern.compile("<" + field + ">(.*?)</" + field + ">|<" + field + "\\s*/>", Pattern.DOTALL)
                .matcher(doc);
        int seen = 0;
        while (m.find()) {
            if (++seen == row) {
                String repl = value == null ? "<" + field + "/>" : "<" + field + ">" + value + "</" + field + ">";
                return withTable(envelope, loaiHoSo, doc.substring(0, m.start()) + repl + doc.substring(m.end()));
            }
        }
        throw new AssertionError(loaiHoSo + " has no " + field + " number " + row);
    }

    /** The value of the {@code row}-th occurrence of the field in the table (null when empty). */
    static String field(byte[] envelope, String loaiHoSo, String field, int row) {
        String doc = table(envelope, loaiHoSo);
        Matcher m = Pattern.compile("<" + field + ">(.*?)</" + field + ">|<" + field + "\\s*/>", Pattern.DOTALL)
                .matcher(doc);
        int seen = 0;
        while (m.find()) {
            if (++seen == row) {
                String v = m.group(1);
                return v == null || v.isEmpty() ? null : v.replace("<![CDATA[", "").replace("]]>", "");
            }
        }
        throw new AssertionError(loaiHoSo + " has no " + field + " number " + row);
    }
}
