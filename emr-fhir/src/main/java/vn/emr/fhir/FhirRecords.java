package vn.emr.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import vn.emr.core.EmrException;
import vn.emr.core.model.MedicalRecord;
import vn.emr.fhir.internal.FastFhirReader;
import vn.emr.fhir.internal.FastFhirWriter;
import vn.emr.fhir.internal.FromFhir;
import vn.emr.fhir.internal.ToFhir;

/**
 * The FHIR R4 form of a medical record: one document Bundle per encounter (Composition, Patient, Organization,
 * Practitioner, Encounter, Condition, MedicationRequest, Procedure, Observation and, when given, the signed document as a
 * DocumentReference), with the identifier systems of the Ministry of Health's Vietnam CORE guide for the personal ID,
 * the insurance number and the patient code ({@link FhirSystems}); and back. {@code emr-fhir/README.md} lists what does
 * not map.
 *
 * <p>Thread-safe; the HAPI {@link FhirContext} is created once (it is expensive) and shared.
 */
public final class FhirRecords {

    /** The longest JSON input {@link #fromBundleJson(String)} reads, in characters (16 MiB). */
    public static final int MAX_INPUT_CHARS = 16 * 1024 * 1024;

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirRecords() {
    }

    /** The HAPI FHIR R4 context this mapping uses, for callers who parse or validate the Bundles themselves. */
    public static FhirContext context() {
        return CONTEXT;
    }

    /** The record as a FHIR R4 document Bundle. */
    public static Bundle toBundle(MedicalRecord record) {
        Objects.requireNonNull(record, "record");
        return representable(() -> ToFhir.bundle(record, null));
    }

    /** The record as a FHIR R4 document Bundle that also carries its signed rendition as a DocumentReference. */
    public static Bundle toBundle(MedicalRecord record, SignedDocument signed) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(signed, "signed");
        return representable(() -> ToFhir.bundle(record, signed));
    }

    /**
     * Runs HAPI's side of writing: HAPI refuses a value FHIR R4 cannot carry (a year after 9999 or before 0) with a
     * DataFormatException whose message quotes the value; it becomes {@link FhirError#NOT_REPRESENTABLE}, without it.
     */
    private static <T> T representable(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (DataFormatException e) {
            throw new EmrException(FhirError.NOT_REPRESENTABLE, "record");
        }
    }

    /**
     * The record as FHIR R4 JSON (a document Bundle), compact: the same characters as HAPI's JSON encoding of
     * {@link #toBundle(MedicalRecord)}, written without building HAPI's structures where possible.
     */
    public static String toBundleJson(MedicalRecord record) {
        Objects.requireNonNull(record, "record");
        String fast = FastFhirWriter.write(record, null);
        return fast != null ? fast : hapiBundleJson(record, null);
    }

    /** The record and its signed rendition as FHIR R4 JSON (a document Bundle), compact; as {@link #toBundleJson(MedicalRecord)}. */
    public static String toBundleJson(MedicalRecord record, SignedDocument signed) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(signed, "signed");
        String fast = FastFhirWriter.write(record, signed);
        return fast != null ? fast : hapiBundleJson(record, signed);
    }

    /** The HAPI path of {@code toBundleJson}: the Bundle built with HAPI's structures and encoded by HAPI (the reference). */
    static String hapiBundleJson(MedicalRecord record, SignedDocument signed) {
        Bundle bundle = signed == null ? toBundle(record) : toBundle(record, signed);
        return representable(() -> parser().encodeResourceToString(bundle));
    }

    /**
     * The record a FHIR R4 document Bundle in JSON holds.
     *
     * @throws EmrException with a {@link FhirError} code for input that is too long, malformed, not a document
     *         Bundle, or lacks what the record needs; no other exception escapes for any input (a fault inside HAPI
     *         or the mapping is {@link FhirError#UNREADABLE})
     */
    public static MedicalRecord fromBundleJson(String json) {
        return readBundleJson(json).record();
    }

    /**
     * The record and the signed document (if any) a FHIR R4 document Bundle in JSON holds; errors as
     * {@link #fromBundleJson(String)}. A Bundle in the shape this mapping writes is read without building HAPI's
     * structures; any other input is read (or refused) by HAPI's strict parser and the reverse mapping of
     * {@link #readBundle(Bundle)}, with the same result.
     */
    public static FhirDocument readBundleJson(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_INPUT_CHARS) {
            throw new EmrException(FhirError.INPUT_TOO_LARGE, "", MAX_INPUT_CHARS);
        }
        FromFhir.Result fast;
        try {
            fast = FastFhirReader.read(json);
        } catch (EmrException e) {
            throw e;
        } catch (RuntimeException e) {
            fast = null; // a fault of the fast reader: the reference path reads the input or refuses it with its code
        }
        if (fast != null) {
            return new FhirDocument(fast.record(), fast.signedDocument());
        }
        return hapiReadBundleJson(json);
    }

    /** The HAPI path of {@code readBundleJson} (the reference): HAPI's strict parser, then the reverse mapping. */
    static FhirDocument hapiReadBundleJson(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_INPUT_CHARS) {
            throw new EmrException(FhirError.INPUT_TOO_LARGE, "", MAX_INPUT_CHARS);
        }
        IBaseResource resource;
        try {
            resource = parser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            // no cause: HAPI's and Jackson's messages quote the input, which may be personal data; HAPI 8.8's parser
            // throws NullPointerException for an extension without a url (found by FastFhirDifferentialTest)
            throw new EmrException(FhirError.MALFORMED, "");
        } catch (RuntimeException e) {
            throw new EmrException(FhirError.UNREADABLE, ""); // the last guard, as in readBundle; no message, no cause
        }
        if (!(resource instanceof Bundle bundle)) {
            throw new EmrException(FhirError.NOT_A_BUNDLE, "resourceType");
        }
        return readBundle(bundle);
    }

    /** The record and the signed document (if any) a FHIR R4 document Bundle holds; errors as {@link #fromBundleJson(String)}. */
    public static FhirDocument readBundle(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        FromFhir.Result result;
        try {
            result = FromFhir.read(bundle);
        } catch (EmrException e) {
            throw e;
        } catch (RuntimeException e) {
            // the last guard: FromFhir refuses each known fault with its own code (FhirHostileInputTest); anything
            // left is coded here, without the exception's message or cause, which may quote the input
            throw new EmrException(FhirError.UNREADABLE, "Bundle");
        }
        return new FhirDocument(result.record(), result.signedDocument());
    }

    private static IParser parser() {
        // strict: an unknown element or a value of the wrong type is refused, not silently dropped
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }
}
