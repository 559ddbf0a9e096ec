package vn.emr.claims.table.typed;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One line of a medical service or medical supply of table 3 (Bảng 3, chỉ tiêu chi tiết dịch vụ kỹ thuật và vật tư y
 * tế) of the claims file ({@code XML3}, {@link ClaimsTable#XML3}), as a typed record: one component per field of the
 * official field list (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT; {@code emr-claims/PROFILES.md}), in official
 * order, named by the camelCase of the official element name.
 *
 * <p>A field mandatory in every profile is a plain component, refused when missing ({@code EMR-CLM-0402}); the
 * others, and the fields Decision 4750 added to tables older than it, are {@link java.util.Optional} (a
 * multi-value field is a list, empty when absent). The profile's own requirements, sizes and forms are checked by
 * {@link #toTableRecord(ClaimsProfile)}. Immutable; {@link #toString()} shows no value (records carry personal
 * and health data).
 *
 * @param maLk {@code MA_LK}: text, up to 100 characters; mandatory
 * @param stt {@code STT}: number, up to 10 characters; mandatory
 * @param maDichVu {@code MA_DICH_VU}: text, up to 50 characters; conditional
 * @param maPtttQt {@code MA_PTTT_QT}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param maVatTu {@code MA_VAT_TU}: text, up to 255 characters; conditional
 * @param maNhom {@code MA_NHOM}: number, up to 2 characters; mandatory
 * @param goiVtyt {@code GOI_VTYT}: text, up to 4 characters; optional
 * @param tenVatTu {@code TEN_VAT_TU}: text, up to 1024 characters; conditional
 * @param tenDichVu {@code TEN_DICH_VU}: text, up to 1024 characters; conditional
 * @param maXangDau {@code MA_XANG_DAU}: text, up to 20 characters; conditional
 * @param donViTinh {@code DON_VI_TINH}: text, up to 50 characters; mandatory
 * @param phamVi {@code PHAM_VI}: number, up to 1 character; mandatory
 * @param soLuong {@code SO_LUONG}: number, up to 10 characters; format {@code decimal, 3 chữ số thập phân, dấu "."};
 *     mandatory
 * @param donGiaBv {@code DON_GIA_BV}: number, up to 15 characters; format {@code decimal, 3 chữ số thập phân, dấu "."};
 *     mandatory
 * @param donGiaBh {@code DON_GIA_BH}: number, up to 15 characters; format {@code decimal, 3 chữ số thập phân, dấu "."};
 *     mandatory
 * @param ttThau {@code TT_THAU}: text, up to 50 characters; format {@code nhiều giá trị cách nhau ";";
 *     SoQĐ;GoiThau;NhomThau;NamThau (4750: thêm mã đơn vị mua sắm tập trung)}; conditional
 * @param tyleTtDv {@code TYLE_TT_DV}: number, up to 3 characters; mandatory
 * @param tyleTtBh {@code TYLE_TT_BH}: number, up to 3 characters; mandatory
 * @param thanhTienBv {@code THANH_TIEN_BV}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param thanhTienBh {@code THANH_TIEN_BH}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param tTrantt {@code T_TRANTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     optional
 * @param mucHuong {@code MUC_HUONG}: number, up to 3 characters; mandatory
 * @param tNguonkhacNsnn {@code T_NGUONKHAC_NSNN}: number, up to 15 characters; format {@code decimal, 2 chữ số thập
 *     phân, dấu "."}; mandatory
 * @param tNguonkhacVtnn {@code T_NGUONKHAC_VTNN}: number, up to 15 characters; format {@code decimal, 2 chữ số thập
 *     phân, dấu "."}; mandatory
 * @param tNguonkhacVttn {@code T_NGUONKHAC_VTTN}: number, up to 15 characters; format {@code decimal, 2 chữ số thập
 *     phân, dấu "."}; mandatory
 * @param tNguonkhacCl {@code T_NGUONKHAC_CL}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân,
 *     dấu "."}; mandatory
 * @param tNguonkhac {@code T_NGUONKHAC}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param tBntt {@code T_BNTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tBncct {@code T_BNCCT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tBhtt {@code T_BHTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param maKhoa {@code MA_KHOA}: text, up to 50 characters; mandatory
 * @param maGiuong {@code MA_GIUONG}: text, up to 50 characters; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param maBacSi {@code MA_BAC_SI}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"}; mandatory
 * @param nguoiThucHien {@code NGUOI_THUC_HIEN}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"};
 *     conditional
 * @param maBenh {@code MA_BENH}: text, up to 100 characters; mandatory
 * @param maBenhYhct {@code MA_BENH_YHCT}: text, up to 255 characters; optional
 * @param ngayYl {@code NGAY_YL}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param ngayThYl {@code NGAY_TH_YL}: text, up to 12 characters; format {@code yyyyMMddHHmm}; conditional
 * @param ngayKq {@code NGAY_KQ}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param maPttt {@code MA_PTTT}: number, up to 1 character; mandatory
 * @param vetThuongTp {@code VET_THUONG_TP}: number, up to 1 character; optional
 * @param ppVoCam {@code PP_VO_CAM}: number, up to 1 character; optional
 * @param viTriThDvkt {@code VI_TRI_TH_DVKT}: number, up to 3 characters; optional
 * @param maMay {@code MA_MAY}: text, up to 1024 characters; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param maHieuSp {@code MA_HIEU_SP}: text, up to 255 characters; optional
 * @param taiSuDung {@code TAI_SU_DUNG}: number, up to 1 character; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record ServiceLine(
        String maLk,
        Long stt,
        Optional<String> maDichVu,
        List<String> maPtttQt,
        Optional<String> maVatTu,
        Integer maNhom,
        Optional<String> goiVtyt,
        Optional<String> tenVatTu,
        Optional<String> tenDichVu,
        Optional<String> maXangDau,
        String donViTinh,
        Integer phamVi,
        BigDecimal soLuong,
        BigDecimal donGiaBv,
        BigDecimal donGiaBh,
        List<String> ttThau,
        Integer tyleTtDv,
        Integer tyleTtBh,
        BigDecimal thanhTienBv,
        BigDecimal thanhTienBh,
        Optional<BigDecimal> tTrantt,
        Integer mucHuong,
        BigDecimal tNguonkhacNsnn,
        BigDecimal tNguonkhacVtnn,
        BigDecimal tNguonkhacVttn,
        BigDecimal tNguonkhacCl,
        BigDecimal tNguonkhac,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        String maKhoa,
        List<String> maGiuong,
        List<String> maBacSi,
        List<String> nguoiThucHien,
        String maBenh,
        Optional<String> maBenhYhct,
        LocalDateTime ngayYl,
        Optional<LocalDateTime> ngayThYl,
        Optional<LocalDateTime> ngayKq,
        Integer maPttt,
        Optional<Integer> vetThuongTp,
        Optional<Integer> ppVoCam,
        Optional<Integer> viTriThDvkt,
        List<String> maMay,
        Optional<String> maHieuSp,
        Optional<Integer> taiSuDung,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<ServiceLine, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML3, ServiceLine.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, ServiceLine::maLk, Builder::maLk)
            .required("STT", Codec.LONG, ServiceLine::stt, Builder::stt)
            .optional("MA_DICH_VU", Codec.TEXT, ServiceLine::maDichVu, Builder::maDichVu)
            .list("MA_PTTT_QT", false, ServiceLine::maPtttQt, Builder::maPtttQt)
            .optional("MA_VAT_TU", Codec.TEXT, ServiceLine::maVatTu, Builder::maVatTu)
            .required("MA_NHOM", Codec.INTEGER, ServiceLine::maNhom, Builder::maNhom)
            .optional("GOI_VTYT", Codec.TEXT, ServiceLine::goiVtyt, Builder::goiVtyt)
            .optional("TEN_VAT_TU", Codec.TEXT, ServiceLine::tenVatTu, Builder::tenVatTu)
            .optional("TEN_DICH_VU", Codec.TEXT, ServiceLine::tenDichVu, Builder::tenDichVu)
            .optional("MA_XANG_DAU", Codec.TEXT, ServiceLine::maXangDau, Builder::maXangDau)
            .required("DON_VI_TINH", Codec.TEXT, ServiceLine::donViTinh, Builder::donViTinh)
            .required("PHAM_VI", Codec.INTEGER, ServiceLine::phamVi, Builder::phamVi)
            .required("SO_LUONG", Codec.DECIMAL, ServiceLine::soLuong, Builder::soLuong)
            .required("DON_GIA_BV", Codec.DECIMAL, ServiceLine::donGiaBv, Builder::donGiaBv)
            .required("DON_GIA_BH", Codec.DECIMAL, ServiceLine::donGiaBh, Builder::donGiaBh)
            .list("TT_THAU", false, ServiceLine::ttThau, Builder::ttThau)
            .required("TYLE_TT_DV", Codec.INTEGER, ServiceLine::tyleTtDv, Builder::tyleTtDv)
            .required("TYLE_TT_BH", Codec.INTEGER, ServiceLine::tyleTtBh, Builder::tyleTtBh)
            .required("THANH_TIEN_BV", Codec.DECIMAL, ServiceLine::thanhTienBv, Builder::thanhTienBv)
            .required("THANH_TIEN_BH", Codec.DECIMAL, ServiceLine::thanhTienBh, Builder::thanhTienBh)
            .optional("T_TRANTT", Codec.DECIMAL, ServiceLine::tTrantt, Builder::tTrantt)
            .required("MUC_HUONG", Codec.INTEGER, ServiceLine::mucHuong, Builder::mucHuong)
            .required("T_NGUONKHAC_NSNN", Codec.DECIMAL, ServiceLine::tNguonkhacNsnn, Builder::tNguonkhacNsnn)
            .required("T_NGUONKHAC_VTNN", Codec.DECIMAL, ServiceLine::tNguonkhacVtnn, Builder::tNguonkhacVtnn)
            .required("T_NGUONKHAC_VTTN", Codec.DECIMAL, ServiceLine::tNguonkhacVttn, Builder::tNguonkhacVttn)
            .required("T_NGUONKHAC_CL", Codec.DECIMAL, ServiceLine::tNguonkhacCl, Builder::tNguonkhacCl)
            .required("T_NGUONKHAC", Codec.DECIMAL, ServiceLine::tNguonkhac, Builder::tNguonkhac)
            .required("T_BNTT", Codec.DECIMAL, ServiceLine::tBntt, Builder::tBntt)
            .required("T_BNCCT", Codec.DECIMAL, ServiceLine::tBncct, Builder::tBncct)
            .required("T_BHTT", Codec.DECIMAL, ServiceLine::tBhtt, Builder::tBhtt)
            .required("MA_KHOA", Codec.TEXT, ServiceLine::maKhoa, Builder::maKhoa)
            .list("MA_GIUONG", false, ServiceLine::maGiuong, Builder::maGiuong)
            .list("MA_BAC_SI", true, ServiceLine::maBacSi, Builder::maBacSi)
            .list("NGUOI_THUC_HIEN", false, ServiceLine::nguoiThucHien, Builder::nguoiThucHien)
            .required("MA_BENH", Codec.TEXT, ServiceLine::maBenh, Builder::maBenh)
            .optional("MA_BENH_YHCT", Codec.TEXT, ServiceLine::maBenhYhct, Builder::maBenhYhct)
            .required("NGAY_YL", Codec.DATE_TIME, ServiceLine::ngayYl, Builder::ngayYl)
            .optional("NGAY_TH_YL", Codec.DATE_TIME, ServiceLine::ngayThYl, Builder::ngayThYl)
            .optional("NGAY_KQ", Codec.DATE_TIME, ServiceLine::ngayKq, Builder::ngayKq)
            .required("MA_PTTT", Codec.INTEGER, ServiceLine::maPttt, Builder::maPttt)
            .optional("VET_THUONG_TP", Codec.INTEGER, ServiceLine::vetThuongTp, Builder::vetThuongTp)
            .optional("PP_VO_CAM", Codec.INTEGER, ServiceLine::ppVoCam, Builder::ppVoCam)
            .optional("VI_TRI_TH_DVKT", Codec.INTEGER, ServiceLine::viTriThDvkt, Builder::viTriThDvkt)
            .list("MA_MAY", false, ServiceLine::maMay, Builder::maMay)
            .optional("MA_HIEU_SP", Codec.TEXT, ServiceLine::maHieuSp, Builder::maHieuSp)
            .optional("TAI_SU_DUNG", Codec.INTEGER, ServiceLine::taiSuDung, Builder::taiSuDung)
            .optional("DU_PHONG", Codec.TEXT, ServiceLine::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public ServiceLine {
        Layout.require(maLk, "XML3/MA_LK");
        Layout.require(stt, "XML3/STT");
        maDichVu = Layout.optional(maDichVu);
        maPtttQt = Layout.list(maPtttQt, "XML3/MA_PTTT_QT", false);
        maVatTu = Layout.optional(maVatTu);
        Layout.require(maNhom, "XML3/MA_NHOM");
        goiVtyt = Layout.optional(goiVtyt);
        tenVatTu = Layout.optional(tenVatTu);
        tenDichVu = Layout.optional(tenDichVu);
        maXangDau = Layout.optional(maXangDau);
        Layout.require(donViTinh, "XML3/DON_VI_TINH");
        Layout.require(phamVi, "XML3/PHAM_VI");
        Layout.require(soLuong, "XML3/SO_LUONG");
        Layout.require(donGiaBv, "XML3/DON_GIA_BV");
        Layout.require(donGiaBh, "XML3/DON_GIA_BH");
        ttThau = Layout.list(ttThau, "XML3/TT_THAU", false);
        Layout.require(tyleTtDv, "XML3/TYLE_TT_DV");
        Layout.require(tyleTtBh, "XML3/TYLE_TT_BH");
        Layout.require(thanhTienBv, "XML3/THANH_TIEN_BV");
        Layout.require(thanhTienBh, "XML3/THANH_TIEN_BH");
        tTrantt = Layout.optional(tTrantt);
        Layout.require(mucHuong, "XML3/MUC_HUONG");
        Layout.require(tNguonkhacNsnn, "XML3/T_NGUONKHAC_NSNN");
        Layout.require(tNguonkhacVtnn, "XML3/T_NGUONKHAC_VTNN");
        Layout.require(tNguonkhacVttn, "XML3/T_NGUONKHAC_VTTN");
        Layout.require(tNguonkhacCl, "XML3/T_NGUONKHAC_CL");
        Layout.require(tNguonkhac, "XML3/T_NGUONKHAC");
        Layout.require(tBntt, "XML3/T_BNTT");
        Layout.require(tBncct, "XML3/T_BNCCT");
        Layout.require(tBhtt, "XML3/T_BHTT");
        Layout.require(maKhoa, "XML3/MA_KHOA");
        maGiuong = Layout.list(maGiuong, "XML3/MA_GIUONG", false);
        maBacSi = Layout.list(maBacSi, "XML3/MA_BAC_SI", true);
        nguoiThucHien = Layout.list(nguoiThucHien, "XML3/NGUOI_THUC_HIEN", false);
        Layout.require(maBenh, "XML3/MA_BENH");
        maBenhYhct = Layout.optional(maBenhYhct);
        Layout.require(ngayYl, "XML3/NGAY_YL");
        ngayThYl = Layout.optional(ngayThYl);
        ngayKq = Layout.optional(ngayKq);
        Layout.require(maPttt, "XML3/MA_PTTT");
        vetThuongTp = Layout.optional(vetThuongTp);
        ppVoCam = Layout.optional(ppVoCam);
        viTriThDvkt = Layout.optional(viTriThDvkt);
        maMay = Layout.list(maMay, "XML3/MA_MAY", false);
        maHieuSp = Layout.optional(maHieuSp);
        taiSuDung = Layout.optional(taiSuDung);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML3, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML3/<field>}, never with the value
     */
    public static ServiceLine from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<ServiceLine, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML3;
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
        b.maPtttQt = maPtttQt;
        b.maVatTu = maVatTu.orElse(null);
        b.maNhom = maNhom;
        b.goiVtyt = goiVtyt.orElse(null);
        b.tenVatTu = tenVatTu.orElse(null);
        b.tenDichVu = tenDichVu.orElse(null);
        b.maXangDau = maXangDau.orElse(null);
        b.donViTinh = donViTinh;
        b.phamVi = phamVi;
        b.soLuong = soLuong;
        b.donGiaBv = donGiaBv;
        b.donGiaBh = donGiaBh;
        b.ttThau = ttThau;
        b.tyleTtDv = tyleTtDv;
        b.tyleTtBh = tyleTtBh;
        b.thanhTienBv = thanhTienBv;
        b.thanhTienBh = thanhTienBh;
        b.tTrantt = tTrantt.orElse(null);
        b.mucHuong = mucHuong;
        b.tNguonkhacNsnn = tNguonkhacNsnn;
        b.tNguonkhacVtnn = tNguonkhacVtnn;
        b.tNguonkhacVttn = tNguonkhacVttn;
        b.tNguonkhacCl = tNguonkhacCl;
        b.tNguonkhac = tNguonkhac;
        b.tBntt = tBntt;
        b.tBncct = tBncct;
        b.tBhtt = tBhtt;
        b.maKhoa = maKhoa;
        b.maGiuong = maGiuong;
        b.maBacSi = maBacSi;
        b.nguoiThucHien = nguoiThucHien;
        b.maBenh = maBenh;
        b.maBenhYhct = maBenhYhct.orElse(null);
        b.ngayYl = ngayYl;
        b.ngayThYl = ngayThYl.orElse(null);
        b.ngayKq = ngayKq.orElse(null);
        b.maPttt = maPttt;
        b.vetThuongTp = vetThuongTp.orElse(null);
        b.ppVoCam = ppVoCam.orElse(null);
        b.viTriThDvkt = viTriThDvkt.orElse(null);
        b.maMay = maMay;
        b.maHieuSp = maHieuSp.orElse(null);
        b.taiSuDung = taiSuDung.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link ServiceLine}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String maDichVu;
        private List<String> maPtttQt;
        private String maVatTu;
        private Integer maNhom;
        private String goiVtyt;
        private String tenVatTu;
        private String tenDichVu;
        private String maXangDau;
        private String donViTinh;
        private Integer phamVi;
        private BigDecimal soLuong;
        private BigDecimal donGiaBv;
        private BigDecimal donGiaBh;
        private List<String> ttThau;
        private Integer tyleTtDv;
        private Integer tyleTtBh;
        private BigDecimal thanhTienBv;
        private BigDecimal thanhTienBh;
        private BigDecimal tTrantt;
        private Integer mucHuong;
        private BigDecimal tNguonkhacNsnn;
        private BigDecimal tNguonkhacVtnn;
        private BigDecimal tNguonkhacVttn;
        private BigDecimal tNguonkhacCl;
        private BigDecimal tNguonkhac;
        private BigDecimal tBntt;
        private BigDecimal tBncct;
        private BigDecimal tBhtt;
        private String maKhoa;
        private List<String> maGiuong;
        private List<String> maBacSi;
        private List<String> nguoiThucHien;
        private String maBenh;
        private String maBenhYhct;
        private LocalDateTime ngayYl;
        private LocalDateTime ngayThYl;
        private LocalDateTime ngayKq;
        private Integer maPttt;
        private Integer vetThuongTp;
        private Integer ppVoCam;
        private Integer viTriThDvkt;
        private List<String> maMay;
        private String maHieuSp;
        private Integer taiSuDung;
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

        /** Sets {@code MA_PTTT_QT}; {@code null} leaves it absent. */
        public Builder maPtttQt(List<String> value) {
            this.maPtttQt = value;
            return this;
        }

        /** Sets {@code MA_VAT_TU}; {@code null} leaves it absent. */
        public Builder maVatTu(String value) {
            this.maVatTu = value;
            return this;
        }

        /** Sets {@code MA_NHOM}; {@code null} leaves it absent. */
        public Builder maNhom(Integer value) {
            this.maNhom = value;
            return this;
        }

        /** Sets {@code GOI_VTYT}; {@code null} leaves it absent. */
        public Builder goiVtyt(String value) {
            this.goiVtyt = value;
            return this;
        }

        /** Sets {@code TEN_VAT_TU}; {@code null} leaves it absent. */
        public Builder tenVatTu(String value) {
            this.tenVatTu = value;
            return this;
        }

        /** Sets {@code TEN_DICH_VU}; {@code null} leaves it absent. */
        public Builder tenDichVu(String value) {
            this.tenDichVu = value;
            return this;
        }

        /** Sets {@code MA_XANG_DAU}; {@code null} leaves it absent. */
        public Builder maXangDau(String value) {
            this.maXangDau = value;
            return this;
        }

        /** Sets {@code DON_VI_TINH}; {@code null} leaves it absent. */
        public Builder donViTinh(String value) {
            this.donViTinh = value;
            return this;
        }

        /** Sets {@code PHAM_VI}; {@code null} leaves it absent. */
        public Builder phamVi(Integer value) {
            this.phamVi = value;
            return this;
        }

        /** Sets {@code SO_LUONG}; {@code null} leaves it absent. */
        public Builder soLuong(BigDecimal value) {
            this.soLuong = value;
            return this;
        }

        /** Sets {@code DON_GIA_BV}; {@code null} leaves it absent. */
        public Builder donGiaBv(BigDecimal value) {
            this.donGiaBv = value;
            return this;
        }

        /** Sets {@code DON_GIA_BH}; {@code null} leaves it absent. */
        public Builder donGiaBh(BigDecimal value) {
            this.donGiaBh = value;
            return this;
        }

        /** Sets {@code TT_THAU}; {@code null} leaves it absent. */
        public Builder ttThau(List<String> value) {
            this.ttThau = value;
            return this;
        }

        /** Sets {@code TYLE_TT_DV}; {@code null} leaves it absent. */
        public Builder tyleTtDv(Integer value) {
            this.tyleTtDv = value;
            return this;
        }

        /** Sets {@code TYLE_TT_BH}; {@code null} leaves it absent. */
        public Builder tyleTtBh(Integer value) {
            this.tyleTtBh = value;
            return this;
        }

        /** Sets {@code THANH_TIEN_BV}; {@code null} leaves it absent. */
        public Builder thanhTienBv(BigDecimal value) {
            this.thanhTienBv = value;
            return this;
        }

        /** Sets {@code THANH_TIEN_BH}; {@code null} leaves it absent. */
        public Builder thanhTienBh(BigDecimal value) {
            this.thanhTienBh = value;
            return this;
        }

        /** Sets {@code T_TRANTT}; {@code null} leaves it absent. */
        public Builder tTrantt(BigDecimal value) {
            this.tTrantt = value;
            return this;
        }

        /** Sets {@code MUC_HUONG}; {@code null} leaves it absent. */
        public Builder mucHuong(Integer value) {
            this.mucHuong = value;
            return this;
        }

        /** Sets {@code T_NGUONKHAC_NSNN}; {@code null} leaves it absent. */
        public Builder tNguonkhacNsnn(BigDecimal value) {
            this.tNguonkhacNsnn = value;
            return this;
        }

        /** Sets {@code T_NGUONKHAC_VTNN}; {@code null} leaves it absent. */
        public Builder tNguonkhacVtnn(BigDecimal value) {
            this.tNguonkhacVtnn = value;
            return this;
        }

        /** Sets {@code T_NGUONKHAC_VTTN}; {@code null} leaves it absent. */
        public Builder tNguonkhacVttn(BigDecimal value) {
            this.tNguonkhacVttn = value;
            return this;
        }

        /** Sets {@code T_NGUONKHAC_CL}; {@code null} leaves it absent. */
        public Builder tNguonkhacCl(BigDecimal value) {
            this.tNguonkhacCl = value;
            return this;
        }

        /** Sets {@code T_NGUONKHAC}; {@code null} leaves it absent. */
        public Builder tNguonkhac(BigDecimal value) {
            this.tNguonkhac = value;
            return this;
        }

        /** Sets {@code T_BNTT}; {@code null} leaves it absent. */
        public Builder tBntt(BigDecimal value) {
            this.tBntt = value;
            return this;
        }

        /** Sets {@code T_BNCCT}; {@code null} leaves it absent. */
        public Builder tBncct(BigDecimal value) {
            this.tBncct = value;
            return this;
        }

        /** Sets {@code T_BHTT}; {@code null} leaves it absent. */
        public Builder tBhtt(BigDecimal value) {
            this.tBhtt = value;
            return this;
        }

        /** Sets {@code MA_KHOA}; {@code null} leaves it absent. */
        public Builder maKhoa(String value) {
            this.maKhoa = value;
            return this;
        }

        /** Sets {@code MA_GIUONG}; {@code null} leaves it absent. */
        public Builder maGiuong(List<String> value) {
            this.maGiuong = value;
            return this;
        }

        /** Sets {@code MA_BAC_SI}; {@code null} leaves it absent. */
        public Builder maBacSi(List<String> value) {
            this.maBacSi = value;
            return this;
        }

        /** Sets {@code NGUOI_THUC_HIEN}; {@code null} leaves it absent. */
        public Builder nguoiThucHien(List<String> value) {
            this.nguoiThucHien = value;
            return this;
        }

        /** Sets {@code MA_BENH}; {@code null} leaves it absent. */
        public Builder maBenh(String value) {
            this.maBenh = value;
            return this;
        }

        /** Sets {@code MA_BENH_YHCT}; {@code null} leaves it absent. */
        public Builder maBenhYhct(String value) {
            this.maBenhYhct = value;
            return this;
        }

        /** Sets {@code NGAY_YL}; {@code null} leaves it absent. */
        public Builder ngayYl(LocalDateTime value) {
            this.ngayYl = value;
            return this;
        }

        /** Sets {@code NGAY_TH_YL}; {@code null} leaves it absent. */
        public Builder ngayThYl(LocalDateTime value) {
            this.ngayThYl = value;
            return this;
        }

        /** Sets {@code NGAY_KQ}; {@code null} leaves it absent. */
        public Builder ngayKq(LocalDateTime value) {
            this.ngayKq = value;
            return this;
        }

        /** Sets {@code MA_PTTT}; {@code null} leaves it absent. */
        public Builder maPttt(Integer value) {
            this.maPttt = value;
            return this;
        }

        /** Sets {@code VET_THUONG_TP}; {@code null} leaves it absent. */
        public Builder vetThuongTp(Integer value) {
            this.vetThuongTp = value;
            return this;
        }

        /** Sets {@code PP_VO_CAM}; {@code null} leaves it absent. */
        public Builder ppVoCam(Integer value) {
            this.ppVoCam = value;
            return this;
        }

        /** Sets {@code VI_TRI_TH_DVKT}; {@code null} leaves it absent. */
        public Builder viTriThDvkt(Integer value) {
            this.viTriThDvkt = value;
            return this;
        }

        /** Sets {@code MA_MAY}; {@code null} leaves it absent. */
        public Builder maMay(List<String> value) {
            this.maMay = value;
            return this;
        }

        /** Sets {@code MA_HIEU_SP}; {@code null} leaves it absent. */
        public Builder maHieuSp(String value) {
            this.maHieuSp = value;
            return this;
        }

        /** Sets {@code TAI_SU_DUNG}; {@code null} leaves it absent. */
        public Builder taiSuDung(Integer value) {
            this.taiSuDung = value;
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
        public ServiceLine build() {
            return new ServiceLine(
                    maLk,
                    stt,
                    Optional.ofNullable(maDichVu),
                    maPtttQt,
                    Optional.ofNullable(maVatTu),
                    maNhom,
                    Optional.ofNullable(goiVtyt),
                    Optional.ofNullable(tenVatTu),
                    Optional.ofNullable(tenDichVu),
                    Optional.ofNullable(maXangDau),
                    donViTinh,
                    phamVi,
                    soLuong,
                    donGiaBv,
                    donGiaBh,
                    ttThau,
                    tyleTtDv,
                    tyleTtBh,
                    thanhTienBv,
                    thanhTienBh,
                    Optional.ofNullable(tTrantt),
                    mucHuong,
                    tNguonkhacNsnn,
                    tNguonkhacVtnn,
                    tNguonkhacVttn,
                    tNguonkhacCl,
                    tNguonkhac,
                    tBntt,
                    tBncct,
                    tBhtt,
                    maKhoa,
                    maGiuong,
                    maBacSi,
                    nguoiThucHien,
                    maBenh,
                    Optional.ofNullable(maBenhYhct),
                    ngayYl,
                    Optional.ofNullable(ngayThYl),
                    Optional.ofNullable(ngayKq),
                    maPttt,
                    Optional.ofNullable(vetThuongTp),
                    Optional.ofNullable(ppVoCam),
                    Optional.ofNullable(viTriThDvkt),
                    maMay,
                    Optional.ofNullable(maHieuSp),
                    Optional.ofNullable(taiSuDung),
                    Optional.ofNullable(duPhong));
        }
    }
}
