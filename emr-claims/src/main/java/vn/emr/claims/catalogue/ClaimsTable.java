package vn.emr.claims.catalogue;

import java.util.Optional;

/**
 * The tables of the claims file (Decision 130/QĐ-BYT as amended by 4750/QĐ-BYT) with their official element names
 * ({@code domain/claims.md} §2.1, BHXH letter CV 1245/BHXH-CNTT): the check-in table XML0, sent on its own, and the
 * tables XML1 to XML15 that travel in a {@code GIAMDINHHS} envelope. XML12 (medical assessment) is entered on the
 * portal, not sent by a hospital.
 */
public enum ClaimsTable {
    /** Check-in (chỉ tiêu trạng thái KBCB). */
    XML0("0", "CHI_TIEU_TRANG_THAI_KCB", "DSACH_TRANG_THAI_KCB", "TRANG_THAI_KCB"),
    /** Table 1: the episode summary. */
    XML1("XML1", "TONG_HOP", null, null),
    /** Table 2: drugs. */
    XML2("XML2", "CHITIEU_CHITIET_THUOC", "DSACH_CHI_TIET_THUOC", "CHI_TIET_THUOC"),
    /** Table 3: services and medical supplies. */
    XML3("XML3", "CHITIEU_CHITIET_DVKT_VTYT", "DSACH_CHI_TIET_DVKT", "CHI_TIET_DVKT"),
    /** Table 4: paraclinical results. */
    XML4("XML4", "CHITIEU_CHITIET_DICHVUCANLAMSANG", "DSACH_CHI_TIET_CLS", "CHI_TIET_CLS"),
    /** Table 5: clinical course. */
    XML5("XML5", "CHITIEU_CHITIET_DIENBIENLAMSANG", "DSACH_CHI_TIET_DIEN_BIEN_BENH", "CHI_TIET_DIEN_BIEN_BENH"),
    /** Table 6: HIV/AIDS care and treatment. */
    XML6("XML6", "CHI_TIEU_HO_SO_BENH_AN_CHAM_SOC_VA_DIEU_TRI_HIV_AIDS",
            "DSACH_HO_SO_BENH_AN_CHAM_SOC_VA_DIEU_TRI_HIV_AIDS", "HO_SO_BENH_AN_CHAM_SOC_VA_DIEU_TRI_HIV_AIDS"),
    /** Table 7: discharge paper. */
    XML7("XML7", "CHI_TIEU_DU_LIEU_GIAY_RA_VIEN", null, null),
    /** Table 8: summary of the medical record. */
    XML8("XML8", "CHI_TIEU_DU_LIEU_TOM_TAT_HO_SO_BENH_AN", null, null),
    /** Table 9: birth certificate (one record per child). */
    XML9("XML9", "CHI_TIEU_DU_LIEU_GIAY_CHUNG_SINH", "DSACH_GIAYCHUNGSINH", "DU_LIEU_GIAY_CHUNG_SINH"),
    /** Table 10: pregnancy rest leave. */
    XML10("XML10", "CHI_TIEU_DU_LIEU_GIAY_NGHI_DUONG_THAI", null, null),
    /** Table 11: sick-leave certificate with social-insurance benefit. */
    XML11("XML11", "CHI_TIEU_DU_LIEU_GIAY_CHUNG_NHAN_NGHI_VIEC_HUONG_BAO_HIEM_XA_HOI", null, null),
    /** Table 12: medical assessment (entered on the portal, not sent by hospitals). */
    XML12("XML12", "CHI_TIEU_GIAM_DINH_YKHOA", "DSACH_GIAM_DINH_YKHOA", "GIAM_DINH_YKHOA"),
    /** Table 13: referral (transfer) paper. */
    XML13("XML13", "CHI_TIEU_GIAYCHUYENTUYEN", null, null),
    /** Table 14: follow-up appointment paper. */
    XML14("XML14", "CHI_TIEU_GIAYHEN_KHAMLAI", null, null),
    /** Table 15: tuberculosis treatment. */
    XML15("XML15", "CHI_TIEU_DIEUTRI_BENHLAO", "DSACH_CHITIET_DIEUTRI_BENHLAO", "CHITIET_DIEUTRI_BENHLAO");

    private final String loaiHoSo;
    private final String rootElement;
    private final String listElement;
    private final String recordElement;

    ClaimsTable(String loaiHoSo, String rootElement, String listElement, String recordElement) {
        this.loaiHoSo = loaiHoSo;
        this.rootElement = rootElement;
        this.listElement = listElement;
        this.recordElement = recordElement;
    }

    /** The {@code LOAIHOSO} of the table ({@code XML1} ... {@code XML15}; {@code 0} for the check-in table). */
    public String loaiHoSo() {
        return loaiHoSo;
    }

    /** The document element of the table's own XML document. */
    public String rootElement() {
        return rootElement;
    }

    /** The list element under the root, for tables of repeated records; empty for one-record tables. */
    public Optional<String> listElement() {
        return Optional.ofNullable(listElement);
    }

    /** The element holding one record's fields: the record element of a list table, else the root itself. */
    public String recordElement() {
        return recordElement == null ? rootElement : recordElement;
    }

    /** Whether the table holds repeated records (drug lines, services, results...) rather than one. */
    public boolean repeated() {
        return listElement != null;
    }

    /** The table with this {@code LOAIHOSO}, if any. */
    public static Optional<ClaimsTable> byLoaiHoSo(String loaiHoSo) {
        for (ClaimsTable t : values()) {
            if (t.loaiHoSo.equals(loaiHoSo)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
