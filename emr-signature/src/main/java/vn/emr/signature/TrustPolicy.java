package vn.emr.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidAlgorithmParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Security;
import java.security.cert.CertificateEncodingException;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import vn.emr.core.internal.Reasons;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.CertificateLabels;
import vn.emr.signature.internal.RevocationChecker;

/**
 * Which signer certificates the caller trusts: a certification path (RFC 5280, the JDK's PKIX builder) from the
 * signer certificate to one of the caller-given trust anchors (for Vietnam typically the National Root CA
 * certificates, old MIC and new MOST roots, or a public CA), every certificate valid at the validation time, the
 * signer's key usage allowing signatures, and, when the caller supplies {@link RevocationSource}s, no revocation.
 *
 * <p><b>Signer and path.</b> The signer may not be a CA certificate (basicConstraints {@code CA:TRUE}, with or without
 * key usage: {@link TrustError#SIGNER_IS_CA}), even when it is itself an anchor. Its key usage, when present, must
 * allow {@code digitalSignature} or {@code nonRepudiation}; its extended key usage, when present, must allow document
 * signing: {@code anyExtendedKeyUsage}, {@code emailProtection}, {@code id-kp-documentSigning} (RFC 9336), Microsoft
 * document signing or Adobe authentic documents ({@link TrustError#EXTENDED_KEY_USAGE_NOT_SIGNING}). Every
 * certificate of the path below the anchor must be signed with SHA-2 or stronger, not SHA-1, MD5 or MD2
 * ({@link TrustError#CERTIFICATE_WEAK_SIGNATURE}); the anchor's own signature is not checked.
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
 * unless {@link Builder#softFailRevocation(boolean)} turns it into a warning; alone, that error makes the outcome
 * {@link Outcome#INDETERMINATE} rather than {@link Outcome#INVALID} (not trusted either way). Without sources, revocation is not
 * checked. The trust anchors themselves are never checked for revocation.
 *
 * <p>Without revocation sources, the outcome of the certification-path build is cached per policy (at most 256
 * certificate lists, least recently used first out) and reused only when every certificate involved has the same
 * validity state (not yet valid, valid, expired) at the new validation time as when it was built, so results are the
 * same as without the cache. With revocation sources nothing is cached.
 *
 * <p>Immutable (apart from that cache) and thread-safe.
 */
public final class TrustPolicy {

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> anchorCertificates;
    private final List<X509Certificate> intermediates;
    private final List<RevocationSource> revocationSources;
    private final Instant validationTime;
    private final boolean softFailRevocation;
    private final boolean signerOnlyRevocation;
    /** Path-build outcomes, only without revocation sources (whose answers depend on time and on the sources). */
    private final PathCache pathCache;

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
        this.pathCache = revocationSources.isEmpty() ? new PathCache() : null;
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
        return validate(certificates, at, false);
    }

    /**
     * The same, optionally taking certificates signed with SHA-1 or MD5 below the anchor (package-private: only the
     * verifier's test-only legacy policy, for conformance vectors of an older time, passes {@code true}).
     */
    CertificateValidation validate(List<X509Certificate> certificates, Instant at, boolean weakCertificateSignatures) {
        List<Issue> issues = new ArrayList<>();
        if (certificates == null || certificates.isEmpty() || certificates.get(0) == null) {
            issues.add(Issue.error("", TrustError.NO_SIGNER_CERTIFICATE));
            return new CertificateValidation(false, List.of(), issues);
        }
        Instant time = validationTime != null ? validationTime : at != null ? at : Instant.now();
        X509Certificate signer = certificates.get(0);
        // the label is only for messages: made when one is needed

        Instant notBefore = signer.getNotBefore().toInstant();
        Instant notAfter = signer.getNotAfter().toInstant();
        Instant pathTime = time;
        if (time.isAfter(notAfter)) {
            issues.add(Issue.error("", TrustError.CERTIFICATE_EXPIRED, CertificateLabels.label(signer), time, notAfter));
            pathTime = notAfter;
        } else if (time.isBefore(notBefore)) {
            issues.add(Issue.error("", TrustError.CERTIFICATE_NOT_YET_VALID, CertificateLabels.label(signer), time, notBefore));
            pathTime = notBefore;
        }
        checkKeyUsage(signer, issues);
        checkNotCa(signer, issues);
        checkExtendedKeyUsage(signer, issues);

        List<X509Certificate> path = List.of();
        if (anchors.isEmpty()) {
            issues.add(Issue.error("", TrustError.NO_TRUST_ANCHOR));
        } else if (isAnchor(signer)) {
            path = List.of(signer);
        } else {
            path = buildPath(signer, certificates, pathTime, issues);
        }
        if (!weakCertificateSignatures) {
            checkPathSignatures(path, issues);
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
        PathCache cache = pathCache;
        byte[] key = cache == null || !PathCache.dateIndependentAlgorithmConstraints() ? null : cacheKey(certificates);
        if (key == null) {
            return buildPathUncached(signer, certificates, time).applyTo(issues);
        }
        Date at = Date.from(time);
        byte[] states = validityStates(certificates, at);
        Built cached = cache.get(key, states);
        if (cached != null) {
            return cached.withInstancesOf(certificates).applyTo(issues);
        }
        Built built = buildPathUncached(signer, certificates, time);
        cache.put(key, states, built);
        return built.applyTo(issues);
    }

    /**
     * The outcome of one path build: the path (signer first, anchor last) or the one issue explaining why there is
     * none.
     */
    private record Built(List<X509Certificate> path, Issue issue) {

        List<X509Certificate> applyTo(List<Issue> issues) {
            if (issue != null) {
                issues.add(issue);
            }
            return path;
        }

        /** The same path with the caller's certificate objects wherever they equal the cached ones. */
        Built withInstancesOf(List<X509Certificate> certificates) {
            if (path.isEmpty()) {
                return this;
            }
            List<X509Certificate> mapped = new ArrayList<>(path.size());
            for (X509Certificate c : path) {
                X509Certificate same = c;
                for (X509Certificate given : certificates) {
                    if (given != null && given.equals(c)) {
                        same = given;
                        break;
                    }
                }
                mapped.add(same);
            }
            return new Built(List.copyOf(mapped), issue);
        }
    }

    private Built buildPathUncached(X509Certificate signer, List<X509Certificate> certificates, Instant time) {
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
            return new Built(List.copyOf(path), null);
        } catch (CertPathBuilderException e) {
            return new Built(List.of(), Issue.error("", TrustError.PATH_NOT_TRUSTED, reason(e)));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            return new Built(List.of(), Issue.error("", TrustError.PATH_NOT_TRUSTED, Reasons.of(e)));
        }
    }

    /**
     * SHA-256 over the DER encodings of the given certificates in order (a null entry as one zero byte, which no DER
     * certificate starts with), or null when one cannot be encoded (then nothing is cached).
     */
    private static byte[] cacheKey(List<X509Certificate> certificates) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (X509Certificate c : certificates) {
                if (c == null) {
                    md.update((byte) 0);
                } else {
                    md.update(c.getEncoded());
                }
            }
            return md.digest();
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return null;
        }
    }

    /**
     * Whether each certificate the path builder can see (anchors, intermediates, the given ones) is not yet valid,
     * valid or expired at {@code at}, with the JDK's own comparison ({@code X509Certificate.checkValidity}). The
     * builder's only use of the date is these checks, so equal states mean an equal outcome.
     */
    private byte[] validityStates(List<X509Certificate> certificates, Date at) {
        byte[] states = new byte[anchorCertificates.size() + intermediates.size() + certificates.size()];
        int k = 0;
        for (X509Certificate c : anchorCertificates) {
            states[k++] = validityState(c, at);
        }
        for (X509Certificate c : intermediates) {
            states[k++] = validityState(c, at);
        }
        for (X509Certificate c : certificates) {
            states[k++] = c == null ? 0 : validityState(c, at);
        }
        return states;
    }

    private static byte validityState(X509Certificate c, Date at) {
        if (c.getNotBefore().after(at)) {
            return 1;
        }
        if (c.getNotAfter().before(at)) {
            return 2;
        }
        return 0;
    }

    /**
     * Path-build outcomes of a policy without revocation sources, by certificates; an entry is used only when every
     * certificate has the same validity state at the new time as when it was built. Bounded LRU, thread-safe.
     */
    private static final class PathCache {
        static final int CAPACITY = 256;

        private record Entry(byte[] states, Built built) {
        }

        private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > CAPACITY;
            }
        };
        private final AtomicLong hits = new AtomicLong();

        private static String key(byte[] hash) {
            return new String(hash, StandardCharsets.ISO_8859_1);
        }

        Built get(byte[] hash, byte[] states) {
            Entry e;
            synchronized (entries) {
                e = entries.get(key(hash));
            }
            if (e == null || !Arrays.equals(e.states, states)) {
                return null;
            }
            hits.incrementAndGet();
            return e.built;
        }

        void put(byte[] hash, byte[] states, Built built) {
            synchronized (entries) {
                entries.put(key(hash), new Entry(states, built));
            }
        }

        int size() {
            synchronized (entries) {
                return entries.size();
            }
        }

        /**
         * False when the JDK's certification-path algorithm constraints could depend on the date (a
         * {@code denyAfter} constraint not limited to signed JARs), so the builder's outcome is not a function of the
         * validity states alone.
         */
        static boolean dateIndependentAlgorithmConstraints() {
            String property = Security.getProperty("jdk.certpath.disabledAlgorithms");
            Object[] memo = constraintsMemo;
            if (memo != null && Objects.equals(memo[0], property)) {
                return (Boolean) memo[1];
            }
            boolean independent = true;
            if (property != null && property.contains("denyAfter")) {
                for (String entry : property.split(",")) {
                    if (entry.contains("denyAfter") && !SIGNED_JAR_ONLY.matcher(entry).matches()) {
                        independent = false;
                    }
                }
            }
            constraintsMemo = new Object[] {property, independent};
            return independent;
        }

        private static final java.util.regex.Pattern SIGNED_JAR_ONLY =
                java.util.regex.Pattern.compile("(?s).*\\busage\\s+SignedJAR\\s*(&.*)?");
        private static volatile Object[] constraintsMemo;
    }

    /** How many path builds this policy has cached (tests). */
    int cachedPaths() {
        return pathCache == null ? 0 : pathCache.size();
    }

    /** How many validations reused a cached path build (tests). */
    long cachedPathHits() {
        return pathCache == null ? 0 : pathCache.hits.get();
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

    private static void checkKeyUsage(X509Certificate signer, List<Issue> issues) {
        boolean[] usage = signer.getKeyUsage();
        // digitalSignature (0) or nonRepudiation/contentCommitment (1); no extension means no restriction
        if (usage != null && !(usage.length > 0 && usage[0]) && !(usage.length > 1 && usage[1])) {
            issues.add(Issue.error("", TrustError.KEY_USAGE_NOT_SIGNING, CertificateLabels.label(signer)));
        }
    }

    /** A CA certificate (basicConstraints CA:TRUE) signs certificates and CRLs, never documents. */
    private static void checkNotCa(X509Certificate signer, List<Issue> issues) {
        if (signer.getBasicConstraints() >= 0) {
            issues.add(Issue.error("", TrustError.SIGNER_IS_CA, CertificateLabels.label(signer)));
        }
    }

    /** Extended key usages that allow signing documents; without the extension there is no restriction. */
    static final Set<String> SIGNING_EKUS = Set.of(
            "2.5.29.37.0", // anyExtendedKeyUsage
            "1.3.6.1.5.5.7.3.4", // id-kp-emailProtection (S/MIME, the usual purpose of personal signing certificates)
            "1.3.6.1.5.5.7.3.36", // id-kp-documentSigning (RFC 9336)
            "1.3.6.1.4.1.311.10.3.12", // Microsoft document signing
            "1.2.840.113583.1.1.5"); // Adobe Authentic Documents Trust

    private static void checkExtendedKeyUsage(X509Certificate signer, List<Issue> issues) {
        List<String> eku;
        try {
            eku = signer.getExtendedKeyUsage();
        } catch (java.security.cert.CertificateParsingException e) {
            eku = List.of();
        }
        if (eku == null) {
            return;
        }
        if (eku.stream().noneMatch(SIGNING_EKUS::contains)) {
            issues.add(Issue.error("", TrustError.EXTENDED_KEY_USAGE_NOT_SIGNING, CertificateLabels.label(signer)));
        }
    }

    /**
     * Every certificate of the path below the anchor must be signed with SHA-2 (or stronger): a SHA-1 or MD5
     * certificate signature can be forged by a chosen-prefix collision, so a CA could be made to vouch for a
     * certificate it never issued. The anchor's own self-signature is not checked: the anchor is trusted as given.
     */
    private static void checkPathSignatures(List<X509Certificate> path, List<Issue> issues) {
        for (int i = 0; i < path.size() - 1; i++) {
            X509Certificate c = path.get(i);
            String digest = certificateDigest(c);
            if (digest != null) {
                issues.add(Issue.error("", TrustError.CERTIFICATE_WEAK_SIGNATURE, CertificateLabels.label(c), digest));
            }
        }
    }

    /** The weak digest (SHA-1, MD5, MD2) a certificate is signed with, or null when it is not one of them. */
    private static String certificateDigest(X509Certificate c) {
        String oid = c.getSigAlgOID();
        switch (oid) {
            case "1.2.840.113549.1.1.5", "1.3.14.3.2.29", "1.2.840.10045.4.1", "1.2.840.10040.4.3" -> {
                return "SHA-1";
            }
            case "1.2.840.113549.1.1.4" -> {
                return "MD5";
            }
            case "1.2.840.113549.1.1.2" -> {
                return "MD2";
            }
            case "1.2.840.113549.1.1.10" -> {
                // RSASSA-PSS: the digest is in the parameters, SHA-1 when they are absent (RFC 4055)
                byte[] params = c.getSigAlgParams();
                if (params == null) {
                    return "SHA-1";
                }
                try {
                    java.security.AlgorithmParameters ap = java.security.AlgorithmParameters.getInstance("RSASSA-PSS");
                    ap.init(params);
                    java.security.spec.PSSParameterSpec spec =
                            ap.getParameterSpec(java.security.spec.PSSParameterSpec.class);
                    String d = spec.getDigestAlgorithm().replace("-", "").toUpperCase(java.util.Locale.ROOT);
                    return d.equals("SHA1") ? "SHA-1" : null;
                } catch (java.security.GeneralSecurityException | java.io.IOException e) {
                    return null; // the path builder already verified this signature with these parameters
                }
            }
            default -> {
                return null;
            }
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
