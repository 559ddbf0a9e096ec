package vn.emr.claims.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.envelope.ClaimsFile;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Referral;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.Issue;

/**
 * The papers of an episode (XML7, XML8, XML13, XML14): each exactly when it applies, its fields from the record, XML1
 * and the paper terms (field names and requirements as {@code domain/claims.md} §2.5 lists them), and a coded refusal
 * naming table, episode and field when a mandatory value is missing. Also the QĐ 130 profile end to end.
 */
class ClaimMappingPapersTest {

    private static final MedicalRecord VISIT = SampleRecords.outpatient(SampleRecords.patient());
    private static final String MA_LK = VISIT.encounter().maLk();
    private static final String HEAD = "7901234567";

    /** The sample visit as another kind of episode, discharged with this type, without the follow-up. */
    private static MedicalRecord as(EncounterClass kind, DischargeType type) {
        Encounter e = VISIT.encounter();
        Discharge d = e.discharge().orElseThrow().toBuilder().type(type)
                .summary("Sốt giảm dần, hết ho sau 5 ngày điều trị.").build();
        return VISIT.toBuilder().encounter(e.toBuilder().encounterClass(kind).discharge(d).appointment(null).build())
                .build();
    }

    private static final PaperTerms INPATIENT_PAPERS = PaperTerms.builder().headOfFacilityCode(HEAD)
            .archiveNumber("LT-2026-0042").treatmentMethod("Nội khoa").departmentHeadCode("7909876543")
            .departmentHeadName("Trần Thị Bình").dischargePaperDate(LocalDate.of(2026, 11, 1))
            .admissionDiagnosis("Sốt chưa rõ nguyên nhân").resultsSummary("Bạch cầu tăng nhẹ")
            .recordSummaryDate(LocalDate.of(2026, 11, 1)).build();

    private static List<String> paths(EmrException e) {
        return e.issues().stream().map(Issue::path).toList();
    }

    @Test
    void theFollowUpPaperCarriesTheAppointmentAndXml1sValues() {
        ClaimEpisode claim = ClaimMapping.episode(VISIT, ClaimTerms.builder().beneficiaryCode("1.1")
                .papers(ClaimMappingTest.PAPERS).build());
        // an examination (01) discharged home: no discharge paper, record summary or referral
        assertThat(claim.tables().keySet()).doesNotContain(ClaimsTable.XML7, ClaimsTable.XML8, ClaimsTable.XML13)
                .contains(ClaimsTable.XML14);
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        TableRecord x14 = claim.table(ClaimsTable.XML14).get(0);
        assertThat(x14.spec().fields()).hasSize(22);
        assertThat(x14.get("MA_LK")).contains(MA_LK);
        assertThat(x14.get("SO_GIAYHEN_KL")).contains("HKL-2026-0001");
        assertThat(x14.get("MA_CSKCB")).contains(SampleRecords.FACILITY_CODE);
        // discharged 2026-11-01 11:30, follow-up 7 days later; the record holds only the date
        assertThat(x14.get("NGAY_HEN_KL")).contains("202611080000");
        assertThat(x14.get("MA_BAC_SI")).contains("001234/HCM-CCHN");
        assertThat(x14.get("MA_TTDV")).contains(HEAD);
        assertThat(x14.get("NGAY_CT")).contains("20261101");
        // "Sử dụng thông tin tại trường ... trong Bảng 1": equal to XML1 (the portal checks it)
        for (String f : List.of("HO_TEN", "NGAY_SINH", "GIOI_TINH", "DIA_CHI", "MA_THE_BHYT", "NGAY_VAO", "NGAY_RA",
                "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_DOITUONG_KCB")) {
            assertThat(x14.get(f)).as(f).isPresent().isEqualTo(x1.get(f));
        }
        assertThat(x1.get("CHAN_DOAN_RV")).contains("Nhiễm trùng đường hô hấp trên cấp; Tăng huyết áp vô căn");
        assertThat(x14.get("NGAY_RA")).contains("202611011130");
    }

    @Test
    void aPaperThatAppliesIsNeverLeftOutButRefusedNamingTableEpisodeAndField() {
        EmrException e = catchThrowableOfType(EmrException.class,
                () -> ClaimMapping.episode(VISIT, ClaimTerms.builder().build()));
        assertThat(e.issues()).allMatch(i -> i.code() == ClaimsError.PAPER_VALUE_MISSING);
        assertThat(e.code().code()).isEqualTo("EMR-CLM-0501");
        String at = "HOSO[" + MA_LK + "]/XML14/";
        assertThat(paths(e)).containsExactlyInAnyOrder(at + "SO_GIAYHEN_KL", at + "MA_TTDV", at + "NGAY_CT");
        String en = e.issues().get(0).message(Locale.ENGLISH);
        String vi = e.issues().get(0).message(Locale.forLanguageTag("vi"));
        assertThat(en).contains("XML14").doesNotContain("Nguyễn", "BN000001");
        assertThat(vi).contains("XML14").contains("bắt buộc");
        // every missing value at once, across papers
        EmrException inpatient = catchThrowableOfType(EmrException.class, () -> ClaimMapping.episode(
                as(EncounterClass.INPATIENT, DischargeType.DISCHARGED), ClaimTerms.builder().build()));
        assertThat(paths(inpatient)).contains("HOSO[" + MA_LK + "]/XML7/SO_LUU_TRU", "HOSO[" + MA_LK + "]/XML7/MA_BS",
                "HOSO[" + MA_LK + "]/XML7/TEN_BS", "HOSO[" + MA_LK + "]/XML8/TOMTAT_KQ",
                "HOSO[" + MA_LK + "]/XML8/CHAN_DOAN_VAO").doesNotContain("HOSO[" + MA_LK + "]/XML8/QT_BENHLY");
    }

    @Test
    void anInpatientDischargeHasItsDischargePaperAndRecordSummary() {
        ClaimEpisode claim = ClaimMapping.episode(as(EncounterClass.INPATIENT, DischargeType.DISCHARGED),
                ClaimTerms.builder().papers(INPATIENT_PAPERS).build());
        assertThat(claim.tables().keySet()).contains(ClaimsTable.XML5, ClaimsTable.XML7, ClaimsTable.XML8)
                .doesNotContain(ClaimsTable.XML13, ClaimsTable.XML14);
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        TableRecord x7 = claim.table(ClaimsTable.XML7).get(0);
        assertThat(x7.spec().fields()).hasSize(26);
        assertThat(x7.get("SO_LUU_TRU")).contains("LT-2026-0042");
        assertThat(x7.get("MA_YTE")).contains("BN000001").isEqualTo(x1.get("MA_BN"));
        assertThat(x7.get("MA_KHOA_RV")).contains("K01");
        assertThat(x7.get("NGAY_VAO")).contains("202611010730");
        assertThat(x7.get("NGAY_RA")).contains("202611011130");
        assertThat(x7.get("CHAN_DOAN_RV")).isEqualTo(x1.get("CHAN_DOAN_RV"));
        assertThat(x7.get("PP_DIEUTRI")).contains("Nội khoa");
        assertThat(x7.get("MA_TTDV")).contains(HEAD);
        assertThat(x7.get("MA_BS")).contains("7909876543");
        assertThat(x7.get("TEN_BS")).contains("Trần Thị Bình");
        assertThat(x7.get("NGAY_CT")).contains("20261101");
        TableRecord x8 = claim.table(ClaimsTable.XML8).get(0);
        assertThat(x8.spec().fields()).hasSize(22);
        assertThat(x8.get("MA_LOAI_KCB")).contains("03");
        assertThat(x8.get("CHAN_DOAN_VAO")).contains("Sốt chưa rõ nguyên nhân").isEqualTo(x1.get("CHAN_DOAN_VAO"));
        // the course of illness is the discharge summary when the terms give none
        assertThat(x8.get("QT_BENHLY")).contains("Sốt giảm dần, hết ho sau 5 ngày điều trị.");
        assertThat(x8.get("TOMTAT_KQ")).contains("Bạch cầu tăng nhẹ");
        assertThat(x8.get("KET_QUA_DTRI")).contains("2");
        assertThat(x8.get("NGAY_CT")).contains("20261101");
        for (TableRecord r : List.of(x7, x8)) {
            for (FieldSpec f : r.spec().fields()) {
                if (f.requirement() == FieldSpec.Requirement.MANDATORY) {
                    assertThat(r.get(f.name())).as(r.table() + "/" + f.name()).isPresent();
                }
            }
            assertThat(r.check()).isEmpty();
        }
    }

    @Test
    void eachPaperAppearsExactlyWhenItApplies() {
        ClaimTerms terms = ClaimTerms.builder().papers(INPATIENT_PAPERS).build();
        // absconding (MA_LOAI_RV 3) gets no discharge paper; the record summary stays
        assertThat(ClaimMapping.episode(as(EncounterClass.INPATIENT, DischargeType.ABSCONDED), terms).tables())
                .containsKey(ClaimsTable.XML8).doesNotContainKey(ClaimsTable.XML7);
        // day inpatient: both; a commune stay (06): the summary only; under 4 hours (09): the discharge paper only
        assertThat(ClaimMapping.episode(as(EncounterClass.DAY_INPATIENT, DischargeType.DISCHARGED), terms).tables())
                .containsKeys(ClaimsTable.XML7, ClaimsTable.XML8);
        assertThat(ClaimMapping.episode(as(EncounterClass.COMMUNE_STAY, DischargeType.DISCHARGED), terms).tables())
                .containsKey(ClaimsTable.XML8).doesNotContainKey(ClaimsTable.XML7);
        assertThat(ClaimMapping.episode(as(EncounterClass.INPATIENT_UNDER_4_HOURS, DischargeType.DISCHARGED), terms)
                .tables()).containsKey(ClaimsTable.XML7).doesNotContainKey(ClaimsTable.XML8);
        // outpatient treatment and examination: neither; an inpatient stay not yet discharged: neither
        assertThat(ClaimMapping.episode(as(EncounterClass.OUTPATIENT_TREATMENT, DischargeType.DISCHARGED), terms)
                .tables()).doesNotContainKeys(ClaimsTable.XML7, ClaimsTable.XML8, ClaimsTable.XML13,
                        ClaimsTable.XML14);
        MedicalRecord staying = as(EncounterClass.INPATIENT, DischargeType.DISCHARGED);
        staying = staying.toBuilder().encounter(staying.encounter().toBuilder().discharge(null).build()).build();
        assertThat(ClaimMapping.episode(staying, ClaimTerms.builder().build()).tables().keySet())
                .doesNotContain(ClaimsTable.XML7, ClaimsTable.XML8);
    }

    private static MedicalRecord referred() {
        MedicalRecord r = as(EncounterClass.EXAMINATION, DischargeType.REFERRED_PROFESSIONAL);
        Referral referral = Referral.builder().toFacilityCode("79002").referredAt(LocalDateTime.of(2026, 11, 1, 11, 0))
                .reason("Vượt khả năng chuyên môn").referralNumber("CT-0815")
                .clinicalSummary("Sốt cao, khó thở").build();
        return r.toBuilder().encounter(r.encounter().toBuilder().referral(referral).build()).build();
    }

    private static PaperTerms.Builder referralPapers() {
        return PaperTerms.builder().headOfFacilityCode(HEAD).referralFileNumber("HS-77").referralPaperNumber("GCT-12")
                .pathologyCourse("Sốt 3 ngày, ho, khó thở tăng dần").resultsSummary("X-quang: viêm phổi")
                .referralReasonCode(2).treatmentPlan("Điều trị nội trú chuyên khoa hô hấp").transport("Xe cứu thương");
    }

    @Test
    void aReferralHasItsReferralPaperInTheProfilesFieldNames() {
        // 2026-11: QĐ 3176 (2026 amendment), whose XML13 has MA_CSKCB_DEN and no TEN_DICH_VU
        ClaimEpisode claim = ClaimMapping.episode(referred(), ClaimTerms.builder().papers(referralPapers().build())
                .build());
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        TableRecord x13 = claim.table(ClaimsTable.XML13).get(0);
        assertThat(x13.spec()).isEqualTo(ClaimsProfile.QD3176_2026.catalogue().table(ClaimsTable.XML13));
        assertThat(x1.get("MA_NOI_DEN")).contains("79002");
        assertThat(x13.get("MA_CSKCB_DEN")).contains("79002");
        assertThat(x13.spec().field("TEN_DICH_VU")).isEmpty();
        assertThat(x13.get("SO_HOSO")).contains("HS-77");
        assertThat(x13.get("SO_CHUYENTUYEN")).contains("CT-0815");
        assertThat(x13.get("GIAY_CHUYEN_TUYEN")).contains("GCT-12");
        assertThat(x13.get("DAU_HIEU_LS")).contains("Sốt cao, khó thở");
        assertThat(x13.get("QT_BENHLY")).contains("Sốt 3 ngày, ho, khó thở tăng dần");
        assertThat(x13.get("MA_LYDO_CT")).contains("2");
        assertThat(x13.get("MA_LOAI_RV")).contains("2").isEqualTo(x1.get("MA_LOAI_RV"));
        assertThat(x13.get("HO_TEN")).isEqualTo(x1.get("HO_TEN")).isPresent();
        assertThat(x13.get("MA_BAC_SI")).contains("001234/HCM-CCHN");
        assertThat(x13.get("MA_TTDV")).contains(HEAD);
        // reads back as it was built, in its profile
        byte[] file = ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1), List.of(claim))
                .write();
        ClaimsFile read = ClaimsFile.read(file);
        assertThat(read.profile()).isEqualTo(ClaimsProfile.QD3176_2026);
        assertThat(read.episodes()).containsExactly(claim);

        // QĐ 4750 names them MA_NOI_DEN and requires TEN_DICH_VU (portal sheet: Y)
        EmrException e = catchThrowableOfType(EmrException.class, () -> ClaimMapping.episode(referred(),
                ClaimTerms.builder().papers(referralPapers().build()).build(), ClaimsProfile.QD4750));
        assertThat(paths(e)).containsExactly("HOSO[" + MA_LK + "]/XML13/TEN_DICH_VU");
        ClaimEpisode qd4750 = ClaimMapping.episode(referred(), ClaimTerms.builder()
                .papers(referralPapers().servicesUsed("Khám nội; X-quang ngực thẳng").build()).build(),
                ClaimsProfile.QD4750);
        TableRecord x13of4750 = qd4750.table(ClaimsTable.XML13).get(0);
        assertThat(x13of4750.get("MA_NOI_DEN")).contains("79002");
        assertThat(x13of4750.get("TEN_DICH_VU")).contains("Khám nội; X-quang ngực thẳng");
        assertThat(x13of4750.spec().fields()).hasSize(39);
    }

    @Test
    void aReferralWithoutItsReasonCodeIsRefusedAndABadCodeCannotBeGiven() {
        EmrException e = catchThrowableOfType(EmrException.class, () -> ClaimMapping.episode(referred(),
                ClaimTerms.builder().papers(PaperTerms.builder().headOfFacilityCode(HEAD).build()).build()));
        String at = "HOSO[" + MA_LK + "]/XML13/";
        // SO_CHUYENTUYEN and DAU_HIEU_LS come from the record's referral, QT_BENHLY from its discharge summary;
        // TOMTAT_KQ is optional in XML13 (CTN row 'XML13 TOMTAT_KQ': "Sửa thành Không bắt buộc trường này")
        assertThat(paths(e)).containsExactlyInAnyOrder(at + "SO_HOSO", at + "GIAY_CHUYEN_TUYEN",
                at + "MA_LYDO_CT", at + "HUONG_DIEU_TRI", at + "PHUONGTIEN_VC");
        for (int bad : new int[] {0, 4, -1}) {
            EmrException refused = catchThrowableOfType(EmrException.class,
                    () -> PaperTerms.builder().referralReasonCode(bad).build());
            assertThat(refused.code()).isEqualTo(ClaimsError.PAPER_REFERRAL_REASON);
        }
        // a paper value too long for its field is refused as any table value is
        EmrException tooLong = catchThrowableOfType(EmrException.class, () -> ClaimMapping.episode(referred(),
                ClaimTerms.builder().papers(referralPapers().referralFileNumber("9".repeat(51)).build()).build()));
        assertThat(tooLong.code()).isEqualTo(ClaimsError.FIELD_TOO_LONG);
        assertThat(paths(tooLong)).containsExactly("XML13/SO_HOSO");
    }

    @Test
    void paperTermsShowNoValueInToString() {
        PaperTerms t = referralPapers().escortName("Lê Văn Cường").build();
        assertThat(t.toString()).doesNotContain("Lê Văn", "HS-77", HEAD).contains("given=9");
        assertThat(PaperTerms.none().given()).isZero();
    }

    /** The sample visit moved to 2024-03-15, inside QĐ 130's dates; referred, and with its follow-up. */
    private static MedicalRecord in2024() {
        MedicalRecord r = referred();
        Encounter e = r.encounter();
        Discharge d = e.discharge().orElseThrow().toBuilder().dischargedAt(LocalDateTime.of(2024, 3, 15, 11, 30))
                .build();
        return r.toBuilder().encounter(e.toBuilder().admittedAt(LocalDateTime.of(2024, 3, 15, 7, 30)).discharge(d)
                .appointment(VISIT.encounter().appointment().orElseThrow()).build()).build();
    }

    @Test
    void underQd130TheClaimHasNo4750FieldOrTableAndReadsBackAsQd130() {
        ClaimEpisode claim = ClaimMapping.episode(in2024(), ClaimTerms.builder().build());
        // QĐ 130 had no referral (XML13) or follow-up (XML14) table: they are not part of its claim
        assertThat(claim.tables().keySet()).containsExactly(ClaimsTable.XML1, ClaimsTable.XML2, ClaimsTable.XML3,
                ClaimsTable.XML4);
        TableRecord x1 = claim.table(ClaimsTable.XML1).get(0);
        assertThat(x1.spec()).isEqualTo(ClaimsProfile.QD130.catalogue().table(ClaimsTable.XML1));
        assertThat(x1.spec().field("NHOM_MAU")).isEmpty();
        String xml1 = new String(TableDocument.write(ClaimsTable.XML1, List.of(x1)), StandardCharsets.UTF_8);
        assertThat(xml1).doesNotContain("NHOM_MAU").contains("<MA_LOAI_KCB>01</MA_LOAI_KCB>");
        byte[] file = ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2024, 3, 16), List.of(claim))
                .write();
        ClaimsFile read = ClaimsFile.read(file);
        assertThat(read.profile()).isEqualTo(ClaimsProfile.QD130);
        assertThat(read.episodes()).containsExactly(claim);
        assertThat(read.episodes().get(0).table(ClaimsTable.XML1).get(0).spec().field("NHOM_MAU")).isEmpty();
        // an element of neither profile is refused with its code and place, not taken for a profile's mark
        String xml1Base64 = java.util.Base64.getEncoder().encodeToString(xml1.getBytes(StandardCharsets.UTF_8));
        String strange = xml1.replace("<MA_LOAI_KCB>", "<NO_SUCH_FIELD></NO_SUCH_FIELD><MA_LOAI_KCB>");
        byte[] hostile = new String(file, StandardCharsets.UTF_8).replace(xml1Base64, java.util.Base64.getEncoder()
                .encodeToString(strange.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        assertThat(hostile).isNotEqualTo(file);
        EmrException unknown = catchThrowableOfType(EmrException.class, () -> ClaimsFile.read(hostile));
        assertThat(unknown.code()).isEqualTo(ClaimsError.FIELD_UNKNOWN);
        assertThat(unknown.issues().get(0).path()).startsWith("HOSO[1]/FILEHOSO[1]");

        // the same dates built to QĐ 4750 carry its NHOM_MAU element (empty): the reader sees a 4750 file
        ClaimEpisode as4750 = ClaimMapping.episode(in2024(), ClaimTerms.builder().papers(referralPapers()
                .servicesUsed("Khám nội").appointmentPaperNumber("HKL-1").appointmentPaperDate(LocalDate.of(2024, 3,
                        15)).build()).build(), ClaimsProfile.QD4750);
        assertThat(as4750.tables()).containsKeys(ClaimsTable.XML13, ClaimsTable.XML14);
        ClaimsFile read4750 = ClaimsFile.read(ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2024, 3, 16),
                List.of(as4750)).write());
        assertThat(read4750.profile()).isEqualTo(ClaimsProfile.QD4750);
        assertThat(read4750.episodes()).containsExactly(as4750);
        // only XML1 4750's: still 4750 by its NHOM_MAU element
        ClaimEpisode onlySummary = ClaimEpisode.of(java.util.Map.of(ClaimsTable.XML1,
                as4750.table(ClaimsTable.XML1)));
        assertThat(ClaimsFile.read(ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2024, 3, 16),
                List.of(onlySummary)).write()).profile()).isEqualTo(ClaimsProfile.QD4750);
    }

    @Test
    void xml13IsRefusedUnderQd130WhenBuiltAndWhenRead() {
        EmrException built = catchThrowableOfType(EmrException.class,
                () -> TableRecord.builder(ClaimsProfile.QD130, ClaimsTable.XML13));
        assertThat(built.code()).isEqualTo(ClaimsError.TABLE_NOT_IN_PROFILE);
        assertThat(built.issues().get(0).message(Locale.ENGLISH)).contains("XML13");
        ClaimEpisode qd4750 = ClaimMapping.episode(referred(), ClaimTerms.builder()
                .papers(referralPapers().servicesUsed("Khám nội").build()).build(), ClaimsProfile.QD4750);
        byte[] xml13 = TableDocument.write(ClaimsTable.XML13, qd4750.table(ClaimsTable.XML13));
        EmrException read = catchThrowableOfType(EmrException.class,
                () -> TableDocument.read(ClaimsProfile.QD130, ClaimsTable.XML13, xml13));
        assertThat(read.code()).isEqualTo(ClaimsError.TABLE_NOT_IN_PROFILE);
        for (ClaimsTable t : List.of(ClaimsTable.XML14, ClaimsTable.XML15)) {
            assertThat(catchThrowableOfType(EmrException.class, () -> TableRecord.builder(ClaimsProfile.QD130, t))
                    .code()).isEqualTo(ClaimsError.TABLE_NOT_IN_PROFILE);
        }
        // a claim dated before QĐ 130 applied (QĐ 4210) is refused
        MedicalRecord r = in2024();
        Encounter e = r.encounter();
        MedicalRecord old = r.toBuilder().encounter(e.toBuilder().admittedAt(LocalDateTime.of(2023, 8, 31, 8, 0))
                .discharge(e.discharge().orElseThrow().toBuilder().dischargedAt(LocalDateTime.of(2023, 8, 31, 9, 0))
                        .build()).build()).build();
        assertThat(catchThrowableOfType(EmrException.class, () -> ClaimMapping.episode(old,
                ClaimTerms.builder().build())).code()).isEqualTo(ClaimsError.PROFILE_UNSUPPORTED);
    }
}
