package vn.emr.claims.mapping;

import java.util.Objects;
import java.util.Optional;
import vn.emr.claims.money.OtherFunding;

/**
 * What a drug, service or supply line of the claim needs that the medical record does not hold: the cost group, the
 * rates and the payment method the facility's price lists and the fund's rules give it, the tender, and for a service
 * line the machines and beds ({@code vn.emr.core.model.ServiceLine} holds neither).
 *
 * @param costGroup {@code MA_NHOM} (QĐ 5937, appendix 3)
 * @param insuranceRate {@code TYLE_TT_BH}, percent
 * @param serviceRate {@code TYLE_TT_DV}, percent (100 for drugs; see {@code ServiceRates})
 * @param scope {@code PHAM_VI}: 1 in the fund's scope, 2 outside it, 3 outside the list but paid for some groups
 * @param paymentMethod {@code MA_PTTT}: 1 fee for service, 2 capitation, 3 DRG
 * @param otherFunding {@code T_NGUONKHAC} and whom it supports
 * @param tender {@code TT_THAU}: the tender the drug or supply was bought under ({@code SốQĐ;Gi;Ni;yyyy}, QĐ 4750
 *     appendix), which the portal requires of drugs outside groups 7 and 17 and of supplies (group 10); empty when
 *     not given
 * @param machine XML3 {@code MA_MAY} of a service line: the machines that performed it, {@code XX.n.YYYYY.Z} each,
 *     joined by {@code ;} (QĐ 4750 appendix; the record does not hold them); empty when not given
 * @param bed XML3 {@code MA_GIUONG} of a bed-day line: the bed codes ({@code H}, {@code T}, {@code C} or {@code K}
 *     and 3 digits), joined by {@code ;}; empty when not given
 */
public record LineTerms(int costGroup, int insuranceRate, int serviceRate, int scope, int paymentMethod,
        OtherFunding otherFunding, Optional<String> tender, Optional<String> machine, Optional<String> bed) {

    /** Checks that the funding is given. */
    public LineTerms {
        Objects.requireNonNull(otherFunding, "otherFunding");
        tender = Objects.requireNonNullElse(tender, Optional.empty());
        machine = Objects.requireNonNullElse(machine, Optional.empty());
        bed = Objects.requireNonNullElse(bed, Optional.empty());
    }

    /** Terms without machine or bed. */
    public LineTerms(int costGroup, int insuranceRate, int serviceRate, int scope, int paymentMethod,
            OtherFunding otherFunding, Optional<String> tender) {
        this(costGroup, insuranceRate, serviceRate, scope, paymentMethod, otherFunding, tender, Optional.empty(),
                Optional.empty());
    }

    /** Terms without tender data, machine or bed. */
    public LineTerms(int costGroup, int insuranceRate, int serviceRate, int scope, int paymentMethod,
            OtherFunding otherFunding) {
        this(costGroup, insuranceRate, serviceRate, scope, paymentMethod, otherFunding, Optional.empty());
    }

    /** A line in the fund's scope, paid in full at the fund's rate, fee for service, no other funding. */
    public static LineTerms inScope(int costGroup) {
        return new LineTerms(costGroup, 100, 100, 1, 1, OtherFunding.none());
    }

    /** The same terms with this service rate ({@code TYLE_TT_DV}). */
    public LineTerms withServiceRate(int percent) {
        return new LineTerms(costGroup, insuranceRate, percent, scope, paymentMethod, otherFunding, tender, machine,
                bed);
    }

    /** The same terms with this insurance rate ({@code TYLE_TT_BH}). */
    public LineTerms withInsuranceRate(int percent) {
        return new LineTerms(costGroup, percent, serviceRate, scope, paymentMethod, otherFunding, tender, machine,
                bed);
    }

    /** The same terms with this other funding. */
    public LineTerms withOtherFunding(OtherFunding funding) {
        return new LineTerms(costGroup, insuranceRate, serviceRate, scope, paymentMethod, funding, tender, machine,
                bed);
    }

    /** The same terms with this tender ({@code TT_THAU}). */
    public LineTerms withTender(String value) {
        return new LineTerms(costGroup, insuranceRate, serviceRate, scope, paymentMethod, otherFunding,
                Optional.of(value), machine, bed);
    }

    /** The same terms with these machines ({@code MA_MAY} of XML3, {@code XX.n.YYYYY.Z} joined by {@code ;}). */
    public LineTerms withMachine(String value) {
        return new LineTerms(costGroup, insuranceRate, serviceRate, scope, paymentMethod, otherFunding, tender,
                Optional.of(value), bed);
    }

    /** The same terms with these beds ({@code MA_GIUONG} of XML3, e.g. {@code H012}, joined by {@code ;}). */
    public LineTerms withBed(String value) {
        return new LineTerms(costGroup, insuranceRate, serviceRate, scope, paymentMethod, otherFunding, tender,
                machine, Optional.of(value));
    }
}
