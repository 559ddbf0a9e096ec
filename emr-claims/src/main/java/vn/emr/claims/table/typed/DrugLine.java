package vn.emr.claims.table.typed;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One drug line of table 2 (Bảng 2, chỉ tiêu chi tiết thuốc) of the claims file ({@code XML2}, {@link
 * ClaimsTable#XML2}), as a typed record: one component per field of the official field list (Decision 130/QĐ-BYT as
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
 * @param stt {@code STT}: number, up to 10 characters; mandatory
 * @param maThuoc {@code MA_THUOC}: text, up to 255 characters; mandatory
 * @param maPpChebien {@code MA_PP_CHEBIEN}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"};
 *     optional
 * @param maCskcbThuoc {@code MA_CSKCB_THUOC}: text, up to 10 characters; optional
 * @param maNhom {@code MA_NHOM}: number, up to 2 characters; mandatory
 * @param tenThuoc {@code TEN_THUOC}: text, up to 1024 characters; mandatory
 * @param donViTinh {@code DON_VI_TINH}: text, up to 50 characters; mandatory
 * @param hamLuong {@code HAM_LUONG}: text, up to 1024 characters; mandatory
 * @param duongDung {@code DUONG_DUNG}: text, up to 4 characters; mandatory
 * @param dangBaoChe {@code DANG_BAO_CHE}: text, up to 1024 characters; optional
 * @param lieuDung {@code LIEU_DUNG}: text, up to 1024 characters; mandatory
 * @param cachDung {@code CACH_DUNG}: text, up to 1024 characters; optional
 * @param soDangKy {@code SO_DANG_KY}: text, up to 255 characters; format {@code không có khoảng trắng}; conditional
 * @param ttThau {@code TT_THAU}: text, up to 50 characters; format {@code nhiều giá trị cách nhau ";";
 *     SoQĐ;GoiThau;NhomThau;NamThau (4750: thêm mã đơn vị mua sắm tập trung)}; conditional
 * @param phamVi {@code PHAM_VI}: number, up to 1 character; mandatory
 * @param tyleTtBh {@code TYLE_TT_BH}: number, up to 3 characters; mandatory
 * @param soLuong {@code SO_LUONG}: number, up to 10 characters; format {@code decimal, 3 chữ số thập phân, dấu "."};
 *     mandatory
 * @param donGia {@code DON_GIA}: number, up to 15 characters; format {@code decimal, 3 chữ số thập phân, dấu "."};
 *     mandatory
 * @param thanhTienBv {@code THANH_TIEN_BV}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
 * @param thanhTienBh {@code THANH_TIEN_BH}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu
 *     "."}; mandatory
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
 * @param mucHuong {@code MUC_HUONG}: number, up to 3 characters; mandatory
 * @param tBntt {@code T_BNTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tBncct {@code T_BNCCT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param tBhtt {@code T_BHTT}: number, up to 15 characters; format {@code decimal, 2 chữ số thập phân, dấu "."};
 *     mandatory
 * @param maKhoa {@code MA_KHOA}: text, up to 50 characters; mandatory
 * @param maBacSi {@code MA_BAC_SI}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"}; conditional
 * @param maDichVu {@code MA_DICH_VU}: text, up to 255 characters; format {@code nhiều giá trị cách nhau ";"};
 *     conditional
 * @param ngayYl {@code NGAY_YL}: text, up to 12 characters; format {@code yyyyMMddHHmm}; mandatory
 * @param ngayThYl {@code NGAY_TH_YL}: text, up to 12 characters; format {@code yyyyMMddHHmm}; optional
 * @param maPttt {@code MA_PTTT}: number, up to 1 character; mandatory
 * @param nguonCtra {@code NGUON_CTRA}: number, up to 1 character; mandatory
 * @param vetThuongTp {@code VET_THUONG_TP}: number, up to 1 character; optional
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record DrugLine(
        String maLk,
        Long stt,
        String maThuoc,
        List<String> maPpChebien,
        Optional<String> maCskcbThuoc,
        Integer maNhom,
        String tenThuoc,
        String donViTinh,
        String hamLuong,
        String duongDung,
        Optional<String> dangBaoChe,
        String lieuDung,
        Optional<String> cachDung,
        Optional<String> soDangKy,
        List<String> ttThau,
        Integer phamVi,
        Integer tyleTtBh,
        BigDecimal soLuong,
        BigDecimal donGia,
        BigDecimal thanhTienBv,
        BigDecimal thanhTienBh,
        BigDecimal tNguonkhacNsnn,
        BigDecimal tNguonkhacVtnn,
        BigDecimal tNguonkhacVttn,
        BigDecimal tNguonkhacCl,
        BigDecimal tNguonkhac,
        Integer mucHuong,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        String maKhoa,
        List<String> maBacSi,
        List<String> maDichVu,
        LocalDateTime ngayYl,
        Optional<LocalDateTime> ngayThYl,
        Integer maPttt,
        Integer nguonCtra,
        Optional<Integer> vetThuongTp,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<DrugLine, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML2, DrugLine.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, DrugLine::maLk, Builder::maLk)
            .required("STT", Codec.LONG, DrugLine::stt, Builder::stt)
            .required("MA_THUOC", Codec.TEXT, DrugLine::maThuoc, Builder::maThuoc)
            .list("MA_PP_CHEBIEN", false, DrugLine::maPpChebien, Builder::maPpChebien)
            .optional("MA_CSKCB_THUOC", Codec.TEXT, DrugLine::maCskcbThuoc, Builder::maCskcbThuoc)
            .required("MA_NHOM", Codec.INTEGER, DrugLine::maNhom, Builder::maNhom)
            .required("TEN_THUOC", Codec.TEXT, DrugLine::tenThuoc, Builder::tenThuoc)
            .required("DON_VI_TINH", Codec.TEXT, DrugLine::donViTinh, Builder::donViTinh)
            .required("HAM_LUONG", Codec.TEXT, DrugLine::hamLuong, Builder::hamLuong)
            .required("DUONG_DUNG", Codec.TEXT, DrugLine::duongDung, Builder::duongDung)
            .optional("DANG_BAO_CHE", Codec.TEXT, DrugLine::dangBaoChe, Builder::dangBaoChe)
            .required("LIEU_DUNG", Codec.TEXT, DrugLine::lieuDung, Builder::lieuDung)
            .optional("CACH_DUNG", Codec.TEXT, DrugLine::cachDung, Builder::cachDung)
            .optional("SO_DANG_KY", Codec.TEXT, DrugLine::soDangKy, Builder::soDangKy)
            .list("TT_THAU", false, DrugLine::ttThau, Builder::ttThau)
            .required("PHAM_VI", Codec.INTEGER, DrugLine::phamVi, Builder::phamVi)
            .required("TYLE_TT_BH", Codec.INTEGER, DrugLine::tyleTtBh, Builder::tyleTtBh)
            .required("SO_LUONG", Codec.DECIMAL, DrugLine::soLuong, Builder::soLuong)
            .required("DON_GIA", Codec.DECIMAL, DrugLine::donGia, Builder::donGia)
            .required("THANH_TIEN_BV", Codec.DECIMAL, DrugLine::thanhTienBv, Builder::thanhTienBv)
            .required("THANH_TIEN_BH", Codec.DECIMAL, DrugLine::thanhTienBh, Builder::thanhTienBh)
            .required("T_NGUONKHAC_NSNN", Codec.DECIMAL, DrugLine::tNguonkhacNsnn, Builder::tNguonkhacNsnn)
            .required("T_NGUONKHAC_VTNN", Codec.DECIMAL, DrugLine::tNguonkhacVtnn, Builder::tNguonkhacVtnn)
            .required("T_NGUONKHAC_VTTN", Codec.DECIMAL, DrugLine::tNguonkhacVttn, Builder::tNguonkhacVttn)
            .required("T_NGUONKHAC_CL", Codec.DECIMAL, DrugLine::tNguonkhacCl, Builder::tNguonkhacCl)
            .required("T_NGUONKHAC", Codec.DECIMAL, DrugLine::tNguonkhac, Builder::tNguonkhac)
            .required("MUC_HUONG", Codec.INTEGER, DrugLine::mucHuong, Builder::mucHuong)
            .required("T_BNTT", Codec.DECIMAL, DrugLine::tBntt, Builder::tBntt)
            .required("T_BNCCT", Codec.DECIMAL, DrugLine::tBncct, Builder::tBncct)
            .required("T_BHTT", Codec.DECIMAL, DrugLine::tBhtt, Builder::tBhtt)
            .required("MA_KHOA", Codec.TEXT, DrugLine::maKhoa, Builder::maKhoa)
            .list("MA_BAC_SI", false, DrugLine::maBacSi, Builder::maBacSi)
            .list("MA_DICH_VU", false, DrugLine::maDichVu, Builder::maDichVu)
            .required("NGAY_YL", Codec.DATE_TIME, DrugLine::ngayYl, Builder::ngayYl)
            .optional("NGAY_TH_YL", Codec.DATE_TIME, DrugLine::ngayThYl, Builder::ngayThYl)
            .required("MA_PTTT", Codec.INTEGER, DrugLine::maPttt, Builder::maPttt)
            .required("NGUON_CTRA", Codec.INTEGER, DrugLine::nguonCtra, Builder::nguonCtra)
            .optional("VET_THUONG_TP", Codec.INTEGER, DrugLine::vetThuongTp, Builder::vetThuongTp)
            .optional("DU_PHONG", Codec.TEXT, DrugLine::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public DrugLine {
        Layout.require(maLk, "XML2/MA_LK");
        Layout.require(stt, "XML2/STT");
        Layout.require(maThuoc, "XML2/MA_THUOC");
        maPpChebien = Layout.list(maPpChebien, "XML2/MA_PP_CHEBIEN", false);
        maCskcbThuoc = Layout.optional(maCskcbThuoc);
        Layout.require(maNhom, "XML2/MA_NHOM");
        Layout.require(tenThuoc, "XML2/TEN_THUOC");
        Layout.require(donViTinh, "XML2/DON_VI_TINH");
        Layout.require(hamLuong, "XML2/HAM_LUONG");
        Layout.require(duongDung, "XML2/DUONG_DUNG");
        dangBaoChe = Layout.optional(dangBaoChe);
        Layout.require(lieuDung, "XML2/LIEU_DUNG");
        cachDung = Layout.optional(cachDung);
        soDangKy = Layout.optional(soDangKy);
        ttThau = Layout.list(ttThau, "XML2/TT_THAU", false);
        Layout.require(phamVi, "XML2/PHAM_VI");
        Layout.require(tyleTtBh, "XML2/TYLE_TT_BH");
        Layout.require(soLuong, "XML2/SO_LUONG");
        Layout.require(donGia, "XML2/DON_GIA");
        Layout.require(thanhTienBv, "XML2/THANH_TIEN_BV");
        Layout.require(thanhTienBh, "XML2/THANH_TIEN_BH");
        Layout.require(tNguonkhacNsnn, "XML2/T_NGUONKHAC_NSNN");
        Layout.require(tNguonkhacVtnn, "XML2/T_NGUONKHAC_VTNN");
        Layout.require(tNguonkhacVttn, "XML2/T_NGUONKHAC_VTTN");
        Layout.require(tNguonkhacCl, "XML2/T_NGUONKHAC_CL");
        Layout.require(tNguonkhac, "XML2/T_NGUONKHAC");
        Layout.require(mucHuong, "XML2/MUC_HUONG");
        Layout.require(tBntt, "XML2/T_BNTT");
        Layout.require(tBncct, "XML2/T_BNCCT");
        Layout.require(tBhtt, "XML2/T_BHTT");
        Layout.require(maKhoa, "XML2/MA_KHOA");
        maBacSi = Layout.list(maBacSi, "XML2/MA_BAC_SI", false);
        maDichVu = Layout.list(maDichVu, "XML2/MA_DICH_VU", false);
        Layout.require(ngayYl, "XML2/NGAY_YL");
        ngayThYl = Layout.optional(ngayThYl);
        Layout.require(maPttt, "XML2/MA_PTTT");
        Layout.require(nguonCtra, "XML2/NGUON_CTRA");
        vetThuongTp = Layout.optional(vetThuongTp);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML2, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML2/<field>}, never with the value
     */
    public static DrugLine from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<DrugLine, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML2;
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
        b.maThuoc = maThuoc;
        b.maPpChebien = maPpChebien;
        b.maCskcbThuoc = maCskcbThuoc.orElse(null);
        b.maNhom = maNhom;
        b.tenThuoc = tenThuoc;
        b.donViTinh = donViTinh;
        b.hamLuong = hamLuong;
        b.duongDung = duongDung;
        b.dangBaoChe = dangBaoChe.orElse(null);
        b.lieuDung = lieuDung;
        b.cachDung = cachDung.orElse(null);
        b.soDangKy = soDangKy.orElse(null);
        b.ttThau = ttThau;
        b.phamVi = phamVi;
        b.tyleTtBh = tyleTtBh;
        b.soLuong = soLuong;
        b.donGia = donGia;
        b.thanhTienBv = thanhTienBv;
        b.thanhTienBh = thanhTienBh;
        b.tNguonkhacNsnn = tNguonkhacNsnn;
        b.tNguonkhacVtnn = tNguonkhacVtnn;
        b.tNguonkhacVttn = tNguonkhacVttn;
        b.tNguonkhacCl = tNguonkhacCl;
        b.tNguonkhac = tNguonkhac;
        b.mucHuong = mucHuong;
        b.tBntt = tBntt;
        b.tBncct = tBncct;
        b.tBhtt = tBhtt;
        b.maKhoa = maKhoa;
        b.maBacSi = maBacSi;
        b.maDichVu = maDichVu;
        b.ngayYl = ngayYl;
        b.ngayThYl = ngayThYl.orElse(null);
        b.maPttt = maPttt;
        b.nguonCtra = nguonCtra;
        b.vetThuongTp = vetThuongTp.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link DrugLine}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private Long stt;
        private String maThuoc;
        private List<String> maPpChebien;
        private String maCskcbThuoc;
        private Integer maNhom;
        private String tenThuoc;
        private String donViTinh;
        private String hamLuong;
        private String duongDung;
        private String dangBaoChe;
        private String lieuDung;
        private String cachDung;
        private String soDangKy;
        private List<String> ttThau;
        private Integer phamVi;
        private Integer tyleTtBh;
        private BigDecimal soLuong;
        private BigDecimal donGia;
        private BigDecimal thanhTienBv;
        private BigDecimal thanhTienBh;
        private BigDecimal tNguonkhacNsnn;
        private BigDecimal tNguonkhacVtnn;
        private BigDecimal tNguonkhacVttn;
        private BigDecimal tNguonkhacCl;
        private BigDecimal tNguonkhac;
        private Integer mucHuong;
        private BigDecimal tBntt;
        private BigDecimal tBncct;
        private BigDecimal tBhtt;
        private String maKhoa;
        private List<String> maBacSi;
        private List<String> maDichVu;
        private LocalDateTime ngayYl;
        private LocalDateTime ngayThYl;
        private Integer maPttt;
        private Integer nguonCtra;
        private Integer vetThuongTp;
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

        /** Sets {@code MA_THUOC}; {@code null} leaves it absent. */
        public Builder maThuoc(String value) {
            this.maThuoc = value;
            return this;
        }

        /** Sets {@code MA_PP_CHEBIEN}; {@code null} leaves it absent. */
        public Builder maPpChebien(List<String> value) {
            this.maPpChebien = value;
            return this;
        }

        /** Sets {@code MA_CSKCB_THUOC}; {@code null} leaves it absent. */
        public Builder maCskcbThuoc(String value) {
            this.maCskcbThuoc = value;
            return this;
        }

        /** Sets {@code MA_NHOM}; {@code null} leaves it absent. */
        public Builder maNhom(Integer value) {
            this.maNhom = value;
            return this;
        }

        /** Sets {@code TEN_THUOC}; {@code null} leaves it absent. */
        public Builder tenThuoc(String value) {
            this.tenThuoc = value;
            return this;
        }

        /** Sets {@code DON_VI_TINH}; {@code null} leaves it absent. */
        public Builder donViTinh(String value) {
            this.donViTinh = value;
            return this;
        }

        /** Sets {@code HAM_LUONG}; {@code null} leaves it absent. */
        public Builder hamLuong(String value) {
            this.hamLuong = value;
            return this;
        }

        /** Sets {@code DUONG_DUNG}; {@code null} leaves it absent. */
        public Builder duongDung(String value) {
            this.duongDung = value;
            return this;
        }

        /** Sets {@code DANG_BAO_CHE}; {@code null} leaves it absent. */
        public Builder dangBaoChe(String value) {
            this.dangBaoChe = value;
            return this;
        }

        /** Sets {@code LIEU_DUNG}; {@code null} leaves it absent. */
        public Builder lieuDung(String value) {
            this.lieuDung = value;
            return this;
        }

        /** Sets {@code CACH_DUNG}; {@code null} leaves it absent. */
        public Builder cachDung(String value) {
            this.cachDung = value;
            return this;
        }

        /** Sets {@code SO_DANG_KY}; {@code null} leaves it absent. */
        public Builder soDangKy(String value) {
            this.soDangKy = value;
            return this;
        }

        /** Sets {@code TT_THAU}; {@code null} leaves it absent. */
        public Builder ttThau(List<String> value) {
            this.ttThau = value;
            return this;
        }

        /** Sets {@code PHAM_VI}; {@code null} leaves it absent. */
        public Builder phamVi(Integer value) {
            this.phamVi = value;
            return this;
        }

        /** Sets {@code TYLE_TT_BH}; {@code null} leaves it absent. */
        public Builder tyleTtBh(Integer value) {
            this.tyleTtBh = value;
            return this;
        }

        /** Sets {@code SO_LUONG}; {@code null} leaves it absent. */
        public Builder soLuong(BigDecimal value) {
            this.soLuong = value;
            return this;
        }

        /** Sets {@code DON_GIA}; {@code null} leaves it absent. */
        public Builder donGia(BigDecimal value) {
            this.donGia = value;
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

        /** Sets {@code MUC_HUONG}; {@code null} leaves it absent. */
        public Builder mucHuong(Integer value) {
            this.mucHuong = value;
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

        /** Sets {@code MA_BAC_SI}; {@code null} leaves it absent. */
        public Builder maBacSi(List<String> value) {
            this.maBacSi = value;
            return this;
        }

        /** Sets {@code MA_DICH_VU}; {@code null} leaves it absent. */
        public Builder maDichVu(List<String> value) {
            this.maDichVu = value;
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

        /** Sets {@code MA_PTTT}; {@code null} leaves it absent. */
        public Builder maPttt(Integer value) {
            this.maPttt = value;
            return this;
        }

        /** Sets {@code NGUON_CTRA}; {@code null} leaves it absent. */
        public Builder nguonCtra(Integer value) {
            this.nguonCtra = value;
            return this;
        }

        /** Sets {@code VET_THUONG_TP}; {@code null} leaves it absent. */
        public Builder vetThuongTp(Integer value) {
            this.vetThuongTp = value;
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
        public DrugLine build() {
            return new DrugLine(
                    maLk,
                    stt,
                    maThuoc,
                    maPpChebien,
                    Optional.ofNullable(maCskcbThuoc),
                    maNhom,
                    tenThuoc,
                    donViTinh,
                    hamLuong,
                    duongDung,
                    Optional.ofNullable(dangBaoChe),
                    lieuDung,
                    Optional.ofNullable(cachDung),
                    Optional.ofNullable(soDangKy),
                    ttThau,
                    phamVi,
                    tyleTtBh,
                    soLuong,
                    donGia,
                    thanhTienBv,
                    thanhTienBh,
                    tNguonkhacNsnn,
                    tNguonkhacVtnn,
                    tNguonkhacVttn,
                    tNguonkhacCl,
                    tNguonkhac,
                    mucHuong,
                    tBntt,
                    tBncct,
                    tBhtt,
                    maKhoa,
                    maBacSi,
                    maDichVu,
                    ngayYl,
                    Optional.ofNullable(ngayThYl),
                    maPttt,
                    nguonCtra,
                    Optional.ofNullable(vetThuongTp),
                    Optional.ofNullable(duPhong));
        }
    }
}
