package vn.emr.claims.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.internal.TableTokenizer;

/**
 * The strict tokenizer behind {@link TableScan}'s fast path: every construct of its subset read as the StAX path reads
 * it, and every document outside the subset or not well-formed declined (and judged by StAX).
 */
class TableTokenizerTest {

    private static final TableSpec XML1 = FieldCatalogue.qd4750().table(ClaimsTable.XML1);
    private static final TableSpec XML2 = FieldCatalogue.qd4750().table(ClaimsTable.XML2);
    private static final TableSpec XML0 = FieldCatalogue.qd4750().table(ClaimsTable.XML0);
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    /** Reads with both paths, asserts the fast path accepted and agreed, and gives the result. */
    private static TableScan.Result readsAsStax(TableSpec spec, byte[] xml) {
        TableScan.Result fast = TableScan.scanFast(spec, xml);
        assertThat(fast).as("declined").isNotNull();
        assertThat(fast).isEqualTo(TableScan.scanWithStax(spec, xml));
        assertThat(TableScan.scan(spec, xml)).isEqualTo(fast);
        return fast;
    }

    private static TableScan.Result readsAsStax(TableSpec spec, String xml) {
        return readsAsStax(spec, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String tongHop(String inner) {
        return DECL + "\n<TONG_HOP>" + inner + "</TONG_HOP>";
    }

    private static String value(TableScan.Result r, String field) {
        return r.records().get(0).get(field).orElse(null);
    }

    @Test
    void readsValuesUntrimmedWithReferencesCdataAndCommentsAsStaxDoes() {
        TableScan.Result r = readsAsStax(XML1, tongHop(
                "<MA_LK>  A&amp;B&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600; </MA_LK>\n"
                        + "<STT>1<!-- c --><![CDATA[2<&]]>3<?pi x?>4</STT>"
                        + "<MA_BN><![CDATA[]]></MA_BN><HO_TEN>Nguyễn Văn 𝔘</HO_TEN>"));
        assertThat(value(r, "MA_LK")).isEqualTo("  A&B<>\"'AB\uD83D\uDE00 ");
        assertThat(value(r, "STT")).isEqualTo("12<&34");
        assertThat(value(r, "MA_BN")).isNull();
        assertThat(value(r, "HO_TEN")).isEqualTo("Nguyễn Văn 𝔘");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void normalizesLineEndsAsTheJdkDoesButKeepsAReferencedCarriageReturn() {
        TableScan.Result r = readsAsStax(XML1, tongHop(
                "<MA_LK>a\r\nb\rc\n\rd</MA_LK><STT><![CDATA[x\r\ny\r]]>&#13;&#xD;\r</STT><DIA_CHI>\t \r\n</DIA_CHI>"));
        assertThat(value(r, "MA_LK")).isEqualTo("a\nb\nc\n\nd");
        assertThat(value(r, "STT")).isEqualTo("x\ny\n\r\r\n");
        assertThat(value(r, "DIA_CHI")).isEqualTo("\t \n");
    }

    @Test
    void readsEveryPrologAndEpilogOfTheSubset() {
        String body = "<TONG_HOP><MA_LK>1</MA_LK></TONG_HOP>";
        for (String prolog : List.of("", "<?xml version=\"1.0\"?>", "<?xml version='1.0' encoding='UTF-8'?>",
                "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\" ?>\r\n", "\uFEFF" + DECL,
                "<!-- a -->\n<?pi?>\n", DECL + "<!---->\t<?p x y?> ")) {
            assertThat(value(readsAsStax(XML1, prolog + body), "MA_LK")).isEqualTo("1");
        }
        assertThat(value(readsAsStax(XML1, DECL + body + "\n<!-- end -->\r\n<?pi end?> "), "MA_LK")).isEqualTo("1");
    }

    @Test
    void readsNamespaceDeclarationsOnTheRootAndSpacesInTags() {
        TableScan.Result r = readsAsStax(XML1, DECL + "<TONG_HOP xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + "\n\txmlns:xsd='http://www.w3.org/2001/XMLSchema' xmlns=\"\" ><MA_LK >1</MA_LK ><STT/><MA_BN />"
                + "</TONG_HOP >");
        assertThat(value(r, "MA_LK")).isEqualTo("1");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void reportsStructuralProblemsAsStaxDoes() {
        TableScan.Result one = readsAsStax(XML1, tongHop(
                "<STT>1</STT><MA_LK>2</MA_LK><MA_LK>3</MA_LK><NOT_A_FIELD><X>y</X></NOT_A_FIELD><lower/>"));
        assertThat(one.problems()).extracting(TableScan.Problem::kind).containsExactly(
                TableScan.ProblemKind.FIELD_ORDER, TableScan.ProblemKind.FIELD_REPEATED,
                TableScan.ProblemKind.FIELD_UNKNOWN, TableScan.ProblemKind.FIELD_UNKNOWN);
        assertThat(one.problems().get(2).field()).isEqualTo("NOT_A_FIELD");
        assertThat(one.problems().get(3).field()).isEqualTo("?");
        assertThat(value(one, "MA_LK")).isEqualTo("2");

        TableScan.Result many = readsAsStax(XML2, DECL + "<CHITIEU_CHITIET_THUOC><DSACH_CHI_TIET_THUOC>"
                + "<CHI_TIET_THUOC><MA_LK>1</MA_LK></CHI_TIET_THUOC><OTHER/>"
                + "<CHI_TIET_THUOC><MA_LK>2</MA_LK></CHI_TIET_THUOC></DSACH_CHI_TIET_THUOC><AFTER/>"
                + "</CHITIEU_CHITIET_THUOC>");
        assertThat(many.records()).hasSize(2);
        assertThat(many.problems()).containsExactly(new TableScan.Problem(TableScan.ProblemKind.ELEMENT, 2, "OTHER"),
                new TableScan.Problem(TableScan.ProblemKind.ELEMENT, 0, "AFTER"));
        assertThat(readsAsStax(XML0, new String(TableDocument.write(ClaimsTable.XML0, List.of()),
                StandardCharsets.UTF_8)).problems()).isEmpty();
    }

    @Test
    void readsEveryOfficialTemplateAsStaxDoes() throws Exception {
        Map<ClaimsTable, String> templates = Map.of(ClaimsTable.XML0, "02_XML0_CHECKIN_template.xml",
                ClaimsTable.XML1, "03_XML1_TONG_HOP_template.xml", ClaimsTable.XML2,
                "04_XML2_CHI_TIET_THUOC_template.xml", ClaimsTable.XML3, "05_XML3_CHI_TIET_DVKT_VTYT_template.xml",
                ClaimsTable.XML5, "07_XML5_DIEN_BIEN_LAM_SANG_template.xml", ClaimsTable.XML7,
                "09_XML7_GIAY_RA_VIEN_template.xml", ClaimsTable.XML15, "15_XML15_DIEU_TRI_LAO_template.xml");
        for (Map.Entry<ClaimsTable, String> t : templates.entrySet()) {
            byte[] xml;
            try (InputStream in = TableTokenizerTest.class.getResourceAsStream("/templates/" + t.getValue())) {
                xml = in.readAllBytes();
            }
            TableScan.Result r = readsAsStax(FieldCatalogue.qd4750().table(t.getKey()), xml);
            assertThat(r.records()).as(t.getValue()).isNotEmpty();
        }
    }

    /** Documents outside the subset that the JDK reads: the fast path declines, StAX reads them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TONG_HOP/>",
        "<?xml version=\"1.0\" encoding=\"Utf-8\"?><TONG_HOP/>",
        "<?xml version=\"1.1\"?><TONG_HOP/>",
        "<TONG_HOP>x<MA_LK>1</MA_LK></TONG_HOP>",
        "<TONG_HOP><![CDATA[ ]]><MA_LK>1</MA_LK></TONG_HOP>",
        "<TONG_HOP>&#32;<MA_LK>1</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>1<B/>2</MA_LK></TONG_HOP>",
        "<TONG_HOP a=\"1\"><MA_LK>1</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK xmlns:a=\"u\">1</MA_LK></TONG_HOP>",
        "<TONG_HOP xmlns=\"urn:x\"/>",
        "<TONG_HOP xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<TONG_HOP xmlns:a=\"u&amp;v\"/>",
        "<TONG_HOP xmlns:a=\"u\"><a:MA_LK>1</a:MA_LK></TONG_HOP>",
        "<TONG_HOP><MÃ>1</MÃ></TONG_HOP>",
        "<TONG_HOP><?xml-stylesheet href=\"x\"?></TONG_HOP>",
        "<TONG_HOP><A><A><A><A><A><A><A><A><A><A><A><A><A><A><A><A></A></A></A></A></A></A></A></A></A></A></A>"
                + "</A></A></A></A></A></TONG_HOP>",
        "<CHITIEU_CHITIET_THUOC/>",
    })
    void declinesWhatIsOutsideTheSubset(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(TableScan.scanFast(XML1, bytes)).isNull();
        assertThat(TableScan.scanWithStax(XML1, bytes).problems())
                .noneMatch(p -> p.kind() == TableScan.ProblemKind.MALFORMED);
    }

    /** Documents the JDK refuses (or the scan does: a DOCTYPE): the fast path declines and the scan says MALFORMED. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE TONG_HOP><TONG_HOP/>",
        "<TONG_HOP><MA_LK>1</STT></TONG_HOP>",
        "<TONG_HOP><MA_LK>&#0;</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>&#xD800;</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>&#xFFFE;</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>&#x110000;</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>a]]>b</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>a]]]>b</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>a<b</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>a&b</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>&nbsp;</MA_LK></TONG_HOP>",
        "<TONG_HOP><MA_LK>\u0001</MA_LK></TONG_HOP>",
        "<TONG_HOP><!-- a -- b --></TONG_HOP>",
        "<TONG_HOP><!-- a ---></TONG_HOP>",
        "<TONG_HOP><?xml version=\"1.0\"?></TONG_HOP>",
        "<TONG_HOP/><X/>",
        "<TONG_HOP/>x",
        "<TONG_HOP/>&amp;",
        " <?xml version=\"1.0\"?><TONG_HOP/>",
        "<TONG_HOP xmlns:a=\"u\" xmlns:a=\"v\"/>",
        "<TONG_HOP xmlns:a=u/>",
        "<TONG_HOP xmlns:a=\"\"/>",
        "<TONG_HOP xmlns:a=\"u\"xmlns:b=\"v\"/>",
        "<TONG_HOP><MA_LK>1</MA_LK>",
        "<TONG_HOP><![CDATA[x</TONG_HOP>",
        "",
    })
    void declinesWhatTheJdkRefuses(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(TableScan.scanFast(XML1, bytes)).isNull();
        assertThat(TableScan.scan(XML1, bytes).problems())
                .containsExactly(new TableScan.Problem(TableScan.ProblemKind.MALFORMED, 0, ""));
    }

    @Test
    void declinesInvalidUtf8() {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0x81}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
                (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0x80},
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
        };
        byte[] head = "<TONG_HOP><MA_LK>".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</MA_LK></TONG_HOP>".getBytes(StandardCharsets.US_ASCII);
        for (byte[] b : bad) {
            byte[] xml = new byte[head.length + b.length + tail.length];
            System.arraycopy(head, 0, xml, 0, head.length);
            System.arraycopy(b, 0, xml, head.length, b.length);
            System.arraycopy(tail, 0, xml, head.length + b.length, tail.length);
            assertThat(TableScan.scanFast(XML1, xml)).isNull();
            assertThat(TableScan.scan(XML1, xml).problems())
                    .containsExactly(new TableScan.Problem(TableScan.ProblemKind.MALFORMED, 0, ""));
        }
        // a truncated sequence at the very end, and a UTF-16 document
        assertThat(TableScan.scanFast(XML1, new byte[] {'<', 'A', (byte) 0xE1})).isNull();
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><TONG_HOP/>".getBytes(StandardCharsets.UTF_16);
        assertThat(TableScan.scanFast(XML1, utf16)).isNull();
        assertThat(TableScan.scan(XML1, utf16)).isEqualTo(TableScan.scanWithStax(XML1, utf16));
    }

    @Test
    void declinesAHugeNameAndKeepsAHugeValue() {
        String name = "A".repeat(5_000);
        assertThat(TableScan.scanFast(XML1, tongHop("<" + name + "/>").getBytes(StandardCharsets.UTF_8))).isNull();
        String big = "Đ".repeat(300_000);
        assertThat(value(readsAsStax(XML1, tongHop("<DIA_CHI>" + big + "</DIA_CHI>")), "DIA_CHI")).isEqualTo(big);
    }

    @Test
    void aDeclinedTokenizerThrowsTheSharedStacklessDecline() {
        TableTokenizer t = new TableTokenizer("<A>x</B>".getBytes(StandardCharsets.US_ASCII));
        assertThat(t.next()).isEqualTo(TableTokenizer.START);
        assertThat(t.next()).isEqualTo(TableTokenizer.TEXT);
        assertThat(t.text()).isEqualTo("x");
        try {
            t.next();
            throw new AssertionError("not declined");
        } catch (TableTokenizer.Declined e) {
            assertThat(e).isSameAs(TableTokenizer.declined());
            assertThat(e.getStackTrace()).isEmpty();
        }
    }
}
