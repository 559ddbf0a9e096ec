package vn.emr.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.emr.core.CoreError;
import vn.emr.core.ErrorCode;
import vn.emr.core.code.Catalogue;
import vn.emr.core.model.Encounter;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Patient;

/**
 * The one entry point of record validation: Jakarta Bean Validation constraints on the model (run by Hibernate
 * Validator) plus the cross-field rules of {@link RecordRules}, reported as a {@link ValidationReport} of coded
 * issues with Vietnamese and English messages.
 *
 * <p>Thread-safe and meant to be created once: building the underlying validator is expensive.
 */
public final class RecordValidator {

    private static final Map<String, CoreError> CODES_BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotNull", CoreError.REQUIRED),
            Map.entry("NotBlank", CoreError.REQUIRED),
            Map.entry("NotEmpty", CoreError.REQUIRED),
            Map.entry("Size", CoreError.TOO_LONG),
            Map.entry("Pattern", CoreError.FORMAT),
            Map.entry("Positive", CoreError.QUANTITY_NOT_POSITIVE),
            Map.entry("PositiveOrZero", CoreError.NEGATIVE_AMOUNT),
            Map.entry("PastOrPresent", CoreError.BIRTH_DATE_FUTURE),
            Map.entry("CitizenIdNumber", CoreError.CITIZEN_ID_FORMAT),
            Map.entry("BhytNumber", CoreError.BHYT_FORMAT),
            Map.entry("FacilityCode", CoreError.FACILITY_CODE_FORMAT),
            Map.entry("Icd10", CoreError.ICD10_FORMAT));

    private static volatile ValidatorFactory factory;

    private final Validator validator;
    private final Catalogue icd10;

    private RecordValidator(Catalogue icd10) {
        this.validator = factory().getValidator();
        this.icd10 = icd10;
    }

    /** A validator that checks shapes and rules but not catalogue membership. */
    public static RecordValidator create() {
        return new RecordValidator(null);
    }

    /** A validator that also reports ICD-10 codes missing from the catalogue (as warnings: catalogues change). */
    public static RecordValidator withIcd10Catalogue(Catalogue icd10) {
        return new RecordValidator(Objects.requireNonNull(icd10, "icd10"));
    }

    private static ValidatorFactory factory() {
        ValidatorFactory f = factory;
        if (f == null) {
            synchronized (RecordValidator.class) {
                f = factory;
                if (f == null) {
                    // No Jakarta EL: the SDK writes its own coded messages, so the parameter interpolator is enough.
                    f = Validation.byProvider(HibernateValidator.class).configure()
                            .messageInterpolator(new ParameterMessageInterpolator())
                            .buildValidatorFactory();
                    factory = f;
                }
            }
        }
        return f;
    }

    /**
     * Validates a record or any model value: its constraints, then, for a {@link MedicalRecord}, {@link Encounter}
     * or {@link Patient}, the cross-field rules.
     */
    public ValidationReport validate(Object value) {
        if (value == null) {
            return ValidationReport.of(List.of(Issue.error("", CoreError.REQUIRED)));
        }
        Set<Issue> issues = new LinkedHashSet<>();
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(value));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : violations) {
            issues.add(toIssue(v));
        }
        RecordRules rules = new RecordRules(icd10);
        if (value instanceof MedicalRecord r) {
            rules.check(r, issues);
        } else if (value instanceof Encounter e) {
            rules.check(e, "", issues);
        } else if (value instanceof Patient p) {
            rules.check(p, "", issues);
        }
        return ValidationReport.of(List.copyOf(issues));
    }

    private static Issue toIssue(ConstraintViolation<?> v) {
        String path = path(v.getPropertyPath());
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        String type = a.annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        // The constraint instance carries its own code (message = "EMR-CORE-0312"); the annotation type only gives
        // the generic code of constraints that mean the same everywhere (required, too long).
        ErrorCode code = codeOf(attributes.get("message"));
        if (code == null) {
            code = CODES_BY_CONSTRAINT.getOrDefault(type, CoreError.CONSTRAINT);
        }
        Object arg = type;
        if (code == CoreError.TOO_LONG) {
            arg = attributes.get("max");
        } else if (code == CoreError.FORMAT) {
            arg = attributes.get("regexp");
        }
        return Issue.error(path, code, arg);
    }

    /** The core code named by a constraint's {@code message} attribute, or null if it names none. */
    static ErrorCode codeOf(Object message) {
        if (message instanceof String m && m.startsWith("EMR-CORE-")) {
            for (CoreError e : CoreError.values()) {
                if (e.code().equals(m)) {
                    return e;
                }
            }
            return CoreError.CONSTRAINT; // a code this module does not define: the generic one, never an exception
        }
        return null;
    }

    /** {@code encounter.diagnoses[2].code}: property names dotted, container indices in brackets. */
    static String path(Path propertyPath) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }
}
