package vn.emr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The leaf model values are records whose canonical constructor keeps the builders' rules: a missing required part is
 * refused with {@code EMR-CORE-0005} at the same path, a null optional part becomes empty, and the builder round-trips.
 */
class LeafRecordsTest {

    static Stream<Object> leafValues() {
        return Fixtures.everyType().stream()
                .filter(v -> !(v instanceof Patient) && !(v instanceof Encounter) && !(v instanceof MedicalRecord));
    }

    @ParameterizedTest
    @MethodSource("leafValues")
    void everyLeafIsARecordWhoseBuilderRoundTrips(Object value) throws Exception {
        assertThat(value.getClass().isRecord()).as(value.getClass().getSimpleName()).isTrue();
        Object builder = value.getClass().getMethod("toBuilder").invoke(value);
        Object copy = builder.getClass().getMethod("build").invoke(builder);
        assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value).isNotSameAs(value);
    }

    @ParameterizedTest
    @MethodSource("leafValues")
    void theCanonicalConstructorRefusesEachMissingRequiredPartAtItsPath(Object value) throws Exception {
        Class<?> type = value.getClass();
        RecordComponent[] parts = type.getRecordComponents();
        String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
        int required = 0;
        for (int i = 0; i < parts.length; i++) {
            Class<?> t = parts[i].getType();
            if (t.isPrimitive() || t == Optional.class) {
                continue;
            }
            required++;
            Object[] args = argsOf(value, parts);
            args[i] = null;
            assertThatThrownBy(() -> construct(type, parts, args))
                    .isInstanceOfSatisfying(EmrException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreError.REQUIRED);
                        assertThat(e.path()).isEqualTo(prefix + "." + parts[indexOf(args)].getName());
                    });
        }
        assertThat(required).as("required parts of " + type.getSimpleName()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("leafValues")
    void aNullOptionalPartBecomesEmptyNeverNull(Object value) throws Throwable {
        Class<?> type = value.getClass();
        RecordComponent[] parts = type.getRecordComponents();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].getType() != Optional.class) {
                continue;
            }
            Object[] args = argsOf(value, parts);
            args[i] = null;
            Object made = construct(type, parts, args);
            assertThat(parts[i].getAccessor().invoke(made)).as(parts[i].getName()).isEqualTo(Optional.empty());
        }
    }

    private static int indexOf(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                return i;
            }
        }
        throw new AssertionError("no null argument");
    }

    private static Object[] argsOf(Object value, RecordComponent[] parts) throws Exception {
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            args[i] = parts[i].getAccessor().invoke(value);
        }
        return args;
    }

    private static Object construct(Class<?> type, RecordComponent[] parts, Object[] args) throws Throwable {
        Class<?>[] types = Stream.of(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> c = type.getDeclaredConstructor(types);
        try {
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
