package vn.emr.core.code;

import java.util.Objects;

/**
 * One row of a code catalogue: the code and its Vietnamese and English titles.
 *
 * @param code the code as written on the wire
 * @param nameVi the Vietnamese title
 * @param nameEn the English title (may be empty)
 */
public record CatalogueEntry(String code, String nameVi, String nameEn) {

    /** Checks the parts. */
    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        nameVi = nameVi == null ? "" : nameVi;
        nameEn = nameEn == null ? "" : nameEn;
    }
}
