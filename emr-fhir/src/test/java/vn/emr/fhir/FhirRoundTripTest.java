package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.emr.core.model.MedicalRecord;
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
        MedicalRecord record = withoutUnmappedParts(SampleRecords.outpatient(SampleRecords.patient()));
        SignedDocument signed = new SignedDocument("<HoSoBenhAn>ký số</HoSoBenhAn>".getBytes(StandardCharsets.UTF_8),
                "application/xml");
        FhirDocument read = FhirRecords.readBundleJson(FhirRecords.toBundleJson(record, signed));
        assertThat(read.record()).isEqualTo(record);
        assertThat(read.signedDocument()).contains(signed);
        assertThat(FhirRecords.readBundleJson(FhirRecords.toBundleJson(record)).signedDocument()).isEmpty();
    }

    @Test
    void sampleRecordComesBackEqualExceptTheUnmappedParts() {
        MedicalRecord sample = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord read = FhirRecords.fromBundleJson(FhirRecords.toBundleJson(sample));
        assertThat(read).isEqualTo(withoutUnmappedParts(sample));
        assertThat(sample.encounter().supplies()).isNotEmpty();
        assertThat(read.encounter().supplies()).isEmpty();
    }

    @Test
    void sameRecordGivesTheSameJson() {
        MedicalRecord record = new RecordGenerator(7).next();
        assertThat(FhirRecords.toBundleJson(record)).isEqualTo(FhirRecords.toBundleJson(record));
    }

    static MedicalRecord withoutUnmappedParts(MedicalRecord record) {
        return record.toBuilder().encounter(record.encounter().toBuilder().supplies(null).notes(null).referral(null)
                .appointment(null).build()).build();
    }
}
