package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.signature.internal.C14nMethod;
import vn.emr.signature.internal.Digester;
import vn.emr.signature.internal.DocumentScanner;
import vn.emr.signature.internal.SecureXml;
import vn.emr.signature.internal.XmlNames;
import vn.emr.signature.internal.XmlSource;

/**
 * Both parsing paths accept one XML language (issue 8): every input here goes through the fast tokenizer
 * ({@code FAST_THEN_JDK}) and the hardened JDK parser ({@code JDK_ONLY}), which must give the same error code, or the
 * same canonical bytes when the document is valid.
 */
class XmlLanguageTest {

    /** "ok " and the canonical digests, or the error code. */
    static String outcome(byte[] xml, SecureXml.Parsers parsers) {
        try {
            List<Digester> ds = new ArrayList<>();
            for (C14nMethod m : List.of(C14nMethod.INCLUSIVE, C14nMethod.EXCLUSIVE)) {
                ds.add(new Digester(null, Digester.EXCLUDE_NONE, m, null, MessageDigest.getInstance("SHA-256")));
            }
            SecureXml.parse(XmlSource.of(xml), new DocumentScanner(ds, true, new String[0], null), parsers);
            StringBuilder sb = new StringBuilder("ok");
            for (Digester d : ds) {
                sb.append(' ').append(HexFormat.of().formatHex(d.value()));
            }
            return sb.toString();
        } catch (EmrException e) {
            return e.code().code();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The outcome, asserted equal on both paths. */
    static String both(byte[] xml) {
        String fast = outcome(xml, SecureXml.Parsers.FAST_THEN_JDK);
        String jdk = outcome(xml, SecureXml.Parsers.JDK_ONLY);
        String shown = Docs.utf8(xml);
        shown = shown.length() > 120 ? shown.substring(0, 120) + "...(" + shown.length() + ")" : shown;
        assertThat(fast).as("fast path vs JDK path on %s", shown).isEqualTo(jdk);
        return fast;
    }

    static String both(String xml) {
        return both(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String MALFORMED = SignatureError.MALFORMED_XML.code();

    @Test
    void theXmlDeclarationSeparatesWithSOnly() {
        for (String sep : List.of("\u000B", "\f", "\u0085", "\u00A0")) {
            assertThat(both("<?xml" + sep + "version='1.0'?><a/>")).as("before version").isEqualTo(MALFORMED);
            assertThat(both("<?xml version='1.0'" + sep + "encoding='UTF-8'?><a/>")).isEqualTo(MALFORMED);
            assertThat(both("<?xml version='1.0'" + sep + "?><a/>")).isEqualTo(MALFORMED);
            assertThat(both("<?xml version" + sep + "='1.0'?><a/>")).isEqualTo(MALFORMED);
        }
        for (String sep : List.of(" ", "\t", "\r\n", "\n  ")) {
            assertThat(both("<?xml" + sep + "version" + sep + "=" + sep + "'1.0'" + sep + "encoding='UTF-8'" + sep
                    + "standalone=\"no\"" + sep + "?><a/>")).startsWith("ok");
        }
        assertThat(both("<?xml version='1.0' standalone='maybe'?><a/>")).isEqualTo(MALFORMED);
        assertThat(both("<?xml version='1.0'encoding='UTF-8'?><a/>")).isEqualTo(MALFORMED);
        assertThat(both("<?xml version='1.0' encoding='UTF-8' version='1.0'?><a/>")).isEqualTo(MALFORMED);
    }

    @Test
    void anEmptyPrefixIsNoDefaultNamespaceDeclaration() {
        assertThat(both("<a xmlns:='urn:x'/>")).isEqualTo(MALFORMED);
        assertThat(both("<a xmlns:='urn:x'><b/></a>")).isEqualTo(MALFORMED);
        assertThat(both("<a xmlns='urn:x'><b/></a>")).startsWith("ok");
    }

    @Test
    void namesFollowTheNameAndQNameProductions() {
        for (String bad : List.of("<p:1a xmlns:p='urn:x'/>", "<p:-a xmlns:p='urn:x'/>", "<p:.a xmlns:p='urn:x'/>",
                "<a:b:c xmlns:a='urn:x'/>", "<:a/>", "<a:/>", "<1a/>", "<-a/>", "<.a/>", "<a p:1a='x' xmlns:p='urn:x'/>",
                "<a b:c:d='1' xmlns:b='urn:x'/>", "<a :b='1'/>", "<a b:='1'/>", "<a xmlns:1a='urn:x'/>",
                "<a xmlns:p:q='urn:x'/>", "<a><?p:q data?></a>", "<a><?1a data?></a>", "<a\u00D7/>", "<a\u00F7/>",
                "<\u00B7a/>", "<a\u037E/>", "<a\u2000/>", "<a\uFFFD/>", "<\u0301a/>", "<a\u0132/>",
                "<\uD800\uDC00/>", "<a\uD835\uDC00/>", "<a \uD800\uDC00='1'/>")) {
            assertThat(both(bad)).as(bad).isEqualTo(MALFORMED);
        }
        for (String good : List.of("<p:a-1.b_c xmlns:p='urn:x'/>", "<_a/>", "<a\u00B7\u0301\u0E31/>",
                "<Hồ_Sơ Tên='1' Ghi_chú='2'><Ngày_sinh/></Hồ_Sơ>", "<\u0E01\u0E32/>", "<\u4E00\u3005/>",
                "<a b\u00B7='1' \u00C0='2'/>", "<a><?target-1.x data?></a>", "<a xmlns:p_1='urn:x' p_1:b='1'/>",
                "<a>\uD800\uDC00 \uD835\uDC00</a>", "<a b='\uD800\uDC00'/>")) {
            assertThat(both(good)).as(good).startsWith("ok");
        }
    }

    /**
     * The name classes agree with the JDK parser on every code point of the Basic Multilingual Plane: as a first
     * character ({@code <X/>}) and as a later one ({@code <aX/>}). Accepted characters go through in one document per
     * class; each refused one is parsed alone.
     */
    @Test
    void nameCharactersAgreeWithTheJdkParserOnEveryBmpCodePoint() {
        StringBuilder starts = new StringBuilder("<r>");
        StringBuilder chars = new StringBuilder("<r>");
        List<String> refused = new ArrayList<>();
        for (int c = 0x21; c <= 0xFFFD; c++) {
            if ((c >= 0xD800 && c <= 0xDFFF) || c == ':' || c == '/' || c == '>') {
                continue;
            }
            String x = new String(Character.toChars(c));
            if (XmlNames.isNameStart(c)) {
                starts.append('<').append(x).append("/>");
                assertThat(XmlNames.isNameStartChar5(c)).isTrue();
            } else {
                refused.add("<" + x + "/>");
            }
            if (XmlNames.isNameChar(c)) {
                chars.append("<a").append(x).append("/>");
                assertThat(XmlNames.isNameChar5(c)).isTrue();
            } else {
                refused.add("<a" + x + "/>");
            }
        }
        assertThat(jdkAccepts(starts.append("</r>").toString())).isTrue();
        assertThat(jdkAccepts(chars.append("</r>").toString())).isTrue();
        assertThat(both(starts.toString())).startsWith("ok");
        assertThat(both(chars.toString())).startsWith("ok");
        assertThat(refused.size()).isGreaterThan(40_000);
        List<String> disagree = new ArrayList<>();
        for (int i = 0; i < refused.size(); i++) {
            String r = refused.get(i);
            // every refused character against the JDK; the fast path (which uses the same classes) on a sample
            if (jdkAccepts(r) || (i % 16 == 0 && !fastCode(r.getBytes(StandardCharsets.UTF_8)).equals(MALFORMED))) {
                disagree.add(r);
            }
        }
        assertThat(disagree).isEmpty();
        // outside the BMP: the Fifth Edition allows U+10000-U+EFFFF, the JDK parser refuses them in names; so do we
        for (int c : new int[] {0x10000, 0x10400, 0x1D400, 0x20000, 0x2FA1D, 0xE0100, 0xEFFFF}) {
            assertThat(XmlNames.isNameStartChar5(c)).isTrue();
            assertThat(XmlNames.isNameStart(c)).isFalse();
            assertThat(XmlNames.isNameChar(c)).isFalse();
            String x = new String(Character.toChars(c));
            assertThat(jdkAccepts("<" + x + "/>")).isFalse();
            assertThat(jdkAccepts("<a" + x + "/>")).isFalse();
            assertThat(both("<a" + x + "/>")).isEqualTo(MALFORMED);
        }
    }

    @Test
    void fifthEditionProductionsAtTheirBounds() {
        int[][] startRanges = {{0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2FF}, {0x370, 0x37D}, {0x37F, 0x1FFF},
            {0x200C, 0x200D}, {0x2070, 0x218F}, {0x2C00, 0x2FEF}, {0x3001, 0xD7FF}, {0xF900, 0xFDCF},
            {0xFDF0, 0xFFFD}, {0x10000, 0xEFFFF}};
        for (int[] r : startRanges) {
            assertThat(XmlNames.isNameStartChar5(r[0])).isTrue();
            assertThat(XmlNames.isNameStartChar5(r[1])).isTrue();
            assertThat(XmlNames.isNameStartChar5(r[0] - 1)).as("%x", r[0] - 1).isFalse();
            assertThat(XmlNames.isNameStartChar5(r[1] + 1)).as("%x", r[1] + 1).isFalse();
        }
        for (int c : new int[] {'-', '.', '0', '9', 0xB7, 0x300, 0x36F, 0x203F, 0x2040}) {
            assertThat(XmlNames.isNameStartChar5(c)).isFalse();
            assertThat(XmlNames.isNameChar5(c)).isTrue();
        }
        for (int c : new int[] {0xD7, 0xF7, 0x37E, 0x2000, 0x200E, 0x2190, 0x3000, 0xFDD0, 0xFFFE, 0xF0000}) {
            assertThat(XmlNames.isNameChar5(c)).as("%x", c).isFalse();
        }
        assertThat(XmlNames.isQName("p:a")).isTrue();
        assertThat(XmlNames.isQName("a")).isTrue();
        for (String q : List.of("p:1a", "a:b:c", ":a", "a:", "", "xmlns:", "1a")) {
            assertThat(XmlNames.isQName(q)).as(q).isFalse();
        }
    }

    private static boolean jdkAccepts(String xml) {
        try {
            JDK.get().parse(new org.xml.sax.InputSource(
                    new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            return true;
        } catch (org.xml.sax.SAXException e) {
            return false;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A plain namespace-aware JDK parser, independent of SecureXml. */
    private static final ThreadLocal<org.xml.sax.XMLReader> JDK = ThreadLocal.withInitial(() -> {
        try {
            javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            org.xml.sax.XMLReader r = f.newSAXParser().getXMLReader();
            r.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return r;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
    });

    /** The fast path's code for a document (nothing digested), or "ok". */
    private static String fastCode(byte[] xml) {
        try {
            SecureXml.parse(XmlSource.of(xml), new DocumentScanner(List.of(), false, new String[0], null),
                    SecureXml.Parsers.FAST_THEN_JDK);
            return "ok";
        } catch (EmrException e) {
            return e.code().code();
        }
    }

    @Test
    void xml11IsRefusedOnBothPathsWithItsOwnCode() {
        String code = SignatureError.XML_VERSION_UNSUPPORTED.code();
        String doc = "<?xml version=\"1.1\"?><a>NEL\u0085 LS\u2028 CR\r\u0085</a>";
        assertThat(both(doc)).isEqualTo(code);
        assertThat(both("<?xml version='1.1' encoding='UTF-8' standalone='yes'?>\n<a/>")).isEqualTo(code);
        assertThat(both("\uFEFF<?xml version='1.1'?><a/>")).isEqualTo(code);
        assertThat(both("<?xml version='1.1' encoding='ISO-8859-1'?><a/>")).isEqualTo(code);
        // refused from the declaration alone, whatever follows
        assertThat(both("<?xml version='1.1'?> junk <a/>")).isEqualTo(code);
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            byte[] utf16 = "<?xml version='1.1' encoding='UTF-16'?><a>\u0085</a>".getBytes(cs);
            assertThat(both(utf16)).as(cs.name()).isEqualTo(code);
        }
        // EBCDIC: the fast path declines it, the JDK parser reads the declaration, the first event is refused
        byte[] ebcdic = "<?xml version='1.1' encoding='IBM037'?><a>x</a>".getBytes(Charset.forName("IBM037"));
        assertThat(both(ebcdic)).isEqualTo(code);
        assertThat(both("<?xml version='1.0' encoding='IBM037'?><a>x</a>".getBytes(Charset.forName("IBM037"))))
                .isEqualTo(both("<a>x</a>"));
        // other versions are not XML 1.0 either, and the JDK parser says so
        assertThat(both("<?xml version='1.2'?><a/>")).isEqualTo(MALFORMED);
        assertThat(both("<?xml version='2.0'?><a/>")).isEqualTo(MALFORMED);
        // NEL and U+2028 in an XML 1.0 document are ordinary characters, kept as they are
        assertThat(both("<?xml version='1.0'?><a>\u0085\u2028</a>")).startsWith("ok");
    }

    @Test
    void utf16WithoutAByteOrderMarkGoesToTheJdkParser() {
        String doc = "<?xml version='1.0' encoding='UTF-16'?><a b='Tiếng Việt'>Nguyễn &#x1F600;</a>";
        String expected = both(doc.replace(" encoding='UTF-16'", ""));
        assertThat(expected).startsWith("ok");
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            assertThat(both(doc.getBytes(cs))).as(cs.name()).isEqualTo(expected);
        }
    }

    /** Random small edits of valid documents (fixed seed): each edited document gets one outcome from both paths. */
    @Test
    void randomEditsGetOneOutcomeFromBothPaths() {
        java.util.Random random = new java.util.Random(8);
        String[] pieces = {"<", ">", "&", ";", ":", "\"", "'", "=", " ", "\t", "\r", "\n", "\u000B", "#", "x", "0", "1",
            "a", "/", "?", "!", "-", "[", "]", "\u0085", "\u00B7", "é", "\u0132", "\u0000", "\uD800\uDC00", "xmlns",
            "xmlns:", "p:", "&#", "&#x", "<?xml ", "version='1.1'", "]]>", "<!--", "-->", "<![CDATA[", "\uFEFF"};
        List<String> seeds = List.of(FastPathDifferentialTest.TRICKY,
                "<?xml version='1.0' encoding='UTF-8'?><p:r xmlns:p='urn:p' xmlns='urn:d' a='1' p:b='2'><c d='&#x41;'>t"
                        + "&amp;<![CDATA[x]]><?pi d?><!--c--></c><p:e/></p:r>",
                Docs.utf8(Docs.giamdinhhs(1)));
        List<String> disagree = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            StringBuilder doc = new StringBuilder(seeds.get(n % seeds.size()));
            for (int k = random.nextInt(3); k >= 0; k--) {
                int at = random.nextInt(doc.length());
                switch (random.nextInt(3)) {
                    case 0 -> doc.deleteCharAt(at);
                    case 1 -> doc.insert(at, pieces[random.nextInt(pieces.length)]);
                    default -> doc.replace(at, Math.min(doc.length(), at + 1 + random.nextInt(3)),
                            pieces[random.nextInt(pieces.length)]);
                }
            }
            byte[] xml = doc.toString().getBytes(StandardCharsets.UTF_8);
            String fast = outcome(xml, SecureXml.Parsers.FAST_THEN_JDK);
            String jdk = outcome(xml, SecureXml.Parsers.JDK_ONLY);
            if (!fast.equals(jdk)) {
                disagree.add(fast.substring(0, Math.min(fast.length(), 16)) + " / "
                        + jdk.substring(0, Math.min(jdk.length(), 16)) + ": " + doc);
            }
        }
        assertThat(disagree).isEmpty();
    }

    @Test
    void invalidUtf8IsMalformedOnBothPaths() {
        for (byte[] bad : List.of(new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', ' ', 'b', '=', '"', (byte) 0xE1, (byte) 0x80, '"', '/', '>'},
                new byte[] {'<', 'a', (byte) 0xC3, '/', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'})) {
            assertThat(both(bad)).isEqualTo(MALFORMED);
        }
    }

    @Test
    void characterReferencesMayHaveLeadingZeros() {
        String expected = both("<a b='AB'>ABC\uD83D\uDE00</a>");
        assertThat(expected).startsWith("ok");
        assertThat(both("<a b='&#0065;&#x0042;'>&#0065;&#x0042;&#x00000000000000000000043;"
                + "&#0000000000000000000000128512;</a>")).isEqualTo(expected);
        assertThat(both("<a b='&#65;&#x42;'>&#65;&#x42;&#X43;</a>")).isEqualTo(MALFORMED);
        for (String bad : List.of("&#x;", "&#;", "&#x0000;", "&#00000000;", "&#x110000;", "&#x00000110000;",
                "&#99999999999999999999999;", "&#xFFFFFFFFFFFFFFFFFFFF;", "&#x41", "&#-65;", "&#x+41;", "&#6 5;",
                "&#xD800;", "&#xFFFE;", "&foo;", "&;", "&amp", "&AMP;")) {
            assertThat(both("<a>" + bad + "</a>")).as(bad).isEqualTo(MALFORMED);
            assertThat(both("<a b='" + bad + "'/>")).as(bad).isEqualTo(MALFORMED);
        }
    }

    @Test
    void messagesShowNamesTruncated() {
        String big = "a".repeat(200_000);
        String longPart = "p".repeat(999);
        String longLocal = "l".repeat(999);
        List<String> docs = List.of("<" + big + "/>", "<" + longPart + ":" + longLocal + "/>",
                "<r><" + longPart + "></r>", "<" + longPart + " " + longLocal + "='1' " + longLocal + "='2'/>",
                "<r " + longPart + ":" + longLocal + "='1'/>", "<r>&" + big + ";</r>");
        for (String doc : docs) {
            byte[] xml = doc.getBytes(StandardCharsets.UTF_8);
            for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
                try {
                    SecureXml.parse(XmlSource.of(xml), new DocumentScanner(List.of(), true, new String[0], null), p);
                    throw new AssertionError(p + " accepted " + doc.substring(0, 20));
                } catch (EmrException e) {
                    assertThat(e.getMessage().length()).as(p + " " + e.getMessage().substring(0, 60))
                            .isLessThan(600);
                    assertThat(e.message(Locale.ENGLISH)).doesNotContain("p".repeat(100))
                            .doesNotContain("l".repeat(100)).doesNotContain("a".repeat(100));
                }
            }
            assertThat(both(xml)).as(doc.substring(0, 20)).isIn(MALFORMED, SignatureError.NAME_TOO_LONG.code());
        }
    }

    @Test
    void theSignerRefusesWhatTheVerifierRefusesWithTheSameCode() {
        XmlVerifier verifier = XmlSignerTest.CHUKYDONVI;
        XmlSigner signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        String giamdinh = Docs.utf8(Docs.giamdinhhs(1));
        List<byte[]> bad = List.of(
                giamdinh.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                        .getBytes(StandardCharsets.UTF_8),
                giamdinh.replaceFirst("<THONGTINDONVI>", "<THONGTINDONVI><p:1a xmlns:p='urn:x'/>")
                        .getBytes(StandardCharsets.UTF_8),
                giamdinh.replaceFirst("<THONGTINDONVI>", "<THONGTINDONVI xmlns:='urn:x'>").getBytes(StandardCharsets.UTF_8));
        for (byte[] xml : bad) {
            assertThat(Docs.utf8(xml)).isNotEqualTo(giamdinh);
            String signing;
            try {
                signer.sign(xml, DsigTestPki.rsaKey());
                signing = "signed";
            } catch (EmrException e) {
                signing = e.code().code();
            }
            for (SecureXml.Parsers p : SecureXml.Parsers.values()) {
                VerificationResult r = verifier.withParsers(p).verify(xml);
                assertThat(r.valid()).isFalse();
                assertThat(r.errors().stream().map(Issue::codeString).toList()).as(p.name()).contains(signing);
            }
            assertThat(signing).isIn(MALFORMED, SignatureError.XML_VERSION_UNSUPPORTED.code());
        }
    }
}
