package vn.emr.signature;

import java.io.ByteArrayInputStream;
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
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
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
import vn.emr.signature.internal.Crypto;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner.CapturedSignature;
import vn.emr.signature.internal.DocumentScanner.IdTarget;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.Node;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.SignatureModel.Ref;
import vn.emr.signature.internal.SignatureModel;
import vn.emr.signature.internal.Xades;
import vn.emr.signature.internal.XmlSource;

/**
 * The strict XML-DSig verifier: refuses DOCTYPE, external and relative reference URIs, transforms other than
 * enveloped-signature and C14N, more than 5 transforms or 30 references, SHA-1/MD5, RSA under 2048 and EC under 256
 * bits, HMAC, duplicate Ids, signatures that do not cover the element the caller reads (wrapping), signers that do not
 * chain to the caller's trust anchors (through {@link TrustPolicy}), and for {@link SignatureProfile#CHUKYDONVI} a
 * signature outside {@code /GIAMDINHHS/CHUKYDONVI} or with more than the one whole-document reference. Each refusal
 * has its own {@link SignatureError} code.
 *
 * <p>The document is never built as a DOM: one streaming pass (the JDK's SAX parser, hardened in one place)
 * canonicalizes and digests it while capturing the small {@code Signature} elements; a second pass runs only when a
 * reference needs a digest the first pass could not guess. Nothing is ever fetched from a URI. Immutable and
 * thread-safe.
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

    private final TrustPolicy trust;
    private final SignatureProfile profile;
    private final String expectedElement;
    private final List<PublicKey> pinnedKeys;
    private final Clock clock;
    private final SecureXml.Parsers parsers;

    private XmlVerifier(TrustPolicy trust, SignatureProfile profile, String expectedElement,
            List<PublicKey> pinnedKeys, Clock clock) {
        this(trust, profile, expectedElement, pinnedKeys, clock, SecureXml.Parsers.byDefault());
    }

    private XmlVerifier(TrustPolicy trust, SignatureProfile profile, String expectedElement,
            List<PublicKey> pinnedKeys, Clock clock, SecureXml.Parsers parsers) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.expectedElement = expectedElement;
        this.pinnedKeys = List.copyOf(pinnedKeys);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parsers = Objects.requireNonNull(parsers, "parsers");
    }

    /** The same verifier parsing through these parsers (package-private: differential tests compare the two). */
    XmlVerifier withParsers(SecureXml.Parsers newParsers) {
        return new XmlVerifier(trust, profile, expectedElement, pinnedKeys, clock, newParsers);
    }

    /** A strict verifier of generic enveloped signatures over the whole document, trusting the policy's anchors. */
    public static XmlVerifier strict(TrustPolicy trust) {
        return new XmlVerifier(trust, SignatureProfile.ENVELOPED, null, List.of(), Clock.systemUTC());
    }

    /** The same verifier checking the given profile's shape. */
    public XmlVerifier withProfile(SignatureProfile newProfile) {
        return new XmlVerifier(trust, newProfile, expectedElement, pinnedKeys, clock, parsers);
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
        return new XmlVerifier(trust, profile, absolutePath, pinnedKeys, clock, parsers);
    }

    /**
     * The same verifier also trusting these raw public keys (for signatures that carry only a {@code KeyValue});
     * a pinned key is trusted without a certificate path.
     */
    public XmlVerifier withPinnedKeys(Collection<PublicKey> keys) {
        return new XmlVerifier(trust, profile, expectedElement, List.copyOf(keys), clock, parsers);
    }

    /** The same verifier using this clock for "now" (when no XAdES signing time is given). */
    public XmlVerifier withClock(Clock newClock) {
        return new XmlVerifier(trust, profile, expectedElement, pinnedKeys, newClock, parsers);
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

    private static final class Check {
        final CapturedSignature captured;
        final SignatureModel model;
        final Map<Ref, Digester> digesters = new HashMap<>();
        final Map<Ref, byte[]> computed = new HashMap<>();
        final Map<Ref, String> signedPaths = new HashMap<>();
        final Map<Ref, Node> treeTargets = new HashMap<>();

        Check(CapturedSignature captured, SignatureModel model) {
            this.captured = captured;
            this.model = model;
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
        List<Check> checks = new ArrayList<>();
        Map<String, Digester> pass2 = new LinkedHashMap<>();
        for (CapturedSignature cs : scan.signatures()) {
            Check c = new Check(cs, SignatureModel.read(cs.tree, isDetached));
            checks.add(c);
            if (!c.model.errors.isEmpty()) {
                continue;
            }
            for (Ref ref : c.model.references) {
                planReference(c, ref, scan, rootPath, speculative, pass2, detached);
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
            results.add(evaluate(c, scan, rootPath, checks.size()));
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

    private void planReference(Check c, Ref ref, DocumentScanner scan, String rootPath, Digester speculative,
            Map<String, Digester> pass2, Map<String, byte[]> detached) {
        if (ref.digest == null) {
            return;
        }
        C14nMethod method = SignatureModel.effectiveC14n(ref);
        if (ref.external) {
            byte[] content = detached.get(ref.uri);
            if (content == null) {
                c.model.errors.add(Issue.error("", SignatureError.DETACHED_CONTENT_MISSING,
                        SignatureModel.isNcName(ref.uri) ? ref.uri : "external"));
            } else if (ref.enveloped || ref.c14n != null) {
                c.model.errors.add(Issue.error("", SignatureError.TRANSFORM_CHAIN_UNSUPPORTED,
                        "detached content takes no transform"));
            } else {
                c.computed.put(ref, Crypto.digest(ref.digest).digest(content));
                c.signedPaths.put(ref, ref.uri);
            }
            return;
        }
        if (ref.targetId == null) {
            c.signedPaths.put(ref, rootPath);
            int exclude = ref.enveloped ? c.captured.ordinal : Digester.EXCLUDE_NONE;
            boolean speculationFits = speculative != null && ref.enveloped && scan.topLevelSignatureCount() == 1
                    && c.captured.enclosing == null
                    && method != null && !method.exclusive() && ref.digest == DigestAlgorithm.SHA256;
            if (speculationFits) {
                c.digesters.put(ref, speculative);
            } else {
                c.digesters.put(ref, shared(pass2, null, exclude, method, ref));
            }
            return;
        }
        IdTarget target = scan.ids().get(ref.targetId);
        if (target == null) {
            c.model.errors.add(Issue.error("", SignatureError.REFERENCE_TARGET_NOT_FOUND,
                    SignatureModel.isNcName(ref.targetId) ? ref.uri : "#?"));
            return;
        }
        c.signedPaths.put(ref, target.path());
        if (target.signature() >= 0) {
            c.treeTargets.put(ref, target.node());
            CapturedSignature owner = scan.signatures().get(target.signature());
            byte[] value;
            if (ref.enveloped && owner.isOrIsInside(c.captured)) {
                value = Crypto.digest(ref.digest).digest();
            } else {
                try {
                    value = Canonicalizer.digest(target.node(), ref.enveloped ? c.captured.tree : null,
                            owner.outerBindings, owner.outerXmlAttrs, method, ref.prefixes, Crypto.digest(ref.digest));
                } catch (EmrException e) {
                    c.model.errors.addAll(e.issues());
                    return;
                }
            }
            c.computed.put(ref, value);
        } else {
            int exclude = ref.enveloped ? c.captured.ordinal : Digester.EXCLUDE_NONE;
            c.digesters.put(ref, shared(pass2, ref.targetId, exclude, method, ref));
        }
    }

    private static Digester shared(Map<String, Digester> pass2, String targetId, int exclude, C14nMethod method,
            Ref ref) {
        String key = targetId + "|" + exclude + "|" + method + "|" + ref.prefixes + "|" + ref.digest;
        return pass2.computeIfAbsent(key,
                k -> new Digester(targetId, exclude, method, ref.prefixes, Crypto.digest(ref.digest)));
    }

    private SignatureResult evaluate(Check c, DocumentScanner scan, String rootPath, int signatureCount) {
        SignatureModel m = c.model;
        List<Issue> errors = new ArrayList<>(m.errors);
        List<Issue> warnings = new ArrayList<>();
        String location = c.captured.parentPath;
        List<ReferenceResult> refResults = new ArrayList<>();
        X509Certificate signerCert = null;
        List<X509Certificate> chain = List.of();
        Instant signingTime = null;
        String role = null;
        String signedElement = "";

        // profile placement, before anything else: a misplaced CHUKYDONVI signature is refused whatever it signs
        if (profile == SignatureProfile.CHUKYDONVI) {
            if (!GIAMDINHHS_PATH.equals(rootPath)) {
                errors.add(Issue.error("", SignatureError.SIGNING_ROOT_MISMATCH, rootPath.substring(1),
                        "GIAMDINHHS"));
            } else if (!CHUKYDONVI_PATH.equals(location) || scan.profileContainerCount() != 1) {
                errors.add(Issue.error("", SignatureError.CHUKYDONVI_PLACEMENT, location));
            }
            if (m.errors.isEmpty() && (m.references.size() != 1 || !"".equals(m.references.get(0).uri)
                    || !m.references.get(0).enveloped)) {
                errors.add(Issue.error("", SignatureError.CHUKYDONVI_REFERENCES,
                        m.references.size() + " reference(s)"));
            }
        }

        if (m.errors.isEmpty()) {
            // the signer key: KeyInfo is only a hint; trust comes from the policy or a pinned key
            List<X509Certificate> certs = new ArrayList<>();
            PublicKey key = null;
            try {
                certs = certificates(m.keyInfo);
                if (!certs.isEmpty()) {
                    signerCert = certs.get(0);
                    key = signerCert.getPublicKey();
                } else {
                    key = keyValue(m.keyInfo);
                }
            } catch (EmrException e) {
                errors.addAll(e.issues());
            }
            if (key == null && errors.isEmpty()) {
                errors.add(Issue.error("", SignatureError.NO_SIGNER_KEY));
            }
            if (key != null) {
                checkKey(key, m.algorithm, errors);
            }
            boolean keyOk = key != null && errors.isEmpty();

            // SignedInfo first (W3C best practice 1), then the references
            if (keyOk) {
                try {
                    byte[] canonical = Crypto.canonicalize(m.signedInfo, c.captured.outerBindings,
                            c.captured.outerXmlAttrs, m.c14n, m.c14nPrefixes, null, true).bytes();
                    if (m.signatureValue == null || !Crypto.verify(m.algorithm, key, canonical, m.signatureValue)) {
                        errors.add(Issue.error("", SignatureError.SIGNATURE_VALUE_MISMATCH));
                    }
                } catch (EmrException e) {
                    errors.addAll(e.issues());
                }
            }
            for (Ref ref : m.references) {
                byte[] actual = c.computed.get(ref);
                Digester d = c.digesters.get(ref);
                if (actual == null && d != null) {
                    actual = d.value();
                }
                boolean ok = actual != null && ref.digestValue != null && MessageDigest.isEqual(actual, ref.digestValue);
                String path = c.signedPaths.getOrDefault(ref, "");
                refResults.add(new ReferenceResult(ref.uri, ref.type, ref.digestUri, path, ok));
                if (!ok && actual != null) {
                    errors.add(Issue.error("", SignatureError.DIGEST_MISMATCH,
                            ref.uri.isEmpty() ? "URI=\"\"" : SignatureModel.isNcName(ref.uri.substring(1))
                                    || ref.external ? ref.uri : "#?"));
                }
            }

            // XAdES
            Xades.Result xades = Xades.check(c.captured, m, c.treeTargets, signerCert);
            errors.addAll(xades.errors());
            warnings.addAll(xades.warnings());
            signingTime = xades.signingTime();
            role = xades.signerRole();

            // coverage (signature wrapping)
            signedElement = coverage(c, scan, rootPath, errors);
            if (scan.commentInRoot() && profile != SignatureProfile.DETACHED) {
                warnings.add(Issue.warning("", SignatureError.COMMENT_IN_SIGNED_DATA));
            }

            // trust
            if (key != null) {
                final PublicKey signerKey = key;
                boolean pinned = pinnedKeys.stream()
                        .anyMatch(p -> Arrays.equals(p.getEncoded(), signerKey.getEncoded()));
                if (pinned) {
                    chain = signerCert == null ? List.of() : List.of(signerCert);
                } else if (signerCert == null) {
                    errors.add(Issue.error("", SignatureError.KEY_NOT_PINNED));
                } else {
                    Instant at = signingTime != null ? signingTime : clock.instant();
                    CertificateValidation v = trust.validate(certs, at);
                    for (Issue i : v.issues()) {
                        (i.severity() == Severity.ERROR ? errors : warnings).add(i);
                    }
                    if (!v.trusted() && errors.isEmpty()) {
                        errors.add(Issue.error("", TrustError.PATH_NOT_TRUSTED, "untrusted"));
                    }
                    chain = v.trusted() ? v.path() : List.of();
                }
            }
        }
        return new SignatureResult(m.id, location, dedupe(errors), dedupe(warnings), signerCert, chain,
                signedElement, m.algorithm, signingTime, role, refResults);
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
                errors.add(Issue.error("", SignatureError.MANIFEST_REFUSED, ref.uri));
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
            errors.add(Issue.error("", SignatureError.NOT_COVERING, first == null ? "nothing" : first, expected));
            return first == null ? "" : first;
        }
        return covered;
    }

    private static void checkKey(PublicKey key, SignatureAlgorithm algorithm, List<Issue> errors) {
        String type = key.getAlgorithm();
        boolean rsa = type.equals("RSA") || type.equals("RSASSA-PSS");
        boolean ec = type.equals("EC") || type.equals("ECDSA");
        int bits = Crypto.keyBits(key);
        if (rsa && bits < 2048) {
            errors.add(Issue.error("", SignatureError.RSA_KEY_TOO_SMALL, bits));
        } else if (ec && bits < 256) {
            errors.add(Issue.error("", SignatureError.EC_KEY_TOO_SMALL, bits));
        } else if (!rsa && !ec) {
            errors.add(Issue.error("", SignatureError.SIGNATURE_ALGORITHM_WEAK, type));
        }
        if (algorithm != null && ((algorithm.isEcdsa() && !ec) || (!algorithm.isEcdsa() && !rsa))) {
            errors.add(Issue.error("", SignatureError.KEY_ALGORITHM_MISMATCH, type, algorithm.name()));
        }
    }

    /** The certificates of KeyInfo/X509Data, the signer (the one that issued none of the others) first. */
    static List<X509Certificate> certificates(Node keyInfo) {
        List<X509Certificate> certs = new ArrayList<>();
        if (keyInfo == null) {
            return certs;
        }
        for (Node data : keyInfo.elements(DSIG, "X509Data")) {
            for (Node xc : data.elements(DSIG, "X509Certificate")) {
                certs.add(decodeCertificate(xc.textContent()));
            }
        }
        if (certs.size() > 1) {
            X509Certificate leaf = null;
            for (X509Certificate candidate : certs) {
                boolean issuesAnother = false;
                for (X509Certificate other : certs) {
                    if (other != candidate && other.getIssuerX500Principal().equals(candidate.getSubjectX500Principal())
                            && !other.getSubjectX500Principal().equals(other.getIssuerX500Principal())) {
                        issuesAnother = true;
                    }
                }
                if (!issuesAnother) {
                    leaf = candidate;
                    break;
                }
            }
            if (leaf != null && leaf != certs.get(0)) {
                certs.remove(leaf);
                certs.add(0, leaf);
            }
        }
        return certs;
    }

    /** Recently decoded KeyInfo certificates by their exact base64 text (immutable objects; bounded LRU). */
    private static final int DECODED_CAPACITY = 64;
    private static final int DECODED_MAX_TEXT = 16 * 1024;
    private static final Map<String, X509Certificate> DECODED = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, X509Certificate> eldest) {
            return size() > DECODED_CAPACITY;
        }
    };

    /** The certificate of one X509Certificate element's text; a malformed one is CERTIFICATE_MALFORMED. */
    private static X509Certificate decodeCertificate(String text) {
        boolean cacheable = text.length() <= DECODED_MAX_TEXT;
        if (cacheable) {
            X509Certificate known;
            synchronized (DECODED) {
                known = DECODED.get(text);
            }
            if (known != null) {
                return known;
            }
        }
        CertificateFactory cf;
        try {
            cf = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate cert;
        try {
            byte[] der = Crypto.base64(text);
            cert = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new EmrException(SignatureError.CERTIFICATE_MALFORMED, "", Reasons.of(e));
        }
        if (cacheable) {
            synchronized (DECODED) {
                DECODED.put(text, cert);
            }
        }
        return cert;
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
