package vn.emr.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.ServiceLine;

/**
 * The round trips of the 365/TTYQG exchange document: a generated record through the document and its XML, JSON and
 * signing forms gives back every part {@code docs/cv365.md} says travels, exactly; a generated document (every field
 * of the catalogue) survives XML and JSON unchanged; the skeleton of {@code data/core} reads and writes back with the
 * same names in the same order.
 */
class Cv365RoundTripTest {

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 0; s < 200; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void recordSurvivesEveryFormForEveryPartThatTravels(long seed) {
        Generated g = new Generated(seed);
        MedicalRecord record = g.record();
        Cv365ImportContext context = new Cv365ImportContext(g.facility(), g.pick(EncounterClass.values()),
                g.pick(DischargeType.values()));
        HoSoBenhAn doc = Cv365Mapping.fromRecord(record);
        MedicalRecord expected = travelling(record, context);
        for (byte[] bytes : List.of(Cv365Codec.writeXml(doc), Cv365Codec.writeJson(doc),
                Cv365Codec.writeSignableXml(doc))) {
            HoSoBenhAn back = Cv365Codec.read(bytes);
            assertThat(back).isEqualTo(doc);
            assertThat(Cv365Mapping.toRecord(back, context)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void documentSurvivesXmlAndJsonUnchanged(long seed) {
        HoSoBenhAn doc = new Generated(seed).document();
        assertThat(Cv365Codec.readXml(Cv365Codec.writeXml(doc))).isEqualTo(doc);
        assertThat(Cv365Codec.readJson(Cv365Codec.writeJson(doc))).isEqualTo(doc);
        assertThat(Cv365Codec.readXml(Cv365Codec.writeSignableXml(doc))).isEqualTo(doc);
    }

    @Test
    void skeletonOfTheResearchReadsAndWritesBackWithTheSameNamesInTheSameOrder() throws IOException {
        byte[] skeleton = skeleton();
        HoSoBenhAn doc = Cv365Codec.readJson(skeleton);
        ObjectMapper plain = new ObjectMapper();
        // compact re-serialization keeps the skeleton's key order: equal strings mean equal names, order and values
        assertThat(new String(Cv365Codec.writeJson(doc), StandardCharsets.UTF_8))
                .isEqualTo(plain.writeValueAsString(plain.readTree(skeleton)));
        assertThat(doc.sovaovien()).isEqualTo("BN0001.20260602");
        assertThat(doc.group("ThongTinDieuTri").list("danhsachsinhhieu").get(0).text("thoidiem"))
                .isEqualTo("02/06/2026 08:10:00.000");
        assertThat(Cv365Codec.readXml(Cv365Codec.writeXml(doc))).isEqualTo(doc);
    }

    static byte[] skeleton() throws IOException {
        try (InputStream in = Cv365RoundTripTest.class.getResourceAsStream("/exchange/cv365-hosobenhan.skeleton.json")) {
            return in.readAllBytes();
        }
    }

    /**
     * The record as {@code docs/cv365.md} says it comes back: written here part by part from the table, not by the
     * mapping's code.
     */
    static MedicalRecord travelling(MedicalRecord r, Cv365ImportContext context) {
        Encounter e = r.encounter();
        LocalDateTime admitted = e.admittedAt().truncatedTo(ChronoUnit.MILLIS);
        List<Diagnosis> dx = new ArrayList<>();
        e.mainDiagnosis().ifPresent(d -> dx.add(d.toBuilder().recordedAt(null).build()));
        for (Diagnosis d : e.secondaryDiagnoses()) {
            dx.add(d.toBuilder().recordedAt(null).build());
        }
        List<MedicationLine> meds = new ArrayList<>();
        for (MedicationLine m : e.medications()) {
            meds.add(m.toBuilder().strength(null).routeCode(null).registrationNumber(null).unitPrice(BigDecimal.ZERO)
                    .orderedAt(m.orderedAt().toLocalDate().atStartOfDay()).build());
        }
        List<ServiceLine> services = new ArrayList<>();
        for (ServiceLine s : e.services()) {
            services.add(s.toBuilder().performedAt(null).resultAt(null).performerLicense(null)
                    .orderedAt(s.orderedAt().toLocalDate().atStartOfDay()).build());
        }
        Encounter.Builder eb = e.toBuilder().encounterClass(context.encounterClass()).admittedAt(admitted)
                .diagnoses(dx).medications(meds).services(services).supplies(List.of()).labResults(List.of())
                .notes(List.of()).referral(null).appointment(null)
                .discharge(e.discharge().map(d -> d.toBuilder().dischargedAt(d.dischargedAt().toLocalDate()
                        .atStartOfDay()).type(context.dischargeType()).build()).orElse(null));
        return r.toBuilder().facility(context.facility()).practitioners(List.of()).createdAt(admitted)
                .encounter(eb.build()).build();
    }
}
