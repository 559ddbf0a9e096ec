package vn.emr.core.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field catalogue of the {@code HoSoBenhAn} exchange document (official letter 365/TTYQG-GPQLCL, appendix
 * "Mô tả dữ liệu trao đổi hồ sơ bệnh án điện tử"): the 11 groups and, for groups I-V, every field of
 * {@code data/core/cv365-hosobenhan.skeleton.json} in its order. Writing follows this order; reading refuses what it
 * does not list. Sizes are the appendix's where the research found them ({@code domain/emr-model.md} §1.4:
 * {@code cccd_so} number(15), {@code maicd} string(7), {@code VNCODE}/{@code SNOMED} string(25),
 * {@code machidinh}/{@code mathuocvattu_byt} string(255)); every other text field has the SDK's own cap
 * {@link #UNSPECIFIED_MAX}, a hardening limit, not a regulation's.
 */
final class Schema {

    /** Cap of a text field whose size the research did not find (characters). */
    static final int UNSPECIFIED_MAX = 20_000;

    /** The kinds of scalar field. */
    enum Kind {
        /** Free text. */
        TEXT,
        /** {@code dd/MM/yyyy}. */
        DATE,
        /** {@code dd/MM/yyyy HH:mm:ss.SSS}, Vietnam time. */
        DATE_TIME,
        /** Digits only. */
        DIGITS,
        /** A plain decimal number ({@code 12}, {@code 0.5}), no sign, no exponent. */
        DECIMAL,
        /** A dotted ICD-10 code ({@code R10.4}, the appendix example cited by {@code data/core/SOURCES.md}). */
        ICD10,
        /** ICD-10 codes joined by {@code ;} (the SDK's separator of {@code maicd_khac}, see {@code docs/cv365.md}). */
        ICD10_LIST
    }

    /** One node of the catalogue. */
    sealed interface Node permits Field, Group, Items {
        String name();
    }

    /** A scalar field: always a string in JSON, an element with text only in XML. */
    record Field(String name, Kind kind, int max) implements Node {
    }

    /** An object of named children (a group, a sub-object). */
    record Group(String name, Map<String, Node> children) implements Node {
        Node child(String n) {
            return children.get(n);
        }
    }

    /**
     * A list of objects: an array in JSON, a repeated element in XML. {@code item} is null when the research did not
     * find the item's fields (the list must then be empty).
     */
    record Items(String name, Group item) implements Node {
    }

    static final Group ROOT = root();

    /** The names of the 11 groups, in the appendix's order. */
    static final List<String> GROUPS = List.copyOf(ROOT.children().keySet());

    private Schema() {
    }

    private static Field text(String name) {
        return new Field(name, Kind.TEXT, UNSPECIFIED_MAX);
    }

    private static Field text(String name, int max) {
        return new Field(name, Kind.TEXT, max);
    }

    private static Field date(String name) {
        return new Field(name, Kind.DATE, 10);
    }

    private static Field dateTime(String name) {
        return new Field(name, Kind.DATE_TIME, 23);
    }

    private static Field decimal(String name) {
        return new Field(name, Kind.DECIMAL, 40);
    }

    private static Group group(String name, Node... children) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node c : children) {
            if (m.put(c.name(), c) != null) {
                throw new IllegalStateException("duplicate field " + c.name());
            }
        }
        return new Group(name, java.util.Collections.unmodifiableMap(m));
    }

    private static Group organ(String name) {
        return group(name, group("dauchung_ma", text("VNCODE", 25), text("SNOMED", 25)), text("dauchung"),
                text("dauchung_ghichu"));
    }

    private static Group sheet(String name, Node... rest) {
        return group(name, rest);
    }

    private static Group root() {
        Group benhNhan = group("ThongTinBenhNhan",
                text("loaiba"), text("sovaovien"), text("soba"), text("soluutru"), text("makhoa"), text("tenkhoa"),
                dateTime("thoigianvaovien"), text("mabenhnhan"), text("buong"), text("giuong"),
                new Field("cccd_so", Kind.DIGITS, 15), text("hochieu_so"), text("hoten"), date("ngaysinh"),
                new Field("tuoi", Kind.DIGITS, 3), text("gioitinh"), text("nghenghiep"), text("nghenghiep_ma"),
                text("dantoc"), text("dantoc_ma"), text("ngoaikieu"), text("ngoaikieu_ma"), date("tungaybhyt"),
                date("denngaybhyt"), text("mabhyt"), text("noidangkykcbbd"), text("diachi"), text("sonha"),
                text("thonpho"), text("xaphuong"), text("quanhuyen"), text("quanhuyen_ma"), text("tinhthanh"),
                text("tinhthanh_ma"), text("noilamviec"), text("sodienthoai"), text("nhommau"), text("yeutorh"),
                text("doituongbn_loai"), text("hotennguoithan"), text("diachinguoithan"),
                text("sodienthoainguoithan"), text("lydotiepnhan"), text("noigioithieu_loai"),
                new Items("tiensubenhtatcuabanthan", group("tiensubenhtatcuabanthan", text("thongtin_ma"),
                        text("thongtin_noidung"), text("thongtin_giatri"), text("thongtin_ghichu"))),
                text("tiensubenhtatcuagiadinh"));
        Group vaoVien = group("ThongTinVaoVien",
                text("sovaovien"), text("sophieu"), text("phongkham"), text("maphongkham"), text("bacsikhambenh"),
                text("mabacsikhambenh"), text("chandoancuanoigioithieu"), text("chandoansobo"),
                text("chandoanvaovien"), text("khambenh_chandoanvaovienmaicd"), text("chieucao"),
                text("dieutritaikhoa"), text("madieutritaikhoa"), text("chuky_hoten"), dateTime("denkhambenhluc"),
                text("lydovaovien"), text("quatrinhbenhly"), text("mach"), text("nhietdo"), text("nhiptho"),
                text("huyetap_tamthu"), text("huyetap_tamtruong"), text("cannang"), text("khambenh_toanthan"),
                group("khambenh_caccoquan", organ("tuanhoan"), organ("hohap")));
        Group dieuTri = group("ThongTinDieuTri",
                text("bacsidieutri"), text("bacsidieutri_ma"), text("khoadieutri_ma"), text("khoadieutri"),
                text("giuong_ma"), text("giuong"), text("khoavaovien_ma"), text("khoavaovien"), date("ngaynhapkhoa"),
                text("songaydieutri"), date("ngayravien"), text("tongsongaydieutri"), text("chandoan"),
                text("chandoan_ma"), text("chandoanvaovien"), text("chandoanvaovien_ma"), text("chandoantuyenduoi"),
                text("chandoantuyenduoi_ma"), new Field("maicd", Kind.ICD10, 7), text("tenicd"),
                new Field("maicd_khac", Kind.ICD10_LIST, UNSPECIFIED_MAX),
                text("tenicd_khac"), text("ghichu"), text("taibien"), text("tomtat"), text("bienchung"),
                text("tienluong"), text("huongdieutri"),
                new Items("danhsachchuyenkhoa", null),
                new Items("danhsachsinhhieu", group("danhsachsinhhieu", text("mach"), text("nhietdo"),
                        text("huyetap_cao"), text("huyetap_thap"), text("nhiptho"), text("cannang"), text("chieucao"),
                        dateTime("thoidiem"))),
                group("tinhtrangravien", text("ketquadieutri"), text("loidanbacsi")));
        Group thuoc = group("YLenhThuocVatTu", text("sovaovien"),
                new Items("danhsach", sheet("danhsach", text("sophieu"), text("bacsichidinh"),
                        text("mabacsichidinh"), text("chandoansobo"), text("doituongbn"),
                        new Items("danhsach", group("danhsach", text("machidinh", 255), text("cachdung"),
                                date("ngaykedonthuoc"), text("donvitinh"), text("nhom"), text("loaithuoc"),
                                text("mathuocvattu_bv"), text("mathuocvattu_byt", 255), decimal("soluongthuocvattu"),
                                text("sothutungaydungthuoc"), text("tenthuocvattu"),
                                text("ylenhthuocvattu_ghichu"))))));
        Group chiDinh = group("PhieuChiDinh", text("sovaovien"),
                new Items("danhsach", sheet("danhsach", text("sophieu"), text("bacsichidinh"),
                        text("mabacsichidinh"), text("chandoansobo"), text("doituongbn"),
                        new Items("danhsach", group("danhsach", text("machidinh", 255), date("ngaychidinh"),
                                text("benhnhanphaitra"), decimal("dongia"), text("loaichidinh"),
                                text("loaimachidinh"), text("noithuchienchidinh"), text("manoithuchienchidinh"),
                                decimal("soluong"), text("tenchidinh"), decimal("thanhtien"))),
                        text("giogiaomau"), text("giolaymau"), text("giuong"), text("khoadieutri"),
                        text("mucdochidinh"), text("nguoilaymau"), text("noichidinh"), text("phong"),
                        decimal("tongcong"))));
        return group("HoSoBenhAn", benhNhan, vaoVien, dieuTri, thuoc, chiDinh,
                unknownItems("KetQuaChanDoanHinhAnh"), unknownItems("KetQuaXetNghiem"),
                unknownItems("GiayChuyenVien"), unknownItems("HoSoCapCuu"), unknownItems("PhieuThuThuat"),
                unknownItems("PhieuPhauThuat"));
    }

    /** Groups VI-XI: the research found their join key and list but not the list items' fields. */
    private static Group unknownItems(String name) {
        return group(name, text("sovaovien"), new Items("danhsach", null));
    }
}
