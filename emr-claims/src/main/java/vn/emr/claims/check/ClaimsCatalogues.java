package vn.emr.claims.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.code.Catalogue;

/**
 * The code catalogues the claims checks look codes up in, through emr-core's {@link Catalogue} interface: a vendor
 * plugs in the official lists; a rule whose catalogue is absent is skipped and the report says so. Immutable.
 */
public final class ClaimsCatalogues {

    /** The catalogues a rule may need. */
    public enum Kind {
        /** ICD-10 diseases (QĐ 4469/QĐ-BYT and updates). */
        ICD10,
        /** Approved drugs of the facility, with their approved prices. */
        DRUGS,
        /** Approved services (DVKT), with their approved prices. */
        SERVICES,
        /** Approved medical supplies (VTYT), with their approved prices. */
        SUPPLIES,
        /** Licensed practitioners (CCHN). */
        STAFF,
        /** Health facilities (MA_CSKCB). */
        FACILITIES,
        /** Administrative units (province, district, commune codes). */
        ADMIN_UNITS
    }

    private static final ClaimsCatalogues NONE = new ClaimsCatalogues(new EnumMap<>(Kind.class));

    private final Map<Kind, Catalogue> catalogues;

    private ClaimsCatalogues(Map<Kind, Catalogue> catalogues) {
        this.catalogues = Collections.unmodifiableMap(catalogues);
    }

    /** No catalogue: every catalogue rule is skipped. */
    public static ClaimsCatalogues none() {
        return NONE;
    }

    /** These catalogues and the ones of this set. */
    public ClaimsCatalogues with(Kind kind, Catalogue catalogue) {
        Map<Kind, Catalogue> copy = new EnumMap<>(Kind.class);
        copy.putAll(catalogues);
        copy.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(catalogue, "catalogue"));
        return new ClaimsCatalogues(copy);
    }

    /** The catalogue of a kind. */
    public Optional<Catalogue> get(Kind kind) {
        return Optional.ofNullable(catalogues.get(kind));
    }

    @Override
    public String toString() {
        return "ClaimsCatalogues" + catalogues.keySet();
    }
}
