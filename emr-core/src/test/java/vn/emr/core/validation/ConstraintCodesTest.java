package vn.emr.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.emr.core.model.Appointment;
import vn.emr.core.model.Diagnosis;
import vn.emr.core.model.Discharge;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.Facility;
import vn.emr.core.model.LabResult;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.MedicationLine;
import vn.emr.core.model.Patient;
import vn.emr.core.model.Practitioner;
import vn.emr.core.model.ProgressNote;
import vn.emr.core.model.Referral;
import vn.emr.core.model.ServiceLine;
import vn.emr.core.model.SupplyLine;

/**
 * Walks every constraint on every model part: each carries an explicit code, and no code is attached to constraints of
 * different meaning. The meaning of a constraint is its kind (required, too long) for the generic codes, its kind and
 * parameters (the pattern, the identifier rule) for shape checks, and the part itself for date checks (a future birth
 * date and a future discharge are different errors).
 */
class ConstraintCodesTest {

    private static final List<Class<?>> MODEL = List.of(Patient.class, Facility.class, Practitioner.class,
            Diagnosis.class, MedicationLine.class, ServiceLine.class, SupplyLine.class, LabResult.class,
            ProgressNote.class, Discharge.class, Referral.class, Appointment.class, Encounter.class,
            MedicalRecord.class);

    @Test
    void everyConstraintHasItsOwnCodeAndNoCodeHasTwoMeanings() throws Exception {
        Map<String, Set<String>> meaningsByCode = new TreeMap<>();
        List<String> uncoded = new ArrayList<>();
        int count = 0;
        for (Class<?> type : MODEL) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                List<Annotation> constraints = new ArrayList<>(List.of(f.getAnnotations()));
                AnnotatedType at = f.getAnnotatedType();
                if (at instanceof AnnotatedParameterizedType p) {
                    for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                        constraints.addAll(List.of(arg.getAnnotations()));
                    }
                }
                for (Annotation a : constraints) {
                    if (!a.annotationType().isAnnotationPresent(Constraint.class)) {
                        continue;
                    }
                    count++;
                    String where = type.getSimpleName() + "." + f.getName() + " @" + a.annotationType().getSimpleName();
                    String message = (String) a.annotationType().getMethod("message").invoke(a);
                    if (RecordValidator.codeOf(message) == null) {
                        uncoded.add(where);
                        continue;
                    }
                    meaningsByCode.computeIfAbsent(message, k -> new TreeSet<>()).add(meaning(type, f, a));
                }
            }
        }
        assertThat(count).as("constraints found").isGreaterThan(100);
        assertThat(uncoded).as("constraints without an explicit code").isEmpty();
        assertThat(meaningsByCode).allSatisfy((code, meanings) ->
                assertThat(meanings).as(code + " is used for").hasSize(1));
    }

    @Test
    void theCheckCatchesACodeReusedForAnotherMeaning() throws Exception {
        // Two different patterns under one code (the old FORMAT for both form code and phone) are two meanings.
        Field form = MedicalRecord.class.getDeclaredField("formCode");
        Field phone = Patient.class.getDeclaredField("phone");
        assertThat(meaning(MedicalRecord.class, form, form.getAnnotation(jakarta.validation.constraints.Pattern.class)))
                .isNotEqualTo(meaning(Patient.class, phone,
                        phone.getAnnotation(jakarta.validation.constraints.Pattern.class)));
    }

    private static String meaning(Class<?> type, Field f, Annotation a) throws Exception {
        String kind = a.annotationType().getSimpleName();
        switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty":
                return "required";
            case "Size":
                return "too long";
            case "PastOrPresent", "Past", "Future", "FutureOrPresent":
                return kind + " " + type.getSimpleName() + "." + f.getName();
            default:
                StringBuilder sb = new StringBuilder(kind);
                for (Method m : a.annotationType().getDeclaredMethods()) {
                    String n = m.getName();
                    if (!n.equals("message") && !n.equals("groups") && !n.equals("payload")) {
                        Object v = m.invoke(a);
                        sb.append(' ').append(n).append('=')
                                .append(v instanceof Object[] arr ? java.util.Arrays.toString(arr) : v);
                    }
                }
                return sb.toString();
        }
    }
}
