package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.table.TableDocument;
import vn.emr.core.Severity;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;

/**
 * A certifier's black-box conformance run: good GIAMDINHHS files built only through the public API (record model,
 * {@link ClaimMapping}, {@link ClaimsEnvelope}, signed or not), each broken in one field by editing the XML text of
 * the inner table (decode the base64 of NOIDUNGFILE, edit, re-encode) or of the envelope, then checked by a
 * {@link ClaimsChecker}. The unbroken files give no error; each broken one gives exactly the expected errors (one,
 * where one field breaks one rule) with the rule id and the broken field's path, and, for a warning rule, that
 * warning more. The disabled {@code noise} cases are breaks that today also give errors at fields that are not broken
 * (the audit's findings); they expect the clean outcome.
 */
class HeldOutStyleTest {

    private static final ClaimsChecker CHECKER = ClaimsChecker.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String OUT_KEY = "AUD2026110201";
    private static final String IN_KEY = "AUD2026110203";

    private static byte[] visit;
    private static byte[] stay;

    @BeforeAll
    static void files() {
        visit = AuditFiles.envelope(AuditFiles.claim(AuditFiles.outpatient(DAY), AuditFiles.Funding.NONE));
        stay = AuditFiles.envelope(AuditFiles.claim(AuditFiles.inpatient(DAY), AuditFiles.Funding.NONE));
    }

    /** One break: the file, the edit, the errors expected (exactly), the warnings expected (at least, new ones). */
    record Case(String name, boolean inpatient, UnaryOperator<byte[]> edit, Set<String> errors, Set<String> warnings) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String p(boolean in, String table, int row, String field) {
        return table + "[MA_LK=" + (in ? IN_KEY : OUT_KEY) + "]" + (row > 0 ? "[" + row + "]" : "")
                + (field.isEmpty() ? "" : "." + field);
    }

    private static Case error(String rule, boolean in, String table, int row, String field, String value) {
        return new Case(rule + " @ " + table + "." + field, in, f -> AuditFiles.setField(f, table, field,
                Math.max(row, 1), value), Set.of(rule + " @ " + p(in, table, row, field)), Set.of());
    }

    private static Case warning(String rule, boolean in, String table, int row, String field, String value) {
        return new Case(rule + " @ " + table + "." + field, in, f -> AuditFiles.setField(f, table, field,
                Math.max(row, 1), value), Set.of(), Set.of(rule + " @ " + p(in, table, row, field)));
    }

    private static Case edit(String name, boolean in, UnaryOperator<byte[]> edit, Set<String> errors,
            Set<String> warnings) {
        return new Case(name, in, edit, errors, warnings);
    }

    private static UnaryOperator<byte[]> envelopeText(String from, String to) {
        return f -> {
            String s = new String(f, StandardCharsets.UTF_8);
            assertThat(s).contains(from);
            return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String e(String rule, boolean in, String table, int row, String field) {
        return rule + " @ " + p(in, table, row, field);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        boolean out = false;
        boolean in = true;
        // ---- structure: envelope, fields against the catalogue
        c.add(edit("ENVELOPE.SOLUONGHOSO.COUNT", out, envelopeText("<SOLUONGHOSO>1<", "<SOLUONGHOSO>2<"),
                Set.of("ENVELOPE.SOLUONGHOSO.COUNT @ GIAMDINHHS.THONGTINHOSO.SOLUONGHOSO"), Set.of()));
        c.add(edit("ENVELOPE.MACSKCB.XML1", out, envelopeText("<MACSKCB>79001<", "<MACSKCB>79002<"),
                Set.of(e("ENVELOPE.MACSKCB.XML1", out, "XML1", 0, "MA_CSKCB")), Set.of()));
        c.add(edit("ENVELOPE.NGAYLAP.DATE", out, envelopeText("<NGAYLAP>20261201<", "<NGAYLAP>20261301<"),
                Set.of("ENVELOPE.NGAYLAP.DATE @ GIAMDINHHS.THONGTINHOSO.NGAYLAP"), Set.of()));
        c.add(edit("HOSO.LOAIHOSO.UNKNOWN", out, envelopeText("<LOAIHOSO>XML4<", "<LOAIHOSO>XML16<"),
                Set.of("HOSO.LOAIHOSO.UNKNOWN @ HOSO[1].FILEHOSO[4].LOAIHOSO"), Set.of()));
        c.add(error("FIELD.MANDATORY", out, "XML2", 2, "MA_THUOC", null));
        c.add(error("FIELD.DATE_TIME", out, "XML1", 0, "NGAY_VAO", "2026110208"));
        c.add(error("FIELD.NUMBER", out, "XML2", 1, "DON_GIA", "1250,50"));
        c.add(error("FIELD.SIZE", out, "XML1", 0, "MA_HSBA", "H".repeat(101)));
        c.add(error("FIELD.DECIMALS", out, "XML2", 1, "SO_LUONG", "11.0000"));
        // ---- formats and code lists
        c.add(error("XML1.MA_BENH_CHINH.ICD10", out, "XML1", 0, "MA_BENH_CHINH", "J029"));
        c.add(error("XML1.MA_BENH_KT.COUNT", out, "XML1", 0, "MA_BENH_KT", String.join(";",
                java.util.Collections.nCopies(13, "I10"))));
        c.add(error("XML1.SO_CCCD.FORM", out, "XML1", 0, "SO_CCCD", "0010901234"));
        c.add(error("XML1.MA_THE_BHYT.FORM", out, "XML1", 0, "MA_THE_BHYT", "DN401012087881"));
        c.add(error("XML1.GIOI_TINH.CODE", out, "XML1", 0, "GIOI_TINH", "4"));
        c.add(error("XML1.MA_LOAI_KCB.CODE", out, "XML1", 0, "MA_LOAI_KCB", "10"));
        c.add(error("XML1.MA_DOITUONG_KCB.FORM", out, "XML1", 0, "MA_DOITUONG_KCB", "1,1"));
        c.add(error("XML1.MA_QUOCTICH.FORM", out, "XML1", 0, "MA_QUOCTICH", "00"));
        c.add(error("XML1.MA_DANTOC.FORM", out, "XML1", 0, "MA_DANTOC", "1"));
        c.add(error("XML1.MA_NGHE_NGHIEP.FORM", out, "XML1", 0, "MA_NGHE_NGHIEP", "0000"));
        c.add(error("XML1.CAN_NANG.MAX", out, "XML1", 0, "CAN_NANG", "250"));
        c.add(error("XML1.MA_KHUVUC.CODE", out, "XML1", 0, "MA_KHUVUC", "K9"));
        c.add(error("XML1.THANG_QT.RANGE", out, "XML1", 0, "THANG_QT", "13"));
        c.add(error("XML2.MA_NHOM.CODE", out, "XML2", 1, "MA_NHOM", "20"));
        c.add(error("XML3.GOI_VTYT.FORM", out, "XML3", 3, "GOI_VTYT", "G0"));
        c.add(error("XML3.MA_GIUONG.FORM", in, "XML3", 3, "MA_GIUONG", "X001"));
        c.add(error("XML2.TT_THAU.REQUIRED", out, "XML2", 1, "TT_THAU", null));
        c.add(error("XML3.NGUOI_THUC_HIEN.REQUIRED", out, "XML3", 2, "NGUOI_THUC_HIEN", null));
        c.add(error("XML3.NGAY_TH_YL.REQUIRED", out, "XML3", 2, "NGAY_TH_YL", null));
        c.add(error("XML4.NGAY_KQ.REQUIRED", out, "XML4", 1, "NGAY_KQ", null));
        c.add(error("XML3.TEN_DICH_VU.REQUIRED", out, "XML3", 1, "TEN_DICH_VU", null));
        c.add(error("XML2.MA_CSKCB_THUOC.FORM", out, "XML2", 1, "MA_CSKCB_THUOC", "79002"));
        c.add(warning("XML2.TT_THAU.FORM", out, "XML2", 1, "TT_THAU", "123/QĐ-SYT;G1;N4"));
        // a rate out of range also makes the line's THANH_TIEN_BH wrong: both are reported (legitimate, not noise)
        c.add(edit("XML2.TYLE_TT_BH.RANGE", out, f -> AuditFiles.setField(f, "XML2", "TYLE_TT_BH", 1, "120"),
                Set.of(e("XML2.TYLE_TT_BH.RANGE", out, "XML2", 1, "TYLE_TT_BH"),
                        e("XML2.THANH_TIEN_BH.FORMULA", out, "XML2", 1, "THANH_TIEN_BH")), Set.of()));
        // ---- cross-table: totals, formulas, dates, links, tables
        c.add(error("XML1.T_THUOC.SUM", out, "XML1", 0, "T_THUOC", "1.00"));
        c.add(error("XML1.T_VTYT.SUM", out, "XML1", 0, "T_VTYT", "1.00"));
        c.add(error("XML1.T_BHTT.FORMULA", in, "XML1", 0, "T_BHTT", "1.00"));
        c.add(error("XML1.T_BHTT_GDV.SUM", in, "XML1", 0, "T_BHTT_GDV", "1.00"));
        c.add(error("XML1.SO_NGAY_DTRI.FORMULA", in, "XML1", 0, "SO_NGAY_DTRI", "5"));
        c.add(error("XML1.NGAY_RA.AFTER_NGAY_VAO", out, "XML1", 0, "NGAY_RA", "202611020700"));
        c.add(error("XML3.NGAY_KQ.AFTER_NGAY_YL", out, "XML3", 2, "NGAY_KQ", "202611020805"));
        c.add(error("XML2.NGAY_TH_YL.AFTER_NGAY_YL", out, "XML2", 1, "NGAY_TH_YL", "202611020805"));
        c.add(error("XML14.NGAY_HEN_KL.AFTER_NGAY_RA", in, "XML14", 0, "NGAY_HEN_KL", "202611031000"));
        c.add(error("XML14.FIELD.SAME_AS_XML1", in, "XML14", 0, "GIOI_TINH", "2"));
        c.add(error("LINK.MA_LK", out, "XML2", 2, "MA_LK", OUT_KEY + "9"));
        c.add(error("LINK.STT", out, "XML2", 2, "STT", "5"));
        c.add(error("XML1.MA_THE_BHYT.CARD_COUNT", out, "XML1", 0, "MA_DKBD", "79001;79002"));
        c.add(edit("XML1.NGAY_VAO_NOI_TRU.AFTER_NGAY_VAO", in, f -> AuditFiles.setField(AuditFiles.setField(f, "XML1",
                "NGAY_VAO_NOI_TRU", 1, "202611020700"), "XML1", "LY_DO_VNT", 1, "Sốt cao"),
                Set.of(e("XML1.NGAY_VAO_NOI_TRU.AFTER_NGAY_VAO", in, "XML1", 0, "NGAY_VAO_NOI_TRU")), Set.of()));
        c.add(warning("XML5.THOI_DIEM_DBLS.IN_STAY", in, "XML5", 1, "THOI_DIEM_DBLS", "202611010900"));
        c.add(warning("XML3.EXAM.ONE_FOR_INPATIENT", in, "XML3", 2, "MA_NHOM", "13"));
        c.add(warning("XML2.NGAY_YL.IN_STAY", out, "XML2", 1, "NGAY_YL", "202611030830"));
        c.add(error("XML3.MA_DICH_VU.TRANSPORT_FORM", out, "XML3", 1, "MA_DICH_VU", "VC.7900"));
        c.add(edit("XML14.NGAY_HEN_KL.AT_NGAY_RA", in, f -> AuditFiles.setField(f, "XML14", "NGAY_HEN_KL", 1,
                AuditFiles.field(f, "XML1", "NGAY_RA", 1)), Set.of(),
                Set.of(e("XML14.NGAY_HEN_KL.AT_NGAY_RA", in, "XML14", 0, "NGAY_HEN_KL"))));
        return c.stream();
    }

    /**
     * One break that today also trips rules at fields that are not broken (the audit's noise findings): each case
     * expects what a certifier expects, the broken field's error alone.
     */
    static Stream<Case> noise() {
        List<Case> c = new ArrayList<>();
        boolean in = true;
        // a malformed XML1 value also makes the copy in XML14 (XML6, XML13, XML15 alike) "differ"
        c.add(error("XML1.GIOI_TINH.CODE", in, "XML1", 0, "GIOI_TINH", "4"));
        c.add(error("FIELD.DATE_TIME", in, "XML1", 0, "NGAY_RA", "20261104"));
        c.add(error("XML1.MA_BENH_CHINH.ICD10", in, "XML1", 0, "MA_BENH_CHINH", "J189"));
        // XML1's key changed: every other row is blamed, XML1.MA_LK never
        c.add(error("LINK.MA_LK", in, "XML1", 0, "MA_LK", "AUDX"));
        // a wrong total: LOW_COST blames every line's MUC_HUONG, XML1.T_BHTT.FORMULA blames the right T_BHTT
        c.add(error("XML1.T_TONGCHI_BH.SUM", in, "XML1", 0, "T_TONGCHI_BH", "1.00"));
        c.add(edit("XML1.T_BNCCT.SUM", in, f -> AuditFiles.setField(f, "XML1", "T_BNCCT", 1,
                plus(AuditFiles.field(f, "XML1", "T_BNCCT", 1))),
                Set.of(e("XML1.T_BNCCT.SUM", in, "XML1", 0, "T_BNCCT")), Set.of()));
        // a wrong line amount: the formulas that read it (T_BNTT, PARTS) blame fields that are right
        c.add(edit("XML2.THANH_TIEN_BV.FORMULA", in, f -> AuditFiles.setField(f, "XML2", "THANH_TIEN_BV", 1,
                "1.00"), Set.of(e("XML2.THANH_TIEN_BV.FORMULA", in, "XML2", 1, "THANH_TIEN_BV"),
                        e("XML1.T_THUOC.SUM", in, "XML1", 0, "T_THUOC"),
                        e("XML1.T_TONGCHI_BV.SUM", in, "XML1", 0, "T_TONGCHI_BV")), Set.of()));
        c.add(edit("XML2.T_BHTT.FORMULA", in, f -> AuditFiles.setField(f, "XML2", "T_BHTT", 1,
                plus(AuditFiles.field(f, "XML2", "T_BHTT", 1))),
                Set.of(e("XML2.T_BHTT.FORMULA", in, "XML2", 1, "T_BHTT"), e("XML1.T_BHTT.FORMULA", in, "XML1", 0,
                        "T_BHTT"), e("XML1.T_BHTT_GDV.SUM", in, "XML1", 0, "T_BHTT_GDV")), Set.of()));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noise")
    void oneBrokenFieldGivesNoErrorElsewhere(Case c) {
        oneBrokenFieldIsJudgedWrongAtItsPath(c);
    }

    /** The amount plus 1,000. */
    private static String plus(String amount) {
        return new java.math.BigDecimal(amount).add(java.math.BigDecimal.valueOf(1000)).setScale(2).toPlainString();
    }

    private static Set<String> of(ClaimsReport r, Severity s) {
        return r.issues().stream().filter(i -> i.severity() == s).map(i -> i.rule() + " @ " + i.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theUnbrokenFilesHaveNoError() {
        for (byte[] f : List.of(visit, stay)) {
            ClaimsReport r = CHECKER.check(f, "good.xml");
            assertThat(of(r, Severity.ERROR)).isEmpty();
            assertThat(r.episodes()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneBrokenFieldIsJudgedWrongAtItsPath(Case c) {
        byte[] good = c.inpatient() ? stay : visit;
        ClaimsReport before = CHECKER.check(good, "good.xml");
        ClaimsReport after = CHECKER.check(c.edit().apply(good), "broken.xml");
        assertThat(of(after, Severity.ERROR)).as("errors").isEqualTo(new TreeSet<>(c.errors()));
        Set<String> newWarnings = of(after, Severity.WARNING);
        newWarnings.removeAll(of(before, Severity.WARNING));
        assertThat(newWarnings).as("new warnings").containsAll(c.warnings());
        for (ClaimsIssue i : after.issues()) {
            assertThat(i.message()).doesNotContain("Trần Văn Kiểm").doesNotContain("001090123456");
            assertThat(i.messageEn()).doesNotContain("Trần Văn Kiểm").doesNotContain("DN4010120878811");
        }
    }

    @Test
    void casesCoverThirtyDistinctRulesOfEveryLayer() {
        Set<String> rules = cases().flatMap(c -> Stream.concat(c.errors().stream(), c.warnings().stream()))
                .map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toSet());
        assertThat(rules).hasSizeGreaterThanOrEqualTo(30);
        Set<RuleLayer> layers = ClaimsChecker.rules().stream().filter(r -> rules.contains(r.id())).map(Rule::layer)
                .collect(Collectors.toSet());
        assertThat(layers).containsExactlyInAnyOrder(RuleLayer.values());
    }

    @Test
    void otherFundingOfCasesABAndCIsNoError() {
        for (AuditFiles.Funding f : AuditFiles.Funding.values()) {
            for (MedicalRecord r : List.of(AuditFiles.outpatient(DAY), AuditFiles.inpatient(DAY))) {
                ClaimEpisode claim = AuditFiles.claim(r, f);
                String nk = claim.table(ClaimsTable.XML2).get(0).get("T_NGUONKHAC").orElse("0");
                // case c moves the co-payment: a visit paid in full (below 15 % of the base salary) has none
                boolean coPayment = r.encounter().encounterClass() == vn.emr.core.model.EncounterClass.INPATIENT;
                if (f == AuditFiles.Funding.CASE_A || f == AuditFiles.Funding.CASE_B
                        || f == AuditFiles.Funding.CASE_C && coPayment) {
                    assertThat(new java.math.BigDecimal(nk)).as(f + " funds the first drug").isPositive();
                }
                assertThat(of(CHECKER.check(AuditFiles.envelope(claim), "funded.xml"), Severity.ERROR)).as(f.name())
                        .isEmpty();
            }
        }
    }

    @Test
    void theMappedFilesOfEveryProfileHaveNoError() {
        java.util.Map<LocalDate, vn.emr.claims.catalogue.ClaimsProfile> days = new java.util.LinkedHashMap<>();
        days.put(LocalDate.of(2024, 3, 4), vn.emr.claims.catalogue.ClaimsProfile.QD130);
        days.put(LocalDate.of(2024, 8, 5), vn.emr.claims.catalogue.ClaimsProfile.QD4750);
        days.put(LocalDate.of(2025, 3, 3), vn.emr.claims.catalogue.ClaimsProfile.QD3176);
        days.put(LocalDate.of(2026, 11, 2), vn.emr.claims.catalogue.ClaimsProfile.QD3176_2026);
        days.forEach((day, profile) -> {
            for (MedicalRecord r : List.of(AuditFiles.outpatient(day), AuditFiles.inpatient(day))) {
                for (AuditFiles.Funding f : AuditFiles.Funding.values()) {
                    ClaimsReport report = CHECKER.check(AuditFiles.envelope(AuditFiles.claim(r, f)), "m.xml");
                    assertThat(report.profile()).contains(profile);
                    assertThat(of(report, Severity.ERROR)).as(day + " " + f).isEmpty();
                }
                byte[] checkIn = TableDocument.write(ClaimsTable.XML0,
                        List.of(ClaimMapping.checkIn(r, AuditFiles.terms(r, AuditFiles.Funding.NONE))));
                assertThat(of(CHECKER.check(checkIn, "xml0.xml"), Severity.ERROR)).as(day + " check-in").isEmpty();
            }
        });
    }

    @Test
    void theSignatureIsCheckedWithTheAnchorsGiven() {
        DemoCredentials demo = DemoCredentials.generate();
        ClaimsChecker trusting = ClaimsChecker.builder().trust(demo.trustPolicy()).build();
        ClaimEpisode claim = AuditFiles.claim(AuditFiles.outpatient(DAY), AuditFiles.Funding.NONE);
        byte[] signed = ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 12, 1), List.of(claim))
                .sign(demo.signingKey());
        assertThat(trusting.check(signed, "signed.xml").issues()).noneMatch(i -> i.severity() == Severity.ERROR);
        // a name changed after signing breaks no field rule: only the signature
        byte[] tampered = AuditFiles.setField(signed, "XML1", "HO_TEN", 1, "Trần Văn Khác");
        assertThat(of(trusting.check(tampered, "tampered.xml"), Severity.ERROR))
                .containsExactly("SIGNATURE.INVALID @ GIAMDINHHS.CHUKYDONVI");
        assertThat(trusting.check(tampered, "tampered.xml").issues().stream()
                .filter(i -> i.rule().equals("SIGNATURE.INVALID")).findFirst().orElseThrow().messageEn())
                .contains("125");
        ClaimsReport unsigned = trusting.check(visit, "unsigned.xml");
        assertThat(of(unsigned, Severity.ERROR)).containsExactly("SIGNATURE.MISSING @ GIAMDINHHS.CHUKYDONVI");
        assertThat(unsigned.issues().stream().filter(i -> i.rule().equals("SIGNATURE.MISSING")).findFirst()
                .orElseThrow().messageEn()).contains("123");
    }

    @Test
    void aCheckInDocumentBrokenInOneFieldIsJudgedWrongAtItsPath() {
        MedicalRecord r = AuditFiles.outpatient(DAY);
        byte[] doc = TableDocument.write(ClaimsTable.XML0,
                List.of(ClaimMapping.checkIn(r, AuditFiles.terms(r, AuditFiles.Funding.NONE))));
        assertThat(of(CHECKER.check(doc, "xml0.xml"), Severity.ERROR)).isEmpty();
        String text = new String(doc, StandardCharsets.UTF_8);
        byte[] sex = text.replace("<GIOI_TINH>1</GIOI_TINH>", "<GIOI_TINH>5</GIOI_TINH>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(of(CHECKER.check(sex, "xml0.xml"), Severity.ERROR))
                .containsExactly("XML0.GIOI_TINH.CODE @ " + p(false, "XML0", 1, "GIOI_TINH"));
        byte[] none = text.replaceAll("<MA_DICH_VU>[^<]*</MA_DICH_VU>", "<MA_DICH_VU></MA_DICH_VU>")
                .replaceAll("<TEN_DICH_VU>[^<]*</TEN_DICH_VU>", "<TEN_DICH_VU></TEN_DICH_VU>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(of(CHECKER.check(none, "xml0.xml"), Severity.ERROR))
                .containsExactly("XML0.MA_DICH_VU.ONE_OF @ " + p(false, "XML0", 1, "MA_DICH_VU"));
        byte[] ward = text.replace("<NGAY_VAO_NOI_TRU></NGAY_VAO_NOI_TRU>",
                "<NGAY_VAO_NOI_TRU>202611020700</NGAY_VAO_NOI_TRU>").replace("<LY_DO_VNT></LY_DO_VNT>",
                "<LY_DO_VNT>Sốt cao</LY_DO_VNT>").getBytes(StandardCharsets.UTF_8);
        assertThat(of(CHECKER.check(ward, "xml0.xml"), Severity.ERROR))
                .containsExactly("XML0.NGAY_VAO_NOI_TRU.AFTER_NGAY_VAO @ " + p(false, "XML0", 1, "NGAY_VAO_NOI_TRU"));
    }
}
