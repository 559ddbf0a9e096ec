package vn.emr.fhir;

import java.util.Arrays;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * A signed rendition of the record (for example the XML-DSig document emr-signature produces), carried unchanged in
 * the Bundle as a {@code DocumentReference} attachment so that a receiver can verify the signature over the same bytes.
 *
 * @param content the signed bytes, exactly as signed
 * @param contentType the MIME type, e.g. {@code application/xml}
 */
public record SignedDocument(byte[] content, String contentType) {

    /** Refuses missing or empty content and a missing or blank content type; keeps a private copy of the bytes. */
    public SignedDocument {
        if (content == null || content.length == 0) {
            throw new EmrException(CoreError.REQUIRED, "signedDocument.content");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new EmrException(CoreError.REQUIRED, "signedDocument.contentType");
        }
        content = content.clone();
    }

    /** A copy of the signed bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedDocument other && Arrays.equals(content, other.content)
                && contentType.equals(other.contentType);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(content) + Objects.hashCode(contentType);
    }

    /** The type and size only; the content may hold personal data. */
    @Override
    public String toString() {
        return "SignedDocument[contentType=" + contentType + ", bytes=" + content.length + "]";
    }
}
