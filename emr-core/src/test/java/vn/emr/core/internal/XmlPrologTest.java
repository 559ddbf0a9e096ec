package vn.emr.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XmlPrologTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("<GIAMDINHHS/>", "GIAMDINHHS", false),
                Arguments.of("\uFEFF<?xml version='1.0'?>\n<!-- c --> <?pi x?>\n<ns:HoSo xmlns:ns='u'>", "HoSo", false),
                Arguments.of("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x 'y'>]><a/>", "a", true),
                Arguments.of("<!-- a --><!doctype a><a/>", "a", true),
                Arguments.of("  <a\tb='1'>", "a", false),
                Arguments.of("text", "", false),
                Arguments.of("<?xml version='1.0'?>", "", false),
                Arguments.of("<!-- never closed", "", false));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void findsTheRootAndADoctypeInTheProlog(String xml, String root, boolean doctype) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(XmlProlog.hasDoctype(bytes)).as("doctype in %s", xml).isEqualTo(doctype);
        assertThat(XmlProlog.rootElement(bytes)).as("root of %s", xml).isEqualTo(root);
    }

    static Stream<Arguments> encodings() {
        String decl = "<?xml version=\"1.0\" encoding=\"%s\"?><a>\u1EA0</a>";
        return Stream.of(
                Arguments.of(String.format(decl, "utf-8").getBytes(StandardCharsets.UTF_8), false),
                Arguments.of(String.format(decl, "UTF-8").getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("\uFEFF<?xml version='1.0' encoding='Utf-8'?><a/>".getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("<?xml version='1.0'?><a/>".getBytes(StandardCharsets.UTF_8), false),
                Arguments.of("<a/>".getBytes(StandardCharsets.UTF_8), false),
                Arguments.of(String.format(decl, "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1), true),
                Arguments.of(("\uFEFF" + String.format(decl, "ISO-8859-1")).getBytes(StandardCharsets.UTF_8), true),
                Arguments.of("<?xml version='1.0'   encoding = 'latin1' ?><a/>".getBytes(StandardCharsets.UTF_8), true),
                Arguments.of(String.format(decl, "windows-1258").getBytes(StandardCharsets.UTF_8), true),
                Arguments.of(String.format(decl, "UTF8").getBytes(StandardCharsets.UTF_8), true),
                Arguments.of(String.format(decl, "UTF-16").getBytes(StandardCharsets.UTF_16), true),
                Arguments.of("<a>\u1EA0</a>".getBytes(StandardCharsets.UTF_16), true),
                Arguments.of("<a>\u1EA0</a>".getBytes(StandardCharsets.UTF_16LE), true),
                Arguments.of("<a>\u1EA0</a>".getBytes(StandardCharsets.UTF_16BE), true),
                Arguments.of("<a>\u1EA0</a>".getBytes(java.nio.charset.Charset.forName("UTF-32")), true));
    }

    /** Against the JDK's parser: a document is UTF-8 here exactly when StAX reads it as UTF-8. */
    @ParameterizedTest
    @MethodSource("encodings")
    void tellsADocumentThatIsNotUtf8AsTheJdkReadsIt(byte[] xml, boolean foreign) throws Exception {
        assertThat(XmlProlog.declaresOtherThanUtf8(xml)).isEqualTo(foreign);
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
        // the declared encoding, else the one the parser detected from the first bytes
        String jdk = r.getCharacterEncodingScheme() != null ? r.getCharacterEncodingScheme() : r.getEncoding();
        boolean jdkUtf8 = jdk == null || jdk.equalsIgnoreCase("UTF-8");
        if (jdkUtf8 && foreign) {
            // UTF-16 without a byte order mark: the JDK takes it for UTF-8 (as XML 1.0 §4.3.3 says) and cannot read it
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                while (r.hasNext()) {
                    r.next();
                }
            }).isInstanceOf(javax.xml.stream.XMLStreamException.class);
        } else {
            assertThat(jdkUtf8).as("JDK reads %s", jdk).isEqualTo(!foreign);
        }
        r.close();
    }
}
