package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.exchange.Cv365Codec;
import vn.emr.core.exchange.Cv365Mapping;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/**
 * The faults the issue-11 audit found, through the commands with {@code --json}: a prescription code used twice in
 * one file, a 365 diagnosis code that is not ICD-10, a date field holding a date-time; and special files as input.
 * Each verdict has the rule's code and the field's path, exit 1, and no input value in the output.
 */
class AuditCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MedicalRecord SAMPLE = SampleRecords.outpatient(SampleRecords.patient());

    @TempDir
    Path dir;

    private static ObjectNode prescription() throws Exception {
        // the project's sample request, data/core/dtqg-gui-don-thuoc.request.sample.json (same fields and values)
        return (ObjectNode) JSON.readTree("""
                {"loai_don_thuoc":"c","ma_don_thuoc":"79001k3x9q2m-c","ho_ten_benh_nhan":"NGUYỄN VĂN AN",
                 "ma_dinh_danh_y_te":"","ma_dinh_danh_cong_dan":"079085000123","ngay_sinh_benh_nhan":"15/03/1985",
                 "can_nang":"62","gioi_tinh":2,"ma_so_the_bao_hiem_y_te":"","thong_tin_nguoi_giam_ho":"",
                 "dia_chi":"12 Đường Số 1, Phường Bến Thành, TP Hồ Chí Minh",
                 "chan_doan":[{"ma_chan_doan":"I10","ten_chan_doan":"Tăng huyết áp","ket_luan":"Tăng huyết áp độ 1"}],
                 "luu_y":"","hinh_thuc_dieu_tri":2,
                 "dot_dung_thuoc":{"dot":"1","tu_ngay":"02/06/2026","den_ngay":"01/07/2026","so_thang_thuoc":""},
                 "thong_tin_don_thuoc":[{"ma_thuoc":"MA-THUOC-QG-PLACEHOLDER","biet_duoc":"Amlor",
                   "ten_thuoc":"Amlodipin 5mg","don_vi_tinh":"Viên","so_luong":"30","cach_dung":"Uống, 1 viên/ngày"}],
                 "loi_dan":"Ăn nhạt","so_dien_thoai_nguoi_kham_benh":"0900000000","ngay_tai_kham":"30",
                 "ngay_gio_ke_don":"2026-06-02 08:15:00","signature":""}
                """);
    }

    @Test
    void aPrescriptionCodeUsedTwiceInOneFileIsRefusedAtItsSecondUse() throws Exception {
        ArrayNode list = JSON.createArrayNode().add(prescription()).add(prescription());
        Path file = Files.write(dir.resolve("two.json"), JSON.writeValueAsBytes(list));
        CliRun run = CliRun.of("prescription", "validate", "--json", "--facility", "79001", file.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        JsonNode j = run.json();
        assertThat(j.get("valid").asBoolean()).isFalse();
        assertThat(j.get("prescriptions").get(0).get("valid").asBoolean()).isTrue();
        JsonNode second = j.get("prescriptions").get(1);
        assertThat(second.get("errors")).hasSize(1);
        assertThat(second.get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0737");
        assertThat(second.get("errors").get(0).get("path").asText()).isEqualTo("ma_don_thuoc");
        assertThat(second.get("errors").get(0).get("message").asText()).isNotBlank().doesNotContain("k3x9q2m");

        ObjectNode other = prescription();
        other.put("ma_don_thuoc", "79001a1b2c3d-c");
        Files.write(file, JSON.writeValueAsBytes(JSON.createArrayNode().add(prescription()).add(other)));
        assertThat(CliRun.of("prescription", "validate", "--json", file.toString()).exit()).isZero();
    }

    private Path document(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Cv365Codec.writeJson(Cv365Mapping.fromRecord(SAMPLE)));
        edit.accept((ObjectNode) doc.get("HoSoBenhAn"));
        return Files.write(dir.resolve("doc.json"), JSON.writeValueAsBytes(doc));
    }

    private static void refused(CliRun run, String code, String path, String value) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        JsonNode j = run.json();
        assertThat(j.get("valid").asBoolean()).isFalse();
        assertThat(j.get("format").asText()).isEqualTo("cv365-json");
        assertThat(j.get("out").isNull()).isTrue();
        assertThat(j.get("errors")).hasSize(1);
        assertThat(j.get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(j.get("errors").get(0).get("path").asText()).isEqualTo(path);
        assertThat(run.out() + run.err()).doesNotContain(value).doesNotContain("Exception");
    }

    @Test
    void aMaicdThatIsNotIcd10IsRefusedAndNoRecordIsWritten() throws Exception {
        Path doc = document(d -> ((ObjectNode) d.get("ThongTinDieuTri")).put("maicd", "QQQ"));
        Path out = dir.resolve("record.json");
        CliRun run = CliRun.of("record", "import", "--json", "--out", out.toString(), "--facility-code", "79001",
                "--facility-name", "BV", "--class", "01", doc.toString());
        refused(run, "EMR-CORE-0618", "ThongTinDieuTri.maicd", "QQQ");
        assertThat(out).doesNotExist();
        CliRun en = CliRun.of("record", "import", "--json", "--lang", "en", doc.toString());
        assertThat(en.json().get("errors").get(0).get("message").asText()).contains("ICD-10");
    }

    @Test
    void aDateFieldHoldingADateTimeIsADateFault() throws Exception {
        Path doc = document(d -> ((ObjectNode) d.get("ThongTinBenhNhan")).put("ngaysinh", "01/01/1990 00:00:00.000"));
        refused(CliRun.of("record", "import", "--json", doc.toString()), "EMR-CORE-0606", "ThongTinBenhNhan.ngaysinh",
                "1990 00");
    }

    @Test
    void theUneditedDocumentImports() throws Exception {
        Path doc = document(d -> { });
        CliRun run = CliRun.of("record", "import", "--json", doc.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void specialFilesAreCodedRefusals() {
        for (String[] args : new String[][] {
            {"prescription", "validate", "--json", dir.toString()},
            {"record", "import", "--json", dir.toString()},
        }) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0021");
        }
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        for (String[] args : new String[][] {
            {"prescription", "validate", "--json", "/dev/zero"},
            {"record", "import", "--json", "/dev/zero"},
        }) {
            long start = System.nanoTime();
            CliRun run = CliRun.of(args);
            assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0021");
        }
    }

    @Test
    void aWeightNoPrescriptionCanCarryIsAUsageErrorLikeTheDays() throws Exception {
        Path record = Files.writeString(dir.resolve("record.json"), vn.emr.core.json.EmrJson.writePretty(SAMPLE));
        for (String[] bad : new String[][] {{"--weight", "-3"}, {"--weight", "0"}, {"--days", "0"}}) {
            CliRun run = CliRun.of("prescription", "build", "--json", "--record", record.toString(), bad[0], bad[1]);
            assertThat(run.exit()).as(bad[0] + " " + bad[1]).isEqualTo(2);
            assertThat(run.json().get("errors").get(0).get("path").asText()).isEqualTo(bad[0]);
        }
        CliRun ok = CliRun.of("prescription", "build", "--json", "--record", record.toString(), "--weight", "62.5");
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.json().get("prescriptions").get(0).get("body").get("can_nang").asText()).isEqualTo("62.5");
    }

    @Test
    void aPlainDocumentGivenTrustAnchorsIsRefusedWithTheSameShape() throws Exception {
        vn.emr.signature.DemoCredentials demo = vn.emr.signature.DemoCredentials.generate();
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        for (byte[] plain : new byte[][] {Cv365Codec.writeXml(Cv365Mapping.fromRecord(SAMPLE)),
            Cv365Codec.writeJson(Cv365Mapping.fromRecord(SAMPLE))}) {
            Path file = Files.write(dir.resolve("plain"), plain);
            CliRun run = CliRun.of("record", "import", "--json", "--trust", ca.toString(), file.toString());
            assertThat(run.exit()).as(run.out()).isEqualTo(1);
            JsonNode j = run.json();
            assertThat(j.get("valid").asBoolean()).isFalse();
            assertThat(j.get("signed").asBoolean()).isFalse();
            assertThat(j.get("sovaovien").isNull()).isTrue();
            assertThat(j.get("signatures")).isEmpty();
            assertThat(j.get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0633");
        }
    }
}
