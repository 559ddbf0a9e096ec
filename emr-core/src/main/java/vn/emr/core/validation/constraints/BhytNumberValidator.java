package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link BhytNumber}. */
public final class BhytNumberValidator implements ConstraintValidator<BhytNumber, String> {

    /** Creates the validator; Jakarta Validation instantiates it for each constraint. */
    public BhytNumberValidator() {
    }

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[1-5][0-9]{12}|[0-9]{10}|[0-9]{12}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || SHAPE.matcher(value).matches();
    }
}
