package vn.emr.claims.money;

import java.math.BigDecimal;
import java.util.Objects;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * What one drug line (XML2) or service/supply line (XML3) charges, before the money fields are computed: quantity,
 * unit prices and the rates the decision multiplies them by. Immutable; made with {@link #drug()} or
 * {@link #service()}.
 *
 * @param kind which table the line belongs to
 * @param quantity {@code SO_LUONG} (3 decimal places at most)
 * @param facilityUnitPrice {@code DON_GIA} (XML2) or {@code DON_GIA_BV} (XML3), 3 decimal places at most
 * @param insuranceUnitPrice {@code DON_GIA} (XML2, the same price) or {@code DON_GIA_BH} (XML3)
 * @param serviceRate {@code TYLE_TT_DV} in percent (XML3; 100 for drugs): repeated exam visits, shared beds, a
 *     second procedure (see {@link ServiceRates})
 * @param insuranceRate {@code TYLE_TT_BH} in percent
 * @param benefitRate {@code MUC_HUONG} in percent (see {@link BenefitRates})
 * @param otherFunding {@code T_NGUONKHAC} and whom it supports
 * @param costGroup {@code MA_NHOM}, the cost group (decides the XML1 totals a line counts in)
 * @param paymentMethod {@code MA_PTTT}: 1 fee for service, 2 capitation, 3 DRG
 */
public record LineCharge(Kind kind, BigDecimal quantity, BigDecimal facilityUnitPrice, BigDecimal insuranceUnitPrice,
        BigDecimal serviceRate, BigDecimal insuranceRate, BigDecimal benefitRate, OtherFunding otherFunding,
        int costGroup, int paymentMethod) {

    /** Which table a line belongs to. */
    public enum Kind {
        /** A drug line of XML2. */
        DRUG,
        /** A service or medical-supply line of XML3. */
        SERVICE
    }

    /**
     * Checks every component: quantities and prices not negative, with at most 3 decimal places; rates from 0 to 100;
     * a drug's two unit prices equal and its service rate 100.
     */
    public LineCharge {
        Objects.requireNonNull(kind, "kind");
        quantity = Money.checked(quantity, Money.PRICE_SCALE, "SO_LUONG");
        String priceField = kind == Kind.DRUG ? "DON_GIA" : "DON_GIA_BV";
        facilityUnitPrice = Money.checked(facilityUnitPrice, Money.PRICE_SCALE, priceField);
        insuranceUnitPrice = Money.checked(insuranceUnitPrice, Money.PRICE_SCALE,
                kind == Kind.DRUG ? "DON_GIA" : "DON_GIA_BH");
        serviceRate = Money.rate(serviceRate, "TYLE_TT_DV");
        insuranceRate = Money.rate(insuranceRate, "TYLE_TT_BH");
        benefitRate = Money.rate(benefitRate, "MUC_HUONG");
        Objects.requireNonNull(otherFunding, "otherFunding");
        if (kind == Kind.DRUG && (insuranceUnitPrice.compareTo(facilityUnitPrice) != 0
                || serviceRate.compareTo(Money.HUNDRED) != 0)) {
            throw new EmrException(ClaimsError.DRUG_LINE_SHAPE, "TYLE_TT_DV");
        }
    }

    /** A builder of a drug line (XML2): one unit price, no service rate. */
    public static Builder drug() {
        return new Builder(Kind.DRUG);
    }

    /** A builder of a service or supply line (XML3). */
    public static Builder service() {
        return new Builder(Kind.SERVICE);
    }

    /** Builds a {@link LineCharge}; rates default to 100 %, other funding to none, payment method to 1. */
    public static final class Builder {
        private final Kind kind;
        private BigDecimal quantity;
        private BigDecimal facilityUnitPrice;
        private BigDecimal insuranceUnitPrice;
        private BigDecimal serviceRate = Money.HUNDRED;
        private BigDecimal insuranceRate = Money.HUNDRED;
        private BigDecimal benefitRate;
        private OtherFunding otherFunding = OtherFunding.none();
        private int costGroup;
        private int paymentMethod = 1;

        private Builder(Kind kind) {
            this.kind = kind;
        }

        /** {@code SO_LUONG}. */
        public Builder quantity(String value) {
            this.quantity = new BigDecimal(value);
            return this;
        }

        /** {@code SO_LUONG}. */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
            return this;
        }

        /** The drug's {@code DON_GIA} (both prices of a drug line). */
        public Builder unitPrice(String value) {
            this.facilityUnitPrice = new BigDecimal(value);
            this.insuranceUnitPrice = this.facilityUnitPrice;
            return this;
        }

        /** {@code DON_GIA_BV} and {@code DON_GIA_BH} of a service line. */
        public Builder unitPrices(String facility, String insurance) {
            this.facilityUnitPrice = new BigDecimal(facility);
            this.insuranceUnitPrice = new BigDecimal(insurance);
            return this;
        }

        /** {@code TYLE_TT_DV} in percent. */
        public Builder serviceRate(int percent) {
            this.serviceRate = BigDecimal.valueOf(percent);
            return this;
        }

        /** {@code TYLE_TT_BH} in percent. */
        public Builder insuranceRate(int percent) {
            this.insuranceRate = BigDecimal.valueOf(percent);
            return this;
        }

        /** {@code MUC_HUONG} in percent. */
        public Builder benefitRate(BigDecimal percent) {
            this.benefitRate = percent;
            return this;
        }

        /** {@code MUC_HUONG} in percent. */
        public Builder benefitRate(int percent) {
            return benefitRate(BigDecimal.valueOf(percent));
        }

        /** Other funding and whom it supports. */
        public Builder otherFunding(OtherFunding value) {
            this.otherFunding = value;
            return this;
        }

        /** {@code MA_NHOM}. */
        public Builder costGroup(int value) {
            this.costGroup = value;
            return this;
        }

        /** {@code MA_PTTT}. */
        public Builder paymentMethod(int value) {
            this.paymentMethod = value;
            return this;
        }

        /** The checked line. */
        public LineCharge build() {
            return new LineCharge(kind, quantity, facilityUnitPrice, insuranceUnitPrice, serviceRate, insuranceRate,
                    benefitRate, otherFunding, costGroup, paymentMethod);
        }
    }

    @Override
    public String toString() {
        return "LineCharge[kind=" + kind + ", costGroup=" + costGroup + "]";
    }
}
