package vn.emr.claims.table.typed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The summary of one episode of care of table 1 (Bảng 1, chỉ tiêu tổng hợp KBCB) of the claims file ({@code XML1},
 * {@link ClaimsTable#XML1}), as a typed record: one component per field of the official field list (Decision 130/QĐ-BYT
 * as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named by the camelCase of the official
 * element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param stt {@code STT}: number, up to 10 characters; optional
 * @param maBn {@code MA_BN}: text, up to 100 characters; mandatory
 * @param hoTen {@code HO_TEN}: text, up to 255 characters; mandatory
 * @param soCccd {@code SO_CCCD}: text, up to 15 characters; optional
 * @param ngaySinh {@code NGAY_SINH}: text, up to 12 characters; format {@code yyyyMMddHHmm (HHmm=0000 nếu không rõ giờ;
 *     MMdd=0000 nếu không rõ ngày/tháng)}; mandatory
 * @param gioiTinh {@code GIOI_TINH}: number, up to 1 character; mandatory
 * @param nhomMau {@code NHOM_MAU}: text, up to 5 characters; optional; added by QD 4750 (absent before it)
 * @param maQuoctich {@code MA_QUOCTICH}: text, up to 3 characters; mandatory
 * @param maDantoc {@code MA_DANTOC}: text, up to 2 characters; mandatory
 * @param maNgheNghiep {@code MA_NGHE_NGHIEP}: text, up to 5 characters; mandatory
 * @param diaChi {@code DIA_CHI}: text, up to 1024 characters; mandatory
 * @param matinhCuTru {@code MATINH_CU_TRU}: text, up to 3 characters; mandatory
 * @param mahuyenCuTru {@code MAHUYEN_CU_TRU}: text, up to 3 characters; mandatory
 * @param maxaCuTru {@code MAXA_CU_TRU}: text, up to 5 characters; mandatory
 * @param dienThoai {@code DIEN_THOAI}: text, up to 15 characters; optional
 * @param maTheBhyt {@code MA_THE_BHYT}: text, unbounded; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param maDkbd {@code MA_DKBD}: text, unbounded; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param gtTheTu {@code GT_THE_TU}: text, unbounded; format {@code yyyyMMdd; nhiều giá trị cách nhau ";"}; optional
 * @param gtTheDen {@code GT_THE_DEN}: text, unbounded; format {@code yyyyMMdd; nhiều giá trị cách nhau ";"}; optional
 * @param ngayMienCct {@code NGAY_MIEN_CCT}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param lyDoVv {@code LY_DO_VV}: text, unbounded; mandatory
 * @param lyDoVnt {@code LY_DO_VNT}: text, unbounded; optional
 * @param maLyDoVnt {@code MA_LY_DO_VNT}: text, up to 5 characters; optional
 * @param chanDoanVao {@code CHAN_DOAN_VAO}: text, unbounded; mandatory
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, unbounded; mandatory
 * @param maBenhChinh {@code MA_BENH_CHINH}: text, up to 7 characters; format {@code 01 mã ICD-10}; mandatory
 * @param maBenhKt {@code MA_BENH_KT}: text, up to 100 characters; format {@code nhiều giá trị cách nhau ";"; tối đa 12
 *     mã ICD-10}; optional
 * @param maBenhYhct {@code MA_BENH_YHCT}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"};
 *     optional
 * @param maPtttQt {@code MA_PTTT_QT}: text, up to 125 characters; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param maDoituongKcb {@code MA_DOITUONG_KCB}: text, up to 4 characters; mandatory
 * @param maNoiDi {@code MA_NOI_DI}: text, up to 5 characters; optional
 * @param maNoiDen {@code MA_NOI_DEN}: text, up to 5 characters; optional
 * @param maTaiNan {@code MA_TAI_NAN}: number, up to 1 character; optional
 * @param ngayVao {@code NGAY_VAO}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param ngayVaoNoiTru {@code NGAY_VAO_NOI_TRU}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param ngayRa {@code NGAY_RA}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param giayChuyenTuyen {@code GIAY_CHUYEN_TUYEN}: text, up to 50 characters; optional
 * @param soNgayDtri {@code SO_NGAY_DTRI}: number, up to 3 characters; mandatory
 * @param ppDieuTri {@code PP_DIEU_TRI}: text, unbounded; optional
 * @param ketQuaDtri {@code KET_QUA_DTRI}: number, up to 1 character; mandatory
 * @param maLoaiRv {@code MA_LOAI_RV}: number, up to 1 character; mandatory
 * @param ghiChu {@code GHI_CHU}: text, unbounded; optional
 * @param ngayTtoan {@code NGAY_TTOAN}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param tThuoc {@code T_THUOC}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tVtyt {@code T_VTYT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tTongchiBv {@code T_TONGCHI_BV}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param tTongchiBh {@code T_TONGCHI_BH}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param tBntt {@code T_BNTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tBncct {@code T_BNCCT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tBhtt {@code T_BHTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tNguonkhac {@code T_NGUONKHAC}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param tBhttGdv {@code T_BHTT_GDV}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param namQt {@code NAM_QT}: number, up to 4 characters; mandatory
 * @param thangQt {@code THANG_QT}: number, up to 2 characters; mandatory
 * @param maLoaiKcb {@code MA_LOAI_KCB}: text, up to 2 characters; mandatory
 * @param maKhoa {@code MA_KHOA}: text, up to 50 characters; format {@code nhiều giá trị cách nhau ";"}; mandatory
 * @param maCskcb {@code MA_CSKCB}: text, up to 5 characters; mandatory
 * @param maKhuvuc {@code MA_KHUVUC}: text, up to 2 characters; optional
 * @param canNang {@code CAN_NANG}: text, up to 6 characters; format {@code decimal (kg), tối đa 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param canNangCon {@code CAN_NANG_CON}: text, up to 100 characters; format {@code nhiều giá trị cách nhau ";"; gram;
 *     nhiều con cách nhau ";"}; optional
 * @param namNamLienTuc {@code NAM_NAM_LIEN_TUC}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param ngayTaiKham {@code NGAY_TAI_KHAM}: text, up to 50 characters; format {@code yyyyMMdd; nhiều giá trị cách nhau
 *     ";"}; optional
 * @param maHsba {@code MA_HSBA}: text, up to 100 characters; mandatory
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record Summary(
        String maLk,
        Optional<Long> stt,
        String maBn,
        String hoTen,
        Optional<String> soCccd,
        String ngaySinh,
        Integer gioiTinh,
        Optional<String> nhomMau,
        String maQuoctich,
        String maDantoc,
        String maNgheNghiep,
        String diaChi,
        String matinhCuTru,
        String mahuyenCuTru,
        String maxaCuTru,
        Optional<String> dienThoai,
        List<String> maTheBhyt,
        List<String> maDkbd,
        List<String> gtTheTu,
        List<String> gtTheDen,
        Optional<LocalDateTime> ngayMienCct,
        String lyDoVv,
        Optional<String> lyDoVnt,
        Optional<String> maLyDoVnt,
        String chanDoanVao,
        String chanDoanRv,
        String maBenhChinh,
        List<String> maBenhKt,
        List<String> maBenhYhct,
        List<String> maPtttQt,
        String maDoituongKcb,
        Optional<String> maNoiDi,
        Optional<String> maNoiDen,
        Optional<Integer> maTaiNan,
        LocalDateTime ngayVao,
        Optional<LocalDateTime> ngayVaoNoiTru,
        LocalDateTime ngayRa,
        Optional<String> giayChuyenTuyen,
        Integer soNgayDtri,
        Optional<String> ppDieuTri,
        Integer ketQuaDtri,
        Integer maLoaiRv,
        Optional<String> ghiChu,
        Optional<LocalDateTime> ngayTtoan,
        BigDecimal tThuoc,
        BigDecimal tVtyt,
        BigDecimal tTongchiBv,
        BigDecimal tTongchiBh,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        BigDecimal tNguonkhac,
        BigDecimal tBhttGdv,
        Integer namQt,
        Integer thangQt,
        String maLoaiKcb,
        List<String> maKhoa,
        String maCskcb,
        Optional<String> maKhuvuc,
        BigDecimal canNang,
        List<String> canNangCon,
        Optional<LocalDate> namNamLienTuc,
        List<String> ngayTaiKham,
        String maHsba,
        Optional<String> maTtdv,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<Summary, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML1, Summary.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, Summary::maLk, Builder::maLk)
            .optional("STT", Codec.LONG, Summary::stt, Builder::stt)
            .required("MA_BN", Codec.TEXT, Summary::maBn, Builder::maBn)
            .required("HO_TEN", Codec.TEXT, Summary::hoTen, Builder::hoTen)
            .optional("SO_CCCD", Codec.TEXT, Summary::soCccd, Builder::soCccd)
            .required("NGAY_SINH", Codec.TEXT, Summary::ngaySinh, Builder::ngaySinh)
            .required("GIOI_TINH", Codec.INTEGER, Summary::gioiTinh, Builder::gioiTinh)
            .optional("NHOM_MAU", Codec.TEXT, Summary::nhomMau, Builder::nhomMau)
            .required("MA_QUOCTICH", Codec.TEXT, Summary::maQuoctich, Builder::maQuoctich)
            .required("MA_DANTOC", Codec.TEXT, Summary::maDantoc, Builder::maDantoc)
            .required("MA_NGHE_NGHIEP", Codec.TEXT, Summary::maNgheNghiep, Builder::maNgheNghiep)
            .required("DIA_CHI", Codec.TEXT, Summary::diaChi, Builder::diaChi)
            .required("MATINH_CU_TRU", Codec.TEXT, Summary::matinhCuTru, Builder::matinhCuTru)
            .required("MAHUYEN_CU_TRU", Codec.TEXT, Summary::mahuyenCuTru, Builder::mahuyenCuTru)
            .required("MAXA_CU_TRU", Codec.TEXT, Summary::maxaCuTru, Builder::maxaCuTru)
            .optional("DIEN_THOAI", Codec.TEXT, Summary::dienThoai, Builder::dienThoai)
            .list("MA_THE_BHYT", false, Summary::maTheBhyt, Builder::maTheBhyt)
            .list("MA_DKBD", false, Summary::maDkbd, Builder::maDkbd)
            .list("GT_THE_TU", false, Summary::gtTheTu, Builder::gtTheTu)
            .list("GT_THE_DEN", false, Summary::gtTheDen, Builder::gtTheDen)
            .optional("NGAY_MIEN_CCT", Codec.DATE_TIME, Summary::ngayMienCct, Builder::ngayMienCct)
            .required("LY_DO_VV", Codec.TEXT, Summary::lyDoVv, Builder::lyDoVv)
            .optional("LY_DO_VNT", Codec.TEXT, Summary::lyDoVnt, Builder::lyDoVnt)
            .optional("MA_LY_DO_VNT", Codec.TEXT, Summary::maLyDoVnt, Builder::maLyDoVnt)
            .required("CHAN_DOAN_VAO", Codec.TEXT, Summary::chanDoanVao, Builder::chanDoanVao)
            .required("CHAN_DOAN_RV", Codec.TEXT, Summary::chanDoanRv, Builder::chanDoanRv)
            .required("MA_BENH_CHINH", Codec.TEXT, Summary::maBenhChinh, Builder::maBenhChinh)
            .list("MA_BENH_KT", false, Summary::maBenhKt, Builder::maBenhKt)
            .list("MA_BENH_YHCT", false, Summary::maBenhYhct, Builder::maBenhYhct)
            .list("MA_PTTT_QT", false, Summary::maPtttQt, Builder::maPtttQt)
            .required("MA_DOITUONG_KCB", Codec.TEXT, Summary::maDoituongKcb, Builder::maDoituongKcb)
            .optional("MA_NOI_DI", Codec.TEXT, Summary::maNoiDi, Builder::maNoiDi)
            .optional("MA_NOI_DEN", Codec.TEXT, Summary::maNoiDen, Builder::maNoiDen)
            .optional("MA_TAI_NAN", Codec.INTEGER, Summary::maTaiNan, Builder::maTaiNan)
            .required("NGAY_VAO", Codec.DATE_TIME, Summary::ngayVao, Builder::ngayVao)
            .optional("NGAY_VAO_NOI_TRU", Codec.DATE_TIME, Summary::ngayVaoNoiTru, Builder::ngayVaoNoiTru)
            .required("NGAY_RA", Codec.DATE_TIME, Summary::ngayRa, Builder::ngayRa)
            .optional("GIAY_CHUYEN_TUYEN", Codec.TEXT, Summary::giayChuyenTuyen, Builder::giayChuyenTuyen)
            .required("SO_NGAY_DTRI", Codec.INTEGER, Summary::soNgayDtri, Builder::soNgayDtri)
            .optional("PP_DIEU_TRI", Codec.TEXT, Summary::ppDieuTri, Builder::ppDieuTri)
            .required("KET_QUA_DTRI", Codec.INTEGER, Summary::ketQuaDtri, Builder::ketQuaDtri)
            .required("MA_LOAI_RV", Codec.INTEGER, Summary::maLoaiRv, Builder::maLoaiRv)
            .optional("GHI_CHU", Codec.TEXT, Summary::ghiChu, Builder::ghiChu)
            .optional("NGAY_TTOAN", Codec.DATE_TIME, Summary::ngayTtoan, Builder::ngayTtoan)
            .required("T_THUOC", Codec.DECIMAL, Summary::tThuoc, Builder::tThuoc)
            .required("T_VTYT", Codec.DECIMAL, Summary::tVtyt, Builder::tVtyt)
            .required("T_TONGCHI_BV", Codec.DECIMAL, Summary::tTongchiBv, Builder::tTongchiBv)
            .required("T_TONGCHI_BH", Codec.DECIMAL, Summary::tTongchiBh, Builder::tTongchiBh)
            .required("T_BNTT", Codec.DECIMAL, Summary::tBntt, Builder::tBntt)
            .required("T_BNCCT", Codec.DECIMAL, Summary::tBncct, Builder::tBncct)
            .required("T_BHTT", Codec.DECIMAL, Summary::tBhtt, Builder::tBhtt)
            .required("T_NGUONKHAC", Codec.DECIMAL, Summary::tNguonkhac, Builder::tNguonkhac)
            .required("T_BHTT_GDV", Codec.DECIMAL, Summary::tBhttGdv, Builder::tBhttGdv)
            .required("NAM_QT", Codec.INTEGER, Summary::namQt, Builder::namQt)
            .required("THANG_QT", Codec.INTEGER, Summary::thangQt, Builder::thangQt)
            .required("MA_LOAI_KCB", Codec.TEXT, Summary::maLoaiKcb, Builder::maLoaiKcb)
            .list("MA_KHOA", true, Summary::maKhoa, Builder::maKhoa)
            .required("MA_CSKCB", Codec.TEXT, Summary::maCskcb, Builder::maCskcb)
            .optional("MA_KHUVUC", Codec.TEXT, Summary::maKhuvuc, Builder::maKhuvuc)
            .required("CAN_NANG", Codec.DECIMAL, Summary::canNang, Builder::canNang)
            .list("CAN_NANG_CON", false, Summary::canNangCon, Builder::canNangCon)
            .optional("NAM_NAM_LIEN_TUC", Codec.DATE, Summary::namNamLienTuc, Builder::namNamLienTuc)
            .list("NGAY_TAI_KHAM", false, Summary::ngayTaiKham, Builder::ngayTaiKham)
            .required("MA_HSBA", Codec.TEXT, Summary::maHsba, Builder::maHsba)
            .optional("MA_TTDV", Codec.TEXT, Summary::maTtdv, Builder::maTtdv)
            .optional("DU_PHONG", Codec.TEXT, Summary::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public Summary {
        Layout.require(maLk, "XML1/MA_LK");
        stt = Layout.optional(stt);
        Layout.require(maBn, "XML1/MA_BN");
        Layout.require(hoTen, "XML1/HO_TEN");
        soCccd = Layout.optional(soCccd);
        Layout.require(ngaySinh, "XML1/NGAY_SINH");
        Layout.require(gioiTinh, "XML1/GIOI_TINH");
        nhomMau = Layout.optional(nhomMau);
        Layout.require(maQuoctich, "XML1/MA_QUOCTICH");
        Layout.require(maDantoc, "XML1/MA_DANTOC");
        Layout.require(maNgheNghiep, "XML1/MA_NGHE_NGHIEP");
        Layout.require(diaChi, "XML1/DIA_CHI");
        Layout.require(matinhCuTru, "XML1/MATINH_CU_TRU");
        Layout.require(mahuyenCuTru, "XML1/MAHUYEN_CU_TRU");
        Layout.require(maxaCuTru, "XML1/MAXA_CU_TRU");
        dienThoai = Layout.optional(dienThoai);
        maTheBhyt = Layout.list(maTheBhyt, "XML1/MA_THE_BHYT", false);
        maDkbd = Layout.list(maDkbd, "XML1/MA_DKBD", false);
        gtTheTu = Layout.list(gtTheTu, "XML1/GT_THE_TU", false);
        gtTheDen = Layout.list(gtTheDen, "XML1/GT_THE_DEN", false);
        ngayMienCct = Layout.optional(ngayMienCct);
        Layout.require(lyDoVv, "XML1/LY_DO_VV");
        lyDoVnt = Layout.optional(lyDoVnt);
        maLyDoVnt = Layout.optional(maLyDoVnt);
        Layout.require(chanDoanVao, "XML1/CHAN_DOAN_VAO");
        Layout.require(chanDoanRv, "XML1/CHAN_DOAN_RV");
        Layout.require(maBenhChinh, "XML1/MA_BENH_CHINH");
        maBenhKt = Layout.list(maBenhKt, "XML1/MA_BENH_KT", false);
        maBenhYhct = Layout.list(maBenhYhct, "XML1/MA_BENH_YHCT", false);
        maPtttQt = Layout.list(maPtttQt, "XML1/MA_PTTT_QT", false);
        Layout.require(maDoituongKcb, "XML1/MA_DOITUONG_KCB");
        maNoiDi = Layout.optional(maNoiDi);
        maNoiDen = Layout.optional(maNoiDen);
        maTaiNan = Layout.optional(maTaiNan);
        Layout.require(ngayVao, "XML1/NGAY_VAO");
        ngayVaoNoiTru = Layout.optional(ngayVaoNoiTru);
        Layout.require(ngayRa, "XML1/NGAY_RA");
        giayChuyenTuyen = Layout.optional(giayChuyenTuyen);
        Layout.require(soNgayDtri, "XML1/SO_NGAY_DTRI");
        ppDieuTri = Layout.optional(ppDieuTri);
        Layout.require(ketQuaDtri, "XML1/KET_QUA_DTRI");
        Layout.require(maLoaiRv, "XML1/MA_LOAI_RV");
        ghiChu = Layout.optional(ghiChu);
        ngayTtoan = Layout.optional(ngayTtoan);
        Layout.require(tThuoc, "XML1/T_THUOC");
        Layout.require(tVtyt, "XML1/T_VTYT");
        Layout.require(tTongchiBv, "XML1/T_TONGCHI_BV");
        Layout.require(tTongchiBh, "XML1/T_TONGCHI_BH");
        Layout.require(tBntt, "XML1/T_BNTT");
        Layout.require(tBncct, "XML1/T_BNCCT");
        Layout.require(tBhtt, "XML1/T_BHTT");
        Layout.require(tNguonkhac, "XML1/T_NGUONKHAC");
        Layout.require(tBhttGdv, "XML1/T_BHTT_GDV");
        Layout.require(namQt, "XML1/NAM_QT");
        Layout.require(thangQt, "XML1/THANG_QT");
        Layout.require(maLoaiKcb, "XML1/MA_LOAI_KCB");
        maKhoa = Layout.list(maKhoa, "XML1/MA_KHOA", true);
        Layout.require(maCskcb, "XML1/MA_CSKCB");
        maKhuvuc = Layout.optional(maKhuvuc);
        Layout.require(canNang, "XML1/CAN_NANG");
        canNangCon = Layout.list(canNangCon, "XML1/CAN_NANG_CON", false);
        namNamLienTuc = Layout.optional(namNamLienTuc);
        ngayTaiKham = Layout.list(ngayTaiKham, "XML1/NGAY_TAI_KHAM", false);
        Layout.require(maHsba, "XML1/MA_HSBA");
        maTtdv = Layout.optional(maTtdv);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML1, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML1/<field>}, never with the value
     */
    public static Summary from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<Summary, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML1;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.stt = stt.orElse(null);
        b.maBn = maBn;
        b.hoTen = hoTen;
        b.soCccd = soCccd.orElse(null);
        b.ngaySinh = ngaySinh;
        b.gioiTinh = gioiTinh;
        b.nhomMau = nhomMau.orElse(null);
        b.maQuoctich = maQuoctich;
        b.maDantoc = maDantoc;
        b.maNgheNghiep = maNgheNghiep;
        b.diaChi = diaChi;
        b.matinhCuTru = matinhCuTru;
        b.mahuyenCuTru = mahuyenCuTru;
        b.maxaCuTru = maxaCuTru;
        b.dienThoai = dienThoai.orElse(null);
        b.maTheBhyt = maTheBhyt;
        b.maDkbd = maDkbd;
        b.gtTheTu = gtTheTu;
        b.gtTheDen = gtTheDen;
        b.ngayMienCct = ngayMienCct.orElse(null);
        b.lyDoVv = lyDoVv;
        b.lyDoVnt = lyDoVnt.orElse(null);
        b.maLyDoVnt = maLyDoVnt.orElse(null);
        b.chanDoanVao = chanDoanVao;
        b.chanDoanRv = chanDoanRv;
        b.maBenhChinh = maBenhChinh;
        b.maBenhKt = maBenhKt;
        b.maBenhYhct = maBenhYhct;
        b.maPtttQt = maPtttQt;
        b.maDoituongKcb = maDoituongKcb;
        b.maNoiDi = maNoiDi.orElse(null);
        b.maNoiDen = maNoiDen.orElse(null);
        b.maTaiNan = maTaiNan.orElse(null);
        b.ngayVao = ngayVao;
        b.ngayVaoNoiTru = ngayVaoNoiTru.orElse(null);
        b.ngayRa = ngayRa;
        b.giayChuyenTuyen = giayChuyenTuyen.orElse(null);
        b.soNgayDtri = soNgayDtri;
        b.ppDieuTri = ppDieuTri.orElse(null);
        b.ketQuaDtri = ketQuaDtri;
        b.maLoaiRv = maLoaiRv;
        b.ghiChu = ghiChu.orElse(null);
        b.ngayTtoan = ngayTtoan.orElse(null);
        b.tThuoc = tThuoc;
        b.tVtyt = tVtyt;
        b.tTongchiBv = tTongchiBv;
        b.tTongchiBh = tTongchiBh;
        b.tBntt = tBntt;
        b.tBncct = tBncct;
        b.tBhtt = tBhtt;
        b.tNguonkhac = tNguonkhac;
        b.tBhttGdv = tBhttGdv;
        b.namQt = namQt;
        b.thangQt = thangQt;
        b.maLoaiKcb = maLoaiKcb;
        b.maKhoa = maKhoa;
        b.maCskcb = maCskcb;
        b.maKhuvuc = maKhuvuc.orElse(null);
        b.canNang = canNang;
        b.canNangCon = canNangCon;
        b.namNamLienTuc = namNamLienTuc.orElse(null);
        b.ngayTaiKham = ngayTaiKham;
        b.maHsba = maHsba;
        b.maTtdv = maTtdv.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link Summary}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String maBn;
        private String hoTen;
        private String soCccd;
        private String ngaySinh;
        private Integer gioiTinh;
        private String nhomMau;
        private String maQuoctich;
        private String maDantoc;
        private String maNgheNghiep;
        private String diaChi;
        private String matinhCuTru;
        private String mahuyenCuTru;
        private String maxaCuTru;
        private String dienThoai;
        private List<String> maTheBhyt;
        private List<String> maDkbd;
        private List<String> gtTheTu;
        private List<String> gtTheDen;
        private LocalDateTime ngayMienCct;
        private String lyDoVv;
        private String lyDoVnt;
        private String maLyDoVnt;
        private String chanDoanVao;
        private String chanDoanRv;
        private String maBenhChinh;
        private List<String> maBenhKt;
        private List<String> maBenhYhct;
        private List<String> maPtttQt;
        private String maDoituongKcb;
        private String maNoiDi;
        private String maNoiDen;
        private Integer maTaiNan;
        private LocalDateTime ngayVao;
        private LocalDateTime ngayVaoNoiTru;
        private LocalDateTime ngayRa;
        private String giayChuyenTuyen;
        private Integer soNgayDtri;
        private String ppDieuTri;
        private Integer ketQuaDtri;
        private Integer maLoaiRv;
        private String ghiChu;
        private LocalDateTime ngayTtoan;
        private BigDecimal tThuoc;
        private BigDecimal tVtyt;
        private BigDecimal tTongchiBv;
        private BigDecimal tTongchiBh;
        private BigDecimal tBntt;
        private BigDecimal tBncct;
        private BigDecimal tBhtt;
        private BigDecimal tNguonkhac;
        private BigDecimal tBhttGdv;
        private Integer namQt;
        private Integer thangQt;
        private String maLoaiKcb;
        private List<String> maKhoa;
        private String maCskcb;
        private String maKhuvuc;
        private BigDecimal canNang;
        private List<String> canNangCon;
        private LocalDate namNamLienTuc;
        private List<String> ngayTaiKham;
        private String maHsba;
        private String maTtdv;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code STT}; {@code null} leaves it absent. */
        public Builder stt(Long value) {
            this.stt = value;
            return this;
        }

        /** Sets {@code MA_BN}; {@code null} leaves it absent. */
        public Builder maBn(String value) {
            this.maBn = value;
            return this;
        }

        /** Sets {@code HO_TEN}; {@code null} leaves it absent. */
        public Builder hoTen(String value) {
            this.hoTen = value;
            return this;
        }

        /** Sets {@code SO_CCCD}; {@code null} leaves it absent. */
        public Builder soCccd(String value) {
            this.soCccd = value;
            return this;
        }

        /** Sets {@code NGAY_SINH}; {@code null} leaves it absent. */
        public Builder ngaySinh(String value) {
            this.ngaySinh = value;
            return this;
        }

        /** Sets {@code GIOI_TINH}; {@code null} leaves it absent. */
        public Builder gioiTinh(Integer value) {
            this.gioiTinh = value;
            return this;
        }

        /** Sets {@code NHOM_MAU}; {@code null} leaves it absent. */
        public Builder nhomMau(String value) {
            this.nhomMau = value;
            return this;
        }

        /** Sets {@code MA_QUOCTICH}; {@code null} leaves it absent. */
        public Builder maQuoctich(String value) {
            this.maQuoctich = value;
            return this;
        }

        /** Sets {@code MA_DANTOC}; {@code null} leaves it absent. */
        public Builder maDantoc(String value) {
            this.maDantoc = value;
            return this;
        }

        /** Sets {@code MA_NGHE_NGHIEP}; {@code null} leaves it absent. */
        public Builder maNgheNghiep(String value) {
            this.maNgheNghiep = value;
            return this;
        }

        /** Sets {@code DIA_CHI}; {@code null} leaves it absent. */
        public Builder diaChi(String value) {
            this.diaChi = value;
            return this;
        }

        /** Sets {@code MATINH_CU_TRU}; {@code null} leaves it absent. */
        public Builder matinhCuTru(String value) {
            this.matinhCuTru = value;
            return this;
        }

        /** Sets {@code MAHUYEN_CU_TRU}; {@code null} leaves it absent. */
        public Builder mahuyenCuTru(String value) {
            this.mahuyenCuTru = value;
            return this;
        }

        /** Sets {@code MAXA_CU_TRU}; {@code null} leaves it absent. */
        public Builder maxaCuTru(String value) {
            this.maxaCuTru = value;
            return this;
        }

        /** Sets {@code DIEN_THOAI}; {@code null} leaves it absent. */
        public Builder dienThoai(String value) {
            this.dienThoai = value;
            return this;
        }

        /** Sets {@code MA_THE_BHYT}; {@code null} leaves it absent. */
        public Builder maTheBhyt(List<String> value) {
            this.maTheBhyt = value;
            return this;
        }

        /** Sets {@code MA_DKBD}; {@code null} leaves it absent. */
        public Builder maDkbd(List<String> value) {
            this.maDkbd = value;
            return this;
        }

        /** Sets {@code GT_THE_TU}; {@code null} leaves it absent. */
        public Builder gtTheTu(List<String> value) {
            this.gtTheTu = value;
            return this;
        }

        /** Sets {@code GT_THE_DEN}; {@code null} leaves it absent. */
        public Builder gtTheDen(List<String> value) {
            this.gtTheDen = value;
            return this;
        }

        /** Sets {@code NGAY_MIEN_CCT}; {@code null} leaves it absent. */
        public Builder ngayMienCct(LocalDateTime value) {
            this.ngayMienCct = value;
            return this;
        }

        /** Sets {@code LY_DO_VV}; {@code null} leaves it absent. */
        public Builder lyDoVv(String value) {
            this.lyDoVv = value;
            return this;
        }

        /** Sets {@code LY_DO_VNT}; {@code null} leaves it absent. */
        public Builder lyDoVnt(String value) {
            this.lyDoVnt = value;
            return this;
        }

        /** Sets {@code MA_LY_DO_VNT}; {@code null} leaves it absent. */
        public Builder maLyDoVnt(String value) {
            this.maLyDoVnt = value;
            return this;
        }

        /** Sets {@code CHAN_DOAN_VAO}; {@code null} leaves it absent. */
        public Builder chanDoanVao(String value) {
            this.chanDoanVao = value;
            return this;
        }

        /** Sets {@code CHAN_DOAN_RV}; {@code null} leaves it absent. */
        public Builder chanDoanRv(String value) {
            this.chanDoanRv = value;
            return this;
        }

        /** Sets {@code MA_BENH_CHINH}; {@code null} leaves it absent. */
        public Builder maBenhChinh(String value) {
            this.maBenhChinh = value;
            return this;
        }

        /** Sets {@code MA_BENH_KT}; {@code null} leaves it absent. */
        public Builder maBenhKt(List<String> value) {
            this.maBenhKt = value;
            return this;
        }

        /** Sets {@code MA_BENH_YHCT}; {@code null} leaves it absent. */
        public Builder maBenhYhct(List<String> value) {
            this.maBenhYhct = value;
            return this;
        }

        /** Sets {@code MA_PTTT_QT}; {@code null} leaves it absent. */
        public Builder maPtttQt(List<String> value) {
            this.maPtttQt = value;
            return this;
        }

        /** Sets {@code MA_DOITUONG_KCB}; {@code null} leaves it absent. */
        public Builder maDoituongKcb(String value) {
            this.maDoituongKcb = value;
            return this;
        }

        /** Sets {@code MA_NOI_DI}; {@code null} leaves it absent. */
        public Builder maNoiDi(String value) {
            this.maNoiDi = value;
            return this;
        }

        /** Sets {@code MA_NOI_DEN}; {@code null} leaves it absent. */
        public Builder maNoiDen(String value) {
            this.maNoiDen = value;
            return this;
        }

        /** Sets {@code MA_TAI_NAN}; {@code null} leaves it absent. */
        public Builder maTaiNan(Integer value) {
            this.maTaiNan = value;
            return this;
        }

        /** Sets {@code NGAY_VAO}; {@code null} leaves it absent. */
        public Builder ngayVao(LocalDateTime value) {
            this.ngayVao = value;
            return this;
        }

        /** Sets {@code NGAY_VAO_NOI_TRU}; {@code null} leaves it absent. */
        public Builder ngayVaoNoiTru(LocalDateTime value) {
            this.ngayVaoNoiTru = value;
            return this;
        }

        /** Sets {@code NGAY_RA}; {@code null} leaves it absent. */
        public Builder ngayRa(LocalDateTime value) {
            this.ngayRa = value;
            return this;
        }

        /** Sets {@code GIAY_CHUYEN_TUYEN}; {@code null} leaves it absent. */
        public Builder giayChuyenTuyen(String value) {
            this.giayChuyenTuyen = value;
            return this;
        }

        /** Sets {@code SO_NGAY_DTRI}; {@code null} leaves it absent. */
        public Builder soNgayDtri(Integer value) {
            this.soNgayDtri = value;
            return this;
        }

        /** Sets {@code PP_DIEU_TRI}; {@code null} leaves it absent. */
        public Builder ppDieuTri(String value) {
            this.ppDieuTri = value;
            return this;
        }

        /** Sets {@code KET_QUA_DTRI}; {@code null} leaves it absent. */
        public Builder ketQuaDtri(Integer value) {
            this.ketQuaDtri = value;
            return this;
        }

        /** Sets {@code MA_LOAI_RV}; {@code null} leaves it absent. */
        public Builder maLoaiRv(Integer value) {
            this.maLoaiRv = value;
            return this;
        }

        /** Sets {@code GHI_CHU}; {@code null} leaves it absent. */
        public Builder ghiChu(String value) {
            this.ghiChu = value;
            return this;
        }

        /** Sets {@code NGAY_TTOAN}; {@code null} leaves it absent. */
        public Builder ngayTtoan(LocalDateTime value) {
            this.ngayTtoan = value;
            return this;
        }

        /** Sets {@code T_THUOC}; {@code null} leaves it absent. */
        public Builder tThuoc(BigDecimal value) {
            this.tThuoc = value;
            return this;
        }

        /** Sets {@code T_VTYT}; {@code null} leaves it absent. */
        public Builder tVtyt(BigDecimal value) {
            this.tVtyt = value;
            return this;
        }

        /** Sets {@code T_TONGCHI_BV}; {@code null} leaves it absent. */
        public Builder tTongchiBv(BigDecimal value) {
            this.tTongchiBv = value;
            return this;
        }

        /** Sets {@code T_TONGCHI_BH}; {@code null} leaves it absent. */
        public Builder tTongchiBh(BigDecimal value) {
            this.tTongchiBh = value;
            return this;
        }

        /** Sets {@code T_BNTT}; {@code null} leaves it absent. */
        public Builder tBntt(BigDecimal value) {
            this.tBntt = value;
            return this;
        }

        /** Sets {@code T_BNCCT}; {@code null} leaves it absent. */
        public Builder tBncct(BigDecimal value) {
            this.tBncct = value;
            return this;
        }

        /** Sets {@code T_BHTT}; {@code null} leaves it absent. */
        public Builder tBhtt(BigDecimal value) {
            this.tBhtt = value;
            return this;
        }

        /** Sets {@code T_NGUONKHAC}; {@code null} leaves it absent. */
        public Builder tNguonkhac(BigDecimal value) {
            this.tNguonkhac = value;
            return this;
        }

        /** Sets {@code T_BHTT_GDV}; {@code null} leaves it absent. */
        public Builder tBhttGdv(BigDecimal value) {
            this.tBhttGdv = value;
            return this;
        }

        /** Sets {@code NAM_QT}; {@code null} leaves it absent. */
        public Builder namQt(Integer value) {
            this.namQt = value;
            return this;
        }

        /** Sets {@code THANG_QT}; {@code null} leaves it absent. */
        public Builder thangQt(Integer value) {
            this.thangQt = value;
            return this;
        }

        /** Sets {@code MA_LOAI_KCB}; {@code null} leaves it absent. */
        public Builder maLoaiKcb(String value) {
            this.maLoaiKcb = value;
            return this;
        }

        /** Sets {@code MA_KHOA}; {@code null} leaves it absent. */
        public Builder maKhoa(List<String> value) {
            this.maKhoa = value;
            return this;
        }

        /** Sets {@code MA_CSKCB}; {@code null} leaves it absent. */
        public Builder maCskcb(String value) {
            this.maCskcb = value;
            return this;
        }

        /** Sets {@code MA_KHUVUC}; {@code null} leaves it absent. */
        public Builder maKhuvuc(String value) {
            this.maKhuvuc = value;
            return this;
        }

        /** Sets {@code CAN_NANG}; {@code null} leaves it absent. */
        public Builder canNang(BigDecimal value) {
            this.canNang = value;
            return this;
        }

        /** Sets {@code CAN_NANG_CON}; {@code null} leaves it absent. */
        public Builder canNangCon(List<String> value) {
            this.canNangCon = value;
            return this;
        }

        /** Sets {@code NAM_NAM_LIEN_TUC}; {@code null} leaves it absent. */
        public Builder namNamLienTuc(LocalDate value) {
            this.namNamLienTuc = value;
            return this;
        }

        /** Sets {@code NGAY_TAI_KHAM}; {@code null} leaves it absent. */
        public Builder ngayTaiKham(List<String> value) {
            this.ngayTaiKham = value;
            return this;
        }

        /** Sets {@code MA_HSBA}; {@code null} leaves it absent. */
        public Builder maHsba(String value) {
            this.maHsba = value;
            return this;
        }

        /** Sets {@code MA_TTDV}; {@code null} leaves it absent. */
        public Builder maTtdv(String value) {
            this.maTtdv = value;
            return this;
        }

        /** Sets {@code DU_PHONG}; {@code null} leaves it absent. */
        public Builder duPhong(String value) {
            this.duPhong = value;
            return this;
        }

        /**
         * The record.
         *
         * @throws vn.emr.core.EmrException {@code EMR-CLM-0402} for a missing mandatory field, {@code EMR-CLM-0407}
         *     for a list item that is empty or holds {@code ;}
         */
        public Summary build() {
            return new Summary(
                    maLk,
                    Optional.ofNullable(stt),
                    maBn,
                    hoTen,
                    Optional.ofNullable(soCccd),
                    ngaySinh,
                    gioiTinh,
                    Optional.ofNullable(nhomMau),
                    maQuoctich,
                    maDantoc,
                    maNgheNghiep,
                    diaChi,
                    matinhCuTru,
                    mahuyenCuTru,
                    maxaCuTru,
                    Optional.ofNullable(dienThoai),
                    maTheBhyt,
                    maDkbd,
                    gtTheTu,
                    gtTheDen,
                    Optional.ofNullable(ngayMienCct),
                    lyDoVv,
                    Optional.ofNullable(lyDoVnt),
                    Optional.ofNullable(maLyDoVnt),
                    chanDoanVao,
                    chanDoanRv,
                    maBenhChinh,
                    maBenhKt,
                    maBenhYhct,
                    maPtttQt,
                    maDoituongKcb,
                    Optional.ofNullable(maNoiDi),
                    Optional.ofNullable(maNoiDen),
                    Optional.ofNullable(maTaiNan),
                    ngayVao,
                    Optional.ofNullable(ngayVaoNoiTru),
                    ngayRa,
                    Optional.ofNullable(giayChuyenTuyen),
                    soNgayDtri,
                    Optional.ofNullable(ppDieuTri),
                    ketQuaDtri,
                    maLoaiRv,
                    Optional.ofNullable(ghiChu),
                    Optional.ofNullable(ngayTtoan),
                    tThuoc,
                    tVtyt,
                    tTongchiBv,
                    tTongchiBh,
                    tBntt,
                    tBncct,
                    tBhtt,
                    tNguonkhac,
                    tBhttGdv,
                    namQt,
                    thangQt,
                    maLoaiKcb,
                    maKhoa,
                    maCskcb,
                    Optional.ofNullable(maKhuvuc),
                    canNang,
                    canNangCon,
                    Optional.ofNullable(namNamLienTuc),
                    ngayTaiKham,
                    maHsba,
                    Optional.ofNullable(maTtdv),
                    Optional.ofNullable(duPhong));
        }
    }
}
