package vn.emr.signature;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Claims-like test documents: GIAMDINHHS envelopes with Vietnamese text, and a medical record for several signers. */
final class Docs {

    private Docs() {
    }

    static String table(int rows) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<CHITIEU_CHITIET_THUOC>"
                + "<DSACH_CHI_TIET_THUOC>");
        for (int i = 0; i < rows; i++) {
            sb.append("<CHI_TIET_THUOC><MA_LK>LK").append(i).append("</MA_LK><STT>").append(i + 1)
                    .append("</STT><TEN_THUOC>Paracetamol 500mg – viên nén</TEN_THUOC></CHI_TIET_THUOC>");
        }
        return sb.append("</DSACH_CHI_TIET_THUOC></CHITIEU_CHITIET_THUOC>").toString();
    }

    /** A GIAMDINHHS envelope with an empty CHUKYDONVI as the root's last child. */
    static byte[] giamdinhhs(int rows) {
        String b64 = Base64.getEncoder().encodeToString(table(rows).getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<GIAMDINHHS xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <THONGTINDONVI>\n    <MACSKCB>79001</MACSKCB>\n  </THONGTINDONVI>\n"
                + "  <THONGTINHOSO>\n    <NGAYLAP>20261122</NGAYLAP>\n    <SOLUONGHOSO>1</SOLUONGHOSO>\n"
                + "    <DANHSACHHOSO>\n      <HOSO>\n"
                + "        <FILEHOSO>\n          <LOAIHOSO>XML2</LOAIHOSO>\n          <NOIDUNGFILE>" + b64
                + "</NOIDUNGFILE>\n        </FILEHOSO>\n"
                + "        <FILEHOSO>\n          <LOAIHOSO>XML5</LOAIHOSO>\n          <NOIDUNGFILE>"
                + "Diễn biến: bệnh nhân tỉnh, ăn uống được &amp; ngủ tốt &lt;ổn định&gt;</NOIDUNGFILE>\n"
                + "        </FILEHOSO>\n"
                + "      </HOSO>\n    </DANHSACHHOSO>\n  </THONGTINHOSO>\n  <CHUKYDONVI/>\n</GIAMDINHHS>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A medical record whose content carries an Id, with a container for several signatures. */
    static byte[] medicalRecord() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<HoSoBenhAn xmlns=\"urn:emr:hsba\" xmlns:x=\"urn:emr:ext\" xml:lang=\"vi\">\n"
                + "  <NoiDung Id=\"noi-dung\">\n    <BenhNhan>Nguyễn Văn A</BenhNhan>\n"
                + "    <ChanDoan x:ma=\"J18.9\">Viêm phổi</ChanDoan>\n  </NoiDung>\n"
                + "  <ChuKy></ChuKy>\n</HoSoBenhAn>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
