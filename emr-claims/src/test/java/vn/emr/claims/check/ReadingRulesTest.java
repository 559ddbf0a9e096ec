package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.XmlSigner;

/**
 * What the reader reports: each structural fault of an envelope, a table document or a field as one located issue of
 * its rule (the rest of the file still checked), the facility signature's 123 and 125, check-in and single-table
 * documents, and the same reports from many threads as from one.
 */
class ReadingRulesTest {

    private static final ClaimsProfile P = ClaimsProfile.QD3176_2026;
    private static final ClaimsChecker CHECKER = ClaimsChecker.builder().build();
    private static DemoCredentials demo;
    private static String key;

    @BeforeAll
    static void keys() {
        demo = DemoCredentials.generate();
        key = Files130.outpatient().row(ClaimsTable.XML1, 1).get("MA_LK");
    }

    private static String good() {
        return new String(Files130.envelope(P, Files130.outpatient()), StandardCharsets.UTF_8);
    }

    private static List<org.assertj.core.groups.Tuple> found(String xml) {
        return CHECKER.check(xml.getBytes(StandardCharsets.UTF_8), "f.xml").issues().stream()
                .map(i -> tuple(i.rule(), i.path())).toList();
    }

    private static String replaceFile(String xml, ClaimsTable t, String newFile) {
        int at = xml.indexOf("<FILEHOSO><LOAIHOSO>" + t.loaiHoSo() + "</LOAIHOSO>");
        int end = xml.indexOf("</FILEHOSO>", at) + "</FILEHOSO>".length();
        return xml.substring(0, at) + newFile + xml.substring(end);
    }

    private static String withTable(String xml, ClaimsTable t, String doc) {
        return replaceFile(xml, t, Files130.file(t.loaiHoSo(), doc.getBytes(StandardCharsets.UTF_8)));
    }

    private static String doc(ClaimsTable t) {
        return new String(Files130.table(P, t, Files130.outpatient().tables.get(t)), StandardCharsets.UTF_8);
    }

    @Test
    void envelopeCountAndFacility() {
        assertThat(found(good().replace("<SOLUONGHOSO>1<", "<SOLUONGHOSO>2<")))
                .containsExactly(tuple("ENVELOPE.SOLUONGHOSO.COUNT", "GIAMDINHHS.THONGTINHOSO.SOLUONGHOSO"));
        assertThat(found(good().replace("<MACSKCB>79001<", "<MACSKCB>79002<")))
                .containsExactly(tuple("ENVELOPE.MACSKCB.XML1", "XML1[MA_LK=" + key + "].MA_CSKCB"));
        assertThat(found(good().replace("<NGAYLAP>20261101<", "<NGAYLAP>20261301<")))
                .containsExactly(tuple("ENVELOPE.NGAYLAP.DATE", "GIAMDINHHS.THONGTINHOSO.NGAYLAP"));
    }

    @Test
    void envelopeStructureEndsTheReadingWithOneIssue() {
        assertThat(found(good().replace("<THONGTINDONVI>", "<THONGTIN_DONVI>").replace("</THONGTINDONVI>",
                "</THONGTIN_DONVI>"))).containsExactly(tuple("ENVELOPE.STRUCTURE", "GIAMDINHHS"));
        assertThat(found(good().replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE GIAMDINHHS [<!ENTITY x \"y\">]>")))
                .containsExactly(tuple("ENVELOPE.MALFORMED", ""));
        assertThat(found("<HOSO/>")).containsExactly(tuple("ENVELOPE.ROOT", ""));
        // text where the envelope has only elements
        assertThat(found(good().replace("<THONGTINDONVI>", "stray<THONGTINDONVI>")))
                .containsExactly(tuple("ENVELOPE.STRUCTURE", "GIAMDINHHS"));
        assertThat(found(good().replace("<HOSO>", "<HOSO>x")))
                .containsExactly(tuple("ENVELOPE.STRUCTURE", "GIAMDINHHS"));
        assertThat(found("")).containsExactly(tuple("ENVELOPE.MALFORMED", ""));
    }

    @Test
    void aFileOrATableThatIsNotUtf8IsRefusedForItsEncoding(@TempDir Path dir) throws Exception {
        String xml = good();
        String latin = xml.replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"");
        for (byte[] bytes : List.of(xml.getBytes(StandardCharsets.UTF_16), xml.getBytes(StandardCharsets.UTF_16LE),
                latin.getBytes(StandardCharsets.ISO_8859_1))) {
            // in memory and from a file (two readings of the start), the one issue is the encoding
            assertThat(CHECKER.check(bytes, "f.xml").issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                    .containsExactly(tuple("FILE.ENCODING", ""));
            Path f = Files.write(dir.resolve("f.xml"), bytes);
            assertThat(CHECKER.check(f).issues()).extracting(ClaimsIssue::rule).containsExactly("FILE.ENCODING");
        }
        // the same file in UTF-8 with the declaration in other letters, or with a UTF-8 byte order mark, is fine
        assertThat(found(xml.replace("encoding=\"utf-8\"", "encoding='UTF-8'"))).isEmpty();
        assertThat(found("\uFEFF" + xml)).isEmpty();
        // a table inside the envelope in another encoding: that table, located; the rest still checked
        String drugs = doc(ClaimsTable.XML2).replace("encoding=\"utf-8\"", "encoding=\"windows-1258\"");
        assertThat(drugs).contains("windows-1258");
        assertThat(found(withTable(xml, ClaimsTable.XML2, drugs)))
                .contains(tuple("TABLE.ENCODING", "XML2[MA_LK=" + key + "]"));
        assertThat(CHECKER.check(replaceFile(xml, ClaimsTable.XML3, Files130.file("XML3",
                doc(ClaimsTable.XML3).getBytes(StandardCharsets.UTF_16))).getBytes(StandardCharsets.UTF_8), "f.xml")
                .issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                .contains(tuple("TABLE.ENCODING", "XML3[MA_LK=" + key + "]"));
    }

    @Test
    void fileFaultsAreLocatedAndTheRestIsChecked() {
        String xml = good();
        assertThat(found(replaceFile(xml, ClaimsTable.XML4, "<FILEHOSO><LOAIHOSO>XML99</LOAIHOSO><NOIDUNGFILE>"
                + "AAAA</NOIDUNGFILE></FILEHOSO>")))
                .containsExactly(tuple("HOSO.LOAIHOSO.UNKNOWN", "HOSO[1].FILEHOSO[4].LOAIHOSO"));
        assertThat(found(replaceFile(xml, ClaimsTable.XML4, "<FILEHOSO><LOAIHOSO>XML4</LOAIHOSO><NOIDUNGFILE>"
                + "%%%not base64%%%</NOIDUNGFILE></FILEHOSO>")))
                .containsExactly(tuple("HOSO.NOIDUNGFILE.BASE64", "HOSO[1].FILEHOSO[4].NOIDUNGFILE"));
        String drugs = xml.substring(xml.indexOf("<FILEHOSO><LOAIHOSO>XML2<"),
                xml.indexOf("</FILEHOSO>", xml.indexOf("<FILEHOSO><LOAIHOSO>XML2<")) + 11);
        assertThat(found(xml.replace("</HOSO>", drugs + "</HOSO>")))
                .containsExactly(tuple("HOSO.LOAIHOSO.REPEATED", "HOSO[1].FILEHOSO[6].LOAIHOSO"));
        assertThat(found(replaceFile(xml, ClaimsTable.XML4, Files130.file("XML12", new byte[] {'x'}))))
                .containsExactly(tuple("HOSO.LOAIHOSO.NOT_SENT", "HOSO[1].FILEHOSO[4].LOAIHOSO"));
        // XML3 given the drugs' document: not the table its LOAIHOSO names
        assertThat(found(withTable(xml, ClaimsTable.XML3, doc(ClaimsTable.XML2))))
                .containsExactly(tuple("TABLE.ROOT", "XML3[MA_LK=" + key + "]"));
        assertThat(found(withTable(xml, ClaimsTable.XML4, "<CHITIEU_CHITIET_DICHVUCANLAMSANG><")))
                .containsExactly(tuple("TABLE.MALFORMED", "XML4[MA_LK=" + key + "]"));
        assertThat(found(withTable(xml, ClaimsTable.XML4, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CHITIEU_CHITIET_DICHVUCANLAMSANG>&e;</CHITIEU_CHITIET_DICHVUCANLAMSANG>")))
                .containsExactly(tuple("TABLE.MALFORMED", "XML4[MA_LK=" + key + "]"));
        assertThat(found(xml.replace(xml.substring(xml.indexOf("<FILEHOSO><LOAIHOSO>XML1<"),
                xml.indexOf("</FILEHOSO>", xml.indexOf("<FILEHOSO><LOAIHOSO>XML1<")) + 11), "")))
                .contains(tuple("HOSO.XML1.MISSING", "HOSO[1]"));
    }

    @Test
    void fieldFaultsInsideATable() {
        String xml = good();
        String d = doc(ClaimsTable.XML4);
        // an unknown field, a repeated one and one out of order, each at its row
        String unknown = d.replaceFirst("<MA_DICH_VU>", "<MA_KHONG_CO>x</MA_KHONG_CO><MA_DICH_VU>");
        assertThat(found(withTable(xml, ClaimsTable.XML4, unknown)))
                .containsExactly(tuple("FIELD.UNKNOWN", "XML4[MA_LK=" + key + "][1].MA_KHONG_CO"));
        String repeated = d.replaceFirst("</STT>", "</STT><STT>1</STT>");
        assertThat(found(withTable(xml, ClaimsTable.XML4, repeated)))
                .containsExactly(tuple("FIELD.REPEATED", "XML4[MA_LK=" + key + "][1].STT"));
        int a = d.indexOf("<STT>");
        int e = d.indexOf("</STT>") + 6;
        String moved = d.substring(0, a) + d.substring(e).replaceFirst("</MA_DICH_VU>",
                "</MA_DICH_VU>" + d.substring(a, e));
        assertThat(found(withTable(xml, ClaimsTable.XML4, moved)))
                .containsExactly(tuple("FIELD.ORDER", "XML4[MA_LK=" + key + "][1].STT"));
        String hostileName = d.replaceFirst("<MA_DICH_VU>", "<ten_benh_nhan>x</ten_benh_nhan><MA_DICH_VU>");
        assertThat(found(withTable(xml, ClaimsTable.XML4, hostileName)))
                .containsExactly(tuple("FIELD.UNKNOWN", "XML4[MA_LK=" + key + "][1].?"));
    }

    @Test
    void valueFaultsNameTheFieldNotTheValue() {
        Files130.Ep ep = Files130.outpatient()
                .set(ClaimsTable.XML2, 1, "THANH_TIEN_BV", "12,5")
                .set(ClaimsTable.XML1, 1, "NGAY_VAO", "202613010730")
                .set(ClaimsTable.XML3, 1, "MA_DICH_VU", "x".repeat(51));
        ClaimsReport r = CHECKER.check(Files130.envelope(P, ep), "f.xml");
        assertThat(r.issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path).contains(
                tuple("FIELD.NUMBER", "XML2[MA_LK=" + key + "][1].THANH_TIEN_BV"),
                tuple("FIELD.DATE_TIME", "XML1[MA_LK=" + key + "].NGAY_VAO"),
                tuple("FIELD.SIZE", "XML3[MA_LK=" + key + "][1].MA_DICH_VU"));
        for (ClaimsIssue i : r.issues()) {
            assertThat(i.message() + i.messageEn()).doesNotContain("12,5", "202613010730", "xxxx");
        }
    }

    @Test
    void theFacilitySignatureGetsThePortalsMeaning() throws Exception {
        ClaimsChecker withTrust = ClaimsChecker.builder().trust(demo.trustPolicy()).build();
        byte[] unsigned = Files130.envelope(P, Files130.outpatient());
        byte[] signed = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(unsigned, demo.signingKey());
        assertThat(withTrust.check(signed, "s.xml").issues()).isEmpty();
        assertThat(withTrust.check(unsigned, "u.xml").issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                .containsExactly(tuple("SIGNATURE.MISSING", "GIAMDINHHS.CHUKYDONVI"));
        assertThat(withTrust.check(unsigned, "u.xml").issues().get(0).messageEn()).contains("123");
        String text = new String(signed, StandardCharsets.UTF_8);
        String tampered = text.replace("<SOLUONGHOSO>1</SOLUONGHOSO>", "<SOLUONGHOSO>1</SOLUONGHOSO> ");
        ClaimsReport bad = withTrust.check(tampered.getBytes(StandardCharsets.UTF_8), "t.xml");
        assertThat(bad.issues()).extracting(ClaimsIssue::rule).containsExactly("SIGNATURE.INVALID");
        assertThat(bad.issues().get(0).messageEn()).contains("125");
        // without trust anchors the signature is not judged
        assertThat(CHECKER.check(unsigned, "u.xml").issues()).isEmpty();
    }

    @Test
    void checkInAndSingleTableDocuments(@TempDir Path dir) throws Exception {
        Files130.Ep ep = Files130.outpatient();
        Path single = dir.resolve("xml2.xml");
        Files.write(single, Files130.table(P, ClaimsTable.XML2, ep.tables.get(ClaimsTable.XML2)));
        ClaimsReport r = CHECKER.check(single);
        assertThat(r.issues()).isEmpty();
        assertThat(r.episodes()).isEqualTo(1);
        Map<String, String> row = new java.util.LinkedHashMap<>(ep.row(ClaimsTable.XML2, 1));
        row.remove("MA_THUOC");
        Files.write(single, Files130.table(P, ClaimsTable.XML2, List.of(row)));
        assertThat(CHECKER.check(single).issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                .containsExactly(tuple("FIELD.MANDATORY", "XML2[MA_LK=" + key + "][1].MA_THUOC"));
        assertThat(CHECKER.check(dir.resolve("missing.xml")).issues()).extracting(ClaimsIssue::rule)
                .containsExactly("FILE.READ");
        assertThat(CHECKER.check(dir).issues()).extracting(ClaimsIssue::rule).containsExactly("FILE.READ");
    }

    @Test
    void manyThreadsGiveTheSameReportsAsOne() throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Files130.Ep ep = Files130.outpatient();
            if (i % 3 == 1) {
                ep.set(ClaimsTable.XML2, 1 + i % 3, "MA_THUOC", null);
            }
            if (i % 5 == 2) {
                ep.set(ClaimsTable.XML1, 1, "NGAY_VAO", "2026");
            }
            files.add(Files130.envelope(P, ep, Files130.outpatient()));
        }
        List<ClaimsReport> sequential = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            sequential.add(CHECKER.check(files.get(i), "f" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<ClaimsReport>> futures = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    int n = i;
                    futures.add(pool.submit(() -> CHECKER.check(files.get(n), "f" + n)));
                }
                for (int i = 0; i < files.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.stream().filter(ClaimsReport::hasErrors).count()).isGreaterThan(10);
    }

    @Test
    void reportsSerialize() throws Exception {
        ClaimsReport r = CHECKER.check(Files130.envelope(P, Files130.outpatient().set(ClaimsTable.XML2, 1,
                "MA_THUOC", null)), "f.xml");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(r);
        }
    }
}
