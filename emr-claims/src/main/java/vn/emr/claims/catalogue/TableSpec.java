package vn.emr.claims.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the catalogue: its element names and its fields in official order. Immutable; equal when table and
 * fields are.
 */
public final class TableSpec {

    private final ClaimsTable table;
    private final List<FieldSpec> fields;
    private final List<String> names;
    private final Map<String, Integer> positions;
    private final int hash;

    /**
     * Copies the field list and checks that no name repeats.
     *
     * @param table the table
     * @param fields the fields in the order the decision lists them (and a writer emits them)
     */
    public TableSpec(ClaimsTable table, List<FieldSpec> fields) {
        this.table = Objects.requireNonNull(table, "table");
        this.fields = List.copyOf(fields);
        Map<String, Integer> seen = new HashMap<>();
        for (FieldSpec f : this.fields) {
            if (seen.put(f.name(), seen.size()) != null) {
                throw new IllegalArgumentException("field repeated in the catalogue of " + table);
            }
        }
        this.positions = Map.copyOf(seen);
        this.names = this.fields.stream().map(FieldSpec::name).toList();
        this.hash = Objects.hash(table, this.fields);
    }

    /** The table. */
    public ClaimsTable table() {
        return table;
    }

    /** The fields in the order the decision lists them (and a writer emits them). */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** The field with this official name, if the table has it. */
    public Optional<FieldSpec> field(String name) {
        Integer i = positions.get(name);
        return i == null ? Optional.empty() : Optional.of(fields.get(i));
    }

    /** The position of the field in official order (from 0), or -1 when the table has no such field. */
    public int indexOf(String name) {
        Integer i = positions.get(name);
        return i == null ? -1 : i;
    }

    /** The official field names in order. */
    public List<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TableSpec s && s.hash == hash && s.table == table && s.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "TableSpec[" + table + ", fields=" + fields.size() + "]";
    }
}
