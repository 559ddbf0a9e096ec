package vn.emr.claims.table.typed;

import java.time.LocalDateTime;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One paraclinical (laboratory or imaging) result of table 4 (Bảng 4, chỉ tiêu chi tiết dịch vụ cận lâm sàng) of the
 * claims file ({@code XML4}, {@link ClaimsTable#XML4}), as a typed record: one component per field of the official
 * field list (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named
 * by the camelCase of the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param stt {@code STT}: number, up to 10 characters; mandatory
 * @param maDichVu {@code MA_DICH_VU}: text, up to 50 characters; optional
 * @param maChiSo {@code MA_CHI_SO}: text, up to 50 characters; optional
 * @param tenChiSo {@code TEN_CHI_SO}: text, up to 255 characters; mandatory
 * @param giaTri {@code GIA_TRI}: text, up to 50 characters; optional
 * @param donViDo {@code DON_VI_DO}: text, up to 50 characters; optional
 * @param moTa {@code MO_TA}: text, unbounded; optional
 * @param ketLuan {@code KET_LUAN}: text, unbounded; optional
 * @param ngayKq {@code NGAY_KQ}: text, up to 12 characters; format {@code yyyyMMddHHmm}; conditional
 * @param maBsDocKq {@code MA_BS_DOC_KQ}: text, up to 255 characters; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record ParaclinicalResult(
        String maLk,
        Long stt,
        Optional<String> maDichVu,
        Optional<String> maChiSo,
        String tenChiSo,
        Optional<String> giaTri,
        Optional<String> donViDo,
        Optional<String> moTa,
        Optional<String> ketLuan,
        Optional<LocalDateTime> ngayKq,
        Optional<String> maBsDocKq,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<ParaclinicalResult, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML4, ParaclinicalResult.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, ParaclinicalResult::maLk, Builder::maLk)
            .required("STT", Codec.LONG, ParaclinicalResult::stt, Builder::stt)
            .optional("MA_DICH_VU", Codec.TEXT, ParaclinicalResult::maDichVu, Builder::maDichVu)
            .optional("MA_CHI_SO", Codec.TEXT, ParaclinicalResult::maChiSo, Builder::maChiSo)
            .required("TEN_CHI_SO", Codec.TEXT, ParaclinicalResult::tenChiSo, Builder::tenChiSo)
            .optional("GIA_TRI", Codec.TEXT, ParaclinicalResult::giaTri, Builder::giaTri)
            .optional("DON_VI_DO", Codec.TEXT, ParaclinicalResult::donViDo, Builder::donViDo)
            .optional("MO_TA", Codec.TEXT, ParaclinicalResult::moTa, Builder::moTa)
            .optional("KET_LUAN", Codec.TEXT, ParaclinicalResult::ketLuan, Builder::ketLuan)
            .optional("NGAY_KQ", Codec.DATE_TIME, ParaclinicalResult::ngayKq, Builder::ngayKq)
            .optional("MA_BS_DOC_KQ", Codec.TEXT, ParaclinicalResult::maBsDocKq, Builder::maBsDocKq)
            .optional("DU_PHONG", Codec.TEXT, ParaclinicalResult::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public ParaclinicalResult {
        Layout.require(maLk, "XML4/MA_LK");
        Layout.require(stt, "XML4/STT");
        maDichVu = Layout.optional(maDichVu);
        maChiSo = Layout.optional(maChiSo);
        Layout.require(tenChiSo, "XML4/TEN_CHI_SO");
        giaTri = Layout.optional(giaTri);
        donViDo = Layout.optional(donViDo);
        moTa = Layout.optional(moTa);
        ketLuan = Layout.optional(ketLuan);
        ngayKq = Layout.optional(ngayKq);
        maBsDocKq = Layout.optional(maBsDocKq);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML4, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML4/<field>}, never with the value
     */
    public static ParaclinicalResult from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<ParaclinicalResult, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML4;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.stt = stt;
        b.maDichVu = maDichVu.orElse(null);
        b.maChiSo = maChiSo.orElse(null);
        b.tenChiSo = tenChiSo;
        b.giaTri = giaTri.orElse(null);
        b.donViDo = donViDo.orElse(null);
        b.moTa = moTa.orElse(null);
        b.ketLuan = ketLuan.orElse(null);
        b.ngayKq = ngayKq.orElse(null);
        b.maBsDocKq = maBsDocKq.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link ParaclinicalResult}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String maDichVu;
        private String maChiSo;
        private String tenChiSo;
        private String giaTri;
        private String donViDo;
        private String moTa;
        private String ketLuan;
        private LocalDateTime ngayKq;
        private String maBsDocKq;
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

        /** Sets {@code MA_DICH_VU}; {@code null} leaves it absent. */
        public Builder maDichVu(String value) {
            this.maDichVu = value;
            return this;
        }

        /** Sets {@code MA_CHI_SO}; {@code null} leaves it absent. */
        public Builder maChiSo(String value) {
            this.maChiSo = value;
            return this;
        }

        /** Sets {@code TEN_CHI_SO}; {@code null} leaves it absent. */
        public Builder tenChiSo(String value) {
            this.tenChiSo = value;
            return this;
        }

        /** Sets {@code GIA_TRI}; {@code null} leaves it absent. */
        public Builder giaTri(String value) {
            this.giaTri = value;
            return this;
        }

        /** Sets {@code DON_VI_DO}; {@code null} leaves it absent. */
        public Builder donViDo(String value) {
            this.donViDo = value;
            return this;
        }

        /** Sets {@code MO_TA}; {@code null} leaves it absent. */
        public Builder moTa(String value) {
            this.moTa = value;
            return this;
        }

        /** Sets {@code KET_LUAN}; {@code null} leaves it absent. */
        public Builder ketLuan(String value) {
            this.ketLuan = value;
            return this;
        }

        /** Sets {@code NGAY_KQ}; {@code null} leaves it absent. */
        public Builder ngayKq(LocalDateTime value) {
            this.ngayKq = value;
            return this;
        }

        /** Sets {@code MA_BS_DOC_KQ}; {@code null} leaves it absent. */
        public Builder maBsDocKq(String value) {
            this.maBsDocKq = value;
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
        public ParaclinicalResult build() {
            return new ParaclinicalResult(
                    maLk,
                    stt,
                    Optional.ofNullable(maDichVu),
                    Optional.ofNullable(maChiSo),
                    tenChiSo,
                    Optional.ofNullable(giaTri),
                    Optional.ofNullable(donViDo),
                    Optional.ofNullable(moTa),
                    Optional.ofNullable(ketLuan),
                    Optional.ofNullable(ngayKq),
                    Optional.ofNullable(maBsDocKq),
                    Optional.ofNullable(duPhong));
        }
    }
}
