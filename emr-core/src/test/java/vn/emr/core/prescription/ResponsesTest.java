package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/** The national system's response shapes and the pharmacy's update, from the project's samples, and hostile input. */
class ResponsesTest {

    private static final JsonNode RESPONSES = Samples.tree("dtqg-gui-don-thuoc.response.samples.json");

    private static EmrException refusal(Runnable r) {
        try {
            r.run();
        } catch (EmrException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theSuccessShapeIsAccepted() {
        SubmissionResult r = SubmissionResult.parse(200, Samples.write(RESPONSES.get("http_200_ok")));
        assertThat(r.accepted()).isTrue();
        assertThat(r.message()).contains("Gửi đơn thuốc thành công");
        assertThat(r.checksum()).contains("<opaque-string>");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void the422ShapeIsRefusedWithItsErrors() {
        SubmissionResult r = SubmissionResult.parse(422, Samples.write(RESPONSES.get("http_422_validation_error")));
        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).contains("ma_don_thuoc");
            assertThat(e.code()).contains("<code>");
            assertThat(e.message()).contains("<message>");
        });
        assertThat(r.toString()).doesNotContain("<message>", "đã được sử dụng");
    }

    @Test
    void aSuccessStatusWithErrorsListedIsNotAccepted() {
        ObjectNode body = RESPONSES.get("http_422_validation_error").deepCopy();
        assertThat(SubmissionResult.parse(200, Samples.write(body)).accepted()).isFalse();
    }

    @Test
    void malformedResponsesAreCodedErrors() {
        assertThat(refusal(() -> SubmissionResult.parse(200, "{\"success\":true}".getBytes(StandardCharsets.UTF_8)))
                .code().code()).isEqualTo("EMR-CORE-0701");
        assertThat(refusal(() -> SubmissionResult.parse(200, "{\"checksum\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .code().code()).isEqualTo("EMR-CORE-0700");
        assertThat(refusal(() -> SubmissionResult.parse(422,
                "{\"success\":\"x\",\"danh_sach_cac_loi\":{}}".getBytes(StandardCharsets.UTF_8))).path())
                .isEqualTo("danh_sach_cac_loi");
        assertThat(refusal(() -> SubmissionResult.parse(422,
                "{\"danh_sach_cac_loi\":[\"x\"]}".getBytes(StandardCharsets.UTF_8))).path())
                .isEqualTo("danh_sach_cac_loi[0]");
        assertThat(refusal(() -> SubmissionResult.parse(200, "{\"success\":\"a\",\"success\":\"b\"}"
                .getBytes(StandardCharsets.UTF_8))).code().code()).isEqualTo("EMR-CORE-0011");
        assertThat(refusal(() -> SubmissionResult.parse(502, "<html>Bad gateway</html>"
                .getBytes(StandardCharsets.UTF_8))).code().code()).isEqualTo("EMR-CORE-0002");
    }

    @Test
    void thePharmacyUpdateSampleReadsIntoItsValues() {
        PharmacyUpdate u = PharmacyUpdate.parse(Samples.bytes("dtqg-cap-nhat-don-thuoc.pharmacy.sample.json"));
        assertThat(u.prescriptionCode().value()).isEqualTo("79001k3x9q2m-c");
        assertThat(u.supplierId()).isEqualTo("<ma-co-so-ban-le>");
        assertThat(u.supplierName()).contains("Nhà thuốc Ví Dụ");
        assertThat(u.invoiceNumber()).contains("<so-hoa-don>");
        assertThat(u.items()).singleElement().satisfies(i -> {
            assertThat(i.quantitySold()).isEqualByComparingTo("30");
            assertThat(i.quantityPrescribed()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("30"));
            assertThat(i.substituted()).isFalse();
        });
        assertThat(u.toString()).doesNotContain("Nhà thuốc", "Amlor", "<so-hoa-don>");
    }

    private static ObjectNode pharmacy() {
        return (ObjectNode) Samples.tree("dtqg-cap-nhat-don-thuoc.pharmacy.sample.json");
    }

    private static ObjectNode firstItem(ObjectNode o) {
        return (ObjectNode) o.get("thong_tin_thuoc").get(0);
    }

    @Test
    void aPharmacySellingMoreThanPrescribedIsRefused() {
        ObjectNode o = pharmacy();
        firstItem(o).put("so_luong_ban", "31");
        EmrException e = refusal(() -> PharmacyUpdate.parse(Samples.write(o)));
        assertThat(e.code().code()).isEqualTo("EMR-CORE-0733");
        assertThat(e.path()).isEqualTo("thong_tin_thuoc[0].so_luong_ban");
    }

    @Test
    void aSubstitutionIsSeenFromTheTwoDrugCodes() {
        ObjectNode o = pharmacy();
        firstItem(o).put("ma_thuoc", "OTHER-CODE");
        assertThat(PharmacyUpdate.parse(Samples.write(o)).items().get(0).substituted()).isTrue();
    }

    @Test
    void everyFaultOfAPharmacyUpdateIsReportedWithItsPath() {
        ObjectNode o = pharmacy();
        o.put("ma_don_thuoc", "79001k3x9q2m");
        firstItem(o).put("so_luong_ban", 0);
        firstItem(o).put("ma_thuoc", 7);
        o.remove("ma_dinh_danh_co_so_cung_ung_thuoc");
        o.put("extra", 1);
        EmrException e = refusal(() -> PharmacyUpdate.parse(Samples.write(o)));
        assertThat(e.issues()).extracting(Issue::codeString, Issue::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("EMR-CORE-0725", "extra"),
                org.assertj.core.groups.Tuple.tuple("EMR-CORE-0703", "ma_don_thuoc"),
                org.assertj.core.groups.Tuple.tuple("EMR-CORE-0701", "thong_tin_thuoc[0].ma_thuoc"),
                org.assertj.core.groups.Tuple.tuple("EMR-CORE-0721", "thong_tin_thuoc[0].so_luong_ban"),
                org.assertj.core.groups.Tuple.tuple("EMR-CORE-0700", "ma_dinh_danh_co_so_cung_ung_thuoc"));
    }

    @Test
    void hostilePharmacyJsonIsACodedError() {
        assertThat(refusal(() -> PharmacyUpdate.parse("{\"ma_don_thuoc\":\"a\",\"ma_don_thuoc\":\"b\"}"
                .getBytes(StandardCharsets.UTF_8))).code().code()).isEqualTo("EMR-CORE-0011");
        assertThat(refusal(() -> PharmacyUpdate.parse("[]".getBytes(StandardCharsets.UTF_8))).code().code())
                .isEqualTo("EMR-CORE-0701");
        assertThat(refusal(() -> PharmacyUpdate.parse("{\"thong_tin_thuoc\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .issues()).extracting(Issue::codeString).contains("EMR-CORE-0701");
        byte[] huge = ("{\"ma_hoa_don\":\"" + "9".repeat(Wire.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(() -> PharmacyUpdate.parse(huge)).code().code()).isEqualTo("EMR-CORE-0020");
    }
}
