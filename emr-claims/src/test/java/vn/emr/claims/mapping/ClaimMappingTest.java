package vn.emr.claims.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.envelope.ClaimsFile;
import vn.emr.claims.money.BaseSalary;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.XmlVerifier;

/** The sample outpatient visit as a claim: tables, line money and XML1 totals, the low-cost rule, a self-payer. */
class ClaimMappingTest {

    private static final MedicalRecord VISIT = SampleRecords.outpatient(SampleRecords.patient());

    /** The values of the visit's follow-up paper (XML14) that the record does not hold. */
    static final PaperTerms PAPERS = PaperTerms.builder().appointmentPaperNumber("HKL-2026-0001")
            .headOfFacilityCode("7901234567").appointmentPaperDate(LocalDate.of(2026, 11, 1)).build();

    private static BigDecimal amount(TableRecord r, String field) {
        return new BigDecimal(r.get(field).orElseThrow());
    }

    @Test
    void theVisitBecomesXml1Xml2AndXml3WithTheDecisionsMoney() {
        ClaimEpisode claim = ClaimMapping.episode(VISIT,
                ClaimTerms.builder().papers(PAPERS).beneficiaryCode("1.1").build());
        // an examination (MA_LOAI_KCB 01) with two lab results and a follow-up: no clinical course table
        assertThat(claim.tables().keySet()).containsExactly(ClaimsTable.XML1, ClaimsTable.XML2, ClaimsTable.XML3,
                ClaimsTable.XML4, ClaimsTable.XML14);
        TableRecord result = claim.table(ClaimsTable.XML4).get(0);
        assertThat(result.get("TEN_CHI_SO")).contains("Chỉ số xét nghiệm 1");
        assertThat(result.get("GIA_TRI")).contains("5.5");
        assertThat(result.get("NGAY_KQ")).contains("202611010820");
        assertThat(claim.maLk()).contains("2026110100001");
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        // 11, 12 and 13 tablets at 1,250.50; two services at 38,700; two syringes at 1,100 (cost group 10)
        assertThat(amount(x1, "T_THUOC")).isEqualByComparingTo("45018.00");
        assertThat(amount(x1, "T_VTYT")).isEqualByComparingTo("2200.00");
        assertThat(amount(x1, "T_TONGCHI_BV")).isEqualByComparingTo("124618.00");
        assertThat(x1.get("T_TONGCHI_BV")).contains("124618.00");
        assertThat(x1.get("MA_LOAI_KCB")).contains("01");
        assertThat(x1.get("GIOI_TINH")).isPresent();
        assertThat(x1.get("MA_BENH_CHINH")).contains("J06.9");
        assertThat(x1.get("MA_BENH_KT")).contains("I10");
        assertThat(x1.get("NGAY_VAO")).contains("202611010730");
        assertThat(x1.get("NGAY_RA")).contains("202611011130");
        assertThat(x1.get("MA_CSKCB")).contains(SampleRecords.FACILITY_CODE);
        assertThat(x1.get("MA_DOITUONG_KCB")).contains("1.1");
        List<TableRecord> drugs = claim.table(ClaimsTable.XML2);
        assertThat(drugs).hasSize(3);
        assertThat(drugs.get(0).get("THANH_TIEN_BV")).contains("13755.50");
        assertThat(drugs.get(0).get("T_BHTT")).contains("11004.40");
        assertThat(drugs.get(0).get("T_BNCCT")).contains("2751.10");
        assertThat(drugs.get(0).get("MUC_HUONG")).contains("80");
        assertThat(claim.table(ClaimsTable.XML3)).hasSize(3);
        assertThat(claim.table(ClaimsTable.XML3).get(2).get("MA_VAT_TU")).contains("N03.05.010");
        // XML1 is the sum of its lines, and every line's cost is shared out exactly
        BigDecimal bhtt = BigDecimal.ZERO;
        for (ClaimsTable t : List.of(ClaimsTable.XML2, ClaimsTable.XML3)) {
            for (TableRecord line : claim.table(t)) {
                bhtt = bhtt.add(amount(line, "T_BHTT"));
                assertThat(amount(line, "T_BNTT").add(amount(line, "T_BNCCT")).add(amount(line, "T_BHTT"))
                        .add(amount(line, "T_NGUONKHAC"))).isEqualByComparingTo(amount(line, "THANH_TIEN_BV"));
            }
        }
        assertThat(amount(x1, "T_BHTT")).isEqualByComparingTo(bhtt);
        assertThat(claim.table(ClaimsTable.XML1).get(0).check()).isEmpty();
    }

    @Test
    void aVisitBelowFifteenPercentOfTheBaseSalaryIsPaidInFull() {
        ClaimEpisode claim = ClaimMapping.episode(VISIT,
                ClaimTerms.builder().papers(PAPERS).lowCostRule(BaseSalary.known()).build());
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        // 124,618 is below 351,000 (15 % of 2,340,000 on 2026-11-01)
        assertThat(amount(x1, "T_BNCCT")).isZero();
        assertThat(amount(x1, "T_BHTT")).isEqualByComparingTo(amount(x1, "T_TONGCHI_BH"));
        assertThat(claim.table(ClaimsTable.XML2).get(0).get("MUC_HUONG")).contains("100");
    }

    @Test
    void aPatientWithoutInsuranceIsClaimedForTheHealthBookAndPaysAll() {
        ClaimEpisode claim = ClaimMapping.episode(VISIT, ClaimTerms.selfPaying().withPapers(PAPERS));
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        assertThat(amount(x1, "T_BHTT")).isZero();
        assertThat(amount(x1, "T_TONGCHI_BH")).isZero();
        assertThat(amount(x1, "T_BNCCT")).isZero();
        assertThat(amount(x1, "T_BNTT")).isEqualByComparingTo(amount(x1, "T_TONGCHI_BV"))
                .isEqualByComparingTo("124618.00");
        assertThat(claim.table(ClaimsTable.XML2).get(0).get("MUC_HUONG")).contains("0");
    }

    @Test
    void theSignedClaimVerifiesAndReadsBackInTheProfileOfItsDate() {
        DemoCredentials demo = DemoCredentials.generate();
        ClaimEpisode claim = ClaimMapping.episode(VISIT, ClaimTerms.builder().papers(PAPERS).build());
        byte[] signed = ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1), List.of(claim))
                .sign(demo.signingKey());
        assertThat(XmlVerifier.strict(demo.trustPolicy()).withProfile(SignatureProfile.CHUKYDONVI).verify(signed)
                .valid()).isTrue();
        ClaimsFile read = ClaimsFile.read(signed);
        assertThat(read.profile()).isEqualTo(ClaimsProfile.QD3176_2026);
        assertThat(read.episodes()).containsExactly(claim);
    }

    @Test
    void aTreatmentEpisodeCarriesItsClinicalCourse() {
        MedicalRecord treated = VISIT.toBuilder().encounter(VISIT.encounter().toBuilder()
                .encounterClass(vn.emr.core.model.EncounterClass.OUTPATIENT_TREATMENT).build()).build();
        ClaimEpisode claim = ClaimMapping.episode(treated, ClaimTerms.builder().papers(PAPERS).build());
        List<TableRecord> course = claim.table(ClaimsTable.XML5);
        assertThat(course).hasSize(1);
        assertThat(course.get(0).get("DIEN_BIEN_LS")).contains("Tỉnh, sốt 38,5°C, họng đỏ. Phổi không ran.");
        assertThat(course.get(0).get("THOI_DIEM_DBLS")).contains("202611010750");
        assertThat(course.get(0).get("NGUOI_THUC_HIEN")).contains("001234/HCM-CCHN");
        assertThat(claim.table(ClaimsTable.XML1).get(0).get("MA_LOAI_KCB")).contains("02");
    }

    private static List<String> rules(ClaimEpisode claim) {
        byte[] file = ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1), List.of(claim)).write();
        return vn.emr.claims.check.ClaimsChecker.builder().build().check(file, "mapped.xml").issues().stream()
                .map(vn.emr.claims.check.ClaimsIssue::rule).toList();
    }

    /**
     * Issue 10 finding 13: the record holds no machine (MA_MAY) or bed (MA_GIUONG) for a service line, nor the time and
     * reason of an inpatient admission (NGAY_VAO_NOI_TRU, LY_DO_VNT); the terms give them and the tables carry them.
     * A lab test (MA_NHOM 1) without its machine keeps the checker's XML3.MA_MAY.REQUIRED warning; with it, none.
     */
    @Test
    void theTermsGiveTheMachineTheBedAndTheInpatientAdmission() {
        ClaimEpisode without = ClaimMapping.episode(VISIT, ClaimTerms.builder().papers(PAPERS).beneficiaryCode("1.1")
                .serviceTerms(line -> LineTerms.inScope(1)).build());
        assertThat(without.table(ClaimsTable.XML3).get(0).get("MA_MAY")).isEmpty();
        assertThat(rules(without)).contains("XML3.MA_MAY.REQUIRED");

        ClaimEpisode with = ClaimMapping.episode(VISIT, ClaimTerms.builder().papers(PAPERS).beneficiaryCode("1.1")
                .serviceTerms(line -> LineTerms.inScope(1).withMachine("HH.1.79001.1").withTender("x").withBed("H012"))
                .build());
        TableRecord test = with.table(ClaimsTable.XML3).get(0);
        assertThat(test.get("MA_MAY")).contains("HH.1.79001.1");
        assertThat(test.get("MA_GIUONG")).contains("H012");
        assertThat(test.get("TT_THAU")).contains("x");
        assertThat(test.get("MA_NHOM")).contains("1");
        // a supply line takes neither
        assertThat(with.table(ClaimsTable.XML3).get(2).get("MA_MAY")).isEmpty();
        LineTerms t = LineTerms.inScope(1).withBed("T001").withMachine("CD.2.79001.7").withServiceRate(50);
        assertThat(t.machine()).contains("CD.2.79001.7");
        assertThat(t.bed()).contains("T001");
        assertThat(t.serviceRate()).isEqualTo(50);

        java.time.LocalDateTime ordered = java.time.LocalDateTime.of(2026, 11, 1, 9, 15);
        ClaimTerms admitted = ClaimTerms.builder().papers(PAPERS).beneficiaryCode("1.1")
                .inpatientAdmission(ordered, "Sốt cao, khó thở").build();
        ClaimEpisode stay = ClaimMapping.episode(VISIT, admitted);
        TableRecord x1 = stay.table(ClaimsTable.XML1).get(0);
        assertThat(x1.get("NGAY_VAO_NOI_TRU")).contains("202611010915");
        assertThat(x1.get("LY_DO_VNT")).contains("Sốt cao, khó thở");
        TableRecord checkIn = ClaimMapping.checkIn(VISIT, admitted);
        assertThat(checkIn.get("NGAY_VAO_NOI_TRU")).contains("202611010915");
        assertThat(checkIn.get("LY_DO_VNT")).contains("Sốt cao, khó thở");
        assertThat(admitted.inpatientAdmission().orElseThrow().toString()).doesNotContain("Sốt");
        // kept by the other with-methods; absent by default
        assertThat(admitted.withBeneficiaryCode("2").inpatientAdmission()).isEqualTo(admitted.inpatientAdmission());
        assertThat(ClaimTerms.builder().build().inpatientAdmission()).isEmpty();
        assertThat(ClaimMapping.checkIn(VISIT, ClaimTerms.builder().build()).get("NGAY_VAO_NOI_TRU")).isEmpty();
    }
}
