package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One birth certificate (one per child) of table 9 (Bảng 9, dữ liệu giấy chứng sinh) of the claims file ({@code XML9},
 * {@link ClaimsTable#XML9}), as a typed record: one component per field of the official field list (Decision 130/QĐ-BYT
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
 * @param maBhxhNnd {@code MA_BHXH_NND}: text, up to 10 characters; optional
 * @param maTheNnd {@code MA_THE_NND}: text, up to 15 characters; optional
 * @param hoTenNnd {@code HO_TEN_NND}: text, up to 255 characters; mandatory
 * @param ngaysinhNnd {@code NGAYSINH_NND}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param maDantocNnd {@code MA_DANTOC_NND}: text, up to 2 characters; mandatory
 * @param soCccdNnd {@code SO_CCCD_NND}: text, up to 15 characters; mandatory
 * @param ngaycapCccdNnd {@code NGAYCAP_CCCD_NND}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param noicapCccdNnd {@code NOICAP_CCCD_NND}: text, up to 1024 characters; mandatory
 * @param noiCuTruNnd {@code NOI_CU_TRU_NND}: text, up to 1024 characters; mandatory
 * @param maQuoctich {@code MA_QUOCTICH}: text, up to 3 characters; mandatory
 * @param matinhCuTru {@code MATINH_CU_TRU}: text, up to 3 characters; mandatory
 * @param mahuyenCuTru {@code MAHUYEN_CU_TRU}: text, up to 3 characters; mandatory
 * @param maxaCuTru {@code MAXA_CU_TRU}: text, up to 5 characters; mandatory
 * @param hoTenCha {@code HO_TEN_CHA}: text, up to 255 characters; optional
 * @param maTheTam {@code MA_THE_TAM}: text, up to 15 characters; mandatory
 * @param hoTenCon {@code HO_TEN_CON}: text, up to 255 characters; optional
 * @param gioiTinhCon {@code GIOI_TINH_CON}: number, up to 1 character; mandatory
 * @param soCon {@code SO_CON}: number, up to 2 characters; mandatory
 * @param lanSinh {@code LAN_SINH}: number, up to 2 characters; mandatory
 * @param soConSong {@code SO_CON_SONG}: number, up to 2 characters; mandatory
 * @param canNangCon {@code CAN_NANG_CON}: number, up to 10 characters; format {@code gram; nhiều con cách nhau ";"};
 *     mandatory
 * @param ngaySinhCon {@code NGAY_SINH_CON}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param noiSinhCon {@code NOI_SINH_CON}: text, up to 1024 characters; mandatory
 * @param tinhTrangCon {@code TINH_TRANG_CON}: text, unbounded; mandatory
 * @param sinhconPhauthuat {@code SINHCON_PHAUTHUAT}: number, up to 1 character; mandatory
 * @param sinhconDuoi32tuan {@code SINHCON_DUOI32TUAN}: number, up to 1 character; mandatory
 * @param ghiChu {@code GHI_CHU}: text, unbounded; mandatory
 * @param nguoiDoDe {@code NGUOI_DO_DE}: text, up to 255 characters; mandatory
 * @param nguoiGhiPhieu {@code NGUOI_GHI_PHIEU}: text, up to 255 characters; mandatory
 * @param ngayCt {@code NGAY_CT}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param so {@code SO}: text, up to 200 characters; mandatory
 * @param quyenSo {@code QUYEN_SO}: text, up to 200 characters; mandatory
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record BirthCertificate(
        String maLk,
        Optional<String> maBhxhNnd,
        Optional<String> maTheNnd,
        String hoTenNnd,
        LocalDate ngaysinhNnd,
        String maDantocNnd,
        String soCccdNnd,
        LocalDate ngaycapCccdNnd,
        String noicapCccdNnd,
        String noiCuTruNnd,
        String maQuoctich,
        String matinhCuTru,
        String mahuyenCuTru,
        String maxaCuTru,
        Optional<String> hoTenCha,
        String maTheTam,
        Optional<String> hoTenCon,
        Integer gioiTinhCon,
        Integer soCon,
        Integer lanSinh,
        Integer soConSong,
        Long canNangCon,
        LocalDateTime ngaySinhCon,
        String noiSinhCon,
        String tinhTrangCon,
        Integer sinhconPhauthuat,
        Integer sinhconDuoi32tuan,
        String ghiChu,
        String nguoiDoDe,
        String nguoiGhiPhieu,
        LocalDate ngayCt,
        String so,
        String quyenSo,
        String maTtdv,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<BirthCertificate, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML9, BirthCertificate.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, BirthCertificate::maLk, Builder::maLk)
            .optional("MA_BHXH_NND", Codec.TEXT, BirthCertificate::maBhxhNnd, Builder::maBhxhNnd)
            .optional("MA_THE_NND", Codec.TEXT, BirthCertificate::maTheNnd, Builder::maTheNnd)
            .required("HO_TEN_NND", Codec.TEXT, BirthCertificate::hoTenNnd, Builder::hoTenNnd)
            .required("NGAYSINH_NND", Codec.DATE, BirthCertificate::ngaysinhNnd, Builder::ngaysinhNnd)
            .required("MA_DANTOC_NND", Codec.TEXT, BirthCertificate::maDantocNnd, Builder::maDantocNnd)
            .required("SO_CCCD_NND", Codec.TEXT, BirthCertificate::soCccdNnd, Builder::soCccdNnd)
            .required("NGAYCAP_CCCD_NND", Codec.DATE, BirthCertificate::ngaycapCccdNnd, Builder::ngaycapCccdNnd)
            .required("NOICAP_CCCD_NND", Codec.TEXT, BirthCertificate::noicapCccdNnd, Builder::noicapCccdNnd)
            .required("NOI_CU_TRU_NND", Codec.TEXT, BirthCertificate::noiCuTruNnd, Builder::noiCuTruNnd)
            .required("MA_QUOCTICH", Codec.TEXT, BirthCertificate::maQuoctich, Builder::maQuoctich)
            .required("MATINH_CU_TRU", Codec.TEXT, BirthCertificate::matinhCuTru, Builder::matinhCuTru)
            .required("MAHUYEN_CU_TRU", Codec.TEXT, BirthCertificate::mahuyenCuTru, Builder::mahuyenCuTru)
            .required("MAXA_CU_TRU", Codec.TEXT, BirthCertificate::maxaCuTru, Builder::maxaCuTru)
            .optional("HO_TEN_CHA", Codec.TEXT, BirthCertificate::hoTenCha, Builder::hoTenCha)
            .required("MA_THE_TAM", Codec.TEXT, BirthCertificate::maTheTam, Builder::maTheTam)
            .optional("HO_TEN_CON", Codec.TEXT, BirthCertificate::hoTenCon, Builder::hoTenCon)
            .required("GIOI_TINH_CON", Codec.INTEGER, BirthCertificate::gioiTinhCon, Builder::gioiTinhCon)
            .required("SO_CON", Codec.INTEGER, BirthCertificate::soCon, Builder::soCon)
            .required("LAN_SINH", Codec.INTEGER, BirthCertificate::lanSinh, Builder::lanSinh)
            .required("SO_CON_SONG", Codec.INTEGER, BirthCertificate::soConSong, Builder::soConSong)
            .required("CAN_NANG_CON", Codec.LONG, BirthCertificate::canNangCon, Builder::canNangCon)
            .required("NGAY_SINH_CON", Codec.DATE_TIME, BirthCertificate::ngaySinhCon, Builder::ngaySinhCon)
            .required("NOI_SINH_CON", Codec.TEXT, BirthCertificate::noiSinhCon, Builder::noiSinhCon)
            .required("TINH_TRANG_CON", Codec.TEXT, BirthCertificate::tinhTrangCon, Builder::tinhTrangCon)
            .required("SINHCON_PHAUTHUAT", Codec.INTEGER, BirthCertificate::sinhconPhauthuat, Builder::sinhconPhauthuat)
            .required("SINHCON_DUOI32TUAN", Codec.INTEGER, BirthCertificate::sinhconDuoi32tuan,
                    Builder::sinhconDuoi32tuan)
            .required("GHI_CHU", Codec.TEXT, BirthCertificate::ghiChu, Builder::ghiChu)
            .required("NGUOI_DO_DE", Codec.TEXT, BirthCertificate::nguoiDoDe, Builder::nguoiDoDe)
            .required("NGUOI_GHI_PHIEU", Codec.TEXT, BirthCertificate::nguoiGhiPhieu, Builder::nguoiGhiPhieu)
            .required("NGAY_CT", Codec.DATE, BirthCertificate::ngayCt, Builder::ngayCt)
            .required("SO", Codec.TEXT, BirthCertificate::so, Builder::so)
            .required("QUYEN_SO", Codec.TEXT, BirthCertificate::quyenSo, Builder::quyenSo)
            .required("MA_TTDV", Codec.TEXT, BirthCertificate::maTtdv, Builder::maTtdv)
            .optional("DU_PHONG", Codec.TEXT, BirthCertificate::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public BirthCertificate {
        Layout.require(maLk, "XML9/MA_LK");
        maBhxhNnd = Layout.optional(maBhxhNnd);
        maTheNnd = Layout.optional(maTheNnd);
        Layout.require(hoTenNnd, "XML9/HO_TEN_NND");
        Layout.require(ngaysinhNnd, "XML9/NGAYSINH_NND");
        Layout.require(maDantocNnd, "XML9/MA_DANTOC_NND");
        Layout.require(soCccdNnd, "XML9/SO_CCCD_NND");
        Layout.require(ngaycapCccdNnd, "XML9/NGAYCAP_CCCD_NND");
        Layout.require(noicapCccdNnd, "XML9/NOICAP_CCCD_NND");
        Layout.require(noiCuTruNnd, "XML9/NOI_CU_TRU_NND");
        Layout.require(maQuoctich, "XML9/MA_QUOCTICH");
        Layout.require(matinhCuTru, "XML9/MATINH_CU_TRU");
        Layout.require(mahuyenCuTru, "XML9/MAHUYEN_CU_TRU");
        Layout.require(maxaCuTru, "XML9/MAXA_CU_TRU");
        hoTenCha = Layout.optional(hoTenCha);
        Layout.require(maTheTam, "XML9/MA_THE_TAM");
        hoTenCon = Layout.optional(hoTenCon);
        Layout.require(gioiTinhCon, "XML9/GIOI_TINH_CON");
        Layout.require(soCon, "XML9/SO_CON");
        Layout.require(lanSinh, "XML9/LAN_SINH");
        Layout.require(soConSong, "XML9/SO_CON_SONG");
        Layout.require(canNangCon, "XML9/CAN_NANG_CON");
        Layout.require(ngaySinhCon, "XML9/NGAY_SINH_CON");
        Layout.require(noiSinhCon, "XML9/NOI_SINH_CON");
        Layout.require(tinhTrangCon, "XML9/TINH_TRANG_CON");
        Layout.require(sinhconPhauthuat, "XML9/SINHCON_PHAUTHUAT");
        Layout.require(sinhconDuoi32tuan, "XML9/SINHCON_DUOI32TUAN");
        Layout.require(ghiChu, "XML9/GHI_CHU");
        Layout.require(nguoiDoDe, "XML9/NGUOI_DO_DE");
        Layout.require(nguoiGhiPhieu, "XML9/NGUOI_GHI_PHIEU");
        Layout.require(ngayCt, "XML9/NGAY_CT");
        Layout.require(so, "XML9/SO");
        Layout.require(quyenSo, "XML9/QUYEN_SO");
        Layout.require(maTtdv, "XML9/MA_TTDV");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML9, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML9/<field>}, never with the value
     */
    public static BirthCertificate from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<BirthCertificate, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML9;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.maBhxhNnd = maBhxhNnd.orElse(null);
        b.maTheNnd = maTheNnd.orElse(null);
        b.hoTenNnd = hoTenNnd;
        b.ngaysinhNnd = ngaysinhNnd;
        b.maDantocNnd = maDantocNnd;
        b.soCccdNnd = soCccdNnd;
        b.ngaycapCccdNnd = ngaycapCccdNnd;
        b.noicapCccdNnd = noicapCccdNnd;
        b.noiCuTruNnd = noiCuTruNnd;
        b.maQuoctich = maQuoctich;
        b.matinhCuTru = matinhCuTru;
        b.mahuyenCuTru = mahuyenCuTru;
        b.maxaCuTru = maxaCuTru;
        b.hoTenCha = hoTenCha.orElse(null);
        b.maTheTam = maTheTam;
        b.hoTenCon = hoTenCon.orElse(null);
        b.gioiTinhCon = gioiTinhCon;
        b.soCon = soCon;
        b.lanSinh = lanSinh;
        b.soConSong = soConSong;
        b.canNangCon = canNangCon;
        b.ngaySinhCon = ngaySinhCon;
        b.noiSinhCon = noiSinhCon;
        b.tinhTrangCon = tinhTrangCon;
        b.sinhconPhauthuat = sinhconPhauthuat;
        b.sinhconDuoi32tuan = sinhconDuoi32tuan;
        b.ghiChu = ghiChu;
        b.nguoiDoDe = nguoiDoDe;
        b.nguoiGhiPhieu = nguoiGhiPhieu;
        b.ngayCt = ngayCt;
        b.so = so;
        b.quyenSo = quyenSo;
        b.maTtdv = maTtdv;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link BirthCertificate}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String maBhxhNnd;
        private String maTheNnd;
        private String hoTenNnd;
        private LocalDate ngaysinhNnd;
        private String maDantocNnd;
        private String soCccdNnd;
        private LocalDate ngaycapCccdNnd;
        private String noicapCccdNnd;
        private String noiCuTruNnd;
        private String maQuoctich;
        private String matinhCuTru;
        private String mahuyenCuTru;
        private String maxaCuTru;
        private String hoTenCha;
        private String maTheTam;
        private String hoTenCon;
        private Integer gioiTinhCon;
        private Integer soCon;
        private Integer lanSinh;
        private Integer soConSong;
        private Long canNangCon;
        private LocalDateTime ngaySinhCon;
        private String noiSinhCon;
        private String tinhTrangCon;
        private Integer sinhconPhauthuat;
        private Integer sinhconDuoi32tuan;
        private String ghiChu;
        private String nguoiDoDe;
        private String nguoiGhiPhieu;
        private LocalDate ngayCt;
        private String so;
        private String quyenSo;
        private String maTtdv;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code MA_BHXH_NND}; {@code null} leaves it absent. */
        public Builder maBhxhNnd(String value) {
            this.maBhxhNnd = value;
            return this;
        }

        /** Sets {@code MA_THE_NND}; {@code null} leaves it absent. */
        public Builder maTheNnd(String value) {
            this.maTheNnd = value;
            return this;
        }

        /** Sets {@code HO_TEN_NND}; {@code null} leaves it absent. */
        public Builder hoTenNnd(String value) {
            this.hoTenNnd = value;
            return this;
        }

        /** Sets {@code NGAYSINH_NND}; {@code null} leaves it absent. */
        public Builder ngaysinhNnd(LocalDate value) {
            this.ngaysinhNnd = value;
            return this;
        }

        /** Sets {@code MA_DANTOC_NND}; {@code null} leaves it absent. */
        public Builder maDantocNnd(String value) {
            this.maDantocNnd = value;
            return this;
        }

        /** Sets {@code SO_CCCD_NND}; {@code null} leaves it absent. */
        public Builder soCccdNnd(String value) {
            this.soCccdNnd = value;
            return this;
        }

        /** Sets {@code NGAYCAP_CCCD_NND}; {@code null} leaves it absent. */
        public Builder ngaycapCccdNnd(LocalDate value) {
            this.ngaycapCccdNnd = value;
            return this;
        }

        /** Sets {@code NOICAP_CCCD_NND}; {@code null} leaves it absent. */
        public Builder noicapCccdNnd(String value) {
            this.noicapCccdNnd = value;
            return this;
        }

        /** Sets {@code NOI_CU_TRU_NND}; {@code null} leaves it absent. */
        public Builder noiCuTruNnd(String value) {
            this.noiCuTruNnd = value;
            return this;
        }

        /** Sets {@code MA_QUOCTICH}; {@code null} leaves it absent. */
        public Builder maQuoctich(String value) {
            this.maQuoctich = value;
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

        /** Sets {@code HO_TEN_CHA}; {@code null} leaves it absent. */
        public Builder hoTenCha(String value) {
            this.hoTenCha = value;
            return this;
        }

        /** Sets {@code MA_THE_TAM}; {@code null} leaves it absent. */
        public Builder maTheTam(String value) {
            this.maTheTam = value;
            return this;
        }

        /** Sets {@code HO_TEN_CON}; {@code null} leaves it absent. */
        public Builder hoTenCon(String value) {
            this.hoTenCon = value;
            return this;
        }

        /** Sets {@code GIOI_TINH_CON}; {@code null} leaves it absent. */
        public Builder gioiTinhCon(Integer value) {
            this.gioiTinhCon = value;
            return this;
        }

        /** Sets {@code SO_CON}; {@code null} leaves it absent. */
        public Builder soCon(Integer value) {
            this.soCon = value;
            return this;
        }

        /** Sets {@code LAN_SINH}; {@code null} leaves it absent. */
        public Builder lanSinh(Integer value) {
            this.lanSinh = value;
            return this;
        }

        /** Sets {@code SO_CON_SONG}; {@code null} leaves it absent. */
        public Builder soConSong(Integer value) {
            this.soConSong = value;
            return this;
        }

        /** Sets {@code CAN_NANG_CON}; {@code null} leaves it absent. */
        public Builder canNangCon(Long value) {
            this.canNangCon = value;
            return this;
        }

        /** Sets {@code NGAY_SINH_CON}; {@code null} leaves it absent. */
        public Builder ngaySinhCon(LocalDateTime value) {
            this.ngaySinhCon = value;
            return this;
        }

        /** Sets {@code NOI_SINH_CON}; {@code null} leaves it absent. */
        public Builder noiSinhCon(String value) {
            this.noiSinhCon = value;
            return this;
        }

        /** Sets {@code TINH_TRANG_CON}; {@code null} leaves it absent. */
        public Builder tinhTrangCon(String value) {
            this.tinhTrangCon = value;
            return this;
        }

        /** Sets {@code SINHCON_PHAUTHUAT}; {@code null} leaves it absent. */
        public Builder sinhconPhauthuat(Integer value) {
            this.sinhconPhauthuat = value;
            return this;
        }

        /** Sets {@code SINHCON_DUOI32TUAN}; {@code null} leaves it absent. */
        public Builder sinhconDuoi32tuan(Integer value) {
            this.sinhconDuoi32tuan = value;
            return this;
        }

        /** Sets {@code GHI_CHU}; {@code null} leaves it absent. */
        public Builder ghiChu(String value) {
            this.ghiChu = value;
            return this;
        }

        /** Sets {@code NGUOI_DO_DE}; {@code null} leaves it absent. */
        public Builder nguoiDoDe(String value) {
            this.nguoiDoDe = value;
            return this;
        }

        /** Sets {@code NGUOI_GHI_PHIEU}; {@code null} leaves it absent. */
        public Builder nguoiGhiPhieu(String value) {
            this.nguoiGhiPhieu = value;
            return this;
        }

        /** Sets {@code NGAY_CT}; {@code null} leaves it absent. */
        public Builder ngayCt(LocalDate value) {
            this.ngayCt = value;
            return this;
        }

        /** Sets {@code SO}; {@code null} leaves it absent. */
        public Builder so(String value) {
            this.so = value;
            return this;
        }

        /** Sets {@code QUYEN_SO}; {@code null} leaves it absent. */
        public Builder quyenSo(String value) {
            this.quyenSo = value;
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
        public BirthCertificate build() {
            return new BirthCertificate(
                    maLk,
                    Optional.ofNullable(maBhxhNnd),
                    Optional.ofNullable(maTheNnd),
                    hoTenNnd,
                    ngaysinhNnd,
                    maDantocNnd,
                    soCccdNnd,
                    ngaycapCccdNnd,
                    noicapCccdNnd,
                    noiCuTruNnd,
                    maQuoctich,
                    matinhCuTru,
                    mahuyenCuTru,
                    maxaCuTru,
                    Optional.ofNullable(hoTenCha),
                    maTheTam,
                    Optional.ofNullable(hoTenCon),
                    gioiTinhCon,
                    soCon,
                    lanSinh,
                    soConSong,
                    canNangCon,
                    ngaySinhCon,
                    noiSinhCon,
                    tinhTrangCon,
                    sinhconPhauthuat,
                    sinhconDuoi32tuan,
                    ghiChu,
                    nguoiDoDe,
                    nguoiGhiPhieu,
                    ngayCt,
                    so,
                    quyenSo,
                    maTtdv,
                    Optional.ofNullable(duPhong));
        }
    }
}
