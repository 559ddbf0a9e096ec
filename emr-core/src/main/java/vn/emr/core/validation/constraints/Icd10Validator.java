package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link Icd10}. */
public final class Icd10Validator implements ConstraintValidator<Icd10, String> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || SHAPE.matcher(value).matches();
    }
}
