package vn.emr.fhir;

import java.util.Locale;
import vn.emr.core.ErrorCode;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error codes of {@code emr-fhir} ({@code EMR-FHIR-nnnn}), raised when a FHIR R4 Bundle cannot be read back into a
 * medical record; texts in {@code fhir-errors_vi/en.properties}. No message repeats a value of the input.
 */
public enum FhirError implements ErrorCode {
    /** The input is longer than the reader accepts. */
    INPUT_TOO_LARGE("EMR-FHIR-0001"),
    /** The input is not well-formed FHIR R4 JSON (syntax, unknown element, wrong value type). */
    MALFORMED("EMR-FHIR-0002"),
    /** The input is a FHIR resource other than a Bundle. */
    NOT_A_BUNDLE("EMR-FHIR-0003"),
    /** The Bundle is not a document Bundle opened by a Composition. */
    NOT_A_DOCUMENT("EMR-FHIR-0004"),
    /** The Bundle lacks a resource the record needs (Patient, Organization, Encounter). */
    RESOURCE_MISSING("EMR-FHIR-0005"),
    /** The Bundle holds two resources of a type the record has once. */
    RESOURCE_REPEATED("EMR-FHIR-0006"),
    /** The Bundle holds an entry without a resource, or of a type this mapping does not read. */
    RESOURCE_UNEXPECTED("EMR-FHIR-0007"),
    /** An element the record needs is absent. */
    ELEMENT_MISSING("EMR-FHIR-0008"),
    /** A code outside the code list this mapping reads. */
    CODE_UNKNOWN("EMR-FHIR-0009"),
    /** A date or date-time that is not valid, or a date-time without its time or time zone. */
    DATE_TIME("EMR-FHIR-0010"),
    /** A reference that names no entry of the Bundle. */
    REFERENCE_UNRESOLVED("EMR-FHIR-0011"),
    /** The signed document's bytes do not match their SHA-1 hash or size. */
    ATTACHMENT_MISMATCH("EMR-FHIR-0012"),

    // ---- issue 11: coded refusals where the HAPI path crashed ----
    /** An element the record has once (an extension of a given URL) appears more than once. */
    ELEMENT_REPEATED("EMR-FHIR-0013"),
    /**
     * The Bundle could not be read into a record for a reason no other code names (a fault inside HAPI or the
     * mapping); reported without the fault's message, which may quote the input.
     */
    UNREADABLE("EMR-FHIR-0014"),
    /** The record holds a value its FHIR R4 form cannot carry (a year after 9999 or before 0). */
    NOT_REPRESENTABLE("EMR-FHIR-0015");

    private static final MessageBundle BUNDLE = MessageBundle.load(FhirError.class::getResourceAsStream, "fhir-errors");

    private final String code;

    FhirError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale, Object... args) {
        return BUNDLE.format(code, locale, args);
    }
}
