package vn.emr.signature;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.CertificateLabels;
import vn.emr.signature.internal.RevocationChecker;

/**
 * Which signer certificates the caller trusts: a certification path (RFC 5280, the JDK's PKIX builder) from the
 * signer certificate to one of the caller-given trust anchors (for Vietnam typically the National Root CA
 * certificates, old MIC and new MOST roots, or a public CA), every certificate valid at the validation time, the
 * signer's key usage allowing signatures, and, when the caller supplies {@link RevocationSource}s, no revocation.
 *
 * <p>The certificates found in a signature's {@code KeyInfo} are untrusted input: they only help to build a path,
 * they never become anchors.
 *
 * <p><b>Revocation and time.</b> A certificate revoked at or before the validation time makes the signature invalid
 * ({@link TrustError#REVOKED}). A certificate revoked after it for a benign reason (superseded, cessation of
 * operation, affiliation changed, privilege withdrawn, on hold) is still trusted, with a
 * {@link TrustError#REVOKED_AFTER_SIGNING_TIME} warning: the signature was made while the key was good. A certificate
 * revoked after it for key or CA compromise, or without a reason, stays invalid
 * ({@link TrustError#REVOKED_COMPROMISE_AFTER_SIGNING_TIME}): the revocation date is when the CA learned of the
 * compromise, and a signing time claimed by the document (XAdES {@code SigningTime}) can be back-dated by whoever
 * holds the key. The validation time should therefore be trustworthy (the caller's clock, a receipt time, a
 * verified time-stamp); expiry is judged at that time too. When revocation sources are given and
 * none of them answers for a certificate of the path, the result is an error ({@link TrustError#REVOCATION_UNKNOWN})
 * unless {@link Builder#softFailRevocation(boolean)} turns it into a warning. Without sources, revocation is not
 * checked. The trust anchors themselves are never checked for revocation.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrustPolicy {

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> anchorCertificates;
    private final List<X509Certificate> intermediates;
    private final List<RevocationSource> revocationSources;
    private final Instant validationTime;
    private final boolean softFailRevocation;
    private final boolean signerOnlyRevocation;

    private TrustPolicy(Builder b) {
        this.anchorCertificates = List.copyOf(b.anchors);
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate c : anchorCertificates) {
            set.add(new TrustAnchor(c, null));
        }
        this.anchors = Set.copyOf(set);
        this.intermediates = List.copyOf(b.intermediates);
        this.revocationSources = List.copyOf(b.revocationSources);
        this.validationTime = b.validationTime;
        this.softFailRevocation = b.softFailRevocation;
        this.signerOnlyRevocation = b.signerOnlyRevocation;
    }

    /** A policy trusting exactly these anchors, without intermediates or revocation checks. */
    public static TrustPolicy of(Collection<X509Certificate> trustAnchors) {
        return builder().trustAnchors(trustAnchors).build();
    }

    /** A policy trusting exactly these anchors, without intermediates or revocation checks. */
    public static TrustPolicy of(X509Certificate... trustAnchors) {
        return of(Arrays.asList(trustAnchors));
    }

    /** A builder; at least one trust anchor is needed for anything to be trusted. */
    public static Builder builder() {
        return new Builder();
    }

    /** The trust anchors' certificates. */
    public List<X509Certificate> trustAnchors() {
        return anchorCertificates;
    }

    /** The fixed validation time, or null when {@link #validate} uses the time it is given. */
    public Instant validationTime() {
        return validationTime;
    }

    /** Whether revocation is checked (some source was given). */
    public boolean checksRevocation() {
        return !revocationSources.isEmpty();
    }

    /**
     * Validates the signer certificate now (or at the fixed validation time, if the policy has one).
     *
     * @see #validate(List, Instant)
     */
    public CertificateValidation validate(List<X509Certificate> certificates) {
        return validate(certificates, null);
    }

    /**
     * Validates a signer certificate.
     *
     * @param certificates the signer certificate first, then any certificates found with the signature (its
     *     {@code KeyInfo}); these help build the path but are not trusted by themselves
     * @param at the time the certificates must be valid at, typically the signing time when it is trustworthy;
     *     ignored when the policy has a fixed validation time; null means now
     * @return the result, never null; problems are coded issues, never exceptions
     */
    public CertificateValidation validate(List<X509Certificate> certificates, Instant at) {
        List<Issue> issues = new ArrayList<>();
        if (certificates == null || certificates.isEmpty() || certificates.get(0) == null) {
            issues.add(Issue.error("", TrustError.NO_SIGNER_CERTIFICATE));
            return new CertificateValidation(false, List.of(), issues);
        }
        Instant time = validationTime != null ? validationTime : at != null ? at : Instant.now();
        X509Certificate signer = certificates.get(0);
        String label = CertificateLabels.label(signer);

        Instant notBefore = signer.getNotBefore().toInstant();
        Instant notAfter = signer.getNotAfter().toInstant();
        Instant pathTime = time;
        if (time.isAfter(notAfter)) {
            issues.add(Issue.error("", TrustError.CERTIFICATE_EXPIRED, label, time, notAfter));
            pathTime = notAfter;
        } else if (time.isBefore(notBefore)) {
            issues.add(Issue.error("", TrustError.CERTIFICATE_NOT_YET_VALID, label, time, notBefore));
            pathTime = notBefore;
        }
        checkKeyUsage(signer, label, issues);

        List<X509Certificate> path = List.of();
        if (anchors.isEmpty()) {
            issues.add(Issue.error("", TrustError.NO_TRUST_ANCHOR));
        } else if (isAnchor(signer)) {
            path = List.of(signer);
        } else {
            path = buildPath(signer, certificates, pathTime, issues);
        }

        if (!path.isEmpty() && !revocationSources.isEmpty()) {
            int last = signerOnlyRevocation ? Math.min(1, path.size() - 1) : path.size() - 1;
            for (int i = 0; i < last; i++) {
                issues.addAll(RevocationChecker.check(path.get(i), path.get(i + 1), time, crls(), responders(),
                        softFailRevocation));
            }
        }
        boolean trusted = !path.isEmpty() && issues.stream().noneMatch(i -> i.severity() == vn.emr.core.Severity.ERROR);
        return new CertificateValidation(trusted, path, issues);
    }

    private List<X509Certificate> buildPath(X509Certificate signer, List<X509Certificate> certificates, Instant time,
            List<Issue> issues) {
        Set<X509Certificate> pool = new LinkedHashSet<>(intermediates);
        for (int i = 1; i < certificates.size(); i++) {
            if (certificates.get(i) != null) {
                pool.add(certificates.get(i));
            }
        }
        pool.add(signer);
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            params.setDate(Date.from(time));
            params.setRevocationEnabled(false); // revocation is ours: offline sources, signing-time semantics
            params.setMaxPathLength(8);
            PKIXCertPathBuilderResult result =
                    (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            return List.copyOf(path);
        } catch (CertPathBuilderException e) {
            issues.add(Issue.error("", TrustError.PATH_NOT_TRUSTED, reason(e)));
            return List.of();
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            issues.add(Issue.error("", TrustError.PATH_NOT_TRUSTED, e.getClass().getSimpleName()));
            return List.of();
        }
    }

    private static String reason(CertPathBuilderException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertPathValidatorException v
                    && v.getReason() != CertPathValidatorException.BasicReason.UNSPECIFIED) {
                return v.getReason().toString();
            }
        }
        return "no certification path to a trust anchor";
    }

    private boolean isAnchor(X509Certificate certificate) {
        for (X509Certificate a : anchorCertificates) {
            if (a.equals(certificate)) {
                return true;
            }
        }
        return false;
    }

    private static void checkKeyUsage(X509Certificate signer, String label, List<Issue> issues) {
        boolean[] usage = signer.getKeyUsage();
        // digitalSignature (0) or nonRepudiation/contentCommitment (1); no extension means no restriction
        if (usage != null && !(usage.length > 0 && usage[0]) && !(usage.length > 1 && usage[1])) {
            issues.add(Issue.error("", TrustError.KEY_USAGE_NOT_SIGNING, label));
        }
    }

    private List<java.security.cert.X509CRL> crls() {
        List<java.security.cert.X509CRL> all = new ArrayList<>();
        revocationSources.forEach(s -> all.addAll(s.crlList()));
        return all;
    }

    private List<java.util.function.UnaryOperator<byte[]>> responders() {
        List<java.util.function.UnaryOperator<byte[]>> all = new ArrayList<>();
        revocationSources.stream().filter(s -> s.responder() != null).forEach(s -> all.add(s.responder()));
        return all;
    }

    @Override
    public String toString() {
        return "TrustPolicy[anchors=" + anchorCertificates.size() + ", intermediates=" + intermediates.size()
                + ", revocationSources=" + revocationSources.size() + ", validationTime=" + validationTime + "]";
    }

    /** Builds a {@link TrustPolicy}; not thread-safe. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private final List<X509Certificate> intermediates = new ArrayList<>();
        private final List<RevocationSource> revocationSources = new ArrayList<>();
        private Instant validationTime;
        private boolean softFailRevocation;
        private boolean signerOnlyRevocation;

        private Builder() {
        }

        /** Adds a trust anchor (a root or any CA certificate the caller trusts). */
        public Builder trustAnchor(X509Certificate anchor) {
            anchors.add(Objects.requireNonNull(anchor, "anchor"));
            return this;
        }

        /** Adds trust anchors. */
        public Builder trustAnchors(Collection<X509Certificate> trustAnchors) {
            Objects.requireNonNull(trustAnchors, "trustAnchors").forEach(this::trustAnchor);
            return this;
        }

        /** Adds an intermediate CA certificate that may be used to build paths (it is not trusted by itself). */
        public Builder intermediate(X509Certificate certificate) {
            intermediates.add(Objects.requireNonNull(certificate, "certificate"));
            return this;
        }

        /** Adds intermediate CA certificates. */
        public Builder intermediates(Collection<X509Certificate> certificates) {
            Objects.requireNonNull(certificates, "certificates").forEach(this::intermediate);
            return this;
        }

        /** Adds a revocation source; with at least one, every certificate of the path is checked. */
        public Builder revocationSource(RevocationSource source) {
            revocationSources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Validates at this fixed time whatever time {@link TrustPolicy#validate} is given (tests, archives). */
        public Builder validationTime(Instant time) {
            this.validationTime = Objects.requireNonNull(time, "time");
            return this;
        }

        /** When true, a certificate without revocation status is a warning instead of an error (default false). */
        public Builder softFailRevocation(boolean soft) {
            this.softFailRevocation = soft;
            return this;
        }

        /** When true, only the signer certificate is checked for revocation, not the intermediates (default false). */
        public Builder revocationOfSignerOnly(boolean signerOnly) {
            this.signerOnlyRevocation = signerOnly;
            return this;
        }

        /** The policy. */
        public TrustPolicy build() {
            return new TrustPolicy(this);
        }
    }
}
