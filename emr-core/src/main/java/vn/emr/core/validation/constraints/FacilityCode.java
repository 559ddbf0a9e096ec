package vn.emr.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is a 5-character facility code MA_CSKCB (Decision 384/QD-BYT 2019). {@code null} is valid (use {@code @NotNull} to require a value). */
@Documented
@Constraint(validatedBy = FacilityCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FacilityCode {

    /** The code reported for a violation (RecordValidator reports it with its localised message). */
    String message() default "EMR-CORE-0306";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
