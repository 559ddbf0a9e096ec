package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Referral;
import vn.emr.core.sample.SampleRecords;

/** Record -> FHIR JSON -> record gives back an equal record, over seeded generated records and the sample. */
class FhirRoundTripTest {

    @Test
    void generatedRecordsComeBackEqual() {
        RecordGenerator generator = new RecordGenerator(20261202L);
        for (int i = 0; i < 300; i++) {
            MedicalRecord record = generator.next();
            String json = FhirRecords.toBundleJson(record);
            assertThat(FhirRecords.fromBundleJson(json)).as("record %d", i).isEqualTo(record);
        }
    }

    @Test
    void signedDocumentComesBackByteForByte() {
        MedicalRecord record = SampleRecords.outpatient(SampleRecords.patient());
        SignedDocument signed = new SignedDocument("<HoSoBenhAn>ký số</HoSoBenhAn>".getBytes(StandardCharsets.UTF_8),
                "application/xml");
        FhirDocument read = FhirRecords.readBundleJson(FhirRecords.toBundleJson(record, signed));
        assertThat(read.record()).isEqualTo(record);
        assertThat(read.signedDocument()).contains(signed);
        assertThat(FhirRecords.readBundleJson(FhirRecords.toBundleJson(record)).signedDocument()).isEmpty();
    }

    @Test
    void sampleRecordComesBackEqualWithEveryPart() {
        MedicalRecord sample = SampleRecords.outpatient(SampleRecords.patient());
        assertThat(sample.encounter().supplies()).isNotEmpty();
        assertThat(sample.encounter().notes()).isNotEmpty();
        assertThat(sample.encounter().appointment()).isPresent();
        MedicalRecord withReferral = sample.toBuilder().encounter(sample.encounter().toBuilder()
                .referral(Referral.builder().toFacilityCode("79001").referredAt(sample.encounter().admittedAt()
                        .plusHours(2)).reason("Vượt khả năng chuyên môn").referralNumber("0012/CT")
                        .clinicalSummary("Sốt cao 3 ngày.\nĐã dùng kháng sinh.").build()).build()).build();
        assertThat(FhirRecords.fromBundleJson(FhirRecords.toBundleJson(sample))).isEqualTo(sample);
        assertThat(FhirRecords.fromBundleJson(FhirRecords.toBundleJson(withReferral))).isEqualTo(withReferral);
    }

    @Test
    void generatedRecordsExerciseEveryNewPart() {
        RecordGenerator generator = new RecordGenerator(20261202L);
        int supplies = 0;
        int notes = 0;
        int referrals = 0;
        int appointments = 0;
        for (int i = 0; i < 300; i++) {
            vn.emr.core.model.Encounter e = generator.next().encounter();
            supplies += e.supplies().size();
            notes += e.notes().size();
            referrals += e.referral().isPresent() ? 1 : 0;
            appointments += e.appointment().isPresent() ? 1 : 0;
        }
        assertThat(supplies).isGreaterThan(100);
        assertThat(notes).isGreaterThan(100);
        assertThat(referrals).isBetween(50, 250);
        assertThat(appointments).isBetween(50, 250);
    }

    @Test
    void sameRecordGivesTheSameJson() {
        MedicalRecord record = new RecordGenerator(7).next();
        assertThat(FhirRecords.toBundleJson(record)).isEqualTo(FhirRecords.toBundleJson(record));
    }
}
