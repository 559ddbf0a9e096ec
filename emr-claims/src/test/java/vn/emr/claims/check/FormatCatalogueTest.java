package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.catalogue.ClaimsTable.XML0;
import static vn.emr.claims.catalogue.ClaimsTable.XML1;
import static vn.emr.claims.catalogue.ClaimsTable.XML2;
import static vn.emr.claims.catalogue.ClaimsTable.XML3;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.check.ClaimsCatalogues.Kind;
import vn.emr.core.code.Catalogue;
import vn.emr.core.code.CatalogueEntry;
import vn.emr.core.code.Catalogues;

/**
 * The catalogue rules: skipped, and listed as skipped, without their catalogue; judged with one (small catalogues built
 * here, and emr-core's bundled ICD-10 subset).
 */
class FormatCatalogueTest {

    private static Catalogue of(String name, String... codes) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (String c : codes) {
            entries.add(new CatalogueEntry(c, c, ""));
        }
        return Catalogues.of(name, entries);
    }

    private static CatalogueEntry priced(String code, String price) {
        return new CatalogueEntry(code, code, "", new BigDecimal(price));
    }

    static final ClaimsCatalogues ALL = ClaimsCatalogues.none()
            .with(Kind.ICD10, Catalogues.bundledIcd10())
            .with(Kind.STAFF, of("staff", "001234/HCM-CCHN", "0123456789"))
            .with(Kind.DRUGS, Catalogues.of("drugs", List.of(priced("40.171", "1250.5"), priced("40.172", "1300"),
                    new CatalogueEntry("40.173", "Paracetamol 3", ""))))
            .with(Kind.SERVICES, Catalogues.of("services", List.of(priced("01.0001.1001", "38700"),
                    priced("01.0001.1002", "38700"))))
            .with(Kind.SUPPLIES, Catalogues.of("supplies", List.of(priced("N03.05.010", "1100"))))
            .with(Kind.ADMIN_UNITS, of("units", "79", "760", "26740", "79.760", "79.760.26740", "01", "001",
                    "00001", "01.001", "01.001.00001"))
            .with(Kind.FACILITIES, of("facilities", "79001", "79002", "01001"));

    private static final ClaimsChecker WITH = ClaimsChecker.builder().catalogues(ALL).build();
    private static final ClaimsChecker WITHOUT = ClaimsChecker.builder().build();

    record Case(String rule, byte[] file, String path, String shown) {
        @Override
        public String toString() {
            return rule + " @ " + path;
        }
    }

    private static Case edit(String rule, ClaimsTable t, int row, String field, String value, String shown,
            Consumer<Files130.Ep> more) {
        Files130.Ep e = good();
        more.accept(e);
        e.set(t, row, field, value);
        return new Case(rule, FormatFiles.file(e), FormatFiles.path(e, t, row, field), shown);
    }

    private static Case edit(String rule, ClaimsTable t, int row, String field, String value, String shown) {
        return edit(rule, t, row, field, value, shown, e -> { });
    }

    /** The visit with a head of facility and a referring facility, both in the catalogues. */
    static Files130.Ep good() {
        return FormatFiles.visit().set(XML1, 1, "MA_TTDV", "0123456789").set(XML1, 1, "MA_NOI_DI", "79002")
                .set(XML1, 1, "GIAY_CHUYEN_TUYEN", "CT-0001").set(XML1, 1, "MA_NOI_DEN", "01001");
    }

    static Stream<Case> broken() {
        List<Case> c = new ArrayList<>();
        c.add(edit("XML1.MA_BENH_CHINH.ICD10_UNKNOWN", XML1, 1, "MA_BENH_CHINH", "J99.9", "J99.9"));
        c.add(edit("XML1.MA_BENH_KT.ICD10_UNKNOWN", XML1, 1, "MA_BENH_KT", "I10;K99", "K99"));
        c.add(edit("XML3.MA_BENH.ICD10_UNKNOWN", XML3, 2, "MA_BENH", "A99.1", "A99.1"));
        c.add(edit("XML2.MA_BAC_SI.STAFF_UNKNOWN", XML2, 1, "MA_BAC_SI", "001234/HCM-CCHN;009999/HN-CCHN", "2"));
        c.add(edit("XML3.MA_BAC_SI.STAFF_UNKNOWN", XML3, 1, "MA_BAC_SI", "009999/HN-CCHN", "1"));
        c.add(edit("XML3.NGUOI_THUC_HIEN.STAFF_UNKNOWN", XML3, 2, "NGUOI_THUC_HIEN", "009999/HN-CCHN", "1"));
        c.add(edit("XML1.MA_TTDV.STAFF_UNKNOWN", XML1, 1, "MA_TTDV", "0999999999", "1"));
        c.add(edit("XML2.MA_THUOC.UNKNOWN", XML2, 3, "MA_THUOC", "40.999", "40.999"));
        c.add(edit("XML2.DON_GIA.ABOVE_APPROVED", XML2, 1, "DON_GIA", "1250.501", "1250.501", e -> { }));
        c.add(edit("XML3.MA_DICH_VU.UNKNOWN", XML3, 2, "MA_DICH_VU", "02.0001.0001", "02.0001.0001"));
        c.add(edit("XML3.DON_GIA_BH.ABOVE_SERVICE_PRICE", XML3, 1, "DON_GIA_BH", "38800.000", "38700"));
        c.add(edit("XML3.MA_VAT_TU.UNKNOWN", XML3, 3, "MA_VAT_TU", "N99.99.999", "N99.99.999"));
        c.add(edit("XML3.DON_GIA_BH.ABOVE_SUPPLY_PRICE", XML3, 3, "DON_GIA_BH", "1100.001", "1100"));
        c.add(edit("XML1.MATINH_CU_TRU.UNKNOWN", XML1, 1, "MATINH_CU_TRU", "99", null));
        c.add(edit("XML1.MAHUYEN_CU_TRU.UNKNOWN", XML1, 1, "MAHUYEN_CU_TRU", "999", null));
        c.add(edit("XML1.MAXA_CU_TRU.UNKNOWN", XML1, 1, "MAXA_CU_TRU", "99999", null));
        c.add(edit("XML1.MAHUYEN_CU_TRU.NOT_IN_MATINH", XML1, 1, "MAHUYEN_CU_TRU", "001", null,
                e -> e.set(XML1, 1, "MAXA_CU_TRU", "00001")));
        c.add(edit("XML1.MAXA_CU_TRU.NOT_IN_MAHUYEN", XML1, 1, "MAXA_CU_TRU", "00001", null));
        // XML1 alone (a single-table document): in an envelope, MACSKCB would differ too
        Files130.Ep own = good().set(XML1, 1, "MA_CSKCB", "79999");
        c.add(new Case("XML1.MA_CSKCB.UNKNOWN", Files130.table(FormatFiles.PROFILE, XML1, own.tables.get(XML1)),
                FormatFiles.path(own, XML1, 1, "MA_CSKCB"), "79999"));
        c.add(edit("XML1.MA_NOI_DI.UNKNOWN", XML1, 1, "MA_NOI_DI", "48001", "48001"));
        c.add(edit("XML1.MA_NOI_DEN.UNKNOWN", XML1, 1, "MA_NOI_DEN", "48002", "48002"));
        Files130.Ep e = good();
        Map<String, String> row = FormatFiles.checkInRow(e);
        row.put("MA_CSKCB", "12345");
        c.add(new Case("XML0.MA_CSKCB.UNKNOWN", FormatFiles.checkIn(row), FormatFiles.path(e, XML0, 1, "MA_CSKCB"),
                "12345"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void withItsCatalogueTheRuleReportsTheBrokenField(Case c) {
        ClaimsReport r = WITH.check(c.file(), "broken.xml");
        assertThat(FormatFiles.formatIssues(r)).containsExactly(c.rule() + " @ " + c.path());
        assertThat(r.skippedRules()).isEmpty();
        if (c.shown() != null) {
            assertThat(r.issuesOf(c.rule()).get(0).messageEn()).contains(c.shown());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void withoutItsCatalogueTheRuleIsSkippedAndSaidSo(Case c) {
        ClaimsReport r = WITHOUT.check(c.file(), "broken.xml");
        assertThat(r.issuesOf(c.rule())).isEmpty();
        assertThat(r.skippedRules()).contains(c.rule());
    }

    @Test
    void everyCatalogueRuleIsTested() {
        List<String> tested = broken().map(Case::rule).toList();
        List<String> needing = FormatRulesTest.FormatLayer.rules().stream().filter(r -> r.catalogue().isPresent())
                .map(Rule::id).collect(Collectors.toList());
        assertThat(tested).containsExactlyInAnyOrderElementsOf(needing);
    }

    @Test
    void theGoodFileWithEveryCataloguePasses() {
        assertThat(FormatFiles.formatIssues(WITH.check(FormatFiles.file(good()), "good.xml"))).isEmpty();
        assertThat(FormatFiles.formatIssues(WITH.check(FormatFiles.checkIn(FormatFiles.checkInRow(good())),
                "checkin.xml"))).isEmpty();
    }

    @Test
    void aSuffixedServiceIsKnownByItsBaseCodeAndAPricelessEntryIsNotCompared() {
        Files130.Ep e = good().set(XML3, 2, "MA_DICH_VU", "01.0001.1002_GT").set(XML2, 3, "DON_GIA", "99999.000");
        assertThat(FormatFiles.formatIssues(WITH.check(FormatFiles.file(e), "x.xml"))).isEmpty();
    }

    @Test
    void aDistrictAbsentLeavesTheCommunesNestingUnjudged() {
        Files130.Ep e = good().set(XML1, 1, "MAHUYEN_CU_TRU", null);
        // the structure layer reports the mandatory field; no unit rule does
        assertThat(FormatFiles.formatIssues(WITH.check(FormatFiles.file(e), "x.xml")))
                .containsExactly("FIELD.MANDATORY @ " + FormatFiles.path(e, XML1, 1, "MAHUYEN_CU_TRU"));
    }

    @Test
    void aCatalogueEntryKeepsItsThreeArgumentFormAndAnOptionalPrice() {
        CatalogueEntry plain = new CatalogueEntry("I10", "Tăng huyết áp", "Hypertension");
        assertThat(plain.price()).isEmpty();
        assertThat(plain.approvedPrice()).isNull();
        assertThat(priced("40.171", "1250.5").price()).contains(new BigDecimal("1250.5"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> priced("x", "-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
