package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Referral;
import vn.emr.core.sample.SampleRecords;

/**
 * Every produced Bundle, and every resource in it on its own, passes HAPI's instance validator against the base R4
 * definitions (default profile support, in-memory terminology, common code systems, snapshots) with zero errors; no
 * terminology server is configured, and a proxy selector that records every connection attempt proves none is made.
 */
class FhirValidationTest {

    private static final List<URI> CONNECTIONS = new CopyOnWriteArrayList<>();
    private static ProxySelector previous;
    private static FhirValidator validator;

    @BeforeAll
    static void setUp() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                CONNECTIONS.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        FhirContext context = FhirRecords.context();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setNoTerminologyChecks(false);
        validator = context.newValidator().registerValidatorModule(module);
    }

    @AfterAll
    static void tearDown() {
        ProxySelector.setDefault(previous);
    }

    @Test
    void sampleBundleAndEachResourceValidateWithoutErrors() {
        MedicalRecord outpatient = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord sample = outpatient.toBuilder().encounter(outpatient.encounter().toBuilder()
                .referral(Referral.builder().toFacilityCode("79001").referredAt(outpatient.encounter().admittedAt()
                        .plusHours(2)).reason("Vượt khả năng chuyên môn").referralNumber("0012/CT")
                        .clinicalSummary("Sốt cao 3 ngày.\nĐã dùng kháng sinh.").build()).build()).build();
        Bundle bundle = FhirRecords.toBundle(sample, new SignedDocument(
                "<HoSoBenhAn/>".getBytes(StandardCharsets.UTF_8), "application/xml"));
        assertNoErrors(validator.validateWithResult(bundle), "sample bundle");
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            assertNoErrors(validator.validateWithResult(entry.getResource()), entry.getResource().fhirType());
        }
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Composition", "Patient",
                "Organization", "Practitioner", "Encounter", "Condition", "MedicationRequest", "Procedure",
                "Observation", "SupplyDelivery", "ClinicalImpression", "ServiceRequest", "Appointment",
                "DocumentReference");
        assertThat(CONNECTIONS).isEmpty();
    }

    @Test
    void generatedBundlesValidateWithoutErrors() {
        RecordGenerator generator = new RecordGenerator(42);
        for (int i = 0; i < 12; i++) {
            MedicalRecord record = generator.next();
            String json = FhirRecords.toBundleJson(record);
            assertNoErrors(validator.validateWithResult(json), "generated record " + i);
            if (i < 4) {
                // each resource on its own too, so that an error cannot hide behind the Bundle's own checks
                for (Bundle.BundleEntryComponent entry : FhirRecords.toBundle(record).getEntry()) {
                    assertNoErrors(validator.validateWithResult(entry.getResource()),
                            "generated record " + i + " " + entry.getResource().fhirType());
                }
            }
        }
        assertThat(CONNECTIONS).isEmpty();
    }

    private static void assertNoErrors(ValidationResult result, String what) {
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .collect(Collectors.toList());
        assertThat(errors).as(what + ": " + errors.stream().map(m -> m.getLocationString() + " " + m.getMessage())
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
