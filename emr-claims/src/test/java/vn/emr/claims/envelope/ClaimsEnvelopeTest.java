package vn.emr.claims.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/** The GIAMDINHHS envelope: built, signed over the bytes written, read back equal; malformed files refused. */
class ClaimsEnvelopeTest {

    private static DemoCredentials credentials;

    @BeforeAll
    static void keys() {
        credentials = DemoCredentials.generate();
    }

    static TableRecord summary(String maLk) {
        return TableRecord.builder(ClaimsTable.XML1).set("MA_LK", maLk).set("STT", 1).set("MA_BN", "BN0001")
                .set("HO_TEN", "Nguyễn Văn An").set("MA_CSKCB", "01001").build();
    }

    static TableRecord drug(String maLk, int stt) {
        return TableRecord.builder(ClaimsTable.XML2).set("MA_LK", maLk).set("STT", stt).set("MA_THUOC", "40.17")
                .set("TEN_THUOC", "Paracetamol 500mg").set("SO_LUONG", new java.math.BigDecimal("10"))
                .set("DON_GIA", new java.math.BigDecimal("1500")).set("THANH_TIEN_BV",
                        new java.math.BigDecimal("15000")).build();
    }

    static ClaimEpisode episode(String maLk) {
        Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
        tables.put(ClaimsTable.XML2, List.of(drug(maLk, 1), drug(maLk, 2)));
        tables.put(ClaimsTable.XML1, List.of(summary(maLk)));
        return ClaimEpisode.of(tables);
    }

    @Test
    void aSignedFileVerifiesAndReadsBackEqual() {
        ClaimsEnvelope envelope = ClaimsEnvelope.of("01001", LocalDate.of(2025, 3, 4),
                List.of(episode("LK-1"), episode("LK-2")));
        byte[] signed = envelope.sign(credentials.signingKey());
        VerificationResult v = XmlVerifier.strict(credentials.trustPolicy()).withProfile(SignatureProfile.CHUKYDONVI)
                .verify(signed);
        assertThat(v.errors()).isEmpty();
        assertThat(v.valid()).isTrue();

        ClaimsFile file = ClaimsFile.read(signed);
        assertThat(file.facilityCode()).isEqualTo("01001");
        assertThat(file.createdOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(file.declaredEpisodeCount()).isEqualTo(2);
        assertThat(file.episodes()).isEqualTo(envelope.episodes());
        assertThat(file.episodes().get(1).maLk()).contains("LK-2");
        assertThat(file.raw()).isEqualTo(signed);

        String text = new String(envelope.write(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .contains("<NGAYLAP>20250304</NGAYLAP><SOLUONGHOSO>2</SOLUONGHOSO>")
                .contains("<CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>");
        // FILEHOSO in ascending table order, NOIDUNGFILE on one line, decoding to the table document
        assertThat(text.indexOf("<LOAIHOSO>XML1</LOAIHOSO>")).isLessThan(text.indexOf("<LOAIHOSO>XML2</LOAIHOSO>"));
        String first = text.substring(text.indexOf("<NOIDUNGFILE>") + 13, text.indexOf("</NOIDUNGFILE>"));
        assertThat(first).doesNotContain("\n", " ");
        assertThat(Base64.getDecoder().decode(first))
                .isEqualTo(TableDocument.write(ClaimsTable.XML1, List.of(summary("LK-1"))));

        // a byte changed after signing breaks the signature
        String tampered = new String(signed, StandardCharsets.UTF_8).replace("<NGAYLAP>20250304", "<NGAYLAP>20250305");
        assertThat(XmlVerifier.strict(credentials.trustPolicy()).withProfile(SignatureProfile.CHUKYDONVI)
                .verify(tampered.getBytes(StandardCharsets.UTF_8)).valid()).isFalse();
    }

    @Test
    void randomEpisodesOfEveryTableReadBackEqual() {
        Random random = new Random(1245);
        for (int round = 0; round < 25; round++) {
            List<ClaimEpisode> episodes = new ArrayList<>();
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                String maLk = "LK" + round + "-" + e;
                Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
                for (ClaimsTable t : ClaimsTable.values()) {
                    if (t == ClaimsTable.XML0 || t == ClaimsTable.XML12 || t != ClaimsTable.XML1 && random.nextBoolean()) {
                        continue;
                    }
                    int n = t.repeated() ? 1 + random.nextInt(3) : 1;
                    List<TableRecord> rows = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        rows.add(randomRow(t, maLk, random));
                    }
                    tables.put(t, rows);
                }
                episodes.add(ClaimEpisode.of(tables));
            }
            ClaimsEnvelope envelope = ClaimsEnvelope.of("79A01", LocalDate.of(2026, 7, 1), episodes);
            assertThat(ClaimsFile.read(envelope.write()).episodes()).isEqualTo(episodes);
        }
    }

    private static TableRecord randomRow(ClaimsTable t, String maLk, Random random) {
        TableRecord.Builder b = TableRecord.builder(t);
        for (FieldSpec f : FieldCatalogue.qd4750().table(t).fields()) {
            if (random.nextInt(3) == 0) {
                b.set(f.name(), vn.emr.claims.table.TableDocumentTestAccess.fitting(f, random));
            }
        }
        return b.set("MA_LK", maLk).build();
    }

    private static ClaimEpisode dated(vn.emr.claims.catalogue.ClaimsProfile profile, String maLk, String ngayRa,
            boolean transfer, String mucHuong) {
        Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
        tables.put(ClaimsTable.XML1, List.of(TableRecord.builder(profile, ClaimsTable.XML1).set("MA_LK", maLk)
                .set("NGAY_VAO", ngayRa).set("NGAY_RA", ngayRa).build()));
        tables.put(ClaimsTable.XML2, List.of(TableRecord.builder(profile, ClaimsTable.XML2).set("MA_LK", maLk)
                .set("MUC_HUONG", mucHuong).build()));
        if (transfer) {
            TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML13).set("MA_LK", maLk);
            if (profile == vn.emr.claims.catalogue.ClaimsProfile.QD4750) {
                b.set("MA_NOI_DI", "01001").set("TEN_THUOC", "Paracetamol");
            } else {
                b.set("MA_CSKCB_DI", "01001;01002").set("TINH_TRANG_CT", "Ổn định");
            }
            tables.put(ClaimsTable.XML13, List.of(b.build()));
        }
        return ClaimEpisode.of(tables);
    }

    @Test
    void theProfileIsReadFromTheContentElseFromTheClaimsDate() {
        var qd4750 = vn.emr.claims.catalogue.ClaimsProfile.QD4750;
        var qd3176 = vn.emr.claims.catalogue.ClaimsProfile.QD3176;
        var qd2026 = vn.emr.claims.catalogue.ClaimsProfile.QD3176_2026;
        record Case(vn.emr.claims.catalogue.ClaimsProfile built, String ngayRa, boolean transfer, String mucHuong,
                vn.emr.claims.catalogue.ClaimsProfile read) {
        }
        for (Case c : List.of(
                new Case(qd4750, "202408011000", false, "80", qd4750),
                new Case(qd4750, "202408011000", true, "80", qd4750),
                new Case(qd3176, "202503041000", true, "80", qd3176),
                new Case(qd3176, "202503041000", false, "80", qd3176),
                // a reworked XML13 tells 3176 even when the dates say 4750
                new Case(qd3176, "202411301000", true, "80", qd3176),
                // the old XML13 names tell 4750 even when the dates say 3176
                new Case(qd4750, "202503041000", true, "80", qd4750),
                new Case(qd2026, "202608011000", false, "80", qd2026),
                // a 4-character benefit rate only exists from the 2026 amendment
                new Case(qd2026, "202605011000", true, "47.5", qd2026))) {
            ClaimsEnvelope envelope = ClaimsEnvelope.of("01001", LocalDate.of(2026, 12, 1),
                    List.of(dated(c.built(), "LK-P", c.ngayRa(), c.transfer(), c.mucHuong())));
            ClaimsFile read = ClaimsFile.read(envelope.write());
            assertThat(read.profile()).as(c.toString()).isEqualTo(c.read());
            assertThat(read.episodes()).as(c.toString()).isEqualTo(envelope.episodes());
        }
    }

    @Test
    void anXml13BothProfilesReadFallsBackToTheDate() {
        // another tool's XML13 with only the fields both profiles share: the file's date (2025-03-04) decides
        String xml13 = Base64.getEncoder().encodeToString(("<CHI_TIEU_GIAYCHUYENTUYEN><MA_LK>A</MA_LK><HO_TEN>Lê Văn"
                + " Cường</HO_TEN></CHI_TIEU_GIAYCHUYENTUYEN>").getBytes(StandardCharsets.UTF_8));
        ClaimsFile f = ClaimsFile.read(file("XML13", xml13).getBytes(StandardCharsets.UTF_8));
        assertThat(f.profile()).isEqualTo(vn.emr.claims.catalogue.ClaimsProfile.QD3176);
        assertThat(f.episodes().get(0).table(ClaimsTable.XML13).get(0).get("HO_TEN")).contains("Lê Văn Cường");
        // an XML13 neither profile reads is refused with the field, not guessed
        String bad = Base64.getEncoder().encodeToString(("<CHI_TIEU_GIAYCHUYENTUYEN><MA_NOI_DI>1</MA_NOI_DI>"
                + "<TINH_TRANG_CT>x</TINH_TRANG_CT></CHI_TIEU_GIAYCHUYENTUYEN>").getBytes(StandardCharsets.UTF_8));
        assertRead(file("XML13", bad), ClaimsError.FIELD_UNKNOWN, "HOSO[1]/FILEHOSO[1]");
    }

    @Test
    void buildingRefusesWhatTheSenderMustNotSend() {
        assertCode(() -> ClaimsEnvelope.of("0100", LocalDate.of(2025, 1, 1), List.of(episode("A"))),
                ClaimsError.FACILITY_CODE);
        assertCode(() -> ClaimsEnvelope.of("01001", LocalDate.of(2025, 1, 1), List.of()), ClaimsError.ENVELOPE_EMPTY);
        assertCode(() -> ClaimEpisode.of(Map.of(ClaimsTable.XML2, List.of(drug("A", 1)))),
                ClaimsError.EPISODE_NO_SUMMARY);
        assertCode(() -> ClaimEpisode.of(Map.of(ClaimsTable.XML1, List.of(summary("A")), ClaimsTable.XML2,
                List.of(drug("B", 1)))), ClaimsError.EPISODE_LINK);
        assertCode(() -> ClaimEpisode.of(Map.of(ClaimsTable.XML1, List.of(TableRecord.builder(ClaimsTable.XML1)
                .set("HO_TEN", "Lê Văn Cường").build()))), ClaimsError.EPISODE_LINK);
        TableRecord checkin = TableRecord.builder(ClaimsTable.XML0).set("MA_LK", "A").build();
        assertCode(() -> ClaimEpisode.of(Map.of(ClaimsTable.XML1, List.of(summary("A")), ClaimsTable.XML0,
                List.of(checkin))), ClaimsError.EPISODE_TABLE_NOT_SENT);
        assertCode(() -> ClaimEpisode.of(Map.of(ClaimsTable.XML1, List.of(summary("A")), ClaimsTable.XML2,
                List.of(summary("A")))), ClaimsError.FILE_TABLE_MISMATCH);
    }

    @Test
    void readsWhatRealFilesDo() {
        byte[] inner = TableDocument.write(ClaimsTable.XML1, List.of(summary("LK-9")));
        String b64 = Base64.getMimeEncoder(60, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(inner);
        String body = "<GIAMDINHHS>\n  <THONGTINDONVI><MACSKCB>01001</MACSKCB></THONGTINDONVI>\n  <THONGTINHOSO>"
                + "<NGAYLAP> 20250304 </NGAYLAP><SOLUONGHOSO>1</SOLUONGHOSO><DANHSACHHOSO><HOSO><FILEHOSO>"
                + "<LOAIHOSO>XML1</LOAIHOSO><NOIDUNGFILE><![CDATA[ " + b64 + " ]]></NOIDUNGFILE></FILEHOSO></HOSO>"
                + "</DANHSACHHOSO></THONGTINHOSO>\n  <CHUKYDONVI/>\n</GIAMDINHHS>";
        for (String doc : List.of(body, "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + body)) {
            ClaimsFile f = ClaimsFile.read(doc.getBytes(StandardCharsets.UTF_8));
            assertThat(f.episodes()).hasSize(1);
            assertThat(f.episodes().get(0).maLk()).contains("LK-9");
        }
    }

    @Test
    void refusesMalformedFilesWithALocatedCode() {
        String xml1 = Base64.getEncoder().encodeToString(TableDocument.write(ClaimsTable.XML1, List.of(summary("A"))));
        assertRead(file("XML1", "not base64!"), ClaimsError.FILE_BASE64, "HOSO[1]/FILEHOSO[1]/NOIDUNGFILE");
        assertRead(file("XML16", xml1), ClaimsError.FILE_TYPE_UNKNOWN, "HOSO[1]/FILEHOSO[1]/LOAIHOSO");
        assertRead(file("XML2", xml1), ClaimsError.FILE_TABLE_MISMATCH, "HOSO[1]/FILEHOSO[1]");
        String doctype = Base64.getEncoder().encodeToString(("<!DOCTYPE TONG_HOP [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><TONG_HOP><MA_LK>&e;</MA_LK></TONG_HOP>").getBytes(StandardCharsets.UTF_8));
        assertRead(file("XML1", doctype), ClaimsError.TABLE_MALFORMED, "HOSO[1]/FILEHOSO[1]");
        assertRead(("<!DOCTYPE GIAMDINHHS [<!ENTITY x \"y\">]>" + file("XML1", xml1)), ClaimsError.ENVELOPE_MALFORMED, "");
        assertRead(file("XML1", xml1).replace("GIAMDINHHS", "GIAMDINH"), ClaimsError.ENVELOPE_STRUCTURE, "");
        assertRead(file("XML1", xml1).replace("<NGAYLAP>20250304", "<NGAYLAP>20250230"), ClaimsError.ENVELOPE_DATE,
                "NGAYLAP");
        assertRead(file("XML1", xml1).replace("</FILEHOSO></HOSO>", "</FILEHOSO><FILEHOSO><LOAIHOSO>XML1</LOAIHOSO>"
                + "<NOIDUNGFILE>" + xml1 + "</NOIDUNGFILE></FILEHOSO></HOSO>"), ClaimsError.EPISODE_TABLE_REPEATED,
                "HOSO[1]/FILEHOSO[2]");
        assertRead(file("XML1", xml1).substring(0, 120), ClaimsError.ENVELOPE_MALFORMED, "");
        assertRead(file("XML1", xml1) + "<extra/>", ClaimsError.ENVELOPE_MALFORMED, "");
    }

    @Test
    void aFileOrATableThatIsNotUtf8IsRefusedNotReadInItsOwnEncoding() {
        // UTF-8 bytes declared windows-1258 would read as other letters: refused, located at the table
        String name = "<TONG_HOP><MA_LK>A</MA_LK><HO_TEN>Nguy\u1EC5n</HO_TEN></TONG_HOP>";
        String declared = Base64.getEncoder().encodeToString(("<?xml version=\"1.0\" encoding=\"windows-1258\"?>"
                + name).getBytes(StandardCharsets.UTF_8));
        assertRead(file("XML1", declared), ClaimsError.NOT_UTF8, "HOSO[1]/FILEHOSO[1]");
        String utf16 = Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_16));
        assertRead(file("XML1", utf16), ClaimsError.NOT_UTF8, "HOSO[1]/FILEHOSO[1]");
        // the envelope itself
        String xml1 = Base64.getEncoder().encodeToString(TableDocument.write(ClaimsTable.XML1, List.of(summary("A"))));
        for (byte[] envelope : List.of(file("XML1", xml1).getBytes(StandardCharsets.UTF_16LE),
                ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + file("XML1", xml1))
                        .getBytes(StandardCharsets.ISO_8859_1))) {
            EmrException e = catchThrowableOfType(EmrException.class, () -> ClaimsFile.read(envelope));
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(ClaimsError.NOT_UTF8);
        }
    }

    private static String file(String type, String content) {
        return "<GIAMDINHHS><THONGTINDONVI><MACSKCB>01001</MACSKCB></THONGTINDONVI><THONGTINHOSO><NGAYLAP>20250304"
                + "</NGAYLAP><SOLUONGHOSO>1</SOLUONGHOSO><DANHSACHHOSO><HOSO><FILEHOSO><LOAIHOSO>" + type
                + "</LOAIHOSO><NOIDUNGFILE>" + content + "</NOIDUNGFILE></FILEHOSO></HOSO></DANHSACHHOSO>"
                + "</THONGTINHOSO><CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>";
    }

    private static void assertRead(String xml, ClaimsError code, String path) {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> ClaimsFile.read(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as(code.toString()).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.path()).startsWith(path);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ClaimsError code) {
        EmrException e = catchThrowableOfType(EmrException.class, call);
        assertThat(e).as(code.toString()).isNotNull();
        assertThat(e.code()).isEqualTo(code);
    }
}
