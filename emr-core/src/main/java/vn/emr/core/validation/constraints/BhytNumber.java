package vn.emr.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is a health-insurance card number: the 15-character card (group, level 1-5, province, 10-digit number), the 10-digit social insurance number, or the 12-digit personal ID. {@code null} is valid (use {@code @NotNull} to require a value). */
@Documented
@Constraint(validatedBy = BhytNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BhytNumber {

    /** The code reported for a violation (RecordValidator reports it with its localised message). */
    String message() default "EMR-CORE-0201";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
