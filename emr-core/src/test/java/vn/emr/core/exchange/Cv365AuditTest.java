package vn.emr.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.validation.Issue;

/**
 * Faults found by the audit of the 365/TTYQG reader against {@code domain/emr-model.md} §1.4 and
 * {@code data/core/SOURCES.md}: each test edits one field of the project's skeleton
 * ({@code data/core/cv365-hosobenhan.skeleton.json}) and expects exactly that field's code and path, through the JSON
 * and the XML reader alike.
 */
class Cv365AuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode skeleton() {
        try (InputStream in = Cv365AuditTest.class.getResourceAsStream("/exchange/cv365-hosobenhan.skeleton.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode group(ObjectNode doc, String name) {
        return (ObjectNode) doc.get("HoSoBenhAn").get(name);
    }

    private static ObjectNode drugItem(ObjectNode doc) {
        return (ObjectNode) group(doc, "YLenhThuocVatTu").get("danhsach").get(0).get("danhsach").get(0);
    }

    private static byte[] json(ObjectNode doc) {
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The edited skeleton read as JSON, and the same document written as XML (from the unedited values) re-read. */
    private static void refusedOnly(Consumer<ObjectNode> edit, String code, String path, String value) {
        ObjectNode doc = skeleton();
        edit.accept(doc);
        byte[] bytes = json(doc);
        assertThatThrownBy(() -> Cv365Codec.readJson(bytes)).isInstanceOfSatisfying(EmrException.class, e -> {
            assertThat(e.issues()).extracting(Issue::codeString, Issue::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(code, path));
            for (Locale l : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
                assertThat(e.message(l)).isNotBlank().doesNotContain(value);
            }
        });
        // the same document as XML, written by the independent writer below
        String xml = xmlOf(doc);
        assertThatThrownBy(() -> Cv365Codec.readXml(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.issues())
                        .extracting(Issue::codeString, Issue::path)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(code, path)));
    }

    /** A minimal XML writer for the skeleton's shapes (objects, arrays repeated, text), independent of the codec. */
    private static String xmlOf(ObjectNode doc) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(sb, "HoSoBenhAn", doc.get("HoSoBenhAn"));
        return sb.toString();
    }

    private static void element(StringBuilder sb, String name, com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isArray()) {
            n.forEach(item -> element(sb, name, item));
            return;
        }
        sb.append('<').append(name).append('>');
        if (n.isObject()) {
            n.properties().forEach(f -> element(sb, f.getKey(), f.getValue()));
        } else {
            sb.append(n.asText().replace("&", "&amp;").replace("<", "&lt;"));
        }
        sb.append("</").append(name).append('>');
    }

    @Test
    void theSkeletonItselfIsReadInBothForms() {
        HoSoBenhAn fromJson = Cv365Codec.readJson(json(skeleton()));
        HoSoBenhAn fromXml = Cv365Codec.readXml(xmlOf(skeleton()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromJson.group("ThongTinDieuTri").text("maicd")).isEqualTo("I10");
    }

    @Test
    void maicdMustBeADottedIcd10Code() {
        refusedOnly(d -> group(d, "ThongTinDieuTri").put("maicd", "XYZ"), "EMR-CORE-0618", "ThongTinDieuTri.maicd",
                "XYZ");
        // the appendix example is dotted (R10.4): the undotted form is not the exchange form
        refusedOnly(d -> group(d, "ThongTinDieuTri").put("maicd", "R104"), "EMR-CORE-0618", "ThongTinDieuTri.maicd",
                "R104");
        refusedOnly(d -> group(d, "ThongTinDieuTri").put("maicd", "r10.4"), "EMR-CORE-0618",
                "ThongTinDieuTri.maicd", "r10.4");
        ObjectNode ok = skeleton();
        group(ok, "ThongTinDieuTri").put("maicd", "R10.4");
        assertThat(Cv365Codec.readJson(json(ok)).group("ThongTinDieuTri").text("maicd")).isEqualTo("R10.4");
    }

    @Test
    void maicdStillHasItsSizeOfSevenFirst() {
        refusedOnly(d -> group(d, "ThongTinDieuTri").put("maicd", "J06.9000"), "EMR-CORE-0605",
                "ThongTinDieuTri.maicd", "J06.9000");
    }

    @Test
    void eachSecondaryCodeOfMaicdKhacIsChecked() {
        refusedOnly(d -> group(d, "ThongTinDieuTri").put("maicd_khac", "E11;K2X.7"), "EMR-CORE-0618",
                "ThongTinDieuTri.maicd_khac[1]", "K2X");
        ObjectNode ok = skeleton();
        group(ok, "ThongTinDieuTri").put("maicd_khac", "E11;K29.7");
        assertThat(Cv365Codec.readJson(json(ok)).group("ThongTinDieuTri").text("maicd_khac")).isEqualTo("E11;K29.7");
    }

    @Test
    void aDateFieldHoldingADateTimeIsADateFault() {
        refusedOnly(d -> drugItem(d).put("ngaykedonthuoc", "02/06/2026 08:00:00.000"), "EMR-CORE-0606",
                "YLenhThuocVatTu.danhsach[0].danhsach[0].ngaykedonthuoc", "08:00");
        refusedOnly(d -> group(d, "ThongTinBenhNhan").put("ngaysinh", "15/03/19850"), "EMR-CORE-0606",
                "ThongTinBenhNhan.ngaysinh", "19850");
    }

    @Test
    void aDateTimeWithMoreDigitsIsADateTimeFault() {
        refusedOnly(d -> group(d, "ThongTinBenhNhan").put("thoigianvaovien", "02/06/2026 08:00:00.0001"),
                "EMR-CORE-0607", "ThongTinBenhNhan.thoigianvaovien", "0001");
        refusedOnly(d -> ((ObjectNode) group(d, "ThongTinDieuTri").get("danhsachsinhhieu").get(0))
                .put("thoidiem", "02/06/2026 08:10:00.000000"), "EMR-CORE-0607",
                "ThongTinDieuTri.danhsachsinhhieu[0].thoidiem", "000000");
    }
}
