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
     * The sample outpatient visit (examination, 3 drugs, 2 services, 1 supply, 2 lab results, a follow-up
     * appointment), insured 80 % and paid at 100 %, since it costs less than 15 % of the base salary (§3.1).
     */
    static Ep outpatient() {
        MedicalRecord visit = SampleRecords.outpatient(SampleRecords.patient());
        Ep e = of(ClaimMapping.episode(visit, terms(visit)));
        return e;
    }

    /**
     * Insured 80 % (beneficiary 1.1), drugs and supplies with their tender (TT_THAU), and the follow-up paper's
     * number, date and signer (XML14).
     */
    static ClaimTerms terms(MedicalRecord visit) {
        return ClaimTerms.builder().beneficiaryCode("1.1").lowCostRule(vn.emr.claims.money.BaseSalary.known())
                .drugTerms(line -> vn.emr.claims.mapping.LineTerms.inScope(4).withTender("123/QĐ-SYT;G1;N4;2025"))
                .supplyTerms(line -> vn.emr.claims.mapping.LineTerms.inScope(10).withTender("45/QĐ-SYT;G2;N0;2025"))
                .papers(vn.emr.claims.mapping.PaperTerms.builder().appointmentPaperNumber("HKL-0001")
                        .appointmentPaperDate(visit.encounter().admittedAt().toLocalDate())
                        .headOfFacilityCode("7900000001").build())
                .build();
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
        return b.append("</DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String file(String loaiHoSo, byte[] doc) {
        return "<FILEHOSO><LOAIHOSO>" + loaiHoSo + "</LOAIHOSO><NOIDUNGFILE>"
                + Base64.getEncoder().encodeToString(doc) + "</NOIDUNGFILE></FILEHOSO>";
    }
}
