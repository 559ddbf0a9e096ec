package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.FORMAT;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.Severity;

/**
 * The format layer, part three: the conditional mandatory fields of {@code domain/claims.md} §3.5 ((P) the portal
 * sheet's "C:" rows, (T) the assessors' practice): a field required by the value of another of its row.
 */
final class ConditionalRules {

    private static final Values.Field MA_NHOM = new Values.Field("MA_NHOM");
    private static final Set<String> EXECUTED = Set.of("1", "2", "3", "8", "18");

    static final Rule XML3_TT_THAU = byGroup("XML3.TT_THAU.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML3 TT_THAU': C: required when MA_NHOM = 10"), ClaimsTable.XML3, "TT_THAU",
            Set.of("10"), false);
    static final Rule XML3_MA_XANG_DAU = byGroup("XML3.MA_XANG_DAU.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML3 MA_XANG_DAU': C: required when MA_NHOM = 12"), ClaimsTable.XML3,
            "MA_XANG_DAU", Set.of("12"), false);
    static final Rule XML3_NGUOI_THUC_HIEN = byGroup("XML3.NGUOI_THUC_HIEN.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML3 NGUOI_THUC_HIEN': C: required when MA_NHOM = 1, 2, 3, 8, 18"),
            ClaimsTable.XML3, "NGUOI_THUC_HIEN", EXECUTED, false);
    static final Rule XML3_NGAY_TH_YL = byGroup("XML3.NGAY_TH_YL.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML3 NGAY_TH_YL': C: required when MA_NHOM = 1, 2, 3, 8, 18"),
            ClaimsTable.XML3, "NGAY_TH_YL", EXECUTED, false);
    static final Rule XML2_TT_THAU = byGroup("XML2.TT_THAU.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML2 TT_THAU': C: required except for MA_NHOM 7 and 17"), ClaimsTable.XML2,
            "TT_THAU", Set.of("7", "17"), true);
    static final Rule XML3_MA_MAY = byGroup("XML3.MA_MAY.REQUIRED", WARNING,
            RuleSource.practice("tracnn/qlbv_public: MA_MAY required for MA_NHOM 1, 2, 3 (claims.md §3.5)"),
            ClaimsTable.XML3, "MA_MAY", Set.of("1", "2", "3"), false);
    static final Rule XML3_PP_VO_CAM = byGroup("XML3.PP_VO_CAM.REQUIRED", WARNING, RuleSource.practice(
            "tracnn/qlbv_public: PP_VO_CAM required for MA_NHOM 8 (claims.md §3.5); the decision requires it when "
            + "the procedure uses anaesthesia, which the file does not say: warning"),
            ClaimsTable.XML3, "PP_VO_CAM", Set.of("8"), false);

    static final Rule XML0_ONE_ITEM = Rule.episode("XML0.MA_DICH_VU.ONE_OF", FORMAT, ERROR, RuleSource.portal(
            "CTN rows 'XML0 MA_DICH_VU', 'MA_THUOC', 'MA_VAT_TU': C: each required when the other two are empty "
            + "(exactly one of them per row)"), ConditionalRules::oneItem);
    static final Rule XML0_TEN_DICH_VU = when("XML0.TEN_DICH_VU.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML0 TEN_DICH_VU': C: required when MA_DICH_VU is set"), ClaimsTable.XML0,
            "MA_DICH_VU", null, "TEN_DICH_VU");
    static final Rule XML0_TEN_THUOC = when("XML0.TEN_THUOC.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML0 TEN_THUOC': C: required when MA_THUOC is set"), ClaimsTable.XML0,
            "MA_THUOC", null, "TEN_THUOC");
    static final Rule XML0_TEN_VAT_TU = when("XML0.TEN_VAT_TU.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML0 TEN_VAT_TU': C: required when MA_VAT_TU is set"), ClaimsTable.XML0,
            "MA_VAT_TU", null, "TEN_VAT_TU");
    static final Rule XML0_LY_DO_VNT = when("XML0.LY_DO_VNT.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML0 LY_DO_VNT': C: required when NGAY_VAO_NOI_TRU is set"),
            ClaimsTable.XML0, "NGAY_VAO_NOI_TRU", null, "LY_DO_VNT");
    static final Rule XML1_LY_DO_VNT = when("XML1.LY_DO_VNT.REQUIRED", ERROR, RuleSource.decision(
            "QĐ 130 PL Bảng 1, LY_DO_VNT: the reason for admission of an inpatient or day-inpatient stay (one with "
            + "NGAY_VAO_NOI_TRU)"), ClaimsTable.XML1, "NGAY_VAO_NOI_TRU", null, "LY_DO_VNT");
    static final Rule XML4_NGAY_KQ = when("XML4.NGAY_KQ.REQUIRED", ERROR,
            RuleSource.portal("CTN row 'XML4 NGAY_KQ': C: required when GIA_TRI is set"), ClaimsTable.XML4,
            "GIA_TRI", null, "NGAY_KQ");
    static final Rule XML6_LAO = when("XML6.LAO.REQUIRED", ERROR, RuleSource.portal(
            "CTN rows 'XML6 PHACDO_DTRI_LAO', 'NGAYBD_DTRI_LAO', 'NGAYKT_DTRI_LAO': C: required unless "
            + "LOAI_DTRI_LAO = 0"), ClaimsTable.XML6, "LOAI_DTRI_LAO", v -> !v.equals("0"),
            "PHACDO_DTRI_LAO", "NGAYBD_DTRI_LAO", "NGAYKT_DTRI_LAO");
    static final Rule XML6_PCR = when("XML6.PCR.REQUIRED", ERROR, RuleSource.portal(
            "CTN rows 'XML6 LAN_XN_PCR', 'NGAY_XN_PCR', 'NGAY_KQ_XN_PCR', 'MA_KQ_XN_PCR': C: required when "
            + "MA_TINH_TRANG_DK = 1"), ClaimsTable.XML6, "MA_TINH_TRANG_DK", v -> v.equals("1"),
            "LAN_XN_PCR", "NGAY_XN_PCR", "NGAY_KQ_XN_PCR", "MA_KQ_XN_PCR");
    static final Rule XML6_XU_TRI = when("XML6.XU_TRI.REQUIRED", ERROR, RuleSource.portal(
            "CTN rows 'XML6 NGAY_BAT_DAU_XU_TRI', 'NGAY_KET_THUC_XU_TRI', 'SO_NGAY_CAP_THUOC_ARV': C: required "
            + "when MA_XU_TRI = 1"), ClaimsTable.XML6, "MA_XU_TRI", v -> v.equals("1"),
            "NGAY_BAT_DAU_XU_TRI", "NGAY_KET_THUC_XU_TRI", "SO_NGAY_CAP_THUOC_ARV");
    static final Rule XML6_MA_BAC_PHAC_DO = when("XML6.MA_BAC_PHAC_DO.REQUIRED", ERROR, RuleSource.portal(
            "CTN row 'XML6 MA_BAC_PHAC_DO': C: required when MA_PHAC_DO_DIEU_TRI = KHAC"), ClaimsTable.XML6,
            "MA_PHAC_DO_DIEU_TRI", v -> v.equalsIgnoreCase("KHAC"), "MA_BAC_PHAC_DO");
    static final Rule XML6_ARV_DAYS = Rule.episode("XML6.SO_NGAY_CAP_THUOC_ARV.MAX", FORMAT, ERROR,
            RuleSource.portal("CTN row 'XML6 SO_NGAY_CAP_THUOC_ARV': at most NGAY_KET_THUC_XU_TRI minus "
                    + "NGAY_BAT_DAU_XU_TRI"), ConditionalRules::arvDays);
    static final Rule XML7_DINH_CHI = when("XML7.DINH_CHI_THAI.REQUIRED", ERROR, RuleSource.portal(
            "CTN rows 'XML7 NGUYENNHAN_DINHCHI', 'THOIGIAN_DINHCHI', 'TUOI_THAI': C: required when "
            + "MA_DINH_CHI_THAI = 1"), ClaimsTable.XML7, "MA_DINH_CHI_THAI", v -> v.equals("1"),
            "NGUYENNHAN_DINHCHI", "THOIGIAN_DINHCHI", "TUOI_THAI");
    static final Rule XML11_DINH_CHI = when("XML11.DINH_CHI_THAI.REQUIRED", ERROR, RuleSource.portal(
            "CTN rows 'XML11 NGUYENNHAN_DINHCHI', 'TUOI_THAI': C: required when MA_DINH_CHI_THAI = 1"),
            ClaimsTable.XML11, "MA_DINH_CHI_THAI", v -> v.equals("1"), "NGUYENNHAN_DINHCHI", "TUOI_THAI");
    static final Rule XML7_SO_NGAY_NGHI = Rule.episode("XML7.SO_NGAY_NGHI.TOGETHER", FORMAT, ERROR,
            RuleSource.portal("CTN row 'XML7 SO_NGAY_NGHI': when one of SO_NGAY_NGHI, NGOAITRU_TUNGAY, "
                    + "NGOAITRU_DENNGAY is set, all three are required"), ConditionalRules::leaveTrio);
    static final Rule XML1_GIAY_CHUYEN_TUYEN = when("XML1.GIAY_CHUYEN_TUYEN.REQUIRED", WARNING,
            RuleSource.practice("tracnn/qlbv_public: GIAY_CHUYEN_TUYEN required when MA_NOI_DI is set (claims.md "
                    + "§3.5); warning: a re-visit by appointment also sets MA_NOI_DI"),
            ClaimsTable.XML1, "MA_NOI_DI", null, "GIAY_CHUYEN_TUYEN");

    private static final Values.Field[] LEAVE = fields("SO_NGAY_NGHI", "NGOAITRU_TUNGAY", "NGOAITRU_DENNGAY");
    private static final Values.Field[] ITEMS = fields("MA_DICH_VU", "MA_THUOC", "MA_VAT_TU");

    /** Every rule of this class, in RULES.md order. */
    static final List<Rule> ALL = List.of(XML3_TT_THAU, XML3_MA_XANG_DAU, XML3_NGUOI_THUC_HIEN, XML3_NGAY_TH_YL,
            XML2_TT_THAU, XML3_MA_MAY, XML3_PP_VO_CAM, XML0_ONE_ITEM, XML0_TEN_DICH_VU, XML0_TEN_THUOC,
            XML0_TEN_VAT_TU, XML0_LY_DO_VNT, XML1_LY_DO_VNT, XML4_NGAY_KQ, XML6_LAO, XML6_PCR, XML6_XU_TRI,
            XML6_MA_BAC_PHAC_DO, XML6_ARV_DAYS, XML7_DINH_CHI, XML11_DINH_CHI, XML7_SO_NGAY_NGHI,
            XML1_GIAY_CHUYEN_TUYEN);

    private ConditionalRules() {
    }

    /** The field is required when MA_NHOM is one of the groups (or, with {@code except}, none of them). */
    private static Rule byGroup(String id, Severity severity, RuleSource source, ClaimsTable table, String field,
            Set<String> groups, boolean except) {
        Bound b = new Bound();
        Values.Field required = new Values.Field(field);
        b.rule = Rule.episode(id, FORMAT, severity, source, (ep, c, out) -> {
            List<TableRecord> rows = ep.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                TableRecord r = rows.get(i);
                String group = MA_NHOM.in(r);
                if (group != null && groups.contains(group) != except && required.in(r) == null) {
                    out.report(b.rule, ep.path(table, i + 1, field), MessageArg.code(group));
                }
            }
        });
        return b.rule;
    }

    /**
     * The fields are required when {@code condField} is set (and, with a test, its value passes it); each missing one
     * is reported at itself, the message naming it.
     */
    private static Rule when(String id, Severity severity, RuleSource source, ClaimsTable table, String condField,
            FormatRules.ValueTest condition, String... required) {
        Bound b = new Bound();
        Values.Field cond = new Values.Field(condField);
        Values.Field[] fields = fields(required);
        b.rule = Rule.episode(id, FORMAT, severity, source, (ep, c, out) -> {
            List<TableRecord> rows = ep.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                TableRecord r = rows.get(i);
                String v = cond.in(r);
                if (v == null || condition != null && !condition.ok(v)) {
                    continue;
                }
                for (Values.Field f : fields) {
                    if (f.in(r) == null) {
                        out.report(b.rule, ep.path(table, i + 1, f.name), MessageArg.field(f.name));
                    }
                }
            }
        });
        return b.rule;
    }

    private static Values.Field[] fields(String... names) {
        Values.Field[] f = new Values.Field[names.length];
        for (int i = 0; i < names.length; i++) {
            f[i] = new Values.Field(names[i]);
        }
        return f;
    }

    /** A rule whose check refers to it; set once, during class initialisation. */
    private static final class Bound {
        Rule rule;
    }

    /** Exactly one of MA_DICH_VU, MA_THUOC, MA_VAT_TU: none is reported at MA_DICH_VU, two at the second. */
    private static void oneItem(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML0);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            String first = null;
            String second = null;
            for (Values.Field f : ITEMS) {
                if (f.in(r) != null) {
                    if (first == null) {
                        first = f.name;
                    } else if (second == null) {
                        second = f.name;
                    }
                }
            }
            if (first == null) {
                out.report(XML0_ONE_ITEM, ep.path(ClaimsTable.XML0, i + 1, "MA_DICH_VU"), MessageArg.count(0));
            } else if (second != null) {
                out.report(XML0_ONE_ITEM, ep.path(ClaimsTable.XML0, i + 1, second), MessageArg.count(2));
            }
        }
    }

    private static void leaveTrio(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML7);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            int set = 0;
            for (Values.Field f : LEAVE) {
                if (f.in(r) != null) {
                    set++;
                }
            }
            if (set == 0 || set == LEAVE.length) {
                continue;
            }
            for (Values.Field f : LEAVE) {
                if (f.in(r) == null) {
                    out.report(XML7_SO_NGAY_NGHI, ep.path(ClaimsTable.XML7, i + 1, f.name),
                            MessageArg.field(f.name));
                }
            }
        }
    }

    private static void arvDays(Episode ep, CheckContext c, Findings out) {
        List<TableRecord> rows = ep.rows(ClaimsTable.XML6);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            var days = Values.decimal(r, F.SO_NGAY_CAP_THUOC_ARV);
            LocalDate start = day(r, F.NGAY_BAT_DAU_XU_TRI);
            LocalDate end = day(r, F.NGAY_KET_THUC_XU_TRI);
            if (days == null || start == null || end == null) {
                continue;
            }
            long max = ChronoUnit.DAYS.between(start, end);
            if (days.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
                out.report(XML6_ARV_DAYS, ep.path(ClaimsTable.XML6, i + 1, "SO_NGAY_CAP_THUOC_ARV"),
                        MessageArg.amount(days), MessageArg.count(max));
            }
        }
    }

    /** A date field written as yyyyMMdd or yyyyMMddHHmm; null when neither. */
    private static LocalDate day(TableRecord r, Values.Field field) {
        LocalDate d = Values.date(r, field);
        if (d != null) {
            return d;
        }
        LocalDateTime t = Values.dateTime(r, field);
        return t == null ? null : t.toLocalDate();
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field NGAY_BAT_DAU_XU_TRI = new Values.Field("NGAY_BAT_DAU_XU_TRI");
        static final Values.Field NGAY_KET_THUC_XU_TRI = new Values.Field("NGAY_KET_THUC_XU_TRI");
        static final Values.Field SO_NGAY_CAP_THUOC_ARV = new Values.Field("SO_NGAY_CAP_THUOC_ARV");
    }
}
