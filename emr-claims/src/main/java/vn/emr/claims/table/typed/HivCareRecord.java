package vn.emr.claims.table.typed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * One HIV/AIDS care and treatment record of table 6 (Bảng 6, hồ sơ bệnh án chăm sóc và điều trị HIV/AIDS) of the claims
 * file ({@code XML6}, {@link ClaimsTable#XML6}), as a typed record: one component per field of the official field list
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
 * @param maTheBhyt {@code MA_THE_BHYT}: text, unbounded; format {@code nhiều giá trị cách nhau ";"}; optional
 * @param soCccd {@code SO_CCCD}: text, up to 15 characters; optional
 * @param ngaySinh {@code NGAY_SINH}: text, up to 12 characters; format {@code yyyyMMddHHmm (HHmm=0000 nếu không rõ giờ;
 *     MMdd=0000 nếu không rõ ngày/tháng)}; optional; added by QD 4750 (absent before it)
 * @param gioiTinh {@code GIOI_TINH}: number, up to 1 character; optional; added by QD 4750 (absent before it)
 * @param diaChi {@code DIA_CHI}: text, up to 1024 characters; optional; added by QD 4750 (absent before it)
 * @param matinhCuTru {@code MATINH_CU_TRU}: text, up to 3 characters; optional; added by QD 4750 (absent before it)
 * @param mahuyenCuTru {@code MAHUYEN_CU_TRU}: text, up to 3 characters; optional; added by QD 4750 (absent before it)
 * @param maxaCuTru {@code MAXA_CU_TRU}: text, up to 5 characters; optional; added by QD 4750 (absent before it)
 * @param ngaykdHiv {@code NGAYKD_HIV}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param noiLayMauXn {@code NOI_LAY_MAU_XN}: text, up to 5 characters; mandatory; added by QD 4750 (absent before it)
 * @param noiXnKd {@code NOI_XN_KD}: text, up to 5 characters; mandatory; added by QD 4750 (absent before it)
 * @param noiBddtArv {@code NOI_BDDT_ARV}: text, up to 5 characters; mandatory; added by QD 4750 (absent before it)
 * @param bddtArv {@code BDDT_ARV}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param maPhacDoDieuTriBd {@code MA_PHAC_DO_DIEU_TRI_BD}: text, up to 200 characters; optional
 * @param maBacPhacDoBd {@code MA_BAC_PHAC_DO_BD}: number, up to 1 character; optional
 * @param maLydoDtri {@code MA_LYDO_DTRI}: number, up to 1 character; mandatory
 * @param loaiDtriLao {@code LOAI_DTRI_LAO}: number, up to 1 character; mandatory
 * @param sangLocLao {@code SANG_LOC_LAO}: number, up to 1 character; mandatory; added by QD 4750 (absent before it)
 * @param phacdoDtriLao {@code PHACDO_DTRI_LAO}: number, up to 2 characters; conditional
 * @param ngaybdDtriLao {@code NGAYBD_DTRI_LAO}: text, up to 8 characters; format {@code yyyyMMdd}; conditional
 * @param ngayktDtriLao {@code NGAYKT_DTRI_LAO}: text, up to 8 characters; format {@code yyyyMMdd}; conditional
 * @param kqDtriLao {@code KQ_DTRI_LAO}: number, up to 1 character; mandatory; added by QD 4750 (absent before it)
 * @param maLydoXntlVr {@code MA_LYDO_XNTL_VR}: number, up to 1 character; optional
 * @param ngayXnTlvr {@code NGAY_XN_TLVR}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param kqXntlVr {@code KQ_XNTL_VR}: number, up to 1 character; optional
 * @param ngayKqXnTlvr {@code NGAY_KQ_XN_TLVR}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param maLoaiBn {@code MA_LOAI_BN}: number, up to 1 character; mandatory
 * @param giaiDoanLamSang {@code GIAI_DOAN_LAM_SANG}: number, up to 1 character; mandatory; added by QD 4750 (absent
 *     before it)
 * @param nhomDoiTuong {@code NHOM_DOI_TUONG}: number, up to 2 characters; mandatory; added by QD 4750 (absent before
 *     it)
 * @param maTinhTrangDk {@code MA_TINH_TRANG_DK}: text, up to 18 characters; format {@code nhiều giá trị cách nhau ";"};
 *     mandatory
 * @param lanXnPcr {@code LAN_XN_PCR}: number, up to 1 character; conditional
 * @param ngayXnPcr {@code NGAY_XN_PCR}: text, up to 8 characters; format {@code yyyyMMdd}; conditional
 * @param ngayKqXnPcr {@code NGAY_KQ_XN_PCR}: text, up to 8 characters; format {@code yyyyMMdd}; conditional
 * @param maKqXnPcr {@code MA_KQ_XN_PCR}: number, up to 1 character; conditional
 * @param ngayNhanTtMangThai {@code NGAY_NHAN_TT_MANG_THAI}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param ngayBatDauDtCtx {@code NGAY_BAT_DAU_DT_CTX}: text, up to 8 characters; format {@code yyyyMMdd}; optional
 * @param maXuTri {@code MA_XU_TRI}: text, up to 10 characters; format {@code nhiều giá trị cách nhau ";"}; mandatory
 * @param ngayBatDauXuTri {@code NGAY_BAT_DAU_XU_TRI}: text, up to 8 characters; format {@code yyyyMMdd}; conditional
 * @param ngayKetThucXuTri {@code NGAY_KET_THUC_XU_TRI}: text, up to 8 characters; format {@code yyyyMMdd}; conditional
 * @param maPhacDoDieuTri {@code MA_PHAC_DO_DIEU_TRI}: text, up to 200 characters; mandatory
 * @param maBacPhacDo {@code MA_BAC_PHAC_DO}: number, up to 1 character; conditional
 * @param soNgayCapThuocArv {@code SO_NGAY_CAP_THUOC_ARV}: number, up to 3 characters; conditional
 * @param ngayChuyenPhacDo {@code NGAY_CHUYEN_PHAC_DO}: text, up to 8 characters; format {@code yyyyMMdd}; mandatory;
 *     added by QD 4750 (absent before it)
 * @param lyDoChuyenPhacDo {@code LY_DO_CHUYEN_PHAC_DO}: number, up to 1 character; mandatory; added by QD 4750 (absent
 *     before it)
 * @param maCskcb {@code MA_CSKCB}: text, up to 5 characters; optional; added by QD 4750 (absent before it)
 * @param duPhong {@code DU_PHONG}: text, unbounded; optional
 */
public record HivCareRecord(
        String maLk,
        List<String> maTheBhyt,
        Optional<String> soCccd,
        Optional<String> ngaySinh,
        Optional<Integer> gioiTinh,
        Optional<String> diaChi,
        Optional<String> matinhCuTru,
        Optional<String> mahuyenCuTru,
        Optional<String> maxaCuTru,
        Optional<LocalDate> ngaykdHiv,
        Optional<String> noiLayMauXn,
        Optional<String> noiXnKd,
        Optional<String> noiBddtArv,
        Optional<LocalDate> bddtArv,
        Optional<String> maPhacDoDieuTriBd,
        Optional<Integer> maBacPhacDoBd,
        Integer maLydoDtri,
        Integer loaiDtriLao,
        Optional<Integer> sangLocLao,
        Optional<Integer> phacdoDtriLao,
        Optional<LocalDate> ngaybdDtriLao,
        Optional<LocalDate> ngayktDtriLao,
        Optional<Integer> kqDtriLao,
        Optional<Integer> maLydoXntlVr,
        Optional<LocalDate> ngayXnTlvr,
        Optional<Integer> kqXntlVr,
        Optional<LocalDate> ngayKqXnTlvr,
        Integer maLoaiBn,
        Optional<Integer> giaiDoanLamSang,
        Optional<Integer> nhomDoiTuong,
        List<String> maTinhTrangDk,
        Optional<Integer> lanXnPcr,
        Optional<LocalDate> ngayXnPcr,
        Optional<LocalDate> ngayKqXnPcr,
        Optional<Integer> maKqXnPcr,
        Optional<LocalDate> ngayNhanTtMangThai,
        Optional<LocalDate> ngayBatDauDtCtx,
        List<String> maXuTri,
        Optional<LocalDate> ngayBatDauXuTri,
        Optional<LocalDate> ngayKetThucXuTri,
        String maPhacDoDieuTri,
        Optional<Integer> maBacPhacDo,
        Optional<Integer> soNgayCapThuocArv,
        Optional<LocalDate> ngayChuyenPhacDo,
        Optional<Integer> lyDoChuyenPhacDo,
        Optional<String> maCskcb,
        Optional<String> duPhong) implements ClaimsRecord {

    private static final Layout<HivCareRecord, Builder> LAYOUT =
            Layout.of(ClaimsTable.XML6, HivCareRecord.class, Builder::new, Builder::build)
            .required("MA_LK", Codec.TEXT, HivCareRecord::maLk, Builder::maLk)
            .list("MA_THE_BHYT", false, HivCareRecord::maTheBhyt, Builder::maTheBhyt)
            .optional("SO_CCCD", Codec.TEXT, HivCareRecord::soCccd, Builder::soCccd)
            .optional("NGAY_SINH", Codec.TEXT, HivCareRecord::ngaySinh, Builder::ngaySinh)
            .optional("GIOI_TINH", Codec.INTEGER, HivCareRecord::gioiTinh, Builder::gioiTinh)
            .optional("DIA_CHI", Codec.TEXT, HivCareRecord::diaChi, Builder::diaChi)
            .optional("MATINH_CU_TRU", Codec.TEXT, HivCareRecord::matinhCuTru, Builder::matinhCuTru)
            .optional("MAHUYEN_CU_TRU", Codec.TEXT, HivCareRecord::mahuyenCuTru, Builder::mahuyenCuTru)
            .optional("MAXA_CU_TRU", Codec.TEXT, HivCareRecord::maxaCuTru, Builder::maxaCuTru)
            .optional("NGAYKD_HIV", Codec.DATE, HivCareRecord::ngaykdHiv, Builder::ngaykdHiv)
            .optional("NOI_LAY_MAU_XN", Codec.TEXT, HivCareRecord::noiLayMauXn, Builder::noiLayMauXn)
            .optional("NOI_XN_KD", Codec.TEXT, HivCareRecord::noiXnKd, Builder::noiXnKd)
            .optional("NOI_BDDT_ARV", Codec.TEXT, HivCareRecord::noiBddtArv, Builder::noiBddtArv)
            .optional("BDDT_ARV", Codec.DATE, HivCareRecord::bddtArv, Builder::bddtArv)
            .optional("MA_PHAC_DO_DIEU_TRI_BD", Codec.TEXT, HivCareRecord::maPhacDoDieuTriBd,
                    Builder::maPhacDoDieuTriBd)
            .optional("MA_BAC_PHAC_DO_BD", Codec.INTEGER, HivCareRecord::maBacPhacDoBd, Builder::maBacPhacDoBd)
            .required("MA_LYDO_DTRI", Codec.INTEGER, HivCareRecord::maLydoDtri, Builder::maLydoDtri)
            .required("LOAI_DTRI_LAO", Codec.INTEGER, HivCareRecord::loaiDtriLao, Builder::loaiDtriLao)
            .optional("SANG_LOC_LAO", Codec.INTEGER, HivCareRecord::sangLocLao, Builder::sangLocLao)
            .optional("PHACDO_DTRI_LAO", Codec.INTEGER, HivCareRecord::phacdoDtriLao, Builder::phacdoDtriLao)
            .optional("NGAYBD_DTRI_LAO", Codec.DATE, HivCareRecord::ngaybdDtriLao, Builder::ngaybdDtriLao)
            .optional("NGAYKT_DTRI_LAO", Codec.DATE, HivCareRecord::ngayktDtriLao, Builder::ngayktDtriLao)
            .optional("KQ_DTRI_LAO", Codec.INTEGER, HivCareRecord::kqDtriLao, Builder::kqDtriLao)
            .optional("MA_LYDO_XNTL_VR", Codec.INTEGER, HivCareRecord::maLydoXntlVr, Builder::maLydoXntlVr)
            .optional("NGAY_XN_TLVR", Codec.DATE, HivCareRecord::ngayXnTlvr, Builder::ngayXnTlvr)
            .optional("KQ_XNTL_VR", Codec.INTEGER, HivCareRecord::kqXntlVr, Builder::kqXntlVr)
            .optional("NGAY_KQ_XN_TLVR", Codec.DATE, HivCareRecord::ngayKqXnTlvr, Builder::ngayKqXnTlvr)
            .required("MA_LOAI_BN", Codec.INTEGER, HivCareRecord::maLoaiBn, Builder::maLoaiBn)
            .optional("GIAI_DOAN_LAM_SANG", Codec.INTEGER, HivCareRecord::giaiDoanLamSang, Builder::giaiDoanLamSang)
            .optional("NHOM_DOI_TUONG", Codec.INTEGER, HivCareRecord::nhomDoiTuong, Builder::nhomDoiTuong)
            .list("MA_TINH_TRANG_DK", true, HivCareRecord::maTinhTrangDk, Builder::maTinhTrangDk)
            .optional("LAN_XN_PCR", Codec.INTEGER, HivCareRecord::lanXnPcr, Builder::lanXnPcr)
            .optional("NGAY_XN_PCR", Codec.DATE, HivCareRecord::ngayXnPcr, Builder::ngayXnPcr)
            .optional("NGAY_KQ_XN_PCR", Codec.DATE, HivCareRecord::ngayKqXnPcr, Builder::ngayKqXnPcr)
            .optional("MA_KQ_XN_PCR", Codec.INTEGER, HivCareRecord::maKqXnPcr, Builder::maKqXnPcr)
            .optional("NGAY_NHAN_TT_MANG_THAI", Codec.DATE, HivCareRecord::ngayNhanTtMangThai,
                    Builder::ngayNhanTtMangThai)
            .optional("NGAY_BAT_DAU_DT_CTX", Codec.DATE, HivCareRecord::ngayBatDauDtCtx, Builder::ngayBatDauDtCtx)
            .list("MA_XU_TRI", true, HivCareRecord::maXuTri, Builder::maXuTri)
            .optional("NGAY_BAT_DAU_XU_TRI", Codec.DATE, HivCareRecord::ngayBatDauXuTri, Builder::ngayBatDauXuTri)
            .optional("NGAY_KET_THUC_XU_TRI", Codec.DATE, HivCareRecord::ngayKetThucXuTri, Builder::ngayKetThucXuTri)
            .required("MA_PHAC_DO_DIEU_TRI", Codec.TEXT, HivCareRecord::maPhacDoDieuTri, Builder::maPhacDoDieuTri)
            .optional("MA_BAC_PHAC_DO", Codec.INTEGER, HivCareRecord::maBacPhacDo, Builder::maBacPhacDo)
            .optional("SO_NGAY_CAP_THUOC_ARV", Codec.INTEGER,
                    HivCareRecord::soNgayCapThuocArv, Builder::soNgayCapThuocArv)
            .optional("NGAY_CHUYEN_PHAC_DO", Codec.DATE, HivCareRecord::ngayChuyenPhacDo, Builder::ngayChuyenPhacDo)
            .optional("LY_DO_CHUYEN_PHAC_DO", Codec.INTEGER, HivCareRecord::lyDoChuyenPhacDo, Builder::lyDoChuyenPhacDo)
            .optional("MA_CSKCB", Codec.TEXT, HivCareRecord::maCskcb, Builder::maCskcb)
            .optional("DU_PHONG", Codec.TEXT, HivCareRecord::duPhong, Builder::duPhong)
            .done();

    /**
     * Refuses a missing mandatory field ({@code EMR-CLM-0402}) and a list item that is empty or holds {@code ;}
     * ({@code EMR-CLM-0407}); an absent optional field is empty, never null.
     */
    public HivCareRecord {
        Layout.require(maLk, "XML6/MA_LK");
        maTheBhyt = Layout.list(maTheBhyt, "XML6/MA_THE_BHYT", false);
        soCccd = Layout.optional(soCccd);
        ngaySinh = Layout.optional(ngaySinh);
        gioiTinh = Layout.optional(gioiTinh);
        diaChi = Layout.optional(diaChi);
        matinhCuTru = Layout.optional(matinhCuTru);
        mahuyenCuTru = Layout.optional(mahuyenCuTru);
        maxaCuTru = Layout.optional(maxaCuTru);
        ngaykdHiv = Layout.optional(ngaykdHiv);
        noiLayMauXn = Layout.optional(noiLayMauXn);
        noiXnKd = Layout.optional(noiXnKd);
        noiBddtArv = Layout.optional(noiBddtArv);
        bddtArv = Layout.optional(bddtArv);
        maPhacDoDieuTriBd = Layout.optional(maPhacDoDieuTriBd);
        maBacPhacDoBd = Layout.optional(maBacPhacDoBd);
        Layout.require(maLydoDtri, "XML6/MA_LYDO_DTRI");
        Layout.require(loaiDtriLao, "XML6/LOAI_DTRI_LAO");
        sangLocLao = Layout.optional(sangLocLao);
        phacdoDtriLao = Layout.optional(phacdoDtriLao);
        ngaybdDtriLao = Layout.optional(ngaybdDtriLao);
        ngayktDtriLao = Layout.optional(ngayktDtriLao);
        kqDtriLao = Layout.optional(kqDtriLao);
        maLydoXntlVr = Layout.optional(maLydoXntlVr);
        ngayXnTlvr = Layout.optional(ngayXnTlvr);
        kqXntlVr = Layout.optional(kqXntlVr);
        ngayKqXnTlvr = Layout.optional(ngayKqXnTlvr);
        Layout.require(maLoaiBn, "XML6/MA_LOAI_BN");
        giaiDoanLamSang = Layout.optional(giaiDoanLamSang);
        nhomDoiTuong = Layout.optional(nhomDoiTuong);
        maTinhTrangDk = Layout.list(maTinhTrangDk, "XML6/MA_TINH_TRANG_DK", true);
        lanXnPcr = Layout.optional(lanXnPcr);
        ngayXnPcr = Layout.optional(ngayXnPcr);
        ngayKqXnPcr = Layout.optional(ngayKqXnPcr);
        maKqXnPcr = Layout.optional(maKqXnPcr);
        ngayNhanTtMangThai = Layout.optional(ngayNhanTtMangThai);
        ngayBatDauDtCtx = Layout.optional(ngayBatDauDtCtx);
        maXuTri = Layout.list(maXuTri, "XML6/MA_XU_TRI", true);
        ngayBatDauXuTri = Layout.optional(ngayBatDauXuTri);
        ngayKetThucXuTri = Layout.optional(ngayKetThucXuTri);
        Layout.require(maPhacDoDieuTri, "XML6/MA_PHAC_DO_DIEU_TRI");
        maBacPhacDo = Layout.optional(maBacPhacDo);
        soNgayCapThuocArv = Layout.optional(soNgayCapThuocArv);
        ngayChuyenPhacDo = Layout.optional(ngayChuyenPhacDo);
        lyDoChuyenPhacDo = Layout.optional(lyDoChuyenPhacDo);
        maCskcb = Layout.optional(maCskcb);
        duPhong = Layout.optional(duPhong);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The record of a table record of XML6, whichever profile's fields it has (fields its profile lacks are empty).
     *
     * @throws vn.emr.core.EmrException with every value that is not of its field's type ({@code EMR-CLM-0203},
     *     {@code 0204}, {@code 0205}, {@code 0401}), every mandatory field missing ({@code 0402}), a record of another
     *     table ({@code 0404}); each at {@code XML6/<field>}, never with the value
     */
    public static HivCareRecord from(TableRecord record) {
        return LAYOUT.from(record);
    }

    /** The layout of the record's fields (for the agreement test). */
    static Layout<HivCareRecord, Builder> layout() {
        return LAYOUT;
    }

    @Override
    public ClaimsTable table() {
        return ClaimsTable.XML6;
    }

    @Override
    public TableRecord toTableRecord(ClaimsProfile profile) {
        return LAYOUT.toTableRecord(this, profile);
    }

    /** A builder holding this record's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maLk = maLk;
        b.maTheBhyt = maTheBhyt;
        b.soCccd = soCccd.orElse(null);
        b.ngaySinh = ngaySinh.orElse(null);
        b.gioiTinh = gioiTinh.orElse(null);
        b.diaChi = diaChi.orElse(null);
        b.matinhCuTru = matinhCuTru.orElse(null);
        b.mahuyenCuTru = mahuyenCuTru.orElse(null);
        b.maxaCuTru = maxaCuTru.orElse(null);
        b.ngaykdHiv = ngaykdHiv.orElse(null);
        b.noiLayMauXn = noiLayMauXn.orElse(null);
        b.noiXnKd = noiXnKd.orElse(null);
        b.noiBddtArv = noiBddtArv.orElse(null);
        b.bddtArv = bddtArv.orElse(null);
        b.maPhacDoDieuTriBd = maPhacDoDieuTriBd.orElse(null);
        b.maBacPhacDoBd = maBacPhacDoBd.orElse(null);
        b.maLydoDtri = maLydoDtri;
        b.loaiDtriLao = loaiDtriLao;
        b.sangLocLao = sangLocLao.orElse(null);
        b.phacdoDtriLao = phacdoDtriLao.orElse(null);
        b.ngaybdDtriLao = ngaybdDtriLao.orElse(null);
        b.ngayktDtriLao = ngayktDtriLao.orElse(null);
        b.kqDtriLao = kqDtriLao.orElse(null);
        b.maLydoXntlVr = maLydoXntlVr.orElse(null);
        b.ngayXnTlvr = ngayXnTlvr.orElse(null);
        b.kqXntlVr = kqXntlVr.orElse(null);
        b.ngayKqXnTlvr = ngayKqXnTlvr.orElse(null);
        b.maLoaiBn = maLoaiBn;
        b.giaiDoanLamSang = giaiDoanLamSang.orElse(null);
        b.nhomDoiTuong = nhomDoiTuong.orElse(null);
        b.maTinhTrangDk = maTinhTrangDk;
        b.lanXnPcr = lanXnPcr.orElse(null);
        b.ngayXnPcr = ngayXnPcr.orElse(null);
        b.ngayKqXnPcr = ngayKqXnPcr.orElse(null);
        b.maKqXnPcr = maKqXnPcr.orElse(null);
        b.ngayNhanTtMangThai = ngayNhanTtMangThai.orElse(null);
        b.ngayBatDauDtCtx = ngayBatDauDtCtx.orElse(null);
        b.maXuTri = maXuTri;
        b.ngayBatDauXuTri = ngayBatDauXuTri.orElse(null);
        b.ngayKetThucXuTri = ngayKetThucXuTri.orElse(null);
        b.maPhacDoDieuTri = maPhacDoDieuTri;
        b.maBacPhacDo = maBacPhacDo.orElse(null);
        b.soNgayCapThuocArv = soNgayCapThuocArv.orElse(null);
        b.ngayChuyenPhacDo = ngayChuyenPhacDo.orElse(null);
        b.lyDoChuyenPhacDo = lyDoChuyenPhacDo.orElse(null);
        b.maCskcb = maCskcb.orElse(null);
        b.duPhong = duPhong.orElse(null);
        return b;
    }

    /** The table and how many fields are filled; no value (safe to log). */
    @Override
    public String toString() {
        return LAYOUT.describe(this);
    }

    /** Builds a {@link HivCareRecord}; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String maLk;
        private List<String> maTheBhyt;
        private String soCccd;
        private String ngaySinh;
        private Integer gioiTinh;
        private String diaChi;
        private String matinhCuTru;
        private String mahuyenCuTru;
        private String maxaCuTru;
        private LocalDate ngaykdHiv;
        private String noiLayMauXn;
        private String noiXnKd;
        private String noiBddtArv;
        private LocalDate bddtArv;
        private String maPhacDoDieuTriBd;
        private Integer maBacPhacDoBd;
        private Integer maLydoDtri;
        private Integer loaiDtriLao;
        private Integer sangLocLao;
        private Integer phacdoDtriLao;
        private LocalDate ngaybdDtriLao;
        private LocalDate ngayktDtriLao;
        private Integer kqDtriLao;
        private Integer maLydoXntlVr;
        private LocalDate ngayXnTlvr;
        private Integer kqXntlVr;
        private LocalDate ngayKqXnTlvr;
        private Integer maLoaiBn;
        private Integer giaiDoanLamSang;
        private Integer nhomDoiTuong;
        private List<String> maTinhTrangDk;
        private Integer lanXnPcr;
        private LocalDate ngayXnPcr;
        private LocalDate ngayKqXnPcr;
        private Integer maKqXnPcr;
        private LocalDate ngayNhanTtMangThai;
        private LocalDate ngayBatDauDtCtx;
        private List<String> maXuTri;
        private LocalDate ngayBatDauXuTri;
        private LocalDate ngayKetThucXuTri;
        private String maPhacDoDieuTri;
        private Integer maBacPhacDo;
        private Integer soNgayCapThuocArv;
        private LocalDate ngayChuyenPhacDo;
        private Integer lyDoChuyenPhacDo;
        private String maCskcb;
        private String duPhong;

        private Builder() {
        }

        /** Sets {@code MA_LK}; {@code null} leaves it absent. */
        public Builder maLk(String value) {
            this.maLk = value;
            return this;
        }

        /** Sets {@code MA_THE_BHYT}; {@code null} leaves it absent. */
        public Builder maTheBhyt(List<String> value) {
            this.maTheBhyt = value;
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

        /** Sets {@code DIA_CHI}; {@code null} leaves it absent. */
        public Builder diaChi(String value) {
            this.diaChi = value;
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

        /** Sets {@code NGAYKD_HIV}; {@code null} leaves it absent. */
        public Builder ngaykdHiv(LocalDate value) {
            this.ngaykdHiv = value;
            return this;
        }

        /** Sets {@code NOI_LAY_MAU_XN}; {@code null} leaves it absent. */
        public Builder noiLayMauXn(String value) {
            this.noiLayMauXn = value;
            return this;
        }

        /** Sets {@code NOI_XN_KD}; {@code null} leaves it absent. */
        public Builder noiXnKd(String value) {
            this.noiXnKd = value;
            return this;
        }

        /** Sets {@code NOI_BDDT_ARV}; {@code null} leaves it absent. */
        public Builder noiBddtArv(String value) {
            this.noiBddtArv = value;
            return this;
        }

        /** Sets {@code BDDT_ARV}; {@code null} leaves it absent. */
        public Builder bddtArv(LocalDate value) {
            this.bddtArv = value;
            return this;
        }

        /** Sets {@code MA_PHAC_DO_DIEU_TRI_BD}; {@code null} leaves it absent. */
        public Builder maPhacDoDieuTriBd(String value) {
            this.maPhacDoDieuTriBd = value;
            return this;
        }

        /** Sets {@code MA_BAC_PHAC_DO_BD}; {@code null} leaves it absent. */
        public Builder maBacPhacDoBd(Integer value) {
            this.maBacPhacDoBd = value;
            return this;
        }

        /** Sets {@code MA_LYDO_DTRI}; {@code null} leaves it absent. */
        public Builder maLydoDtri(Integer value) {
            this.maLydoDtri = value;
            return this;
        }

        /** Sets {@code LOAI_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder loaiDtriLao(Integer value) {
            this.loaiDtriLao = value;
            return this;
        }

        /** Sets {@code SANG_LOC_LAO}; {@code null} leaves it absent. */
        public Builder sangLocLao(Integer value) {
            this.sangLocLao = value;
            return this;
        }

        /** Sets {@code PHACDO_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder phacdoDtriLao(Integer value) {
            this.phacdoDtriLao = value;
            return this;
        }

        /** Sets {@code NGAYBD_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder ngaybdDtriLao(LocalDate value) {
            this.ngaybdDtriLao = value;
            return this;
        }

        /** Sets {@code NGAYKT_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder ngayktDtriLao(LocalDate value) {
            this.ngayktDtriLao = value;
            return this;
        }

        /** Sets {@code KQ_DTRI_LAO}; {@code null} leaves it absent. */
        public Builder kqDtriLao(Integer value) {
            this.kqDtriLao = value;
            return this;
        }

        /** Sets {@code MA_LYDO_XNTL_VR}; {@code null} leaves it absent. */
        public Builder maLydoXntlVr(Integer value) {
            this.maLydoXntlVr = value;
            return this;
        }

        /** Sets {@code NGAY_XN_TLVR}; {@code null} leaves it absent. */
        public Builder ngayXnTlvr(LocalDate value) {
            this.ngayXnTlvr = value;
            return this;
        }

        /** Sets {@code KQ_XNTL_VR}; {@code null} leaves it absent. */
        public Builder kqXntlVr(Integer value) {
            this.kqXntlVr = value;
            return this;
        }

        /** Sets {@code NGAY_KQ_XN_TLVR}; {@code null} leaves it absent. */
        public Builder ngayKqXnTlvr(LocalDate value) {
            this.ngayKqXnTlvr = value;
            return this;
        }

        /** Sets {@code MA_LOAI_BN}; {@code null} leaves it absent. */
        public Builder maLoaiBn(Integer value) {
            this.maLoaiBn = value;
            return this;
        }

        /** Sets {@code GIAI_DOAN_LAM_SANG}; {@code null} leaves it absent. */
        public Builder giaiDoanLamSang(Integer value) {
            this.giaiDoanLamSang = value;
            return this;
        }

        /** Sets {@code NHOM_DOI_TUONG}; {@code null} leaves it absent. */
        public Builder nhomDoiTuong(Integer value) {
            this.nhomDoiTuong = value;
            return this;
        }

        /** Sets {@code MA_TINH_TRANG_DK}; {@code null} leaves it absent. */
        public Builder maTinhTrangDk(List<String> value) {
            this.maTinhTrangDk = value;
            return this;
        }

        /** Sets {@code LAN_XN_PCR}; {@code null} leaves it absent. */
        public Builder lanXnPcr(Integer value) {
            this.lanXnPcr = value;
            return this;
        }

        /** Sets {@code NGAY_XN_PCR}; {@code null} leaves it absent. */
        public Builder ngayXnPcr(LocalDate value) {
            this.ngayXnPcr = value;
            return this;
        }

        /** Sets {@code NGAY_KQ_XN_PCR}; {@code null} leaves it absent. */
        public Builder ngayKqXnPcr(LocalDate value) {
            this.ngayKqXnPcr = value;
            return this;
        }

        /** Sets {@code MA_KQ_XN_PCR}; {@code null} leaves it absent. */
        public Builder maKqXnPcr(Integer value) {
            this.maKqXnPcr = value;
            return this;
        }

        /** Sets {@code NGAY_NHAN_TT_MANG_THAI}; {@code null} leaves it absent. */
        public Builder ngayNhanTtMangThai(LocalDate value) {
            this.ngayNhanTtMangThai = value;
            return this;
        }

        /** Sets {@code NGAY_BAT_DAU_DT_CTX}; {@code null} leaves it absent. */
        public Builder ngayBatDauDtCtx(LocalDate value) {
            this.ngayBatDauDtCtx = value;
            return this;
        }

        /** Sets {@code MA_XU_TRI}; {@code null} leaves it absent. */
        public Builder maXuTri(List<String> value) {
            this.maXuTri = value;
            return this;
        }

        /** Sets {@code NGAY_BAT_DAU_XU_TRI}; {@code null} leaves it absent. */
        public Builder ngayBatDauXuTri(LocalDate value) {
            this.ngayBatDauXuTri = value;
            return this;
        }

        /** Sets {@code NGAY_KET_THUC_XU_TRI}; {@code null} leaves it absent. */
        public Builder ngayKetThucXuTri(LocalDate value) {
            this.ngayKetThucXuTri = value;
            return this;
        }

        /** Sets {@code MA_PHAC_DO_DIEU_TRI}; {@code null} leaves it absent. */
        public Builder maPhacDoDieuTri(String value) {
            this.maPhacDoDieuTri = value;
            return this;
        }

        /** Sets {@code MA_BAC_PHAC_DO}; {@code null} leaves it absent. */
        public Builder maBacPhacDo(Integer value) {
            this.maBacPhacDo = value;
            return this;
        }

        /** Sets {@code SO_NGAY_CAP_THUOC_ARV}; {@code null} leaves it absent. */
        public Builder soNgayCapThuocArv(Integer value) {
            this.soNgayCapThuocArv = value;
            return this;
        }

        /** Sets {@code NGAY_CHUYEN_PHAC_DO}; {@code null} leaves it absent. */
        public Builder ngayChuyenPhacDo(LocalDate value) {
            this.ngayChuyenPhacDo = value;
            return this;
        }

        /** Sets {@code LY_DO_CHUYEN_PHAC_DO}; {@code null} leaves it absent. */
        public Builder lyDoChuyenPhacDo(Integer value) {
            this.lyDoChuyenPhacDo = value;
            return this;
        }

        /** Sets {@code MA_CSKCB}; {@code null} leaves it absent. */
        public Builder maCskcb(String value) {
            this.maCskcb = value;
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
        public HivCareRecord build() {
            return new HivCareRecord(
                    maLk,
                    maTheBhyt,
                    Optional.ofNullable(soCccd),
                    Optional.ofNullable(ngaySinh),
                    Optional.ofNullable(gioiTinh),
                    Optional.ofNullable(diaChi),
                    Optional.ofNullable(matinhCuTru),
                    Optional.ofNullable(mahuyenCuTru),
                    Optional.ofNullable(maxaCuTru),
                    Optional.ofNullable(ngaykdHiv),
                    Optional.ofNullable(noiLayMauXn),
                    Optional.ofNullable(noiXnKd),
                    Optional.ofNullable(noiBddtArv),
                    Optional.ofNullable(bddtArv),
                    Optional.ofNullable(maPhacDoDieuTriBd),
                    Optional.ofNullable(maBacPhacDoBd),
                    maLydoDtri,
                    loaiDtriLao,
                    Optional.ofNullable(sangLocLao),
                    Optional.ofNullable(phacdoDtriLao),
                    Optional.ofNullable(ngaybdDtriLao),
                    Optional.ofNullable(ngayktDtriLao),
                    Optional.ofNullable(kqDtriLao),
                    Optional.ofNullable(maLydoXntlVr),
                    Optional.ofNullable(ngayXnTlvr),
                    Optional.ofNullable(kqXntlVr),
                    Optional.ofNullable(ngayKqXnTlvr),
                    maLoaiBn,
                    Optional.ofNullable(giaiDoanLamSang),
                    Optional.ofNullable(nhomDoiTuong),
                    maTinhTrangDk,
                    Optional.ofNullable(lanXnPcr),
                    Optional.ofNullable(ngayXnPcr),
                    Optional.ofNullable(ngayKqXnPcr),
                    Optional.ofNullable(maKqXnPcr),
                    Optional.ofNullable(ngayNhanTtMangThai),
                    Optional.ofNullable(ngayBatDauDtCtx),
                    maXuTri,
                    Optional.ofNullable(ngayBatDauXuTri),
                    Optional.ofNullable(ngayKetThucXuTri),
                    maPhacDoDieuTri,
                    Optional.ofNullable(maBacPhacDo),
                    Optional.ofNullable(soNgayCapThuocArv),
                    Optional.ofNullable(ngayChuyenPhacDo),
                    Optional.ofNullable(lyDoChuyenPhacDo),
                    Optional.ofNullable(maCskcb),
                    Optional.ofNullable(duPhong));
        }
    }
}
