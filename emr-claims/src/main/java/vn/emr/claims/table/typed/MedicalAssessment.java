package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One medical assessment of table 12 (Bảng 12, dữ liệu giám định y khoa; entered on the portal, not sent by hospitals)
 * of the claims file ({@code XML12}, {@link ClaimsTable#XML12}), as a typed record: one component per field of the
 * official field list (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official
 * order, named by the camelCase of the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param nguoiChuTri {@code NGUOI_CHU_TRI}: text, up to 255 characters; mandatory
 * @param chucVu {@code CHUC_VU}: number, up to 1 character; mandatory
 * @param ngayHop {@code NGAY_HOP}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param hoTen {@code HO_TEN}: text, up to 255 characters; mandatory
 * @param ngaySinh {@code NGAY_SINH}: text, up to 8 characters; format {@code yyyyMMddHHmm (HHmm=0000 nếu không rõ giờ;
 *     MMdd=0000 nếu không rõ ngày/tháng)}; mandatory
 * @param soCccd {@code SO_CCCD}: text, up to 15 characters; mandatory
 * @param ngayCapCccd {@code NGAY_CAP_CCCD}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param noiCapCccd {@code NOI_CAP_CCCD}: text, up to 1024 characters; mandatory
 * @param diaChi {@code DIA_CHI}: text, up to 1024 characters; mandatory
 * @param matinhCuTru {@code MATINH_CU_TRU}: text, up to 3 characters; mandatory
 * @param mahuyenCuTru {@code MAHUYEN_CU_TRU}: text, up to 3 characters; mandatory
 * @param maxaCuTru {@code MAXA_CU_TRU}: text, up to 5 characters; mandatory
 * @param maBhxh {@code MA_BHXH}: text, up to 10 characters; mandatory
 * @param maTheBhyt {@code MA_THE_BHYT}: text, up to 15 characters; optional
 * @param ngheNghiep {@code NGHE_NGHIEP}: text, up to 100 characters; optional
 * @param dienThoai {@code DIEN_THOAI}: text, up to 15 characters; mandatory
 * @param maDoiTuong {@code MA_DOI_TUONG}: text, up to 20 characters; format {@code nhiều giá trị cách nhau ";"};
 *     mandatory
 * @param khamGiamDinh {@code KHAM_GIAM_DINH}: number, up to 1 character; mandatory
 * @param soBienBan {@code SO_BIEN_BAN}: text, up to 200 characters; mandatory
 * @param tyleTtctCu {@code TYLE_TTCT_CU}: number, up to 3 characters; optional
 * @param dangHuongCheDo {@code DANG_HUONG_CHE_DO}: text, up to 10 characters; format {@code nhiều giá trị cách nhau
 *     ";"}; mandatory
 * @param ngayChungTu {@code NGAY_CHUNG_TU}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param soGiayGioiThieu {@code SO_GIAY_GIOI_THIEU}: text, up to 200 characters; mandatory
 * @param ngayDeNghi {@code NGAY_DE_NGHI}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param maDonvi {@code MA_DONVI}: text, up to 200 characters; mandatory
 * @param gioiThieuCua {@code GIOI_THIEU_CUA}: text, up to 1024 characters; mandatory
 * @param ketQuaKham {@code KET_QUA_KHAM}: text, unbounded; mandatory
 * @param soVanBanCanCu {@code SO_VAN_BAN_CAN_CU}: text, up to 200 characters; format {@code nhiều giá trị cách nhau
 *     ";"}; mandatory
 * @param tyleTtctMoi {@code TYLE_TTCT_MOI}: number, up to 3 characters; mandatory
 * @param tongTyleTtct {@code TONG_TYLE_TTCT}: number, up to 3 characters; mandatory
 * @param dangKhuyettat {@code DANG_KHUYETTAT}: number, up to 1 character; optional
 * @param mucDoKhuyettat {@code MUC_DO_KHUYETTAT}: number, up to 1 character; optional
 * @param deNghi {@code DE_NGHI}: text, unbounded; mandatory
 * @param duocXacdinh {@code DUOC_XACDINH}: text, unbounded; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record MedicalAssessment(
        String nguoiChuTri,
        Integer chucVu,
        LocalDate ngayHop,
        String hoTen,
        String ngaySinh,
        String soCccd,
        LocalDate ngayCapCccd,
        String noiCapCccd,
        String diaChi,
        String matinhCuTru,
        String mahuyenCuTru,
        String maxaCuTru,
        String maBhxh,
        Optional<String> maTheBhyt,
        Optional<String> ngheNghiep,
        String dienThoai,
        List<String> maDoiTuong,
        Integer khamGiamDinh,
        String soBienBan,
        Optional<Integer> tyleTtctCu,
        List<String> dangHuongCheDo,
        LocalDate ngayChungTu,
        String soGiayGioiThieu,
        LocalDate ngayDeNghi,
        String maDonvi,
        String gioiThieuCua,
        String ketQuaKham,
        List<String> soVanBanCanCu,
        Integer tyleTtctMoi,
        Integer tongTyleTtct,
        Optional<Integer> dangKhuyettat,
        Optional<Integer> mucDoKhuyettat,
        String deNghi,
        String duocXacdinh,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<MedicalAssessment, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML12, MedicalAssessment.class, Builder::new, Builder::build)
            .required("NGUOI_CHU_TRI", Codec.TEXT, MedicalAssessment::nguoiChuTri, Builder::nguoiChuTri)
            .required("CHUC_VU", Codec.INTEGER, MedicalAssessment::chucVu, Builder::chucVu)
            .required("NGAY_HOP", Codec.DATE, MedicalAssessment::ngayHop, Builder::ngayHop)
            .required("HO_TEN", Codec.TEXT, MedicalAssessment::hoTen, Builder::hoTen)
            .required("NGAY_SINH", Codec.TEXT, MedicalAssessment::ngaySinh, Builder::ngaySinh)
            .required("SO_CCCD", Codec.TEXT, MedicalAssessment::soCccd, Builder::soCccd)
            .required("NGAY_CAP_CCCD", Codec.DATE, MedicalAssessment::ngayCapCccd, Builder::ngayCapCccd)
            .required("NOI_CAP_CCCD", Codec.TEXT, MedicalAssessment::noiCapCccd, Builder::noiCapCccd)
            .required("DIA_CHI", Codec.TEXT, MedicalAssessment::diaChi, Builder::diaChi)
            .required("MATINH_CU_TRU", Codec.TEXT, MedicalAssessment::matinhCuTru, Builder::matinhCuTru)
            .required("MAHUYEN_CU_TRU", Codec.TEXT, MedicalAssessment::mahuyenCuTru, Builder::mahuyenCuTru)
            .required("MAXA_CU_TRU", Codec.TEXT, MedicalAssessment::maxaCuTru, Builder::maxaCuTru)
            .required("MA_BHXH", Codec.TEXT, MedicalAssessment::maBhxh, Builder::maBhxh)
            .optional("MA_THE_BHYT", Codec.TEXT, MedicalAssessment::maTheBhyt, Builder::maTheBhyt)
            .optional("NGHE_NGHIEP", Codec.TEXT, MedicalAssessment::ngheNghiep, Builder::ngheNghiep)
            .required("DIEN_THOAI", Codec.TEXT, MedicalAssessment::dienThoai, Builder::dienThoai)
            .list("MA_DOI_TUONG", true, MedicalAssessment::maDoiTuong, Builder::maDoiTuong)
            .required("KHAM_GIAM_DINH", Codec.INTEGER, MedicalAssessment::khamGiamDinh, Builder::khamGiamDinh)
            .required("SO_BIEN_BAN", Codec.TEXT, MedicalAssessment::soBienBan, Builder::soBienBan)
            .optional("TYLE_TTCT_CU", Codec.INTEGER, MedicalAssessment::tyleTtctCu, Builder::tyleTtctCu)
            .list("DANG_HUONG_CHE_DO", true, MedicalAssessment::dangHuongCheDo, Builder::dangHuongCheDo)
            .required("NGAY_CHUNG_TU", Codec.DATE, MedicalAssessment::ngayChungTu, Builder::ngayChungTu)
            .required("SO_GIAY_GIOI_THIEU", Codec.TEXT, MedicalAssessment::soGiayGioiThieu, Builder::soGiayGioiThieu)
            .required("NGAY_DE_NGHI", Codec.DATE, MedicalAssessment::ngayDeNghi, Builder::ngayDeNghi)
            .required("MA_DONVI", Codec.TEXT, MedicalAssessment::maDonvi, Builder::maDonvi)
            .required("GIOI_THIEU_CUA", Codec.TEXT, MedicalAssessment::gioiThieuCua, Builder::gioiThieuCua)
            .required("KET_QUA_KHAM", Codec.TEXT, MedicalAssessment::ketQuaKham, Builder::ketQuaKham)
            .list("SO_VAN_BAN_CAN_CU", true, MedicalAssessment::soVanBanCanCu, Builder::soVanBanCanCu)
            .required("TYLE_TTCT_MOI", Codec.INTEGER, MedicalAssessment::tyleTtctMoi, Builder::tyleTtctMoi)
            .required("TONG_TYLE_TTCT", Codec.INTEGER, MedicalAssessment::tongTyleTtct, Builder::tongTyleTtct)
            .optional("DANG_KHUYETTAT", Codec.INTEGER, MedicalAssessment::dangKhuyettat, Builder::dangKhuyettat)
            .optional("MUC_DO_KHUYETTAT", Codec.INTEGER, MedicalAssessment::mucDoKhuyettat, Builder::mucDoKhuyettat)
            .required("DE_NGHI", Codec.TEXT, MedicalAssessment::deNghi, Builder::deNghi)
            .required("DUOC_XACDINH", Codec.TEXT, MedicalAssessment::duocXacdinh, Builder::duocXacdinh)
            .optional("DU_PHONG", Codec.TEXT, MedicalAssessment::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public MedicalAssessment {
        Layout.require(nguoiChuTri, "XML12/NGUOI_CHU_TRI");
        Layout.require(chucVu, "XML12/CHUC_VU");
        Layout.require(ngayHop, "XML12/NGAY_HOP");
        Layout.require(hoTen, "XML12/HO_TEN");
        Layout.require(ngaySinh, "XML12/NGAY_SINH");
        Layout.require(soCccd, "XML12/SO_CCCD");
        Layout.require(ngayCapCccd, "XML12/NGAY_CAP_CCCD");
        Layout.require(noiCapCccd, "XML12/NOI_CAP_CCCD");
        Layout.require(diaChi, "XML12/DIA_CHI");
        Layout.require(matinhCuTru, "XML12/MATINH_CU_TRU");
        Layout.require(mahuyenCuTru, "XML12/MAHUYEN_CU_TRU");
        Layout.require(maxaCuTru, "XML12/MAXA_CU_TRU");
        Layout.require(maBhxh, "XML12/MA_BHXH");
        maTheBhyt = Layout.optional(maTheBhyt);
        ngheNghiep = Layout.optional(ngheNghiep);
        Layout.require(dienThoai, "XML12/DIEN_THOAI");
        maDoiTuong = Layout.list(maDoiTuong, "XML12/MA_DOI_TUONG", true);
        Layout.require(khamGiamDinh, "XML12/KHAM_GIAM_DINH");
        Layout.require(soBienBan, "XML12/SO_BIEN_BAN");
        tyleTtctCu = Layout.optional(tyleTtctCu);
        dangHuongCheDo = Layout.list(dangHuongCheDo, "XML12/DANG_HUONG_CHE_DO", true);
        Layout.require(ngayChungTu, "XML12/NGAY_CHUNG_TU");
        Layout.require(soGiayGioiThieu, "XML12/SO_GIAY_GIOI_THIEU");
        Layout.require(ngayDeNghi, "XML12/NGAY_DE_NGHI");
        Layout.require(maDonvi, "XML12/MA_DONVI");
        Layout.require(gioiThieuCua, "XML12/GIOI_THIEU_CUA");
        Layout.require(ketQuaKham, "XML12/KET_QUA_KHAM");
        soVanBanCanCu = Layout.list(soVanBanCanCu, "XML12/SO_VAN_BAN_CAN_CU", true);
        Layout.require(tyleTtctMoi, "XML12/TYLE_TTCT_MOI");
        Layout.require(tongTyleTtct, "XML12/TONG_TYLE_TTCT");
        dangKhuyettat = Layout.optional(dangKhuyettat);
        mucDoKhuyettat = Layout.optional(mucDoKhuyettat);
        Layout.require(deNghi, "XML12/DE_NGHI");
        Layout.require(duocXacdinh, "XML12/DUOC_XACDINH");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML12, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML12/<field>}, never with the value
     */
    public static MedicalAssessment from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<MedicalAssessment, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML12;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.nguoiChuTri = nguoiChuTri;
        b.chucVu = chucVu;
        b.ngayHop = ngayHop;
        b.hoTen = hoTen;
        b.ngaySinh = ngaySinh;
        b.soCccd = soCccd;
        b.ngayCapCccd = ngayCapCccd;
        b.noiCapCccd = noiCapCccd;
        b.diaChi = diaChi;
        b.matinhCuTru = matinhCuTru;
        b.mahuyenCuTru = mahuyenCuTru;
        b.maxaCuTru = maxaCuTru;
        b.maBhxh = maBhxh;
        b.maTheBhyt = maTheBhyt.orElse(null);
        b.ngheNghiep = ngheNghiep.orElse(null);
        b.dienThoai = dienThoai;
        b.maDoiTuong = maDoiTuong;
        b.khamGiamDinh = khamGiamDinh;
        b.soBienBan = soBienBan;
        b.tyleTtctCu = tyleTtctCu.orElse(null);
        b.dangHuongCheDo = dangHuongCheDo;
        b.ngayChungTu = ngayChungTu;
        b.soGiayGioiThieu = soGiayGioiThieu;
        b.ngayDeNghi = ngayDeNghi;
        b.maDonvi = maDonvi;
        b.gioiThieuCua = gioiThieuCua;
        b.ketQuaKham = ketQuaKham;
        b.soVanBanCanCu = soVanBanCanCu;
        b.tyleTtctMoi = tyleTtctMoi;
        b.tongTyleTtct = tongTyleTtct;
        b.dangKhuyettat = dangKhuyettat.orElse(null);
        b.mucDoKhuyettat = mucDoKhuyettat.orElse(null);
        b.deNghi = deNghi;
        b.duocXacdinh = duocXacdinh;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link MedicalAssessment}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String nguoiChuTri;
        private Integer chucVu;
        private LocalDate ngayHop;
        private String hoTen;
        private String ngaySinh;
        private String soCccd;
        private LocalDate ngayCapCccd;
        private String noiCapCccd;
        private String diaChi;
        private String matinhCuTru;
        private String mahuyenCuTru;
        private String maxaCuTru;
        private String maBhxh;
        private String maTheBhyt;
        private String ngheNghiep;
        private String dienThoai;
        private List<String> maDoiTuong;
        private Integer khamGiamDinh;
        private String soBienBan;
        private Integer tyleTtctCu;
        private List<String> dangHuongCheDo;
        private LocalDate ngayChungTu;
        private String soGiayGioiThieu;
        private LocalDate ngayDeNghi;
        private String maDonvi;
        private String gioiThieuCua;
        private String ketQuaKham;
        private List<String> soVanBanCanCu;
        private Integer tyleTtctMoi;
        private Integer tongTyleTtct;
        private Integer dangKhuyettat;
        private Integer mucDoKhuyettat;
        private String deNghi;
        private String duocXacdinh;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code NGUOI_CHU_TRI}; {@code null} leaves it absent. */
        public Builder nguoiChuTri(String value) {
            this.nguoiChuTri = value;
            return this;
        }

        /** Sets {@code CHUC_VU}; {@code null} leaves it absent. */
        public Builder chucVu(Integer value) {
            this.chucVu = value;
            return this;
        }

        /** Sets {@code NGAY_HOP}; {@code null} leaves it absent. */
        public Builder ngayHop(LocalDate value) {
            this.ngayHop = value;
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

        /** Sets {@code SO_CCCD}; {@code null} leaves it absent. */
        public Builder soCccd(String value) {
            this.soCccd = value;
            return this;
        }

        /** Sets {@code NGAY_CAP_CCCD}; {@code null} leaves it absent. */
        public Builder ngayCapCccd(LocalDate value) {
            this.ngayCapCccd = value;
            return this;
        }

        /** Sets {@code NOI_CAP_CCCD}; {@code null} leaves it absent. */
        public Builder noiCapCccd(String value) {
            this.noiCapCccd = value;
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

        /** Sets {@code MA_BHXH}; {@code null} leaves it absent. */
        public Builder maBhxh(String value) {
            this.maBhxh = value;
            return this;
        }

        /** Sets {@code MA_THE_BHYT}; {@code null} leaves it absent. */
        public Builder maTheBhyt(String value) {
            this.maTheBhyt = value;
            return this;
        }

        /** Sets {@code NGHE_NGHIEP}; {@code null} leaves it absent. */
        public Builder ngheNghiep(String value) {
            this.ngheNghiep = value;
            return this;
        }

        /** Sets {@code DIEN_THOAI}; {@code null} leaves it absent. */
        public Builder dienThoai(String value) {
            this.dienThoai = value;
            return this;
        }

        /** Sets {@code MA_DOI_TUONG}; {@code null} leaves it absent. */
        public Builder maDoiTuong(List<String> value) {
            this.maDoiTuong = value;
            return this;
        }

        /** Sets {@code KHAM_GIAM_DINH}; {@code null} leaves it absent. */
        public Builder khamGiamDinh(Integer value) {
            this.khamGiamDinh = value;
            return this;
        }

        /** Sets {@code SO_BIEN_BAN}; {@code null} leaves it absent. */
        public Builder soBienBan(String value) {
            this.soBienBan = value;
            return this;
        }

        /** Sets {@code TYLE_TTCT_CU}; {@code null} leaves it absent. */
        public Builder tyleTtctCu(Integer value) {
            this.tyleTtctCu = value;
            return this;
        }

        /** Sets {@code DANG_HUONG_CHE_DO}; {@code null} leaves it absent. */
        public Builder dangHuongCheDo(List<String> value) {
            this.dangHuongCheDo = value;
            return this;
        }

        /** Sets {@code NGAY_CHUNG_TU}; {@code null} leaves it absent. */
        public Builder ngayChungTu(LocalDate value) {
            this.ngayChungTu = value;
            return this;
        }

        /** Sets {@code SO_GIAY_GIOI_THIEU}; {@code null} leaves it absent. */
        public Builder soGiayGioiThieu(String value) {
            this.soGiayGioiThieu = value;
            return this;
        }

        /** Sets {@code NGAY_DE_NGHI}; {@code null} leaves it absent. */
        public Builder ngayDeNghi(LocalDate value) {
            this.ngayDeNghi = value;
            return this;
        }

        /** Sets {@code MA_DONVI}; {@code null} leaves it absent. */
        public Builder maDonvi(String value) {
            this.maDonvi = value;
            return this;
        }

        /** Sets {@code GIOI_THIEU_CUA}; {@code null} leaves it absent. */
        public Builder gioiThieuCua(String value) {
            this.gioiThieuCua = value;
            return this;
        }

        /** Sets {@code KET_QUA_KHAM}; {@code null} leaves it absent. */
        public Builder ketQuaKham(String value) {
            this.ketQuaKham = value;
            return this;
        }

        /** Sets {@code SO_VAN_BAN_CAN_CU}; {@code null} leaves it absent. */
        public Builder soVanBanCanCu(List<String> value) {
            this.soVanBanCanCu = value;
            return this;
        }

        /** Sets {@code TYLE_TTCT_MOI}; {@code null} leaves it absent. */
        public Builder tyleTtctMoi(Integer value) {
            this.tyleTtctMoi = value;
            return this;
        }

        /** Sets {@code TONG_TYLE_TTCT}; {@code null} leaves it absent. */
        public Builder tongTyleTtct(Integer value) {
            this.tongTyleTtct = value;
            return this;
        }

        /** Sets {@code DANG_KHUYETTAT}; {@code null} leaves it absent. */
        public Builder dangKhuyettat(Integer value) {
            this.dangKhuyettat = value;
            return this;
        }

        /** Sets {@code MUC_DO_KHUYETTAT}; {@code null} leaves it absent. */
        public Builder mucDoKhuyettat(Integer value) {
            this.mucDoKhuyettat = value;
            return this;
        }

        /** Sets {@code DE_NGHI}; {@code null} leaves it absent. */
        public Builder deNghi(String value) {
            this.deNghi = value;
            return this;
        }

        /** Sets {@code DUOC_XACDINH}; {@code null} leaves it absent. */
        public Builder duocXacdinh(String value) {
            this.duocXacdinh = value;
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
        public MedicalAssessment build() {
            return new MedicalAssessment(
                    nguoiChuTri,
                    chucVu,
                    ngayHop,
                    hoTen,
                    ngaySinh,
                    soCccd,
                    ngayCapCccd,
                    noiCapCccd,
                    diaChi,
                    matinhCuTru,
                    mahuyenCuTru,
                    maxaCuTru,
                    maBhxh,
                    Optional.ofNullable(maTheBhyt),
                    Optional.ofNullable(ngheNghiep),
                    dienThoai,
                    maDoiTuong,
                    khamGiamDinh,
                    soBienBan,
                    Optional.ofNullable(tyleTtctCu),
                    dangHuongCheDo,
                    ngayChungTu,
                    soGiayGioiThieu,
                    ngayDeNghi,
                    maDonvi,
                    gioiThieuCua,
                    ketQuaKham,
                    soVanBanCanCu,
                    tyleTtctMoi,
                    tongTyleTtct,
                    Optional.ofNullable(dangKhuyettat),
                    Optional.ofNullable(mucDoKhuyettat),
                    deNghi,
                    duocXacdinh,
                    Optional.ofNullable(duPhong));
        }
    }
}
