package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link CitizenIdNumber}. */
public final class CitizenIdNumberValidator implements ConstraintValidator<CitizenIdNumber, String> {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{12}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || SHAPE.matcher(value).matches();
    }
}
