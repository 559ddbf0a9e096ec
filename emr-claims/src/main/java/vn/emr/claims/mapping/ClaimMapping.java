package vn.emr.claims.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.money.BenefitRates;
import vn.emr.claims.money.EpisodeTotals;
import vn.emr.claims.money.FundingParts;
import vn.emr.claims.money.LineCharge;
import vn.emr.claims.money.LineMoney;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.DischargeType;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;
import vn.emr.core.validation.Issue;

/**
 * The claim of one episode from its medical record ({@code domain/claims.md} §1.2 and §3): the summary table XML1
 * always, XML2 with the drug lines and XML3 with the service and supply lines when there are any, XML4 with the lab
 * results, XML5 with the progress notes of a treatment episode ({@code MA_LOAI_KCB} 02-06, 08, 09), in the profile of
 * the claim's own date (discharge, else admission). Line money follows {@link LineMoney}, the XML1 totals
 * {@link EpisodeTotals}; with the low-cost rule, a visit whose cost at the fund's price is below 15 % of the base
 * salary of its date gets benefit 100 on every line.
 *
 * <p>The papers, from the record and the caller's {@link PaperTerms} ({@link ClaimTerms#papers()}), each exactly when
 * it applies ({@code domain/claims.md} §1.2, §2.1):
 * <ul>
 * <li>XML7, the discharge paper: a discharged episode of {@code MA_LOAI_KCB} 03, 04 or 09 that did not end in
 * absconding ({@code MA_LOAI_RV} 3), the rule of the public checker tracnn/qlbv_public. {@code MA_YTE} is XML1's
 * {@code MA_BN}, {@code MA_KHOA_RV} the episode's department, {@code CHAN_DOAN_RV} XML1's; the archive number,
 * treatment method, the head of department's code and name, the paper's date and {@code MA_TTDV} are the terms'.</li>
 * <li>XML8, the record summary: a discharged episode of {@code MA_LOAI_KCB} 03, 04 or 06 (the portal sheet: "Bảng 8
 * chỉ có khi MA_LOAI_KCB in ('03','04','06')"). {@code QT_BENHLY} is the terms' course of illness, else the
 * discharge summary; {@code KET_QUA_DTRI} the discharge result; the admission diagnosis, results summary, treatment
 * method, the paper's date and {@code MA_TTDV} are the terms'.</li>
 * <li>XML13, the referral paper: an episode with a referral, or discharged as referred ({@code MA_LOAI_RV} 2 or 5).
 * The fields the decision takes from XML1 are copied from XML1 (which now carries the referral's destination as
 * {@code MA_NOI_DEN}); {@code SO_CHUYENTUYEN} is the terms', else the referral's number; {@code DAU_HIEU_LS} the
 * terms', else the referral's clinical summary; {@code MA_BAC_SI} the attending practitioner's licence; the other
 * values are the terms'. Under QĐ 3176 the same values go under its field names ({@code MA_CSKCB_DEN}...), and
 * {@code TEN_DICH_VU}, {@code TEN_THUOC} are not written.</li>
 * <li>XML14, the follow-up paper: an episode with an appointment. {@code NGAY_HEN_KL} is the appointment's date at
 * {@code 0000} (the record holds no time); the fields the decision takes from XML1 are copied from XML1;
 * {@code MA_BAC_SI} is the attending practitioner's licence; the paper's number and date and {@code MA_TTDV} are the
 * terms'.</li>
 * </ul>
 * A paper that applies is never left out: when a field the catalogue marks mandatory ({@code Y}) is neither in the
 * record nor in the terms, the claim is refused with {@link ClaimsError#PAPER_VALUE_MISSING}, one issue per field at
 * {@code HOSO[<MA_LK>]/<table>/<field>}. Conditional fields are not required. Under QĐ 130, which has no XML13 or
 * XML14, those papers are not part of the claim. XML1 also carries {@code CHAN_DOAN_RV} (the descriptions of the main
 * then the secondary diagnoses, joined by {@code "; "}) and {@code CHAN_DOAN_VAO} when the terms give it.
 *
 * <p>The model holds one unit price per line, written as both {@code DON_GIA_BV} and {@code DON_GIA_BH}.
 */
public final class ClaimMapping {

    private ClaimMapping() {
    }

    /**
     * The episode's claim.
     *
     * @throws EmrException a claims code ({@code EMR-CLM-...}) naming the table and field of a value that does not fit,
     *     {@link ClaimsError#PAPER_VALUE_MISSING} for each mandatory value of an applicable paper neither in the record
     *     nor in the terms, or {@code EMR-CLM-0001} for a claim dated before 2023-09-01
     */
    public static ClaimEpisode episode(MedicalRecord record, ClaimTerms terms) {
        return episode(record, terms, ClaimsProfile.forClaimDate(claimDate(record)));
    }

    /** The claim's date: its discharge date, else its admission date. */
    public static LocalDate claimDate(MedicalRecord record) {
        Encounter e = record.encounter();
        return e.discharge().map(d -> d.dischargedAt().toLocalDate()).orElse(e.admittedAt().toLocalDate());
    }

    /**
     * The episode's claim in the profile the caller names (to rebuild a claim as it was sent, for example).
     *
     * @throws EmrException as {@link #episode(MedicalRecord, ClaimTerms)} does
     */
    public static ClaimEpisode episode(MedicalRecord record, ClaimTerms terms, ClaimsProfile profile) {
        Encounter e = record.encounter();
        LocalDate claimDate = claimDate(record);
        BigDecimal benefit = terms.benefitRate();
        Lines lines = lines(e, terms, benefit);
        if (terms.lowCostRule().isPresent() && benefit.signum() > 0 && benefit.compareTo(BenefitRates.full()) < 0
                && BenefitRates.belowLowCostThreshold(EpisodeTotals.of(lines.all()).tTongChiBh(), claimDate,
                        terms.lowCostRule().get())) {
            lines = lines(e, terms, BenefitRates.full());
        }
        Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
        TableRecord summary = summary(profile, record, terms, EpisodeTotals.of(lines.all()));
        tables.put(ClaimsTable.XML1, List.of(summary));
        if (!lines.drugs.isEmpty()) {
            List<TableRecord> rows = new ArrayList<>();
            for (int i = 0; i < lines.drugs.size(); i++) {
                rows.add(drug(profile, e, e.medications().get(i), lines.drugs.get(i), lines.drugTerms.get(i), i + 1));
            }
            tables.put(ClaimsTable.XML2, rows);
        }
        if (!lines.services.isEmpty() || !lines.supplies.isEmpty()) {
            List<TableRecord> rows = new ArrayList<>();
            int stt = 1;
            for (int i = 0; i < lines.services.size(); i++) {
                rows.add(service(profile, e, e.services().get(i), lines.services.get(i), lines.serviceTerms.get(i),
                        stt++));
            }
            for (int i = 0; i < lines.supplies.size(); i++) {
                rows.add(supply(profile, e, e.supplies().get(i), lines.supplies.get(i), lines.supplyTerms.get(i),
                        stt++));
            }
            tables.put(ClaimsTable.XML3, rows);
        }
        if (!e.labResults().isEmpty()) {
            List<TableRecord> rows = new ArrayList<>();
            int stt = 1;
            for (LabResult r : e.labResults()) {
                rows.add(TableRecord.builder(profile, ClaimsTable.XML4).set("MA_LK", e.maLk()).set("STT", stt++)
                        .set("MA_DICH_VU", r.serviceCode()).set("MA_CHI_SO", r.indicatorCode().orElse(null))
                        .set("TEN_CHI_SO", r.indicatorName()).set("GIA_TRI", r.value())
                        .set("DON_VI_DO", r.unit().orElse(null)).set("NGAY_KQ", r.resultAt())
                        .set("MA_BS_DOC_KQ", r.performerLicense().orElse(null)).build());
            }
            tables.put(ClaimsTable.XML4, rows);
        }
        if (TREATMENT.contains(e.encounterClass().code()) && !e.notes().isEmpty()) {
            List<TableRecord> rows = new ArrayList<>();
            int stt = 1;
            for (ProgressNote n : e.notes()) {
                rows.add(TableRecord.builder(profile, ClaimsTable.XML5).set("MA_LK", e.maLk()).set("STT", stt++)
                        .set("DIEN_BIEN_LS", n.text()).set("THOI_DIEM_DBLS", n.recordedAt())
                        .set("NGUOI_THUC_HIEN", n.authorLicense()).build());
            }
            tables.put(ClaimsTable.XML5, rows);
        }
        papers(profile, record, terms.papers(), summary, tables);
        return ClaimEpisode.of(tables);
    }

    /** Kinds of visit whose discharge gets a discharge paper, XML7 (tracnn/qlbv_public; claims.md §2.1). */
    private static final Set<String> DISCHARGE_PAPER = Set.of("03", "04", "09");

    /** Kinds of visit with a record summary, XML8 (the portal sheet's rule; claims.md §2.1, §2.5). */
    private static final Set<String> RECORD_SUMMARY = Set.of("03", "04", "06");

    /** XML13 fields the decision fills from XML1 ("Sử dụng thông tin tại trường ... trong Bảng 1"), by XML1 name. */
    private static final List<String> REFERRAL_FROM_SUMMARY = List.of("MA_CSKCB", "MA_NOI_DI", "MA_NOI_DEN", "HO_TEN",
            "NGAY_SINH", "GIOI_TINH", "MA_QUOCTICH", "MA_DANTOC", "MA_NGHE_NGHIEP", "DIA_CHI", "MA_THE_BHYT",
            "GT_THE_DEN", "NGAY_VAO", "NGAY_VAO_NOI_TRU", "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT",
            "MA_BENH_YHCT", "PP_DIEU_TRI", "MA_LOAI_RV");

    /** XML14 fields the decision fills from XML1, by XML1 name. */
    private static final List<String> APPOINTMENT_FROM_SUMMARY = List.of("MA_CSKCB", "HO_TEN", "NGAY_SINH",
            "GIOI_TINH", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO", "NGAY_VAO_NOI_TRU", "NGAY_RA",
            "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_BENH_YHCT", "MA_DOITUONG_KCB");

    /** QĐ 3176's names of XML13 fields taken from XML1 under other names. */
    private static final Map<String, String> QD3176_REFERRAL_NAMES = Map.of("MA_CSKCB_DI", "MA_NOI_DI", "MA_CSKCB_DEN",
            "MA_NOI_DEN");

    /** XML7, XML8, XML13 and XML14, each when it applies (see the class comment). */
    private static void papers(ClaimsProfile profile, MedicalRecord record, PaperTerms t, TableRecord summary,
            Map<ClaimsTable, List<TableRecord>> tables) {
        Encounter e = record.encounter();
        Optional<Discharge> d = e.discharge();
        String kind = e.encounterClass().code();
        List<Issue> missing = new ArrayList<>();
        String ttdv = t.headOfFacilityCode().orElse(null);
        if (d.isPresent() && DISCHARGE_PAPER.contains(kind) && d.get().type() != DischargeType.ABSCONDED) {
            paper(tables, missing, e.maLk(), TableRecord.builder(profile, ClaimsTable.XML7).set("MA_LK", e.maLk())
                    .set("SO_LUU_TRU", t.archiveNumber().orElse(null))
                    .set("MA_YTE", summary.get("MA_BN").orElse(null))
                    .set("MA_KHOA_RV", e.departmentCode().orElse(null)).set("NGAY_VAO", e.admittedAt())
                    .set("NGAY_RA", d.get().dischargedAt())
                    .set("CHAN_DOAN_RV", summary.get("CHAN_DOAN_RV").orElse(null))
                    .set("PP_DIEUTRI", t.treatmentMethod().orElse(null)).set("MA_TTDV", ttdv)
                    .set("MA_BS", t.departmentHeadCode().orElse(null))
                    .set("TEN_BS", t.departmentHeadName().orElse(null))
                    .set("NGAY_CT", t.dischargePaperDate().orElse(null)).build());
        }
        if (d.isPresent() && RECORD_SUMMARY.contains(kind)) {
            paper(tables, missing, e.maLk(), TableRecord.builder(profile, ClaimsTable.XML8).set("MA_LK", e.maLk())
                    .set("MA_LOAI_KCB", kind).set("NGAY_VAO", e.admittedAt()).set("NGAY_RA", d.get().dischargedAt())
                    .set("CHAN_DOAN_VAO", t.admissionDiagnosis().orElse(null))
                    .set("CHAN_DOAN_RV", summary.get("CHAN_DOAN_RV").orElse(null))
                    .set("QT_BENHLY", t.pathologyCourse().or(() -> d.get().summary()).orElse(null))
                    .set("TOMTAT_KQ", t.resultsSummary().orElse(null))
                    .set("PP_DIEUTRI", t.treatmentMethod().orElse(null))
                    .set("KET_QUA_DTRI", d.get().result().code()).set("MA_TTDV", ttdv)
                    .set("NGAY_CT", t.recordSummaryDate().orElse(null)).build());
        }
        boolean referred = e.referral().isPresent() || d.map(x -> x.type().isReferral()).orElse(false);
        if (referred && profile.catalogue().has(ClaimsTable.XML13)) {
            Optional<Referral> ref = e.referral();
            TableSpec spec = profile.catalogue().table(ClaimsTable.XML13);
            TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML13).set("MA_LK", e.maLk())
                    .set("SO_HOSO", t.referralFileNumber().orElse(null))
                    .set("SO_CHUYENTUYEN", t.referralBookNumber().or(() -> ref.flatMap(Referral::referralNumber))
                            .orElse(null))
                    .set("GIAY_CHUYEN_TUYEN", t.referralPaperNumber().orElse(null));
            fromSummary(b, spec, summary, REFERRAL_FROM_SUMMARY);
            QD3176_REFERRAL_NAMES.forEach((name, xml1) -> {
                if (spec.field(name).isPresent()) {
                    b.set(name, summary.get(xml1).orElse(null));
                }
            });
            b.set("DAU_HIEU_LS", t.clinicalSigns().or(() -> ref.flatMap(Referral::clinicalSummary)).orElse(null))
                    .set("QT_BENHLY", t.pathologyCourse().or(() -> d.flatMap(Discharge::summary)).orElse(null))
                    .set("TOMTAT_KQ", t.resultsSummary().orElse(null));
            ifPresent(b, spec, "TEN_DICH_VU", t.servicesUsed());
            ifPresent(b, spec, "TEN_THUOC", t.drugsUsed());
            b.set("MA_LYDO_CT", t.referralReasonCode().isPresent() ? Integer.toString(t.referralReasonCode()
                    .getAsInt()) : null).set("HUONG_DIEU_TRI", t.treatmentPlan().orElse(null))
                    .set("PHUONGTIEN_VC", t.transport().orElse(null))
                    .set("HOTEN_NGUOI_HT", t.escortName().orElse(null))
                    .set("CHUCDANH_NGUOI_HT", t.escortTitle().orElse(null))
                    .set("MA_BAC_SI", e.attendingLicense().orElse(null)).set("MA_TTDV", ttdv);
            paper(tables, missing, e.maLk(), b.build());
        }
        if (e.appointment().isPresent() && profile.catalogue().has(ClaimsTable.XML14)) {
            Appointment a = e.appointment().get();
            TableSpec spec = profile.catalogue().table(ClaimsTable.XML14);
            TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML14).set("MA_LK", e.maLk())
                    .set("SO_GIAYHEN_KL", t.appointmentPaperNumber().orElse(null));
            fromSummary(b, spec, summary, APPOINTMENT_FROM_SUMMARY);
            paper(tables, missing, e.maLk(), b.set("NGAY_HEN_KL", a.date().atStartOfDay())
                    .set("MA_BAC_SI", e.attendingLicense().orElse(null)).set("MA_TTDV", ttdv)
                    .set("NGAY_CT", t.appointmentPaperDate().orElse(null)).build());
        }
        if (!missing.isEmpty()) {
            throw new EmrException(missing);
        }
    }

    private static void fromSummary(TableRecord.Builder b, TableSpec spec, TableRecord summary, List<String> names) {
        for (String name : names) {
            if (spec.field(name).isPresent() && summary.spec().field(name).isPresent()) {
                b.set(name, summary.get(name).orElse(null));
            }
        }
    }

    private static void ifPresent(TableRecord.Builder b, TableSpec spec, String name, Optional<String> value) {
        if (spec.field(name).isPresent()) {
            b.set(name, value.orElse(null));
        }
    }

    /** Adds the paper, and an issue for each of its mandatory fields left empty. */
    private static void paper(Map<ClaimsTable, List<TableRecord>> tables, List<Issue> missing, String maLk,
            TableRecord r) {
        String table = r.table().name();
        for (FieldSpec f : r.spec().fields()) {
            if (f.requirement() == FieldSpec.Requirement.MANDATORY && r.get(f.name()).isEmpty()) {
                missing.add(Issue.error("HOSO[" + maLk + "]/" + table + "/" + f.name(),
                        ClaimsError.PAPER_VALUE_MISSING, table, f.name()));
            }
        }
        tables.put(r.table(), List.of(r));
    }

    /** Kinds of visit ({@code MA_LOAI_KCB}) whose clinical course goes in XML5 ({@code domain/claims.md} §2.1). */
    private static final java.util.Set<String> TREATMENT = java.util.Set.of("02", "03", "04", "05", "06", "08", "09");

    /**
     * The check-in row (XML0) of the episode, sent on its own as soon as the first cost arises: who, which card, when,
     * which kind of visit, where.
     */
    public static TableRecord checkIn(MedicalRecord record, ClaimTerms terms) {
        Patient p = record.patient();
        Encounter e = record.encounter();
        ClaimsProfile profile = ClaimsProfile.forClaimDate(e.admittedAt().toLocalDate());
        TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML0).set("MA_LK", e.maLk()).set("STT", 1)
                .set("MA_BN", p.patientCode().orElse(null)).set("HO_TEN", p.fullName())
                .set("SO_CCCD", p.citizenId().orElse(null))
                .set("NGAY_SINH", p.birthDate().format(vn.emr.claims.table.FieldRules.DATE) + "0000")
                .set("GIOI_TINH", p.sex().code()).set("MA_THE_BHYT", p.insuranceCardNumber().orElse(null))
                .set("MA_DOITUONG_KCB", terms.beneficiaryCode().orElse(null)).set("NGAY_VAO", e.admittedAt())
                .set("MA_LOAI_KCB", e.encounterClass().code()).set("MA_CSKCB", record.facility().code());
        if (profile.catalogue().table(ClaimsTable.XML0).indexOf("NGAY_VAO_NOI_TRU") >= 0) {
            terms.inpatientAdmission().ifPresent(a -> b.set("NGAY_VAO_NOI_TRU", a.orderedAt())
                    .set("LY_DO_VNT", a.reason()));
        }
        firstCost(e, b, profile.catalogue().table(ClaimsTable.XML0));
        return b.build();
    }

    /**
     * The check-in's first cost (XML0 is sent "as soon as the first cost arises", claims.md §2.1): the earliest ordered
     * line, as exactly one of MA_DICH_VU, MA_THUOC or MA_VAT_TU with its name, and its order time as NGAY_YL; a
     * service before a drug before a supply at the same minute. QĐ 130 before 4750 has MA_DICH_VU only: a drug or
     * supply first is then not named.
     */
    private static void firstCost(Encounter e, TableRecord.Builder b, vn.emr.claims.catalogue.TableSpec xml0) {
        java.time.LocalDateTime first = null;
        String[] chosen = null;
        for (ServiceLine s : e.services()) {
            if (first == null || s.orderedAt().isBefore(first)) {
                first = s.orderedAt();
                chosen = new String[] {"MA_DICH_VU", s.serviceCode(), "TEN_DICH_VU", s.serviceName()};
            }
        }
        for (MedicationLine m : e.medications()) {
            if (first == null || m.orderedAt().isBefore(first)) {
                first = m.orderedAt();
                chosen = new String[] {"MA_THUOC", m.drugCode(), "TEN_THUOC", m.drugName()};
            }
        }
        for (SupplyLine v : e.supplies()) {
            if (first == null || v.usedAt().isBefore(first)) {
                first = v.usedAt();
                chosen = new String[] {"MA_VAT_TU", v.supplyCode(), "TEN_VAT_TU", v.supplyName()};
            }
        }
        if (chosen != null && xml0.indexOf(chosen[0]) >= 0) {
            b.set(chosen[0], chosen[1]).set(chosen[2], chosen[3]).set("NGAY_YL", first);
        }
    }

    /** The money of every line at one benefit rate. */
    private record Lines(List<LineMoney> drugs, List<LineTerms> drugTerms, List<LineMoney> services,
            List<LineTerms> serviceTerms, List<LineMoney> supplies, List<LineTerms> supplyTerms) {

        List<LineMoney> all() {
            List<LineMoney> all = new ArrayList<>(drugs);
            all.addAll(services);
            all.addAll(supplies);
            return all;
        }
    }

    private static Lines lines(Encounter e, ClaimTerms terms, BigDecimal benefit) {
        List<LineMoney> drugs = new ArrayList<>();
        List<LineTerms> drugTerms = new ArrayList<>();
        for (MedicationLine m : e.medications()) {
            LineTerms t = terms.drugTerms().apply(m);
            drugTerms.add(t);
            drugs.add(LineMoney.of(LineCharge.drug().quantity(m.quantity()).unitPrice(m.unitPrice().toPlainString())
                    .insuranceRate(t.insuranceRate()).benefitRate(benefit).otherFunding(t.otherFunding())
                    .costGroup(t.costGroup()).paymentMethod(t.paymentMethod()).build()));
        }
        List<LineMoney> services = new ArrayList<>();
        List<LineTerms> serviceTerms = new ArrayList<>();
        for (ServiceLine s : e.services()) {
            LineTerms t = terms.serviceTerms().apply(s);
            serviceTerms.add(t);
            services.add(serviceMoney(s.quantity(), s.unitPrice(), t, benefit));
        }
        List<LineMoney> supplies = new ArrayList<>();
        List<LineTerms> supplyTerms = new ArrayList<>();
        for (SupplyLine s : e.supplies()) {
            LineTerms t = terms.supplyTerms().apply(s);
            supplyTerms.add(t);
            supplies.add(serviceMoney(s.quantity(), s.unitPrice(), t, benefit));
        }
        return new Lines(drugs, drugTerms, services, serviceTerms, supplies, supplyTerms);
    }

    private static LineMoney serviceMoney(BigDecimal quantity, BigDecimal price, LineTerms t, BigDecimal benefit) {
        String p = price.toPlainString();
        return LineMoney.of(LineCharge.service().quantity(quantity).unitPrices(p, p).serviceRate(t.serviceRate())
                .insuranceRate(t.insuranceRate()).benefitRate(benefit).otherFunding(t.otherFunding())
                .costGroup(t.costGroup()).paymentMethod(t.paymentMethod()).build());
    }

    private static TableRecord summary(ClaimsProfile profile, MedicalRecord record, ClaimTerms terms,
            EpisodeTotals totals) {
        Patient p = record.patient();
        Encounter e = record.encounter();
        TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML1).set("MA_LK", e.maLk()).set("STT", 1)
                .set("MA_BN", p.patientCode().orElse(null)).set("HO_TEN", p.fullName())
                .set("SO_CCCD", p.citizenId().orElse(null))
                .set("NGAY_SINH", p.birthDate().format(vn.emr.claims.table.FieldRules.DATE) + "0000")
                .set("GIOI_TINH", p.sex().code()).set("MA_QUOCTICH", p.nationalityCode().orElse(null))
                .set("MA_DANTOC", p.ethnicityCode().orElse(null))
                .set("MA_NGHE_NGHIEP", p.occupationCode().orElse(null)).set("DIA_CHI", p.address().orElse(null))
                .set("MATINH_CU_TRU", p.residenceProvinceCode().orElse(null))
                .set("MAHUYEN_CU_TRU", p.residenceDistrictCode().orElse(null))
                .set("MAXA_CU_TRU", p.residenceCommuneCode().orElse(null))
                .set("DIEN_THOAI", p.phone().orElse(null)).set("MA_THE_BHYT", p.insuranceCardNumber().orElse(null))
                .set("LY_DO_VV", e.reasonForVisit().orElse(null))
                .set("MA_BENH_CHINH", e.mainDiagnosis().map(Diagnosis::code).orElse(null))
                .set("MA_BENH_KT", e.secondaryDiagnoses().stream().map(Diagnosis::code)
                        .collect(Collectors.joining(";")))
                .set("CHAN_DOAN_VAO", terms.papers().admissionDiagnosis().orElse(dischargeDiagnosis(e)))
                .set("CHAN_DOAN_RV", dischargeDiagnosis(e))
                .set("MA_DOITUONG_KCB", terms.beneficiaryCode().orElse(null))
                .set("MA_NOI_DEN", e.referral().map(Referral::toFacilityCode).orElse(null))
                .set("NGAY_VAO", e.admittedAt());
        terms.inpatientAdmission().ifPresent(a -> b.set("NGAY_VAO_NOI_TRU", a.orderedAt()).set("LY_DO_VNT", a.reason()));
        e.discharge().ifPresent(d -> b.set("NGAY_RA", d.dischargedAt()).set("KET_QUA_DTRI", d.result().code())
                .set("MA_LOAI_RV", d.type().code()));
        treatmentDays(e).ifPresent(days -> b.set("SO_NGAY_DTRI", days));
        LocalDate claimDate = claimDate(record);
        e.weightKg().ifPresent(w -> b.set("CAN_NANG", w));
        return b.set("NAM_QT", claimDate.getYear()).set("THANG_QT", claimDate.getMonthValue())
                .set("MA_HSBA", record.recordId())
                .set("T_THUOC", totals.tThuoc()).set("T_VTYT", totals.tVtyt())
                .set("T_TONGCHI_BV", totals.tTongChiBv()).set("T_TONGCHI_BH", totals.tTongChiBh())
                .set("T_BNTT", totals.tBntt()).set("T_BNCCT", totals.tBncct()).set("T_BHTT", totals.tBhtt())
                .set("T_NGUONKHAC", totals.tNguonKhac()).set("T_BHTT_GDV", totals.tBhttGdv())
                .set("MA_LOAI_KCB", e.encounterClass().code()).set("MA_KHOA", e.departmentCode().orElse(null))
                .set("MA_CSKCB", record.facility().code()).build();
    }

    /**
     * {@code SO_NGAY_DTRI} as the portal sheet states it (CTN, XML1): 0 for {@code MA_LOAI_KCB} 01, 07 and 09; the
     * discharge date minus the admission date plus 1 for 02, 03, 04 and 06. The sources are cut off before 05 and
     * 08, so those (and a stay not yet discharged) get no value from the record.
     */
    private static java.util.OptionalLong treatmentDays(Encounter e) {
        return switch (e.encounterClass().code()) {
            case "01", "07", "09" -> java.util.OptionalLong.of(0);
            case "02", "03", "04", "06" -> e.discharge().map(d -> java.util.OptionalLong.of(
                    java.time.temporal.ChronoUnit.DAYS.between(e.admittedAt().toLocalDate(),
                            d.dischargedAt().toLocalDate()) + 1)).orElse(java.util.OptionalLong.empty());
            default -> java.util.OptionalLong.empty();
        };
    }

    /** The descriptions of the main, then the secondary diagnoses, joined by "; "; null when none has one. */
    private static String dischargeDiagnosis(Encounter e) {
        String text = Stream.concat(e.mainDiagnosis().stream(), e.secondaryDiagnoses().stream())
                .map(Diagnosis::description).flatMap(Optional::stream).collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private static TableRecord.Builder money(TableRecord.Builder b, LineMoney m, LineTerms t) {
        FundingParts f = m.otherFunding();
        return b.set("MA_NHOM", t.costGroup()).set("PHAM_VI", t.scope()).set("TYLE_TT_BH", t.insuranceRate())
                .set("THANH_TIEN_BV", m.thanhTienBv()).set("THANH_TIEN_BH", m.thanhTienBh())
                .set("T_NGUONKHAC_NSNN", f.stateBudget()).set("T_NGUONKHAC_VTNN", f.foreignAid())
                .set("T_NGUONKHAC_VTTN", f.domesticAid()).set("T_NGUONKHAC_CL", f.otherSources())
                .set("T_NGUONKHAC", m.tNguonKhac()).set("MUC_HUONG", m.charge().benefitRate())
                .set("T_BNTT", m.tBntt()).set("T_BNCCT", m.tBncct()).set("T_BHTT", m.tBhtt())
                .set("MA_PTTT", t.paymentMethod()).set("TT_THAU", t.tender().orElse(null));
    }

    private static TableRecord drug(ClaimsProfile profile, Encounter e, MedicationLine line, LineMoney m, LineTerms t,
            int stt) {
        TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML2).set("MA_LK", e.maLk()).set("STT", stt)
                .set("MA_THUOC", line.drugCode()).set("TEN_THUOC", line.drugName()).set("DON_VI_TINH", line.unit())
                .set("HAM_LUONG", line.strength().orElse(null)).set("DUONG_DUNG", line.routeCode().orElse(null))
                .set("LIEU_DUNG", line.dosage().orElse(null))
                .set("SO_DANG_KY", line.registrationNumber().orElse(null)).set("SO_LUONG", line.quantity())
                .set("DON_GIA", line.unitPrice()).set("MA_KHOA", e.departmentCode().orElse(null))
                .set("MA_BAC_SI", line.prescriberLicense().orElse(null)).set("NGAY_YL", line.orderedAt())
                .set("NGUON_CTRA", 1);
        return money(b, m, t).build();
    }

    private static TableRecord service(ClaimsProfile profile, Encounter e, ServiceLine line, LineMoney m, LineTerms t,
            int stt) {
        TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML3).set("MA_LK", e.maLk()).set("STT", stt)
                .set("MA_DICH_VU", line.serviceCode()).set("TEN_DICH_VU", line.serviceName())
                .set("DON_VI_TINH", line.unit().orElse(null)).set("SO_LUONG", line.quantity()).set("DON_GIA_BV", line.unitPrice())
                .set("DON_GIA_BH", line.unitPrice()).set("TYLE_TT_DV", t.serviceRate())
                .set("MA_KHOA", line.departmentCode().or(e::departmentCode).orElse(null))
                .set("MA_BAC_SI", e.attendingLicense().orElse(null))
                .set("NGUOI_THUC_HIEN", line.performerLicense().orElse(null))
                .set("MA_BENH", e.mainDiagnosis().map(Diagnosis::code).orElse(null)).set("NGAY_YL", line.orderedAt())
                .set("NGAY_TH_YL", line.performedAt().orElse(null)).set("NGAY_KQ", line.resultAt().orElse(null))
                .set("MA_MAY", t.machine().orElse(null)).set("MA_GIUONG", t.bed().orElse(null));
        return money(b, m, t).build();
    }

    private static TableRecord supply(ClaimsProfile profile, Encounter e, SupplyLine line, LineMoney m, LineTerms t,
            int stt) {
        TableRecord.Builder b = TableRecord.builder(profile, ClaimsTable.XML3).set("MA_LK", e.maLk()).set("STT", stt)
                .set("MA_VAT_TU", line.supplyCode()).set("TEN_VAT_TU", line.supplyName())
                .set("DON_VI_TINH", line.unit()).set("SO_LUONG", line.quantity()).set("DON_GIA_BV", line.unitPrice())
                .set("DON_GIA_BH", line.unitPrice()).set("TYLE_TT_DV", t.serviceRate())
                .set("MA_KHOA", e.departmentCode().orElse(null)).set("MA_BAC_SI", e.attendingLicense().orElse(null))
                .set("MA_BENH", e.mainDiagnosis().map(Diagnosis::code).orElse(null)).set("NGAY_YL", line.usedAt());
        return money(b, m, t).build();
    }
}
