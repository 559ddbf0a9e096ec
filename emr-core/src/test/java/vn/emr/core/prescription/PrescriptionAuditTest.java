package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.emr.core.Languages;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * Faults found by the audit of the e-prescription rules against {@code domain/emr-model.md} §4.2-4.3: a prescription
 * code is unique per facility and the national system refuses a code used before, so a batch (a file of several
 * prescriptions, as {@code emr prescription build} writes) that uses one code twice is refused at the second use.
 */
class PrescriptionAuditTest {

    private static final PrescriptionValidator VALIDATOR = PrescriptionValidator.create();

    private static ObjectNode typed(String type) {
        ObjectNode p = Samples.request();
        p.put("loai_don_thuoc", type);
        p.put("ma_don_thuoc", "79001k3x9q2m-" + type);
        return p;
    }

    @Test
    void theSampleAloneAndTwoDistinctCodesPass() {
        ObjectNode other = Samples.request();
        other.put("ma_don_thuoc", "79001a1b2c3d-c");
        List<ValidationReport> reports = VALIDATOR.validateAll(List.of(Samples.request(), other));
        assertThat(reports).hasSize(2).allMatch(r -> r.issues().isEmpty());
    }

    @Test
    void aCodeUsedTwiceInOneBatchIsRefusedAtItsSecondUse() {
        List<ValidationReport> reports = VALIDATOR.validateAll(List.of(Samples.request(), Samples.request()));
        assertThat(Samples.codes(reports.get(0))).isEmpty();
        assertThat(reports.get(1).issues()).extracting(Issue::codeString, Issue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMR-CORE-0737", "ma_don_thuoc"));
        assertThat(reports.get(1).isValid()).isFalse();
        for (Locale l : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
            assertThat(reports.get(1).issues().get(0).message(l)).isNotBlank().doesNotContain("k3x9q2m");
        }
    }

    @Test
    void uniquenessIsOnFacilityAndRandomPartWhateverTheTypeLetter() {
        // 79001k3x9q2m-c and 79001k3x9q2m-n are one code of the facility (the type letter does not make it new)
        ObjectNode narcotic = typed("n");
        ((ObjectNode) narcotic.get("dot_dung_thuoc")).put("den_ngay", "08/06/2026");
        List<ValidationReport> reports = VALIDATOR.validateAll(List.of(Samples.request(), narcotic));
        assertThat(Samples.codes(reports.get(0))).isEmpty();
        assertThat(Samples.codes(reports.get(1))).containsExactly("EMR-CORE-0737");
        // another facility may draw the same 7 characters
        ObjectNode elsewhere = Samples.request();
        elsewhere.put("ma_don_thuoc", "01001k3x9q2m-c");
        assertThat(VALIDATOR.validateAll(List.of(Samples.request(), elsewhere))).allMatch(r -> r.issues().isEmpty());
    }

    @Test
    void aMalformedCodeIsItsOwnFaultNotADuplicate() {
        ObjectNode bad = Samples.request();
        bad.put("ma_don_thuoc", "79001k3x9q2-c");
        List<ValidationReport> reports = VALIDATOR.validateAll(List.of(bad, bad.deepCopy()));
        assertThat(Samples.codes(reports.get(0))).containsExactly("EMR-CORE-0703");
        assertThat(Samples.codes(reports.get(1))).containsExactly("EMR-CORE-0703");
    }

    @Test
    void singleValidationIsUnchangedAndNonObjectsInABatchAreWrongType() {
        assertThat(VALIDATOR.validate(Samples.request()).issues()).isEmpty();
        List<JsonNode> batch = List.of(Samples.JSON.getNodeFactory().textNode("x"), Samples.request());
        List<ValidationReport> reports = VALIDATOR.validateAll(batch);
        assertThat(Samples.codes(reports.get(0))).containsExactly("EMR-CORE-0701");
        assertThat(Samples.codes(reports.get(1))).isEmpty();
    }

    /** One field of the sample given with a surrounding space: refused with that field's format code at its path. */
    private static void spaced(java.util.function.Consumer<ObjectNode> edit, String code, String path) {
        ObjectNode p = Samples.request();
        edit.accept(p);
        assertThat(VALIDATOR.validate(p).issues()).extracting(Issue::codeString, Issue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, path));
    }

    @Test
    void formattedValuesAreCheckedAsSentNotTrimmed() {
        // " 79001k3x9q2m-c " is 16 characters: not the string(14) code of §4.3
        spaced(p -> p.put("ma_don_thuoc", " 79001k3x9q2m-c "), "EMR-CORE-0703", "ma_don_thuoc");
        spaced(p -> p.put("loai_don_thuoc", "c "), "EMR-CORE-0702", "loai_don_thuoc");
        spaced(p -> p.put("ma_dinh_danh_cong_dan", "079085000123 "), "EMR-CORE-0711", "ma_dinh_danh_cong_dan");
        spaced(p -> p.put("ngay_sinh_benh_nhan", "15/03/1985 "), "EMR-CORE-0707", "ngay_sinh_benh_nhan");
        spaced(p -> p.put("ngay_gio_ke_don", " 2026-06-02 08:15:00"), "EMR-CORE-0708", "ngay_gio_ke_don");
        spaced(p -> ((ObjectNode) p.get("dot_dung_thuoc")).put("den_ngay", "01/07/2026\t"), "EMR-CORE-0707",
                "dot_dung_thuoc.den_ngay");
        spaced(p -> p.put("ngay_tai_kham", "30 "), "EMR-CORE-0709", "ngay_tai_kham");
        spaced(p -> p.put("gioi_tinh", " 2"), "EMR-CORE-0710", "gioi_tinh");
        spaced(p -> p.put("can_nang", "62 "), "EMR-CORE-0715", "can_nang");
        spaced(p -> ((ObjectNode) p.get("thong_tin_don_thuoc").get(0)).put("so_luong", " 30"), "EMR-CORE-0721",
                "thong_tin_don_thuoc[0].so_luong");
        spaced(p -> ((ObjectNode) p.get("chan_doan").get(0)).put("ma_chan_doan", "I10 "), "EMR-CORE-0723",
                "chan_doan[0].ma_chan_doan");
        // free text keeps its spaces and is not a fault
        ObjectNode p = Samples.request();
        p.put("ho_ten_benh_nhan", " NGUYỄN VĂN AN ");
        assertThat(VALIDATOR.validate(p).issues()).isEmpty();
    }

    @Test
    void theDecoctionLetterTOfCircular55IsReadOnATraditionalPrescriptionWithAWarning() {
        // TT 55/2025 Appendix I note 1: z = T (đơn thuốc thang); the clients' loai_don_thuoc for it is y
        for (String code : new String[] {"79001k3x9q2m-t", "79001k3x9q2m-T"}) {
            ObjectNode p = typed("y");
            p.put("ma_don_thuoc", code);
            ValidationReport r = VALIDATOR.validate(p);
            assertThat(r.isValid()).as(code).isTrue();
            assertThat(r.issues()).extracting(Issue::codeString, Issue::path).as(code).contains(
                    org.assertj.core.groups.Tuple.tuple("EMR-CORE-0738", "ma_don_thuoc"));
        }
        ObjectNode p = typed("y");
        p.put("ma_don_thuoc", "79001k3x9q2m-t");
        assertThat(Prescription.parse(p).code().type()).isEqualTo(PrescriptionType.TRADITIONAL);
        assertThat(PrescriptionCode.parse("79001k3x9q2m-t").type()).isEqualTo(PrescriptionType.TRADITIONAL);
        // on any other type the letter is not the prescription's
        for (String type : new String[] {"c", "n", "h"}) {
            ObjectNode other = typed(type);
            other.put("ma_don_thuoc", "79001k3x9q2m-t");
            assertThat(Samples.codes(VALIDATOR.validate(other))).as(type).contains("EMR-CORE-0704")
                    .doesNotContain("EMR-CORE-0738");
        }
        // and loai_don_thuoc itself stays c/n/h/y
        ObjectNode t = typed("y");
        t.put("loai_don_thuoc", "t");
        assertThat(Samples.codes(VALIDATOR.validate(t))).contains("EMR-CORE-0702");
    }

    @Test
    void aDecoctionCodeIsHeldToThirtyDaysAndOtherTraditionalOnesWarnAboveThirty() {
        // TT 55 art. 8.7 a: decoctions at most 30 days, finished traditional medicines 90
        ObjectNode decoction = typed("y");
        decoction.put("ma_don_thuoc", "79001k3x9q2m-t");
        ((ObjectNode) decoction.get("dot_dung_thuoc")).put("den_ngay", "02/07/2026"); // 31 days
        ValidationReport r = VALIDATOR.validate(decoction);
        assertThat(r.errors()).extracting(Issue::codeString, Issue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMR-CORE-0718", "dot_dung_thuoc"));
        ((ObjectNode) decoction.get("dot_dung_thuoc")).put("den_ngay", "01/07/2026"); // 30 days
        assertThat(VALIDATOR.validate(decoction).isValid()).isTrue();

        ObjectNode finished = typed("y");
        ((ObjectNode) finished.get("dot_dung_thuoc")).put("den_ngay", "02/07/2026");
        assertThat(Samples.codes(VALIDATOR.validate(finished))).containsExactly("EMR-CORE-0720");
    }
}
