package vn.emr.claims.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the catalogue: its element names and its fields in official order. Immutable.
 *
 * @param table the table
 * @param fields the fields in the order the decision lists them (and a writer emits them)
 */
public record TableSpec(ClaimsTable table, List<FieldSpec> fields) {

    /** Copies the field list and checks that no name repeats. */
    public TableSpec {
        Objects.requireNonNull(table, "table");
        fields = List.copyOf(fields);
        Map<String, Integer> seen = new HashMap<>();
        for (FieldSpec f : fields) {
            if (seen.put(f.name(), seen.size()) != null) {
                throw new IllegalArgumentException("field repeated in the catalogue of " + table);
            }
        }
    }

    /** The field with this official name, if the table has it. */
    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The official field names in order. */
    public List<String> names() {
        return fields.stream().map(FieldSpec::name).toList();
    }

    @Override
    public String toString() {
        return "TableSpec[" + table + ", fields=" + fields.size() + "]";
    }
}
