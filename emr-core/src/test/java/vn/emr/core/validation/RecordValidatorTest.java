package vn.emr.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.Severity;
import vn.emr.core.code.Catalogues;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.Facility;
import vn.emr.core.model.Fixtures;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.Practitioner;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.sample.SampleRecords;

class RecordValidatorTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static Stream<Object> everyType() {
        return Fixtures.everyType().stream();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void fullyPopulatedValuesOfEveryTypeAreValid(Object value) {
        ValidationReport report = VALIDATOR.validate(value);
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void theSampleRecordIsValidWithoutWarnings() {
        ValidationReport report = RecordValidator.withIcd10Catalogue(Catalogues.bundledIcd10())
                .validate(SampleRecords.outpatient(SampleRecords.patient()));
        assertThat(report.issues()).isEmpty();
    }

    /** One broken field per model type: the code and the path the user sees. */
    static Stream<Arguments> brokenFields() {
        return Stream.of(
                Arguments.of(Fixtures.patient().toBuilder().citizenId("07919000123").build(), "citizenId", "EMR-CORE-0101"),
                Arguments.of(Fixtures.patient().toBuilder().fullName(" ").build(), "fullName", "EMR-CORE-0005"),
                Arguments.of(Fixtures.patient().toBuilder().birthDate(LocalDate.now().plusDays(2)).build(), "birthDate",
                        "EMR-CORE-0312"),
                Arguments.of(Fixtures.patient().toBuilder().insuranceCardNumber("HS6010120878811").build(),
                        "insuranceCardNumber", "EMR-CORE-0201"),
                Arguments.of(Fixtures.patient().toBuilder().ethnicityCode("1").build(), "ethnicityCode", "EMR-CORE-0332"),
                Arguments.of(Fixtures.patient().toBuilder().phone("12ab").build(), "phone", "EMR-CORE-0331"),
                Arguments.of(Fixtures.patient().toBuilder().nationalityCode("1").build(), "nationalityCode",
                        "EMR-CORE-0333"),
                Arguments.of(Fixtures.patient().toBuilder().occupationCode("1").build(), "occupationCode",
                        "EMR-CORE-0334"),
                Arguments.of(Fixtures.facility().toBuilder().code("0100").build(), "code", "EMR-CORE-0306"),
                Arguments.of(Fixtures.facility().toBuilder().name("\u00a0").build(), "name", "EMR-CORE-0005"),
                Arguments.of(Fixtures.practitioner().toBuilder().licenseNumber(" ").build(), "licenseNumber",
                        "EMR-CORE-0005"),
                Arguments.of(Fixtures.practitioner().toBuilder().fullName("x".repeat(256)).build(), "fullName",
                        "EMR-CORE-0302"),
                Arguments.of(Fixtures.main().toBuilder().code("J6.9").build(), "code", "EMR-CORE-0304"),
                Arguments.of(Fixtures.medication("T1").toBuilder().quantity(BigDecimal.ZERO).build(), "quantity",
                        "EMR-CORE-0315"),
                Arguments.of(Fixtures.medication("T1").toBuilder().unitPrice(new BigDecimal("-1")).build(), "unitPrice",
                        "EMR-CORE-0311"),
                Arguments.of(Fixtures.supply("V1").toBuilder().supplyCode("").build(), "supplyCode", "EMR-CORE-0005"),
                Arguments.of(Fixtures.lab("K1").toBuilder().value("x".repeat(51)).build(), "value", "EMR-CORE-0302"),
                Arguments.of(Fixtures.note("N1").toBuilder().authorLicense("\t").build(), "authorLicense",
                        "EMR-CORE-0005"),
                Arguments.of(Fixtures.referral().toBuilder().toFacilityCode("7900").build(), "toFacilityCode",
                        "EMR-CORE-0306"),
                Arguments.of(Fixtures.encounter().toBuilder().maLk("MA LK").build(), "maLk", "EMR-CORE-0330"),
                Arguments.of(Fixtures.record().toBuilder().formCode("BV1").build(), "formCode", "EMR-CORE-0322"));
    }

    @ParameterizedTest
    @MethodSource("brokenFields")
    void reportsTheCodeAndPathOfABrokenField(Object value, String path, String code) {
        ValidationReport report = VALIDATOR.validate(value);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(Issue::path, Issue::codeString).contains(
                org.assertj.core.groups.Tuple.tuple(path, code));
    }

    @Test
    void nestedPathsNameTheListIndex() {
        Encounter e = Fixtures.encounter().toBuilder()
                .diagnoses(List.of(Fixtures.main(), Fixtures.secondary("I10"), Fixtures.secondary("bad")))
                .build();
        ValidationReport report = VALIDATOR.validate(Fixtures.record().toBuilder().encounter(e).build());
        assertThat(report.errors()).extracting(Issue::path).contains("encounter.diagnoses[2].code");
    }

    @Test
    void encounterTotalIsTheSumOfEveryLineAmount() {
        // 120.5 x 35.000 (oxygen) + 1 x 2875000 (surgery) + 3 x 52000 (sutures), worked by hand
        assertThat(Fixtures.encounter().totalAmount()).isEqualByComparingTo("3035217.5");
        assertThat(Fixtures.encounter().toBuilder().medications(List.of()).services(List.of()).supplies(List.of())
                .build().totalAmount()).isEqualByComparingTo("0");
    }

    /** A required part left null is refused by build() with a coded error (no value, so no NPE later). */
    static Stream<Arguments> missingRequiredParts() {
        return Stream.<Arguments>of(
                Arguments.of((Supplier<Object>) () -> Fixtures.main().toBuilder().role(null).build(), "diagnosis.role"),
                Arguments.of((Supplier<Object>) () -> Fixtures.service("D1").toBuilder().orderedAt(null).build(),
                        "serviceLine.orderedAt"),
                Arguments.of((Supplier<Object>) () -> Fixtures.discharge().toBuilder().result(null).build(),
                        "discharge.result"),
                Arguments.of((Supplier<Object>) () -> Fixtures.appointment().toBuilder().date(null).build(),
                        "appointment.date"),
                Arguments.of((Supplier<Object>) () -> Fixtures.record().toBuilder().patient(null).build(),
                        "medicalRecord.patient"),
                Arguments.of((Supplier<Object>) () -> Fixtures.medication("T1").toBuilder().quantity(null).build(),
                        "medicationLine.quantity"),
                Arguments.of((Supplier<Object>) () -> Fixtures.supply("V1").toBuilder().unitPrice(null).build(),
                        "supplyLine.unitPrice"),
                Arguments.of((Supplier<Object>) () -> Facility.builder().code("01001").build(), "facility.name"),
                Arguments.of((Supplier<Object>) () -> Encounter.builder().build(), "encounter.maLk"),
                Arguments.of((Supplier<Object>) () -> MedicalRecord.builder().build(), "medicalRecord.recordId"));
    }

    @ParameterizedTest
    @MethodSource("missingRequiredParts")
    void buildRefusesAMissingRequiredPart(Supplier<Object> build, String path) {
        assertThatThrownBy(build::get).isInstanceOfSatisfying(EmrException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreError.REQUIRED);
            assertThat(e.path()).isEqualTo(path);
        });
    }

    @Test
    void atMostTwelveSecondaryDiagnoses() {
        List<Diagnosis> d = new ArrayList<>(List.of(Fixtures.main()));
        String[] codes = {"I10", "E11.9", "E78.5", "J45.9", "K21.9", "K29.7", "M54.5", "N39.0", "R05", "R51", "J00",
            "B34.9"};
        for (String c : codes) {
            d.add(Fixtures.secondary(c));
        }
        Encounter twelve = Fixtures.encounter().toBuilder().diagnoses(d).build();
        assertThat(VALIDATOR.validate(twelve).isValid()).isTrue();
        d.add(Fixtures.secondary("J20.9"));
        ValidationReport thirteen = VALIDATOR.validate(Fixtures.encounter().toBuilder().diagnoses(d).build());
        assertThat(thirteen.errors()).extracting(Issue::codeString).containsExactly("EMR-CORE-0307");
        assertThat(thirteen.errors().get(0).message(Languages.ENGLISH)).contains("found 13");
    }

    @Test
    void exactlyOneMainDiagnosis() {
        assertThat(VALIDATOR.validate(Fixtures.encounter().toBuilder().diagnoses(List.of()).build()).errors())
                .extracting(Issue::codeString, Issue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMR-CORE-0308", "diagnoses"));
        assertThat(VALIDATOR.validate(Fixtures.encounter().toBuilder()
                .diagnoses(List.of(Fixtures.main(), Fixtures.main().toBuilder().code("I10").build())).build())
                .has("EMR-CORE-0308")).isTrue();
    }

    @Test
    void mainRepeatedAsSecondaryIsAWarning() {
        ValidationReport r = VALIDATOR.validate(Fixtures.encounter().toBuilder()
                .diagnoses(List.of(Fixtures.main(), Fixtures.secondary("K35.8"))).build());
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Issue::codeString).containsExactly("EMR-CORE-0317");
    }

    @Test
    void dischargeBeforeAdmissionIsRejected() {
        Encounter e = Fixtures.encounter();
        Discharge early = Fixtures.discharge().toBuilder().dischargedAt(e.admittedAt().minusMinutes(1)).build();
        ValidationReport r = VALIDATOR.validate(Fixtures.record().toBuilder()
                .encounter(e.toBuilder().discharge(early).build()).build());
        assertThat(r.errors()).extracting(Issue::path, Issue::codeString).contains(
                org.assertj.core.groups.Tuple.tuple("encounter.discharge.dischargedAt", "EMR-CORE-0309"));
    }

    @Test
    void linesOutsideTheEncounterAreRejected() {
        Encounter e = Fixtures.encounter();
        MedicationLine before = Fixtures.medication("T2").toBuilder().orderedAt(e.admittedAt().minusHours(1)).build();
        SupplyLine after = Fixtures.supply("V2").toBuilder().usedAt(e.admittedAt().plusDays(30)).build();
        ProgressNote late = Fixtures.note("N2").toBuilder().recordedAt(e.admittedAt().plusDays(30)).build();
        ValidationReport r = VALIDATOR.validate(e.toBuilder().addMedication(before).addSupply(after).addNote(late)
                .build());
        assertThat(r.errors()).extracting(Issue::path, Issue::codeString).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("medications[1].orderedAt", "EMR-CORE-0310"),
                org.assertj.core.groups.Tuple.tuple("supplies[1].usedAt", "EMR-CORE-0310"),
                org.assertj.core.groups.Tuple.tuple("notes[1].recordedAt", "EMR-CORE-0310"));
    }

    @Test
    void lineIdentifiersAreUniqueAcrossLists() {
        ValidationReport r = VALIDATOR.validate(Fixtures.encounter().toBuilder().addService(Fixtures.service("T1"))
                .build());
        assertThat(r.errors()).extracting(Issue::path, Issue::codeString).containsExactly(
                org.assertj.core.groups.Tuple.tuple("services[1].lineId", "EMR-CORE-0313"));
    }

    @Test
    void resultsCannotComeBeforeTheirOrder() {
        LabResult lab = Fixtures.lab("K2").toBuilder().resultAt(Fixtures.lab("K2").orderedAt().get().minusMinutes(5))
                .build();
        ServiceLine svc = Fixtures.service("D2").toBuilder().resultAt(Fixtures.service("D2").orderedAt().minusHours(1))
                .build();
        ValidationReport r = VALIDATOR.validate(Fixtures.encounter().toBuilder().addLabResult(lab).addService(svc)
                .build());
        assertThat(r.errors()).extracting(Issue::codeString).containsExactlyInAnyOrder("EMR-CORE-0323",
                "EMR-CORE-0323");
    }

    @Test
    void appointmentBeforeDischargeIsRejected() {
        Encounter e = Fixtures.encounter();
        Appointment a = Appointment.builder().date(e.discharge().get().dischargedAt().toLocalDate().minusDays(1))
                .build();
        assertThat(VALIDATOR.validate(e.toBuilder().appointment(a).build()).has("EMR-CORE-0314")).isTrue();
    }

    @Test
    void inpatientWithoutDischargeAndReferralWithoutPaperAreWarnings() {
        Encounter open = Fixtures.encounter().toBuilder().discharge(null).appointment(null).build();
        assertThat(VALIDATOR.validate(open).warnings()).extracting(Issue::codeString).contains("EMR-CORE-0321");
        Encounter referred = Fixtures.encounter().toBuilder().referral((Referral) null)
                .discharge(Fixtures.discharge().toBuilder()
                        .type(vn.emr.core.model.DischargeType.REFERRED_PROFESSIONAL).build()).build();
        ValidationReport r = VALIDATOR.validate(referred);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Issue::codeString).contains("EMR-CORE-0318");
    }

    @Test
    void idBirthYearAndSexDigitAreCrossCheckedAsWarnings() {
        // 079190...: digit 4 = 1 -> female, born 1990.
        Patient p = Fixtures.patient().toBuilder().birthDate(LocalDate.of(1991, 1, 1)).sex(Sex.MALE).build();
        ValidationReport r = VALIDATOR.validate(p);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Issue::codeString).containsExactlyInAnyOrder("EMR-CORE-0319",
                "EMR-CORE-0320");
        assertThat(r.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
        // 2000s: digit 4 = 2 -> male born 20xx
        Patient young = Fixtures.patient().toBuilder().citizenId("001205000001").birthDate(LocalDate.of(2005, 2, 1))
                .sex(Sex.MALE).build();
        assertThat(VALIDATOR.validate(young).issues()).isEmpty();
    }

    @Test
    void unknownIcd10CodeIsAWarningWhenACatalogueIsGiven() {
        Encounter e = Fixtures.encounter().toBuilder()
                .diagnoses(List.of(Fixtures.main(), Fixtures.secondary("Z99.9"))).build();
        ValidationReport r = RecordValidator.withIcd10Catalogue(Catalogues.bundledIcd10()).validate(e);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Issue::path, Issue::codeString).containsExactly(
                org.assertj.core.groups.Tuple.tuple("diagnoses[1].code", "EMR-CORE-0305"));
        assertThat(VALIDATOR.validate(e).issues()).isEmpty();
    }

    @Test
    void nullListElementsAreRefusedWithACodeNotAnNpe() {
        List<Practitioner> withNull = new ArrayList<>();
        withNull.add(Fixtures.practitioner());
        withNull.add(null);
        assertThatThrownBy(() -> Fixtures.record().toBuilder().practitioners(withNull))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code().code()).isEqualTo("EMR-CORE-0005");
                    assertThat(e.path()).isEqualTo("practitioners[1]");
                });
        assertThatThrownBy(() -> vn.emr.core.json.EmrJson.read(
                "{\"encounter\":{\"notes\":[null]}}", MedicalRecord.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code().code()).isEqualTo("EMR-CORE-0005");
                    assertThat(e.path()).isEqualTo("encounter.notes[0]");
                });
    }

    @Test
    void emptyRecordGivesOneCodedErrorPerMissingField() {
        MedicalRecord blank = Fixtures.record().toBuilder().recordId(" ")
                .facility(Fixtures.facility().toBuilder().name(" ").build())
                .patient(Fixtures.patient().toBuilder().fullName("\u200b").build()).build();
        ValidationReport r = VALIDATOR.validate(blank);
        assertThat(r.errors()).filteredOn(i -> i.code().equals(CoreError.REQUIRED)).extracting(Issue::path)
                .containsExactlyInAnyOrder("recordId", "facility.name", "patient.fullName");
        assertThat(VALIDATOR.validate(null).has("EMR-CORE-0005")).isTrue();
    }

    @Test
    void orThrowCarriesEveryIssue() {
        ValidationReport r = VALIDATOR.validate(Fixtures.record().toBuilder().recordId(" ").formCode("BV1").build());
        assertThat(r.issues()).hasSizeGreaterThan(1);
        assertThatThrownBy(r::orThrow).isInstanceOfSatisfying(EmrException.class,
                e -> assertThat(e.issues()).hasSize(r.issues().size()));
        assertThat(VALIDATOR.validate(Fixtures.record()).orThrow().isValid()).isTrue();
    }

    @Test
    void toStringOfModelValuesNeverShowsPersonalData() {
        String s = Fixtures.record().toString();
        assertThat(s).doesNotContain("Trần Thị Bích", "079190001234", "0912345678", "1990-05-17", "HS4010120878811",
                "Số 9", "Sau mổ");
        assertThat(s).contains("citizenId=***,").doesNotContain("1234");
    }
}
