package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.FORMAT;
import static vn.emr.core.Severity.ERROR;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.check.ClaimsCatalogues.Kind;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.code.Catalogue;
import vn.emr.core.code.CatalogueEntry;

/**
 * The format layer, part four: codes looked up in the catalogues a vendor plugs in ({@link ClaimsCatalogues}); each
 * rule needs its catalogue and is skipped, and listed in {@link ClaimsReport#skippedRules()}, without it. ICD-10 codes,
 * staff, drugs, services and supplies with their approved prices, administrative units and facilities
 * ({@code domain/claims.md} §3.5 (T)). ICD-10 and facility codes of the wrong form are left to the form rules, not
 * looked up.
 *
 * <p>Administrative units: see {@link Kind#ADMIN_UNITS} for how the catalogue says which unit lies within which.
 */
final class CatalogueRules {

    private static final RuleSource ICD = RuleSource.practice(
            "tracnn/qlbv_public: ICD codes must exist in the ICD-10 catalogue (QĐ 4469/QĐ-BYT; claims.md §3.5)");
    private static final RuleSource STAFF = RuleSource.practice("tracnn/qlbv_public: MA_BAC_SI / NGUOI_THUC_HIEN / "
            + "MA_TTDV in the approved staff catalogue (CCHN; claims.md §3.5)");
    private static final RuleSource ITEMS = RuleSource.practice("tracnn/qlbv_public: drugs, services and supplies "
            + "in the facility's approved catalogue, at a price not above the approved price (claims.md §3.5)");
    private static final RuleSource UNITS = RuleSource.practice("tracnn/qlbv_public: province, district and commune "
            + "codes exist and are consistent, province ⊃ district ⊃ commune (claims.md §3.5)");
    private static final RuleSource FACILITY = RuleSource.decision(
            "QĐ 130 PL Bảng 1, MA_CSKCB / MA_NOI_DI / MA_NOI_DEN: facility codes issued by the competent authority");

    static final Rule MA_BENH_CHINH = icd("XML1.MA_BENH_CHINH.ICD10_UNKNOWN", ClaimsTable.XML1, "MA_BENH_CHINH");
    static final Rule MA_BENH_KT = icd("XML1.MA_BENH_KT.ICD10_UNKNOWN", ClaimsTable.XML1, "MA_BENH_KT");
    static final Rule XML3_MA_BENH = icd("XML3.MA_BENH.ICD10_UNKNOWN", ClaimsTable.XML3, "MA_BENH");

    static final Rule XML2_MA_BAC_SI = staff("XML2.MA_BAC_SI.STAFF_UNKNOWN", ClaimsTable.XML2, "MA_BAC_SI");
    static final Rule XML3_MA_BAC_SI = staff("XML3.MA_BAC_SI.STAFF_UNKNOWN", ClaimsTable.XML3, "MA_BAC_SI");
    static final Rule XML3_NGUOI_THUC_HIEN = staff("XML3.NGUOI_THUC_HIEN.STAFF_UNKNOWN", ClaimsTable.XML3,
            "NGUOI_THUC_HIEN");
    static final Rule XML1_MA_TTDV = staff("XML1.MA_TTDV.STAFF_UNKNOWN", ClaimsTable.XML1, "MA_TTDV");

    static final Rule MA_THUOC = Rule.episode("XML2.MA_THUOC.UNKNOWN", FORMAT, ERROR, ITEMS,
            (ep, c, out) -> item(ep, c, out, Kind.DRUGS, ClaimsTable.XML2, "MA_THUOC", false)).needs(Kind.DRUGS);
    static final Rule DON_GIA = Rule.episode("XML2.DON_GIA.ABOVE_APPROVED", FORMAT, ERROR, ITEMS,
            (ep, c, out) -> item(ep, c, out, Kind.DRUGS, ClaimsTable.XML2, "MA_THUOC", true)).needs(Kind.DRUGS);
    static final Rule MA_DICH_VU = Rule.episode("XML3.MA_DICH_VU.UNKNOWN", FORMAT, ERROR, ITEMS,
            (ep, c, out) -> item(ep, c, out, Kind.SERVICES, ClaimsTable.XML3, "MA_DICH_VU", false))
            .needs(Kind.SERVICES);
    static final Rule DON_GIA_BH_SERVICE = Rule.episode("XML3.DON_GIA_BH.ABOVE_SERVICE_PRICE", FORMAT, ERROR, ITEMS,
            (ep, c, out) -> item(ep, c, out, Kind.SERVICES, ClaimsTable.XML3, "MA_DICH_VU", true))
            .needs(Kind.SERVICES);
    static final Rule MA_VAT_TU = Rule.episode("XML3.MA_VAT_TU.UNKNOWN", FORMAT, ERROR, ITEMS,
            (ep, c, out) -> item(ep, c, out, Kind.SUPPLIES, ClaimsTable.XML3, "MA_VAT_TU", false))
            .needs(Kind.SUPPLIES);
    static final Rule DON_GIA_BH_SUPPLY = Rule.episode("XML3.DON_GIA_BH.ABOVE_SUPPLY_PRICE", FORMAT, ERROR, ITEMS,
            (ep, c, out) -> item(ep, c, out, Kind.SUPPLIES, ClaimsTable.XML3, "MA_VAT_TU", true))
            .needs(Kind.SUPPLIES);

    static final Rule MATINH = Rule.episode("XML1.MATINH_CU_TRU.UNKNOWN", FORMAT, ERROR, UNITS,
            (ep, c, out) -> units(ep, c, out, 0)).needs(Kind.ADMIN_UNITS);
    static final Rule MAHUYEN = Rule.episode("XML1.MAHUYEN_CU_TRU.UNKNOWN", FORMAT, ERROR, UNITS,
            (ep, c, out) -> units(ep, c, out, 1)).needs(Kind.ADMIN_UNITS);
    static final Rule MAXA = Rule.episode("XML1.MAXA_CU_TRU.UNKNOWN", FORMAT, ERROR, UNITS,
            (ep, c, out) -> units(ep, c, out, 2)).needs(Kind.ADMIN_UNITS);
    static final Rule MAHUYEN_IN_MATINH = Rule.episode("XML1.MAHUYEN_CU_TRU.NOT_IN_MATINH", FORMAT, ERROR, UNITS,
            (ep, c, out) -> units(ep, c, out, 3)).needs(Kind.ADMIN_UNITS);
    static final Rule MAXA_IN_MAHUYEN = Rule.episode("XML1.MAXA_CU_TRU.NOT_IN_MAHUYEN", FORMAT, ERROR, UNITS,
            (ep, c, out) -> units(ep, c, out, 4)).needs(Kind.ADMIN_UNITS);

    static final Rule XML0_MA_CSKCB = facility("XML0.MA_CSKCB.UNKNOWN", ClaimsTable.XML0, "MA_CSKCB");
    static final Rule XML1_MA_CSKCB = facility("XML1.MA_CSKCB.UNKNOWN", ClaimsTable.XML1, "MA_CSKCB");
    static final Rule XML1_MA_NOI_DI = facility("XML1.MA_NOI_DI.UNKNOWN", ClaimsTable.XML1, "MA_NOI_DI");
    static final Rule XML1_MA_NOI_DEN = facility("XML1.MA_NOI_DEN.UNKNOWN", ClaimsTable.XML1, "MA_NOI_DEN");

    /** Every rule of this class, in RULES.md order. */
    static final List<Rule> ALL = List.of(MA_BENH_CHINH, MA_BENH_KT, XML3_MA_BENH, XML2_MA_BAC_SI, XML3_MA_BAC_SI,
            XML3_NGUOI_THUC_HIEN, XML1_MA_TTDV, MA_THUOC, DON_GIA, MA_DICH_VU, DON_GIA_BH_SERVICE, MA_VAT_TU,
            DON_GIA_BH_SUPPLY, MATINH, MAHUYEN, MAXA, MAHUYEN_IN_MATINH, MAXA_IN_MAHUYEN, XML0_MA_CSKCB,
            XML1_MA_CSKCB, XML1_MA_NOI_DI, XML1_MA_NOI_DEN);

    private CatalogueRules() {
    }

    private static Catalogue catalogue(CheckContext c, Kind kind) {
        // the checker runs a rule only when its catalogue is given
        return c.catalogues().get(kind).orElseThrow();
    }

    /** Every ';' part of the field, of ICD-10 form, is in the ICD-10 catalogue; the unknown code is shown. */
    private static Rule icd(String id, ClaimsTable table, String field) {
        Bound b = new Bound();
        Values.Field read = new Values.Field(field);
        b.rule = Rule.episode(id, FORMAT, ERROR, ICD, (ep, c, out) -> {
            Catalogue icd10 = catalogue(c, Kind.ICD10);
            List<TableRecord> rows = ep.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                String v = read.in(rows.get(i));
                if (v == null) {
                    continue;
                }
                int start = 0;
                for (int k = 0; k <= v.length(); k++) {
                    if (k == v.length() || v.charAt(k) == ';') {
                        if (FormatRules.isIcd10(v, start, k)) {
                            String code = start == 0 && k == v.length() ? v : v.substring(start, k);
                            if (!icd10.contains(code)) {
                                out.report(b.rule, ep.path(table, i + 1, field), MessageArg.code(code));
                            }
                        }
                        start = k + 1;
                    }
                }
            }
        }).needs(Kind.ICD10);
        return b.rule;
    }

    /** Every ';' part of the field is in the staff catalogue; the message gives the part's position, not the code. */
    private static Rule staff(String id, ClaimsTable table, String field) {
        Bound b = new Bound();
        Values.Field read = new Values.Field(field);
        b.rule = Rule.episode(id, FORMAT, ERROR, STAFF, (ep, c, out) -> {
            Catalogue staff = catalogue(c, Kind.STAFF);
            List<TableRecord> rows = ep.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                String v = read.in(rows.get(i));
                if (v == null) {
                    continue;
                }
                int start = 0;
                int part = 0;
                for (int k = 0; k <= v.length(); k++) {
                    if (k == v.length() || v.charAt(k) == ';') {
                        part++;
                        String code = start == 0 && k == v.length() ? v : v.substring(start, k).strip();
                        if (!code.isEmpty() && !staff.contains(code)) {
                            out.report(b.rule, ep.path(table, i + 1, field), MessageArg.count(part));
                        }
                        start = k + 1;
                    }
                }
            }
        }).needs(Kind.STAFF);
        return b.rule;
    }

    /** The facility code is in the facilities catalogue; the code is shown (facility codes are public). */
    private static Rule facility(String id, ClaimsTable table, String field) {
        Bound b = new Bound();
        Values.Field read = new Values.Field(field);
        b.rule = Rule.episode(id, FORMAT, ERROR, FACILITY, (ep, c, out) -> {
            Catalogue facilities = catalogue(c, Kind.FACILITIES);
            List<TableRecord> rows = ep.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                String v = read.in(rows.get(i));
                if (v != null && FormatRules.isFacilityShape(v, 0, v.length()) && !facilities.contains(v)) {
                    out.report(b.rule, ep.path(table, i + 1, field), MessageArg.code(v));
                }
            }
        }).needs(Kind.FACILITIES);
        return b.rule;
    }

    /**
     * A drug ({@code MA_THUOC}, price {@code DON_GIA}), service ({@code MA_DICH_VU} of a row without
     * {@code MA_VAT_TU}, price {@code DON_GIA_BH}) or supply ({@code MA_VAT_TU}, price {@code DON_GIA_BH}): with
     * {@code price} false, the code is in the catalogue; with {@code price} true, a code found whose entry has an
     * approved price is not charged above it. A service code with a suffix ({@code _GT}, {@code _TB}) not in the
     * catalogue is looked up by the code before the suffix, and its price is then not compared (the suffix changes it).
     */
    private static void item(Episode ep, CheckContext c, Findings out, Kind kind, ClaimsTable table, String field,
            boolean price) {
        Catalogue cat = catalogue(c, kind);
        Rule rule = switch (kind) {
            case DRUGS -> price ? DON_GIA : MA_THUOC;
            case SERVICES -> price ? DON_GIA_BH_SERVICE : MA_DICH_VU;
            default -> price ? DON_GIA_BH_SUPPLY : MA_VAT_TU;
        };
        String priceField = kind == Kind.DRUGS ? "DON_GIA" : "DON_GIA_BH";
        Values.Field codeRead = kind == Kind.DRUGS ? F.MA_THUOC : kind == Kind.SERVICES ? F.MA_DICH_VU : F.MA_VAT_TU;
        Values.Field priceRead = kind == Kind.DRUGS ? F.DON_GIA : F.DON_GIA_BH;
        List<TableRecord> rows = ep.rows(table);
        for (int i = 0; i < rows.size(); i++) {
            TableRecord r = rows.get(i);
            String code = codeRead.in(r);
            if (code == null || kind == Kind.SERVICES && Values.text(r, F.MA_VAT_TU) != null) {
                continue;
            }
            Optional<CatalogueEntry> entry = cat.find(code);
            if (entry.isEmpty()) {
                if (!price && !(kind == Kind.SERVICES && knownBase(cat, code))) {
                    out.report(rule, ep.path(table, i + 1, field), MessageArg.code(code));
                }
                continue;
            }
            if (price) {
                BigDecimal approved = entry.get().approvedPrice();
                BigDecimal charged = Values.decimal(r, priceRead);
                if (approved != null && charged != null && charged.compareTo(approved) > 0) {
                    out.report(rule, ep.path(table, i + 1, priceField), MessageArg.amount(charged),
                            MessageArg.amount(approved));
                }
            }
        }
    }

    private static boolean knownBase(Catalogue cat, String code) {
        int u = code.indexOf('_');
        return u > 0 && cat.contains(code.substring(0, u));
    }

    /**
     * Administrative units of XML1, by {@code what}: 0-2 the province, district or commune code is in the catalogue;
     * 3 the district lies in the province; 4 the commune lies in the district. The nesting is judged only when both
     * codes are known; without a district (after the 2025 reform) the commune's nesting is not judged.
     */
    private static void units(Episode ep, CheckContext c, Findings out, int what) {
        TableRecord x1 = ep.xml1();
        if (x1 == null) {
            return;
        }
        Catalogue units = catalogue(c, Kind.ADMIN_UNITS);
        String p = Values.text(x1, F.MATINH_CU_TRU);
        String d = Values.text(x1, F.MAHUYEN_CU_TRU);
        String w = Values.text(x1, F.MAXA_CU_TRU);
        switch (what) {
            case 0 -> unknown(units, p, MATINH, ep.path(ClaimsTable.XML1, 1, "MATINH_CU_TRU"), out);
            case 1 -> unknown(units, d, MAHUYEN, ep.path(ClaimsTable.XML1, 1, "MAHUYEN_CU_TRU"), out);
            case 2 -> unknown(units, w, MAXA, ep.path(ClaimsTable.XML1, 1, "MAXA_CU_TRU"), out);
            case 3 -> {
                if (p != null && d != null && units.contains(p) && units.contains(d)
                        && !units.contains(p + "." + d)) {
                    out.report(MAHUYEN_IN_MATINH, ep.path(ClaimsTable.XML1, 1, "MAHUYEN_CU_TRU"));
                }
            }
            default -> {
                if (p != null && d != null && w != null && units.contains(d) && units.contains(w)
                        && units.contains(p + "." + d) && !units.contains(p + "." + d + "." + w)) {
                    out.report(MAXA_IN_MAHUYEN, ep.path(ClaimsTable.XML1, 1, "MAXA_CU_TRU"));
                }
            }
        }
    }

    private static void unknown(Catalogue units, String code, Rule rule, String path, Findings out) {
        if (code != null && !units.contains(code)) {
            out.report(rule, path);
        }
    }

    /** A rule whose check refers to it; set once, during class initialisation. */
    private static final class Bound {
        Rule rule;
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field DON_GIA = new Values.Field("DON_GIA");
        static final Values.Field DON_GIA_BH = new Values.Field("DON_GIA_BH");
        static final Values.Field MA_DICH_VU = new Values.Field("MA_DICH_VU");
        static final Values.Field MA_THUOC = new Values.Field("MA_THUOC");
        static final Values.Field MAHUYEN_CU_TRU = new Values.Field("MAHUYEN_CU_TRU");
        static final Values.Field MATINH_CU_TRU = new Values.Field("MATINH_CU_TRU");
        static final Values.Field MAXA_CU_TRU = new Values.Field("MAXA_CU_TRU");
        static final Values.Field MA_VAT_TU = new Values.Field("MA_VAT_TU");
    }
}
