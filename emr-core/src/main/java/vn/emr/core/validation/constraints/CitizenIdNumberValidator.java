package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.emr.core.identity.CitizenId;

/** Checks {@link CitizenIdNumber} with {@link CitizenId#isTwelveDigits(String)}. */
public final class CitizenIdNumberValidator implements ConstraintValidator<CitizenIdNumber, String> {

    /** Creates the validator; Jakarta Validation instantiates it for each constraint. */
    public CitizenIdNumberValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CitizenId.isTwelveDigits(value);
    }
}
