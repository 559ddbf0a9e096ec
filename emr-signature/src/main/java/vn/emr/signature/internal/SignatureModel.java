package vn.emr.signature.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.emr.core.validation.Issue;
import vn.emr.signature.DigestAlgorithm;
import vn.emr.signature.SignatureAlgorithm;
import vn.emr.signature.SignatureError;

/**
 * A captured {@code ds:Signature} read against the strict profile: its structure, algorithms and references, every
 * refusal recorded as a coded issue. Nothing here dereferences or computes anything.
 */
public final class SignatureModel {

    public static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    public static final String EXC_NS = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public static final String XADES_SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";
    static final String DSIG = DocumentScanner.DSIG;
    static final int MAX_REFERENCES = 30;
    static final int MAX_TRANSFORMS = 5;
    /** The SHA-1 digest URI, read only under the test-only legacy policy. */
    static final String SHA1_URI = "http://www.w3.org/2000/09/xmldsig#sha1";
    /** The RSA-SHA1 signature URI, read only under the test-only legacy policy. */
    static final String RSA_SHA1_URI = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

    /** One reference. */
    public static final class Ref {
        public String uri;
        public String type;
        public String id;
        public boolean enveloped;
        public C14nMethod c14n;
        public Set<String> prefixes = Set.of();
        public DigestAlgorithm digest;
        public String digestUri;
        public byte[] digestValue;
        /** The JCA digest name when {@link #digest} is a legacy one (SHA-1, test-only policy), else null. */
        public String legacyDigest;
        /** Id of the target element for "#id", null for "" or external. */
        public String targetId;
        public boolean external;
    }

    public final Node signature;
    /** Whether SHA-1 and RSA-SHA1 are read (a test-only policy for conformance vectors); never in production. */
    public final boolean legacy;
    public final List<Issue> errors = new ArrayList<>();
    public String id;
    public Node signedInfo;
    public Node signatureValueNode;
    public C14nMethod c14n;
    public Set<String> c14nPrefixes = Set.of();
    public SignatureAlgorithm algorithm;
    public String algorithmUri;
    /** The JCA signature name when the algorithm is a legacy one (RSA-SHA1, test-only policy), else null. */
    public String legacyAlgorithm;
    public byte[] signatureValue;
    public final List<Ref> references = new ArrayList<>();
    public Node keyInfo;
    public final List<Node> objects = new ArrayList<>();

    private SignatureModel(Node signature, boolean legacy) {
        this.signature = signature;
        this.legacy = legacy;
    }

    /** Reads the signature; problems go to {@link #errors}. */
    public static SignatureModel read(Node signature, boolean allowExternal) {
        return read(signature, allowExternal, false);
    }

    /** Reads the signature, also accepting SHA-1 and RSA-SHA1 when {@code legacy} (test-only policy). */
    public static SignatureModel read(Node signature, boolean allowExternal, boolean legacy) {
        SignatureModel m = new SignatureModel(signature, legacy);
        m.parse(allowExternal);
        return m;
    }

    /** Whether the reference has a digest algorithm the verifier can compute. */
    public static boolean hasDigest(Ref ref) {
        return ref.digest != null || ref.legacyDigest != null;
    }

    /** A fresh digest for the reference (its accepted or, under the legacy policy, its legacy algorithm). */
    public static java.security.MessageDigest messageDigest(Ref ref) {
        return ref.digest != null ? Crypto.digest(ref.digest) : Crypto.legacyDigest(ref.legacyDigest);
    }

    /** Whether the signature method is one the verifier can check. */
    public boolean hasAlgorithm() {
        return algorithm != null || legacyAlgorithm != null;
    }

    private void malformed(String what) {
        errors.add(Issue.error("", SignatureError.SIGNATURE_MALFORMED, what));
    }

    private void parse(boolean allowExternal) {
        id = signature.attr("Id");
        List<Node> kids = signature.elements();
        if (kids.isEmpty() || !kids.get(0).is(DSIG, "SignedInfo")) {
            malformed("SignedInfo must be the first child of Signature");
            return;
        }
        signedInfo = kids.get(0);
        if (kids.size() < 2 || !kids.get(1).is(DSIG, "SignatureValue")) {
            malformed("SignatureValue must follow SignedInfo");
            return;
        }
        signatureValueNode = kids.get(1);
        for (int i = 2; i < kids.size(); i++) {
            Node k = kids.get(i);
            if (k.is(DSIG, "KeyInfo") && i == 2) {
                keyInfo = k;
            } else if (k.is(DSIG, "Object")) {
                objects.add(k);
            } else {
                malformed("unexpected element " + k.qName() + " in Signature");
                return;
            }
        }
        try {
            signatureValue = Crypto.base64(signatureValueNode.textContent());
        } catch (IllegalArgumentException e) {
            errors.add(Issue.error("", SignatureError.SIGNATURE_VALUE_MALFORMED, "base64"));
        }
        List<Node> si = signedInfo.elements();
        if (si.size() < 3 || !si.get(0).is(DSIG, "CanonicalizationMethod") || !si.get(1).is(DSIG, "SignatureMethod")) {
            malformed("SignedInfo needs CanonicalizationMethod, SignatureMethod and at least one Reference");
            return;
        }
        String cm = si.get(0).attr("Algorithm");
        c14n = C14nMethod.fromUri(String.valueOf(cm)).orElse(null);
        if (c14n == null) {
            errors.add(Issue.error("", SignatureError.CANONICALIZATION_REFUSED, String.valueOf(cm)));
        } else {
            c14nPrefixes = prefixList(si.get(0));
        }
        Node sm = si.get(1);
        algorithmUri = String.valueOf(sm.attr("Algorithm"));
        algorithm = SignatureAlgorithm.fromUri(algorithmUri).orElse(null);
        if (algorithm == null && legacy && RSA_SHA1_URI.equals(algorithmUri) && sm.elements().isEmpty()) {
            legacyAlgorithm = "SHA1withRSA";
        } else if (algorithm == null) {
            errors.add(classifySignatureMethod(algorithmUri, !sm.elements().isEmpty()));
        } else if (!sm.elements().isEmpty()) {
            malformed("SignatureMethod has unexpected parameters");
        }
        List<Node> refs = si.subList(2, si.size());
        if (refs.size() > MAX_REFERENCES) {
            errors.add(Issue.error("", SignatureError.TOO_MANY_REFERENCES, refs.size()));
            return;
        }
        int index = 0;
        for (Node r : refs) {
            if (!r.is(DSIG, "Reference")) {
                malformed("SignedInfo holds " + r.qName() + " where a Reference is expected");
                return;
            }
            readReference(r, index++, allowExternal);
        }
    }

    static Issue classifySignatureMethod(String uri, boolean hasParams) {
        String u = uri.toLowerCase(Locale.ROOT);
        if (u.contains("hmac")) {
            return Issue.error("", SignatureError.HMAC_REFUSED, uri);
        }
        if (u.contains("sha1") || u.contains("md5") || u.contains("#dsa-") || u.contains("ripemd")) {
            return Issue.error("", SignatureError.SIGNATURE_ALGORITHM_WEAK, uri);
        }
        return Issue.error("", SignatureError.SIGNATURE_ALGORITHM_UNKNOWN, uri);
    }

    /** The error for a digest URI the SDK does not accept. */
    public static Issue classifyDigest(String uri) {
        String u = uri.toLowerCase(Locale.ROOT);
        if (u.endsWith("#sha1") || u.contains("md5")) {
            return Issue.error("", SignatureError.DIGEST_ALGORITHM_WEAK, uri);
        }
        return Issue.error("", SignatureError.DIGEST_ALGORITHM_UNKNOWN, uri);
    }

    private static Set<String> prefixList(Node method) {
        for (Node c : method.elements()) {
            if (c.is(EXC_NS, "InclusiveNamespaces")) {
                String list = c.attr("PrefixList");
                Set<String> out = new LinkedHashSet<>();
                if (list != null) {
                    for (String p : list.trim().split("\\s+")) {
                        if (!p.isEmpty()) {
                            out.add(p.equals("#default") ? "" : p);
                        }
                    }
                }
                return out;
            }
        }
        return Set.of();
    }

    private void readReference(Node r, int index, boolean allowExternal) {
        Ref ref = new Ref();
        ref.uri = r.attr("URI");
        ref.type = r.attr("Type");
        ref.id = r.attr("Id");
        String shown = ref.uri == null ? "(none)" : ref.uri;
        if (ref.uri == null) {
            errors.add(Issue.error("", SignatureError.REFERENCE_URI_UNSUPPORTED, shown));
        } else if (ref.uri.isEmpty()) {
            ref.targetId = null;
        } else if (ref.uri.startsWith("#")) {
            String frag = ref.uri.substring(1);
            if (frag.startsWith("xpointer(") || frag.isEmpty() || !isNcName(frag)) {
                errors.add(Issue.error("", SignatureError.REFERENCE_URI_UNSUPPORTED, shorten(ref.uri)));
            } else {
                ref.targetId = frag;
            }
        } else if (allowExternal && !ref.uri.contains(":") && !ref.uri.startsWith("/") && !ref.uri.contains("..")) {
            ref.external = true;
        } else {
            errors.add(Issue.error("", SignatureError.REFERENCE_URI_EXTERNAL, shorten(ref.uri)));
        }
        List<Node> kids = r.elements();
        int k = 0;
        if (k < kids.size() && kids.get(k).is(DSIG, "Transforms")) {
            List<Node> ts = kids.get(k).elements();
            k++;
            if (ts.size() > MAX_TRANSFORMS) {
                errors.add(Issue.error("", SignatureError.TOO_MANY_TRANSFORMS, ts.size()));
            } else {
                readTransforms(ref, ts);
            }
        }
        if (k + 1 >= kids.size() || !kids.get(k).is(DSIG, "DigestMethod") || !kids.get(k + 1).is(DSIG, "DigestValue")) {
            malformed("Reference " + index + " lacks DigestMethod and DigestValue");
            return;
        }
        ref.digestUri = String.valueOf(kids.get(k).attr("Algorithm"));
        ref.digest = DigestAlgorithm.fromUri(ref.digestUri).orElse(null);
        if (ref.digest == null && legacy && SHA1_URI.equals(ref.digestUri)) {
            ref.legacyDigest = "SHA-1";
        } else if (ref.digest == null) {
            errors.add(classifyDigest(ref.digestUri));
        }
        try {
            ref.digestValue = Crypto.base64(kids.get(k + 1).textContent());
        } catch (IllegalArgumentException e) {
            malformed("DigestValue is not base64");
        }
        references.add(ref);
    }

    private void readTransforms(Ref ref, List<Node> ts) {
        for (int i = 0; i < ts.size(); i++) {
            Node t = ts.get(i);
            if (!t.is(DSIG, "Transform")) {
                malformed("Transforms holds " + t.qName());
                return;
            }
            String alg = String.valueOf(t.attr("Algorithm"));
            if (alg.equals(ENVELOPED)) {
                if (ref.enveloped || ref.c14n != null) {
                    errors.add(Issue.error("", SignatureError.TRANSFORM_CHAIN_UNSUPPORTED,
                            "enveloped-signature must come once, before canonicalization"));
                    return;
                }
                ref.enveloped = true;
                continue;
            }
            C14nMethod m = C14nMethod.fromUri(alg).orElse(null);
            if (m == null) {
                errors.add(Issue.error("", SignatureError.TRANSFORM_REFUSED, shorten(alg)));
                return;
            }
            if (ref.c14n != null || i != ts.size() - 1) {
                errors.add(Issue.error("", SignatureError.TRANSFORM_CHAIN_UNSUPPORTED,
                        "canonicalization must be the last transform"));
                return;
            }
            ref.c14n = m;
            ref.prefixes = prefixList(t);
        }
    }

    static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    /** Whether the text is an XML NCName (letters, digits, '.', '-', '_', no colon), checked loosely but safely. */
    public static boolean isNcName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c0 = s.charAt(0);
        if (!(Character.isLetter(c0) || c0 == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '\u00B7')) {
                return false;
            }
        }
        return true;
    }

    /** The C14N a reference's node-set goes through (inclusive 1.0 when no C14N transform is given). */
    public static C14nMethod effectiveC14n(Ref ref) {
        return (ref.c14n == null ? C14nMethod.INCLUSIVE : ref.c14n).withoutComments();
    }
}
