package vn.emr.signature;

import java.security.cert.X509CRL;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where a {@link TrustPolicy} learns whether a certificate is revoked: certificate revocation lists the caller already
 * holds (RFC 5280), or an OCSP responder (RFC 6960) reached through a caller-given function. The SDK never fetches
 * anything from the network by itself; a host that wants online checks passes a function that posts the request to
 * the responder (for example the URL in the certificate's Authority Information Access) and returns the answer.
 *
 * <p>When sources are given but none gives a usable status for a certificate (no CRL of its issuer, a stale or
 * badly signed one, a failed responder), the signature is {@link Outcome#INDETERMINATE}
 * ({@link TrustError#REVOCATION_UNKNOWN}), never valid.
 *
 * <p>Immutable and thread-safe if the responder function is.
 */
public final class RevocationSource {

    private final List<X509CRL> crls;
    private final UnaryOperator<byte[]> ocspResponder;

    private RevocationSource(List<X509CRL> crls, UnaryOperator<byte[]> ocspResponder) {
        this.crls = crls;
        this.ocspResponder = ocspResponder;
    }

    /** CRLs held by the caller; each is used only for certificates of its issuer and only if its signature verifies. */
    public static RevocationSource crls(Collection<X509CRL> crls) {
        List<X509CRL> copy = List.copyOf(Objects.requireNonNull(crls, "crls"));
        return new RevocationSource(copy, null);
    }

    /** One CRL held by the caller. */
    public static RevocationSource crl(X509CRL crl) {
        return crls(List.of(Objects.requireNonNull(crl, "crl")));
    }

    /**
     * An OCSP responder: the function receives a DER-encoded {@code OCSPRequest} and returns the DER-encoded
     * {@code OCSPResponse}, or throws (any runtime exception) when the responder cannot be reached. Responses are
     * checked: signed by the issuer or by a responder certificate the issuer delegated ({@code id-kp-OCSPSigning}),
     * for the right certificate, with a matching nonce when the responder echoes one.
     */
    public static RevocationSource ocsp(UnaryOperator<byte[]> responder) {
        return new RevocationSource(List.of(), Objects.requireNonNull(responder, "responder"));
    }

    /** The CRLs of this source (empty for an OCSP source). */
    List<X509CRL> crlList() {
        return crls;
    }

    /** The OCSP responder, or null for a CRL source. */
    UnaryOperator<byte[]> responder() {
        return ocspResponder;
    }

    @Override
    public String toString() {
        return ocspResponder != null ? "RevocationSource[OCSP]" : "RevocationSource[" + crls.size() + " CRL]";
    }
}
