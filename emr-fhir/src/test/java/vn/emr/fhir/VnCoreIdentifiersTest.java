package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/**
 * The Patient uses the VN Core identifier systems exactly as the guide's own Patient example
 * ({@code data/core/fhir-vn-core-2021.patient.sample.json}), and that example reads into the model.
 */
class VnCoreIdentifiersTest {

    private static final Path SAMPLE = Path.of(System.getProperty("emr.shared.dir", "../../shared"), "data", "core",
            "fhir-vn-core-2021.patient.sample.json");

    @Test
    void patientIdentifierSystemsAreTheGuideExamples() throws Exception {
        Patient example = (Patient) FhirRecords.context().newJsonParser().parseResource(Files.readString(SAMPLE));
        List<String> exampleSystems = example.getIdentifier().stream().map(Identifier::getSystem)
                .collect(Collectors.toList());
        MedicalRecord record = SampleRecords.outpatient(SampleRecords.patient());
        Patient produced = (Patient) FhirRecords.toBundle(record).getEntry().get(1).getResource();
        assertThat(produced.getIdentifier()).extracting(Identifier::getSystem).containsExactlyElementsOf(exampleSystems);
        assertThat(produced.getIdentifier()).extracting(Identifier::getValue).containsExactly(
                record.patient().citizenId().orElseThrow(), record.patient().insuranceCardNumber().orElseThrow(),
                record.patient().patientCode().orElseThrow());
        assertThat(produced.getExtensionByUrl(example.getExtension().get(0).getUrl())).isNotNull();
    }

    @Test
    void theGuideExamplePatientReadsIntoTheModel() throws Exception {
        Patient example = (Patient) FhirRecords.context().newJsonParser().parseResource(Files.readString(SAMPLE));
        org.hl7.fhir.r4.model.Bundle bundle = FhirRecords.toBundle(SampleRecords.outpatient(SampleRecords.patient()));
        bundle.getEntry().get(1).setResource(example);
        vn.emr.core.model.Patient read = FhirRecords.readBundle(bundle).record().patient();
        assertThat(read.citizenId()).contains("079085000123");
        assertThat(read.insuranceCardNumber()).contains("DN4797900000123");
        assertThat(read.patientCode()).contains("BN0001");
        assertThat(read.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(read.birthDate()).hasToString("1985-03-15");
        assertThat(read.sex()).isEqualTo(Sex.MALE);
        assertThat(read.ethnicityCode()).contains("01");
        assertThat(read.address()).contains("12 Đường Số 1, Phường Bến Thành, TP Hồ Chí Minh");
    }

    @Test
    void nameIsSplitAsTheGuideExampleSplitsIt() throws Exception {
        Patient example = (Patient) FhirRecords.context().newJsonParser().parseResource(Files.readString(SAMPLE));
        MedicalRecord record = SampleRecords.outpatient(SampleRecords.patient().toBuilder()
                .fullName(example.getNameFirstRep().getText()).build());
        Patient produced = (Patient) FhirRecords.toBundle(record).getEntry().get(1).getResource();
        assertThat(produced.getNameFirstRep().getFamily()).isEqualTo(example.getNameFirstRep().getFamily());
        assertThat(produced.getNameFirstRep().getGiven()).extracting(Object::toString)
                .containsExactlyElementsOf(example.getNameFirstRep().getGiven().stream().map(Object::toString)
                        .collect(Collectors.toList()));
    }
}
