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
}
