package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The summary of the medical record of table 8 (Bảng 8, dữ liệu tóm tắt hồ sơ bệnh án) of the claims file ({@code
 * XML8}, {@link ClaimsTable#XML8}), as a typed record: one component per field of the official field list (Decision
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
 * @param maLoaiKcb {@code MA_LOAI_KCB}: text, up to 2 characters; mandatory
 * @param hoTenCha {@code HO_TEN_CHA}: text, up to 255 characters; optional
 * @param hoTenMe {@code HO_TEN_ME}: text, up to 255 characters; optional
 * @param nguoiGiamHo {@code NGUOI_GIAM_HO}: text, up to 255 characters; optional
 * @param donVi {@code DON_VI}: text, up to 1024 characters; optional
 * @param ngayVao {@code NGAY_VAO}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param ngayRa {@code NGAY_RA}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param chanDoanVao {@code CHAN_DOAN_VAO}: text, unbounded; mandatory
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, unbounded; mandatory
 * @param qtBenhly {@code QT_BENHLY}: text, unbounded; mandatory
 * @param tomtatKq {@code TOMTAT_KQ}: text, unbounded; mandatory
 * @param ppDieutri {@code PP_DIEUTRI}: text, unbounded; mandatory
 * @param ngaySinhcon {@code NGAY_SINHCON}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param ngayConchet {@code NGAY_CONCHET}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param soConchet {@code SO_CONCHET}: number, up to 2 characters; optional
 * @param ketQuaDtri {@code KET_QUA_DTRI}: number, up to 1 character; mandatory
 * @param ghiChu {@code GHI_CHU}: text, unbounded; optional
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param ngayCt {@code NGAY_CT}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param maTheTam {@code MA_THE_TAM}: text, up to 15 characters; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record RecordSummary(
        String maLk,
        String maLoaiKcb,
        Optional<String> hoTenCha,
        Optional<String> hoTenMe,
        Optional<String> nguoiGiamHo,
        Optional<String> donVi,
        LocalDateTime ngayVao,
        LocalDateTime ngayRa,
        String chanDoanVao,
        String chanDoanRv,
        String qtBenhly,
        String tomtatKq,
        String ppDieutri,
        Optional<LocalDate> ngaySinhcon,
        Optional<LocalDate> ngayConchet,
        Optional<Integer> soConchet,
        Integer ketQuaDtri,
        Optional<String> ghiChu,
        String maTtdv,
        LocalDate ngayCt,
        Optional<String> maTheTam,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<RecordSummary, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML8, RecordSummary.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, RecordSummary::maLk, Builder::maLk)
            .required("MA_LOAI_KCB", Codec.TEXT, RecordSummary::maLoaiKcb, Builder::maLoaiKcb)
            .optional("HO_TEN_CHA", Codec.TEXT, RecordSummary::hoTenCha, Builder::hoTenCha)
            .optional("HO_TEN_ME", Codec.TEXT, RecordSummary::hoTenMe, Builder::hoTenMe)
            .optional("NGUOI_GIAM_HO", Codec.TEXT, RecordSummary::nguoiGiamHo, Builder::nguoiGiamHo)
            .optional("DON_VI", Codec.TEXT, RecordSummary::donVi, Builder::donVi)
            .required("NGAY_VAO", Codec.DATE_TIME, RecordSummary::ngayVao, Builder::ngayVao)
            .required("NGAY_RA", Codec.DATE_TIME, RecordSummary::ngayRa, Builder::ngayRa)
            .required("CHAN_DOAN_VAO", Codec.TEXT, RecordSummary::chanDoanVao, Builder::chanDoanVao)
            .required("CHAN_DOAN_RV", Codec.TEXT, RecordSummary::chanDoanRv, Builder::chanDoanRv)
            .required("QT_BENHLY", Codec.TEXT, RecordSummary::qtBenhly, Builder::qtBenhly)
            .required("TOMTAT_KQ", Codec.TEXT, RecordSummary::tomtatKq, Builder::tomtatKq)
            .required("PP_DIEUTRI", Codec.TEXT, RecordSummary::ppDieutri, Builder::ppDieutri)
            .optional("NGAY_SINHCON", Codec.DATE, RecordSummary::ngaySinhcon, Builder::ngaySinhcon)
            .optional("NGAY_CONCHET", Codec.DATE, RecordSummary::ngayConchet, Builder::ngayConchet)
            .optional("SO_CONCHET", Codec.INTEGER, RecordSummary::soConchet, Builder::soConchet)
            .required("KET_QUA_DTRI", Codec.INTEGER, RecordSummary::ketQuaDtri, Builder::ketQuaDtri)
            .optional("GHI_CHU", Codec.TEXT, RecordSummary::ghiChu, Builder::ghiChu)
            .required("MA_TTDV", Codec.TEXT, RecordSummary::maTtdv, Builder::maTtdv)
            .required("NGAY_CT", Codec.DATE, RecordSummary::ngayCt, Builder::ngayCt)
            .optional("MA_THE_TAM", Codec.TEXT, RecordSummary::maTheTam, Builder::maTheTam)
            .optional("DU_PHONG", Codec.TEXT, RecordSummary::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public RecordSummary {
        Layout.require(maLk, "XML8/MA_LK");
        Layout.require(maLoaiKcb, "XML8/MA_LOAI_KCB");
        hoTenCha = Layout.optional(hoTenCha);
        hoTenMe = Layout.optional(hoTenMe);
        nguoiGiamHo = Layout.optional(nguoiGiamHo);
        donVi = Layout.optional(donVi);
        Layout.require(ngayVao, "XML8/NGAY_VAO");
        Layout.require(ngayRa, "XML8/NGAY_RA");
        Layout.require(chanDoanVao, "XML8/CHAN_DOAN_VAO");
        Layout.require(chanDoanRv, "XML8/CHAN_DOAN_RV");
        Layout.require(qtBenhly, "XML8/QT_BENHLY");
        Layout.require(tomtatKq, "XML8/TOMTAT_KQ");
        Layout.require(ppDieutri, "XML8/PP_DIEUTRI");
        ngaySinhcon = Layout.optional(ngaySinhcon);
        ngayConchet = Layout.optional(ngayConchet);
        soConchet = Layout.optional(soConchet);
        Layout.require(ketQuaDtri, "XML8/KET_QUA_DTRI");
        ghiChu = Layout.optional(ghiChu);
        Layout.require(maTtdv, "XML8/MA_TTDV");
        Layout.require(ngayCt, "XML8/NGAY_CT");
        maTheTam = Layout.optional(maTheTam);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML8, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML8/<field>}, never with the value
     */
    public static RecordSummary from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<RecordSummary, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML8;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.maLoaiKcb = maLoaiKcb;
        b.hoTenCha = hoTenCha.orElse(null);
        b.hoTenMe = hoTenMe.orElse(null);
        b.nguoiGiamHo = nguoiGiamHo.orElse(null);
        b.donVi = donVi.orElse(null);
        b.ngayVao = ngayVao;
        b.ngayRa = ngayRa;
        b.chanDoanVao = chanDoanVao;
        b.chanDoanRv = chanDoanRv;
        b.qtBenhly = qtBenhly;
        b.tomtatKq = tomtatKq;
        b.ppDieutri = ppDieutri;
        b.ngaySinhcon = ngaySinhcon.orElse(null);
        b.ngayConchet = ngayConchet.orElse(null);
        b.soConchet = soConchet.orElse(null);
        b.ketQuaDtri = ketQuaDtri;
        b.ghiChu = ghiChu.orElse(null);
        b.maTtdv = maTtdv;
        b.ngayCt = ngayCt;
        b.maTheTam = maTheTam.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link RecordSummary}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String maLoaiKcb;
        private String hoTenCha;
        private String hoTenMe;
        private String nguoiGiamHo;
        private String donVi;
        private LocalDateTime ngayVao;
        private LocalDateTime ngayRa;
        private String chanDoanVao;
        private String chanDoanRv;
        private String qtBenhly;
        private String tomtatKq;
        private String ppDieutri;
        private LocalDate ngaySinhcon;
        private LocalDate ngayConchet;
        private Integer soConchet;
        private Integer ketQuaDtri;
        private String ghiChu;
        private String maTtdv;
        private LocalDate ngayCt;
        private String maTheTam;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code MA_LOAI_KCB}; {@code null} leaves it absent. */
        public Builder maLoaiKcb(String value) {
            this.maLoaiKcb = value;
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

        /** Sets {@code NGUOI_GIAM_HO}; {@code null} leaves it absent. */
        public Builder nguoiGiamHo(String value) {
            this.nguoiGiamHo = value;
            return this;
        }

        /** Sets {@code DON_VI}; {@code null} leaves it absent. */
        public Builder donVi(String value) {
            this.donVi = value;
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

        /** Sets {@code NGAY_SINHCON}; {@code null} leaves it absent. */
        public Builder ngaySinhcon(LocalDate value) {
            this.ngaySinhcon = value;
            return this;
        }

        /** Sets {@code NGAY_CONCHET}; {@code null} leaves it absent. */
        public Builder ngayConchet(LocalDate value) {
            this.ngayConchet = value;
            return this;
        }

        /** Sets {@code SO_CONCHET}; {@code null} leaves it absent. */
        public Builder soConchet(Integer value) {
            this.soConchet = value;
            return this;
        }

        /** Sets {@code KET_QUA_DTRI}; {@code null} leaves it absent. */
        public Builder ketQuaDtri(Integer value) {
            this.ketQuaDtri = value;
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

        /** Sets {@code NGAY_CT}; {@code null} leaves it absent. */
        public Builder ngayCt(LocalDate value) {
            this.ngayCt = value;
            return this;
        }

        /** Sets {@code MA_THE_TAM}; {@code null} leaves it absent. */
        public Builder maTheTam(String value) {
            this.maTheTam = value;
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
        public RecordSummary build() {
            return new RecordSummary(
                    maLk,
                    maLoaiKcb,
                    Optional.ofNullable(hoTenCha),
                    Optional.ofNullable(hoTenMe),
                    Optional.ofNullable(nguoiGiamHo),
                    Optional.ofNullable(donVi),
                    ngayVao,
                    ngayRa,
                    chanDoanVao,
                    chanDoanRv,
                    qtBenhly,
                    tomtatKq,
                    ppDieutri,
                    Optional.ofNullable(ngaySinhcon),
                    Optional.ofNullable(ngayConchet),
                    Optional.ofNullable(soConchet),
                    ketQuaDtri,
                    Optional.ofNullable(ghiChu),
                    maTtdv,
                    ngayCt,
                    Optional.ofNullable(maTheTam),
                    Optional.ofNullable(duPhong));
        }
    }
}
