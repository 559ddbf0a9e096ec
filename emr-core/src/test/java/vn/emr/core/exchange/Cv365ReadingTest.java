package vn.emr.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;

/** Hostile and malformed 365/TTYQG documents: each refused whole, with a stable code and path, never echoing input. */
class Cv365ReadingTest {

    private static final String SECRET = "NGUYỄN BÍ MẬT 079085000999";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String benhNhan) {
        return "{\"HoSoBenhAn\":{\"ThongTinBenhNhan\":{" + benhNhan + "}}}";
    }

    private static String xml(String benhNhan) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><HoSoBenhAn><ThongTinBenhNhan>" + benhNhan
                + "</ThongTinBenhNhan></HoSoBenhAn>";
    }

    private static EmrException refused(ThrowingCallable call, String code, String path) {
        EmrException[] caught = new EmrException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(EmrException.class, e -> {
            caught[0] = e;
            assertThat(e.code().code()).isEqualTo(code);
            assertThat(e.path()).isEqualTo(path);
            for (Locale l : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
                assertThat(e.message(l)).doesNotContain("BÍ MẬT").doesNotContain("079085000999");
            }
            assertThat(e.getMessage()).doesNotContain("BÍ MẬT").doesNotContain("079085000999");
        });
        return caught[0];
    }

    @Test
    void minimalDocumentsReadAsTheCompleteCatalogueWithEmptyValues() {
        HoSoBenhAn fromJson = Cv365Codec.readJson(utf8(json("\"hoten\":\"An\"")));
        HoSoBenhAn fromXml = Cv365Codec.readXml(utf8(xml("<hoten>An</hoten>")));
        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromJson.root().names()).containsExactlyElementsOf(HoSoBenhAn.groupNames()).hasSize(11);
        assertThat(fromJson.group("ThongTinBenhNhan").text("hoten")).isEqualTo("An");
        assertThat(fromJson.group("ThongTinBenhNhan").has("cccd_so")).isTrue();
        assertThat(fromJson.group("ThongTinDieuTri").section("tinhtrangravien")).isPresent();
    }

    @Test
    void refusesDoctypeAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE HoSoBenhAn [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<HoSoBenhAn><ThongTinBenhNhan><hoten>&x;</hoten></ThongTinBenhNhan></HoSoBenhAn>";
        refused(() -> Cv365Codec.readXml(utf8(xxe)), "EMR-CORE-0614", "");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<HoSoBenhAn><ThongTinBenhNhan><hoten>&b;</hoten></ThongTinBenhNhan></HoSoBenhAn>";
        refused(() -> Cv365Codec.readXml(utf8(laughs)), "EMR-CORE-0614", "");
        // an undeclared entity reference is a well-formedness error, never resolved
        assertThatThrownBy(() -> Cv365Codec.readXml(utf8(xml("<hoten>&x;</hoten>"))))
                .isInstanceOf(EmrException.class);
    }

    @Test
    void refusesUnknownFieldsInBothForms() {
        refused(() -> Cv365Codec.readJson(utf8(json("\"hoten_bi_mat\":\"" + SECRET + "\""))), "EMR-CORE-0602",
                "ThongTinBenhNhan.hoten_bi_mat");
        refused(() -> Cv365Codec.readXml(utf8(xml("<hoten_bi_mat>" + SECRET + "</hoten_bi_mat>"))),
                "EMR-CORE-0602", "ThongTinBenhNhan.hoten_bi_mat");
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"NhomLa\":{}}}")), "EMR-CORE-0602", "NhomLa");
        refused(() -> Cv365Codec.readXml(utf8(xml("<hoten a=\"1\">x</hoten>"))), "EMR-CORE-0602",
                "ThongTinBenhNhan.hoten@a");
    }

    @Test
    void refusesAFieldGivenTwice() {
        refused(() -> Cv365Codec.readJson(utf8(json("\"hoten\":\"A\",\"hoten\":\"" + SECRET + "\""))),
                "EMR-CORE-0603", "ThongTinBenhNhan.hoten");
        refused(() -> Cv365Codec.readXml(utf8(xml("<hoten>A</hoten><hoten>" + SECRET + "</hoten>"))),
                "EMR-CORE-0603", "ThongTinBenhNhan.hoten");
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"ThongTinBenhNhan\":{},\"ThongTinBenhNhan\":{}}}")),
                "EMR-CORE-0603", "ThongTinBenhNhan");
    }

    @Test
    void refusesValuesOfTheWrongShape() {
        refused(() -> Cv365Codec.readJson(utf8(json("\"tuoi\":41"))), "EMR-CORE-0604", "ThongTinBenhNhan.tuoi");
        refused(() -> Cv365Codec.readJson(utf8(json("\"hoten\":null"))), "EMR-CORE-0604", "ThongTinBenhNhan.hoten");
        refused(() -> Cv365Codec.readJson(utf8(json("\"tiensubenhtatcuabanthan\":{}"))), "EMR-CORE-0604",
                "ThongTinBenhNhan.tiensubenhtatcuabanthan");
        refused(() -> Cv365Codec.readXml(utf8(xml("<hoten><b>x</b></hoten>"))), "EMR-CORE-0604",
                "ThongTinBenhNhan.hoten");
        refused(() -> Cv365Codec.readXml(utf8(xml("loose text"))), "EMR-CORE-0604", "ThongTinBenhNhan");
    }

    @Test
    void enforcesTheSizesTheResearchFound() {
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"ThongTinDieuTri\":{\"maicd\":\"K35.8001\"}}}")),
                "EMR-CORE-0605", "ThongTinDieuTri.maicd");
        assertThat(Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"ThongTinDieuTri\":{\"maicd\":\"K35.80\"}}}"))
                .group("ThongTinDieuTri").text("maicd")).isEqualTo("K35.80");
        refused(() -> Cv365Codec.readJson(utf8(json("\"cccd_so\":\"0790850001234567\""))), "EMR-CORE-0605",
                "ThongTinBenhNhan.cccd_so");
        refused(() -> Cv365Codec.readJson(utf8(json("\"cccd_so\":\"07908500012A\""))), "EMR-CORE-0608",
                "ThongTinBenhNhan.cccd_so");
        String organ = "{\"HoSoBenhAn\":{\"ThongTinVaoVien\":{\"khambenh_caccoquan\":{\"tuanhoan\":{\"dauchung_ma\":"
                + "{\"SNOMED\":\"12345678901234567890123456\"}}}}}}";
        refused(() -> Cv365Codec.readJson(utf8(organ)), "EMR-CORE-0605",
                "ThongTinVaoVien.khambenh_caccoquan.tuanhoan.dauchung_ma.SNOMED");
        String longCode = "x".repeat(256);
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"YLenhThuocVatTu\":{\"danhsach\":[{\"danhsach\":"
                + "[{\"mathuocvattu_byt\":\"" + longCode + "\"}]}]}}}")), "EMR-CORE-0605",
                "YLenhThuocVatTu.danhsach[0].danhsach[0].mathuocvattu_byt");
    }

    @Test
    void refusesDatesAndTimesOutsideTheLettersFormats() {
        refused(() -> Cv365Codec.readJson(utf8(json("\"ngaysinh\":\"1985-03-15\""))), "EMR-CORE-0606",
                "ThongTinBenhNhan.ngaysinh");
        refused(() -> Cv365Codec.readJson(utf8(json("\"ngaysinh\":\"31/02/1985\""))), "EMR-CORE-0606",
                "ThongTinBenhNhan.ngaysinh");
        refused(() -> Cv365Codec.readJson(utf8(json("\"thoigianvaovien\":\"02/06/2026 08:00:00\""))),
                "EMR-CORE-0607", "ThongTinBenhNhan.thoigianvaovien");
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"PhieuChiDinh\":{\"danhsach\":[{\"danhsach\":"
                + "[{\"soluong\":\"1e3\"}]}]}}}")), "EMR-CORE-0609", "PhieuChiDinh.danhsach[0].danhsach[0].soluong");
    }

    @Test
    void reportsEveryValueFaultAtOnce() {
        EmrException e = refused(() -> Cv365Codec.readJson(utf8(json("\"ngaysinh\":\"x\",\"cccd_so\":\"y\""))),
                "EMR-CORE-0608", "ThongTinBenhNhan.cccd_so");
        // in the catalogue's order: cccd_so comes before ngaysinh
        assertThat(e.issues()).extracting(i -> i.code().code()).containsExactly("EMR-CORE-0608", "EMR-CORE-0606");
    }

    @Test
    void refusesItemsInListsWhoseFieldsAreNotKnown() {
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"KetQuaXetNghiem\":{\"danhsach\":[{}]}}}")),
                "EMR-CORE-0611", "KetQuaXetNghiem.danhsach");
        refused(() -> Cv365Codec.readXml(utf8("<HoSoBenhAn><KetQuaXetNghiem><danhsach><machiso>1</machiso>"
                + "</danhsach></KetQuaXetNghiem></HoSoBenhAn>")), "EMR-CORE-0611", "KetQuaXetNghiem.danhsach");
        // an empty element is no item
        assertThat(Cv365Codec.readXml(utf8("<HoSoBenhAn><KetQuaXetNghiem><danhsach/></KetQuaXetNghiem></HoSoBenhAn>"))
                .group("KetQuaXetNghiem").list("danhsach")).isEmpty();
    }

    @Test
    void refusesGroupsThatDoNotShareTheAdmissionNumber() {
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{\"ThongTinBenhNhan\":{\"sovaovien\":\"A\"},"
                + "\"PhieuChiDinh\":{\"sovaovien\":\"B\"}}}")), "EMR-CORE-0612", "PhieuChiDinh.sovaovien");
    }

    @Test
    void refusesAWrongRootTrailingContentAndMalformedSyntax() {
        refused(() -> Cv365Codec.readXml(utf8("<HoSoBenhAnX/>")), "EMR-CORE-0613", "");
        refused(() -> Cv365Codec.readJson(utf8("{\"hoSoBenhAn\":{}}")), "EMR-CORE-0613", "");
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{},\"x\":1}")), "EMR-CORE-0613", "");
        refused(() -> Cv365Codec.readJson(utf8("{\"HoSoBenhAn\":{}} {}")), "EMR-CORE-0601", "");
        refused(() -> Cv365Codec.readXml(utf8("<HoSoBenhAn></HoSoBenhAn><HoSoBenhAn/>")), "EMR-CORE-0601", "");
        refused(() -> Cv365Codec.readJson(utf8(json("\"hoten\":\"" + SECRET))), "EMR-CORE-0601", "");
        refused(() -> Cv365Codec.readXml(utf8(xml("<hoten>" + SECRET + "</hotenx>"))), "EMR-CORE-0601", "");
        refused(() -> Cv365Codec.readXml(new byte[0]), "EMR-CORE-0001", "");
    }

    @Test
    void refusesNamespaces() {
        refused(() -> Cv365Codec.readXml(utf8("<HoSoBenhAn xmlns=\"urn:x\"/>")), "EMR-CORE-0615", "");
        refused(() -> Cv365Codec.readXml(utf8(xml("<p:hoten xmlns:p=\"urn:x\">A</p:hoten>"))), "EMR-CORE-0615",
                "ThongTinBenhNhan.hoten");
    }

    @Test
    void refusesAnythingButUtf8() {
        refused(() -> Cv365Codec.readJson(json("\"hoten\":\"Đ\"").getBytes(StandardCharsets.UTF_16)),
                "EMR-CORE-0616", "");
        byte[] bom = utf8("\uFEFF" + json("\"hoten\":\"A\""));
        refused(() -> Cv365Codec.readJson(bom), "EMR-CORE-0616", "");
        refused(() -> Cv365Codec.readJson(new byte[] {'{', '"', (byte) 0xC0, (byte) 0x80, '"', '}'}),
                "EMR-CORE-0616", "");
        refused(() -> Cv365Codec.readXml(utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><HoSoBenhAn/>")),
                "EMR-CORE-0616", "");
        // XML may carry a UTF-8 byte-order mark
        assertThat(Cv365Codec.readXml(utf8("\uFEFF" + xml("<hoten>A</hoten>"))).group("ThongTinBenhNhan")
                .text("hoten")).isEqualTo("A");
    }

    @Test
    void refusesCharactersXmlCannotCarryEvenInJson() {
        refused(() -> Cv365Codec.readJson(utf8(json("\"hoten\":\"A\\u0001B\""))), "EMR-CORE-0610",
                "ThongTinBenhNhan.hoten");
        refused(() -> Cv365Codec.readJson(utf8(json("\"hoten\":\"A\\ud800B\""))), "EMR-CORE-0610",
                "ThongTinBenhNhan.hoten");
    }

    @Test
    void refusesHugeAndDeepInput() {
        byte[] huge = new byte[(int) Cv365Codec.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        refused(() -> Cv365Codec.readJson(huge), "EMR-CORE-0617", "");
        refused(() -> Cv365Codec.readXml(huge), "EMR-CORE-0617", "");
        String deep = "[".repeat(5000);
        assertThatThrownBy(() -> Cv365Codec.readJson(utf8(json("\"hoten\":" + deep))))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code())
                        .isIn("EMR-CORE-0604", "EMR-CORE-0617"));
        String deepXml = "<a>".repeat(5000);
        assertThatThrownBy(() -> Cv365Codec.readXml(utf8(xml("<hoten>" + deepXml))))
                .isInstanceOf(EmrException.class);
    }

    @Test
    void keepsCarriageReturnsMarkupAndSurrogatePairsExactly() {
        String tricky = "a\r\nb\rc\td <&> ]]> \"'😀";
        HoSoBenhAn doc = HoSoBenhAn.of(Cv365Section.builder().section("ThongTinBenhNhan",
                Cv365Section.builder().text("diachi", tricky).build()).build());
        assertThat(Cv365Codec.readXml(Cv365Codec.writeXml(doc)).group("ThongTinBenhNhan").text("diachi"))
                .isEqualTo(tricky);
        assertThat(Cv365Codec.readJson(Cv365Codec.writeJson(doc)).group("ThongTinBenhNhan").text("diachi"))
                .isEqualTo(tricky);
    }

    @Test
    void envelopeMustHoldOneContentThenTheSignatures() {
        HoSoBenhAn doc = new Generated(7).document();
        String signable = new String(Cv365Codec.writeSignableXml(doc), StandardCharsets.UTF_8);
        assertThat(signable).contains("<HoSoBenhAnKySo><HoSoBenhAn Id=\"HoSoBenhAn\">").endsWith("<ChuKy></ChuKy></HoSoBenhAnKySo>\n");
        refused(() -> Cv365Codec.readXml(utf8(signable.replace("<ChuKy></ChuKy>", ""))), "EMR-CORE-0613", "");
        String twice = signable.replace("<ChuKy></ChuKy>", "<ChuKy></ChuKy><HoSoBenhAn Id=\"HoSoBenhAn\"/>");
        refused(() -> Cv365Codec.readXml(utf8(twice)), "EMR-CORE-0613", "");
        refused(() -> Cv365Codec.readXml(utf8(signable.replace("Id=\"HoSoBenhAn\"", "Id=\"other\""))),
                "EMR-CORE-0602", "HoSoBenhAnKySo.HoSoBenhAn@");
    }

    @Test
    void handWrittenDateCheckAgreesWithTheJdkStrictFormatter() {
        java.util.Random rnd = new java.util.Random(11);
        String chars = "0123456789/ :.x";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextBoolean()) {
                java.time.LocalDateTime t = java.time.LocalDateTime.of(rnd.nextInt(10_000), 1 + rnd.nextInt(12),
                        1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60),
                        rnd.nextInt(1_000_000_000));
                assertThat(Check.formatDateTime(t)).isEqualTo(Check.DATE_TIME.format(t));
                assertThat(Check.formatDate(t.toLocalDate())).isEqualTo(Check.DATE.format(t.toLocalDate()));
                sb.append(Check.DATE_TIME.format(t));
                // mutate one character now and then: 31/02, 24:00, 29/02 of a common year, letters
                if (rnd.nextBoolean()) {
                    sb.setCharAt(rnd.nextInt(sb.length()), chars.charAt(rnd.nextInt(chars.length())));
                }
            } else {
                for (int k = 0, len = 8 + rnd.nextInt(16); k < len; k++) {
                    sb.append(chars.charAt(rnd.nextInt(chars.length())));
                }
            }
            String s = sb.toString();
            String date = s.length() >= 10 ? s.substring(0, 10) : s;
            assertThat(Check.parseDate(date)).as(date).isEqualTo(jdk(date, Check.DATE, true));
            assertThat(Check.parseDateTime(s)).as(s).isEqualTo(jdk(s, Check.DATE_TIME, false));
        }
    }

    private static Object jdk(String s, java.time.format.DateTimeFormatter f, boolean date) {
        try {
            return date ? java.time.LocalDate.parse(s, f) : java.time.LocalDateTime.parse(s, f);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
