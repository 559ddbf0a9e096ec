package vn.emr.claims.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.ValueFormat;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/**
 * One record of a claims table: the values of its fields in their written form (the text that goes between the tags),
 * by official field name. Immutable; {@code toString()} shows only the table and how many fields are filled (records
 * carry health data).
 *
 * <p>A record made with {@link #builder(ClaimsTable)} passed {@link FieldRules} field by field; a record read from a
 * file holds what the file holds, and {@link #check()} reports what breaks the rules.
 */
public final class TableRecord {

    private final TableSpec spec;
    private final String[] values;

    private TableRecord(TableSpec spec, String[] values) {
        this.spec = spec;
        this.values = values;
    }

    /** A builder of a record of this table, with the fields of Decision 130 as amended by 4750. */
    public static Builder builder(ClaimsTable table) {
        return new Builder(FieldCatalogue.qd4750().table(table));
    }

    /** A builder of a record of this table with the fields of the profile. */
    public static Builder builder(ClaimsProfile profile, ClaimsTable table) {
        return new Builder(profile.catalogue().table(table));
    }

    /** A record holding exactly these values, unchecked (for readers); the names must be the table's. */
    static TableRecord unchecked(TableSpec spec, String[] values) {
        return new TableRecord(spec, values);
    }

    /** The table the record belongs to. */
    public ClaimsTable table() {
        return spec.table();
    }

    /** The table's declaration. */
    public TableSpec spec() {
        return spec;
    }

    /**
     * The value of the field, empty when the field is absent or empty.
     *
     * @throws EmrException {@link ClaimsError#FIELD_UNKNOWN} when the table has no such field
     */
    public Optional<String> get(String field) {
        return Optional.ofNullable(values[index(spec, field)]);
    }

    /**
     * The value of the field at this position of {@link #spec()}'s field list, empty when absent or empty: the lookup
     * of {@link #get(String)} without the search by name, for checks that resolved the position once.
     *
     * @throws IndexOutOfBoundsException when the table has fewer fields
     */
    public Optional<String> get(int position) {
        return Optional.ofNullable(values[position]);
    }

    /**
     * The value of the field at this position of {@link #spec()}'s field list, or the empty string when the field is
     * absent or empty (a record holds no empty value: {@link Builder#set(String, String)} leaves it absent): the lookup
     * of {@link #get(int)} without an {@code Optional}, for checks that read every field of millions of rows.
     *
     * @throws IndexOutOfBoundsException when the table has fewer fields
     */
    public String textAt(int position) {
        String v = values[position];
        return v == null ? "" : v;
    }

    /** The filled fields in official order. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        List<FieldSpec> fields = spec.fields();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.put(fields.get(i).name(), values[i]);
            }
        }
        return out;
    }

    /**
     * The same values under another profile's declaration of this table, when that declaration has the same fields in
     * the same order (sizes may differ, as {@code MUC_HUONG} does in 2026); empty otherwise. Values are not re-checked.
     */
    public Optional<TableRecord> under(ClaimsProfile profile) {
        TableSpec other = profile.catalogue().table(spec.table());
        if (other.equals(spec)) {
            return Optional.of(this);
        }
        return other.names().equals(spec.names()) ? Optional.of(new TableRecord(other, values)) : Optional.empty();
    }

    /** The value at the field's position in official order (null when absent). */
    String valueAt(int i) {
        return values[i];
    }

    /** What in this record breaks {@link FieldRules}, each issue at {@code <table>/<field>}. */
    public List<Issue> check() {
        List<Issue> issues = List.of();
        List<FieldSpec> fields = spec.fields();
        String prefix = spec.table().name() + "/";
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                List<Issue> found = FieldRules.checkInRecord(fields.get(i), values[i], prefix);
                if (!found.isEmpty()) {
                    if (issues.isEmpty()) {
                        issues = new ArrayList<>();
                    }
                    issues.addAll(found);
                }
            }
        }
        return issues;
    }

    static int index(TableSpec spec, String field) {
        int i = spec.indexOf(field);
        if (i < 0) {
            throw new EmrException(ClaimsError.FIELD_UNKNOWN, spec.table().name() + "/?");
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableRecord r && r.spec.table() == spec.table() && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * spec.table().hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TableRecord[" + spec.table() + ", filled=" + values().size() + "]";
    }

    /** Builds a {@link TableRecord}; each value is checked when the record is built. */
    public static final class Builder {
        private final TableSpec spec;
        private final String[] values;

        private Builder(TableSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.values = new String[spec.fields().size()];
        }

        /**
         * Sets a field's written value; {@code null} or empty leaves it absent (written as an empty element).
         *
         * @throws EmrException {@link ClaimsError#FIELD_UNKNOWN} when the table has no such field
         */
        public Builder set(String field, String value) {
            values[index(spec, field)] = value == null || value.isEmpty() ? null : value;
            return this;
        }

        /** Sets a whole number. */
        public Builder set(String field, long value) {
            return set(field, Long.toString(value));
        }

        /**
         * Sets a decimal, written with the field's decimal places (2 for amounts, 3 for prices and quantities) and a
         * point; a value needing more places is refused when built, never rounded.
         */
        public Builder set(String field, BigDecimal value) {
            if (value == null) {
                return set(field, (String) null);
            }
            FieldSpec f = spec.fields().get(index(spec, field));
            int places = f.format() == ValueFormat.DECIMAL_2 ? 2 : f.format() == ValueFormat.DECIMAL_3 ? 3 : -1;
            String text;
            if (places >= 0 && value.stripTrailingZeros().scale() <= places) {
                text = value.setScale(places).toPlainString();
            } else {
                text = value.toPlainString();
            }
            return set(field, text);
        }

        /** Sets a date, written {@code yyyyMMdd}. */
        public Builder set(String field, LocalDate value) {
            return set(field, value == null ? null : FieldRules.DATE.format(value));
        }

        /** Sets a date and time, written {@code yyyyMMddHHmm}: truncated to the minute, the field holding no seconds. */
        public Builder set(String field, LocalDateTime value) {
            return set(field, value == null ? null : FieldRules.DATE_TIME.format(value));
        }

        /**
         * The record.
         *
         * @throws EmrException with every value that breaks {@link FieldRules}, each at {@code <table>/<field>}
         */
        public TableRecord build() {
            TableRecord r = new TableRecord(spec, values.clone());
            List<Issue> issues = r.check();
            if (!issues.isEmpty()) {
                throw new EmrException(issues);
            }
            return r;
        }
    }
}
