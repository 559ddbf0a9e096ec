package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    /** Creates the validator; Jakarta Validation instantiates it for each constraint. */
    public PlainTextValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || TextChars.firstForbidden(value, false) < 0;
    }
}
