package vn.emr.claims.catalogue;

/**
 * Which maximum sizes the catalogue gives its fields ({@code domain/claims.md} §2.4: "two validation profiles, QĐ
 * strict and portal-observed"). The two agree on every field's name, order, type, format and requirement; they differ
 * only in {@link FieldSpec#maxLength()}.
 */
public enum SizeLimits {
    /**
     * The decision's sizes (QĐ 130 as amended by QĐ 4750, and each profile's own changes), with the corrections listed
     * in {@code PROFILES.md}: the default.
     */
    DECISION,
    /**
     * The larger of the decision's size and the size of the BHXH portal's validation sheet (CTN, {@code
     * data/claims/portal-validation-4750.csv}) for a field of the same table and name: a value is too long only when
     * both refuse it. Where the decision states no size ({@code n}) none is imposed, although the sheet gives 4000;
     * where the sheet is smaller than the decision (four rows the 4750 amendment enlarged, {@code PROFILES.md}) the
     * decision's size stays.
     */
    PORTAL
}
