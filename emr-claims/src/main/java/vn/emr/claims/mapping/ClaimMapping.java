package vn.emr.claims.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.money.BenefitRates;
import vn.emr.claims.money.EpisodeTotals;
import vn.emr.claims.money.FundingParts;
import vn.emr.claims.money.LineCharge;
import vn.emr.claims.money.LineMoney;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;

/**
 * The claim of one episode from its medical record ({@code domain/claims.md} §1.2 and §3): the summary table XML1
 * always, XML2 with the drug lines and XML3 with the service and supply lines when there are any, XML4 with the lab
 * results, XML5 with the progress notes of a treatment episode ({@code MA_LOAI_KCB} 02-06, 08, 09), in the profile of
 * the claim's own date (discharge, else admission). Line money follows {@link LineMoney}, the XML1 totals
 * {@link EpisodeTotals}; with the low-cost rule, a visit whose cost at the fund's price is below 15 % of the base
 * salary of its date gets benefit 100 on every line.
 *
 * <p>Not mapped yet: XML7 (discharge paper), XML8 (record summary), XML13 (referral) and XML14 (appointment), whose
 * mandatory fields (paper numbers, the signer of the paper) the record does not hold. The model holds one unit price per line, written as both {@code DON_GIA_BV} and
 * {@code DON_GIA_BH}.
 */
public final class ClaimMapping {

    private ClaimMapping() {
    }

    /**
     * The episode's claim.
     *
     * @throws EmrException a claims code ({@code EMR-CLM-...}) naming the table and field of a value that does not fit,
     *     or {@code EMR-CLM-0001} for a claim dated before 2024-07-01
     */
    public static ClaimEpisode episode(MedicalRecord record, ClaimTerms terms) {
        return episode(record, terms, ClaimsProfile.forClaimDate(claimDate(record)));
    }

    /** The claim's date: its discharge date, else its admission date. */
    public static LocalDate claimDate(MedicalRecord record) {
        Encounter e = record.encounter();
        return e.discharge().map(d -> d.dischargedAt().toLocalDate()).orElse(e.admittedAt().toLocalDate());
    }

    /** The episode's claim in the profile the caller names (to rebuild a claim as it was sent, for example). */
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
        tables.put(ClaimsTable.XML1, List.of(summary(profile, record, terms, EpisodeTotals.of(lines.all()))));
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
        return ClaimEpisode.of(tables);
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
        return TableRecord.builder(profile, ClaimsTable.XML0).set("MA_LK", e.maLk()).set("STT", 1)
                .set("MA_BN", p.patientCode().orElse(null)).set("HO_TEN", p.fullName())
                .set("SO_CCCD", p.citizenId().orElse(null))
                .set("NGAY_SINH", p.birthDate().format(vn.emr.claims.table.FieldRules.DATE) + "0000")
                .set("GIOI_TINH", p.sex().code()).set("MA_THE_BHYT", p.insuranceCardNumber().orElse(null))
                .set("MA_DOITUONG_KCB", terms.beneficiaryCode().orElse(null)).set("NGAY_VAO", e.admittedAt())
                .set("MA_LOAI_KCB", e.encounterClass().code()).set("MA_CSKCB", record.facility().code()).build();
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
                .set("DIEN_THOAI", p.phone().orElse(null)).set("MA_THE_BHYT", p.insuranceCardNumber().orElse(null))
                .set("LY_DO_VV", e.reasonForVisit().orElse(null))
                .set("MA_BENH_CHINH", e.mainDiagnosis().map(Diagnosis::code).orElse(null))
                .set("MA_BENH_KT", e.secondaryDiagnoses().stream().map(Diagnosis::code)
                        .collect(Collectors.joining(";")))
                .set("MA_DOITUONG_KCB", terms.beneficiaryCode().orElse(null)).set("NGAY_VAO", e.admittedAt());
        e.discharge().ifPresent(d -> b.set("NGAY_RA", d.dischargedAt()).set("KET_QUA_DTRI", d.result().code())
                .set("MA_LOAI_RV", d.type().code()));
        return b.set("T_THUOC", totals.tThuoc()).set("T_VTYT", totals.tVtyt())
                .set("T_TONGCHI_BV", totals.tTongChiBv()).set("T_TONGCHI_BH", totals.tTongChiBh())
                .set("T_BNTT", totals.tBntt()).set("T_BNCCT", totals.tBncct()).set("T_BHTT", totals.tBhtt())
                .set("T_NGUONKHAC", totals.tNguonKhac()).set("T_BHTT_GDV", totals.tBhttGdv())
                .set("MA_LOAI_KCB", e.encounterClass().code()).set("MA_KHOA", e.departmentCode().orElse(null))
                .set("MA_CSKCB", record.facility().code()).build();
    }

    private static TableRecord.Builder money(TableRecord.Builder b, LineMoney m, LineTerms t) {
        FundingParts f = m.otherFunding();
        return b.set("MA_NHOM", t.costGroup()).set("PHAM_VI", t.scope()).set("TYLE_TT_BH", t.insuranceRate())
                .set("THANH_TIEN_BV", m.thanhTienBv()).set("THANH_TIEN_BH", m.thanhTienBh())
                .set("T_NGUONKHAC_NSNN", f.stateBudget()).set("T_NGUONKHAC_VTNN", f.foreignAid())
                .set("T_NGUONKHAC_VTTN", f.domesticAid()).set("T_NGUONKHAC_CL", f.otherSources())
                .set("T_NGUONKHAC", m.tNguonKhac()).set("MUC_HUONG", m.charge().benefitRate())
                .set("T_BNTT", m.tBntt()).set("T_BNCCT", m.tBncct()).set("T_BHTT", m.tBhtt())
                .set("MA_PTTT", t.paymentMethod());
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
                .set("SO_LUONG", line.quantity()).set("DON_GIA_BV", line.unitPrice())
                .set("DON_GIA_BH", line.unitPrice()).set("TYLE_TT_DV", t.serviceRate())
                .set("MA_KHOA", line.departmentCode().or(e::departmentCode).orElse(null))
                .set("MA_BAC_SI", e.attendingLicense().orElse(null))
                .set("NGUOI_THUC_HIEN", line.performerLicense().orElse(null))
                .set("MA_BENH", e.mainDiagnosis().map(Diagnosis::code).orElse(null)).set("NGAY_YL", line.orderedAt())
                .set("NGAY_TH_YL", line.performedAt().orElse(null)).set("NGAY_KQ", line.resultAt().orElse(null));
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
