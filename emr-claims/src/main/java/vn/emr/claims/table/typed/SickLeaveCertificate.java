package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The sick-leave certificate with social-insurance benefit of table 11 (Bảng 11, dữ liệu giấy chứng nhận nghỉ việc
 * hưởng bảo hiểm xã hội) of the claims file ({@code XML11}, {@link ClaimsTable#XML11}), as a typed record: one
 * component per field of the official field list (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code
 * emr-claims/PROFILES.md}), in official order, named by the camelCase of the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param soCt {@code SO_CT}: text, up to 200 characters; mandatory
 * @param soSeri {@code SO_SERI}: text, up to 200 characters; mandatory
 * @param soKcb {@code SO_KCB}: text, up to 200 characters; mandatory
 * @param donVi {@code DON_VI}: text, up to 1024 characters; mandatory
 * @param maBhxh {@code MA_BHXH}: text, up to 10 characters; mandatory
 * @param maTheBhyt {@code MA_THE_BHYT}: text, unbounded; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param chanDoanRv {@code CHAN_DOAN_RV}: text, unbounded; mandatory
 * @param ppDieutri {@code PP_DIEUTRI}: text, unbounded; mandatory
 * @param maDinhChiThai {@code MA_DINH_CHI_THAI}: number, up to 1 character; optional
 * @param nguyennhanDinhchi {@code NGUYENNHAN_DINHCHI}: text, unbounded; conditional
 * @param tuoiThai {@code TUOI_THAI}: number, up to 2 characters; conditional
 * @param soNgayNghi {@code SO_NGAY_NGHI}: number, up to 3 characters; mandatory
 * @param tuNgay {@code TU_NGAY}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param denNgay {@code DEN_NGAY}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param hoTenCha {@code HO_TEN_CHA}: text, up to 255 characters; optional
 * @param hoTenMe {@code HO_TEN_ME}: text, up to 255 characters; optional
 * @param maTtdv {@code MA_TTDV}: text, up to 10 characters; mandatory
 * @param maBs {@code MA_BS}: text, up to 200 characters; mandatory
 * @param ngayCt {@code NGAY_CT}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory
 * @param maTheTam {@code MA_THE_TAM}: text, up to 15 characters; optional
 * @param mauSo {@code MAU_SO}: text, up to 5 characters; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record SickLeaveCertificate(
        String maLk,
        String soCt,
        String soSeri,
        String soKcb,
        String donVi,
        String maBhxh,
        List<String> maTheBhyt,
        String chanDoanRv,
        String ppDieutri,
        Optional<Integer> maDinhChiThai,
        Optional<String> nguyennhanDinhchi,
        Optional<Integer> tuoiThai,
        Integer soNgayNghi,
        LocalDate tuNgay,
        LocalDate denNgay,
        Optional<String> hoTenCha,
        Optional<String> hoTenMe,
        String maTtdv,
        String maBs,
        LocalDate ngayCt,
        Optional<String> maTheTam,
        Optional<String> mauSo,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<SickLeaveCertificate, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML11, SickLeaveCertificate.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, SickLeaveCertificate::maLk, Builder::maLk)
            .required("SO_CT", Codec.TEXT, SickLeaveCertificate::soCt, Builder::soCt)
            .required("SO_SERI", Codec.TEXT, SickLeaveCertificate::soSeri, Builder::soSeri)
            .required("SO_KCB", Codec.TEXT, SickLeaveCertificate::soKcb, Builder::soKcb)
            .required("DON_VI", Codec.TEXT, SickLeaveCertificate::donVi, Builder::donVi)
            .required("MA_BHXH", Codec.TEXT, SickLeaveCertificate::maBhxh, Builder::maBhxh)
            .list("MA_THE_BHYT", false, SickLeaveCertificate::maTheBhyt, Builder::maTheBhyt)
            .required("CHAN_DOAN_RV", Codec.TEXT, SickLeaveCertificate::chanDoanRv, Builder::chanDoanRv)
            .required("PP_DIEUTRI", Codec.TEXT, SickLeaveCertificate::ppDieutri, Builder::ppDieutri)
            .optional("MA_DINH_CHI_THAI", Codec.INTEGER, SickLeaveCertificate::maDinhChiThai, Builder::maDinhChiThai)
            .optional("NGUYENNHAN_DINHCHI", Codec.TEXT, SickLeaveCertificate::nguyennhanDinhchi,
                    Builder::nguyennhanDinhchi)
            .optional("TUOI_THAI", Codec.INTEGER, SickLeaveCertificate::tuoiThai, Builder::tuoiThai)
            .required("SO_NGAY_NGHI", Codec.INTEGER, SickLeaveCertificate::soNgayNghi, Builder::soNgayNghi)
            .required("TU_NGAY", Codec.DATE, SickLeaveCertificate::tuNgay, Builder::tuNgay)
            .required("DEN_NGAY", Codec.DATE, SickLeaveCertificate::denNgay, Builder::denNgay)
            .optional("HO_TEN_CHA", Codec.TEXT, SickLeaveCertificate::hoTenCha, Builder::hoTenCha)
            .optional("HO_TEN_ME", Codec.TEXT, SickLeaveCertificate::hoTenMe, Builder::hoTenMe)
            .required("MA_TTDV", Codec.TEXT, SickLeaveCertificate::maTtdv, Builder::maTtdv)
            .required("MA_BS", Codec.TEXT, SickLeaveCertificate::maBs, Builder::maBs)
            .required("NGAY_CT", Codec.DATE, SickLeaveCertificate::ngayCt, Builder::ngayCt)
            .optional("MA_THE_TAM", Codec.TEXT, SickLeaveCertificate::maTheTam, Builder::maTheTam)
            .optional("MAU_SO", Codec.TEXT, SickLeaveCertificate::mauSo, Builder::mauSo)
            .optional("DU_PHONG", Codec.TEXT, SickLeaveCertificate::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public SickLeaveCertificate {
        Layout.require(maLk, "XML11/MA_LK");
        Layout.require(soCt, "XML11/SO_CT");
        Layout.require(soSeri, "XML11/SO_SERI");
        Layout.require(soKcb, "XML11/SO_KCB");
        Layout.require(donVi, "XML11/DON_VI");
        Layout.require(maBhxh, "XML11/MA_BHXH");
        maTheBhyt = Layout.list(maTheBhyt, "XML11/MA_THE_BHYT", false);
        Layout.require(chanDoanRv, "XML11/CHAN_DOAN_RV");
        Layout.require(ppDieutri, "XML11/PP_DIEUTRI");
        maDinhChiThai = Layout.optional(maDinhChiThai);
        nguyennhanDinhchi = Layout.optional(nguyennhanDinhchi);
        tuoiThai = Layout.optional(tuoiThai);
        Layout.require(soNgayNghi, "XML11/SO_NGAY_NGHI");
        Layout.require(tuNgay, "XML11/TU_NGAY");
        Layout.require(denNgay, "XML11/DEN_NGAY");
        hoTenCha = Layout.optional(hoTenCha);
        hoTenMe = Layout.optional(hoTenMe);
        Layout.require(maTtdv, "XML11/MA_TTDV");
        Layout.require(maBs, "XML11/MA_BS");
        Layout.require(ngayCt, "XML11/NGAY_CT");
        maTheTam = Layout.optional(maTheTam);
        mauSo = Layout.optional(mauSo);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML11, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML11/<field>}, never with the value
     */
    public static SickLeaveCertificate from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<SickLeaveCertificate, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML11;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.soCt = soCt;
        b.soSeri = soSeri;
        b.soKcb = soKcb;
        b.donVi = donVi;
        b.maBhxh = maBhxh;
        b.maTheBhyt = maTheBhyt;
        b.chanDoanRv = chanDoanRv;
        b.ppDieutri = ppDieutri;
        b.maDinhChiThai = maDinhChiThai.orElse(null);
        b.nguyennhanDinhchi = nguyennhanDinhchi.orElse(null);
        b.tuoiThai = tuoiThai.orElse(null);
        b.soNgayNghi = soNgayNghi;
        b.tuNgay = tuNgay;
        b.denNgay = denNgay;
        b.hoTenCha = hoTenCha.orElse(null);
        b.hoTenMe = hoTenMe.orElse(null);
        b.maTtdv = maTtdv;
        b.maBs = maBs;
        b.ngayCt = ngayCt;
        b.maTheTam = maTheTam.orElse(null);
        b.mauSo = mauSo.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link SickLeaveCertificate}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private String soCt;
        private String soSeri;
        private String soKcb;
        private String donVi;
        private String maBhxh;
        private List<String> maTheBhyt;
        private String chanDoanRv;
        private String ppDieutri;
        private Integer maDinhChiThai;
        private String nguyennhanDinhchi;
        private Integer tuoiThai;
        private Integer soNgayNghi;
        private LocalDate tuNgay;
        private LocalDate denNgay;
        private String hoTenCha;
        private String hoTenMe;
        private String maTtdv;
        private String maBs;
        private LocalDate ngayCt;
        private String maTheTam;
        private String mauSo;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code SO_CT}; {@code null} leaves it absent. */
        public Builder soCt(String value) {
            this.soCt = value;
            return this;
        }

        /** Sets {@code SO_SERI}; {@code null} leaves it absent. */
        public Builder soSeri(String value) {
            this.soSeri = value;
            return this;
        }

        /** Sets {@code SO_KCB}; {@code null} leaves it absent. */
        public Builder soKcb(String value) {
            this.soKcb = value;
            return this;
        }

        /** Sets {@code DON_VI}; {@code null} leaves it absent. */
        public Builder donVi(String value) {
            this.donVi = value;
            return this;
        }

        /** Sets {@code MA_BHXH}; {@code null} leaves it absent. */
        public Builder maBhxh(String value) {
            this.maBhxh = value;
            return this;
        }

        /** Sets {@code MA_THE_BHYT}; {@code null} leaves it absent. */
        public Builder maTheBhyt(List<String> value) {
            this.maTheBhyt = value;
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

        /** Sets {@code TUOI_THAI}; {@code null} leaves it absent. */
        public Builder tuoiThai(Integer value) {
            this.tuoiThai = value;
            return this;
        }

        /** Sets {@code SO_NGAY_NGHI}; {@code null} leaves it absent. */
        public Builder soNgayNghi(Integer value) {
            this.soNgayNghi = value;
            return this;
        }

        /** Sets {@code TU_NGAY}; {@code null} leaves it absent. */
        public Builder tuNgay(LocalDate value) {
            this.tuNgay = value;
            return this;
        }

        /** Sets {@code DEN_NGAY}; {@code null} leaves it absent. */
        public Builder denNgay(LocalDate value) {
            this.denNgay = value;
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

        /** Sets {@code MAU_SO}; {@code null} leaves it absent. */
        public Builder mauSo(String value) {
            this.mauSo = value;
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
        public SickLeaveCertificate build() {
            return new SickLeaveCertificate(
                    maLk,
                    soCt,
                    soSeri,
                    soKcb,
                    donVi,
                    maBhxh,
                    maTheBhyt,
                    chanDoanRv,
                    ppDieutri,
                    Optional.ofNullable(maDinhChiThai),
                    Optional.ofNullable(nguyennhanDinhchi),
                    Optional.ofNullable(tuoiThai),
                    soNgayNghi,
                    tuNgay,
                    denNgay,
                    Optional.ofNullable(hoTenCha),
                    Optional.ofNullable(hoTenMe),
                    maTtdv,
                    maBs,
                    ngayCt,
                    Optional.ofNullable(maTheTam),
                    Optional.ofNullable(mauSo),
                    Optional.ofNullable(duPhong));
        }
    }
}
