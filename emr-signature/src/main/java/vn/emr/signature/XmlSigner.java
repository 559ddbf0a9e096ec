package vn.emr.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Reasons;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Crypto;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.Node;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.SignatureModel;
import vn.emr.signature.internal.SignatureTemplate;
import vn.emr.signature.internal.TagLocator;
import vn.emr.signature.internal.XmlSource;

/**
 * Signs XML the way the strict {@link XmlVerifier} checks it, in three steps (EU DSS style):
 * {@link #prepare} computes what to sign, a {@link SigningKey} (or a remote service given only
 * {@link DataToSign#digest()}) signs it, {@link #assemble} inserts the {@code Signature} into the original bytes.
 * {@link #sign(byte[], SigningKey)} does all three. A signed document is refused unless co-signing is asked for
 * ({@link Builder#addToExistingSignatures()}): parallel signatures over one element by Id. The input bytes are
 * never re-serialized: the output is the input with the {@code Signature} element spliced in (an empty
 * {@code <CHUKYDONVI/>} becomes a start/end pair).
 *
 * <p>The document is streamed (the JDK's hardened SAX parser, a streaming canonicalizer and digest), never built as
 * a DOM, so {@link #sign(Path, Path, SigningKey)} signs files of any size in bounded memory. Input must be UTF-8.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * byte[] signed = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(giamdinhhs, key);
 * }</pre>
 */
public final class XmlSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignatureProfile profile;
    private final String signatureId;
    private final boolean xades;
    private final String signerRole;
    private final Clock clock;
    private final String referenceId;
    private final String container;
    private final C14nMethod c14n;
    private final SignatureAlgorithm algorithm;
    private final String detachedUri;
    private final boolean coSign;

    private XmlSigner(Builder b) {
        this.profile = b.profile;
        this.signatureId = b.signatureId;
        this.xades = b.xades;
        this.signerRole = b.signerRole;
        this.clock = b.clock;
        this.referenceId = b.referenceId;
        this.container = b.container;
        this.c14n = b.exclusive ? C14nMethod.EXCLUSIVE : C14nMethod.INCLUSIVE;
        this.algorithm = b.algorithm;
        this.detachedUri = b.detachedUri;
        this.coSign = b.coSign;
    }

    /** A signer with the profile's defaults. */
    public static XmlSigner of(SignatureProfile profile) {
        return builder(profile).build();
    }

    /** A builder for the profile. */
    public static Builder builder(SignatureProfile profile) {
        return new Builder(profile);
    }

    /** Signs the document with the key (all three steps). */
    public byte[] sign(byte[] xml, SigningKey key) {
        DataToSign data = prepare(xml, key.certificateChain(), algorithmFor(key));
        return assemble(data, key.sign(data.bytes(), data.algorithm()));
    }

    /** Signs a file into another file, streaming (bounded memory whatever the size). */
    public void sign(Path in, Path out, SigningKey key) {
        DataToSign data = prepare(in, key.certificateChain(), algorithmFor(key));
        byte[] value = key.sign(data.bytes(), data.algorithm());
        try (OutputStream os = Files.newOutputStream(out)) {
            assemble(data, value, os);
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_WRITE, "", Reasons.of(e));
        }
    }

    /** Signs a stream into another (the input is spooled to a temporary file: bounded memory). */
    public void sign(InputStream in, OutputStream out, SigningKey key) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("emr-sign", ".xml");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            DataToSign data = prepare(tmp, key.certificateChain(), algorithmFor(key));
            assemble(data, key.sign(data.bytes(), data.algorithm()), out);
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_READ, "", Reasons.of(e));
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Signs external bytes ({@link SignatureProfile#DETACHED}): returns a standalone {@code Signature} document whose
     * reference (the builder's detached URI) covers the content.
     */
    public byte[] signDetached(byte[] content, SigningKey key) {
        DataToSign data = prepareDetached(content, key.certificateChain(), algorithmFor(key));
        return assemble(data, key.sign(data.bytes(), data.algorithm()));
    }

    private SignatureAlgorithm algorithmFor(SigningKey key) {
        return algorithm != null ? algorithm : key.defaultAlgorithm();
    }

    /** Step 1 for a document in memory. */
    public DataToSign prepare(byte[] xml, List<X509Certificate> chain, SignatureAlgorithm signatureAlgorithm) {
        if (xml == null || xml.length == 0) {
            throw new EmrException(SignatureError.EMPTY_INPUT, "");
        }
        requireUtf8(xml);
        return prepare(XmlSource.of(xml), chain, signatureAlgorithm);
    }

    /** Step 1 for a file (streamed). */
    public DataToSign prepare(Path xml, List<X509Certificate> chain, SignatureAlgorithm signatureAlgorithm) {
        try (InputStream in = Files.newInputStream(xml)) {
            requireUtf8(in.readNBytes(256));
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_READ, "", Reasons.of(e));
        }
        return prepare(XmlSource.of(xml), chain, signatureAlgorithm);
    }

    /** Step 1 for detached content. */
    public DataToSign prepareDetached(byte[] content, List<X509Certificate> chain,
            SignatureAlgorithm signatureAlgorithm) {
        if (profile != SignatureProfile.DETACHED) {
            throw new EmrException(SignatureError.PROFILE_MISMATCH, "", profile, "detached content");
        }
        X509Certificate signer = checkSigner(chain, signatureAlgorithm);
        DigestAlgorithm digest = signatureAlgorithm.digest();
        String id = signatureId != null ? signatureId
                : xades ? "sig-" + HexFormat.of().formatHex(randomBytes()) : null;
        SignatureTemplate t = template(signatureAlgorithm, detachedUri, false, null, id);
        t.dataDigest(Crypto.digest(digest).digest(content));
        if (xades) {
            xadesProperties(t, id, signer, digest);
        }
        finishTemplate(t, signer, digest, Map.of(), Map.of());
        byte[] canonical = t.canonicalSignedInfo(c14n, Map.of(), Map.of());
        return new DataToSign(canonical, signatureAlgorithm, chain, null, t, -1, null, null);
    }

    private DataToSign prepare(XmlSource source, List<X509Certificate> chain, SignatureAlgorithm signatureAlgorithm) {
        if (profile == SignatureProfile.DETACHED) {
            throw new EmrException(SignatureError.PROFILE_MISMATCH, "", profile, "use signDetached");
        }
        X509Certificate signer = checkSigner(chain, signatureAlgorithm);
        DigestAlgorithm digest = signatureAlgorithm.digest();
        String containerPath = profile == SignatureProfile.CHUKYDONVI ? XmlVerifier.CHUKYDONVI_PATH
                : container == null ? "/" : container;
        C14nMethod dataC14n = referenceId != null ? c14n : c14n == C14nMethod.INCLUSIVE ? null : c14n;
        Digester d = new Digester(referenceId, Digester.EXCLUDE_NONE,
                dataC14n == null ? C14nMethod.INCLUSIVE : dataC14n, null, Crypto.digest(digest));
        DocumentScanner scan = new DocumentScanner(List.of(d), false, DocumentScanner.Watch.NONE, containerPath);
        if (coSign) {
            // co-signing reads the existing signatures' references (captured), to prove the new one leaves them intact
            scan = new DocumentScanner(List.of(d), true, DocumentScanner.Watch.NONE, containerPath);
        }
        SecureXml.parse(source, scan, SecureXml.Parsers.byDefault());
        DocumentScanner.Container box = scan.container();
        if (profile == SignatureProfile.CHUKYDONVI) {
            if (!"GIAMDINHHS".equals(scan.rootQName())) {
                throw new EmrException(SignatureError.SIGNING_ROOT_MISMATCH, "", scan.rootQName(), "GIAMDINHHS");
            }
            if (box.count == 0) {
                throw new EmrException(SignatureError.SIGN_TARGET_MISSING, "", XmlVerifier.CHUKYDONVI_PATH);
            }
            if (box.hasContent || scan.topLevelSignatureCount() > 0) {
                throw new EmrException(SignatureError.ALREADY_SIGNED, "", XmlVerifier.CHUKYDONVI_PATH);
            }
        }
        if (box.count == 0) {
            throw new EmrException(SignatureError.SIGN_TARGET_MISSING, "", containerPath);
        }
        boolean signed = scan.topLevelSignatureCount() > 0 || !scan.otherSignaturePaths().isEmpty();
        if (signed && !coSign) {
            // URI="" with the enveloped transform excludes only the new Signature: every existing one is digested
            // as data, and the verifier then rejects the result; beside signatures by Id, co-signing is asked for
            throw new EmrException(TrustError.SIGNATURE_WOULD_BREAK_EXISTING, "");
        }
        if (box.count > 1) {
            throw new EmrException(SignatureError.EXPECTED_ELEMENT_AMBIGUOUS, "", containerPath, box.count);
        }
        boolean enveloped = true;
        String uri = "";
        if (referenceId != null) {
            DocumentScanner.IdTarget target = scan.ids().get(referenceId);
            if (target == null) {
                throw new EmrException(SignatureError.REFERENCE_TARGET_NOT_FOUND, "", "#" + referenceId);
            }
            String cPath = containerPath.equals("/") ? "/" + scan.rootQName() : containerPath;
            enveloped = cPath.equals(target.path()) || cPath.startsWith(target.path() + "/");
            uri = "#" + referenceId;
        }
        if (signed) {
            requireCoSignable(scan, containerPath.equals("/") ? "/" + scan.rootQName() : containerPath);
        }
        // parallel signatures are told apart by their Id: a co-signature always carries one
        String id = signatureId != null ? signatureId
                : xades || coSign ? "sig-" + HexFormat.of().formatHex(randomBytes()) : null;
        if (id != null && (scan.ids().containsKey(id) || scan.ids().containsKey(id + "-signedprops"))) {
            throw new EmrException(SignatureError.SIGNATURE_ID_INVALID, "", id);
        }
        SignatureTemplate t = template(signatureAlgorithm, uri, enveloped, dataC14n, id);
        t.dataDigest(d.value());
        if (xades) {
            xadesProperties(t, id, signer, digest);
        }
        finishTemplate(t, signer, digest, box.bindings, box.xmlAttrs);
        byte[] canonical = t.canonicalSignedInfo(c14n, box.bindings, box.xmlAttrs);
        String qName = containerPath.equals("/") ? scan.rootQName()
                : containerPath.substring(containerPath.lastIndexOf('/') + 1);
        TagLocator.Location known = null;
        if (box.startTagEnd >= 0 && (box.selfClosing || box.endTagStart >= 0)) {
            known = new TagLocator.Location();
            known.startTagEnd = box.startTagEnd;
            known.selfClosing = box.selfClosing;
            known.endTagStart = box.endTagStart;
        }
        return new DataToSign(canonical, signatureAlgorithm, chain, source, t, box.ordinal, qName, known);
    }

    /**
     * Co-signing rules: the new signature goes beside the existing ones only if none of them can break. Every
     * existing reference must point by Id ({@code #id}) at an element that does not contain the container (adding
     * a child to a signed element changes its digest; {@code URI=""} covers everything), and the element the new
     * reference signs must hold no signature (it would be digested as data). Paths compare by name, so two sibling
     * elements of one name count as one: a refusal, never a broken signature.
     */
    private void requireCoSignable(DocumentScanner scan, String cPath) {
        DocumentScanner.IdTarget target = scan.ids().get(referenceId);
        String targetPath = target.path();
        for (DocumentScanner.CapturedSignature sig : scan.signatures()) {
            String parent = sig.parentPath.equals("/") ? "" : sig.parentPath;
            if (parent.equals(targetPath) || parent.startsWith(targetPath + "/")) {
                throw new EmrException(TrustError.SIGNATURE_WOULD_BREAK_EXISTING, "");
            }
            for (Node signedInfo : sig.tree.elements(DocumentScanner.DSIG, "SignedInfo")) {
                for (Node ref : signedInfo.elements(DocumentScanner.DSIG, "Reference")) {
                    String uri = ref.attr("URI");
                    DocumentScanner.IdTarget covered = uri != null && uri.startsWith("#")
                            && SignatureModel.isNcName(uri.substring(1)) ? scan.ids().get(uri.substring(1)) : null;
                    if (covered == null || cPath.equals(covered.path())
                            || cPath.startsWith(covered.path() + "/")) {
                        throw new EmrException(TrustError.SIGNATURE_WOULD_BREAK_EXISTING, "");
                    }
                }
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
    }

    private SignatureTemplate template(SignatureAlgorithm alg, String uri, boolean enveloped, C14nMethod refC14n,
            String id) {
        return new SignatureTemplate(id, c14n, alg.uri(), alg.digest().uri(), uri, enveloped, refC14n);
    }

    private void xadesProperties(SignatureTemplate t, String id, X509Certificate signer, DigestAlgorithm digest) {
        String time = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            t.xades(id, time, digest.uri(), Crypto.digest(digest).digest(signer.getEncoded()), signerRole,
                    digest.uri());
        } catch (CertificateEncodingException e) {
            throw new EmrException(SignatureError.CERTIFICATE_MALFORMED, "", "signer");
        }
    }

    private void finishTemplate(SignatureTemplate t, X509Certificate signer, DigestAlgorithm digest,
            Map<String, String> bindings, Map<String, String> xmlAttrs) {
        try {
            t.keyInfo(signer.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new EmrException(SignatureError.CERTIFICATE_MALFORMED, "", "signer");
        }
        t.digestSignedProperties(bindings, xmlAttrs, Crypto.digest(digest));
    }

    private X509Certificate checkSigner(List<X509Certificate> chain, SignatureAlgorithm alg) {
        Objects.requireNonNull(alg, "algorithm");
        if (chain == null || chain.isEmpty() || chain.get(0) == null) {
            throw new EmrException(TrustError.NO_SIGNER_CERTIFICATE, "");
        }
        X509Certificate signer = chain.get(0);
        PublicKey key = signer.getPublicKey();
        List<Issue> issues = new ArrayList<>();
        String type = key.getAlgorithm();
        boolean ec = type.equals("EC");
        boolean rsa = type.equals("RSA") || type.equals("RSASSA-PSS");
        int bits = Crypto.keyBits(key);
        if (rsa && bits < 2048) {
            issues.add(Issue.error("", SignatureError.RSA_KEY_TOO_SMALL, bits));
        }
        if (ec && bits < 256) {
            issues.add(Issue.error("", SignatureError.EC_KEY_TOO_SMALL, bits));
        }
        if ((alg.isEcdsa() && !ec) || (!alg.isEcdsa() && !rsa)) {
            issues.add(Issue.error("", SignatureError.KEY_ALGORITHM_MISMATCH, type, alg.name()));
        }
        if (xades && profile == SignatureProfile.CHUKYDONVI) {
            issues.add(Issue.error("", SignatureError.PROFILE_MISMATCH, profile, "XAdES adds a second reference"));
        }
        if (!issues.isEmpty()) {
            throw new EmrException(issues);
        }
        return signer;
    }

    /** Step 3: inserts the signature (JCA form: DER for ECDSA, or already r||s) into the document's bytes. */
    public byte[] assemble(DataToSign data, byte[] signatureValue) {
        ExactOutput out = new ExactOutput(data.source == null ? 8192 : estimate(data, signatureValue));
        assemble(data, signatureValue, out);
        return out.result();
    }

    /** A byte sink that returns its buffer without a copy when it was sized exactly. */
    private static final class ExactOutput extends ByteArrayOutputStream {
        ExactOutput(int size) {
            super(size);
        }

        byte[] result() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    private static int estimate(DataToSign data, byte[] signatureValue) {
        byte[] whole = data.source == null ? null : data.source.inMemory();
        if (whole == null) {
            return 8192;
        }
        X509Certificate signer = data.certificateChain().get(0);
        byte[] xmlValue = toXmlForm(data.algorithm(), signer.getPublicKey(), signatureValue);
        int size = whole.length + data.signatureElementLength(xmlValue.length);
        if (data.containerLocated() && data.containerSelfClosing) {
            size += data.containerQName.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return size;
    }

    /** Step 3, writing the signed document to the stream. */
    public void assemble(DataToSign data, byte[] signatureValue, OutputStream out) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signatureValue, "signatureValue");
        X509Certificate signer = data.certificateChain().get(0);
        byte[] xmlValue = toXmlForm(data.algorithm(), signer.getPublicKey(), signatureValue);
        if (!data.verifies(signer.getPublicKey(), xmlValue)) {
            throw new EmrException(SignatureError.SIGNATURE_VALUE_REJECTED, "");
        }
        // derived, never stored: the DataToSign stays as prepare made it
        byte[] sig = data.signatureElement(xmlValue);
        try {
            if (data.source == null) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII));
                out.write(sig);
                out.flush();
                return;
            }
            TagLocator.Location loc = new TagLocator.Location();
            if (data.containerLocated()) {
                loc.startTagEnd = data.containerStartTagEnd;
                loc.selfClosing = data.containerSelfClosing;
                loc.endTagStart = data.containerEndTagStart;
            } else {
                try (InputStream in = data.source.open()) {
                    loc = TagLocator.locate(in, data.containerOrdinal);
                }
            }
            byte[] whole = data.source.inMemory();
            if (whole != null) {
                if (loc.selfClosing) {
                    int slash = (int) loc.startTagEnd - 1;
                    out.write(whole, 0, slash);
                    out.write('>');
                    out.write(sig);
                    out.write(("</" + data.containerQName + ">").getBytes(StandardCharsets.UTF_8));
                    out.write(whole, slash + 2, whole.length - slash - 2);
                } else {
                    int at = (int) loc.endTagStart;
                    out.write(whole, 0, at);
                    out.write(sig);
                    out.write(whole, at, whole.length - at);
                }
                out.flush();
                return;
            }
            try (InputStream in = data.source.open()) {
                if (loc.selfClosing) {
                    // <X .../> becomes <X ...>SIGNATURE</X>; canonically identical
                    long slash = loc.startTagEnd - 1;
                    copy(in, out, slash);
                    skip(in, 2);
                    out.write('>');
                    out.write(sig);
                    out.write(("</" + data.containerQName + ">").getBytes(StandardCharsets.UTF_8));
                } else {
                    copy(in, out, loc.endTagStart);
                    out.write(sig);
                }
                in.transferTo(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new EmrException(SignatureError.IO_WRITE, "", Reasons.of(e));
        }
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buf = new byte[65536];
        long left = count;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                throw new IOException("document shorter than expected");
            }
            out.write(buf, 0, n);
            left -= n;
        }
    }

    private static void skip(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    throw new IOException("document shorter than expected");
                }
                n = 1;
            }
            left -= n;
        }
    }

    private static byte[] toXmlForm(SignatureAlgorithm alg, PublicKey key, byte[] value) {
        if (!alg.isEcdsa()) {
            return value.clone();
        }
        int n = Crypto.ecFieldBytes(key);
        // r||s has exactly 2n bytes; a DER value of that length is possible but must then be exact DER. Testing only
        // the first byte (0x30) took one raw value in 256 for DER.
        if (value.length == 2 * n && !Crypto.isStrictDerEcdsa(value)) {
            return value.clone();
        }
        return Crypto.derToRaw(value, n);
    }

    private static void requireUtf8(byte[] head) {
        int i = 0;
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            throw new EmrException(SignatureError.ENCODING_UNSUPPORTED, "", "UTF-16");
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            i = 3;
        }
        String start = new String(head, i, Math.min(head.length - i, 200), StandardCharsets.ISO_8859_1);
        if (start.startsWith("<?xml")) {
            int end = start.indexOf("?>");
            String decl = end < 0 ? start : start.substring(0, end);
            int enc = decl.indexOf("encoding");
            if (enc >= 0) {
                int q = decl.indexOf('"', enc);
                int q2 = decl.indexOf('\'', enc);
                int open = q < 0 ? q2 : q2 < 0 ? q : Math.min(q, q2);
                if (open > 0) {
                    int close = decl.indexOf(decl.charAt(open), open + 1);
                    String name = close > open ? decl.substring(open + 1, close) : "";
                    String norm = name.toUpperCase(Locale.ROOT);
                    if (!norm.equals("UTF-8") && !norm.equals("UTF8")) {
                        throw new EmrException(SignatureError.ENCODING_UNSUPPORTED, "",
                                name.length() > 20 ? name.substring(0, 20) : name);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    @Override
    public String toString() {
        return "XmlSigner[profile=" + profile + ", xades=" + xades + ", c14n=" + c14n + "]";
    }

    /** Builds an {@link XmlSigner}; not thread-safe. */
    public static final class Builder {
        private final SignatureProfile profile;
        private String signatureId;
        private boolean xades;
        private String signerRole;
        private Clock clock = Clock.systemUTC();
        private String referenceId;
        private String container;
        private boolean exclusive;
        private SignatureAlgorithm algorithm;
        private String detachedUri = "content";
        private boolean coSign;

        private Builder(SignatureProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        /** The {@code Id} of the {@code Signature} element (an NCName unused in the document). */
        public Builder signatureId(String id) {
            if (id == null || !SignatureModel.isNcName(id)) {
                throw new EmrException(SignatureError.SIGNATURE_ID_INVALID, "", String.valueOf(id));
            }
            this.signatureId = id;
            return this;
        }

        /** Adds XAdES-BES signed properties (signing time, signer certificate digest); not for CHUKYDONVI. */
        public Builder xades(boolean on) {
            this.xades = on;
            return this;
        }

        /** The XAdES claimed signer role (for example "Bác sĩ điều trị"); turns XAdES on. */
        public Builder signerRole(String role) {
            this.signerRole = Objects.requireNonNull(role, "role");
            this.xades = true;
            return this;
        }

        /** The clock giving the XAdES signing time. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /**
         * Signs only the element carrying this Id ({@code URI="#id"}) rather than the whole document: several
         * signatures (author, head of department, patient) can then sit side by side on one medical document, each
         * added with {@link #addToExistingSignatures()}.
         */
        public Builder referenceId(String id) {
            if (id == null || !SignatureModel.isNcName(id)) {
                throw new EmrException(SignatureError.REFERENCE_URI_UNSUPPORTED, "", String.valueOf(id));
            }
            this.referenceId = id;
            return this;
        }

        /** The element that receives the signature as its last child (absolute path; default: the root). */
        public Builder container(String absolutePath) {
            if (absolutePath == null || !absolutePath.startsWith("/")) {
                throw new IllegalArgumentException("an absolute path such as /HoSoBenhAn/ChuKy is required");
            }
            this.container = absolutePath;
            return this;
        }

        /** Uses Exclusive C14N instead of inclusive C14N 1.0 (not for CHUKYDONVI, which is inclusive). */
        public Builder exclusiveCanonicalization(boolean on) {
            this.exclusive = on;
            return this;
        }

        /** Overrides the key's default algorithm (for example {@link SignatureAlgorithm#RSA_PSS_SHA256}). */
        public Builder algorithm(SignatureAlgorithm a) {
            this.algorithm = Objects.requireNonNull(a, "algorithm");
            return this;
        }

        /** The URI the detached reference carries (a plain relative name such as {@code record.pdf}). */
        public Builder detachedUri(String uri) {
            if (uri == null || uri.isEmpty() || uri.contains(":") || uri.startsWith("/") || uri.contains("..")
                    || uri.startsWith("#")) {
                throw new EmrException(SignatureError.REFERENCE_URI_EXTERNAL, "", String.valueOf(uri));
            }
            this.detachedUri = uri;
            return this;
        }

        /**
         * Co-signing (parallel signatures, as the author, the head of department and the patient sign one medical
         * record): a document that already holds signatures is signed too, the new {@code Signature} (always with
         * an Id, generated when {@link #signatureId} is not set) appended to the container after them. Needs
         * {@link #referenceId} and the enveloped profile. The document is still refused
         * ({@link TrustError#SIGNATURE_WOULD_BREAK_EXISTING}) when an existing signature covers the whole document
         * ({@code URI=""}) or an element holding the container, or when the element to sign holds a signature: then
         * the result would not verify. Without this option any signed document is refused.
         */
        public Builder addToExistingSignatures() {
            this.coSign = true;
            return this;
        }

        /** The signer; refused when co-signing is asked for without a reference Id or outside the enveloped profile. */
        public XmlSigner build() {
            if (coSign && (profile != SignatureProfile.ENVELOPED || referenceId == null)) {
                throw new EmrException(SignatureError.CO_SIGN_NEEDS_REFERENCE, "", profile);
            }
            if (profile == SignatureProfile.CHUKYDONVI && (exclusive || referenceId != null || container != null)) {
                throw new EmrException(SignatureError.PROFILE_MISMATCH, "", profile,
                        "inclusive C14N, URI=\"\" and /GIAMDINHHS/CHUKYDONVI are fixed");
            }
            return new XmlSigner(this);
        }
    }
}
