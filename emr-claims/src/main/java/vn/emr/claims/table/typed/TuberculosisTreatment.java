package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One tuberculosis treatment record of table 15 (Bảng 15, dữ liệu chi tiết điều trị bệnh lao) of the claims file
 * ({@code XML15}, {@link ClaimsTable#XML15}), as a typed record: one component per field of the official field list
 * (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official order, named by the
 * camelCase of the official element name.
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
 * @param hoTen {@code HO_TEN}: text, up to 255 characters; optional
 * @param soCccd {@code SO_CCCD}: number, up to 15 characters; held as text: a personal ID number keeps its leading
 *     zeros; optional
 * @param phanloaiLaoVitri {@code PHANLOAI_LAO_VITRI}: number, up to 1 character; mandatory
 * @param phanloaiLaoTs {@code PHANLOAI_LAO_TS}: number, up to 1 character; mandatory
 * @param phanloaiLaoHiv {@code PHANLOAI_LAO_HIV}: number, up to 1 character; mandatory
 * @param phanloaiLaoVk {@code PHANLOAI_LAO_VK}: number, up to 1 character; mandatory
 * @param phanloaiLaoKt {@code PHANLOAI_LAO_KT}: number, up to 1 character; mandatory
 * @param loaiDtriLao {@code LOAI_DTRI_LAO}: number, up to 1 character; mandatory
 * @param ngaybdDtriLao {@code NGAYBD_DTRI_LAO}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param phacdoDtriLao {@code PHACDO_DTRI_LAO}: number, up to 2 characters; mandatory
 * @param ngayktDtriLao {@code NGAYKT_DTRI_LAO}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param ketQuaDtriLao {@code KET_QUA_DTRI_LAO}: number, up to 1 character; mandatory
 * @param maCskcb {@code MA_CSKCB}: text, up to 5 characters; optional
 * @param ngaykdHiv {@code NGAYKD_HIV}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param bddtArv {@code BDDT_ARV}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param ngayBatDauDtCtx {@code NGAY_BAT_DAU_DT_CTX}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record TuberculosisTreatment(
        String maLk,
        Optional<Long> stt,
        String maBn,
        Optional<String> hoTen,
        Optional<String> soCccd,
        Integer phanloaiLaoVitri,
        Integer phanloaiLaoTs,
        Integer phanloaiLaoHiv,
        Integer phanloaiLaoVk,
        Integer phanloaiLaoKt,
        Integer loaiDtriLao,
        LocalDate ngaybdDtriLao,
        Integer phacdoDtriLao,
        Optional<LocalDate> ngayktDtriLao,
        Integer ketQuaDtriLao,
        Optional<String> maCskcb,
        Optional<LocalDate> ngaykdHiv,
        LocalDate bddtArv,
        LocalDate ngayBatDauDtCtx,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<TuberculosisTreatment, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML15, TuberculosisTreatment.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, TuberculosisTreatment::maLk, Builder::maLk)
            .optional("STT", Codec.LONG, TuberculosisTreatment::stt, Builder::stt)
            .required("MA_BN", Codec.TEXT, TuberculosisTreatment::maBn, Builder::maBn)
            .optional("HO_TEN", Codec.TEXT, TuberculosisTreatment::hoTen, Builder::hoTen)
            .optional("SO_CCCD", Codec.TEXT, TuberculosisTreatment::soCccd, Builder::soCccd)
            .required("PHANLOAI_LAO_VITRI", Codec.INTEGER, TuberculosisTreatment::phanloaiLaoVitri,
                    Builder::phanloaiLaoVitri)
            .required("PHANLOAI_LAO_TS", Codec.INTEGER, TuberculosisTreatment::phanloaiLaoTs, Builder::phanloaiLaoTs)
            .required("PHANLOAI_LAO_HIV", Codec.INTEGER, TuberculosisTreatment::phanloaiLaoHiv, Builder::phanloaiLaoHiv)
            .required("PHANLOAI_LAO_VK", Codec.INTEGER, TuberculosisTreatment::phanloaiLaoVk, Builder::phanloaiLaoVk)
            .required("PHANLOAI_LAO_KT", Codec.INTEGER, TuberculosisTreatment::phanloaiLaoKt, Builder::phanloaiLaoKt)
            .required("LOAI_DTRI_LAO", Codec.INTEGER, TuberculosisTreatment::loaiDtriLao, Builder::loaiDtriLao)
            .required("NGAYBD_DTRI_LAO", Codec.DATE, TuberculosisTreatment::ngaybdDtriLao, Builder::ngaybdDtriLao)
            .required("PHACDO_DTRI_LAO", Codec.INTEGER, TuberculosisTreatment::phacdoDtriLao, Builder::phacdoDtriLao)
            .optional("NGAYKT_DTRI_LAO", Codec.DATE, TuberculosisTreatment::ngayktDtriLao, Builder::ngayktDtriLao)
            .required("KET_QUA_DTRI_LAO", Codec.INTEGER, TuberculosisTreatment::ketQuaDtriLao, Builder::ketQuaDtriLao)
            .optional("MA_CSKCB", Codec.TEXT, TuberculosisTreatment::maCskcb, Builder::maCskcb)
            .optional("NGAYKD_HIV", Codec.DATE, TuberculosisTreatment::ngaykdHiv, Builder::ngaykdHiv)
            .required("BDDT_ARV", Codec.DATE, TuberculosisTreatment::bddtArv, Builder::bddtArv)
            .required("NGAY_BAT_DAU_DT_CTX", Codec.DATE, TuberculosisTreatment::ngayBatDauDtCtx,
                    Builder::ngayBatDauDtCtx)
            .optional("DU_PHONG", Codec.TEXT, TuberculosisTreatment::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public TuberculosisTreatment {
        Layout.require(maLk, "XML15/MA_LK");
        stt = Layout.optional(stt);
        Layout.require(maBn, "XML15/MA_BN");
        hoTen = Layout.optional(hoTen);
        soCccd = Layout.optional(soCccd);
        Layout.require(phanloaiLaoVitri, "XML15/PHANLOAI_LAO_VITRI");
        Layout.require(phanloaiLaoTs, "XML15/PHANLOAI_LAO_TS");
        Layout.require(phanloaiLaoHiv, "XML15/PHANLOAI_LAO_HIV");
        Layout.require(phanloaiLaoVk, "XML15/PHANLOAI_LAO_VK");
        Layout.require(phanloaiLaoKt, "XML15/PHANLOAI_LAO_KT");
        Layout.require(loaiDtriLao, "XML15/LOAI_DTRI_LAO");
        Layout.require(ngaybdDtriLao, "XML15/NGAYBD_DTRI_LAO");
        Layout.require(phacdoDtriLao, "XML15/PHACDO_DTRI_LAO");
        ngayktDtriLao = Layout.optional(ngayktDtriLao);
        Layout.require(ketQuaDtriLao, "XML15/KET_QUA_DTRI_LAO");
        maCskcb = Layout.optional(maCskcb);
        ngaykdHiv = Layout.optional(ngaykdHiv);
        Layout.require(bddtArv, "XML15/BDDT_ARV");
        Layout.require(ngayBatDauDtCtx, "XML15/NGAY_BAT_DAU_DT_CTX");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML15, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML15/<field>}, never with the value
     */
    public static TuberculosisTreatment from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<TuberculosisTreatment, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML15;
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
        b.hoTen = hoTen.orElse(null);
        b.soCccd = soCccd.orElse(null);
        b.phanloaiLaoVitri = phanloaiLaoVitri;
        b.phanloaiLaoTs = phanloaiLaoTs;
        b.phanloaiLaoHiv = phanloaiLaoHiv;
        b.phanloaiLaoVk = phanloaiLaoVk;
        b.phanloaiLaoKt = phanloaiLaoKt;
        b.loaiDtriLao = loaiDtriLao;
        b.ngaybdDtriLao = ngaybdDtriLao;
        b.phacdoDtriLao = phacdoDtriLao;
        b.ngayktDtriLao = ngayktDtriLao.orElse(null);
        b.ketQuaDtriLao = ketQuaDtriLao;
        b.maCskcb = maCskcb.orElse(null);
        b.ngaykdHiv = ngaykdHiv.orElse(null);
        b.bddtArv = bddtArv;
        b.ngayBatDauDtCtx = ngayBatDauDtCtx;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link TuberculosisTreatment}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String maBn;
        private String hoTen;
        private String soCccd;
        private Integer phanloaiLaoVitri;
        private Integer phanloaiLaoTs;
        private Integer phanloaiLaoHiv;
        private Integer phanloaiLaoVk;
        private Integer phanloaiLaoKt;
        private Integer loaiDtriLao;
        private LocalDate ngaybdDtriLao;
        private Integer phacdoDtriLao;
        private LocalDate ngayktDtriLao;
        private Integer ketQuaDtriLao;
        private String maCskcb;
        private LocalDate ngaykdHiv;
        private LocalDate bddtArv;
        private LocalDate ngayBatDauDtCtx;
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

        /** Sets {@code PHANLOAI_LAO_VITRI}; {@code null} leaves it absent. */
        public Builder phanloaiLaoVitri(Integer value) {
            this.phanloaiLaoVitri = value;
            return this;
        }

        /** Sets {@code PHANLOAI_LAO_TS}; {@code null} leaves it absent. */
        public Builder phanloaiLaoTs(Integer value) {
            this.phanloaiLaoTs = value;
            return this;
        }

        /** Sets {@code PHANLOAI_LAO_HIV}; {@code null} leaves it absent. */
        public Builder phanloaiLaoHiv(Integer value) {
            this.phanloaiLaoHiv = value;
            return this;
        }

        /** Sets {@code PHANLOAI_LAO_VK}; {@code null} leaves it absent. */
        public Builder phanloaiLaoVk(Integer value) {
            this.phanloaiLaoVk = value;
            return this;
        }

        /** Sets {@code PHANLOAI_LAO_KT}; {@code null} leaves it absent. */
        public Builder phanloaiLaoKt(Integer value) {
            this.phanloaiLaoKt = value;
            return this;
        }

        /** Sets {@code LOAI_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder loaiDtriLao(Integer value) {
            this.loaiDtriLao = value;
            return this;
        }

        /** Sets {@code NGAYBD_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder ngaybdDtriLao(LocalDate value) {
            this.ngaybdDtriLao = value;
            return this;
        }

        /** Sets {@code PHACDO_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder phacdoDtriLao(Integer value) {
            this.phacdoDtriLao = value;
            return this;
        }

        /** Sets {@code NGAYKT_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder ngayktDtriLao(LocalDate value) {
            this.ngayktDtriLao = value;
            return this;
        }

        /** Sets {@code KET_QUA_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder ketQuaDtriLao(Integer value) {
            this.ketQuaDtriLao = value;
            return this;
        }

        /** Sets {@code MA_CSKCB}; {@code null} leaves it absent. */
        public Builder maCskcb(String value) {
            this.maCskcb = value;
            return this;
        }

        /** Sets {@code NGAYKD_HIV}; {@code null} leaves it absent. */
        public Builder ngaykdHiv(LocalDate value) {
            this.ngaykdHiv = value;
            return this;
        }

        /** Sets {@code BDDT_ARV}; {@code null} leaves it absent. */
        public Builder bddtArv(LocalDate value) {
            this.bddtArv = value;
            return this;
        }

        /** Sets {@code NGAY_BAT_DAU_DT_CTX}; {@code null} leaves it absent. */
        public Builder ngayBatDauDtCtx(LocalDate value) {
            this.ngayBatDauDtCtx = value;
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
        public TuberculosisTreatment build() {
            return new TuberculosisTreatment(
                    maLk,
                    Optional.ofNullable(stt),
                    maBn,
                    Optional.ofNullable(hoTen),
                    Optional.ofNullable(soCccd),
                    phanloaiLaoVitri,
                    phanloaiLaoTs,
                    phanloaiLaoHiv,
                    phanloaiLaoVk,
                    phanloaiLaoKt,
                    loaiDtriLao,
                    ngaybdDtriLao,
                    phacdoDtriLao,
                    Optional.ofNullable(ngayktDtriLao),
                    ketQuaDtriLao,
                    Optional.ofNullable(maCskcb),
                    Optional.ofNullable(ngaykdHiv),
                    bddtArv,
                    ngayBatDauDtCtx,
                    Optional.ofNullable(duPhong));
        }
    }
}
