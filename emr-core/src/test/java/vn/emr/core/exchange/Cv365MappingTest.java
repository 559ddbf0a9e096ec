package vn.emr.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.DiagnosisRole;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/** The record-to-document mapping on the SDK's sample visit, value by value, and the import's refusals. */
class Cv365MappingTest {

    private static final MedicalRecord SAMPLE = SampleRecords.outpatient(SampleRecords.patient());
    private static final Cv365ImportContext CONTEXT = Cv365ImportContext.of(SampleRecords.facility(),
            EncounterClass.EXAMINATION);

    @Test
    void sampleVisitFillsTheFieldsTheTableNames() {
        HoSoBenhAn doc = Cv365Mapping.fromRecord(SAMPLE);
        Cv365Section bn = doc.group("ThongTinBenhNhan");
        assertThat(bn.text("sovaovien")).isEqualTo("2026110100001");
        assertThat(bn.text("soba")).isEqualTo("HSBA-2026110100001");
        assertThat(bn.text("loaiba")).isEqualTo("15/BV1");
        assertThat(bn.text("hoten")).isEqualTo("Nguyễn Văn An");
        assertThat(bn.text("ngaysinh")).isEqualTo("01/01/1990");
        // born 01/01/1990, admitted 01/11/2026: 36 full years
        assertThat(bn.text("tuoi")).isEqualTo("36");
        assertThat(bn.text("gioitinh")).isEqualTo("1");
        assertThat(bn.text("cccd_so")).isEqualTo("001090123456");
        assertThat(bn.text("thoigianvaovien")).isEqualTo("01/11/2026 07:30:00.000");
        assertThat(doc.group("ThongTinVaoVien").text("lydovaovien")).isEqualTo("Sốt, ho 3 ngày");
        Cv365Section dt = doc.group("ThongTinDieuTri");
        assertThat(dt.text("maicd")).isEqualTo("J06.9");
        assertThat(dt.text("maicd_khac")).isEqualTo("I10");
        assertThat(dt.text("tenicd_khac")).isEqualTo("Tăng huyết áp vô căn");
        assertThat(dt.text("bacsidieutri")).isEqualTo("Lê Văn Bác Sĩ");
        assertThat(dt.text("ngayravien")).isEqualTo("01/11/2026");
        assertThat(dt.section("tinhtrangravien").orElseThrow().text("ketquadieutri")).isEqualTo("2");
        // three drug lines by one prescriber: one sheet
        Cv365Section sheet = doc.group("YLenhThuocVatTu").list("danhsach").get(0);
        assertThat(doc.group("YLenhThuocVatTu").list("danhsach")).hasSize(1);
        assertThat(sheet.text("mabacsichidinh")).isEqualTo("001234/HCM-CCHN");
        assertThat(sheet.list("danhsach")).extracting(s -> s.text("machidinh")).containsExactly("T1", "T2", "T3");
        assertThat(sheet.list("danhsach").get(0).text("soluongthuocvattu")).isEqualTo("11");
        assertThat(sheet.list("danhsach").get(0).text("ngaykedonthuoc")).isEqualTo("01/11/2026");
        // two services, one sheet each; 1 x 38700
        assertThat(doc.group("PhieuChiDinh").list("danhsach")).extracting(s -> s.text("sophieu"))
                .containsExactly("D1", "D2");
        Cv365Section service = doc.group("PhieuChiDinh").list("danhsach").get(0).list("danhsach").get(0);
        assertThat(service.text("thanhtien")).isEqualTo("38700");
        assertThat(service.text("tenchidinh")).isEqualTo("Khám Nội");
        // every group but ThongTinDieuTri (the skeleton gives it no sovaovien) carries the join key
        for (String g : HoSoBenhAn.groupNames()) {
            assertThat(doc.group(g).has("sovaovien")).as(g).isEqualTo(!g.equals("ThongTinDieuTri"));
            if (!g.equals("ThongTinDieuTri")) {
                assertThat(doc.group(g).text("sovaovien")).as(g).isEqualTo("2026110100001");
            }
        }
        String xml = new String(Cv365Codec.writeXml(doc), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HoSoBenhAn><ThongTinBenhNhan><loaiba>")
                .contains("<hoten>Nguyễn Văn An</hoten>").contains("<KetQuaXetNghiem><sovaovien>2026110100001"
                        + "</sovaovien></KetQuaXetNghiem>");
    }

    @Test
    void exportRefusesASecondaryDiagnosisHoldingTheSeparator() {
        MedicalRecord bad = SAMPLE.toBuilder().encounter(SAMPLE.encounter().toBuilder()
                .addDiagnosis(Diagnosis.builder().code("E11").role(DiagnosisRole.SECONDARY)
                        .description("Đái tháo đường; týp 2").build()).build()).build();
        assertThatThrownBy(() -> Cv365Mapping.fromRecord(bad)).isInstanceOfSatisfying(EmrException.class, e -> {
            assertThat(e.code().code()).isEqualTo("EMR-CORE-0620");
            assertThat(e.path()).isEqualTo("encounter.diagnoses[2].description");
            assertThat(e.getMessage()).doesNotContain("týp");
        });
    }

    @Test
    void exportRefusesAValueOverItsFieldSizeAtThe365Path() {
        MedicalRecord longIcd = SAMPLE.toBuilder().encounter(SAMPLE.encounter().toBuilder()
                .diagnoses(java.util.List.of(Diagnosis.builder().code("J06.9000").role(DiagnosisRole.MAIN).build()))
                .build()).build();
        assertThatThrownBy(() -> Cv365Mapping.fromRecord(longIcd)).isInstanceOfSatisfying(EmrException.class,
                e -> {
                    assertThat(e.code().code()).isEqualTo("EMR-CORE-0605");
                    assertThat(e.path()).isEqualTo("ThongTinDieuTri.maicd");
                });
    }

    private static HoSoBenhAn edit(String group, java.util.function.UnaryOperator<Cv365Section> change) {
        HoSoBenhAn doc = Cv365Mapping.fromRecord(SAMPLE);
        Cv365Section.Builder root = Cv365Section.builder();
        for (String g : HoSoBenhAn.groupNames()) {
            root.section(g, g.equals(group) ? change.apply(doc.group(g)) : doc.group(g));
        }
        return HoSoBenhAn.of(root.build());
    }

    private static Cv365Section with(Cv365Section s, String field, String value) {
        Cv365Section.Builder b = Cv365Section.builder();
        for (String n : s.names()) {
            Object raw = s.raw(n);
            if (n.equals(field)) {
                b.text(n, value);
            } else if (raw instanceof String t) {
                b.text(n, t);
            } else if (raw instanceof Cv365Section sub) {
                b.section(n, sub);
            } else {
                b.list(n, s.list(n));
            }
        }
        return b.build();
    }

    @Test
    void importReportsEveryMissingFieldTheRecordNeeds() {
        HoSoBenhAn doc = edit("ThongTinBenhNhan", s -> with(with(s, "hoten", ""), "gioitinh", "9"));
        assertThatThrownBy(() -> Cv365Mapping.toRecord(doc, CONTEXT)).isInstanceOfSatisfying(EmrException.class,
                e -> assertThat(e.issues()).extracting(i -> i.code().code() + " " + i.path()).containsExactly(
                        "EMR-CORE-0621 ThongTinBenhNhan.hoten", "EMR-CORE-0622 ThongTinBenhNhan.gioitinh"));
    }

    @Test
    void importRefusesAnAmountThatIsNotQuantityTimesPrice() {
        HoSoBenhAn doc = edit("PhieuChiDinh", g -> {
            Cv365Section sheet = g.list("danhsach").get(0);
            Cv365Section item = with(sheet.list("danhsach").get(0), "thanhtien", "38701");
            Cv365Section newSheet = Cv365Section.builder().text("sophieu", "D1").list("danhsach",
                    java.util.List.of(item)).text("tongcong", "38700").build();
            return Cv365Section.builder().text("sovaovien", g.text("sovaovien"))
                    .list("danhsach", java.util.List.of(newSheet)).build();
        });
        assertThatThrownBy(() -> Cv365Mapping.toRecord(doc, CONTEXT)).isInstanceOfSatisfying(EmrException.class,
                e -> {
                    assertThat(e.code().code()).isEqualTo("EMR-CORE-0623");
                    assertThat(e.path()).isEqualTo("PhieuChiDinh.danhsach[0].danhsach[0].thanhtien");
                });
    }

    @Test
    void importOfTheSkeletonNeedsWhatItLeavesEmpty() throws Exception {
        HoSoBenhAn skeleton = Cv365Codec.readJson(Cv365RoundTripTest.skeleton());
        assertThatThrownBy(() -> Cv365Mapping.toRecord(skeleton, CONTEXT)).isInstanceOfSatisfying(
                EmrException.class, e -> assertThat(e.issues()).extracting(i -> i.path()).contains(
                        "ThongTinBenhNhan.soba", "ThongTinBenhNhan.loaiba", "ThongTinBenhNhan.gioitinh",
                        "YLenhThuocVatTu.danhsach[0].danhsach[0].machidinh"));
    }

    @Test
    void documentToStringShowsNoValue() {
        HoSoBenhAn doc = Cv365Mapping.fromRecord(SAMPLE);
        assertThat(doc.toString()).doesNotContain("Nguyễn").doesNotContain("001090123456").contains("ThongTinBenhNhan");
        assertThat(doc.group("ThongTinBenhNhan").toString()).doesNotContain("Nguyễn").contains("hoten");
    }
}
