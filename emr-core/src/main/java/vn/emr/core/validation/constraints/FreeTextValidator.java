package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FreeText}. */
public final class FreeTextValidator implements ConstraintValidator<FreeText, String> {

    /** Creates the validator; Jakarta Validation instantiates it for each constraint. */
    public FreeTextValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || TextChars.firstForbidden(value, true) < 0;
    }
}
