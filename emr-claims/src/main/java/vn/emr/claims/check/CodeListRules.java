package vn.emr.claims.check;

import static vn.emr.claims.check.FormatRules.allParts;
import static vn.emr.claims.check.FormatRules.digit;
import static vn.emr.claims.check.FormatRules.digits;
import static vn.emr.claims.check.FormatRules.number;
import static vn.emr.claims.check.FormatRules.oneOf;
import static vn.emr.claims.check.FormatRules.onField;
import static vn.emr.claims.check.FormatRules.onFields;
import static vn.emr.claims.check.FormatRules.perTable;
import static vn.emr.claims.check.FormatRules.upper;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/**
 * The format layer, part two: values of the code lists and coded forms of {@code domain/claims.md} §2.3 and §3.5
 * (gender, kinds of visit, outcomes, scopes, groups, beds, supply packages, nationality, ethnicity, occupation,
 * tender data, devices, rates, benefit levels, weight). Each rule is one field of one table.
 */
final class CodeListRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Values.Field LEVEL = new Values.Field("MUC_HUONG");

    private static RuleSource pl4750(String what) {
        return RuleSource.decision("PL QĐ 4750, " + what + " (claims.md §2.3)");
    }

    static final List<Rule> GIOI_TINH = onFields("GIOI_TINH", "CODE", ERROR,
            pl4750("GIOI_TINH: 1 nam, 2 nữ, 3 chưa xác định"), oneOf("1", "2", "3"),
            ClaimsTable.XML0, ClaimsTable.XML1, ClaimsTable.XML6, ClaimsTable.XML13, ClaimsTable.XML14);
    static final Rule GIOI_TINH_CON = onField("XML9.GIOI_TINH_CON.CODE", ERROR,
            RuleSource.portal("CTN row 'XML9 GIOI_TINH_CON': Như trường GIOI_TINH bảng 1, a code of XML1 GIOI_TINH's"
                    + " list (1, 2, 3; PL 4750), not the mother's value; the one check of the field (claims.md §2.3)"),
            ClaimsTable.XML9,
            "GIOI_TINH_CON", oneOf("1", "2", "3"));
    static final List<Rule> MA_LOAI_KCB = onFields("MA_LOAI_KCB", "CODE", ERROR,
            RuleSource.decision("QĐ 824 PL1 as used by QĐ 130 PL Bảng 1 MA_LOAI_KCB: 01-09 (claims.md §2.3)"),
            oneOf("01", "02", "03", "04", "05", "06", "07", "08", "09"),
            ClaimsTable.XML0, ClaimsTable.XML1, ClaimsTable.XML8);
    static final List<Rule> MA_DOITUONG_KCB = onFields("MA_DOITUONG_KCB", "FORM", ERROR,
            RuleSource.portal("CTN row 'XML0 MA_DOITUONG_KCB' (check against the DMDC list); QĐ 130 PL Bảng 1: "
                    + "a code of the Ministry's list such as 1.1, 1.10, 2, 3.1 (digits, optionally '.' digits)"),
            CodeListRules::isBeneficiaryCode, ClaimsTable.XML0, ClaimsTable.XML1, ClaimsTable.XML14);
    static final List<Rule> KET_QUA_DTRI = onFields("KET_QUA_DTRI", "CODE", ERROR,
            pl4750("KET_QUA_DTRI: 1-7, and 8 tử vong ngoại viện added by QĐ 4750, so 1-7 in a QD130 claim"
                    + " (discharged before 2024-07-01, claims.md §1.1)"),
            oneOf("1", "2", "3", "4", "5", "6", "7"), oneOf("1", "2", "3", "4", "5", "6", "7", "8"),
            ClaimsTable.XML1, ClaimsTable.XML8);
    static final List<Rule> MA_LOAI_RV = onFields("MA_LOAI_RV", "CODE", ERROR,
            pl4750("MA_LOAI_RV: 1 ra viện, 2 chuyển tuyến chuyên môn, 3 trốn viện, 4 xin ra viện, 5 chuyển tuyến "
                    + "theo yêu cầu"), oneOf("1", "2", "3", "4", "5"), ClaimsTable.XML1, ClaimsTable.XML13);
    static final List<Rule> PHAM_VI = onFields("PHAM_VI", "CODE", ERROR, pl4750("PHAM_VI: 1, 2, 3"),
            oneOf("1", "2", "3"), ClaimsTable.XML2, ClaimsTable.XML3);
    static final List<Rule> MA_PTTT = onFields("MA_PTTT", "CODE", ERROR,
            pl4750("MA_PTTT: 1 phí dịch vụ, 2 định suất, 3 DRG"), oneOf("1", "2", "3"),
            ClaimsTable.XML2, ClaimsTable.XML3);
    static final Rule NGUON_CTRA = onField("XML2.NGUON_CTRA.CODE", ERROR, pl4750("NGUON_CTRA: 1-4"),
            ClaimsTable.XML2, "NGUON_CTRA", oneOf("1", "2", "3", "4"));
    static final Rule PP_VO_CAM = onField("XML3.PP_VO_CAM.CODE", ERROR,
            pl4750("PP_VO_CAM: 1 gây mê, 2 gây tê, 3 châm tê, 4 khác"), ClaimsTable.XML3, "PP_VO_CAM",
            oneOf("1", "2", "3", "4"));
    static final List<Rule> MA_NHOM = onFields("MA_NHOM", "CODE", ERROR,
            RuleSource.decision("QĐ 5937/QĐ-BYT PL3 groups 1-18, and 19 (dịch vụ khác) added by QĐ 4750, so 1-18 in a"
                    + " QD130 claim (discharged before 2024-07-01; claims.md §2.3)"),
            oneOf("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18"),
            oneOf("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
                    "19"), ClaimsTable.XML2, ClaimsTable.XML3);
    static final Rule MA_GIUONG = onField("XML3.MA_GIUONG.FORM", ERROR, RuleSource.decision(
            "PL QĐ 4750 Bảng 3, MA_GIUONG: H/T/C/K and a 3-digit bed number, several ';' (tracnn ^[HTCK]\\d{3}$)"),
            ClaimsTable.XML3, "MA_GIUONG", v -> allParts(v, CodeListRules::isBed));
    static final Rule GOI_VTYT = onField("XML3.GOI_VTYT.FORM", ERROR,
            RuleSource.portal("CTN row 'XML3 GOI_VTYT': the letter G and a number 1-999"), ClaimsTable.XML3,
            "GOI_VTYT", CodeListRules::isPackage);
    static final List<Rule> MA_QUOCTICH = onFields("MA_QUOCTICH", "FORM", ERROR, RuleSource.practice(
            "tracnn/qlbv_public: MA_QUOCTICH 3 digits (TT 07/2016/TT-BCA PL2; QĐ 4750 made it a string)"),
            v -> digits(v, 3), ClaimsTable.XML1, ClaimsTable.XML9, ClaimsTable.XML13);
    static final List<Rule> MA_DANTOC = onFields("MA_DANTOC", "FORM", ERROR, RuleSource.practice(
            "tracnn/qlbv_public: MA_DANTOC 2 digits (QĐ 121-TCTK/PPCĐ; QĐ 4750 made it a string)"),
            v -> digits(v, 2), ClaimsTable.XML1, ClaimsTable.XML13);
    static final Rule MA_DANTOC_NND = onField("XML9.MA_DANTOC_NND.FORM", ERROR, RuleSource.practice(
            "tracnn/qlbv_public: MA_DANTOC 2 digits (QĐ 121-TCTK/PPCĐ)"), ClaimsTable.XML9, "MA_DANTOC_NND",
            v -> digits(v, 2));
    static final List<Rule> MA_NGHE_NGHIEP = onFields("MA_NGHE_NGHIEP", "FORM", ERROR, RuleSource.practice(
            "tracnn/qlbv_public: MA_NGHE_NGHIEP 5 digits, 00000 none (QĐ 34/2020/QĐ-TTg)"),
            v -> digits(v, 5), ClaimsTable.XML1, ClaimsTable.XML13);
    static final Rule TT_THAU_DRUG = onField("XML2.TT_THAU.FORM", WARNING, RuleSource.practice(
            "tracnn/qlbv_public: drug TT_THAU SốQĐ;G1-G99;N1-N99;yyyy (QĐ 130 PL Bảng 2 TT_THAU; QĐ 5937 PL6)"),
            ClaimsTable.XML2, "TT_THAU", v -> isTender(v, 1));
    static final Rule TT_THAU_SUPPLY = onField("XML3.TT_THAU.FORM", WARNING, RuleSource.practice(
            "tracnn/qlbv_public: supply TT_THAU SốQĐ;G0-G99;N0-N99;yyyy (QĐ 130 PL Bảng 3 TT_THAU; QĐ 5937 PL7)"),
            ClaimsTable.XML3, "TT_THAU", v -> isTender(v, 0));
    static final Rule MA_MAY = onField("XML3.MA_MAY.FORM", WARNING, RuleSource.decision(
            "QĐ 130 PL Bảng 3, MA_MAY: XX.n.YYYYY.Z (device group of 2-3 letters, funding 1/2/3, facility code, "
            + "serial), several ';'; warning: the decision calls the form temporary"),
            ClaimsTable.XML3, "MA_MAY", v -> allParts(v, CodeListRules::isDevice));
    static final Rule MA_TTDV = onField("XML1.MA_TTDV.FORM", ERROR,
            RuleSource.portal("CTN row 'XML1 MA_TTDV': 10 digits (mã số BHXH)"), ClaimsTable.XML1, "MA_TTDV",
            v -> digits(v, 10));
    static final List<Rule> MA_TTDV_OTHERS = onFields("MA_TTDV", "FORM", WARNING, RuleSource.decision(
            "QĐ 130 PL Bảng 7-11, 14, MA_TTDV: the mã số BHXH (10 digits) of the head of the facility"),
            v -> digits(v, 10), ClaimsTable.XML7, ClaimsTable.XML8, ClaimsTable.XML9, ClaimsTable.XML10,
            ClaimsTable.XML11, ClaimsTable.XML14);
    static final Rule MA_TTDV_XML13 = onField("XML13.MA_TTDV.FORM", WARNING, RuleSource.decision(
            "QĐ 130 PL Bảng 13 (QĐ 4750), MA_TTDV: mã số BHXH, 10 digits; QĐ 3176 makes it a licence code"),
            ClaimsTable.XML13, "MA_TTDV", v -> digits(v, 10)).onlyIn(EnumSet.of(ClaimsProfile.QD4750));
    static final Rule MA_BHXH = onField("XML11.MA_BHXH.FORM", ERROR,
            RuleSource.portal("CTN row 'XML11 MA_BHXH': a number, not all zeros"), ClaimsTable.XML11, "MA_BHXH",
            CodeListRules::isSocialInsuranceNumber);
    static final Rule MA_BHXH_NND = onField("XML9.MA_BHXH_NND.FORM", ERROR,
            RuleSource.portal("CTN row 'XML9 MA_BHXH_NND': a number, not all zeros"), ClaimsTable.XML9,
            "MA_BHXH_NND", CodeListRules::isSocialInsuranceNumber);
    static final List<Rule> VET_THUONG_TP = onFields("VET_THUONG_TP", "FORM", ERROR,
            RuleSource.portal("CTN rows 'XML2 VET_THUONG_TP', 'XML3 VET_THUONG_TP': empty or 1"), oneOf("1"),
            ClaimsTable.XML2, ClaimsTable.XML3);
    static final Rule TAI_SU_DUNG = onField("XML3.TAI_SU_DUNG.FORM", ERROR,
            RuleSource.portal("CTN row 'XML3 TAI_SU_DUNG': empty or 1"), ClaimsTable.XML3, "TAI_SU_DUNG",
            oneOf("1"));
    static final Rule MAU_SO = onField("XML11.MAU_SO.FORM", ERROR,
            RuleSource.portal("CTN row 'XML11 MAU_SO': CT07 or empty"), ClaimsTable.XML11, "MAU_SO", oneOf("CT07"));
    static final List<Rule> TYLE_TT_BH = onFields("TYLE_TT_BH", "RANGE", ERROR,
            RuleSource.practice("tracnn/qlbv_public: TYLE_TT_BH in [0, 100] (claims.md §3.5)"),
            CodeListRules::isPercent, ClaimsTable.XML2, ClaimsTable.XML3);
    static final Rule TYLE_TT_DV = onField("XML3.TYLE_TT_DV.RANGE", ERROR,
            RuleSource.practice("tracnn/qlbv_public: TYLE_TT_DV in [0, 100] (claims.md §3.5)"), ClaimsTable.XML3,
            "TYLE_TT_DV", CodeListRules::isPercent);
    static final List<Rule> MUC_HUONG = perTable("MUC_HUONG.VALUE", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 2/3, MUC_HUONG: the benefit level 0-100 (Số 3; 4 characters from QĐ 3176 of 2026-07-01, "
            + "where a decimal such as 47.5 is accepted: unconfirmed, claims.md §2.4)"),
            CodeListRules::benefitLevel, ClaimsTable.XML2, ClaimsTable.XML3);
    static final Rule CAN_NANG = onField("XML1.CAN_NANG.MAX", ERROR,
            RuleSource.practice("tracnn/qlbv_public: CAN_NANG numeric, at most 200 kg (claims.md §3.5)"),
            ClaimsTable.XML1, "CAN_NANG", CodeListRules::isWeight);
    static final List<Rule> TUOI_THAI = onFields("TUOI_THAI", "RANGE", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 7 and 11, TUOI_THAI: weeks of pregnancy, at least 1 and at most 42"),
            CodeListRules::isPregnancyWeeks, ClaimsTable.XML7, ClaimsTable.XML11);

    /** Every rule of this class, in RULES.md order. */
    static final List<Rule> ALL = all();

    private CodeListRules() {
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(GIOI_TINH);
        rules.add(GIOI_TINH_CON);
        rules.addAll(MA_LOAI_KCB);
        rules.addAll(MA_DOITUONG_KCB);
        rules.addAll(KET_QUA_DTRI);
        rules.addAll(MA_LOAI_RV);
        rules.addAll(PHAM_VI);
        rules.addAll(MA_PTTT);
        rules.add(NGUON_CTRA);
        rules.add(PP_VO_CAM);
        rules.addAll(MA_NHOM);
        rules.add(MA_GIUONG);
        rules.add(GOI_VTYT);
        rules.addAll(MA_QUOCTICH);
        rules.addAll(MA_DANTOC);
        rules.add(MA_DANTOC_NND);
        rules.addAll(MA_NGHE_NGHIEP);
        rules.add(TT_THAU_DRUG);
        rules.add(TT_THAU_SUPPLY);
        rules.add(MA_MAY);
        rules.add(MA_TTDV);
        rules.addAll(MA_TTDV_OTHERS);
        rules.add(MA_TTDV_XML13);
        rules.add(MA_BHXH);
        rules.add(MA_BHXH_NND);
        rules.addAll(VET_THUONG_TP);
        rules.add(TAI_SU_DUNG);
        rules.add(MAU_SO);
        rules.addAll(TYLE_TT_BH);
        rules.add(TYLE_TT_DV);
        rules.addAll(MUC_HUONG);
        rules.add(CAN_NANG);
        rules.addAll(TUOI_THAI);
        return List.copyOf(rules);
    }

    /** Digits, optionally a point and digits ({@code 1.1}, {@code 2}, {@code 3.10}). */
    static boolean isBeneficiaryCode(String v) {
        int dot = v.indexOf('.');
        return dot < 0 ? digits(v, 0, v.length()) : digits(v, 0, dot) && digits(v, dot + 1, v.length());
    }

    /** H, T, C or K and 3 digits. */
    static boolean isBed(String s, int from, int to) {
        if (to - from != 4) {
            return false;
        }
        char c = s.charAt(from);
        return (c == 'H' || c == 'T' || c == 'C' || c == 'K') && digits(s, from + 1, to);
    }

    /** G and a number 1-999 without leading zeros. */
    static boolean isPackage(String v) {
        int n = v.length();
        return n >= 2 && n <= 4 && v.charAt(0) == 'G' && v.charAt(1) != '0' && digits(v, 1, n);
    }

    /**
     * SốQĐ;Gi;Ni;yyyy: a decision number, the package G and the group N each with a number from {@code min} to 99,
     * a 4-digit year; further parts (a second winning bidder) may follow.
     */
    static boolean isTender(String v, int min) {
        int start = 0;
        int k = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || v.charAt(i) == ';') {
                boolean ok = switch (k) {
                    case 0 -> i > start;
                    case 1 -> lettered(v, start, i, 'G', min);
                    case 2 -> lettered(v, start, i, 'N', min);
                    case 3 -> i - start == 4 && digits(v, start, i);
                    default -> true;
                };
                if (!ok) {
                    return false;
                }
                k++;
                start = i + 1;
            }
        }
        return k >= 4;
    }

    private static boolean lettered(String s, int from, int to, char letter, int min) {
        int n = to - from;
        if (n < 2 || n > 3 || s.charAt(from) != letter || !digits(s, from + 1, to)) {
            return false;
        }
        if (n == 3 && s.charAt(from + 1) == '0') {
            return false;
        }
        int value = Integer.parseInt(s, from + 1, to, 10);
        return value >= min && value <= 99;
    }

    /** XX.n.YYYYY.Z: 2-3 capital letters, funding 1/2/3, 5 letters or digits, a serial of letters and digits. */
    static boolean isDevice(String s, int from, int to) {
        int a = from;
        while (a < to && upper(s.charAt(a))) {
            a++;
        }
        if (a - from < 2 || a - from > 3 || a + 2 >= to || s.charAt(a) != '.') {
            return false;
        }
        char funding = s.charAt(a + 1);
        if (funding < '1' || funding > '3' || s.charAt(a + 2) != '.') {
            return false;
        }
        int f = a + 3;
        if (f + 6 >= to) {
            return false;
        }
        if (!FormatRules.isFacilityShape(s, f, f + 5) || s.charAt(f + 5) != '.') {
            return false;
        }
        for (int i = f + 6; i < to; i++) {
            char c = s.charAt(i);
            if (!digit(c) && !upper(c) && !(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** Digits, not all zeros. */
    static boolean isSocialInsuranceNumber(String v) {
        if (!digits(v, 0, v.length())) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    /** A number in [0, 100]; a value that is not a number is left to the structure layer. */
    static boolean isPercent(String v) {
        BigDecimal d = number(v);
        return d == null || d.signum() >= 0 && d.compareTo(HUNDRED) <= 0;
    }

    /** At most 200 kg; a value that is not a number is left to the structure layer. */
    static boolean isWeight(String v) {
        BigDecimal d = number(v);
        return d == null || d.compareTo(BigDecimal.valueOf(200)) <= 0;
    }

    /** 1 to 42 weeks; a value that is not a whole number is left to the structure layer. */
    static boolean isPregnancyWeeks(String v) {
        if (!digits(v, 0, v.length()) || v.length() > 3) {
            return true;
        }
        int w = Integer.parseInt(v);
        return w >= 1 && w <= 42;
    }

    /**
     * MUC_HUONG: a number 0-100; before QĐ 3176 of 2026 (3 characters) a whole number, from then (4 characters) a
     * whole number or one with one decimal place (the 2026 change's reading, unconfirmed).
     */
    private static void benefitLevel(ClaimsTable t, Episode ep, CheckContext c, Findings out) {
        Rule rule = MUC_HUONG.get(t == ClaimsTable.XML2 ? 0 : 1);
        boolean decimals = ep.profile == ClaimsProfile.QD3176_2026;
        List<TableRecord> rows = ep.rows(t);
        for (int i = 0; i < rows.size(); i++) {
            String v = LEVEL.in(rows.get(i));
            if (v != null && !isBenefitLevel(v, decimals)) {
                out.report(rule, ep.path(t, i + 1, "MUC_HUONG"));
            }
        }
    }

    /** A value that is not a number is left to the structure layer. */
    static boolean isBenefitLevel(String v, boolean decimals) {
        BigDecimal d = number(v);
        if (d == null) {
            return true;
        }
        int dot = v.indexOf('.');
        if (dot >= 0 && !(decimals && dot == v.length() - 2)) {
            return false;
        }
        return d.signum() >= 0 && d.compareTo(HUNDRED) <= 0;
    }
}
