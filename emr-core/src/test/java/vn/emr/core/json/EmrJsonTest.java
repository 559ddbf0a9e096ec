package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.identity.Sex;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.Fixtures;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;

class EmrJsonTest {

    static Stream<Object> everyType() {
        return Fixtures.everyType().stream();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void everyModelTypeRoundTripsExactly(Object value) {
        byte[] json = EmrJson.write(value);
        Object back = EmrJson.read(json, value.getClass());
        assertThat(back).isEqualTo(value);
        assertThat(EmrJson.write(back)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void emptyInputIsRefusedWithTheFirstMissingRequiredPart(Object value) throws Exception {
        Object empty = value.getClass().getMethod("builder").invoke(null);
        String type = value.getClass().getSimpleName();
        String prefix = Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".";
        assertThatThrownBy(() -> empty.getClass().getMethod("build").invoke(empty))
                .cause().isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.REQUIRED);
                    assertThat(e.path()).startsWith(prefix);
                });
        assertThatThrownBy(() -> EmrJson.read("{}", value.getClass())).isInstanceOfSatisfying(EmrException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.REQUIRED));
    }

    @Test
    void documentedFormReadsAsExpected() {
        String json = """
                {"citizenId":"079190001234","fullName":"Trần Thị Bích","birthDate":"1990-05-17","sex":"FEMALE",
                 "insuranceCardNumber":"HS4010120878811"}""";
        Patient p = EmrJson.read(json, Patient.class);
        assertThat(p.citizenId()).contains("079190001234");
        assertThat(p.fullName()).isEqualTo("Trần Thị Bích");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.address()).isEmpty();
    }

    @Test
    void writesIsoLocalTimesPlainDecimalsAndEnumNames() {
        MedicationLine line = Fixtures.medication("T1").toBuilder().unitPrice(new BigDecimal("1E+3"))
                .orderedAt(LocalDateTime.of(2026, 1, 2, 3, 4)).build();
        JsonNode node = EmrJson.toTree(line);
        assertThat(new String(EmrJson.write(line), StandardCharsets.UTF_8)).contains("\"unitPrice\":1000")
                .contains("\"orderedAt\":\"2026-01-02T03:04:00\"");
        assertThat(node.get("quantity").decimalValue()).isEqualByComparingTo("120.5");
        JsonNode d = EmrJson.toTree(Fixtures.main());
        assertThat(d.get("role").asText()).isEqualTo("MAIN");
        assertThat(d.has("amount")).isFalse();
    }

    @Test
    void absentValuesAreOmittedAndEmptyListsToo() {
        String json = new String(EmrJson.write(Diagnosis.builder().code("I10").role(DiagnosisRole.MAIN).build()),
                StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"code\":\"I10\",\"role\":\"MAIN\"}");
    }

    @Test
    void unknownFieldIsRejectedWithItsPath() {
        String json = "{\"recordId\":\"R\",\"encounter\":{\"diagnoses\":[{\"code\":\"I10\",\"role\":\"MAIN\"},"
                + "{\"code\":\"J00\",\"role\":\"SECONDARY\",\"severity\":\"high\"}]}}";
        assertThatThrownBy(() -> EmrJson.read(json, MedicalRecord.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_UNKNOWN_FIELD);
                    assertThat(e.path()).isEqualTo("encounter.diagnoses[1].severity");
                });
    }

    @Test
    void wrongTypeIsRejectedWithItsPath() {
        assertThatThrownBy(() -> EmrJson.read("{\"birthDate\":\"17/05/1990\"}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_BAD_VALUE);
                    assertThat(e.path()).isEqualTo("birthDate");
                });
        assertThatThrownBy(() -> EmrJson.read("{\"sex\":\"M\"}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("sex"));
        assertThatThrownBy(() -> EmrJson.read("{\"sex\":1}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("sex"));
    }

    @Test
    void malformedEmptyTrailingAndDuplicateInputsAreCoded() {
        List<String> bad = List.of("{\"fullName\":", "{} {}", "{\"fullName\":\"a\",\"fullName\":\"b\"}", "[]");
        List<CoreError> codes = new ArrayList<>();
        for (String s : bad) {
            try {
                EmrJson.read(s, Patient.class);
            } catch (EmrException e) {
                codes.add((CoreError) e.code());
            }
        }
        assertThat(codes).hasSize(4).doesNotContainNull();
        assertThatThrownBy(() -> EmrJson.read(new byte[0], Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code()).isEqualTo(CoreError.EMPTY_INPUT));
    }

    @Test
    void aFieldGivenTwiceIsRefusedWithItsPathAtEveryLevel() {
        assertThatThrownBy(() -> EmrJson.read("{\"fullName\":\"A\",\"fullName\":\"B\"}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
                    assertThat(e.path()).isEqualTo("fullName");
                });
        String nested = "{\"encounter\":{\"diagnoses\":[{\"code\":\"I10\",\"role\":\"MAIN\",\"code\":\"J00\"}]}}";
        assertThatThrownBy(() -> EmrJson.read(nested, MedicalRecord.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
                    assertThat(e.path()).isEqualTo("encounter.diagnoses[0].code");
                });
        String lists = "{\"encounter\":{\"notes\":[],\"notes\":[]}}";
        assertThatThrownBy(() -> EmrJson.read(lists, MedicalRecord.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("encounter.notes"));
    }

    @Test
    void buildersStillAcceptRepeatedProgrammaticSets() {
        assertThat(Fixtures.patient().toBuilder().fullName("A").fullName("B").build().fullName()).isEqualTo("B");
    }

    @Test
    void canonicalFormSortsKeysAtEveryLevel() throws Exception {
        JsonNode node = EmrJson.reader().readTree(EmrJson.canonical(Fixtures.record()));
        assertSorted(node);
        assertThat(new String(EmrJson.canonical(Fixtures.record()), StandardCharsets.UTF_8)).doesNotContain("\n", ": ");
    }

    private static void assertSorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            assertThat(names).isSorted();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                assertSorted(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(EmrJsonTest::assertSorted);
        }
    }
}
