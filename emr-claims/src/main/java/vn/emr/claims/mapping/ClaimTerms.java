package vn.emr.claims.mapping;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.emr.claims.money.BaseSalary;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;

/**
 * What an episode's claim needs beyond its medical record: the benefit rate ({@code MUC_HUONG}, from the card's level,
 * the referral status and the fund's rules), the beneficiary code ({@code MA_DOITUONG_KCB}), whether the low-cost rule
 * applies (a visit below 15 % of the base salary is paid in full), each line's terms, and the values of the papers
 * (XML7, XML8, XML13, XML14) the record does not hold. Immutable; made with {@link #builder()} or
 * {@link #selfPaying()}.
 *
 * @param benefitRate {@code MUC_HUONG} of every line, percent (0 for a patient without insurance)
 * @param beneficiaryCode {@code MA_DOITUONG_KCB}, empty when not given
 * @param lowCostRule the base salary to apply the 15 % rule with, empty when it does not apply
 * @param drugTerms the terms of each drug line
 * @param serviceTerms the terms of each service line
 * @param supplyTerms the terms of each supply line
 * @param papers the values of the episode's papers that the record does not hold
 * @param inpatientAdmission {@code NGAY_VAO_NOI_TRU} and {@code LY_DO_VNT} of XML0 and XML1: when the doctor ordered
 *     inpatient (or day-inpatient) treatment, and why; the record holds only the visit's start ({@code NGAY_VAO});
 *     empty when not given
 */
public record ClaimTerms(BigDecimal benefitRate, Optional<String> beneficiaryCode, Optional<BaseSalary> lowCostRule,
        Function<MedicationLine, LineTerms> drugTerms, Function<ServiceLine, LineTerms> serviceTerms,
        Function<SupplyLine, LineTerms> supplyTerms, PaperTerms papers, Optional<InpatientAdmission> inpatientAdmission) {

    /**
     * When the doctor ordered inpatient treatment ({@code NGAY_VAO_NOI_TRU}) and why ({@code LY_DO_VNT}, which XML0
     * requires whenever the time is given: the portal sheet's "Chỉ bắt buộc khi NGAY_VAO_NOI_TRU not null").
     * {@code toString()} hides the reason (clinical text).
     *
     * @param orderedAt the time inpatient treatment was ordered
     * @param reason the reason for inpatient treatment, including clinical symptoms
     */
    public record InpatientAdmission(java.time.LocalDateTime orderedAt, String reason) {
        /** Checks that both are given. */
        public InpatientAdmission {
            Objects.requireNonNull(orderedAt, "orderedAt");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "InpatientAdmission[orderedAt=" + orderedAt + ", reason=***]";
        }
    }

    /** The terms without an inpatient admission. */
    public ClaimTerms(BigDecimal benefitRate, Optional<String> beneficiaryCode, Optional<BaseSalary> lowCostRule,
            Function<MedicationLine, LineTerms> drugTerms, Function<ServiceLine, LineTerms> serviceTerms,
            Function<SupplyLine, LineTerms> supplyTerms, PaperTerms papers) {
        this(benefitRate, beneficiaryCode, lowCostRule, drugTerms, serviceTerms, supplyTerms, papers, Optional.empty());
    }

    /** Checks that every part is given. */
    public ClaimTerms {
        Objects.requireNonNull(benefitRate, "benefitRate");
        Objects.requireNonNull(beneficiaryCode, "beneficiaryCode");
        Objects.requireNonNull(lowCostRule, "lowCostRule");
        Objects.requireNonNull(drugTerms, "drugTerms");
        Objects.requireNonNull(serviceTerms, "serviceTerms");
        Objects.requireNonNull(supplyTerms, "supplyTerms");
        Objects.requireNonNull(papers, "papers");
        inpatientAdmission = Objects.requireNonNullElse(inpatientAdmission, Optional.empty());
    }

    /** The same terms with this {@code MA_DOITUONG_KCB}. */
    public ClaimTerms withBeneficiaryCode(String code) {
        return new ClaimTerms(benefitRate, Optional.of(code), lowCostRule, drugTerms, serviceTerms, supplyTerms, papers,
                inpatientAdmission);
    }

    /** The same terms with these paper values. */
    public ClaimTerms withPapers(PaperTerms values) {
        return new ClaimTerms(benefitRate, beneficiaryCode, lowCostRule, drugTerms, serviceTerms, supplyTerms, values,
                inpatientAdmission);
    }

    /** The same terms with this inpatient admission ({@code NGAY_VAO_NOI_TRU}, {@code LY_DO_VNT}). */
    public ClaimTerms withInpatientAdmission(java.time.LocalDateTime orderedAt, String reason) {
        return new ClaimTerms(benefitRate, beneficiaryCode, lowCostRule, drugTerms, serviceTerms, supplyTerms, papers,
                Optional.of(new InpatientAdmission(orderedAt, reason)));
    }

    /**
     * The terms of a patient without insurance, whose visit still feeds the VNeID health book through the same gateway
     * ({@code domain/emr-model.md} §2.9): benefit 0 and a fund rate ({@code TYLE_TT_BH}) of 0 on every line, so nothing
     * is at the fund's price ({@code THANH_TIEN_BH} 0) and the patient pays it all outside the fund's scope
     * ({@code T_BNTT}), with no co-payment ({@code T_BNCCT} is the share of an insured cost).
     */
    public static ClaimTerms selfPaying() {
        return builder().benefitRate(BigDecimal.ZERO).drugTerms(line -> LineTerms.inScope(4).withInsuranceRate(0))
                .serviceTerms(line -> LineTerms.inScope(13).withInsuranceRate(0))
                .supplyTerms(line -> LineTerms.inScope(10).withInsuranceRate(0)).build();
    }

    /**
     * A builder: benefit 80, no beneficiary code, no low-cost rule, drugs in group 4, services 13, supplies 10, no
     * paper values.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ClaimTerms}. */
    public static final class Builder {
        private BigDecimal benefitRate = BigDecimal.valueOf(80);
        private String beneficiaryCode;
        private BaseSalary lowCostRule;
        private Function<MedicationLine, LineTerms> drugTerms = line -> LineTerms.inScope(4);
        private Function<ServiceLine, LineTerms> serviceTerms = line -> LineTerms.inScope(13);
        private Function<SupplyLine, LineTerms> supplyTerms = line -> LineTerms.inScope(10);
        private PaperTerms papers = PaperTerms.none();
        private InpatientAdmission inpatientAdmission;

        private Builder() {
        }

        /** {@code MUC_HUONG}, percent (see {@code BenefitRates}). */
        public Builder benefitRate(BigDecimal percent) {
            this.benefitRate = percent;
            return this;
        }

        /** {@code MA_DOITUONG_KCB}. */
        public Builder beneficiaryCode(String code) {
            this.beneficiaryCode = code;
            return this;
        }

        /** Applies the 15 %-of-base-salary rule with this table. */
        public Builder lowCostRule(BaseSalary salary) {
            this.lowCostRule = salary;
            return this;
        }

        /** The terms of each drug line. */
        public Builder drugTerms(Function<MedicationLine, LineTerms> terms) {
            this.drugTerms = terms;
            return this;
        }

        /** The terms of each service line. */
        public Builder serviceTerms(Function<ServiceLine, LineTerms> terms) {
            this.serviceTerms = terms;
            return this;
        }

        /** The terms of each supply line. */
        public Builder supplyTerms(Function<SupplyLine, LineTerms> terms) {
            this.supplyTerms = terms;
            return this;
        }

        /** The values of the episode's papers that the record does not hold. */
        public Builder papers(PaperTerms values) {
            this.papers = values;
            return this;
        }

        /**
         * When the doctor ordered inpatient treatment ({@code NGAY_VAO_NOI_TRU}) and why ({@code LY_DO_VNT}), written
         * to XML0 and XML1.
         */
        public Builder inpatientAdmission(java.time.LocalDateTime orderedAt, String reason) {
            this.inpatientAdmission = new InpatientAdmission(orderedAt, reason);
            return this;
        }

        /** The terms. */
        public ClaimTerms build() {
            return new ClaimTerms(benefitRate, Optional.ofNullable(beneficiaryCode), Optional.ofNullable(lowCostRule),
                    drugTerms, serviceTerms, supplyTerms, papers, Optional.ofNullable(inpatientAdmission));
        }
    }
}
