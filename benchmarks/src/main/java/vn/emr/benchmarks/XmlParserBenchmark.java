package vn.emr.benchmarks;

import com.ctc.wstx.api.ReaderConfig;
import com.ctc.wstx.sax.WstxSAXParser;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.SigningKeys;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlSigner;
import vn.emr.signature.XmlVerifier;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.Node;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlSource;

/**
 * The verifier's first pass (the streaming C14N + SHA-256 digest in {@link DocumentScanner}, capturing the
 * {@code Signature}) fed by three parsers over the same signed {@code CHUKYDONVI} claims files of 64 KB and 1 MB
 * ({@link SigningBenchmark#claimsDocument}):
 *
 * <ul>
 *   <li>{@code scanTokenizer}: the hand-written UTF-8 tokenizer ({@code SecureXml.Parsers.FAST_THEN_JDK});</li>
 *   <li>{@code scanJdk}: the hardened JDK SAX parser ({@code SecureXml.Parsers.JDK_ONLY});</li>
 *   <li>{@code scanWoodstox}: Woodstox's SAX parser (namespace-aware, DTD support and external entities off), the
 *       scanner registered as content, lexical and error handler;</li>
 *   <li>{@code verifyTokenizer} / {@code verifyJdk}: the whole {@link XmlVerifier#verify(byte[])} (strict, CHUKYDONVI
 *       profile, PKIX trust to a test CA) through the tokenizer and through the JDK parser.</li>
 * </ul>
 * Aalto is not measured: it is not served by the build's package mirror. Setup fails unless the three parsers give
 * the scanner the same digest, the same captured signature and the same element count, and both verifiers accept the
 * document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class XmlParserBenchmark {

    private static final DocumentScanner.Watch EXPECTED = new DocumentScanner.Watch(null, "/GIAMDINHHS/CHUKYDONVI");

    @Param({"64k", "1m"})
    public String size;

    private byte[] signedDocument;
    private XmlVerifier fastVerifier;
    private XmlVerifier jdkVerifier;
    private XMLReader woodstox;

    @Setup
    public void setUp() throws Exception {
        int target = "64k".equals(size) ? 64 * 1024 : 1024 * 1024;
        byte[] document = SigningBenchmark.claimsDocument(target);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair caKeys = g.generateKeyPair();
        KeyPair keys = g.generateKeyPair();
        X509Certificate ca = SigningBenchmark.certificate("CN=Benchmark CA,C=VN", caKeys.getPublic(),
                "CN=Benchmark CA,C=VN", caKeys.getPrivate(), true);
        X509Certificate cert = SigningBenchmark.certificate("CN=Benh vien Benchmark,C=VN", keys.getPublic(),
                "CN=Benchmark CA,C=VN", caKeys.getPrivate(), false);
        SigningKey signingKey = SigningKeys.of(keys.getPrivate(), List.of(cert, ca));
        signedDocument = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(document, signingKey);

        XmlVerifier strict = XmlVerifier.strict(TrustPolicy.of(ca)).withProfile(SignatureProfile.CHUKYDONVI);
        fastVerifier = strict;
        // the parser choice is fixed when a verifier is created; the public switch is this system property
        String old = System.getProperty("emr.signature.jdkParserOnly");
        System.setProperty("emr.signature.jdkParserOnly", "true");
        try {
            jdkVerifier = XmlVerifier.strict(TrustPolicy.of(ca)).withProfile(SignatureProfile.CHUKYDONVI);
        } finally {
            if (old == null) {
                System.clearProperty("emr.signature.jdkParserOnly");
            } else {
                System.setProperty("emr.signature.jdkParserOnly", old);
            }
        }
        if (SecureXml.Parsers.byDefault() != SecureXml.Parsers.FAST_THEN_JDK) {
            throw new IllegalStateException("run without -Demr.signature.jdkParserOnly");
        }
        woodstox = woodstoxReader();

        check(fastVerifier.verify(signedDocument).valid(), "tokenizer verifier accepts the document");
        check(jdkVerifier.verify(signedDocument).valid(), "JDK verifier accepts the document");
        Scan fast = scan(Parser.TOKENIZER);
        Scan jdk = scan(Parser.JDK);
        Scan wstx = scan(Parser.WOODSTOX);
        check(fast.digest != null && fast.digest.length == 32, "tokenizer produced a digest");
        check(Arrays.equals(fast.digest, jdk.digest), "JDK digest == tokenizer digest");
        check(Arrays.equals(fast.digest, wstx.digest), "Woodstox digest == tokenizer digest ("
                + hex(wstx.digest) + " vs " + hex(fast.digest) + ")");
        check(fast.elements == jdk.elements && fast.elements == wstx.elements, "same element count");
        check(fast.signatures == 1 && jdk.signatures == 1 && wstx.signatures == 1, "one captured signature each");
        check(fast.signatureText.equals(jdk.signatureText) && fast.signatureText.equals(wstx.signatureText),
                "same captured Signature tree");
        check(fast.container == 1 && jdk.container == 1 && wstx.container == 1, "CHUKYDONVI seen once by each");
    }

    /**
     * Woodstox's SAX reader, hardened the way {@link SecureXml} hardens the JDK's: namespace-aware, no DTD support, no
     * external entities, an entity resolver that refuses everything. (The factory is found by name through JAXP: its
     * StAX factory class carries an OSGi annotation that javac warns about, and the build treats warnings as errors.)
     */
    static XMLReader woodstoxReader() throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance("com.ctc.wstx.sax.WstxSAXParserFactory",
                XmlParserBenchmark.class.getClassLoader());
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        WstxSAXParser parser = (WstxSAXParser) f.newSAXParser();
        ReaderConfig config = parser.getStaxConfig();
        config.doSupportDTDs(false);
        config.doSupportExternalEntities(false);
        config.setMaxEntityCount(0);
        XMLReader r = parser.getXMLReader();
        r.setFeature("http://xml.org/sax/features/namespaces", true);
        r.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
        r.setFeature("http://xml.org/sax/features/external-general-entities", false);
        r.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        r.setEntityResolver((publicId, systemId) -> {
            throw new org.xml.sax.SAXException("external entity refused");
        });
        return r;
    }

    private static String hex(byte[] b) {
        return b == null ? "none" : HexFormat.of().formatHex(b);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark setup check failed: " + what);
        }
    }

    enum Parser { TOKENIZER, JDK, WOODSTOX }

    /** What one pass saw, for the setup's comparison. */
    record Scan(byte[] digest, int elements, int signatures, String signatureText, int container) {
    }

    private Scan scan(Parser p) throws Exception {
        Digester d = digester();
        DocumentScanner s = new DocumentScanner(List.of(d), true, EXPECTED, null);
        run(p, s);
        StringBuilder sig = new StringBuilder();
        if (!s.signatures().isEmpty()) {
            describe(s.signatures().get(0).tree, sig);
        }
        return new Scan(d.value(), s.elementCount(), s.signatures().size(), sig.toString(), s.profileContainerCount());
    }

    /** The captured tree as text: elements with their namespace and attributes, text, comments. */
    private static void describe(Node n, StringBuilder out) {
        if (n.kind() == Node.ELEMENT) {
            out.append('<').append(n.qName()).append(' ').append(n.uri());
            for (String a : List.of("Id", "Algorithm", "URI")) {
                out.append(' ').append(a).append('=').append(n.attr(a));
            }
            out.append('>');
            for (Node c : n.children()) {
                describe(c, out);
            }
            out.append("</>");
        } else {
            out.append('[').append(n.kind()).append(':').append(n.text()).append(']');
        }
    }

    /** The verifier's speculative whole-document digest: inclusive C14N, every top-level Signature left out. */
    private static Digester digester() throws Exception {
        return new Digester(null, Digester.EXCLUDE_ALL, C14nMethod.INCLUSIVE, null, MessageDigest.getInstance("SHA-256"));
    }

    private void run(Parser p, DocumentScanner s) throws Exception {
        switch (p) {
            case TOKENIZER -> SecureXml.parse(XmlSource.of(signedDocument), s, SecureXml.Parsers.FAST_THEN_JDK);
            case JDK -> SecureXml.parse(XmlSource.of(signedDocument), s, SecureXml.Parsers.JDK_ONLY);
            case WOODSTOX -> {
                woodstox.setContentHandler(s);
                woodstox.setErrorHandler(s);
                woodstox.setProperty("http://xml.org/sax/properties/lexical-handler", s);
                woodstox.parse(new InputSource(new ByteArrayInputStream(signedDocument)));
            }
        }
    }

    private byte[] pass(Parser p) throws Exception {
        Digester d = digester();
        run(p, new DocumentScanner(List.of(d), true, EXPECTED, null));
        return d.value();
    }

    @Benchmark
    public byte[] scanTokenizer() throws Exception {
        return pass(Parser.TOKENIZER);
    }

    @Benchmark
    public byte[] scanJdk() throws Exception {
        return pass(Parser.JDK);
    }

    @Benchmark
    public byte[] scanWoodstox() throws Exception {
        return pass(Parser.WOODSTOX);
    }

    @Benchmark
    public VerificationResult verifyTokenizer() {
        return fastVerifier.verify(signedDocument);
    }

    @Benchmark
    public VerificationResult verifyJdk() {
        return jdkVerifier.verify(signedDocument);
    }
}
