package vn.emr.core.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is free text that JSON and XML 1.0 both carry unchanged: tab, line feed and carriage return are allowed; other control characters (C0, DEL, C1), unpaired surrogates and the noncharacters U+FFFE/U+FFFF are not. {@code null} is valid. */
@Documented
@Constraint(validatedBy = FreeTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {

    /** The code reported for a violation (RecordValidator reports it with its localised message). */
    String message() default "EMR-CORE-0336";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
