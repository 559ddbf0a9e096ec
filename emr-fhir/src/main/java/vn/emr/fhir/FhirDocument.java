package vn.emr.fhir;

import java.util.Objects;
import java.util.Optional;
import vn.emr.core.model.MedicalRecord;

/**
 * What {@link FhirRecords#readBundleJson(String)} gives back from a FHIR document Bundle: the medical record and, when
 * the Bundle carries one, the signed document.
 */
public final class FhirDocument {

    private final MedicalRecord record;
    private final SignedDocument signedDocument;

    FhirDocument(MedicalRecord record, SignedDocument signedDocument) {
        this.record = Objects.requireNonNull(record, "record");
        this.signedDocument = signedDocument;
    }

    /** The medical record. */
    public MedicalRecord record() {
        return record;
    }

    /** The signed document the Bundle's DocumentReference carries, if present. */
    public Optional<SignedDocument> signedDocument() {
        return Optional.ofNullable(signedDocument);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FhirDocument other && record.equals(other.record)
                && Objects.equals(signedDocument, other.signedDocument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, signedDocument);
    }

    /** Masked, as the record's own {@code toString()}. */
    @Override
    public String toString() {
        return "FhirDocument[record=" + record + ", signedDocument=" + signedDocument + "]";
    }
}
