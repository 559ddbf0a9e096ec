package vn.emr.signature;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/**
 * The outcome of validating a signer certificate against a {@link TrustPolicy}: whether it is trusted, the
 * certification path that was built (signer first, ending with the trust anchor's certificate), and the coded issues
 * found (errors make it untrusted; warnings, such as a revocation after the signing time, do not).
 *
 * @param trusted whether the signer certificate chains to a trust anchor, was valid at the validation time and is
 *     not revoked (no issue of severity error)
 * @param path the certification path, signer first and the anchor's certificate last; empty when none was built
 * @param issues the coded errors and warnings, codes from {@link TrustError}
 */
public record CertificateValidation(boolean trusted, List<X509Certificate> path, List<Issue> issues) {

    /** Copies the components and checks that {@code trusted} agrees with the issues. */
    public CertificateValidation {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
        if (trusted && issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("a trusted validation cannot carry errors");
        }
        if (!trusted && issues.stream().noneMatch(i -> i.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("an untrusted validation needs at least one error");
        }
    }

    /**
     * {@link Outcome#VALID} when trusted, {@link Outcome#INDETERMINATE} when the only errors are ones more
     * information could resolve (revocation status unknown), {@link Outcome#INVALID} otherwise.
     */
    public Outcome outcome() {
        return Outcome.of(issues);
    }

    /** The errors (empty when trusted). */
    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    /** The warnings. */
    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() != Severity.ERROR).toList();
    }

    @Override
    public String toString() {
        // subjects only: no serial numbers or key material
        return "CertificateValidation[trusted=" + trusted + ", pathLength=" + path.size() + ", issues=" + issues + "]";
    }
}
