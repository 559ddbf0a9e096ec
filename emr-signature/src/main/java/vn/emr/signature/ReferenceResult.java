package vn.emr.signature;

/**
 * What one {@code ds:Reference} of a signature covers and whether its digest matched.
 *
 * @param uri the reference URI as written ({@code ""}, {@code #id}, or a detached name)
 * @param type the {@code Type} attribute, empty when absent
 * @param digestAlgorithmUri the {@code DigestMethod} algorithm URI
 * @param signedElement the absolute path of the element the reference really covers (for example
 *     {@code /GIAMDINHHS}), or the detached URI; empty when it could not be resolved
 * @param digestValid whether the recomputed digest equals the {@code DigestValue}
 */
public record ReferenceResult(String uri, String type, String digestAlgorithmUri, String signedElement,
        boolean digestValid) {

    /** Validates the components. */
    public ReferenceResult {
        uri = uri == null ? "" : uri;
        type = type == null ? "" : type;
        digestAlgorithmUri = digestAlgorithmUri == null ? "" : digestAlgorithmUri;
        signedElement = signedElement == null ? "" : signedElement;
    }
}
