package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlSource;

/**
 * The fast UTF-8 tokenizer must see exactly what the hardened JDK parser sees: same canonical bytes (inclusive and
 * exclusive C14N, whole document and Id subtrees), same verdicts and codes on every vector, and the JDK's own
 * javax.xml.crypto accepts what we sign over tricky markup.
 */
class FastPathDifferentialTest {

    static final String TRICKY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<?pi-before some data?>\n"
            + "<!-- comment before -->\n"
            + "<r:Root xmlns:r=\"urn:r\" xmlns=\"urn:default\" xml:lang=\"vi\" a=\"x&#9;y&#10;z\ttab\r\nnl\" "
            + "b='single \"quoted\" &apos;' Id=\"root\">\r\n"
            + "  <Child xmlns=\"\" attr=\"&lt;&amp;&gt;&quot;\">text &amp; &lt; &gt; > ]] &#x1F600; 😀 Tiếng Việt"
            + " CRLF\r\nline\rlone &#13; &#xD;</Child>\n"
            + "  <Data Id=\"d1\" xml:space=\"preserve\"><![CDATA[cdata <&> ]] \r\n ]]><r:Empty/><r:Empty a=\"1\" /></Data>\n"
            + "  <Other xmlns:unused=\"urn:u\" r:att=\"1\" xmlns:r=\"urn:r\"><?inner pi?><!-- inner comment --></Other>\n"
            + "  <ChuKy></ChuKy>\n</r:Root>\n<!-- after -->\n<?pi-after?>\n";

    static Stream<Arguments> documents() throws Exception {
        List<Arguments> docs = new ArrayList<>();
        docs.add(Arguments.of("tricky", Docs.bytes(TRICKY)));
        docs.add(Arguments.of("giamdinhhs", Docs.giamdinhhs(5)));
        docs.add(Arguments.of("non-ASCII names, BOM, standalone", Docs.bytes("\uFEFF<?xml version='1.0' "
                + "encoding='utf-8' standalone='yes'?><Hồ_Sơ xmlns:bv=\"urn:bệnh-viện\" Id=\"root\"><bv:Tên "
                + "bv:loại=\"chính\">Nguyễn Thị Ánh</bv:Tên><Ghi_chú>𝔘 &#x10000; ~ ™</Ghi_chú><Data Id=\"d1\">"
                + "<x:y xmlns:x=\"urn:x\" xmlns=\"urn:d\"><z/></x:y></Data></Hồ_Sơ>")));
        docs.add(Arguments.of("signed giamdinhhs",
                XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Docs.giamdinhhs(2), DsigTestPki.rsaKey())));
        docs.add(Arguments.of("medical record", Docs.medicalRecord()));
        for (String v : List.of("w3c-xmldsig11-interop/microsoft/rsa2048_sha256_c14n.xml",
                "w3c-xmldsig11-interop/oracle/signature-enveloping-p256_sha256.xml", "dss-xades/dss-signed.xml",
                "xades4j/document.signed.t.bes.xml", "phaos-xmldsig-three/signature-rsa-enveloped.xml")) {
            docs.add(Arguments.of(v, ConformanceVectorsTest.read("vectors/" + v)));
        }
        return docs.stream();
    }

    private static List<byte[]> digests(byte[] xml, boolean fast) throws Exception {
        List<Digester> ds = new ArrayList<>();
        for (C14nMethod m : List.of(C14nMethod.INCLUSIVE, C14nMethod.EXCLUSIVE, C14nMethod.INCLUSIVE_11)) {
            ds.add(new Digester(null, Digester.EXCLUDE_NONE, m, null, MessageDigest.getInstance("SHA-256")));
            ds.add(new Digester(null, Digester.EXCLUDE_ALL, m, null, MessageDigest.getInstance("SHA-256")));
            for (String id : List.of("d1", "root")) {
                ds.add(new Digester(id, Digester.EXCLUDE_NONE, m, null, MessageDigest.getInstance("SHA-256")));
            }
        }
        ds.add(new Digester(null, Digester.EXCLUDE_NONE, C14nMethod.EXCLUSIVE, Set.of("unused", ""),
                MessageDigest.getInstance("SHA-256")));
        SecureXml.parse(XmlSource.of(xml), new DocumentScanner(ds, true, new String[0], null), parsers(fast));
        List<byte[]> out = new ArrayList<>();
        for (Digester d : ds) {
            out.add(d.value());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void producesTheSameCanonicalBytesAsTheJdkParser(String name, byte[] xml) throws Exception {
        List<byte[]> fast = digests(xml, true);
        List<byte[]> jdk = digests(xml, false);
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.get(i)).as("%s digester %d", name, i).isEqualTo(jdk.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorPaths")
    void givesTheSameVerdictAsTheJdkParserOnEveryVector(String path) throws Exception {
        byte[] xml = ConformanceVectorsTest.read("vectors/" + path);
        XmlVerifier v = ConformanceVectorsTest.verifierFor(path, xml);
        VerificationResult fast = v.withParsers(SecureXml.Parsers.FAST_THEN_JDK).verify(xml);
        VerificationResult jdk = v.withParsers(SecureXml.Parsers.JDK_ONLY).verify(xml);
        assertThat(fast.valid()).isEqualTo(jdk.valid());
        assertThat(fast.errors().stream().map(Issue::codeString).toList())
                .isEqualTo(jdk.errors().stream().map(Issue::codeString).toList());
        assertThat(fast.signedElement()).isEqualTo(jdk.signedElement());
    }

    static Stream<String> vectorPaths() {
        return ConformanceVectorsTest.vectors().map(a -> (String) a.get()[0]);
    }

    @Test
    void theJdkAcceptsWhatWeSignOverTrickyMarkup() throws Exception {
        byte[] signed = XmlSigner.builder(SignatureProfile.ENVELOPED).container("/r:Root/ChuKy").build()
                .sign(Docs.bytes(TRICKY), DsigTestPki.rsaKey());
        assertThat(XmlVerifier.strict(DsigTestPki.trust()).verify(signed).errors()).isEmpty();
        assertThat(JdkDsig.validate(signed, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
        byte[] byId = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("d1").container("/r:Root/ChuKy")
                .exclusiveCanonicalization(true).build().sign(Docs.bytes(TRICKY), DsigTestPki.rsaKey());
        assertThat(XmlVerifier.strict(DsigTestPki.trust()).withExpectedElement("/r:Root/Data").verify(byId).errors())
                .isEmpty();
        assertThat(JdkDsig.validate(byId, DsigTestPki.RSA_CERT.getPublicKey())).isTrue();
    }

    @Test
    void refusesWhatTheJdkParserRefuses() {
        for (String bad : List.of("<a><b></a></b>", "<a b='1' b='2'/>", "<a>&foo;</a>", "<p:a/>", "<a/><b/>",
                "<a>]]></a>", "<a>&#0;</a>", "<a x='<'/>", "<a><!-- -- --></a>", "text<a/>", "<a/>text",
                "<a xmlns:p='urn:x' p:b='1' xmlns:q='urn:x' q:b='2'/>", "<?xml version='1.0'?><?xml version='1.0'?><a/>",
                "<a\u0001/>", "<a>\u0001</a>", "", "<?xml\u000Bversion='1.0'?><a/>", "<?xml version='1.0'\f?><a/>",
                "<a xmlns:='urn:x'/>", "<p:1a xmlns:p='urn:x'/>", "<a p:1a='1' xmlns:p='urn:x'/>", "<:a/>", "<a:/>",
                "<a:b:c xmlns:a='urn:x'/>", "<a><?p:q?></a>", "<a\u0132/>", "<\uD800\uDC00/>", "<a>&#x110000;</a>",
                "<a>&#x0000000;</a>", "<a>&#X41;</a>")) {
            byte[] xml = Docs.bytes(bad);
            for (boolean fast : List.of(true, false)) {
                try {
                    SecureXml.parse(XmlSource.of(xml), new DocumentScanner(List.of(), true, new String[0], null),
                            parsers(fast));
                    throw new AssertionError((fast ? "fast" : "jdk") + " accepted " + bad);
                } catch (EmrException e) {
                    assertThat(e.code()).as(bad).isIn(SignatureError.MALFORMED_XML, SignatureError.DOCTYPE_REFUSED);
                }
            }
        }
        byte[] bad = {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'};
        try {
            SecureXml.parse(XmlSource.of(bad), new DocumentScanner(List.of(), true, new String[0], null),
                    SecureXml.Parsers.FAST_THEN_JDK);
            throw new AssertionError("accepted invalid UTF-8");
        } catch (EmrException e) {
            assertThat(e.code()).isEqualTo(SignatureError.MALFORMED_XML);
        }
    }

    private static SecureXml.Parsers parsers(boolean fast) {
        return fast ? SecureXml.Parsers.FAST_THEN_JDK : SecureXml.Parsers.JDK_ONLY;
    }
}
