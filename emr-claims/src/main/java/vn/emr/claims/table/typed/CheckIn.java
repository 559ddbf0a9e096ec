package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One check-in row of a visit of the check-in table (Bảng check-in, chỉ tiêu dữ liệu về trạng thái KBCB) of the claims
 * file ({@code XML0}, {@link ClaimsTable#XML0}), as a typed record: one component per field of the official field list
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
 * @param stt {@code STT}: number, up to 10 characters; mandatory
 * @param maBn {@code MA_BN}: text, up to 100 characters; mandatory
 * @param hoTen {@code HO_TEN}: text, up to 255 characters; mandatory
 * @param soCccd {@code SO_CCCD}: text, up to 15 characters; optional
 * @param ngaySinh {@code NGAY_SINH}: text, up to 12 characters; format {@code yyyyMMddHHmm (HHmm=0000 nếu không rõ giờ;
 *     MMdd=0000 nếu không rõ ngày/tháng)}; mandatory
 * @param gioiTinh {@code GIOI_TINH}: number, up to 1 character; mandatory
 * @param maTheBhyt {@code MA_THE_BHYT}: text, up to 15 characters; optional
 * @param maDkbd {@code MA_DKBD}: text, up to 5 characters; optional
 * @param gtTheTu {@code GT_THE_TU}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param gtTheDen {@code GT_THE_DEN}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param maDoituongKcb {@code MA_DOITUONG_KCB}: text, up to 4 characters; mandatory
 * @param ngayVao {@code NGAY_VAO}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param ngayVaoNoiTru {@code NGAY_VAO_NOI_TRU}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional;
 *     added by QD 4750 (absent before it)
 * @param lyDoVnt {@code LY_DO_VNT}: text, unbounded; conditional; added by QD 4750 (absent before it)
 * @param maLyDoVnt {@code MA_LY_DO_VNT}: text, up to 5 characters; optional; added by QD 4750 (absent before it)
 * @param maLoaiKcb {@code MA_LOAI_KCB}: text, up to 2 characters; mandatory
 * @param maCskcb {@code MA_CSKCB}: text, up to 5 characters; mandatory
 * @param maDichVu {@code MA_DICH_VU}: text, up to 50 characters; conditional
 * @param tenDichVu {@code TEN_DICH_VU}: text, up to 1024 characters; conditional
 * @param maThuoc {@code MA_THUOC}: text, up to 255 characters; conditional; added by QD 4750 (absent before it)
 * @param tenThuoc {@code TEN_THUOC}: text, up to 1024 characters; conditional; added by QD 4750 (absent before it)
 * @param maVatTu {@code MA_VAT_TU}: text, up to 255 characters; conditional; added by QD 4750 (absent before it)
 * @param tenVatTu {@code TEN_VAT_TU}: text, up to 1024 characters; conditional; added by QD 4750 (absent before it)
 * @param ngayYl {@code NGAY_YL}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional; added by QD 4750 (absent before it)
 */
public record CheckIn(
        String maLk,
        Long stt,
        String maBn,
        String hoTen,
        Optional<String> soCccd,
        String ngaySinh,
        Integer gioiTinh,
        Optional<String> maTheBhyt,
        Optional<String> maDkbd,
        Optional<LocalDate> gtTheTu,
        Optional<LocalDate> gtTheDen,
        String maDoituongKcb,
        LocalDateTime ngayVao,
        Optional<LocalDateTime> ngayVaoNoiTru,
        Optional<String> lyDoVnt,
        Optional<String> maLyDoVnt,
        String maLoaiKcb,
        String maCskcb,
        Optional<String> maDichVu,
        Optional<String> tenDichVu,
        Optional<String> maThuoc,
        Optional<String> tenThuoc,
        Optional<String> maVatTu,
        Optional<String> tenVatTu,
        LocalDateTime ngayYl,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<CheckIn, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML0, CheckIn.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, CheckIn::maLk, Builder::maLk)
            .required("STT", Codec.LONG, CheckIn::stt, Builder::stt)
            .required("MA_BN", Codec.TEXT, CheckIn::maBn, Builder::maBn)
            .required("HO_TEN", Codec.TEXT, CheckIn::hoTen, Builder::hoTen)
            .optional("SO_CCCD", Codec.TEXT, CheckIn::soCccd, Builder::soCccd)
            .required("NGAY_SINH", Codec.TEXT, CheckIn::ngaySinh, Builder::ngaySinh)
            .required("GIOI_TINH", Codec.INTEGER, CheckIn::gioiTinh, Builder::gioiTinh)
            .optional("MA_THE_BHYT", Codec.TEXT, CheckIn::maTheBhyt, Builder::maTheBhyt)
            .optional("MA_DKBD", Codec.TEXT, CheckIn::maDkbd, Builder::maDkbd)
            .optional("GT_THE_TU", Codec.DATE, CheckIn::gtTheTu, Builder::gtTheTu)
            .optional("GT_THE_DEN", Codec.DATE, CheckIn::gtTheDen, Builder::gtTheDen)
            .required("MA_DOITUONG_KCB", Codec.TEXT, CheckIn::maDoituongKcb, Builder::maDoituongKcb)
            .required("NGAY_VAO", Codec.DATE_TIME, CheckIn::ngayVao, Builder::ngayVao)
            .optional("NGAY_VAO_NOI_TRU", Codec.DATE_TIME, CheckIn::ngayVaoNoiTru, Builder::ngayVaoNoiTru)
            .optional("LY_DO_VNT", Codec.TEXT, CheckIn::lyDoVnt, Builder::lyDoVnt)
            .optional("MA_LY_DO_VNT", Codec.TEXT, CheckIn::maLyDoVnt, Builder::maLyDoVnt)
            .required("MA_LOAI_KCB", Codec.TEXT, CheckIn::maLoaiKcb, Builder::maLoaiKcb)
            .required("MA_CSKCB", Codec.TEXT, CheckIn::maCskcb, Builder::maCskcb)
            .optional("MA_DICH_VU", Codec.TEXT, CheckIn::maDichVu, Builder::maDichVu)
            .optional("TEN_DICH_VU", Codec.TEXT, CheckIn::tenDichVu, Builder::tenDichVu)
            .optional("MA_THUOC", Codec.TEXT, CheckIn::maThuoc, Builder::maThuoc)
            .optional("TEN_THUOC", Codec.TEXT, CheckIn::tenThuoc, Builder::tenThuoc)
            .optional("MA_VAT_TU", Codec.TEXT, CheckIn::maVatTu, Builder::maVatTu)
            .optional("TEN_VAT_TU", Codec.TEXT, CheckIn::tenVatTu, Builder::tenVatTu)
            .required("NGAY_YL", Codec.DATE_TIME, CheckIn::ngayYl, Builder::ngayYl)
            .optional("DU_PHONG", Codec.TEXT, CheckIn::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public CheckIn {
        Layout.require(maLk, "XML0/MA_LK");
        Layout.require(stt, "XML0/STT");
        Layout.require(maBn, "XML0/MA_BN");
        Layout.require(hoTen, "XML0/HO_TEN");
        soCccd = Layout.optional(soCccd);
        Layout.require(ngaySinh, "XML0/NGAY_SINH");
        Layout.require(gioiTinh, "XML0/GIOI_TINH");
        maTheBhyt = Layout.optional(maTheBhyt);
        maDkbd = Layout.optional(maDkbd);
        gtTheTu = Layout.optional(gtTheTu);
        gtTheDen = Layout.optional(gtTheDen);
        Layout.require(maDoituongKcb, "XML0/MA_DOITUONG_KCB");
        Layout.require(ngayVao, "XML0/NGAY_VAO");
        ngayVaoNoiTru = Layout.optional(ngayVaoNoiTru);
        lyDoVnt = Layout.optional(lyDoVnt);
        maLyDoVnt = Layout.optional(maLyDoVnt);
        Layout.require(maLoaiKcb, "XML0/MA_LOAI_KCB");
        Layout.require(maCskcb, "XML0/MA_CSKCB");
        maDichVu = Layout.optional(maDichVu);
        tenDichVu = Layout.optional(tenDichVu);
        maThuoc = Layout.optional(maThuoc);
        tenThuoc = Layout.optional(tenThuoc);
        maVatTu = Layout.optional(maVatTu);
        tenVatTu = Layout.optional(tenVatTu);
        Layout.require(ngayYl, "XML0/NGAY_YL");
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML0, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML0/<field>}, never with the value
     */
    public static CheckIn from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<CheckIn, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML0;
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
        b.maBn = maBn;
        b.hoTen = hoTen;
        b.soCccd = soCccd.orElse(null);
        b.ngaySinh = ngaySinh;
        b.gioiTinh = gioiTinh;
        b.maTheBhyt = maTheBhyt.orElse(null);
        b.maDkbd = maDkbd.orElse(null);
        b.gtTheTu = gtTheTu.orElse(null);
        b.gtTheDen = gtTheDen.orElse(null);
        b.maDoituongKcb = maDoituongKcb;
        b.ngayVao = ngayVao;
        b.ngayVaoNoiTru = ngayVaoNoiTru.orElse(null);
        b.lyDoVnt = lyDoVnt.orElse(null);
        b.maLyDoVnt = maLyDoVnt.orElse(null);
        b.maLoaiKcb = maLoaiKcb;
        b.maCskcb = maCskcb;
        b.maDichVu = maDichVu.orElse(null);
        b.tenDichVu = tenDichVu.orElse(null);
        b.maThuoc = maThuoc.orElse(null);
        b.tenThuoc = tenThuoc.orElse(null);
        b.maVatTu = maVatTu.orElse(null);
        b.tenVatTu = tenVatTu.orElse(null);
        b.ngayYl = ngayYl;
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link CheckIn}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String maBn;
        private String hoTen;
        private String soCccd;
        private String ngaySinh;
        private Integer gioiTinh;
        private String maTheBhyt;
        private String maDkbd;
        private LocalDate gtTheTu;
        private LocalDate gtTheDen;
        private String maDoituongKcb;
        private LocalDateTime ngayVao;
        private LocalDateTime ngayVaoNoiTru;
        private String lyDoVnt;
        private String maLyDoVnt;
        private String maLoaiKcb;
        private String maCskcb;
        private String maDichVu;
        private String tenDichVu;
        private String maThuoc;
        private String tenThuoc;
        private String maVatTu;
        private String tenVatTu;
        private LocalDateTime ngayYl;
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

        /** Sets {@code MA_THE_BHYT}; {@code null} leaves it absent. */
        public Builder maTheBhyt(String value) {
            this.maTheBhyt = value;
            return this;
        }

        /** Sets {@code MA_DKBD}; {@code null} leaves it absent. */
        public Builder maDkbd(String value) {
            this.maDkbd = value;
            return this;
        }

        /** Sets {@code GT_THE_TU}; {@code null} leaves it absent. */
        public Builder gtTheTu(LocalDate value) {
            this.gtTheTu = value;
            return this;
        }

        /** Sets {@code GT_THE_DEN}; {@code null} leaves it absent. */
        public Builder gtTheDen(LocalDate value) {
            this.gtTheDen = value;
            return this;
        }

        /** Sets {@code MA_DOITUONG_KCB}; {@code null} leaves it absent. */
        public Builder maDoituongKcb(String value) {
            this.maDoituongKcb = value;
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

        /** Sets {@code MA_LOAI_KCB}; {@code null} leaves it absent. */
        public Builder maLoaiKcb(String value) {
            this.maLoaiKcb = value;
            return this;
        }

        /** Sets {@code MA_CSKCB}; {@code null} leaves it absent. */
        public Builder maCskcb(String value) {
            this.maCskcb = value;
            return this;
        }

        /** Sets {@code MA_DICH_VU}; {@code null} leaves it absent. */
        public Builder maDichVu(String value) {
            this.maDichVu = value;
            return this;
        }

        /** Sets {@code TEN_DICH_VU}; {@code null} leaves it absent. */
        public Builder tenDichVu(String value) {
            this.tenDichVu = value;
            return this;
        }

        /** Sets {@code MA_THUOC}; {@code null} leaves it absent. */
        public Builder maThuoc(String value) {
            this.maThuoc = value;
            return this;
        }

        /** Sets {@code TEN_THUOC}; {@code null} leaves it absent. */
        public Builder tenThuoc(String value) {
            this.tenThuoc = value;
            return this;
        }

        /** Sets {@code MA_VAT_TU}; {@code null} leaves it absent. */
        public Builder maVatTu(String value) {
            this.maVatTu = value;
            return this;
        }

        /** Sets {@code TEN_VAT_TU}; {@code null} leaves it absent. */
        public Builder tenVatTu(String value) {
            this.tenVatTu = value;
            return this;
        }

        /** Sets {@code NGAY_YL}; {@code null} leaves it absent. */
        public Builder ngayYl(LocalDateTime value) {
            this.ngayYl = value;
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
        public CheckIn build() {
            return new CheckIn(
                    maLk,
                    stt,
                    maBn,
                    hoTen,
                    Optional.ofNullable(soCccd),
                    ngaySinh,
                    gioiTinh,
                    Optional.ofNullable(maTheBhyt),
                    Optional.ofNullable(maDkbd),
                    Optional.ofNullable(gtTheTu),
                    Optional.ofNullable(gtTheDen),
                    maDoituongKcb,
                    ngayVao,
                    Optional.ofNullable(ngayVaoNoiTru),
                    Optional.ofNullable(lyDoVnt),
                    Optional.ofNullable(maLyDoVnt),
                    maLoaiKcb,
                    maCskcb,
                    Optional.ofNullable(maDichVu),
                    Optional.ofNullable(tenDichVu),
                    Optional.ofNullable(maThuoc),
                    Optional.ofNullable(tenThuoc),
                    Optional.ofNullable(maVatTu),
                    Optional.ofNullable(tenVatTu),
                    ngayYl,
                    Optional.ofNullable(duPhong));
        }
    }
}
