package vn.emr.core.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One object of the {@code HoSoBenhAn} exchange document of official letter 365/TTYQG-GPQLCL (a group such as
 * {@code ThongTinBenhNhan}, a sub-object such as {@code tinhtrangravien}, or a list item): named fields in the
 * appendix's order, each a text, a nested section or a list of sections.
 *
 * <p>Immutable. A section built by hand is checked against the appendix's catalogue only when it becomes part of a
 * {@link HoSoBenhAn} ({@link HoSoBenhAn#of(Cv365Section)}); a section read from a document has every field of its
 * catalogue entry, empty text where the document had none. {@link #toString()} shows no value.
 */
public final class Cv365Section {

    private static final Cv365Section EMPTY = new Cv365Section(Map.of());

    private final Map<String, Object> fields;

    private Cv365Section(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** A section with no field. */
    public static Cv365Section empty() {
        return EMPTY;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The names of the fields present, in order. */
    public Set<String> names() {
        return fields.keySet();
    }

    /** Whether the field is present (a text, a section or a list). */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The field's text; {@code ""} when absent or not a text field. */
    public String text(String name) {
        return fields.get(name) instanceof String s ? s : "";
    }

    /** The nested section, if the field is present and is a section. */
    public Optional<Cv365Section> section(String name) {
        return fields.get(name) instanceof Cv365Section s ? Optional.of(s) : Optional.empty();
    }

    /** The list of sections (unmodifiable; empty when absent or not a list). */
    @SuppressWarnings("unchecked")
    public List<Cv365Section> list(String name) {
        return fields.get(name) instanceof List<?> l ? (List<Cv365Section>) l : List.of();
    }

    /** The raw value: a {@code String}, a {@code Cv365Section} or a {@code List<Cv365Section>}; null when absent. */
    Object raw(String name) {
        return fields.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cv365Section other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /** The field names only; values (names, ID numbers, clinical text) are never shown. */
    @Override
    public String toString() {
        return "Cv365Section" + fields.keySet();
    }

    /** Builds a {@link Cv365Section}; a field set twice keeps the last value. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets a text field ({@code null} is the empty text). */
        public Builder text(String name, String value) {
            fields.put(Objects.requireNonNull(name, "name"), value == null ? "" : value);
            return this;
        }

        /** Sets a nested section. */
        public Builder section(String name, Cv365Section value) {
            fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets a list of sections. */
        public Builder list(String name, List<Cv365Section> values) {
            List<Cv365Section> copy = new ArrayList<>(values.size());
            for (Cv365Section s : values) {
                copy.add(Objects.requireNonNull(s, "list item"));
            }
            fields.put(Objects.requireNonNull(name, "name"), Collections.unmodifiableList(copy));
            return this;
        }

        /** The section. */
        public Cv365Section build() {
            return fields.isEmpty() ? EMPTY : new Cv365Section(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
        }
    }
}
