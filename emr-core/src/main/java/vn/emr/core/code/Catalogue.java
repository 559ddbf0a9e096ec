package vn.emr.core.code;

import java.util.Optional;

/**
 * A large, changing official code list (ICD-10, drugs, services, facilities, administrative units) behind an
 * interface: the SDK bundles small subsets for tests and the demo; vendors plug in the official lists.
 * Implementations are thread-safe.
 */
public interface Catalogue {

    /** What the catalogue is, e.g. {@code "ICD-10 (bundled subset)"}. */
    String name();

    /** The entry with this code, if the catalogue has it. */
    Optional<CatalogueEntry> find(String code);

    /** Whether the catalogue has this code. */
    default boolean contains(String code) {
        return find(code).isPresent();
    }

    /** The number of entries. */
    int size();
}
