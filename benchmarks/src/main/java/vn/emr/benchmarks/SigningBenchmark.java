package vn.emr.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.SigningKeys;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlSigner;
import vn.emr.signature.XmlVerifier;

/**
 * Signing and verifying {@code CHUKYDONVI} claims files of about 4 KB, 64 KB and 1 MB (claims-like: rows of 20 child
 * elements with Vietnamese text), bytes in and bytes out, RSA-2048.
 *
 * <ul>
 *   <li>{@code rawRsaSign}: one SHA256withRSA signature over a canonical SignedInfo, the floor of signing;</li>
 *   <li>{@code sha256}: SHA-256 of the document (JDK provider);</li>
 *   <li>{@code sign} / {@code verify}: the SDK ({@link XmlSigner}, {@link XmlVerifier} strict, CHUKYDONVI profile,
 *       PKIX trust to a test CA included);</li>
 *   <li>{@code domSign} / {@code domVerify}: the baseline a vendor writes with the JDK's {@code javax.xml.crypto}: parse
 *       the bytes (hardened DOM), sign, serialize; parse the bytes, validate (key from KeyInfo, no trust check).</li>
 * </ul>
 * Targets: {@code sign} at 4 KB within 1.15x of {@code rawRsaSign}; {@code sign} at least 1.5x faster than
 * {@code domSign} at 64 KB and 4x at 1 MB; {@code verify} at least 4x faster than {@code domVerify} at 64 KB and 1 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SigningBenchmark {

    @Param({"4k", "64k", "1m"})
    public String size;

    private byte[] document;
    private byte[] signedDocument;
    private byte[] domSignedDocument;
    private byte[] signedInfo;
    private KeyPair keys;
    private X509Certificate certificate;
    private SigningKey signingKey;
    private XmlSigner signer;
    private XmlVerifier verifier;
    private DocumentBuilderFactory dbf;
    private TransformerFactory tf;
    private XMLSignatureFactory xsf;

    @Setup
    public void setUp() throws Exception {
        int target = switch (size) {
            case "4k" -> 4 * 1024;
            case "64k" -> 64 * 1024;
            default -> 1024 * 1024;
        };
        document = claimsDocument(target);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair caKeys = g.generateKeyPair();
        keys = g.generateKeyPair();
        X509Certificate ca = certificate("CN=Benchmark CA,C=VN", caKeys.getPublic(), "CN=Benchmark CA,C=VN",
                caKeys.getPrivate(), true);
        certificate = certificate("CN=Benh vien Benchmark,C=VN", keys.getPublic(), "CN=Benchmark CA,C=VN",
                caKeys.getPrivate(), false);
        signingKey = SigningKeys.of(keys.getPrivate(), List.of(certificate, ca));
        signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        verifier = XmlVerifier.strict(TrustPolicy.of(ca)).withProfile(SignatureProfile.CHUKYDONVI);
        signedInfo = signer.prepare(document, signingKey.certificateChain(), signingKey.defaultAlgorithm()).bytes();

        dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        tf = TransformerFactory.newInstance();
        xsf = XMLSignatureFactory.getInstance("DOM");

        signedDocument = sign();
        domSignedDocument = domSign();
        // every implementation verifies every other's output; a one-character edit fails
        check(verifier.verify(signedDocument).valid(), "SDK verifies SDK");
        check(verifier.verify(domSignedDocument).valid(), "SDK verifies DOM");
        check(domValidate(signedDocument), "DOM verifies SDK");
        check(domValidate(domSignedDocument), "DOM verifies DOM");
        byte[] tampered = new String(signedDocument, StandardCharsets.UTF_8).replace("79001", "79002")
                .getBytes(StandardCharsets.UTF_8);
        check(!verifier.verify(tampered).valid() && !domValidate(tampered), "tampering detected");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark setup check failed: " + what);
        }
    }

    @Benchmark
    public byte[] rawRsaSign() throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(keys.getPrivate());
        s.update(signedInfo);
        return s.sign();
    }

    @Benchmark
    public byte[] sha256() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(document);
    }

    @Benchmark
    public byte[] sign() {
        return signer.sign(document, signingKey);
    }

    @Benchmark
    public VerificationResult verify() {
        return verifier.verify(signedDocument);
    }

    @Benchmark
    public byte[] domSign() throws Exception {
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        Element box = (Element) doc.getElementsByTagName("CHUKYDONVI").item(0);
        Reference ref = xsf.newReference("", xsf.newDigestMethod(DigestMethod.SHA256, null),
                List.of(xsf.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
        SignedInfo si = xsf.newSignedInfo(
                xsf.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                xsf.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(ref));
        KeyInfoFactory kif = xsf.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.of(certificate))));
        xsf.newXMLSignature(si, ki).sign(new DOMSignContext(keys.getPrivate(), box));
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 4096);
        tf.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    @Benchmark
    public boolean domVerify() throws Exception {
        return domValidate(domSignedDocument);
    }

    private boolean domValidate(byte[] xml) throws Exception {
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        DOMValidateContext ctx = new DOMValidateContext(new X509KeySelector(), sigs.item(0));
        return xsf.unmarshalXMLSignature(ctx).validate(ctx);
    }

    /** Takes the key from the first KeyInfo certificate (no trust check: the vendor's usual shortcut). */
    static final class X509KeySelector extends KeySelector {
        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                XMLCryptoContext context) throws KeySelectorException {
            for (Object o : keyInfo.getContent()) {
                if (o instanceof X509Data data) {
                    for (Object c : data.getContent()) {
                        if (c instanceof X509Certificate cert) {
                            Key k = cert.getPublicKey();
                            return () -> k;
                        }
                    }
                }
            }
            throw new KeySelectorException("no certificate");
        }
    }

    /** A GIAMDINHHS file of about {@code target} bytes: indented rows of 20 children, Vietnamese text. */
    static byte[] claimsDocument(int target) {
        String head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<GIAMDINHHS xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <THONGTINDONVI>\n    <MACSKCB>79001</MACSKCB>\n  </THONGTINDONVI>\n"
                + "  <THONGTINHOSO>\n    <NGAYLAP>20261122</NGAYLAP>\n    <SOLUONGHOSO>1</SOLUONGHOSO>\n"
                + "    <DANHSACHHOSO>\n      <HOSO>\n";
        String tail = "      </HOSO>\n    </DANHSACHHOSO>\n  </THONGTINHOSO>\n  <CHUKYDONVI/>\n</GIAMDINHHS>\n";
        StringBuilder sb = new StringBuilder(head);
        int used = bytes(head) + bytes(tail);
        for (int i = 0; ; i++) {
            String row = row(i);
            int n = bytes(row);
            if (used + n > target && i > 0) {
                break;
            }
            sb.append(row);
            used += n;
        }
        return sb.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String row(int i) {
        String[][] fields = {
            {"MA_LK", "LK2026" + i}, {"STT", String.valueOf(i + 1)}, {"MA_THUOC", "40.17"},
            {"MA_PP_CHEBIEN", ""}, {"MA_CSKCB_THUOC", "79001"}, {"MA_NHOM", "4"},
            {"TEN_THUOC", "Paracetamol 500mg – viên nén bao phim"}, {"DON_VI_TINH", "Viên"},
            {"HAM_LUONG", "500mg"}, {"DUONG_DUNG", "1.01"}, {"DANG_BAO_CHE", "Viên nén"},
            {"LIEU_DUNG", "Ngày uống 2 lần, mỗi lần 1 viên sau ăn"}, {"CACH_DUNG", "Uống với nước ấm"},
            {"SO_DANG_KY", "VD-12345-26"}, {"TT_THAU", "G1;N1;2026"}, {"PHAM_VI", "1"},
            {"TYLE_TT_BH", "100"}, {"SO_LUONG", "10"}, {"DON_GIA", "1250.5"},
            {"GHI_CHU", "Bệnh nhân dị ứng nhẹ, theo dõi – khoa Nội tổng hợp"}};
        StringBuilder sb = new StringBuilder("        <CHI_TIET_THUOC>\n");
        for (String[] f : fields) {
            sb.append("          <").append(f[0]).append('>').append(f[1]).append("</").append(f[0]).append(">\n");
        }
        return sb.append("        </CHI_TIET_THUOC>\n").toString();
    }

    static X509Certificate certificate(String subject, java.security.PublicKey key, String issuer,
            PrivateKey issuerKey, boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli() * 2 + (ca ? 0 : 1)), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)), new X500Name(subject), key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(new BouncyCastleProvider())
                        .build(issuerKey)));
    }
}
