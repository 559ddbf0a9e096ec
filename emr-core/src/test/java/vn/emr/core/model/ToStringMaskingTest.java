package vn.emr.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.identity.Sex;

/**
 * Builds every model type with a distinctive sentinel in every text, date, time and number part (nested and list
 * parts included) and fails if any sentinel reaches {@code toString()}.
 */
class ToStringMaskingTest {

    private static final String TEXT = "Zq9Sentinel";
    private static final LocalDate DATE = LocalDate.of(1917, 11, 7);
    private static final LocalDateTime TIME = LocalDateTime.of(1917, 11, 7, 13, 57, 41);
    private static final BigDecimal NUMBER = new BigDecimal("987654.321");

    static Stream<Class<?>> modelTypes() {
        return Stream.of(Patient.class, Facility.class, Practitioner.class, Diagnosis.class, MedicationLine.class,
                ServiceLine.class, SupplyLine.class, LabResult.class, ProgressNote.class, Discharge.class,
                Referral.class, Appointment.class, Encounter.class, MedicalRecord.class);
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void noSentinelValueAppearsInToString(Class<?> type) throws Exception {
        List<String> setParts = new ArrayList<>();
        Object value = build(type, setParts);
        String s = value.toString();
        assertThat(setParts).as("every builder part was set").isNotEmpty();
        assertThat(s).startsWith(type.getSimpleName() + "[")
                .doesNotContain("Zq9").doesNotContain("Sentinel")
                .doesNotContain("1917").doesNotContain("13:57").doesNotContain("11-07")
                .doesNotContain("987654").doesNotContain("321").doesNotContain("true")
                .doesNotContain("absent"); // every part was set
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void anEmptyValueShowsItsPartsAsAbsent(Class<?> type) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        Object value;
        try {
            value = builder.getClass().getMethod("build").invoke(builder);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return; // a type whose build() refuses missing required parts
        }
        assertThat(value.toString()).contains("absent");
    }

    static Object build(Class<?> type, List<String> setParts) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        for (Method m : builder.getClass().getMethods()) {
            if (m.getParameterCount() != 1 || m.getReturnType() != builder.getClass()
                    || Modifier.isStatic(m.getModifiers()) || m.getName().matches("add[A-Z].*")) {
                continue;
            }
            m.invoke(builder, sample(m.getParameterTypes()[0], m.getGenericParameterTypes()[0], setParts));
            setParts.add(m.getName());
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object sample(Class<?> p, java.lang.reflect.Type generic, List<String> setParts) throws Exception {
        if (p == String.class) {
            return TEXT + setParts.size();
        } else if (p == LocalDate.class) {
            return DATE;
        } else if (p == LocalDateTime.class) {
            return TIME;
        } else if (p == BigDecimal.class) {
            return NUMBER;
        } else if (p == boolean.class || p == Boolean.class) {
            return true;
        } else if (p == Sex.class) {
            return Sex.FEMALE;
        } else if (p.isEnum()) {
            return p.getEnumConstants()[0];
        } else if (java.util.Collection.class.isAssignableFrom(p)) {
            Class<?> element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
            return List.of(build(element, new ArrayList<>()), build(element, new ArrayList<>()));
        } else if (p.getPackageName().equals("vn.emr.core.model")) {
            return build(p, new ArrayList<>());
        }
        throw new AssertionError("no sample for " + p);
    }
}
