package vn.emr.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is an ICD-10 code in dotted form (e.g. {@code J06.9}, {@code B18.00}; Circular 06/2026/TT-BYT). {@code null} is valid (use {@code @NotNull} to require a value). */
@Documented
@Constraint(validatedBy = Icd10Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Icd10 {

    /** The code reported for a violation (RecordValidator reports it with its localised message). */
    String message() default "EMR-CORE-0304";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
