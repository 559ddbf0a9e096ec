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
        /** Approved drugs of the facility, with their approved prices ({@code CatalogueEntry.price()}). */
        DRUGS,
        /** Approved services (DVKT), with their approved prices. */
        SERVICES,
        /** Approved medical supplies (VTYT), with their approved prices. */
        SUPPLIES,
        /** Licensed practitioners (CCHN). */
        STAFF,
        /** Health facilities (MA_CSKCB). */
        FACILITIES,
        /**
         * Administrative units (province, district, commune codes). Codes are national at each level (province 2
         * digits of TT 07/2016/TT-BCA, district 3 and commune 5 digits of QĐ 124/2004/QĐ-TTg), so each unit is an entry
         * under its bare code ({@code 79}, {@code 760}, {@code 26734}); which unit lies within which is said by entries
         * whose code is the path of codes joined by {@code .}: {@code 79.760} (district 760 in province 79) and
         * {@code 79.760.26734} (commune 26734 in that district).
         */
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
