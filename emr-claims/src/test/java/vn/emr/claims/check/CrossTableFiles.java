package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.money.EpisodeTotals;
import vn.emr.claims.money.LineCharge;
import vn.emr.claims.money.LineMoney;

/**
 * Episodes for the cross-table rule tests: the sample visit at its correct benefit rate, and a good inpatient stay
 * (MA_LOAI_KCB 03, two bed days, XML5, XML7, XML8); money recomputed with the money module ({@link LineMoney},
 * {@link EpisodeTotals}), an implementation the rules do not call.
 */
final class CrossTableFiles {

    static final ClaimsProfile PROFILE = ClaimsProfile.QD3176_2026;
    static final ClaimsChecker CHECKER = ClaimsChecker.builder().build();

    private CrossTableFiles() {
    }

    /**
     * The sample visit with MUC_HUONG 100: it costs 124,618, below 15 % of the base salary (351,000 from 2024-07-01),
     * so the fund pays in full.
     */
    static Files130.Ep outpatient() {
        Files130.Ep e = Files130.outpatient();
        assertThat(e.row(ClaimsTable.XML2, 1).get("MUC_HUONG")).isEqualTo("100");
        assertThat(e.row(ClaimsTable.XML1, 1).get("T_TONGCHI_BH")).isEqualTo("124618.00");
        return recompute(e);
    }

    /** A three-day inpatient stay: the sample's lines, the lab test as group 1, two bed days, XML5, XML7, XML8. */
    static Files130.Ep inpatient() {
        Files130.Ep e = Files130.outpatient();
        Map<String, String> x1 = e.row(ClaimsTable.XML1, 1);
        x1.put("MA_LOAI_KCB", "03");
        x1.put("NGAY_VAO", "202611010730");
        x1.put("NGAY_VAO_NOI_TRU", "202611010900");
        x1.put("NGAY_RA", "202611031000");
        x1.put("SO_NGAY_DTRI", "3");
        x1.put("LY_DO_VNT", "Sốt cao");
        List<Map<String, String>> x3 = e.tables.get(ClaimsTable.XML3);
        x3.get(1).put("MA_NHOM", "1");
        Map<String, String> exam = x3.get(0);
        for (int day = 1; day <= 2; day++) {
            Map<String, String> bed = new LinkedHashMap<>(exam);
            bed.put("STT", Integer.toString(x3.size() + 1));
            bed.put("MA_DICH_VU", "K03.1915");
            bed.put("MA_NHOM", "15");
            bed.put("TEN_DICH_VU", "Giường Nội khoa loại 1");
            bed.put("DON_GIA_BV", "200000.000");
            bed.put("DON_GIA_BH", "200000.000");
            bed.put("SO_LUONG", "1.000");
            bed.put("MA_GIUONG", "H001");
            bed.put("DON_VI_TINH", "Ngày");
            bed.put("NGAY_YL", "2026110" + day + "0900");
            bed.put("NGAY_TH_YL", "2026110" + day + "0900");
            bed.remove("NGAY_KQ");
            x3.add(bed);
        }
        String key = x1.get("MA_LK");
        List<Map<String, String>> x5 = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("MA_LK", key);
            r.put("STT", Integer.toString(i));
            r.put("DIEN_BIEN_LS", "Sốt giảm");
            r.put("THOI_DIEM_DBLS", "2026110" + (i + 1) + "0800");
            r.put("NGUOI_THUC_HIEN", "001234/HCM-CCHN");
            x5.add(r);
        }
        e.tables.put(ClaimsTable.XML5, x5);
        Map<String, String> x7 = new LinkedHashMap<>();
        x7.put("MA_LK", key);
        x7.put("SO_LUU_TRU", "LT2026000001");
        x7.put("MA_YTE", "YT000001");
        x7.put("MA_KHOA_RV", "K01");
        x7.put("NGAY_VAO", "202611010730");
        x7.put("NGAY_RA", "202611031000");
        x7.put("CHAN_DOAN_RV", "Viêm họng cấp");
        x7.put("PP_DIEUTRI", "Nội khoa");
        x7.put("MA_TTDV", "0123456789");
        x7.put("MA_BS", "001234/HCM-CCHN");
        x7.put("TEN_BS", "Trần Thị Bình");
        x7.put("NGAY_CT", "20261103");
        e.tables.put(ClaimsTable.XML7, new ArrayList<>(List.of(x7)));
        Map<String, String> x8 = new LinkedHashMap<>();
        x8.put("MA_LK", key);
        x8.put("MA_LOAI_KCB", "03");
        x8.put("NGAY_VAO", "202611010730");
        x8.put("NGAY_RA", "202611031000");
        x8.put("CHAN_DOAN_VAO", "Viêm họng cấp");
        x8.put("CHAN_DOAN_RV", "Viêm họng cấp");
        x8.put("QT_BENHLY", "Sốt, ho");
        x8.put("TOMTAT_KQ", "Bình thường");
        x8.put("PP_DIEUTRI", "Nội khoa");
        x8.put("KET_QUA_DTRI", "2");
        x8.put("MA_TTDV", "0123456789");
        x8.put("NGAY_CT", "20261103");
        e.tables.put(ClaimsTable.XML8, new ArrayList<>(List.of(x8)));
        for (ClaimsTable t : new ClaimsTable[] {ClaimsTable.XML2, ClaimsTable.XML3}) {
            for (Map<String, String> line : e.tables.get(t)) {
                line.put("MUC_HUONG", "80"); // the stay costs more than 15 % of the base salary
            }
        }
        return recompute(e);
    }

    /** Every line's money fields and XML1's totals, from the lines' quantities, prices and rates. */
    static Files130.Ep recompute(Files130.Ep e) {
        // these fixtures judge money, dates and tables: without the follow-up paper (its fields copy XML1's), and
        // with the device code (MA_MAY) the format rules expect of tests, imaging and function tests
        e.tables.remove(ClaimsTable.XML14);
        for (Map<String, String> line : e.tables.getOrDefault(ClaimsTable.XML3, List.of())) {
            if (List.of("1", "2", "3").contains(line.get("MA_NHOM"))) {
                line.putIfAbsent("MA_MAY", "XN.1.79001.1");
            }
        }
        List<LineMoney> all = new ArrayList<>();
        for (ClaimsTable t : new ClaimsTable[] {ClaimsTable.XML2, ClaimsTable.XML3}) {
            for (Map<String, String> line : e.tables.getOrDefault(t, List.of())) {
                LineCharge.Builder b;
                if (t == ClaimsTable.XML2) {
                    b = LineCharge.drug().unitPrice(line.get("DON_GIA"));
                } else {
                    b = LineCharge.service().unitPrices(line.get("DON_GIA_BV"), line.get("DON_GIA_BH"))
                            .serviceRate(Integer.parseInt(line.get("TYLE_TT_DV")));
                }
                LineMoney m = LineMoney.of(b.quantity(line.get("SO_LUONG"))
                        .insuranceRate(Integer.parseInt(line.get("TYLE_TT_BH")))
                        .benefitRate(new BigDecimal(line.get("MUC_HUONG")))
                        .costGroup(Integer.parseInt(line.get("MA_NHOM")))
                        .paymentMethod(Integer.parseInt(line.get("MA_PTTT"))).build());
                line.put("THANH_TIEN_BV", m.thanhTienBv().toPlainString());
                line.put("THANH_TIEN_BH", m.thanhTienBh().toPlainString());
                line.put("T_NGUONKHAC", m.tNguonKhac().toPlainString());
                line.put("T_BNTT", m.tBntt().toPlainString());
                line.put("T_BNCCT", m.tBncct().toPlainString());
                line.put("T_BHTT", m.tBhtt().toPlainString());
                all.add(m);
            }
        }
        setTotals(e, EpisodeTotals.of(all));
        return e;
    }

    static void setTotals(Files130.Ep e, EpisodeTotals s) {
        Map<String, String> x1 = e.row(ClaimsTable.XML1, 1);
        x1.put("T_THUOC", s.tThuoc().toPlainString());
        x1.put("T_VTYT", s.tVtyt().toPlainString());
        x1.put("T_TONGCHI_BV", s.tTongChiBv().toPlainString());
        x1.put("T_TONGCHI_BH", s.tTongChiBh().toPlainString());
        x1.put("T_BNTT", s.tBntt().toPlainString());
        x1.put("T_BNCCT", s.tBncct().toPlainString());
        x1.put("T_BHTT", s.tBhtt().toPlainString());
        x1.put("T_NGUONKHAC", s.tNguonKhac().toPlainString());
        x1.put("T_BHTT_GDV", s.tBhttGdv().toPlainString());
    }

    /** XML1's totals as the sums of the lines as written (for lines set by hand). */
    static Files130.Ep retotal(Files130.Ep e) {
        BigDecimal[] s = new BigDecimal[9];
        java.util.Arrays.fill(s, BigDecimal.ZERO);
        for (ClaimsTable t : new ClaimsTable[] {ClaimsTable.XML2, ClaimsTable.XML3}) {
            for (Map<String, String> l : e.tables.getOrDefault(t, List.of())) {
                BigDecimal bv = new BigDecimal(l.get("THANH_TIEN_BV"));
                if (t == ClaimsTable.XML2) {
                    s[0] = s[0].add(bv);
                } else if ("10".equals(l.get("MA_NHOM")) || "11".equals(l.get("MA_NHOM"))) {
                    s[1] = s[1].add(bv);
                }
                s[2] = s[2].add(bv);
                s[3] = s[3].add(new BigDecimal(l.get("THANH_TIEN_BH")));
                s[4] = s[4].add(new BigDecimal(l.get("T_BNTT")));
                s[5] = s[5].add(new BigDecimal(l.get("T_BNCCT")));
                s[6] = s[6].add(new BigDecimal(l.get("T_BHTT")));
                s[7] = s[7].add(new BigDecimal(l.get("T_NGUONKHAC")));
                if ("1".equals(l.get("MA_PTTT"))) {
                    s[8] = s[8].add(new BigDecimal(l.get("T_BHTT")));
                }
            }
        }
        setTotals(e, new EpisodeTotals(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]));
        return e;
    }

    static ClaimsReport check(Files130.Ep e) {
        return CHECKER.check(Files130.envelope(PROFILE, e), "test.xml");
    }

    static String key(Files130.Ep e) {
        return e.row(ClaimsTable.XML1, 1).get("MA_LK");
    }

    /** The path of a field as reports give it. */
    static String path(Files130.Ep e, ClaimsTable t, int row, String field) {
        return t.name() + "[MA_LK=" + key(e) + "]" + (t.repeated() && row > 0 ? "[" + row + "]" : "")
                + (field.isEmpty() ? "" : "." + field);
    }

    /** The issues of the rule, as rule@path. */
    static List<String> of(ClaimsReport r, String rule) {
        return r.issues().stream().filter(i -> i.rule().equals(rule)).map(i -> i.rule() + "@" + i.path())
                .collect(Collectors.toList());
    }

    /** The broken file has the rule at exactly this path (and nowhere else); the good one has none of it. */
    static ClaimsIssue breaks(Files130.Ep good, Files130.Ep broken, String rule, ClaimsTable t, int row,
            String field) {
        assertThat(of(check(good), rule)).as("good file, rule " + rule).isEmpty();
        ClaimsReport r = check(broken);
        assertThat(of(r, rule)).containsExactly(rule + "@" + path(broken, t, row, field));
        ClaimsIssue issue = r.issues().stream().filter(i -> i.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(issue.message()).isNotBlank().doesNotContain("{0}");
        assertThat(issue.messageEn()).isNotBlank().doesNotContain("{0}");
        return issue;
    }
}
