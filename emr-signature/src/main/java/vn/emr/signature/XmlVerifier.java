package vn.emr.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;
import vn.emr.core.internal.Reasons;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Canonicalizer;
import vn.emr.signature.internal.CertificateCache;
import vn.emr.signature.internal.Crypto;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner.CapturedSignature;
import vn.emr.signature.internal.DocumentScanner.IdTarget;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.Node;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.Shown;
import vn.emr.signature.internal.SignerSelection;
import vn.emr.signature.internal.SignatureModel.Ref;
import vn.emr.signature.internal.SignatureModel;
import vn.emr.signature.internal.SignatureShape;
import vn.emr.signature.internal.Xades;
import vn.emr.signature.internal.XmlSource;

/**
 * The strict XML-DSig verifier: refuses DOCTYPE, external and relative reference URIs, transforms other than
 * enveloped-signature and C14N, more than 5 transforms or 30 references, SHA-1/MD5, RSA under 2048 and EC under 256
 * bits, HMAC, duplicate Ids, signatures that do not cover the element the caller reads (wrapping), signers that do not
 * chain to the caller's trust anchors (through {@link TrustPolicy}), and for {@link SignatureProfile#CHUKYDONVI} a
 * signature outside {@code /GIAMDINHHS/CHUKYDONVI}, with more than the one whole-document reference, or holding
 * anything beyond its fixed parts (the enveloped-signature transform leaves the whole {@code Signature} unsigned).
 * Each refusal has its own {@link SignatureError} code.
 *
 * <p>Verification work is bounded: every signature's cheap checks (structure, placement, shape, a key present and
 * acceptable, the SignatureValue over SignedInfo) run before any reference is digested, and one that fails them gets
 * no digest work; a document needing more than 64 distinct streaming digests, or more than 8 passes' worth of
 * canonicalization (at least 2,000,000 element visits), is refused as a whole
 * ({@link SignatureError#VERIFICATION_WORK_LIMIT}).
 *
 * <p>The document is never built as a DOM: one streaming pass (the JDK's SAX parser, hardened in one place)
 * canonicalizes and digests it while capturing the small {@code Signature} elements; a second pass runs only when a
 * reference needs a digest the first pass could not guess. Nothing is ever fetched from a URI. Immutable and
 * thread-safe; each verifier (with those derived from it by the {@code with...} methods) keeps its own bounded cache
 * of the certificates decoded from {@code KeyInfo}, so nothing is shared between unrelated verifiers.
 *
 * <pre>{@code
 * VerificationResult r = XmlVerifier.strict(TrustPolicy.of(rootCa))
 *         .withProfile(SignatureProfile.CHUKYDONVI)
 *         .verify(signedBytes);
 * }</pre>
 */
public final class XmlVerifier {

    static final String GIAMDINHHS_PATH = "/GIAMDINHHS";
    static final String CHUKYDONVI_PATH = "/GIAMDINHHS/CHUKYDONVI";
    private static final String DSIG = DocumentScanner.DSIG;
    private static final String DSIG11 = "http://www.w3.org/2009/xmldsig11#";
    private static final int LEGACY_RSA_BITS = 1024;

    private final TrustPolicy trust;
    private final SignatureProfile profile;
    private final String expectedElement;
    private final List<PublicKey> pinnedKeys;
    private final Clock clock;
    private final SecureXml.Parsers parsers;
    private final boolean legacyAlgorithms;
    /** Recently decoded KeyInfo certificates; one per verifier and the verifiers derived from it, never static. */
    private final CertificateCache certificateCache;

    private XmlVerifier(TrustPolicy trust, SignatureProfile profile, String expectedElement,
            List<PublicKey> pinnedKeys, Clock clock) {
        this(trust, profile, expectedElement, pinnedKeys, clock, SecureXml.Parsers.byDefault(), false,
                new CertificateCache());
    }

    private XmlVerifier(TrustPolicy trust, SignatureProfile profile, String expectedElement,
            List<PublicKey> pinnedKeys, Clock clock, SecureXml.Parsers parsers, boolean legacyAlgorithms,
            CertificateCache certificateCache) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.expectedElement = expectedElement;
        this.pinnedKeys = List.copyOf(pinnedKeys);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parsers = Objects.requireNonNull(parsers, "parsers");
        this.legacyAlgorithms = legacyAlgorithms;
        this.certificateCache = certificateCache;
    }

    /** The same verifier parsing through these parsers (package-private: differential tests compare the two). */
    XmlVerifier withParsers(SecureXml.Parsers newParsers) {
        return new XmlVerifier(trust, profile, expectedElement, pinnedKeys, clock, newParsers, legacyAlgorithms,
                certificateCache);
    }

    /**
     * The same verifier also accepting SHA-1 digests, RSA-SHA1 signatures and RSA keys from 1024 bits
     * (package-private, tests only: it lets a negative conformance vector fail for the property it tests, not for
     * its old algorithms). Never reachable from the public API.
     */
    XmlVerifier withLegacyAlgorithmsForTests() {
        return new XmlVerifier(trust, profile, expectedElement, pinnedKeys, clock, parsers, true, certificateCache);
    }

    /** A strict verifier of generic enveloped signatures over the whole document, trusting the policy's anchors. */
    public static XmlVerifier strict(TrustPolicy trust) {
        return new XmlVerifier(trust, SignatureProfile.ENVELOPED, null, List.of(), Clock.systemUTC());
    }

    /** The same verifier checking the given profile's shape. */
    public XmlVerifier withProfile(SignatureProfile newProfile) {
        return new XmlVerifier(trust, newProfile, expectedElement, pinnedKeys, clock, parsers, legacyAlgorithms,
                certificateCache);
    }

    /**
     * The same verifier requiring that some reference covers exactly the element the caller will read, given as an
     * absolute path of qualified names (for example {@code /HoSoBenhAn/NoiDung}); it must occur exactly once. By
     * default this is the document root.
     */
    public XmlVerifier withExpectedElement(String absolutePath) {
        if (absolutePath == null || !absolutePath.startsWith("/")) {
            throw new IllegalArgumentException("an absolute path such as /HoSoBenhAn/NoiDung is required");
        }
        return new XmlVerifier(trust, profile, absolutePath, pinnedKeys, clock, parsers, legacyAlgorithms,
                certificateCache);
    }

    /**
     * The same verifier also trusting these raw public keys (for signatures that carry only a {@code KeyValue});
     * a pinned key is trusted without a certificate path.
     */
    public XmlVerifier withPinnedKeys(Collection<PublicKey> keys) {
        return new XmlVerifier(trust, profile, expectedElement, List.copyOf(keys), clock, parsers, legacyAlgorithms,
                certificateCache);
    }

    /** The same verifier using this clock for "now" (when no XAdES signing time is given). */
    public XmlVerifier withClock(Clock newClock) {
        return new XmlVerifier(trust, profile, expectedElement, pinnedKeys, newClock, parsers, legacyAlgorithms,
                certificateCache);
    }

    /** Verifies a signed document held in memory. */
    public VerificationResult verify(byte[] xml) {
        if (xml == null || xml.length == 0) {
            return VerificationResult.failed(Issue.error("", SignatureError.EMPTY_INPUT));
        }
        return run(XmlSource.of(xml), Map.of());
    }

    /** Verifies a signed file, streaming it (bounded memory, whatever its size). */
    public VerificationResult verify(Path file) {
        return run(XmlSource.of(file), Map.of());
    }

    /** Verifies a signed document read from the stream (spooled to a temporary file so it can be read twice). */
    public VerificationResult verify(InputStream in) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("emr-verify", ".xml");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return verify(tmp);
        } catch (IOException e) {
            return VerificationResult.failed(Issue.error("", SignatureError.IO_READ, Reasons.of(e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * Verifies a detached signature ({@link SignatureProfile#DETACHED}) over content the caller supplies: the
     * reference whose URI equals {@code uri} is checked against {@code content}; nothing is fetched.
     */
    public VerificationResult verifyDetached(byte[] signatureXml, String uri, byte[] content) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(content, "content");
        if (signatureXml == null || signatureXml.length == 0) {
            return VerificationResult.failed(Issue.error("", SignatureError.EMPTY_INPUT));
        }
        return withProfile(SignatureProfile.DETACHED).run(XmlSource.of(signatureXml), Map.of(uri, content));
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The most distinct streaming digests the second pass may run for one document (each sees every event). */
    static final int MAX_PASS2_DIGESTS = 64;
    /** The canonicalization work one document may cost, in whole-document passes... */
    static final int MAX_DOCUMENT_PASSES = 8;
    /** ...but never less than this many element visits, so small documents with many signatures always fit. */
    static final long MIN_WORK_ELEMENTS = 2_000_000L;

    /** One signature's verification state: what pass 1 captured, what is planned, and the issues found so far. */
    private static final class Check {
        final CapturedSignature captured;
        final SignatureModel model;
        final Map<Ref, Digester> digesters = new HashMap<>();
        final Map<Ref, byte[]> computed = new HashMap<>();
        final Map<Ref, String> signedPaths = new HashMap<>();
        final Map<Ref, Node> treeTargets = new HashMap<>();
        final Map<Ref, IdTarget> streamTargets = new HashMap<>();
        final Map<Ref, byte[]> detachedContent = new HashMap<>();
        final List<Issue> errors = new ArrayList<>();
        final List<Issue> warnings = new ArrayList<>();
        final List<ReferenceResult> references = new ArrayList<>();
        List<X509Certificate> certs = List.of();
        X509Certificate signerCert;
        PublicKey key;
        List<X509Certificate> chain = List.of();
        Instant signingTime;
        String role;
        String signedElement = "";
        String excludedElement = "";

        Check(CapturedSignature captured, SignatureModel model) {
            this.captured = captured;
            this.model = model;
        }

        String location() {
            return captured.parentPath;
        }

        SignatureResult result() {
            return new SignatureResult(model.id, location(), dedupe(errors), dedupe(warnings), signerCert, chain,
                    signedElement, model.algorithm, signingTime, role, references, excludedElement);
        }
    }

    /** The canonicalization work planned for one document, against its documented limit. */
    private static final class WorkBudget {
        final long limit;
        long planned;
        boolean exceeded;

        WorkBudget(int elementCount) {
            this.limit = Math.max(MIN_WORK_ELEMENTS, (long) MAX_DOCUMENT_PASSES * elementCount);
        }

        /** Adds work; false (and exceeded from now on) when it does not fit. */
        boolean take(long elements) {
            planned += elements;
            exceeded |= planned > limit;
            return !exceeded;
        }
    }

    private VerificationResult run(XmlSource source, Map<String, byte[]> detached) {
        boolean isDetached = profile == SignatureProfile.DETACHED;
        DocumentScanner.Watch expected = new DocumentScanner.Watch(expectedElement, CHUKYDONVI_PATH);
        Digester speculative = isDetached ? null
                : new Digester(null, Digester.EXCLUDE_ALL, C14nMethod.INCLUSIVE, null,
                        Crypto.digest(DigestAlgorithm.SHA256));
        List<Digester> pass1 = speculative == null ? List.of() : List.of(speculative);
        DocumentScanner scan = new DocumentScanner(pass1, true, expected, null);
        try {
            parse(source, scan);
        } catch (EmrException e) {
            return new VerificationResult(e.issues(), List.of());
        }
        if (scan.signatures().isEmpty()) {
            return VerificationResult.failed(Issue.error("", SignatureError.SIGNATURE_MISSING));
        }
        String rootPath = "/" + scan.rootQName();

        // what can be checked without digesting the document, for every signature first
        List<Check> checks = new ArrayList<>();
        for (CapturedSignature cs : scan.signatures()) {
            Check c = new Check(cs, SignatureModel.read(cs.tree, isDetached, legacyAlgorithms));
            checks.add(c);
            if (c.model.errors.isEmpty()) {
                for (Ref ref : c.model.references) {
                    resolveReference(c, ref, scan, rootPath, detached);
                }
            }
            checkBeforeDigests(c, scan, rootPath);
        }

        // then the digests, only for signatures that passed, within the document's work limit
        Map<String, Digester> pass2 = new LinkedHashMap<>();
        WorkBudget budget = new WorkBudget(scan.elementCount());
        for (Check c : checks) {
            if (!c.errors.isEmpty()) {
                continue;
            }
            for (Ref ref : c.model.references) {
                planDigest(c, ref, scan, speculative, pass2, budget);
                if (budget.exceeded || pass2.size() > MAX_PASS2_DIGESTS) {
                    return VerificationResult.failed(Issue.error("", SignatureError.VERIFICATION_WORK_LIMIT,
                            MAX_PASS2_DIGESTS, budget.limit));
                }
            }
        }
        if (!pass2.isEmpty()) {
            DocumentScanner second = new DocumentScanner(new ArrayList<>(pass2.values()), false,
                    DocumentScanner.Watch.NONE, null);
            try {
                parse(source, second);
            } catch (EmrException e) {
                return new VerificationResult(e.issues(), List.of());
            }
        }
        List<SignatureResult> results = new ArrayList<>();
        for (Check c : checks) {
            checkAfterDigests(c, scan, rootPath);
            results.add(c.result());
        }
        return new VerificationResult(List.of(), results);
    }

    private void parse(XmlSource source, DocumentScanner scanner) {
        try {
            SecureXml.parse(source, scanner, parsers);
        } catch (UncheckedIOException e) {
            throw new EmrException(SignatureError.IO_READ, "", Reasons.of(e.getCause()));
        }
    }

    /** Finds what a reference points at (no digest yet); a missing target or detached content is a model error. */
    private void resolveReference(Check c, Ref ref, DocumentScanner scan, String rootPath,
            Map<String, byte[]> detached) {
        if (!SignatureModel.hasDigest(ref)) {
            return;
        }
        if (ref.external) {
            byte[] content = detached.get(ref.uri);
            if (content == null) {
                c.model.errors.add(Issue.error("", SignatureError.DETACHED_CONTENT_MISSING,
                        SignatureModel.isNcName(ref.uri) ? Shown.of(ref.uri) : "external"));
            } else if (ref.enveloped || ref.c14n != null) {
                c.model.errors.add(Issue.error("", SignatureError.TRANSFORM_CHAIN_UNSUPPORTED,
                        "detached content takes no transform"));
            } else {
                c.detachedContent.put(ref, content);
                c.signedPaths.put(ref, ref.uri);
            }
            return;
        }
        if (ref.targetId == null) {
            c.signedPaths.put(ref, rootPath);
            if (ref.enveloped) {
                c.excludedElement = signaturePath(c.captured);
            }
            return;
        }
        IdTarget target = scan.ids().get(ref.targetId);
        if (target == null) {
            c.model.errors.add(Issue.error("", SignatureError.REFERENCE_TARGET_NOT_FOUND,
                    SignatureModel.isNcName(ref.targetId) ? Shown.of(ref.uri) : "#?"));
            return;
        }
        c.signedPaths.put(ref, target.path());
        if (target.signature() >= 0) {
            c.treeTargets.put(ref, target.node());
        } else {
            c.streamTargets.put(ref, target);
            String parent = c.captured.parentPath;
            boolean encloses = target.ordinal() < c.captured.elementOrdinal
                    && (parent.equals(target.path()) || parent.startsWith(target.path() + "/"));
            if (ref.enveloped && encloses) {
                c.excludedElement = signaturePath(c.captured);
            }
        }
    }

    private static String signaturePath(CapturedSignature cs) {
        return ("/".equals(cs.parentPath) ? "" : cs.parentPath) + "/" + cs.tree.qName();
    }

    /** Plans the digest of one resolved reference: the free speculative one, a pass-2 digester, or in-tree C14N. */
    private void planDigest(Check c, Ref ref, DocumentScanner scan, Digester speculative,
            Map<String, Digester> pass2, WorkBudget budget) {
        if (!SignatureModel.hasDigest(ref)) {
            return;
        }
        byte[] content = c.detachedContent.get(ref);
        if (content != null) {
            c.computed.put(ref, SignatureModel.messageDigest(ref).digest(content));
            return;
        }
        if (ref.external || !c.signedPaths.containsKey(ref)) {
            return;
        }
        C14nMethod method = SignatureModel.effectiveC14n(ref);
        int exclude = ref.enveloped ? c.captured.ordinal : Digester.EXCLUDE_NONE;
        if (ref.targetId == null) {
            boolean speculationFits = speculative != null && ref.enveloped && scan.topLevelSignatureCount() == 1
                    && c.captured.enclosing == null && method != null && !method.exclusive() && ref.digest == DigestAlgorithm.SHA256;
            if (speculationFits) {
                c.digesters.put(ref, speculative);
            } else {
                c.digesters.put(ref, shared(pass2, null, exclude, method, ref, scan.elementCount(), budget));
            }
            return;
        }
        Node tree = c.treeTargets.get(ref);
        if (tree == null) {
            IdTarget target = c.streamTargets.get(ref);
            c.digesters.put(ref, shared(pass2, ref.targetId, exclude, method, ref,
                    scan.elementCount() - (long) target.ordinal(), budget));
            return;
        }
        CapturedSignature owner = scan.signatures().get(scan.ids().get(ref.targetId).signature());
        byte[] value;
        if (ref.enveloped && owner.isOrIsInside(c.captured)) {
            value = SignatureModel.messageDigest(ref).digest();
        } else {
            List<Node> subtree = new ArrayList<>();
            tree.collect(subtree);
            if (!budget.take(subtree.size())) {
                return;
            }
            try {
                value = Canonicalizer.digest(tree, ref.enveloped ? c.captured.tree : null, owner.outerBindings,
                        owner.outerXmlAttrs, method, ref.prefixes, SignatureModel.messageDigest(ref));
            } catch (EmrException e) {
                c.errors.addAll(e.issues());
                return;
            }
        }
        c.computed.put(ref, value);
    }

    /** The pass-2 digester for this target and transform chain, shared by identical references. */
    private static Digester shared(Map<String, Digester> pass2, String targetId, int exclude, C14nMethod method,
            Ref ref, long work, WorkBudget budget) {
        String key = targetId + "|" + exclude + "|" + method + "|" + ref.prefixes + "|" + ref.digestUri;
        Digester known = pass2.get(key);
        if (known != null) {
            return known;
        }
        budget.take(work);
        Digester d = new Digester(targetId, exclude, method, ref.prefixes, SignatureModel.messageDigest(ref));
        pass2.put(key, d);
        return d;
    }

    // ---- the profile's rules, in order ---------------------------------------------------------------------------

    /** The rules that need no digest of the document: a signature failing one gets no digest work. */
    private void checkBeforeDigests(Check c, DocumentScanner scan, String rootPath) {
        c.errors.addAll(c.model.errors);
        checkPlacement(c, scan, rootPath);
        checkShape(c);
        if (c.model.errors.isEmpty()) {
            checkSignerKey(c);
            checkSignatureValue(c);
        }
    }

    /** The rules that read the digests and the signer's trust. */
    private void checkAfterDigests(Check c, DocumentScanner scan, String rootPath) {
        if (c.model.errors.isEmpty()) {
            checkReferences(c);
            checkXades(c);
            checkCoverage(c, scan, rootPath);
            checkTrust(c);
        }
    }

    /** CHUKYDONVI: the root is GIAMDINHHS, the one signature sits in its CHUKYDONVI, with one URI="" reference. */
    private void checkPlacement(Check c, DocumentScanner scan, String rootPath) {
        if (profile != SignatureProfile.CHUKYDONVI) {
            return;
        }
        SignatureModel m = c.model;
        String location = c.location();
        if (!GIAMDINHHS_PATH.equals(rootPath)) {
            c.errors.add(Issue.error("", SignatureError.SIGNING_ROOT_MISMATCH, rootPath.substring(1), "GIAMDINHHS"));
        } else if (!CHUKYDONVI_PATH.equals(location) || scan.profileContainerCount() != 1) {
            c.errors.add(Issue.error("", SignatureError.CHUKYDONVI_PLACEMENT, Shown.of(location)));
        }
        if (m.errors.isEmpty() && (m.references.size() != 1 || !"".equals(m.references.get(0).uri)
                || !m.references.get(0).enveloped)) {
            c.errors.add(Issue.error("", SignatureError.CHUKYDONVI_REFERENCES, m.references.size() + " reference(s)"));
        }
    }

    /**
     * What the Signature may hold beside what it signs: CHUKYDONVI refuses anything but its fixed parts; a generic
     * enveloped signature whose own subtree is left out by the enveloped-signature transform gets a warning when it
     * holds more than signature machinery.
     */
    private void checkShape(Check c) {
        if (profile == SignatureProfile.CHUKYDONVI) {
            c.errors.addAll(SignatureShape.chukydonvi(c.model));
        } else if (profile == SignatureProfile.ENVELOPED && !c.excludedElement.isEmpty()) {
            List<String> unsigned = SignatureShape.unsignedContent(c.model, c.treeTargets.values());
            if (!unsigned.isEmpty()) {
                c.warnings.add(Issue.warning("", SignatureError.ENVELOPED_UNSIGNED_CONTENT,
                        String.join(", ", unsigned)));
            }
        }
    }

    /**
     * The signer key: KeyInfo is only a hint (trust comes later, from the policy or a pinned key); size and type. The
     * signer is the certificate whose key verifies SignatureValue, whatever its position in X509Data.
     */
    private void checkSignerKey(Check c) {
        SignatureModel m = c.model;
        try {
            c.certs = SignerSelection.signerFirst(certificates(m.keyInfo, certificateCache), m.algorithm,
                    m.signatureValue, () -> Crypto.canonicalize(m.signedInfo, c.captured.outerBindings,
                            c.captured.outerXmlAttrs, m.c14n, m.c14nPrefixes, null, true).bytes());
            if (!c.certs.isEmpty()) {
                c.signerCert = c.certs.get(0);
                c.key = c.signerCert.getPublicKey();
            } else {
                c.key = keyValue(m.keyInfo);
            }
        } catch (EmrException e) {
            c.errors.addAll(e.issues());
        }
        if (c.key == null && c.errors.isEmpty()) {
            c.errors.add(Issue.error("", SignatureError.NO_SIGNER_KEY));
        }
        if (c.key != null) {
            checkKey(c.key, m, legacyAlgorithms, c.errors);
        }
    }

    /** The SignatureValue over the canonical SignedInfo (W3C best practice 1: before any reference). */
    private static void checkSignatureValue(Check c) {
        SignatureModel m = c.model;
        if (c.key == null || !c.errors.isEmpty()) {
            return;
        }
        byte[] canonical;
        try {
            canonical = Crypto.canonicalize(m.signedInfo, c.captured.outerBindings, c.captured.outerXmlAttrs,
                    m.c14n, m.c14nPrefixes, null, true).bytes();
        } catch (EmrException e) {
            c.errors.addAll(e.issues());
            return;
        }
        boolean ok = m.signatureValue != null && (m.algorithm != null
                ? Crypto.verify(m.algorithm, c.key, canonical, m.signatureValue)
                : Crypto.verifyLegacy(m.legacyAlgorithm, c.key, canonical, m.signatureValue));
        if (!ok) {
            c.errors.add(Issue.error("", SignatureError.SIGNATURE_VALUE_MISMATCH));
        }
    }

    /** Every reference's digest against its DigestValue (a reference not digested is reported as not verified). */
    private static void checkReferences(Check c) {
        for (Ref ref : c.model.references) {
            byte[] actual = c.computed.get(ref);
            Digester d = c.digesters.get(ref);
            if (actual == null && d != null) {
                actual = d.value();
            }
            boolean ok = actual != null && ref.digestValue != null && MessageDigest.isEqual(actual, ref.digestValue);
            String path = c.signedPaths.getOrDefault(ref, "");
            c.references.add(new ReferenceResult(ref.uri, ref.type, ref.digestUri, path, ok));
            if (!ok && actual != null) {
                c.errors.add(Issue.error("", SignatureError.DIGEST_MISMATCH,
                        ref.uri.isEmpty() ? "URI=\"\"" : SignatureModel.isNcName(ref.uri.substring(1))
                                || ref.external ? Shown.of(ref.uri) : "#?"));
            }
        }
    }

    /** XAdES: the qualifying properties are signed, name the signer, and their time parses. */
    private static void checkXades(Check c) {
        Xades.Result xades = Xades.check(c.captured, c.model, c.treeTargets, c.signerCert);
        c.errors.addAll(xades.errors());
        c.warnings.addAll(xades.warnings());
        c.signingTime = xades.signingTime();
        c.role = xades.signerRole();
    }

    /** Coverage (signature wrapping): some reference covers exactly the element the caller reads. */
    private void checkCoverage(Check c, DocumentScanner scan, String rootPath) {
        c.signedElement = coverage(c, scan, rootPath, c.errors);
        if (scan.commentInRoot() && profile != SignatureProfile.DETACHED) {
            c.warnings.add(Issue.warning("", SignatureError.COMMENT_IN_SIGNED_DATA));
        }
    }

    /** Trust: a pinned key, or a certification path to the policy's anchors at the signing time. */
    private void checkTrust(Check c) {
        if (c.key == null) {
            return;
        }
        final PublicKey signerKey = c.key;
        boolean pinned = pinnedKeys.stream().anyMatch(p -> Arrays.equals(p.getEncoded(), signerKey.getEncoded()));
        if (pinned) {
            c.chain = c.signerCert == null ? List.of() : List.of(c.signerCert);
        } else if (c.signerCert == null) {
            c.errors.add(Issue.error("", SignatureError.KEY_NOT_PINNED));
        } else {
            Instant at = c.signingTime != null ? c.signingTime : clock.instant();
            // the test-only legacy policy also takes the SHA-1 certificates of old conformance vectors
            CertificateValidation v = trust.validate(c.certs, at, legacyAlgorithms);
            for (Issue i : v.issues()) {
                (i.severity() == Severity.ERROR ? c.errors : c.warnings).add(i);
            }
            if (!v.trusted() && c.errors.isEmpty()) {
                c.errors.add(Issue.error("", TrustError.PATH_NOT_TRUSTED, "untrusted"));
            }
            c.chain = v.trusted() ? v.path() : List.of();
        }
    }

    private static List<Issue> dedupe(List<Issue> issues) {
        return issues.stream().distinct().toList();
    }

    /** Which element the signature covers, and whether that is what the caller reads. */
    private String coverage(Check c, DocumentScanner scan, String rootPath, List<Issue> errors) {
        SignatureModel m = c.model;
        if (profile == SignatureProfile.DETACHED) {
            return m.references.stream().filter(r -> r.external).map(r -> r.uri).findFirst().orElseGet(() -> {
                errors.add(Issue.error("", SignatureError.NOT_COVERING, "-", "detached content"));
                return "";
            });
        }
        String expected = expectedElement == null ? rootPath : expectedElement;
        if (expectedElement != null && scan.expectedElementCount() != 1) {
            errors.add(Issue.error("", SignatureError.EXPECTED_ELEMENT_AMBIGUOUS, expectedElement,
                    scan.expectedElementCount()));
            return "";
        }
        boolean enveloping = "/".equals(c.captured.parentPath);
        String covered = null;
        String first = null;
        for (Ref ref : m.references) {
            if (SignatureModel.XADES_SIGNED_PROPERTIES_TYPE.equals(ref.type)) {
                continue;
            }
            String path = c.signedPaths.get(ref);
            if (path == null) {
                continue;
            }
            Node tree = c.treeTargets.get(ref);
            if ((tree != null && tree.is(DSIG, "Manifest")) || (ref.type != null && ref.type.endsWith("#Manifest"))) {
                errors.add(Issue.error("", SignatureError.MANIFEST_REFUSED, Shown.of(ref.uri)));
                continue;
            }
            if (first == null) {
                first = path;
            }
            if (path.equals(expected)) {
                covered = path;
            } else if (enveloping && expectedElement == null && tree != null && tree.is(DSIG, "Object")
                    && tree.parent() == c.captured.tree) {
                covered = path;
            }
        }
        if (covered == null) {
            errors.add(Issue.error("", SignatureError.NOT_COVERING, first == null ? "nothing" : Shown.of(first),
                    Shown.of(expected)));
            return first == null ? "" : first;
        }
        return covered;
    }

    private static void checkKey(PublicKey key, SignatureModel m, boolean legacy, List<Issue> errors) {
        String type = key.getAlgorithm();
        boolean rsa = type.equals("RSA") || type.equals("RSASSA-PSS");
        boolean ec = type.equals("EC") || type.equals("ECDSA");
        int bits = Crypto.keyBits(key);
        if (rsa && bits < (legacy ? LEGACY_RSA_BITS : 2048)) {
            errors.add(Issue.error("", SignatureError.RSA_KEY_TOO_SMALL, bits));
        } else if (ec && bits < 256) {
            errors.add(Issue.error("", SignatureError.EC_KEY_TOO_SMALL, bits));
        } else if (!rsa && !ec) {
            errors.add(Issue.error("", SignatureError.SIGNATURE_ALGORITHM_WEAK, type));
        }
        SignatureAlgorithm algorithm = m.algorithm;
        if (algorithm != null && ((algorithm.isEcdsa() && !ec) || (!algorithm.isEcdsa() && !rsa))) {
            errors.add(Issue.error("", SignatureError.KEY_ALGORITHM_MISMATCH, type, algorithm.name()));
        } else if (algorithm == null && m.legacyAlgorithm != null && !rsa) {
            errors.add(Issue.error("", SignatureError.KEY_ALGORITHM_MISMATCH, type, "RSA_SHA1"));
        }
    }

    /** The certificates of KeyInfo/X509Data in document order ({@link SignerSelection} puts the signer first). */
    static List<X509Certificate> certificates(Node keyInfo, CertificateCache cache) {
        List<X509Certificate> certs = new ArrayList<>();
        if (keyInfo == null) {
            return certs;
        }
        for (Node data : keyInfo.elements(DSIG, "X509Data")) {
            for (Node xc : data.elements(DSIG, "X509Certificate")) {
                certs.add(cache.decode(xc.textContent()));
            }
        }
        return certs;
    }

    /** An RSA or EC public key from KeyInfo/KeyValue, or null. */
    static PublicKey keyValue(Node keyInfo) {
        if (keyInfo == null) {
            return null;
        }
        for (Node kv : keyInfo.elements(DSIG, "KeyValue")) {
            try {
                for (Node rsa : kv.elements(DSIG, "RSAKeyValue")) {
                    BigInteger mod = new BigInteger(1, Crypto.base64(only(rsa, DSIG, "Modulus").textContent()));
                    BigInteger exp = new BigInteger(1, Crypto.base64(only(rsa, DSIG, "Exponent").textContent()));
                    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(mod, exp));
                }
                for (Node ec : kv.elements(DSIG11, "ECKeyValue")) {
                    String curve = String.valueOf(only(ec, DSIG11, "NamedCurve").attr("URI"));
                    String name = switch (curve) {
                        case "urn:oid:1.2.840.10045.3.1.7" -> "secp256r1";
                        case "urn:oid:1.3.132.0.34" -> "secp384r1";
                        case "urn:oid:1.3.132.0.35" -> "secp521r1";
                        default -> throw new EmrException(SignatureError.EC_KEY_TOO_SMALL, "", 0);
                    };
                    AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
                    params.init(new ECGenParameterSpec(name));
                    ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
                    byte[] point = Crypto.base64(only(ec, DSIG11, "PublicKey").textContent());
                    int n = (spec.getCurve().getField().getFieldSize() + 7) / 8;
                    if (point.length != 2 * n + 1 || point[0] != 4) {
                        throw new EmrException(SignatureError.CERTIFICATE_MALFORMED, "", "EC point");
                    }
                    ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + n)),
                            new BigInteger(1, Arrays.copyOfRange(point, 1 + n, 1 + 2 * n)));
                    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
                }
            } catch (EmrException e) {
                throw e;
            } catch (Exception e) {
                throw new EmrException(SignatureError.CERTIFICATE_MALFORMED, "", "KeyValue");
            }
        }
        return null;
    }

    private static Node only(Node parent, String uri, String local) {
        List<Node> l = parent.elements(uri, local);
        if (l.size() != 1) {
            throw new EmrException(SignatureError.SIGNATURE_MALFORMED, "", local);
        }
        return l.get(0);
    }

    @Override
    public String toString() {
        return "XmlVerifier[profile=" + profile + ", expectedElement=" + expectedElement + ", pinnedKeys="
                + pinnedKeys.size() + "]";
    }
}
