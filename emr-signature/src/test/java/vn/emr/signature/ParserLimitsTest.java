package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.emr.signature.XmlLanguageTest.both;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.emr.signature.internal.XmlLimits;

/**
 * The parser limits of {@link XmlLimits} are the same on both parsing paths: at the limit a document passes, one
 * over it is refused with the limit's own code, whichever path reads it ({@link XmlLanguageTest#both} runs each
 * document through the fast tokenizer and the JDK parser and asserts the same outcome). Far over a limit, the refusal
 * comes quickly (no quadratic work first).
 */
class ParserLimitsTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static String attributes(int plain, int declarations) {
        StringBuilder sb = new StringBuilder("<a");
        for (int i = 0; i < declarations; i++) {
            sb.append(" xmlns:p").append(i).append("='urn:").append(i).append('\'');
        }
        for (int i = 0; i < plain; i++) {
            sb.append(" a").append(i).append("='").append(i).append('\'');
        }
        return sb.append("/>").toString();
    }

    @Test
    void attributesPerElementNamespaceDeclarationsIncluded() {
        int max = XmlLimits.MAX_ATTRIBUTES;
        String code = SignatureError.TOO_MANY_ATTRIBUTES.code();
        assertThat(both(attributes(max, 0))).startsWith("ok");
        assertThat(both(attributes(max + 1, 0))).isEqualTo(code);
        assertThat(both(attributes(max - 5, 5))).startsWith("ok");
        assertThat(both(attributes(max - 4, 5))).isEqualTo(code);
        assertThat(both("<r>" + attributes(max + 1, 0).replace("/>", "></a>") + "</r>")).isEqualTo(code);
    }

    @Test
    void namespaceDeclarationsPerElement() {
        int max = XmlLimits.MAX_NAMESPACE_DECLARATIONS;
        String code = SignatureError.TOO_MANY_NAMESPACE_DECLARATIONS.code();
        assertThat(both(attributes(3, max))).startsWith("ok");
        assertThat(both(attributes(3, max + 1))).isEqualTo(code);
        assertThat(both(attributes(0, max - 1).replace("<a", "<a xmlns='urn:d'"))).startsWith("ok");
        assertThat(both(attributes(0, max).replace("<a", "<a xmlns='urn:d'"))).isEqualTo(code);
    }

    private static String nested(int levels, int declarationsEach) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < levels; l++) {
            sb.append("<e").append(l);
            for (int i = 0; i < declarationsEach; i++) {
                sb.append(" xmlns:q").append(l).append('_').append(i).append("='urn:").append(i).append('\'');
            }
            sb.append('>');
        }
        for (int l = levels - 1; l >= 0; l--) {
            sb.append("</e").append(l).append('>');
        }
        return sb.toString();
    }

    @Test
    void namespaceDeclarationsInScope() {
        int max = XmlLimits.MAX_NAMESPACES_IN_SCOPE;
        int each = XmlLimits.MAX_NAMESPACE_DECLARATIONS;
        String code = SignatureError.TOO_MANY_NAMESPACES_IN_SCOPE.code();
        assertThat(max % each).isZero();
        assertThat(both(nested(max / each, each))).startsWith("ok");
        String full = nested(max / each, each);
        int innermost = full.indexOf("</e");
        assertThat(both(full.substring(0, innermost) + "<f xmlns:x='urn:x'/>" + full.substring(innermost)))
                .isEqualTo(code);
        assertThat(both(nested(max / each + 1, each))).isEqualTo(code);
        // redeclaring one prefix at every level counts every declaration
        String same = "<d xmlns:p='urn:p'>".repeat(max) + "</d>".repeat(max);
        assertThat(both(same)).startsWith("ok");
        assertThat(both(same.replaceFirst("<d xmlns:p='urn:p'></d>", "<d xmlns:p='urn:p' xmlns:z='urn:z'></d>")))
                .isEqualTo(code);
    }

    @Test
    void namePartLength() {
        int max = XmlLimits.MAX_NAME_PART_LENGTH;
        String code = SignatureError.NAME_TOO_LONG.code();
        String ok = "n".repeat(max);
        String over = "n".repeat(max + 1);
        assertThat(both("<" + ok + "/>")).startsWith("ok");
        assertThat(both("<" + over + "/>")).isEqualTo(code);
        // prefix and local part are measured apart
        assertThat(both("<" + ok + ":" + ok + " xmlns:" + ok + "='urn:x'/>")).startsWith("ok");
        assertThat(both("<" + over + ":a xmlns:" + over + "='urn:x'/>")).isEqualTo(code);
        assertThat(both("<p:" + over + " xmlns:p='urn:x'/>")).isEqualTo(code);
        assertThat(both("<a " + ok + "='1'/>")).startsWith("ok");
        assertThat(both("<a " + over + "='1'/>")).isEqualTo(code);
        assertThat(both("<a p:" + over + "='1' xmlns:p='urn:x'/>")).isEqualTo(code);
        assertThat(both("<a xmlns:" + over + "='urn:x'/>")).isEqualTo(code);
        // characters, not bytes
        assertThat(both("<" + "ệ".repeat(max) + ":" + "ệ".repeat(max) + " xmlns:" + "ệ".repeat(max) + "='u'/>"))
                .startsWith("ok");
        assertThat(both("<" + "ệ".repeat(max + 1) + "/>")).isEqualTo(code);
        // processing-instruction targets and entity names are measured whole
        assertThat(both("<a><?" + ok + " data?></a>")).startsWith("ok");
        assertThat(both("<a><?" + over + " data?></a>")).isEqualTo(code);
        assertThat(both("<a><?" + "n".repeat(600) + ":" + "n".repeat(600) + "?></a>")).isEqualTo(code);
        assertThat(both("<a>&" + ok + ";</a>")).isEqualTo(SignatureError.MALFORMED_XML.code());
        assertThat(both("<a>&" + over + ";</a>")).isEqualTo(code);
    }

    @Test
    void elementDepth() {
        int max = XmlLimits.MAX_DEPTH;
        assertThat(both("<d>".repeat(max) + "</d>".repeat(max))).startsWith("ok");
        assertThat(both("<d>".repeat(max + 1) + "</d>".repeat(max + 1)))
                .isEqualTo(SignatureError.NESTING_TOO_DEEP.code());
    }

    @Test
    void farOverALimitTheRefusalComesQuickly() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(both(attributes(100_000, 0))).isEqualTo(SignatureError.TOO_MANY_ATTRIBUTES.code());
            // declarations are attributes too: one over the attribute limit ends it
            assertThat(both(attributes(0, 100_000))).isEqualTo(SignatureError.TOO_MANY_ATTRIBUTES.code());
            assertThat(both(nested(900, 100))).isEqualTo(SignatureError.TOO_MANY_NAMESPACES_IN_SCOPE.code());
            assertThat(both(nested(90_000, 1))).isEqualTo(SignatureError.NESTING_TOO_DEEP.code());
            assertThat(both("<" + "n".repeat(1 << 20) + "/>")).isEqualTo(SignatureError.NAME_TOO_LONG.code());
            assertThat(both("<a>" + "&#x000000000000041;".repeat(20_000) + "</a>")).startsWith("ok");
        });
    }

    @Test
    void manyAttributesAndDeclarationsUnderTheLimitsStayLinear() {
        assertTimeoutPreemptively(BOUND, () -> {
            StringBuilder doc = new StringBuilder("<r>");
            for (int i = 0; i < 200; i++) {
                doc.append(attributes(XmlLimits.MAX_ATTRIBUTES - XmlLimits.MAX_NAMESPACE_DECLARATIONS - 2,
                        XmlLimits.MAX_NAMESPACE_DECLARATIONS).replace("<a ", "<a p1:x='1' p2:x='2' "));
            }
            assertThat(both(doc.append("</r>").toString())).startsWith("ok");
            // a duplicate expanded name among many attributes is still found
            String dup = attributes(XmlLimits.MAX_ATTRIBUTES - 20, 10).replace("<a ", "<a p1:x='1' p9:x='2' ")
                    .replace("xmlns:p9='urn:9'", "xmlns:p9='urn:1'");
            assertThat(both(dup)).isEqualTo(SignatureError.MALFORMED_XML.code());
        });
    }
}
