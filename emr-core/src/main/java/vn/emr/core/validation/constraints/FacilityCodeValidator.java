package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link FacilityCode}. */
public final class FacilityCodeValidator implements ConstraintValidator<FacilityCode, String> {

    /** Creates the validator; Jakarta Validation instantiates it for each constraint. */
    public FacilityCodeValidator() {
    }

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]{5}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || matches(value);
    }

    /** Whether the text is a facility code ({@code MA_CSKCB}): 5 ASCII letters or digits. */
    public static boolean matches(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }
}
