package vn.emr.claims.table.typed;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The referral (transfer) paper of table 13 (Bảng 13, dữ liệu giấy chuyển tuyến BHYT) of the claims file ({@code
 * XML13}, {@link ClaimsTable#XML13}), as a typed record: one component per field of the official field list (Decision
 * 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named by the camelCase of
 * the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * <p>The fields of every profile are in this one record: Decision 3176 renamed {@code MA_NOI_DI},
 * {@code MA_NOI_DEN} and {@code PP_DIEU_TRI} (each new field follows the one it replaces) and removed
 * {@code TEN_DICH_VU} and {@code TEN_THUOC}; each such component says under which profiles its table has it,
 * and must be empty under the others.
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param soHoso {@code SO_HOSO}: text, up to 50 characters; mandatory
 * @param soChuyentuyen {@code SO_CHUYENTUYEN}: text, up to 50 characters; mandatory
 * @param giayChuyenTuyen {@code GIAY_CHUYEN_TUYEN}: text, up to 50 characters; mandatory
 * @param maCskcb {@code MA_CSKCB}: text, up to 5 characters; optional
 * @param maNoiDi {@code MA_NOI_DI}: text, up to 5 characters; optional under QD4750; not in the table under QD3176 and
 *     QD3176_2026
 * @param maCskcbDi {@code MA_CSKCB_DI}: text, up to 100 characters; format {@code nhiều giá trị cách nhau ";"};
 *     optional under QD3176 and QD3176_2026 (replaces {@code MA_NOI_DI}); not in the table under QD4750
 * @param maNoiDen {@code MA_NOI_DEN}: text, up to 5 characters; optional under QD4750; not in the table under QD3176
 *     and QD3176_2026
 * @param maCskcbDen {@code MA_CSKCB_DEN}: text, up to 5 characters; optional under QD3176 and QD3176_2026 (replaces
 *     {@code MA_NOI_DEN}); not in the table under QD4750
 * @param hoTen {@code HO_TEN}: text, up to 255 characters; mandatory
 * @param ngaySinh {@code NGAY_SINH}: text, up to 12 characters; format {@code yyyyMMddHHmm (HHmm=0000 nếu không rõ giờ;
 *     MMdd=0000 nếu không rõ ngày/tháng)}; optional
 * @param gioiTinh {@code GIOI_TINH}: number, up to 1 character; optional
 * @param maQuoctich {@code MA_QUOCTICH}: text, up to 3 characters; optional
 * @param maDantoc {@code MA_DANTOC}: text, up to 2 characters; optional
 * @param maNgheNghiep {@code MA_NGHE_NGHIEP}: text, up to 5 characters; optional
 * @param diaChi {@code DIA_CHI}: text, up to 1024 characters; optional
 * @param maTheBhyt {@code MA_THE_BHYT}: text, unbounded; optional
 * @param gtTheDen {@code GT_THE_DEN}: text, unbounded; optional
 * @param ngayVao {@code NGAY_VAO}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param ngayVaoNoiTru {@code NGAY_VAO_NOI_TRU}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param ngayRa {@code NGAY_RA}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param dauHieuLs {@code DAU_HIEU_LS}: text, unbounded; mandatory
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, unbounded; optional
 * @param qtBenhly {@code QT_BENHLY}: text, unbounded; mandatory
 * @param tomtatKq {@code TOMTAT_KQ}: text, unbounded; optional (the portal sheet made it so)
 * @param ppDieutri {@code PP_DIEUTRI}: text, unbounded; optional
 * @param maBenhChinh {@code MA_BENH_CHINH}: text, up to 7 characters; format {@code 01 mã ICD-10}; optional
 * @param maBenhKt {@code MA_BENH_KT}: text, up to 100 characters; format {@code tối đa 12 mã ICD-10}; optional
 * @param maBenhYhct {@code MA_BENH_YHCT}: text, up to 255 characters; optional
 * @param tenDichVu {@code TEN_DICH_VU}: text, up to 1024 characters; mandatory under QD4750; not in the table under
 *     QD3176 and QD3176_2026
 * @param tenThuoc {@code TEN_THUOC}: text, up to 1024 characters; optional under QD4750; not in the table under QD3176
 *     and QD3176_2026
 * @param ppDieuTri {@code PP_DIEU_TRI}: text, unbounded; optional under QD4750; not in the table under QD3176 and
 *     QD3176_2026
 * @param tinhTrangCt {@code TINH_TRANG_CT}: text, unbounded; optional under QD3176 and QD3176_2026 (replaces {@code
 *     PP_DIEU_TRI}); not in the table under QD4750
 * @param maLoaiRv {@code MA_LOAI_RV}: number, up to 1 character; optional
 * @param maLydoCt {@code MA_LYDO_CT}: number, up to 1 character; mandatory
 * @param huongDieuTri {@code HUONG_DIEU_TRI}: text, unbounded; mandatory
 * @param phuongtienVc {@code PHUONGTIEN_VC}: text, up to 255 characters; mandatory
 * @param hotenNguoiHt {@code HOTEN_NGUOI_HT}: text, up to 255 characters; optional
 * @param chucdanhNguoiHt {@code CHUCDANH_NGUOI_HT}: text, up to 255 characters; optional
 * @param maBacSi {@code MA_BAC_SI}: text, up to 255 characters; mandatory
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record ReferralPaper(
        String maLk,
        String soHoso,
        String soChuyentuyen,
        String giayChuyenTuyen,
        Optional<String> maCskcb,
        Optional<String> maNoiDi,
        List<String> maCskcbDi,
        Optional<String> maNoiDen,
        Optional<String> maCskcbDen,
        String hoTen,
        Optional<String> ngaySinh,
        Optional<Integer> gioiTinh,
        Optional<String> maQuoctich,
        Optional<String> maDantoc,
        Optional<String> maNgheNghiep,
        Optional<String> diaChi,
        Optional<String> maTheBhyt,
        Optional<String> gtTheDen,
        Optional<LocalDateTime> ngayVao,
        Optional<LocalDateTime> ngayVaoNoiTru,
        Optional<LocalDateTime> ngayRa,
        String dauHieuLs,
        Optional<String> chanDoanRv,
        String qtBenhly,
        Optional<String> tomtatKq,
        Optional<String> ppDieutri,
        Optional<String> maBenhChinh,
        Optional<String> maBenhKt,
        Optional<String> maBenhYhct,
        Optional<String> tenDichVu,
        Optional<String> tenThuoc,
        Optional<String> ppDieuTri,
        Optional<String> tinhTrangCt,
        Optional<Integer> maLoaiRv,
        Integer maLydoCt,
        String huongDieuTri,
        String phuongtienVc,
        Optional<String> hotenNguoiHt,
        Optional<String> chucdanhNguoiHt,
        String maBacSi,
        String maTtdv,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<ReferralPaper, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML13, ReferralPaper.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, ReferralPaper::maLk, Builder::maLk)
            .required("SO_HOSO", Codec.TEXT, ReferralPaper::soHoso, Builder::soHoso)
            .required("SO_CHUYENTUYEN", Codec.TEXT, ReferralPaper::soChuyentuyen, Builder::soChuyentuyen)
            .required("GIAY_CHUYEN_TUYEN", Codec.TEXT, ReferralPaper::giayChuyenTuyen, Builder::giayChuyenTuyen)
            .optional("MA_CSKCB", Codec.TEXT, ReferralPaper::maCskcb, Builder::maCskcb)
            .optional("MA_NOI_DI", Codec.TEXT, ReferralPaper::maNoiDi, Builder::maNoiDi)
            .list("MA_CSKCB_DI", false, ReferralPaper::maCskcbDi, Builder::maCskcbDi)
            .optional("MA_NOI_DEN", Codec.TEXT, ReferralPaper::maNoiDen, Builder::maNoiDen)
            .optional("MA_CSKCB_DEN", Codec.TEXT, ReferralPaper::maCskcbDen, Builder::maCskcbDen)
            .required("HO_TEN", Codec.TEXT, ReferralPaper::hoTen, Builder::hoTen)
            .optional("NGAY_SINH", Codec.TEXT, ReferralPaper::ngaySinh, Builder::ngaySinh)
            .optional("GIOI_TINH", Codec.INTEGER, ReferralPaper::gioiTinh, Builder::gioiTinh)
            .optional("MA_QUOCTICH", Codec.TEXT, ReferralPaper::maQuoctich, Builder::maQuoctich)
            .optional("MA_DANTOC", Codec.TEXT, ReferralPaper::maDantoc, Builder::maDantoc)
            .optional("MA_NGHE_NGHIEP", Codec.TEXT, ReferralPaper::maNgheNghiep, Builder::maNgheNghiep)
            .optional("DIA_CHI", Codec.TEXT, ReferralPaper::diaChi, Builder::diaChi)
            .optional("MA_THE_BHYT", Codec.TEXT, ReferralPaper::maTheBhyt, Builder::maTheBhyt)
            .optional("GT_THE_DEN", Codec.TEXT, ReferralPaper::gtTheDen, Builder::gtTheDen)
            .optional("NGAY_VAO", Codec.DATE_TIME, ReferralPaper::ngayVao, Builder::ngayVao)
            .optional("NGAY_VAO_NOI_TRU", Codec.DATE_TIME, ReferralPaper::ngayVaoNoiTru, Builder::ngayVaoNoiTru)
            .optional("NGAY_RA", Codec.DATE_TIME, ReferralPaper::ngayRa, Builder::ngayRa)
            .required("DAU_HIEU_LS", Codec.TEXT, ReferralPaper::dauHieuLs, Builder::dauHieuLs)
            .optional("CHAN_DOAN_RV", Codec.TEXT, ReferralPaper::chanDoanRv, Builder::chanDoanRv)
            .required("QT_BENHLY", Codec.TEXT, ReferralPaper::qtBenhly, Builder::qtBenhly)
            .optional("TOMTAT_KQ", Codec.TEXT, ReferralPaper::tomtatKq, Builder::tomtatKq)
            .optional("PP_DIEUTRI", Codec.TEXT, ReferralPaper::ppDieutri, Builder::ppDieutri)
            .optional("MA_BENH_CHINH", Codec.TEXT, ReferralPaper::maBenhChinh, Builder::maBenhChinh)
            .optional("MA_BENH_KT", Codec.TEXT, ReferralPaper::maBenhKt, Builder::maBenhKt)
            .optional("MA_BENH_YHCT", Codec.TEXT, ReferralPaper::maBenhYhct, Builder::maBenhYhct)
            .optional("TEN_DICH_VU", Codec.TEXT, ReferralPaper::tenDichVu, Builder::tenDichVu)
            .optional("TEN_THUOC", Codec.TEXT, ReferralPaper::tenThuoc, Builder::tenThuoc)
            .optional("PP_DIEU_TRI", Codec.TEXT, ReferralPaper::ppDieuTri, Builder::ppDieuTri)
            .optional("TINH_TRANG_CT", Codec.TEXT, ReferralPaper::tinhTrangCt, Builder::tinhTrangCt)
            .optional("MA_LOAI_RV", Codec.INTEGER, ReferralPaper::maLoaiRv, Builder::maLoaiRv)
            .required("MA_LYDO_CT", Codec.INTEGER, ReferralPaper::maLydoCt, Builder::maLydoCt)
            .required("HUONG_DIEU_TRI", Codec.TEXT, ReferralPaper::huongDieuTri, Builder::huongDieuTri)
            .required("PHUONGTIEN_VC", Codec.TEXT, ReferralPaper::phuongtienVc, Builder::phuongtienVc)
            .optional("HOTEN_NGUOI_HT", Codec.TEXT, ReferralPaper::hotenNguoiHt, Builder::hotenNguoiHt)
            .optional("CHUCDANH_NGUOI_HT", Codec.TEXT, ReferralPaper::chucdanhNguoiHt, Builder::chucdanhNguoiHt)
            .required("MA_BAC_SI", Codec.TEXT, ReferralPaper::maBacSi, Builder::maBacSi)
            .required("MA_TTDV", Codec.TEXT, ReferralPaper::maTtdv, Builder::maTtdv)
            .optional("DU_PHONG", Codec.TEXT, ReferralPaper::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public ReferralPaper {
        Layout.require(maLk, "XML13/MA_LK");
        Layout.require(soHoso, "XML13/SO_HOSO");
        Layout.require(soChuyentuyen, "XML13/SO_CHUYENTUYEN");
        Layout.require(giayChuyenTuyen, "XML13/GIAY_CHUYEN_TUYEN");
        maCskcb = Layout.optional(maCskcb);
        maNoiDi = Layout.optional(maNoiDi);
        maCskcbDi = Layout.list(maCskcbDi, "XML13/MA_CSKCB_DI", false);
        maNoiDen = Layout.optional(maNoiDen);
        maCskcbDen = Layout.optional(maCskcbDen);
        Layout.require(hoTen, "XML13/HO_TEN");
        ngaySinh = Layout.optional(ngaySinh);
        gioiTinh = Layout.optional(gioiTinh);
        maQuoctich = Layout.optional(maQuoctich);
        maDantoc = Layout.optional(maDantoc);
        maNgheNghiep = Layout.optional(maNgheNghiep);
        diaChi = Layout.optional(diaChi);
        maTheBhyt = Layout.optional(maTheBhyt);
        gtTheDen = Layout.optional(gtTheDen);
        ngayVao = Layout.optional(ngayVao);
        ngayVaoNoiTru = Layout.optional(ngayVaoNoiTru);
        ngayRa = Layout.optional(ngayRa);
        Layout.require(dauHieuLs, "XML13/DAU_HIEU_LS");
        chanDoanRv = Layout.optional(chanDoanRv);
        Layout.require(qtBenhly, "XML13/QT_BENHLY");
        tomtatKq = Layout.optional(tomtatKq);
        ppDieutri = Layout.optional(ppDieutri);
        maBenhChinh = Layout.optional(maBenhChinh);
        maBenhKt = Layout.optional(maBenhKt);
        maBenhYhct = Layout.optional(maBenhYhct);
        tenDichVu = Layout.optional(tenDichVu);
        tenThuoc = Layout.optional(tenThuoc);
        ppDieuTri = Layout.optional(ppDieuTri);
        tinhTrangCt = Layout.optional(tinhTrangCt);
        maLoaiRv = Layout.optional(maLoaiRv);
        Layout.require(maLydoCt, "XML13/MA_LYDO_CT");
        Layout.require(huongDieuTri, "XML13/HUONG_DIEU_TRI");
        Layout.require(phuongtienVc, "XML13/PHUONGTIEN_VC");
        hotenNguoiHt = Layout.optional(hotenNguoiHt);
        chucdanhNguoiHt = Layout.optional(chucdanhNguoiHt);
        Layout.require(maBacSi, "XML13/MA_BAC_SI");
        Layout.require(maTtdv, "XML13/MA_TTDV");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML13, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML13/<field>}, never with the value
     */
    public static ReferralPaper from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<ReferralPaper, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML13;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.soHoso = soHoso;
        b.soChuyentuyen = soChuyentuyen;
        b.giayChuyenTuyen = giayChuyenTuyen;
        b.maCskcb = maCskcb.orElse(null);
        b.maNoiDi = maNoiDi.orElse(null);
        b.maCskcbDi = maCskcbDi;
        b.maNoiDen = maNoiDen.orElse(null);
        b.maCskcbDen = maCskcbDen.orElse(null);
        b.hoTen = hoTen;
        b.ngaySinh = ngaySinh.orElse(null);
        b.gioiTinh = gioiTinh.orElse(null);
        b.maQuoctich = maQuoctich.orElse(null);
        b.maDantoc = maDantoc.orElse(null);
        b.maNgheNghiep = maNgheNghiep.orElse(null);
        b.diaChi = diaChi.orElse(null);
        b.maTheBhyt = maTheBhyt.orElse(null);
        b.gtTheDen = gtTheDen.orElse(null);
        b.ngayVao = ngayVao.orElse(null);
        b.ngayVaoNoiTru = ngayVaoNoiTru.orElse(null);
        b.ngayRa = ngayRa.orElse(null);
        b.dauHieuLs = dauHieuLs;
        b.chanDoanRv = chanDoanRv.orElse(null);
        b.qtBenhly = qtBenhly;
        b.tomtatKq = tomtatKq.orElse(null);
        b.ppDieutri = ppDieutri.orElse(null);
        b.maBenhChinh = maBenhChinh.orElse(null);
        b.maBenhKt = maBenhKt.orElse(null);
        b.maBenhYhct = maBenhYhct.orElse(null);
        b.tenDichVu = tenDichVu.orElse(null);
        b.tenThuoc = tenThuoc.orElse(null);
        b.ppDieuTri = ppDieuTri.orElse(null);
        b.tinhTrangCt = tinhTrangCt.orElse(null);
        b.maLoaiRv = maLoaiRv.orElse(null);
        b.maLydoCt = maLydoCt;
        b.huongDieuTri = huongDieuTri;
        b.phuongtienVc = phuongtienVc;
        b.hotenNguoiHt = hotenNguoiHt.orElse(null);
        b.chucdanhNguoiHt = chucdanhNguoiHt.orElse(null);
        b.maBacSi = maBacSi;
        b.maTtdv = maTtdv;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link ReferralPaper}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String soHoso;
        private String soChuyentuyen;
        private String giayChuyenTuyen;
        private String maCskcb;
        private String maNoiDi;
        private List<String> maCskcbDi;
        private String maNoiDen;
        private String maCskcbDen;
        private String hoTen;
        private String ngaySinh;
        private Integer gioiTinh;
        private String maQuoctich;
        private String maDantoc;
        private String maNgheNghiep;
        private String diaChi;
        private String maTheBhyt;
        private String gtTheDen;
        private LocalDateTime ngayVao;
        private LocalDateTime ngayVaoNoiTru;
        private LocalDateTime ngayRa;
        private String dauHieuLs;
        private String chanDoanRv;
        private String qtBenhly;
        private String tomtatKq;
        private String ppDieutri;
        private String maBenhChinh;
        private String maBenhKt;
        private String maBenhYhct;
        private String tenDichVu;
        private String tenThuoc;
        private String ppDieuTri;
        private String tinhTrangCt;
        private Integer maLoaiRv;
        private Integer maLydoCt;
        private String huongDieuTri;
        private String phuongtienVc;
        private String hotenNguoiHt;
        private String chucdanhNguoiHt;
        private String maBacSi;
        private String maTtdv;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code SO_HOSO}; {@code null} leaves it absent. */
        public Builder soHoso(String value) {
            this.soHoso = value;
            return this;
        }

        /** Sets {@code SO_CHUYENTUYEN}; {@code null} leaves it absent. */
        public Builder soChuyentuyen(String value) {
            this.soChuyentuyen = value;
            return this;
        }

        /** Sets {@code GIAY_CHUYEN_TUYEN}; {@code null} leaves it absent. */
        public Builder giayChuyenTuyen(String value) {
            this.giayChuyenTuyen = value;
            return this;
        }

        /** Sets {@code MA_CSKCB}; {@code null} leaves it absent. */
        public Builder maCskcb(String value) {
            this.maCskcb = value;
            return this;
        }

        /** Sets {@code MA_NOI_DI}; {@code null} leaves it absent. */
        public Builder maNoiDi(String value) {
            this.maNoiDi = value;
            return this;
        }

        /** Sets {@code MA_CSKCB_DI}; {@code null} leaves it absent. */
        public Builder maCskcbDi(List<String> value) {
            this.maCskcbDi = value;
            return this;
        }

        /** Sets {@code MA_NOI_DEN}; {@code null} leaves it absent. */
        public Builder maNoiDen(String value) {
            this.maNoiDen = value;
            return this;
        }

        /** Sets {@code MA_CSKCB_DEN}; {@code null} leaves it absent. */
        public Builder maCskcbDen(String value) {
            this.maCskcbDen = value;
            return this;
        }

        /** Sets {@code HO_TEN}; {@code null} leaves it absent. */
        public Builder hoTen(String value) {
            this.hoTen = value;
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

        /** Sets {@code MA_THE_BHYT}; {@code null} leaves it absent. */
        public Builder maTheBhyt(String value) {
            this.maTheBhyt = value;
            return this;
        }

        /** Sets {@code GT_THE_DEN}; {@code null} leaves it absent. */
        public Builder gtTheDen(String value) {
            this.gtTheDen = value;
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

        /** Sets {@code DAU_HIEU_LS}; {@code null} leaves it absent. */
        public Builder dauHieuLs(String value) {
            this.dauHieuLs = value;
            return this;
        }

        /** Sets {@code CHAN_DOAN_RV}; {@code null} leaves it absent. */
        public Builder chanDoanRv(String value) {
            this.chanDoanRv = value;
            return this;
        }

        /** Sets {@code QT_BENHLY}; {@code null} leaves it absent. */
        public Builder qtBenhly(String value) {
            this.qtBenhly = value;
            return this;
        }

        /** Sets {@code TOMTAT_KQ}; {@code null} leaves it absent. */
        public Builder tomtatKq(String value) {
            this.tomtatKq = value;
            return this;
        }

        /** Sets {@code PP_DIEUTRI}; {@code null} leaves it absent. */
        public Builder ppDieutri(String value) {
            this.ppDieutri = value;
            return this;
        }

        /** Sets {@code MA_BENH_CHINH}; {@code null} leaves it absent. */
        public Builder maBenhChinh(String value) {
            this.maBenhChinh = value;
            return this;
        }

        /** Sets {@code MA_BENH_KT}; {@code null} leaves it absent. */
        public Builder maBenhKt(String value) {
            this.maBenhKt = value;
            return this;
        }

        /** Sets {@code MA_BENH_YHCT}; {@code null} leaves it absent. */
        public Builder maBenhYhct(String value) {
            this.maBenhYhct = value;
            return this;
        }

        /** Sets {@code TEN_DICH_VU}; {@code null} leaves it absent. */
        public Builder tenDichVu(String value) {
            this.tenDichVu = value;
            return this;
        }

        /** Sets {@code TEN_THUOC}; {@code null} leaves it absent. */
        public Builder tenThuoc(String value) {
            this.tenThuoc = value;
            return this;
        }

        /** Sets {@code PP_DIEU_TRI}; {@code null} leaves it absent. */
        public Builder ppDieuTri(String value) {
            this.ppDieuTri = value;
            return this;
        }

        /** Sets {@code TINH_TRANG_CT}; {@code null} leaves it absent. */
        public Builder tinhTrangCt(String value) {
            this.tinhTrangCt = value;
            return this;
        }

        /** Sets {@code MA_LOAI_RV}; {@code null} leaves it absent. */
        public Builder maLoaiRv(Integer value) {
            this.maLoaiRv = value;
            return this;
        }

        /** Sets {@code MA_LYDO_CT}; {@code null} leaves it absent. */
        public Builder maLydoCt(Integer value) {
            this.maLydoCt = value;
            return this;
        }

        /** Sets {@code HUONG_DIEU_TRI}; {@code null} leaves it absent. */
        public Builder huongDieuTri(String value) {
            this.huongDieuTri = value;
            return this;
        }

        /** Sets {@code PHUONGTIEN_VC}; {@code null} leaves it absent. */
        public Builder phuongtienVc(String value) {
            this.phuongtienVc = value;
            return this;
        }

        /** Sets {@code HOTEN_NGUOI_HT}; {@code null} leaves it absent. */
        public Builder hotenNguoiHt(String value) {
            this.hotenNguoiHt = value;
            return this;
        }

        /** Sets {@code CHUCDANH_NGUOI_HT}; {@code null} leaves it absent. */
        public Builder chucdanhNguoiHt(String value) {
            this.chucdanhNguoiHt = value;
            return this;
        }

        /** Sets {@code MA_BAC_SI}; {@code null} leaves it absent. */
        public Builder maBacSi(String value) {
            this.maBacSi = value;
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
        public ReferralPaper build() {
            return new ReferralPaper(
                    maLk,
                    soHoso,
                    soChuyentuyen,
                    giayChuyenTuyen,
                    Optional.ofNullable(maCskcb),
                    Optional.ofNullable(maNoiDi),
                    maCskcbDi,
                    Optional.ofNullable(maNoiDen),
                    Optional.ofNullable(maCskcbDen),
                    hoTen,
                    Optional.ofNullable(ngaySinh),
                    Optional.ofNullable(gioiTinh),
                    Optional.ofNullable(maQuoctich),
                    Optional.ofNullable(maDantoc),
                    Optional.ofNullable(maNgheNghiep),
                    Optional.ofNullable(diaChi),
                    Optional.ofNullable(maTheBhyt),
                    Optional.ofNullable(gtTheDen),
                    Optional.ofNullable(ngayVao),
                    Optional.ofNullable(ngayVaoNoiTru),
                    Optional.ofNullable(ngayRa),
                    dauHieuLs,
                    Optional.ofNullable(chanDoanRv),
                    qtBenhly,
                    Optional.ofNullable(tomtatKq),
                    Optional.ofNullable(ppDieutri),
                    Optional.ofNullable(maBenhChinh),
                    Optional.ofNullable(maBenhKt),
                    Optional.ofNullable(maBenhYhct),
                    Optional.ofNullable(tenDichVu),
                    Optional.ofNullable(tenThuoc),
                    Optional.ofNullable(ppDieuTri),
                    Optional.ofNullable(tinhTrangCt),
                    Optional.ofNullable(maLoaiRv),
                    maLydoCt,
                    huongDieuTri,
                    phuongtienVc,
                    Optional.ofNullable(hotenNguoiHt),
                    Optional.ofNullable(chucdanhNguoiHt),
                    maBacSi,
                    maTtdv,
                    Optional.ofNullable(duPhong));
        }
    }
}
