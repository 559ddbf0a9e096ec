package vn.emr.claims.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.mapping.ClaimTerms;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableDocumentTestAccess;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/**
 * Claims files for the rule tests: a good episode as editable rows (field name to value, official order), and the
 * GIAMDINHHS written from rows as given, unchecked, so that a test can break exactly one rule.
 */
final class Files130 {

    /** One episode: per table, its rows. */
    static final class Ep {
        final Map<ClaimsTable, List<Map<String, String>>> tables = new EnumMap<>(ClaimsTable.class);

        /** The row (from 1) of the table. */
        Map<String, String> row(ClaimsTable t, int row) {
            return tables.get(t).get(row - 1);
        }

        /** Sets a field (null removes it). */
        Ep set(ClaimsTable t, int row, String field, String value) {
            if (value == null) {
                row(t, row).remove(field);
            } else {
                row(t, row).put(field, value);
            }
            return this;
        }

        Ep copy() {
            Ep e = new Ep();
            tables.forEach((t, rows) -> {
                List<Map<String, String>> copy = new ArrayList<>();
                rows.forEach(r -> copy.add(new LinkedHashMap<>(r)));
                e.tables.put(t, copy);
            });
            return e;
        }
    }

    private Files130() {
    }

    /**
     * The sample outpatient visit (examination, 3 drugs, 2 services, 1 supply, 2 lab results), insured 80 %, paid at
     * 100 % since it costs less than 15 % of the base salary.
     */
    static Ep outpatient() {
        MedicalRecord visit = SampleRecords.outpatient(SampleRecords.patient());
        // the 15 % rule applies: the visit costs 124,618, below 15 % of the base salary, so MUC_HUONG is 100 (§3.1)
        Ep e = of(ClaimMapping.episode(visit, ClaimTerms.builder().beneficiaryCode("1.1")
                .lowCostRule(vn.emr.claims.money.BaseSalary.known()).build()));
        // mandatory fields the sample record does not give (the portal requires them; values of the CTN's forms)
        Map<String, String> x1 = e.row(ClaimsTable.XML1, 1);
        x1.putIfAbsent("MA_NGHE_NGHIEP", "00000");
        x1.putIfAbsent("MATINH_CU_TRU", "79");
        x1.putIfAbsent("MAHUYEN_CU_TRU", "760");
        x1.putIfAbsent("MAXA_CU_TRU", "26734");
        x1.putIfAbsent("CHAN_DOAN_VAO", "Viêm họng cấp");
        x1.putIfAbsent("CHAN_DOAN_RV", "Viêm họng cấp");
        x1.putIfAbsent("SO_NGAY_DTRI", "0");
        x1.putIfAbsent("NAM_QT", "2026");
        x1.putIfAbsent("THANG_QT", "11");
        x1.putIfAbsent("CAN_NANG", "60.00");
        x1.putIfAbsent("MA_HSBA", "HS2026110100001");
        for (Map<String, String> line : e.tables.get(ClaimsTable.XML3)) {
            line.putIfAbsent("DON_VI_TINH", "Lần");
        }
        return e;
    }

    static Ep of(ClaimEpisode claim) {
        Ep e = new Ep();
        claim.tables().forEach((t, rows) -> {
            List<Map<String, String>> copy = new ArrayList<>();
            rows.forEach(r -> copy.add(new LinkedHashMap<>(r.values())));
            e.tables.put(t, copy);
        });
        return e;
    }

    /** The table document of rows, unchecked, under the profile's declaration. */
    static byte[] table(ClaimsProfile profile, ClaimsTable t, List<Map<String, String>> rows) {
        List<TableRecord> records = new ArrayList<>();
        for (Map<String, String> r : rows) {
            records.add(TableDocumentTestAccess.unchecked(profile.catalogue().table(t), r));
        }
        return TableDocument.write(t, records);
    }

    /** GIAMDINHHS of the episodes, MACSKCB the sample facility, unsigned. */
    static byte[] envelope(ClaimsProfile profile, Ep... episodes) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<GIAMDINHHS>"
                + "<THONGTINDONVI><MACSKCB>" + SampleRecords.FACILITY_CODE + "</MACSKCB></THONGTINDONVI>"
                + "<THONGTINHOSO><NGAYLAP>20261101</NGAYLAP><SOLUONGHOSO>" + episodes.length
                + "</SOLUONGHOSO><DANHSACHHOSO>");
        for (Ep e : episodes) {
            b.append("<HOSO>");
            e.tables.forEach((t, rows) -> b.append(file(t.loaiHoSo(), table(profile, t, rows))));
            b.append("</HOSO>");
        }
        return b.append("</DANHSACHHOSO></THONGTINHOSO></GIAMDINHHS>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String file(String loaiHoSo, byte[] doc) {
        return "<FILEHOSO><LOAIHOSO>" + loaiHoSo + "</LOAIHOSO><NOIDUNGFILE>"
                + Base64.getEncoder().encodeToString(doc) + "</NOIDUNGFILE></FILEHOSO>";
    }
}
