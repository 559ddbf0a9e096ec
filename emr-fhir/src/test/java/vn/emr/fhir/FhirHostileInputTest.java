package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.SupplyDelivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Referral;
import vn.emr.core.sample.SampleRecords;

/** Input the reverse mapping must refuse with a coded error, a FHIR path, and messages that never quote the input. */
class FhirHostileInputTest {

    private static final MedicalRecord SAMPLE = SampleRecords.outpatient(SampleRecords.patient());
    private static final String NAME = SampleRecords.patient().fullName();

    private static EmrException refused(String json, FhirError code) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> FhirRecords.readBundleJson(json));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertQuotesNoInput(e);
        return e;
    }

    private static EmrException refused(Bundle bundle, FhirError code) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> FhirRecords.readBundle(bundle));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertQuotesNoInput(e);
        return e;
    }

    private static void assertQuotesNoInput(EmrException e) {
        for (Locale l : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
            assertThat(e.message(l)).doesNotContain(NAME).doesNotContain("001090123456");
        }
        assertThat(e.getMessage()).doesNotContain(NAME).doesNotContain("001090123456");
        assertThat(e.getCause()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"resourceType\":\"Bundle\",", "[1,2]", "null", "\"Nguyễn Văn An\"",
            "{\"resourceType\":\"Bundle\",\"type\":\"document\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\","
                    + "\"name\":[{\"text\":\"Nguyễn Văn An\"}],\"birthDate\":\"001090123456\"}}]}",
            "{\"resourceType\":\"Bundle\",\"unknownElement\":\"Nguyễn Văn An\"}",
            "{\"resourceType\":\"NoSuchResource\",\"id\":\"x\"}",
            "{\"resourceType\":\"Bundle\",\"type\":\"not-a-bundle-type\"}",
            "{\"resourceType\":\"Bundle\",\"total\":\"001090123456\"}"})
    void refusesMalformedJson(String json) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> FhirRecords.readBundleJson(json));
        assertThat(e).isNotNull();
        assertThat(e.code()).isIn(FhirError.MALFORMED, FhirError.NOT_A_DOCUMENT, FhirError.DATE_TIME);
        assertQuotesNoInput(e);
    }

    @Test
    void refusesALoneSurrogateWithACodeNotACrash() {
        refused("{\"resourceType\":\"Bundle\",\"type\":\"document\",\"id\":\"\uD800\"}", FhirError.NOT_A_DOCUMENT);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "{\"resourceType\":\"Bundle\",\"entry\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        refused(deep, FhirError.MALFORMED);
    }

    @Test
    void refusesHugeInputBeforeParsing() {
        String huge = "{\"resourceType\":\"Bundle\",\"id\":\"" + "a".repeat(FhirRecords.MAX_INPUT_CHARS) + "\"}";
        EmrException e = refused(huge, FhirError.INPUT_TOO_LARGE);
        assertThat(e.message(Languages.ENGLISH)).contains(String.valueOf(FhirRecords.MAX_INPUT_CHARS));
    }

    @Test
    void refusesAResourceOtherThanABundle() {
        String patient = FhirRecords.context().newJsonParser().encodeResourceToString(
                FhirRecords.toBundle(SAMPLE).getEntry().get(1).getResource());
        refused(patient, FhirError.NOT_A_BUNDLE);
    }

    @Test
    void refusesABundleThatIsNotADocument() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        b.setType(Bundle.BundleType.COLLECTION);
        refused(b, FhirError.NOT_A_DOCUMENT);
        Bundle noComposition = FhirRecords.toBundle(SAMPLE);
        noComposition.getEntry().remove(0);
        refused(noComposition, FhirError.NOT_A_DOCUMENT);
    }

    @Test
    void refusesABundleMissingThePatient() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        b.getEntry().removeIf(e -> e.getResource() instanceof Patient);
        EmrException e = refused(FhirRecords.context().newJsonParser().encodeResourceToString(b),
                FhirError.RESOURCE_MISSING);
        assertThat(e.message(Languages.ENGLISH)).contains("Patient");
    }

    @Test
    void refusesATypeTheMappingDoesNotRead() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        b.addEntry().setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000001").setResource(new Medication());
        EmrException e = refused(b, FhirError.RESOURCE_UNEXPECTED);
        assertThat(e.path()).isEqualTo("Bundle.entry[" + (b.getEntry().size() - 1) + "]");
        Bundle empty = FhirRecords.toBundle(SAMPLE);
        empty.addEntry().setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000002");
        refused(empty, FhirError.RESOURCE_UNEXPECTED);
    }

    @Test
    void refusesASecondPatient() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        b.addEntry().setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000003").setResource(new Patient());
        assertThat(refused(b, FhirError.RESOURCE_REPEATED).message(Languages.ENGLISH)).contains("Patient");
    }

    @Test
    void refusesAPatientWithoutBirthDateOrName() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        ((Patient) b.getEntry().get(1).getResource()).setBirthDate(null);
        assertThat(refused(b, FhirError.ELEMENT_MISSING).path()).isEqualTo("Bundle.entry[1].resource.birthDate");
        Bundle c = FhirRecords.toBundle(SAMPLE);
        ((Patient) c.getEntry().get(1).getResource()).getName().clear();
        assertThat(refused(c, FhirError.ELEMENT_MISSING).path()).isEqualTo("Bundle.entry[1].resource.name[0].text");
    }

    @Test
    void refusesADateTimeWithoutTimeOrZone() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        Encounter enc = encounter(b);
        enc.getPeriod().setStartElement(new DateTimeType("2026-11-01"));
        assertThat(refused(b, FhirError.DATE_TIME).path()).endsWith(".period.start");
    }

    @Test
    void readsAnotherOffsetAsVietnamTime() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        encounter(b).getPeriod().setStartElement(new DateTimeType("2026-11-01T00:30:00Z"));
        assertThat(FhirRecords.readBundle(b).record().encounter().admittedAt())
                .isEqualTo(SAMPLE.encounter().admittedAt());
    }

    @Test
    void refusesAnUnknownClassOfCare() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        encounter(b).getTypeFirstRep().getCodingFirstRep().setCode("99");
        assertThat(refused(b, FhirError.CODE_UNKNOWN).path()).endsWith(".type[0]");
    }

    @Test
    void refusesASignedDocumentWhoseBytesDoNotMatchTheirHash() {
        Bundle b = FhirRecords.toBundle(SAMPLE, new SignedDocument("<a/>".getBytes(StandardCharsets.UTF_8),
                "application/xml"));
        DocumentReference d = (DocumentReference) b.getEntry().get(b.getEntry().size() - 1).getResource();
        d.getContentFirstRep().getAttachment().setData("<b/>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(b, FhirError.ATTACHMENT_MISMATCH).path()).endsWith(".attachment.hash");
    }

    @Test
    void refusesAConditionTheEncounterDoesNotRank() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        encounter(b).getDiagnosis().clear();
        refused(b, FhirError.REFERENCE_UNRESOLVED);
    }

    @Test
    void refusesAnExtensionOfTheWrongTypeAtItsPath() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        encounter(b).getExtensionByUrl(FhirSystems.EXT_DEPARTMENT).setValue(new DateTimeType("2026-11-01"));
        assertThat(refused(b, FhirError.ELEMENT_MISSING).path()).matches("Bundle\\.entry\\[\\d+\\]\\.resource"
                + "\\.extension\\.valueString");
    }

    // Supplies, progress notes, the referral and the appointment

    private static final MedicalRecord WITH_REFERRAL = SAMPLE.toBuilder().encounter(SAMPLE.encounter().toBuilder()
            .referral(Referral.builder().toFacilityCode("79001").referredAt(SAMPLE.encounter().admittedAt())
                    .reason("Vượt khả năng chuyên môn").build()).build()).build();

    @Test
    void refusesASupplyWithoutItsUnitPriceOrUnit() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        first(b, SupplyDelivery.class).getExtension().clear();
        assertThat(refused(b, FhirError.ELEMENT_MISSING).path()).matches("Bundle\\.entry\\[\\d+\\]\\.resource\\.extension");
        Bundle c = FhirRecords.toBundle(SAMPLE);
        first(c, SupplyDelivery.class).getSuppliedItem().getQuantity().setUnit(null);
        assertThat(refused(c, FhirError.ELEMENT_MISSING).path()).endsWith(".suppliedItem.quantity.unit");
    }

    @Test
    void refusesAProgressNoteWithoutAuthorOrText() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        first(b, ClinicalImpression.class).setAssessor(null);
        assertThat(refused(b, FhirError.ELEMENT_MISSING).path()).endsWith(".assessor");
        Bundle c = FhirRecords.toBundle(SAMPLE);
        first(c, ClinicalImpression.class).setSummary(null);
        assertThat(refused(c, FhirError.ELEMENT_MISSING).path()).endsWith(".summary");
        Bundle d = FhirRecords.toBundle(SAMPLE);
        first(d, ClinicalImpression.class).getAssessor().getIdentifier().setSystem("urn:other");
        assertThat(refused(d, FhirError.ELEMENT_MISSING).path()).endsWith(".assessor.identifier");
    }

    @Test
    void refusesAReferralWithoutItsFacilityOrReason() {
        Bundle b = FhirRecords.toBundle(WITH_REFERRAL);
        first(b, ServiceRequest.class).getPerformerFirstRep().getIdentifier().setSystem("urn:other");
        assertThat(refused(b, FhirError.ELEMENT_MISSING).path()).endsWith(".performer[0].identifier");
        Bundle c = FhirRecords.toBundle(WITH_REFERRAL);
        first(c, ServiceRequest.class).getReasonCode().clear();
        assertThat(refused(c, FhirError.ELEMENT_MISSING).path()).endsWith(".reasonCode[0].text");
    }

    @Test
    void refusesASecondReferralOrAppointment() {
        Bundle b = FhirRecords.toBundle(WITH_REFERRAL);
        b.addEntry().setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000004").setResource(new ServiceRequest());
        assertThat(refused(b, FhirError.RESOURCE_REPEATED).message(Languages.ENGLISH)).contains("ServiceRequest");
        Bundle c = FhirRecords.toBundle(SAMPLE);
        c.addEntry().setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000005").setResource(new Appointment());
        assertThat(refused(c, FhirError.RESOURCE_REPEATED).message(Languages.ENGLISH)).contains("Appointment");
    }

    @Test
    void refusesAnAppointmentWhoseDayHasATimeOrIsMissing() {
        Bundle b = FhirRecords.toBundle(SAMPLE);
        first(b, Appointment.class).getRequestedPeriodFirstRep()
                .setStartElement(new DateTimeType("2026-11-08T08:00:00+07:00"));
        assertThat(refused(b, FhirError.DATE_TIME).path()).endsWith(".requestedPeriod[0].start");
        Bundle c = FhirRecords.toBundle(SAMPLE);
        first(c, Appointment.class).getRequestedPeriod().clear();
        assertThat(refused(c, FhirError.ELEMENT_MISSING).path()).endsWith(".requestedPeriod[0].start");
    }

    private static <T extends Resource> T first(Bundle b, Class<T> type) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }

    private static Encounter encounter(Bundle b) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Encounter.class::isInstance)
                .map(Encounter.class::cast).findFirst().orElseThrow();
    }
}
