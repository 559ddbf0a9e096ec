package vn.emr.core.code;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a code catalogue: the code, its Vietnamese and English titles, and for catalogues of priced items (the
 * facility's approved drugs, services and supplies) the approved unit price.
 *
 * @param code the code as written on the wire
 * @param nameVi the Vietnamese title
 * @param nameEn the English title (may be empty)
 * @param approvedPrice the approved unit price in VND; null for catalogues without prices (use {@link #price()})
 */
public record CatalogueEntry(String code, String nameVi, String nameEn, BigDecimal approvedPrice) {

    /** Checks the parts. */
    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        nameVi = nameVi == null ? "" : nameVi;
        nameEn = nameEn == null ? "" : nameEn;
        if (approvedPrice != null && approvedPrice.signum() < 0) {
            throw new IllegalArgumentException("an approved price is not negative");
        }
    }

    /** An entry without a price (ICD-10, staff, facilities, administrative units). */
    public CatalogueEntry(String code, String nameVi, String nameEn) {
        this(code, nameVi, nameEn, null);
    }

    /** The approved unit price, if the catalogue gives one. */
    public Optional<BigDecimal> price() {
        return Optional.ofNullable(approvedPrice);
    }
}
