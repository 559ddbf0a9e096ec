package vn.emr.claims.check;

import static vn.emr.claims.check.FormatRules.allParts;
import static vn.emr.claims.check.FormatRules.digit;
import static vn.emr.claims.check.FormatRules.digits;
import static vn.emr.claims.check.FormatRules.oneOf;
import static vn.emr.claims.check.FormatRules.onField;
import static vn.emr.claims.check.RuleLayer.FORMAT;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The format layer, part five, from the audit of the rule set against {@code domain/claims.md} §2.2-2.5 and the
 * portal sheet ({@code data/claims/portal-validation-4750.csv}): the code lists the decision's field descriptions
 * enumerate in full (XML1 {@code MA_KHUVUC}, XML6, XML7, XML9, XML11, XML13, XML15), the settlement month and year,
 * the coded form of {@code MA_CSKCB_THUOC} and of the ICD-9-CM procedure codes, and the items of XML3 the portal sheet
 * marks "C: Như QĐ 4210" (a service or a supply code on every line, each with its name). A list is taken only where
 * the description names every code; where the public text is cut short (XML6 {@code MA_LYDO_DTRI},
 * {@code SANG_LOC_LAO}, {@code NHOM_DOI_TUONG}, {@code PHACDO_DTRI_LAO}, XML15 {@code PHACDO_DTRI_LAO},
 * {@code KET_QUA_DTRI_LAO}) no list is assumed. An absent value passes (the mandatory rules see to it).
 */
final class SheetRules {

    private static RuleSource pl(String table, String field, String codes) {
        return RuleSource.decision("QĐ 130 PL as amended by QĐ 4750, " + table + " " + field + ": " + codes
                + " (data/claims/fields-130.csv)");
    }

    private static Rule code(ClaimsTable t, String field, String codes, String... values) {
        return onField(t.name() + "." + field + ".CODE", ERROR, pl(t.name(), field, codes), t, field,
                oneOf(values));
    }

    // ---- code lists of the decision's field descriptions

    static final Rule KHU_VUC = code(ClaimsTable.XML1, "MA_KHUVUC", "K1, K2 or K3 (the area on the card)",
            "K1", "K2", "K3");
    static final Rule XML7_DINH_CHI = code(ClaimsTable.XML7, "MA_DINH_CHI_THAI", "1 đình chỉ thai nghén, 0 không",
            "0", "1");
    static final Rule XML11_DINH_CHI = code(ClaimsTable.XML11, "MA_DINH_CHI_THAI", "1 đình chỉ thai nghén, 0 không",
            "0", "1");
    static final Rule SINH_MO = code(ClaimsTable.XML9, "SINHCON_PHAUTHUAT", "1 sinh con phải phẫu thuật, 0 không",
            "0", "1");
    static final Rule SINH_NON = code(ClaimsTable.XML9, "SINHCON_DUOI32TUAN", "1 sinh con dưới 32 tuần tuổi, 0 không",
            "0", "1");
    static final Rule LY_DO_CT = code(ClaimsTable.XML13, "MA_LYDO_CT",
            "1 đủ điều kiện, 2 vượt khả năng đáp ứng, 3 theo yêu cầu người bệnh", "1", "2", "3");
    static final Rule XML6_LOAI_DTRI_LAO = code(ClaimsTable.XML6, "LOAI_DTRI_LAO",
            "0 không điều trị lao, 1 lao tiềm ẩn, 2 điều trị lao, 3 lao kháng thuốc", "0", "1", "2", "3");
    static final Rule XML6_MA_LOAI_BN = code(ClaimsTable.XML6, "MA_LOAI_BN", "1-5", "1", "2", "3", "4", "5");
    static final Rule XML6_GIAI_DOAN = code(ClaimsTable.XML6, "GIAI_DOAN_LAM_SANG", "1-4 (giai đoạn I-IV)",
            "1", "2", "3", "4");
    static final Rule XML6_KQ_DTRI_LAO = code(ClaimsTable.XML6, "KQ_DTRI_LAO", "1-7",
            "1", "2", "3", "4", "5", "6", "7");
    static final Rule XML6_LAN_XN_PCR = code(ClaimsTable.XML6, "LAN_XN_PCR",
            "1-3 (also the CTN row 'XML6 LAN_XN_PCR': Check Danh mục)", "1", "2", "3");
    static final Rule XML6_KQ_PCR = code(ClaimsTable.XML6, "MA_KQ_XN_PCR", "0 âm tính, 1 dương tính", "0", "1");
    static final Rule XML6_BAC_BD = code(ClaimsTable.XML6, "MA_BAC_PHAC_DO_BD", "phác đồ bậc 1-3", "1", "2", "3");
    static final Rule XML6_BAC = code(ClaimsTable.XML6, "MA_BAC_PHAC_DO", "phác đồ bậc 1-3", "1", "2", "3");
    static final Rule XML6_LYDO_XNTL = code(ClaimsTable.XML6, "MA_LYDO_XNTL_VR",
            "1 thường quy, 2 nghi ngờ thất bại, 3 khác", "1", "2", "3");
    static final Rule XML6_LY_DO_CHUYEN = code(ClaimsTable.XML6, "LY_DO_CHUYEN_PHAC_DO", "1-6",
            "1", "2", "3", "4", "5", "6");
    static final Rule XML15_VITRI = code(ClaimsTable.XML15, "PHANLOAI_LAO_VITRI", "1 lao phổi, 2 lao ngoài phổi",
            "1", "2");
    static final Rule XML15_TS = code(ClaimsTable.XML15, "PHANLOAI_LAO_TS", "1-6", "1", "2", "3", "4", "5", "6");
    static final Rule XML15_HIV = code(ClaimsTable.XML15, "PHANLOAI_LAO_HIV", "1 HIV (+), 2 HIV (-), 3 không rõ",
            "1", "2", "3");
    static final Rule XML15_VK = code(ClaimsTable.XML15, "PHANLOAI_LAO_VK", "1 có, 2 không có bằng chứng vi khuẩn học",
            "1", "2");
    /**
     * A warning, not an error: the decision's list (1-6) names only drug-resistant forms, with no code for
     * drug-sensitive tuberculosis, yet the portal sheet makes the field mandatory (CTN row 'XML15 PHANLOAI_LAO_KT': Y, no
     * rule). Every drug-sensitive patient's row would be refused whatever it holds; a value outside 1-6 is flagged
     * for review instead.
     */
    static final Rule XML15_KT = onField("XML15.PHANLOAI_LAO_KT.CODE", WARNING, RuleSource.decision(
            "QĐ 130 PL as amended by QĐ 4750, XML15 PHANLOAI_LAO_KT: 1-6, drug-resistant forms only (data/claims/"
            + "fields-130.csv); no code for drug-sensitive tuberculosis, though the CTN sheet makes it mandatory:"
            + " a warning"), ClaimsTable.XML15, "PHANLOAI_LAO_KT", oneOf("1", "2", "3", "4", "5", "6"));
    static final Rule XML15_LOAI = code(ClaimsTable.XML15, "LOAI_DTRI_LAO", "0-3", "0", "1", "2", "3");

    // ---- settlement period, coded forms

    static final Rule THANG_QT = onField("XML1.THANG_QT.RANGE", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 1, THANG_QT: the month the facility asks BHXH to settle (1-12)"), ClaimsTable.XML1,
            "THANG_QT", SheetRules::isMonth);
    static final Rule NAM_QT = onField("XML1.NAM_QT.FORM", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 1, NAM_QT: the year the facility asks BHXH to settle (Số 4: a 4-digit year)"),
            ClaimsTable.XML1, "NAM_QT", v -> digits(v, 4) && v.charAt(0) != '0');
    static final Rule MA_CSKCB_THUOC = onField("XML2.MA_CSKCB_THUOC.FORM", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 2 as amended by QĐ 4750, MA_CSKCB_THUOC: C.XXXXX, K.XXXXX, M.XXXXX or HC.XXXXX, XXXXX the"
            + " 5-character facility code (claims.md §2.3)"), ClaimsTable.XML2, "MA_CSKCB_THUOC",
            SheetRules::isDrugFacility);
    static final List<Rule> MA_PTTT_QT = List.of(icd9(ClaimsTable.XML1), icd9(ClaimsTable.XML3));
    static final Rule TRANSPORT = onField("XML3.MA_DICH_VU.TRANSPORT_FORM", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 3, MA_DICH_VU: transport of the patient is written VC.XXXXX, XXXXX the code of the"
            + " facility the patient is taken to (claims.md §2.3)"), ClaimsTable.XML3, "MA_DICH_VU",
            v -> !v.startsWith("VC.") || FormatRules.isFacilityShape(v, 3, v.length()));
    static final List<Rule> FACILITY_FORMS = List.of(facility(ClaimsTable.XML0, "MA_CSKCB"),
            facility(ClaimsTable.XML1, "MA_NOI_DI"), facility(ClaimsTable.XML1, "MA_NOI_DEN"));

    // ---- XML3 items (CTN "C: Như QĐ 4210")

    private static final Values.Field SERVICE = new Values.Field("MA_DICH_VU");
    private static final Values.Field SUPPLY = new Values.Field("MA_VAT_TU");
    private static final Values.Field SERVICE_NAME = new Values.Field("TEN_DICH_VU");
    private static final Values.Field SUPPLY_NAME = new Values.Field("TEN_VAT_TU");

    static final Rule XML3_ITEM = Rule.episode("XML3.MA_DICH_VU.OR_MA_VAT_TU", FORMAT, ERROR, RuleSource.portal(
            "CTN rows 'XML3 MA_DICH_VU', 'XML3 MA_VAT_TU': C: Như QĐ 4210; QĐ 130 PL Bảng 3: a line is a service"
            + " (MA_DICH_VU) or a supply (MA_VAT_TU), so one of the two is given"), SheetRules::item);
    static final Rule XML3_TEN_DICH_VU = Rule.episode("XML3.TEN_DICH_VU.REQUIRED", FORMAT, ERROR, RuleSource.portal(
            "CTN row 'XML3 TEN_DICH_VU': C: Như QĐ 4210; QĐ 130 PL Bảng 3: the name of the service claimed, required"
            + " on a service line (MA_DICH_VU given, no MA_VAT_TU)"), SheetRules::serviceName);
    static final Rule XML3_TEN_VAT_TU = Rule.episode("XML3.TEN_VAT_TU.REQUIRED", FORMAT, ERROR, RuleSource.portal(
            "CTN row 'XML3 TEN_VAT_TU': C: Như QĐ 4210; QĐ 130 PL Bảng 3 (QĐ 4750): the trade name of the supply, as"
            + " BHXH coded it, required with MA_VAT_TU"), SheetRules::supplyName);

    /** Every rule of this class, in RULES.md order. */
    static final List<Rule> ALL = all();

    private SheetRules() {
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(KHU_VUC, XML7_DINH_CHI, XML11_DINH_CHI, SINH_MO, SINH_NON,
                LY_DO_CT, XML6_LOAI_DTRI_LAO, XML6_MA_LOAI_BN, XML6_GIAI_DOAN, XML6_KQ_DTRI_LAO, XML6_LAN_XN_PCR,
                XML6_KQ_PCR, XML6_BAC_BD, XML6_BAC, XML6_LYDO_XNTL, XML6_LY_DO_CHUYEN, XML15_VITRI, XML15_TS,
                XML15_HIV, XML15_VK, XML15_KT, XML15_LOAI, THANG_QT, NAM_QT, MA_CSKCB_THUOC));
        rules.addAll(MA_PTTT_QT);
        rules.addAll(FACILITY_FORMS);
        rules.addAll(List.of(XML3_ITEM, XML3_TEN_DICH_VU, XML3_TEN_VAT_TU, TRANSPORT));
        return List.copyOf(rules);
    }

    private static Rule icd9(ClaimsTable t) {
        return onField(t.name() + ".MA_PTTT_QT.ICD9", WARNING, RuleSource.decision("QĐ 130 PL Bảng "
                + (t == ClaimsTable.XML1 ? "1" : "3") + ", MA_PTTT_QT: ICD-9-CM procedure codes of QĐ 4440/QĐ-BYT,"
                + " several ';' (claims.md §3.5); the form 2 digits, optionally '.' and 1 or 2 digits is ICD-9-CM"
                + " volume 3's, not the decision's words: a warning"), t, "MA_PTTT_QT",
                v -> allParts(v, SheetRules::isIcd9));
    }

    /**
     * A facility code of 5 letters or digits; without the facilities catalogue the code's existence is not judged
     * ({@code CatalogueRules} looks up only codes of this form).
     */
    private static Rule facility(ClaimsTable t, String field) {
        return onField(t.name() + "." + field + ".FORM", ERROR, RuleSource.decision("QĐ 130 PL Bảng "
                + (t == ClaimsTable.XML0 ? "check-in" : "1") + ", " + field + ": the code of a facility issued by the"
                + " competent authority, 5 characters (CTN row '" + t.name() + " " + field + "': Số/Chuỗi 5, Như"
                + " 4210)"), t, field, v -> allParts(v, FormatRules::isFacilityShape));
    }

    /** 1 to 12, written as a whole number (one or two digits). */
    static boolean isMonth(String v) {
        if (v.isEmpty() || v.length() > 2 || !digits(v, 0, v.length())) {
            return false;
        }
        int m = Integer.parseInt(v);
        return m >= 1 && m <= 12;
    }

    /** C., K., M. or HC. and a facility code of 5 capital letters or digits. */
    static boolean isDrugFacility(String v) {
        int dot = v.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String prefix = v.substring(0, dot);
        if (!(prefix.equals("C") || prefix.equals("K") || prefix.equals("M") || prefix.equals("HC"))) {
            return false;
        }
        return FormatRules.isFacilityShape(v, dot + 1, v.length());
    }

    /** An ICD-9-CM procedure code: 2 digits, optionally a point and 1 or 2 digits ({@code 47.09}, {@code 99.0}). */
    static boolean isIcd9(String s, int from, int to) {
        int n = to - from;
        if (n < 2 || !digit(s.charAt(from)) || !digit(s.charAt(from + 1))) {
            return false;
        }
        if (n == 2) {
            return true;
        }
        return (n == 4 || n == 5) && s.charAt(from + 2) == '.' && digits(s, from + 3, to);
    }

    private static void item(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML3);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            if (SERVICE.in(r) == null && SUPPLY.in(r) == null) {
                out.report(XML3_ITEM, ep.path(ClaimsTable.XML3, i + 1, "MA_DICH_VU"));
            }
        }
    }

    private static void serviceName(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML3);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            if (SERVICE.in(r) != null && SUPPLY.in(r) == null && SERVICE_NAME.in(r) == null) {
                out.report(XML3_TEN_DICH_VU, ep.path(ClaimsTable.XML3, i + 1, "TEN_DICH_VU"));
            }
        }
    }

    private static void supplyName(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML3);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            if (SUPPLY.in(r) != null && SUPPLY_NAME.in(r) == null) {
                out.report(XML3_TEN_VAT_TU, ep.path(ClaimsTable.XML3, i + 1, "TEN_VAT_TU"));
            }
        }
    }
}
