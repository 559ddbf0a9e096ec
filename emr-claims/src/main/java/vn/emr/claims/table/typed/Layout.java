package vn.emr.claims.table.typed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.Requirement;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/**
 * The fields of one typed record, built once per record type: each field's official name, {@link Codec}, accessor and
 * builder setter, in the record's component order, and for each profile the catalogue's declaration of each field
 * (or none where the profile's table lacks it). Conversion walks this list: no reflection.
 *
 * @param <R> the record type
 * @param <B> its builder
 */
final class Layout<R extends ClaimsRecord, B> {

    /** One field: its name, how it is written and read, and how it is got from a record and set on a builder. */
    static final class Slot<R, B, T> {
        final String name;
        final Codec<T> codec;
        final boolean required;
        final boolean list;
        final String path;
        private final Function<R, T> get;
        private final BiConsumer<B, T> set;

        Slot(String name, Codec<T> codec, boolean required, boolean list, String path, Function<R, T> get,
                BiConsumer<B, T> set) {
            this.name = name;
            this.codec = codec;
            this.required = required;
            this.list = list;
            this.path = path;
            this.get = get;
            this.set = set;
        }

        /** The record's value of the field, null when absent (an empty list is absent). */
        T valueOf(R record) {
            T v = get.apply(record);
            return v instanceof List<?> l && l.isEmpty() ? null : v;
        }

        void write(R record, TableRecord.Builder b) {
            T v = valueOf(record);
            if (v != null) {
                codec.put(b, name, v, path);
            }
        }

        void read(String text, B builder) {
            set.accept(builder, codec.parse(text, path));
        }

        /** Sets an already typed value on a builder (for tests that generate values). */
        @SuppressWarnings("unchecked")
        void setRaw(B builder, Object value) {
            set.accept(builder, (T) value);
        }
    }

    /** A profile's view of the table: the declaration of each slot's field (null where absent) and what is unmapped. */
    private record View(TableSpec spec, FieldSpec[] declared, List<FieldSpec> mandatoryWithoutSlot) {
    }

    private final ClaimsTable table;
    private final Class<R> type;
    private final Supplier<B> newBuilder;
    private final Function<B, R> build;
    private final List<Slot<R, B, ?>> slots = new ArrayList<>();
    private Map<ClaimsProfile, View> views;

    private Layout(ClaimsTable table, Class<R> type, Supplier<B> newBuilder, Function<B, R> build) {
        this.table = table;
        this.type = type;
        this.newBuilder = newBuilder;
        this.build = build;
    }

    /** A layout to fill with the record's fields in component order, then {@link #done()}. */
    static <R extends ClaimsRecord, B> Layout<R, B> of(ClaimsTable table, Class<R> type, Supplier<B> newBuilder,
            Function<B, R> build) {
        return new Layout<>(table, type, newBuilder, build);
    }

    /** A field mandatory in every profile: a plain component. */
    <T> Layout<R, B> required(String name, Codec<T> codec, Function<R, T> get, BiConsumer<B, T> set) {
        slots.add(new Slot<>(name, codec, true, false, path(name), get, set));
        return this;
    }

    /** A field some profile does not require: an {@link Optional} component. */
    <T> Layout<R, B> optional(String name, Codec<T> codec, Function<R, Optional<T>> get, BiConsumer<B, T> set) {
        slots.add(new Slot<>(name, codec, false, false, path(name), r -> get.apply(r).orElse(null), set));
        return this;
    }

    /** A multi-value field: a list component, empty when absent. */
    Layout<R, B> list(String name, boolean required, Function<R, List<String>> get, BiConsumer<B, List<String>> set) {
        slots.add(new Slot<>(name, Codec.LIST, required, true, path(name), get, set));
        return this;
    }

    /** Freezes the layout and resolves each profile's declaration of each field. */
    Layout<R, B> done() {
        Map<ClaimsProfile, View> v = new EnumMap<>(ClaimsProfile.class);
        for (ClaimsProfile p : ClaimsProfile.values()) {
            Optional<TableSpec> spec = spec(p, table);
            if (spec.isEmpty()) {
                continue;
            }
            FieldSpec[] declared = new FieldSpec[slots.size()];
            List<FieldSpec> unmapped = new ArrayList<>();
            for (FieldSpec f : spec.get().fields()) {
                int i = indexOf(f.name());
                if (i >= 0) {
                    declared[i] = f;
                } else if (f.requirement() == Requirement.MANDATORY) {
                    unmapped.add(f);
                }
            }
            v.put(p, new View(spec.get(), declared, List.copyOf(unmapped)));
        }
        views = Collections.unmodifiableMap(v);
        return this;
    }

    /** The profile's declaration of the table, empty when the profile has no such table. */
    static Optional<TableSpec> spec(ClaimsProfile profile, ClaimsTable table) {
        TableSpec spec;
        try {
            spec = FieldCatalogue.of(profile).table(table);
        } catch (EmrException e) {
            return Optional.empty();
        }
        return spec == null || spec.fields().isEmpty() ? Optional.empty() : Optional.of(spec);
    }

    private String path(String name) {
        return table.name() + "/" + name;
    }

    private int indexOf(String name) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    ClaimsTable table() {
        return table;
    }

    Class<R> type() {
        return type;
    }

    List<Slot<R, B, ?>> slots() {
        return Collections.unmodifiableList(slots);
    }

    /** The declaration of slot {@code i}'s field under the profile; empty when the profile's table lacks it. */
    Optional<FieldSpec> declared(ClaimsProfile profile, int i) {
        View v = views.get(profile);
        return v == null ? Optional.empty() : Optional.ofNullable(v.declared[i]);
    }

    /** A record built from one value (or null) per slot, in slot order, through the builder. */
    R build(List<?> values) {
        B b = newBuilder.get();
        for (int i = 0; i < slots.size(); i++) {
            if (values.get(i) != null) {
                slots.get(i).setRaw(b, values.get(i));
            }
        }
        return build.apply(b);
    }

    /**
     * The table record of the record under the profile: every value through {@link TableRecord.Builder} (so every
     * {@code FieldRules} check applies, and a value that does not fit is refused), every mandatory field present,
     * no value in a field the profile's table lacks. Every fault is reported, each at {@code <table>/<field>}.
     */
    TableRecord toTableRecord(R record, ClaimsProfile profile) {
        Objects.requireNonNull(profile, "profile");
        View view = views.get(profile);
        if (view == null) {
            throw new EmrException(ClaimsError.TYPED_TABLE_NOT_IN_PROFILE, table.name(), table.name(),
                    profile.name());
        }
        TableRecord.Builder b = TableRecord.builder(profile, table);
        List<Issue> issues = new ArrayList<>(0);
        for (int i = 0; i < slots.size(); i++) {
            Slot<R, B, ?> slot = slots.get(i);
            FieldSpec declared = view.declared[i];
            if (declared == null) {
                if (slot.valueOf(record) != null) {
                    issues.add(Issue.error(slot.path, ClaimsError.TYPED_FIELD_NOT_IN_PROFILE, profile.name()));
                }
                continue;
            }
            if (slot.valueOf(record) == null) {
                if (declared.requirement() == Requirement.MANDATORY) {
                    issues.add(Issue.error(slot.path, ClaimsError.TYPED_MANDATORY_MISSING));
                }
                continue;
            }
            try {
                slot.write(record, b);
            } catch (EmrException e) {
                issues.addAll(e.issues());
            }
        }
        for (FieldSpec f : view.mandatoryWithoutSlot) {
            issues.add(Issue.error(path(f.name()), ClaimsError.TYPED_MANDATORY_MISSING));
        }
        TableRecord built = null;
        try {
            built = b.build();
        } catch (EmrException e) {
            issues.addAll(e.issues());
        }
        if (!issues.isEmpty()) {
            throw new EmrException(issues);
        }
        return built;
    }

    /**
     * The record of a table record of this table, whatever its profile: each filled field parsed to its type, each
     * field its declaration requires present. Every fault is reported, each at {@code <table>/<field>}.
     */
    R from(TableRecord record) {
        Objects.requireNonNull(record, "record");
        if (record.table() != table) {
            throw new EmrException(ClaimsError.TYPED_WRONG_TABLE, "", record.table().name(), table.name());
        }
        Map<String, String> values = record.values();
        List<Issue> issues = new ArrayList<>(0);
        B b = newBuilder.get();
        int matched = 0;
        for (Slot<R, B, ?> slot : slots) {
            String text = values.get(slot.name);
            if (text == null) {
                continue;
            }
            matched++;
            try {
                slot.read(text, b);
            } catch (EmrException e) {
                issues.addAll(e.issues());
            }
        }
        if (matched < values.size()) {
            for (String name : values.keySet()) {
                if (indexOf(name) < 0) {
                    issues.add(Issue.error(path(name), ClaimsError.FIELD_UNKNOWN));
                }
            }
        }
        for (FieldSpec f : record.spec().fields()) {
            if (f.requirement() == Requirement.MANDATORY && !values.containsKey(f.name())) {
                issues.add(Issue.error(path(f.name()), ClaimsError.TYPED_MANDATORY_MISSING));
            }
        }
        if (!issues.isEmpty()) {
            throw new EmrException(issues);
        }
        return build.apply(b);
    }

    /** {@code Type[table=XML2, filled=12]}: no value. */
    String describe(R record) {
        int filled = 0;
        for (Slot<R, B, ?> slot : slots) {
            if (slot.valueOf(record) != null) {
                filled++;
            }
        }
        return type.getSimpleName() + "[table=" + table.name() + ", filled=" + filled + "]";
    }

    /**
     * A mandatory component's value, refused when null or empty text.
     *
     * @throws EmrException {@link ClaimsError#TYPED_MANDATORY_MISSING} at the path
     */
    static void require(Object value, String path) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            throw new EmrException(ClaimsError.TYPED_MANDATORY_MISSING, path);
        }
    }

    /** An optional component: null becomes empty, and so does empty text (written as an absent field). */
    static <T> Optional<T> optional(Optional<T> value) {
        if (value == null || value.isPresent() && value.get() instanceof String s && s.isEmpty()) {
            return Optional.empty();
        }
        return value;
    }

    /**
     * A list component, copied: null becomes empty; each item non-empty and without {@code ;}.
     *
     * @throws EmrException {@link ClaimsError#TYPED_MANDATORY_MISSING} for an empty mandatory list,
     *     {@link ClaimsError#TYPED_LIST_ITEM} for an empty item or one holding {@code ;}
     */
    static List<String> list(List<String> value, String path, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new EmrException(ClaimsError.TYPED_MANDATORY_MISSING, path);
            }
            return List.of();
        }
        for (String item : value) {
            if (item == null || item.isEmpty() || item.indexOf(';') >= 0) {
                throw new EmrException(ClaimsError.TYPED_LIST_ITEM, path);
            }
        }
        return List.copyOf(value);
    }
}
