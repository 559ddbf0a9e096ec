package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.code.Catalogues;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.ValidationReport;

class RecordPrescriptionsTest {

    private static final MedicalRecord RECORD = SampleRecords.outpatient(SampleRecords.patient());

    private static List<Prescription> build(MedicalRecord r, DrugClassifier c, PrescriptionOptions o) {
        return RecordPrescriptions.build(r, c, PrescriptionCodes.inMemory(), o);
    }

    private static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (EmrException e) {
            return e.code().code();
        }
    }

    @Test
    void theSampleEncounterGivesOneConventionalPrescriptionInTheWireShape() {
        List<Prescription> list = build(RECORD, DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.builder().icd10(Catalogues.bundledIcd10()).build());
        assertThat(list).hasSize(1);
        Prescription p = list.get(0);
        JsonNode j = p.toJsonTree();
        assertThat(j.fieldNames()).toIterable().containsExactlyElementsOf(
                PrescriptionValidator.FIELDS.stream().filter(f -> !f.equals("hinh_thuc_dieu_tri")).toList());
        assertThat(j.get("loai_don_thuoc").asText()).isEqualTo("c");
        assertThat(j.get("ma_don_thuoc").asText()).matches("79001[0-9a-z]{7}-c");
        assertThat(j.get("ho_ten_benh_nhan").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(j.get("ma_dinh_danh_cong_dan").asText()).isEqualTo("001090123456");
        assertThat(j.get("ngay_sinh_benh_nhan").asText()).isEqualTo("01/01/1990");
        assertThat(j.get("gioi_tinh").asInt()).isEqualTo(2);
        assertThat(j.get("ma_so_the_bao_hiem_y_te").asText()).isEqualTo("DN4010120878811");
        assertThat(j.get("chan_doan")).hasSize(2);
        assertThat(j.get("chan_doan").get(0).get("ma_chan_doan").asText()).isEqualTo("J06.9");
        assertThat(j.get("chan_doan").get(0).get("ten_chan_doan").asText())
                .isEqualTo(Catalogues.bundledIcd10().find("J06.9").orElseThrow().nameVi());
        assertThat(j.get("chan_doan").get(0).get("ket_luan").asText()).isEqualTo("Nhiễm trùng đường hô hấp trên cấp");
        // ordered 01/11/2026 08:30, follow-up on 08/11/2026: 7 days of supply, follow-up in 7 days
        assertThat(j.get("ngay_gio_ke_don").asText()).isEqualTo("2026-11-01 08:30:00");
        assertThat(j.get("dot_dung_thuoc").get("tu_ngay").asText()).isEqualTo("01/11/2026");
        assertThat(j.get("dot_dung_thuoc").get("den_ngay").asText()).isEqualTo("07/11/2026");
        assertThat(j.get("ngay_tai_kham").asText()).isEqualTo("7");
        assertThat(j.get("loi_dan").asText()).isEqualTo("Uống nhiều nước, tái khám sau 7 ngày");
        JsonNode item = j.get("thong_tin_don_thuoc").get(0);
        assertThat(item.get("ma_thuoc").asText()).isEqualTo("40.171");
        assertThat(item.get("biet_duoc").asText()).isEqualTo("Paracetamol 1");
        assertThat(item.get("ten_thuoc").asText()).isEqualTo("Paracetamol 1 500mg");
        assertThat(item.get("don_vi_tinh").asText()).isEqualTo("Viên");
        assertThat(item.get("so_luong").asText()).isEqualTo("11");
        assertThat(item.get("cach_dung").asText()).isEqualTo("Uống, ngày 2 lần, mỗi lần 1 viên");
        ValidationReport report = PrescriptionValidator.of(PrescriptionPolicy.builder().facilityCode("79001").build())
                .validate(p);
        assertThat(report.issues()).isEmpty();
        assertThat(Prescription.parse(p.toJson())).isEqualTo(p);
    }

    @Test
    void narcoticAndPsychotropicDrugsGoOnPrescriptionsOfTheirOwn() {
        List<Prescription> list = build(RECORD, DrugClassifier.byLineId(Map.of("T2", PrescriptionType.NARCOTIC,
                "T3", PrescriptionType.PSYCHOTROPIC), PrescriptionType.CONVENTIONAL), PrescriptionOptions.defaults());
        assertThat(list).extracting(Prescription::type).containsExactly(PrescriptionType.CONVENTIONAL,
                PrescriptionType.NARCOTIC, PrescriptionType.PSYCHOTROPIC);
        assertThat(list).extracting(p -> p.items().size()).containsExactly(1, 1, 1);
        assertThat(list.get(1).items().get(0).brandName()).isEqualTo("Paracetamol 2");
        assertThat(list).extracting(p -> p.code().type()).containsExactly(PrescriptionType.CONVENTIONAL,
                PrescriptionType.NARCOTIC, PrescriptionType.PSYCHOTROPIC);
        assertThat(list.stream().map(p -> p.code().randomPart()).distinct()).hasSize(3);
        for (Prescription p : list) {
            assertThat(PrescriptionValidator.create().validate(p).issues()).as(p.type().name()).isEmpty();
        }
    }

    @Test
    void aChildsPrescriptionNeedsWeightAndAccompanyingPersonFromTheOptions() {
        MedicalRecord child = RECORD.toBuilder().patient(RECORD.patient().toBuilder().citizenId(null)
                .birthDate(LocalDate.of(2024, 5, 1)).build()).build();
        Prescription without = build(child, DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.defaults()).get(0);
        assertThat(without.ageInMonths()).isEqualTo(30);
        assertThat(Samples.codes(PrescriptionValidator.create().validate(without)))
                .containsExactly("EMR-CORE-0713", "EMR-CORE-0714");
        Prescription with = build(child, DrugClassifier.all(PrescriptionType.CONVENTIONAL), PrescriptionOptions
                .builder().weightKg(new BigDecimal("13.5")).guardian("Nguyễn Thị Mẹ, 0901234568, cùng địa chỉ").build())
                .get(0);
        assertThat(with.toJsonTree().get("can_nang").asText()).isEqualTo("13.5");
        assertThat(PrescriptionValidator.create().validate(with).issues()).isEmpty();
    }

    private static MedicalRecord hiv() {
        return RECORD.toBuilder().encounter(RECORD.encounter().toBuilder().diagnoses(List.of(
                Diagnosis.builder().code("B20.0").role(DiagnosisRole.MAIN).description("HIV").build())).build())
                .build();
    }

    @Test
    void anHivPrescriptionUsesThePseudonymAndLeavesTheIdentityOut() {
        assertThat(code(() -> build(hiv(), DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.defaults()))).isEqualTo("EMR-CORE-0731");
        Prescription p = build(hiv(), DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.builder().hivPseudonym("BN-ARV-0042").contactPhone("0901234567").build()).get(0);
        JsonNode j = p.toJsonTree();
        assertThat(j.get("ho_ten_benh_nhan").asText()).isEqualTo("BN-ARV-0042");
        for (String f : PrescriptionValidator.IDENTITY_FIELDS) {
            assertThat(j.get(f).asText()).as(f).isEmpty();
        }
        assertThat(new String(p.toJson(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Nguyễn Văn An", "001090123456", "DN4010120878811", "0901234567");
        assertThat(PrescriptionValidator.create().validate(p).issues()).isEmpty();
    }

    @Test
    void withoutMedicationLinesThereIsNothingToPrescribe() {
        MedicalRecord none = RECORD.toBuilder().encounter(RECORD.encounter().toBuilder().medications(List.of())
                .build()).build();
        assertThat(code(() -> build(none, DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.defaults()))).isEqualTo("EMR-CORE-0729");
    }

    @Test
    void theDaysOfSupplyComeFromTheOptionsOrTheFollowUpAppointment() {
        MedicalRecord noFollowUp = RECORD.toBuilder().encounter(RECORD.encounter().toBuilder().appointment(null)
                .build()).build();
        assertThat(code(() -> build(noFollowUp, DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.defaults()))).isEqualTo("EMR-CORE-0730");
        Prescription p = build(noFollowUp, DrugClassifier.all(PrescriptionType.CONVENTIONAL),
                PrescriptionOptions.builder().days(5).build()).get(0);
        assertThat(p.periods().get(0).days()).isEqualTo(5);
        assertThat(p.followUpDays()).isEmpty();
        assertThat(p.toJsonTree().get("ngay_tai_kham").asText()).isEmpty();
    }

    @Test
    void aLongerSupplyThanTheTypeAllowsIsBuiltButRefusedByTheRules() {
        Prescription p = build(RECORD, DrugClassifier.all(PrescriptionType.NARCOTIC),
                PrescriptionOptions.builder().days(8).build()).get(0);
        assertThat(Samples.codes(PrescriptionValidator.create().validate(p))).containsExactly("EMR-CORE-0718");
    }
}
