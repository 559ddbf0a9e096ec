package vn.emr.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.emr.core.code.Icd10Code;

/** Checks {@link Icd10} with {@link Icd10Code#isWellFormed(String)}. */
public final class Icd10Validator implements ConstraintValidator<Icd10, String> {

    /** Creates the validator; Jakarta Validation instantiates it for each constraint. */
    public Icd10Validator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Icd10Code.isWellFormed(value);
    }
}
