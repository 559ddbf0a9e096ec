package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The discharge paper of table 7 (Bảng 7, dữ liệu giấy ra viện) of the claims file ({@code XML7}, {@link
 * ClaimsTable#XML7}), as a typed record: one component per field of the official field list (Decision 130/QĐ-BYT as
 * amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named by the camelCase of the official
 * element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param soLuuTru {@code SO_LUU_TRU}: text, up to 200 characters; mandatory
 * @param maYte {@code MA_YTE}: text, up to 200 characters; mandatory
 * @param maKhoaRv {@code MA_KHOA_RV}: text, up to 200 characters; mandatory
 * @param ngayVao {@code NGAY_VAO}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param ngayRa {@code NGAY_RA}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param maDinhChiThai {@code MA_DINH_CHI_THAI}: number, up to 1 character; optional
 * @param nguyennhanDinhchi {@code NGUYENNHAN_DINHCHI}: text, unbounded; conditional
 * @param thoigianDinhchi {@code THOIGIAN_DINHCHI}: text, up to 12 characters; format {@code yyyyMMddHHmm}; conditional
 * @param tuoiThai {@code TUOI_THAI}: number, up to 2 characters; conditional
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, up to 1500 characters; mandatory
 * @param ppDieutri {@code PP_DIEUTRI}: text, up to 1500 characters; mandatory
 * @param ghiChu {@code GHI_CHU}: text, up to 1500 characters; optional
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param maBs {@code MA_BS}: text, up to 200 characters; mandatory
 * @param tenBs {@code TEN_BS}: text, up to 255 characters; mandatory
 * @param ngayCt {@code NGAY_CT}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param maCha {@code MA_CHA}: text, up to 10 characters; optional
 * @param maMe {@code MA_ME}: text, up to 10 characters; optional
 * @param maTheTam {@code MA_THE_TAM}: text, up to 15 characters; optional
 * @param hoTenCha {@code HO_TEN_CHA}: text, up to 255 characters; optional
 * @param hoTenMe {@code HO_TEN_ME}: text, up to 255 characters; optional
 * @param soNgayNghi {@code SO_NGAY_NGHI}: number, up to 2 characters; optional
 * @param ngoaitruTungay {@code NGOAITRU_TUNGAY}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param ngoaitruDenngay {@code NGOAITRU_DENNGAY}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record DischargePaper(
        String maLk,
        String soLuuTru,
        String maYte,
        String maKhoaRv,
        LocalDateTime ngayVao,
        LocalDateTime ngayRa,
        Optional<Integer> maDinhChiThai,
        Optional<String> nguyennhanDinhchi,
        Optional<LocalDateTime> thoigianDinhchi,
        Optional<Integer> tuoiThai,
        String chanDoanRv,
        String ppDieutri,
        Optional<String> ghiChu,
        String maTtdv,
        String maBs,
        String tenBs,
        LocalDate ngayCt,
        Optional<String> maCha,
        Optional<String> maMe,
        Optional<String> maTheTam,
        Optional<String> hoTenCha,
        Optional<String> hoTenMe,
        Optional<Integer> soNgayNghi,
        Optional<LocalDate> ngoaitruTungay,
        Optional<LocalDate> ngoaitruDenngay,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<DischargePaper, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML7, DischargePaper.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, DischargePaper::maLk, Builder::maLk)
            .required("SO_LUU_TRU", Codec.TEXT, DischargePaper::soLuuTru, Builder::soLuuTru)
            .required("MA_YTE", Codec.TEXT, DischargePaper::maYte, Builder::maYte)
            .required("MA_KHOA_RV", Codec.TEXT, DischargePaper::maKhoaRv, Builder::maKhoaRv)
            .required("NGAY_VAO", Codec.DATE_TIME, DischargePaper::ngayVao, Builder::ngayVao)
            .required("NGAY_RA", Codec.DATE_TIME, DischargePaper::ngayRa, Builder::ngayRa)
            .optional("MA_DINH_CHI_THAI", Codec.INTEGER, DischargePaper::maDinhChiThai, Builder::maDinhChiThai)
            .optional("NGUYENNHAN_DINHCHI", Codec.TEXT, DischargePaper::nguyennhanDinhchi, Builder::nguyennhanDinhchi)
            .optional("THOIGIAN_DINHCHI", Codec.DATE_TIME, DischargePaper::thoigianDinhchi, Builder::thoigianDinhchi)
            .optional("TUOI_THAI", Codec.INTEGER, DischargePaper::tuoiThai, Builder::tuoiThai)
            .required("CHAN_DOAN_RV", Codec.TEXT, DischargePaper::chanDoanRv, Builder::chanDoanRv)
            .required("PP_DIEUTRI", Codec.TEXT, DischargePaper::ppDieutri, Builder::ppDieutri)
            .optional("GHI_CHU", Codec.TEXT, DischargePaper::ghiChu, Builder::ghiChu)
            .required("MA_TTDV", Codec.TEXT, DischargePaper::maTtdv, Builder::maTtdv)
            .required("MA_BS", Codec.TEXT, DischargePaper::maBs, Builder::maBs)
            .required("TEN_BS", Codec.TEXT, DischargePaper::tenBs, Builder::tenBs)
            .required("NGAY_CT", Codec.DATE, DischargePaper::ngayCt, Builder::ngayCt)
            .optional("MA_CHA", Codec.TEXT, DischargePaper::maCha, Builder::maCha)
            .optional("MA_ME", Codec.TEXT, DischargePaper::maMe, Builder::maMe)
            .optional("MA_THE_TAM", Codec.TEXT, DischargePaper::maTheTam, Builder::maTheTam)
            .optional("HO_TEN_CHA", Codec.TEXT, DischargePaper::hoTenCha, Builder::hoTenCha)
            .optional("HO_TEN_ME", Codec.TEXT, DischargePaper::hoTenMe, Builder::hoTenMe)
            .optional("SO_NGAY_NGHI", Codec.INTEGER, DischargePaper::soNgayNghi, Builder::soNgayNghi)
            .optional("NGOAITRU_TUNGAY", Codec.DATE, DischargePaper::ngoaitruTungay, Builder::ngoaitruTungay)
            .optional("NGOAITRU_DENNGAY", Codec.DATE, DischargePaper::ngoaitruDenngay, Builder::ngoaitruDenngay)
            .optional("DU_PHONG", Codec.TEXT, DischargePaper::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public DischargePaper {
        Layout.require(maLk, "XML7/MA_LK");
        Layout.require(soLuuTru, "XML7/SO_LUU_TRU");
        Layout.require(maYte, "XML7/MA_YTE");
        Layout.require(maKhoaRv, "XML7/MA_KHOA_RV");
        Layout.require(ngayVao, "XML7/NGAY_VAO");
        Layout.require(ngayRa, "XML7/NGAY_RA");
        maDinhChiThai = Layout.optional(maDinhChiThai);
        nguyennhanDinhchi = Layout.optional(nguyennhanDinhchi);
        thoigianDinhchi = Layout.optional(thoigianDinhchi);
        tuoiThai = Layout.optional(tuoiThai);
        Layout.require(chanDoanRv, "XML7/CHAN_DOAN_RV");
        Layout.require(ppDieutri, "XML7/PP_DIEUTRI");
        ghiChu = Layout.optional(ghiChu);
        Layout.require(maTtdv, "XML7/MA_TTDV");
        Layout.require(maBs, "XML7/MA_BS");
        Layout.require(tenBs, "XML7/TEN_BS");
        Layout.require(ngayCt, "XML7/NGAY_CT");
        maCha = Layout.optional(maCha);
        maMe = Layout.optional(maMe);
        maTheTam = Layout.optional(maTheTam);
        hoTenCha = Layout.optional(hoTenCha);
        hoTenMe = Layout.optional(hoTenMe);
        soNgayNghi = Layout.optional(soNgayNghi);
        ngoaitruTungay = Layout.optional(ngoaitruTungay);
        ngoaitruDenngay = Layout.optional(ngoaitruDenngay);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML7, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML7/<field>}, never with the value
     */
    public static DischargePaper from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<DischargePaper, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML7;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.soLuuTru = soLuuTru;
        b.maYte = maYte;
        b.maKhoaRv = maKhoaRv;
        b.ngayVao = ngayVao;
        b.ngayRa = ngayRa;
        b.maDinhChiThai = maDinhChiThai.orElse(null);
        b.nguyennhanDinhchi = nguyennhanDinhchi.orElse(null);
        b.thoigianDinhchi = thoigianDinhchi.orElse(null);
        b.tuoiThai = tuoiThai.orElse(null);
        b.chanDoanRv = chanDoanRv;
        b.ppDieutri = ppDieutri;
        b.ghiChu = ghiChu.orElse(null);
        b.maTtdv = maTtdv;
        b.maBs = maBs;
        b.tenBs = tenBs;
        b.ngayCt = ngayCt;
        b.maCha = maCha.orElse(null);
        b.maMe = maMe.orElse(null);
        b.maTheTam = maTheTam.orElse(null);
        b.hoTenCha = hoTenCha.orElse(null);
        b.hoTenMe = hoTenMe.orElse(null);
        b.soNgayNghi = soNgayNghi.orElse(null);
        b.ngoaitruTungay = ngoaitruTungay.orElse(null);
        b.ngoaitruDenngay = ngoaitruDenngay.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link DischargePaper}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String soLuuTru;
        private String maYte;
        private String maKhoaRv;
        private LocalDateTime ngayVao;
        private LocalDateTime ngayRa;
        private Integer maDinhChiThai;
        private String nguyennhanDinhchi;
        private LocalDateTime thoigianDinhchi;
        private Integer tuoiThai;
        private String chanDoanRv;
        private String ppDieutri;
        private String ghiChu;
        private String maTtdv;
        private String maBs;
        private String tenBs;
        private LocalDate ngayCt;
        private String maCha;
        private String maMe;
        private String maTheTam;
        private String hoTenCha;
        private String hoTenMe;
        private Integer soNgayNghi;
        private LocalDate ngoaitruTungay;
        private LocalDate ngoaitruDenngay;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code SO_LUU_TRU}; {@code null} leaves it absent. */
        public Builder soLuuTru(String value) {
            this.soLuuTru = value;
            return this;
        }

        /** Sets {@code MA_YTE}; {@code null} leaves it absent. */
        public Builder maYte(String value) {
            this.maYte = value;
            return this;
        }

        /** Sets {@code MA_KHOA_RV}; {@code null} leaves it absent. */
        public Builder maKhoaRv(String value) {
            this.maKhoaRv = value;
            return this;
        }

        /** Sets {@code NGAY_VAO}; {@code null} leaves it absent. */
        public Builder ngayVao(LocalDateTime value) {
            this.ngayVao = value;
            return this;
        }

        /** Sets {@code NGAY_RA}; {@code null} leaves it absent. */
        public Builder ngayRa(LocalDateTime value) {
            this.ngayRa = value;
            return this;
        }

        /** Sets {@code MA_DINH_CHI_THAI}; {@code null} leaves it absent. */
        public Builder maDinhChiThai(Integer value) {
            this.maDinhChiThai = value;
            return this;
        }

        /** Sets {@code NGUYENNHAN_DINHCHI}; {@code null} leaves it absent. */
        public Builder nguyennhanDinhchi(String value) {
            this.nguyennhanDinhchi = value;
            return this;
        }

        /** Sets {@code THOIGIAN_DINHCHI}; {@code null} leaves it absent. */
        public Builder thoigianDinhchi(LocalDateTime value) {
            this.thoigianDinhchi = value;
            return this;
        }

        /** Sets {@code TUOI_THAI}; {@code null} leaves it absent. */
        public Builder tuoiThai(Integer value) {
            this.tuoiThai = value;
            return this;
        }

        /** Sets {@code CHAN_DOAN_RV}; {@code null} leaves it absent. */
        public Builder chanDoanRv(String value) {
            this.chanDoanRv = value;
            return this;
        }

        /** Sets {@code PP_DIEUTRI}; {@code null} leaves it absent. */
        public Builder ppDieutri(String value) {
            this.ppDieutri = value;
            return this;
        }

        /** Sets {@code GHI_CHU}; {@code null} leaves it absent. */
        public Builder ghiChu(String value) {
            this.ghiChu = value;
            return this;
        }

        /** Sets {@code MA_TTDV}; {@code null} leaves it absent. */
        public Builder maTtdv(String value) {
            this.maTtdv = value;
            return this;
        }

        /** Sets {@code MA_BS}; {@code null} leaves it absent. */
        public Builder maBs(String value) {
            this.maBs = value;
            return this;
        }

        /** Sets {@code TEN_BS}; {@code null} leaves it absent. */
        public Builder tenBs(String value) {
            this.tenBs = value;
            return this;
        }

        /** Sets {@code NGAY_CT}; {@code null} leaves it absent. */
        public Builder ngayCt(LocalDate value) {
            this.ngayCt = value;
            return this;
        }

        /** Sets {@code MA_CHA}; {@code null} leaves it absent. */
        public Builder maCha(String value) {
            this.maCha = value;
            return this;
        }

        /** Sets {@code MA_ME}; {@code null} leaves it absent. */
        public Builder maMe(String value) {
            this.maMe = value;
            return this;
        }

        /** Sets {@code MA_THE_TAM}; {@code null} leaves it absent. */
        public Builder maTheTam(String value) {
            this.maTheTam = value;
            return this;
        }

        /** Sets {@code HO_TEN_CHA}; {@code null} leaves it absent. */
        public Builder hoTenCha(String value) {
            this.hoTenCha = value;
            return this;
        }

        /** Sets {@code HO_TEN_ME}; {@code null} leaves it absent. */
        public Builder hoTenMe(String value) {
            this.hoTenMe = value;
            return this;
        }

        /** Sets {@code SO_NGAY_NGHI}; {@code null} leaves it absent. */
        public Builder soNgayNghi(Integer value) {
            this.soNgayNghi = value;
            return this;
        }

        /** Sets {@code NGOAITRU_TUNGAY}; {@code null} leaves it absent. */
        public Builder ngoaitruTungay(LocalDate value) {
            this.ngoaitruTungay = value;
            return this;
        }

        /** Sets {@code NGOAITRU_DENNGAY}; {@code null} leaves it absent. */
        public Builder ngoaitruDenngay(LocalDate value) {
            this.ngoaitruDenngay = value;
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
        public DischargePaper build() {
            return new DischargePaper(
                    maLk,
                    soLuuTru,
                    maYte,
                    maKhoaRv,
                    ngayVao,
                    ngayRa,
                    Optional.ofNullable(maDinhChiThai),
                    Optional.ofNullable(nguyennhanDinhchi),
                    Optional.ofNullable(thoigianDinhchi),
                    Optional.ofNullable(tuoiThai),
                    chanDoanRv,
                    ppDieutri,
                    Optional.ofNullable(ghiChu),
                    maTtdv,
                    maBs,
                    tenBs,
                    ngayCt,
                    Optional.ofNullable(maCha),
                    Optional.ofNullable(maMe),
                    Optional.ofNullable(maTheTam),
                    Optional.ofNullable(hoTenCha),
                    Optional.ofNullable(hoTenMe),
                    Optional.ofNullable(soNgayNghi),
                    Optional.ofNullable(ngoaitruTungay),
                    Optional.ofNullable(ngoaitruDenngay),
                    Optional.ofNullable(duPhong));
        }
    }
}
