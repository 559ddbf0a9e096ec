package vn.emr.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The XML writer encodes to UTF-8 as it writes; the reference here is the former writer (a String built whole, then
 * {@code getBytes(UTF_8)}), kept in the test: both give the same bytes for every generated document, hostile
 * characters (markup, CR, tabs, a surrogate pair, Vietnamese in NFC) included.
 */
class Cv365WriterDifferentialTest {

    @Test
    void theXmlIsByteForByteTheFormerWritersForGeneratedDocuments() {
        for (long seed = 0; seed < 400; seed++) {
            HoSoBenhAn doc = new Generated(seed).document();
            assertThat(Cv365Codec.writeXml(doc)).as("seed %d", seed).isEqualTo(reference(doc, false));
            assertThat(Cv365Codec.writeSignableXml(doc)).as("seed %d (signable)", seed).isEqualTo(reference(doc, true));
        }
    }

    @Test
    void textsOfEveryUtf8LengthAreEncodedAsTheJdkDoes() {
        String[] texts = {"a", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "Đỹ", "\uffef", "😀", "a😀b\r\n&<>\"'"};
        Generated g = new Generated(1);
        HoSoBenhAn base = g.document();
        for (String t : texts) {
            Cv365Section root = base.root();
            Cv365Section patient = root.section("ThongTinBenhNhan").orElseThrow();
            Cv365Section.Builder pb = Cv365Section.builder();
            for (String name : patient.names()) {
                Object raw = patient.raw(name);
                if (raw instanceof String s) {
                    pb.text(name, name.equals("hoten") ? t : s);
                }
            }
            Cv365Section.Builder rb = Cv365Section.builder();
            for (String name : root.names()) {
                Object raw = root.raw(name);
                if (name.equals("ThongTinBenhNhan")) {
                    rb.section(name, pb.build());
                } else if (raw instanceof Cv365Section sec) {
                    rb.section(name, sec);
                }
            }
            HoSoBenhAn doc = HoSoBenhAn.of(rb.build());
            assertThat(Cv365Codec.writeXml(doc)).as(t).isEqualTo(reference(doc, false));
        }
    }

    /** The former writer. */
    private static byte[] reference(HoSoBenhAn document, boolean signable) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<");
        if (signable) {
            sb.append("HoSoBenhAnKySo><HoSoBenhAn Id=\"HoSoBenhAn\">");
        } else {
            sb.append("HoSoBenhAn>");
        }
        content(sb, document.root(), Schema.ROOT);
        if (signable) {
            sb.append("</HoSoBenhAn><ChuKy></ChuKy></HoSoBenhAnKySo>\n");
        } else {
            sb.append("</HoSoBenhAn>\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void content(StringBuilder sb, Cv365Section s, Schema.Group group) {
        for (Schema.Node node : group.children().values()) {
            String name = node.name();
            if (node instanceof Schema.Field) {
                String v = s.text(name);
                if (v.isEmpty()) {
                    sb.append('<').append(name).append("/>");
                } else {
                    sb.append('<').append(name).append('>');
                    for (int i = 0; i < v.length(); i++) {
                        char c = v.charAt(i);
                        switch (c) {
                            case '&' -> sb.append("&amp;");
                            case '<' -> sb.append("&lt;");
                            case '>' -> sb.append("&gt;");
                            case '\r' -> sb.append("&#13;");
                            default -> sb.append(c);
                        }
                    }
                    sb.append("</").append(name).append('>');
                }
            } else if (node instanceof Schema.Group sub) {
                sb.append('<').append(name).append('>');
                content(sb, s.section(name).orElse(Cv365Section.empty()), sub);
                sb.append("</").append(name).append('>');
            } else {
                Schema.Items items = (Schema.Items) node;
                for (Cv365Section item : s.list(name)) {
                    sb.append('<').append(name).append('>');
                    content(sb, item, items.item());
                    sb.append("</").append(name).append('>');
                }
            }
        }
    }
}
