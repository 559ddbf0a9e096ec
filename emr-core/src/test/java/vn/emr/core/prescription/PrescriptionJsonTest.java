package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.identity.Sex;

/** The wire form against the project's sample, and hostile JSON. */
class PrescriptionJsonTest {

    private static final String SAMPLE = "dtqg-gui-don-thuoc.request.sample.json";

    private static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (EmrException e) {
            return e.code().code();
        }
    }

    @Test
    void theSampleReadsIntoItsValues() {
        Prescription p = Prescription.parse(Samples.bytes(SAMPLE));
        assertThat(p.type()).isEqualTo(PrescriptionType.CONVENTIONAL);
        assertThat(p.code().value()).isEqualTo("79001k3x9q2m-c");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(p.weightKg()).contains(new BigDecimal("62"));
        assertThat(p.sex()).isEqualTo(Sex.MALE); // gioi_tinh 2
        assertThat(p.citizenId()).contains("079085000123");
        assertThat(p.healthId()).isEmpty();
        assertThat(p.diagnoses()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("I10"));
        assertThat(p.treatmentForm()).contains(2);
        assertThat(p.periods()).singleElement().satisfies(d -> {
            assertThat(d.round()).isEqualTo(1);
            assertThat(d.days()).isEqualTo(30); // 02/06 to 01/07, both included: the sample's "30 ngày"
        });
        assertThat(p.items()).singleElement().satisfies(i -> {
            assertThat(i.brandName()).isEqualTo("Amlor");
            assertThat(i.quantity()).isEqualByComparingTo("30");
        });
        assertThat(p.followUpDays()).contains(30);
        assertThat(p.prescribedAt()).isEqualTo(LocalDateTime.of(2026, 6, 2, 8, 15));
        assertThat(p.ageInMonths()).isEqualTo(41 * 12 + 2);
        assertThat(p.replaces()).isEmpty();
    }

    @Test
    void theSampleIsWrittenBackFieldForFieldInItsOrder() {
        JsonNode sample = Samples.tree(SAMPLE);
        ObjectNode written = Prescription.parse(Samples.bytes(SAMPLE)).toJsonTree();
        assertThat(written).isEqualTo(sample);
        assertThat(written.fieldNames()).toIterable().containsExactlyElementsOf(sample::fieldNames);
        assertThat(Samples.tree("dtqg-gui-don-thuoc.request.sample.json")).isEqualTo(
                readBack(Prescription.parse(Samples.bytes(SAMPLE)).toJson()));
    }

    private static JsonNode readBack(byte[] json) {
        try {
            return Samples.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void toleratesTheFormsClientsDisagreeOnAndWritesOneForm() {
        ObjectNode o = Samples.request();
        o.put("can_nang", 62);
        o.put("gioi_tinh", "2");
        o.put("ngay_tai_kham", 30);
        o.set("dot_dung_thuoc", Samples.JSON.createArrayNode().add(o.get("dot_dung_thuoc")));
        Prescription p = Prescription.parse(Samples.write(o));
        assertThat(p.toJsonTree()).isEqualTo(Samples.tree(SAMPLE));
        o.put("can_nang", "62.50");
        ((ObjectNode) o.get("thong_tin_don_thuoc").get(0)).put("so_luong", "30.0");
        Prescription trailing = Prescription.parse(Samples.write(o));
        assertThat(Prescription.parse(trailing.toJson())).isEqualTo(trailing);
        assertThat(trailing.toJsonTree().get("can_nang").asText()).isEqualTo("62.5");
    }

    @Test
    void quantitiesUnder10AreWrittenWithALeadingZero() {
        Prescription p = Prescription.parse(Samples.bytes(SAMPLE));
        Prescription five = Prescription.builder().type(p.type()).code(p.code()).patientName(p.patientName())
                .birthDate(p.birthDate()).sex(p.sex()).address("x").diagnoses(p.diagnoses()).periods(p.periods())
                .addItem(new PrescriptionItem(Optional.of("A"), "B", "C", Optional.of("Viên"), new BigDecimal("5"),
                        Optional.of("Uống")))
                .addItem(new PrescriptionItem(Optional.of("A"), "B", "C", Optional.of("Lọ"), new BigDecimal("0.50"),
                        Optional.of("Uống")))
                .addItem(new PrescriptionItem(Optional.of("A"), "B", "C", Optional.of("Viên"), new BigDecimal("1E+1"),
                        Optional.of("Uống")))
                .prescribedAt(p.prescribedAt()).build();
        JsonNode items = five.toJsonTree().get("thong_tin_don_thuoc");
        assertThat(items.get(0).get("so_luong").asText()).isEqualTo("05");
        assertThat(items.get(1).get("so_luong").asText()).isEqualTo("0.5");
        assertThat(items.get(2).get("so_luong").asText()).isEqualTo("10");
        assertThat(PrescriptionValidator.create().validate(five).issues()).isEmpty();
    }

    @Test
    void severalPeriodsAreWrittenAsAList() {
        Prescription p = Prescription.parse(Samples.bytes(SAMPLE));
        Prescription two = p.replace(PrescriptionCodes.inMemory())
                .periods(java.util.List.of(DispensingPeriod.ofDays(LocalDate.of(2026, 6, 2), 10),
                        new DispensingPeriod(2, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 21),
                                Optional.empty())))
                .build();
        JsonNode periods = two.toJsonTree().get("dot_dung_thuoc");
        assertThat(periods.isArray()).isTrue();
        assertThat(periods.get(1).get("dot").asText()).isEqualTo("2");
        assertThat(Prescription.parse(two.toJson()).periods()).isEqualTo(two.periods());
    }

    @Test
    void aPrescriptionBreakingARuleButNotItsShapeIsReadAndTheValidatorStillRefusesIt() {
        ObjectNode o = Samples.request();
        o.put("ngay_sinh_benh_nhan", "15/03/2024"); // a child without the accompanying person
        o.put("ma_dinh_danh_cong_dan", "123");
        Prescription p = Prescription.parse(Samples.write(o));
        assertThat(p.ageInMonths()).isEqualTo(26);
        assertThat(Samples.codes(PrescriptionValidator.create().validate(p)))
                .containsExactly("EMR-CORE-0711", "EMR-CORE-0714");
        assertThat(Prescription.parse(p.toJson())).isEqualTo(p);
    }

    @Test
    void anInvalidPrescriptionIsNotReadIntoAValueAndEveryErrorIsCarried() {
        ObjectNode o = Samples.request();
        o.remove("ho_ten_benh_nhan");
        o.put("gioi_tinh", 9);
        assertThatThrownBy(() -> Prescription.parse(Samples.write(o))).isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).issues()).extracting(i -> i.codeString())
                        .containsExactly("EMR-CORE-0700", "EMR-CORE-0710"));
    }

    @Test
    void hostileJsonIsACodedError() {
        PrescriptionValidator v = PrescriptionValidator.create();
        assertThat(code(() -> v.validate("{\"loai_don_thuoc\":".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("EMR-CORE-0002");
        assertThat(code(() -> v.validate("{\"loai_don_thuoc\":\"c\",\"loai_don_thuoc\":\"n\"}"
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo("EMR-CORE-0011");
        assertThat(code(() -> v.validate(new byte[0]))).isEqualTo("EMR-CORE-0001");
        assertThat(code(() -> v.validate("[1,2]".getBytes(StandardCharsets.UTF_8)))).isEqualTo("EMR-CORE-0701");
        assertThat(code(() -> v.validate("\"x\"".getBytes(StandardCharsets.UTF_8)))).isEqualTo("EMR-CORE-0701");
        // trailing content after the object: EmrJson's strict reading refuses it as a bad value
        assertThat(code(() -> v.validate("{} {}".getBytes(StandardCharsets.UTF_8)))).isEqualTo("EMR-CORE-0004");
        byte[] bom = ("\uFEFF" + new String(Samples.bytes(SAMPLE), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(code(() -> v.validate(bom))).isEqualTo("EMR-CORE-0023");
        byte[] utf16 = new String(Samples.bytes(SAMPLE), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        assertThat(code(() -> v.validate(utf16))).isEqualTo("EMR-CORE-0023");
        String deep = "{\"luu_y\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertThat(code(() -> v.validate(deep.getBytes(StandardCharsets.UTF_8)))).isEqualTo("EMR-CORE-0022");
        byte[] huge = ("{\"luu_y\":\"" + "a".repeat(Wire.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(code(() -> v.validate(huge))).isEqualTo("EMR-CORE-0020");
        assertThat(code(() -> Prescription.parse("{\"a\":NaN}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("EMR-CORE-0002");
    }

    @Test
    void numbersWithHugeExponentsAreRefusedWithoutExpandingThem() {
        for (String n : new String[] {"1e-999999999", "1e999999999", "-1e-999999999"}) {
            ObjectNode o = Samples.request();
            String json = new String(Samples.write(o), StandardCharsets.UTF_8)
                    .replace("\"can_nang\":\"62\"", "\"can_nang\":" + n)
                    .replace("\"so_luong\":\"30\"", "\"so_luong\":" + n)
                    .replace("\"gioi_tinh\":2", "\"gioi_tinh\":" + n);
            assertThat(Samples.codes(PrescriptionValidator.create().validate(json.getBytes(StandardCharsets.UTF_8))))
                    .as(n).containsExactlyInAnyOrder("EMR-CORE-0710", "EMR-CORE-0715", "EMR-CORE-0721");
            String update = "{\"ma_don_thuoc\":\"79001k3x9q2m-c\",\"ma_dinh_danh_co_so_cung_ung_thuoc\":\"x\","
                    + "\"thong_tin_thuoc\":[{\"ma_thuoc\":\"A\",\"so_luong_ban\":" + n + "}]}";
            assertThat(code(() -> PharmacyUpdate.parse(update.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("EMR-CORE-0721");
        }
    }

    @Test
    void toStringMasksPersonalAndHealthData() {
        Prescription p = Prescription.parse(Samples.bytes(SAMPLE));
        String s = p.toString() + p.items() + p.diagnoses();
        assertThat(s).contains("79001k3x9q2m-c").doesNotContain("NGUYỄN", "079085000123", "1985", "Amlor", "I10",
                "Bến Thành", "62");
    }
}
