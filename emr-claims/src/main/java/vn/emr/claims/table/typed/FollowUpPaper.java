package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The follow-up appointment paper of table 14 (Bảng 14, dữ liệu giấy hẹn khám lại) of the claims file ({@code XML14},
 * {@link ClaimsTable#XML14}), as a typed record: one component per field of the official field list (Decision
 * 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named by the camelCase of
 * the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param soGiayhenKl {@code SO_GIAYHEN_KL}: text, up to 50 characters; mandatory
 * @param maCskcb {@code MA_CSKCB}: text, up to 5 characters; mandatory
 * @param hoTen {@code HO_TEN}: text, up to 255 characters; mandatory
 * @param ngaySinh {@code NGAY_SINH}: text, up to 12 characters; format {@code yyyyMMddHHmm (HHmm=0000 nếu không rõ giờ;
 *     MMdd=0000 nếu không rõ ngày/tháng)}; optional
 * @param gioiTinh {@code GIOI_TINH}: number, up to 1 character; optional
 * @param diaChi {@code DIA_CHI}: text, up to 1024 characters; optional
 * @param maTheBhyt {@code MA_THE_BHYT}: text, unbounded; optional
 * @param gtTheDen {@code GT_THE_DEN}: text, unbounded; optional
 * @param ngayVao {@code NGAY_VAO}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param ngayVaoNoiTru {@code NGAY_VAO_NOI_TRU}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param ngayRa {@code NGAY_RA}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param ngayHenKl {@code NGAY_HEN_KL}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, unbounded; optional
 * @param maBenhChinh {@code MA_BENH_CHINH}: text, up to 7 characters; format {@code 01 mã ICD-10}; optional
 * @param maBenhKt {@code MA_BENH_KT}: text, up to 100 characters; format {@code tối đa 12 mã ICD-10}; optional
 * @param maBenhYhct {@code MA_BENH_YHCT}: text, up to 255 characters; optional
 * @param maDoituongKcb {@code MA_DOITUONG_KCB}: text, up to 4 characters; optional
 * @param maBacSi {@code MA_BAC_SI}: text, up to 255 characters; mandatory
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param ngayCt {@code NGAY_CT}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record FollowUpPaper(
        String maLk,
        String soGiayhenKl,
        String maCskcb,
        String hoTen,
        Optional<String> ngaySinh,
        Optional<Integer> gioiTinh,
        Optional<String> diaChi,
        Optional<String> maTheBhyt,
        Optional<String> gtTheDen,
        Optional<LocalDateTime> ngayVao,
        Optional<LocalDateTime> ngayVaoNoiTru,
        Optional<LocalDateTime> ngayRa,
        LocalDateTime ngayHenKl,
        Optional<String> chanDoanRv,
        Optional<String> maBenhChinh,
        Optional<String> maBenhKt,
        Optional<String> maBenhYhct,
        Optional<String> maDoituongKcb,
        String maBacSi,
        String maTtdv,
        LocalDate ngayCt,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<FollowUpPaper, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML14, FollowUpPaper.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, FollowUpPaper::maLk, Builder::maLk)
            .required("SO_GIAYHEN_KL", Codec.TEXT, FollowUpPaper::soGiayhenKl, Builder::soGiayhenKl)
            .required("MA_CSKCB", Codec.TEXT, FollowUpPaper::maCskcb, Builder::maCskcb)
            .required("HO_TEN", Codec.TEXT, FollowUpPaper::hoTen, Builder::hoTen)
            .optional("NGAY_SINH", Codec.TEXT, FollowUpPaper::ngaySinh, Builder::ngaySinh)
            .optional("GIOI_TINH", Codec.INTEGER, FollowUpPaper::gioiTinh, Builder::gioiTinh)
            .optional("DIA_CHI", Codec.TEXT, FollowUpPaper::diaChi, Builder::diaChi)
            .optional("MA_THE_BHYT", Codec.TEXT, FollowUpPaper::maTheBhyt, Builder::maTheBhyt)
            .optional("GT_THE_DEN", Codec.TEXT, FollowUpPaper::gtTheDen, Builder::gtTheDen)
            .optional("NGAY_VAO", Codec.DATE_TIME, FollowUpPaper::ngayVao, Builder::ngayVao)
            .optional("NGAY_VAO_NOI_TRU", Codec.DATE_TIME, FollowUpPaper::ngayVaoNoiTru, Builder::ngayVaoNoiTru)
            .optional("NGAY_RA", Codec.DATE_TIME, FollowUpPaper::ngayRa, Builder::ngayRa)
            .required("NGAY_HEN_KL", Codec.DATE_TIME, FollowUpPaper::ngayHenKl, Builder::ngayHenKl)
            .optional("CHAN_DOAN_RV", Codec.TEXT, FollowUpPaper::chanDoanRv, Builder::chanDoanRv)
            .optional("MA_BENH_CHINH", Codec.TEXT, FollowUpPaper::maBenhChinh, Builder::maBenhChinh)
            .optional("MA_BENH_KT", Codec.TEXT, FollowUpPaper::maBenhKt, Builder::maBenhKt)
            .optional("MA_BENH_YHCT", Codec.TEXT, FollowUpPaper::maBenhYhct, Builder::maBenhYhct)
            .optional("MA_DOITUONG_KCB", Codec.TEXT, FollowUpPaper::maDoituongKcb, Builder::maDoituongKcb)
            .required("MA_BAC_SI", Codec.TEXT, FollowUpPaper::maBacSi, Builder::maBacSi)
            .required("MA_TTDV", Codec.TEXT, FollowUpPaper::maTtdv, Builder::maTtdv)
            .required("NGAY_CT", Codec.DATE, FollowUpPaper::ngayCt, Builder::ngayCt)
            .optional("DU_PHONG", Codec.TEXT, FollowUpPaper::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public FollowUpPaper {
        Layout.require(maLk, "XML14/MA_LK");
        Layout.require(soGiayhenKl, "XML14/SO_GIAYHEN_KL");
        Layout.require(maCskcb, "XML14/MA_CSKCB");
        Layout.require(hoTen, "XML14/HO_TEN");
        ngaySinh = Layout.optional(ngaySinh);
        gioiTinh = Layout.optional(gioiTinh);
        diaChi = Layout.optional(diaChi);
        maTheBhyt = Layout.optional(maTheBhyt);
        gtTheDen = Layout.optional(gtTheDen);
        ngayVao = Layout.optional(ngayVao);
        ngayVaoNoiTru = Layout.optional(ngayVaoNoiTru);
        ngayRa = Layout.optional(ngayRa);
        Layout.require(ngayHenKl, "XML14/NGAY_HEN_KL");
        chanDoanRv = Layout.optional(chanDoanRv);
        maBenhChinh = Layout.optional(maBenhChinh);
        maBenhKt = Layout.optional(maBenhKt);
        maBenhYhct = Layout.optional(maBenhYhct);
        maDoituongKcb = Layout.optional(maDoituongKcb);
        Layout.require(maBacSi, "XML14/MA_BAC_SI");
        Layout.require(maTtdv, "XML14/MA_TTDV");
        Layout.require(ngayCt, "XML14/NGAY_CT");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML14, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML14/<field>}, never with the value
     */
    public static FollowUpPaper from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<FollowUpPaper, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML14;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.soGiayhenKl = soGiayhenKl;
        b.maCskcb = maCskcb;
        b.hoTen = hoTen;
        b.ngaySinh = ngaySinh.orElse(null);
        b.gioiTinh = gioiTinh.orElse(null);
        b.diaChi = diaChi.orElse(null);
        b.maTheBhyt = maTheBhyt.orElse(null);
        b.gtTheDen = gtTheDen.orElse(null);
        b.ngayVao = ngayVao.orElse(null);
        b.ngayVaoNoiTru = ngayVaoNoiTru.orElse(null);
        b.ngayRa = ngayRa.orElse(null);
        b.ngayHenKl = ngayHenKl;
        b.chanDoanRv = chanDoanRv.orElse(null);
        b.maBenhChinh = maBenhChinh.orElse(null);
        b.maBenhKt = maBenhKt.orElse(null);
        b.maBenhYhct = maBenhYhct.orElse(null);
        b.maDoituongKcb = maDoituongKcb.orElse(null);
        b.maBacSi = maBacSi;
        b.maTtdv = maTtdv;
        b.ngayCt = ngayCt;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link FollowUpPaper}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String soGiayhenKl;
        private String maCskcb;
        private String hoTen;
        private String ngaySinh;
        private Integer gioiTinh;
        private String diaChi;
        private String maTheBhyt;
        private String gtTheDen;
        private LocalDateTime ngayVao;
        private LocalDateTime ngayVaoNoiTru;
        private LocalDateTime ngayRa;
        private LocalDateTime ngayHenKl;
        private String chanDoanRv;
        private String maBenhChinh;
        private String maBenhKt;
        private String maBenhYhct;
        private String maDoituongKcb;
        private String maBacSi;
        private String maTtdv;
        private LocalDate ngayCt;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code SO_GIAYHEN_KL}; {@code null} leaves it absent. */
        public Builder soGiayhenKl(String value) {
            this.soGiayhenKl = value;
            return this;
        }

        /** Sets {@code MA_CSKCB}; {@code null} leaves it absent. */
        public Builder maCskcb(String value) {
            this.maCskcb = value;
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

        /** Sets {@code NGAY_HEN_KL}; {@code null} leaves it absent. */
        public Builder ngayHenKl(LocalDateTime value) {
            this.ngayHenKl = value;
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
        public Builder maBenhKt(String value) {
            this.maBenhKt = value;
            return this;
        }

        /** Sets {@code MA_BENH_YHCT}; {@code null} leaves it absent. */
        public Builder maBenhYhct(String value) {
            this.maBenhYhct = value;
            return this;
        }

        /** Sets {@code MA_DOITUONG_KCB}; {@code null} leaves it absent. */
        public Builder maDoituongKcb(String value) {
            this.maDoituongKcb = value;
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

        /** Sets {@code NGAY_CT}; {@code null} leaves it absent. */
        public Builder ngayCt(LocalDate value) {
            this.ngayCt = value;
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
        public FollowUpPaper build() {
            return new FollowUpPaper(
                    maLk,
                    soGiayhenKl,
                    maCskcb,
                    hoTen,
                    Optional.ofNullable(ngaySinh),
                    Optional.ofNullable(gioiTinh),
                    Optional.ofNullable(diaChi),
                    Optional.ofNullable(maTheBhyt),
                    Optional.ofNullable(gtTheDen),
                    Optional.ofNullable(ngayVao),
                    Optional.ofNullable(ngayVaoNoiTru),
                    Optional.ofNullable(ngayRa),
                    ngayHenKl,
                    Optional.ofNullable(chanDoanRv),
                    Optional.ofNullable(maBenhChinh),
                    Optional.ofNullable(maBenhKt),
                    Optional.ofNullable(maBenhYhct),
                    Optional.ofNullable(maDoituongKcb),
                    maBacSi,
                    maTtdv,
                    ngayCt,
                    Optional.ofNullable(duPhong));
        }
    }
}
