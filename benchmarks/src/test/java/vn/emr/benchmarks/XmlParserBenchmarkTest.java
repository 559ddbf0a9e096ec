package vn.emr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlSource;

/**
 * The Woodstox candidate of {@link XmlParserBenchmark} must be a fair stand-in for the tokenizer: the same canonical
 * bytes through the same scanner on markup beyond the benchmark's claims files, and refusal of DOCTYPEs and of the
 * malformed documents the tokenizer refuses. (The benchmark's own setup checks the benchmark documents.)
 */
class XmlParserBenchmarkTest {

    /** CRLF and lone CR, character and entity references, CDATA, attribute normalization, namespaces, PIs, comments. */
    static final String TRICKY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<?pi-before some data?>\n"
            + "<!-- comment before -->\n"
            + "<r:HoSo xmlns:r=\"urn:r\" xmlns=\"urn:mac-dinh\" xml:lang=\"vi\" a=\"x&#9;y&#10;z\ttab\r\nnl\" "
            + "b='đơn \"kép\" &apos;' Id=\"goc\">\r\n"
            + "  <BenhNhan xmlns=\"\" ghi=\"&lt;&amp;&gt;&quot;\">Nguyễn Văn A &amp; &lt; &gt; > ]] &#x1F600; 😀"
            + " dòng\r\nmới\rCR &#13; &#xD;</BenhNhan>\n"
            + "  <DuLieu Id=\"d1\" xml:space=\"preserve\"><![CDATA[cdata <&> ]] \r\n ]]><r:Rong/><r:Rong a=\"1\" />"
            + "</DuLieu>\n"
            + "  <Khac xmlns:thua=\"urn:t\" r:att=\"1\" xmlns:r=\"urn:r\"><?trong pi?><!-- chú thích --></Khac>\n"
            + "  <Tên_Riêng xmlns:bv=\"urn:bệnh-viện\" bv:loại=\"chính\">𝔘 &#x10000; ~ ™</Tên_Riêng>\n"
            + "  <ChuKy></ChuKy>\n</r:HoSo>\n<!-- after -->\n<?pi-after?>\n";

    private static List<Digester> digesters() throws Exception {
        List<Digester> ds = new ArrayList<>();
        for (C14nMethod m : List.of(C14nMethod.INCLUSIVE, C14nMethod.EXCLUSIVE, C14nMethod.INCLUSIVE_11)) {
            ds.add(new Digester(null, Digester.EXCLUDE_ALL, m, null, MessageDigest.getInstance("SHA-256")));
            for (String id : List.of("d1", "goc")) {
                ds.add(new Digester(id, Digester.EXCLUDE_NONE, m, null, MessageDigest.getInstance("SHA-256")));
            }
        }
        ds.add(new Digester(null, Digester.EXCLUDE_NONE, C14nMethod.EXCLUSIVE, Set.of("thua", ""),
                MessageDigest.getInstance("SHA-256")));
        return ds;
    }

    private static List<byte[]> tokenizer(byte[] xml) throws Exception {
        List<Digester> ds = digesters();
        SecureXml.parse(XmlSource.of(xml), new DocumentScanner(ds, true, DocumentScanner.Watch.NONE, null),
                SecureXml.Parsers.FAST_THEN_JDK);
        return ds.stream().map(Digester::value).toList();
    }

    private static List<byte[]> woodstox(byte[] xml) throws Exception {
        List<Digester> ds = digesters();
        woodstox(xml, new DocumentScanner(ds, true, DocumentScanner.Watch.NONE, null));
        return ds.stream().map(Digester::value).toList();
    }

    private static void woodstox(byte[] xml, DocumentScanner scanner) throws Exception {
        XMLReader r = XmlParserBenchmark.woodstoxReader();
        r.setContentHandler(scanner);
        r.setErrorHandler(scanner);
        r.setProperty("http://xml.org/sax/properties/lexical-handler", scanner);
        r.parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void woodstoxGivesTheScannerTheTokenizersCanonicalBytes() throws Exception {
        List<byte[]> fast = tokenizer(TRICKY.getBytes(StandardCharsets.UTF_8));
        List<byte[]> wstx = woodstox(TRICKY.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.get(i)).as("digester %d", i).isNotNull().hasSize(32);
            assertThat(wstx.get(i)).as("digester %d", i).isEqualTo(fast.get(i));
        }
        // the claims file has no Id: only the whole-document digesters finish
        byte[] claims = SigningBenchmark.claimsDocument(4096);
        assertThat(woodstox(claims)).usingElementComparator(java.util.Arrays::compare)
                .containsExactlyElementsOf(tokenizer(claims));
        assertThat(tokenizer(claims).get(0)).hasSize(32);
    }

    @Test
    void woodstoxReaderRefusesDoctypes() {
        for (String dtd : List.of("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>",
                "<!DOCTYPE a SYSTEM 'http://127.0.0.1:9/none.dtd'><a/>",
                "<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/hostname'>]><a>&e;</a>")) {
            assertThatThrownBy(() -> woodstox(dtd.getBytes(StandardCharsets.UTF_8),
                    new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null)))
                    .as(dtd).isInstanceOf(SAXException.class)
                    // the scanner's own refusal, at the DOCTYPE, before any other event
                    .cause().isInstanceOfSatisfying(EmrException.class,
                            e -> assertThat(e.code()).isEqualTo(SignatureError.DOCTYPE_REFUSED));
        }
    }

    @Test
    void woodstoxRefusesWhatTheTokenizerRefuses() {
        for (String bad : List.of("<a><b></a></b>", "<a b='1' b='2'/>", "<a>&foo;</a>", "<p:a/>", "<a/><b/>",
                "<a>]]></a>", "<a>&#0;</a>", "<a x='<'/>", "<a><!-- -- --></a>", "text<a/>", "<a/>text",
                "<a xmlns:p='urn:x' p:b='1' xmlns:q='urn:x' q:b='2'/>",
                "<?xml version='1.0'?><?xml version='1.0'?><a/>", "<a\u0001/>", "<a>\u0001</a>", "")) {
            byte[] xml = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> SecureXml.parse(XmlSource.of(xml),
                    new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null), SecureXml.Parsers.FAST_THEN_JDK))
                    .as("tokenizer: %s", bad).isInstanceOf(EmrException.class);
            assertThatThrownBy(() -> woodstox(xml, new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null)))
                    .as("woodstox: %s", bad).isInstanceOf(Exception.class);
        }
        byte[] invalidUtf8 = {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'};
        assertThatThrownBy(() -> woodstox(invalidUtf8, new DocumentScanner(List.of(), true, DocumentScanner.Watch.NONE, null)))
                .isInstanceOf(Exception.class);
    }

    @Test
    void benchmarkSetupChecksAgreementAndTheScansMeasureTheSameDigest() throws Exception {
        XmlParserBenchmark b = new XmlParserBenchmark();
        b.size = "64k";
        b.setUp();
        byte[] fast = b.scanTokenizer();
        assertThat(fast).hasSize(32);
        assertThat(b.scanJdk()).isEqualTo(fast);
        assertThat(b.scanWoodstox()).isEqualTo(fast);
        assertThat(b.verifyTokenizer().valid()).isTrue();
        assertThat(b.verifyJdk().valid()).isTrue();
    }
}
