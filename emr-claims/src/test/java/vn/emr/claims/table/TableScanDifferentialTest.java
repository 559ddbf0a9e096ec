package vn.emr.claims.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.TableSpec;

/**
 * The fast path of {@link TableScan} against the JDK's StAX path on valid table documents of every table and profile
 * and on hundreds of thousands of seeded random mutations of them: whenever the fast path reads a document, its result
 * is the StAX path's, records and problems alike; else it declined. {@code -Dfastscan.mutations=N} and
 * {@code -Dfastscan.seed=S} run a longer or another campaign.
 */
class TableScanDifferentialTest {

    private static final String[] SNIPPETS = {
        "<", "&", ">", "]]>", "]]", "]", "&#0;", "&#xD800;", "&#xDFFF;", "&#xFFFE;", "&#x110000;", "&#1114111;",
        "&#x1F600;", "&#65;", "&#x41;", "&#;", "&#x;", "&#13;", "&#10;", "&#9;", "&#x20;", "&#32;", "&amp;", "&lt;",
        "&gt;", "&quot;", "&apos;", "&nbsp;", "&amp", "&AMP;", "\r", "\r\n", "\n", "\t", " ", "\u000B", "\u0000",
        "\u0001", "\u007F", "\u0085", "\u00A0", "\u2028", "\uFEFF", "é", "ệ", "𝔘", "<![CDATA[x]]>",
        "<![CDATA[ ]]>", "<![CDATA[]]>", "<![CDATA[a]]b]]>", "<![CDATA[\r\n]]>", "<![CDATA[", "<![cdata[x]]>",
        "<!--c-->", "<!---->", "<!--a--b-->", "<!--a--->", "<!-- é -->", "<!--", "-->", "<!-", "<?pi x?>",
        "<?pi?>", "<?xml x?>", "<?XML x?>", "<?xml-stylesheet x?>", "<?p:i x?>", "<?pi\u0001?>", "<?", "?>",
        "<!DOCTYPE x>", "<!DOCTYPE TONG_HOP [<!ENTITY e \"v\">]>", "&e;", "<!ELEMENT x ANY>", "<X/>", "<X></X>",
        "<x>1</x>", "<MA_LK>1</MA_LK>", "<STT>2</STT>", "<MA_LK/>", "<MA_LK>", "</MA_LK>", "</", "</X>", "<X>",
        "\"", "'", "=", " xmlns:a=\"u\"", " xmlns=\"\"", " xmlns=\"urn:x\"", " xmlns:xml=\"u\"",
        " xmlns:a=\"\"", " a=\"1\"", " xmlns:a='u' xmlns:a='v'", "<a:B xmlns:a=\"u\"/>", "<a:B/>", "<B xmlns=\"u\"/>",
        "<B:C>", ":", "<É/>", "<A\u00C9/>", "<1/>", "< A/>", "<A />", "<A/ >", "</A >",
    };

    private static final byte[][] BAD_BYTES = {
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE},
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC2, (byte) 0x85},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA8},
    };

    private static final String[] DECLARATIONS = {
        "", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0'?>",
        "<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.0\" encoding=\"utf8\"?>",
        "<?xml version=\"1.0\" standalone=\"yes\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?>", "<?xml encoding=\"utf-8\"?>", "<?xml version=\"1.0\" ?>",
        "<?xml  version = \"1.0\"  encoding = 'utf-8' ?>", "<?xml version=\"1.0\"encoding=\"utf-8\"?>",
        "\uFEFF<?xml version=\"1.0\"?>", " <?xml version=\"1.0\"?>", "<!-- c --><?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\" encoding=\"Utf-8\"?>",
    };

    @Test
    void fastPathReadsEveryValidDocumentAsStaxDoes() {
        Random random = new Random(20261202L);
        int documents = 0;
        for (ClaimsProfile profile : ClaimsProfile.values()) {
            for (ClaimsTable table : ClaimsTable.values()) {
                if (!profile.catalogue().has(table)) {
                    continue; // QD130 has no XML13-XML15
                }
                TableSpec spec = profile.catalogue().table(table);
                for (int k = 0; k < 20; k++) {
                    byte[] xml = validDocument(spec, random);
                    TableScan.Result fast = TableScan.scanFast(spec, xml);
                    assertThat(fast).as("%s %s declined", profile, table).isNotNull();
                    assertThat(fast).isEqualTo(TableScan.scanWithStax(spec, xml));
                    assertThat(fast.problems()).isEmpty();
                    documents++;
                }
            }
        }
        assertThat(documents).isGreaterThan(500);
    }

    @Test
    void fastPathNeverDisagreesWithStaxOnMutatedDocuments() {
        long seed = Long.getLong("fastscan.seed", 130L);
        int mutations = Integer.getInteger("fastscan.mutations", 20_000);
        Random random = new Random(seed);
        List<TableSpec> specs = new ArrayList<>();
        for (ClaimsTable table : ClaimsTable.values()) {
            specs.add(ClaimsProfile.QD4750.catalogue().table(table));
        }
        List<byte[]> bases = new ArrayList<>();
        List<TableSpec> baseSpecs = new ArrayList<>();
        for (TableSpec spec : specs) {
            for (int k = 0; k < 8; k++) {
                bases.add(validDocument(spec, random));
                baseSpecs.add(spec);
            }
        }
        int accepted = 0;
        int malformed = 0;
        int withProblems = 0;
        for (int m = 0; m < mutations; m++) {
            int which = random.nextInt(bases.size());
            TableSpec spec = random.nextInt(20) == 0 ? specs.get(random.nextInt(specs.size())) : baseSpecs.get(which);
            byte[] xml = bases.get(which);
            int count = 1 + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
            for (int c = 0; c < count; c++) {
                xml = mutate(xml, random);
            }
            TableScan.Result stax = TableScan.scanWithStax(spec, xml);
            TableScan.Result fast = TableScan.scanFast(spec, xml);
            if (stax.problems().size() == 1 && stax.problems().get(0).kind() == TableScan.ProblemKind.MALFORMED) {
                malformed++;
            }
            if (fast != null) {
                accepted++;
                if (!fast.problems().isEmpty()) {
                    withProblems++;
                }
                if (!fast.equals(stax)) {
                    throw new AssertionError("seed " + seed + ", mutation " + m + ": fast " + fast.problems()
                            + " vs StAX " + stax.problems() + " on\n" + new String(xml, StandardCharsets.ISO_8859_1));
                }
                assertThat(fast).isEqualTo(stax);
            }
        }
        // the campaign is not vacuous: many mutants are read by the fast path, many are refused by the JDK
        assertThat(accepted).isGreaterThan(mutations / 10);
        assertThat(withProblems).isGreaterThan(mutations / 200);
        assertThat(malformed).isGreaterThan(mutations / 5);
    }

    static byte[] validDocument(TableSpec spec, Random random) {
        int count = spec.table().repeated() ? 1 + random.nextInt(3) : 1;
        List<TableRecord> records = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            Map<String, String> values = new HashMap<>();
            for (FieldSpec f : spec.fields()) {
                if (random.nextInt(4) != 0) {
                    String v = TableDocumentTestAccess.fitting(f, random);
                    if (v != null) {
                        values.put(f.name(), v);
                    }
                }
            }
            records.add(TableDocumentTestAccess.unchecked(spec, values));
        }
        return TableDocument.write(spec.table(), records);
    }

    static byte[] mutate(byte[] xml, Random random) {
        int n = xml.length;
        switch (random.nextInt(12)) {
            case 0 -> {
                if (n == 0) {
                    return xml;
                }
                byte[] c = xml.clone();
                c[random.nextInt(n)] = (byte) random.nextInt(256);
                return c;
            }
            case 1, 2 -> {
                return insert(xml, boundary(xml, random), utf8(SNIPPETS[random.nextInt(SNIPPETS.length)]));
            }
            case 3 -> {
                return insert(xml, random.nextInt(n + 1), utf8(SNIPPETS[random.nextInt(SNIPPETS.length)]));
            }
            case 4 -> {
                return insert(xml, random.nextInt(n + 1), BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
            }
            case 5 -> {
                return Arrays.copyOf(xml, random.nextInt(n + 1));
            }
            case 6 -> {
                // duplicate a run between two tags: repeated, misordered and unknown elements
                int a = boundary(xml, random);
                int b = boundary(xml, random);
                int from = Math.min(a, b);
                int to = Math.max(a, b);
                if (to - from > 4_000) {
                    to = from;
                }
                return insert(xml, boundary(xml, random), Arrays.copyOfRange(xml, from, to));
            }
            case 7 -> {
                int a = boundary(xml, random);
                int b = boundary(xml, random);
                return remove(xml, Math.min(a, b), Math.max(a, b));
            }
            case 8 -> {
                // rename an element: unknown or misplaced names
                int lt = indexOf(xml, (byte) '<', random.nextInt(n + 1));
                if (lt < 0 || lt + 2 >= n) {
                    return xml;
                }
                int at = lt + 1 + (xml[lt + 1] == '/' ? 1 : 0);
                if (at + 1 >= n) {
                    return xml;
                }
                byte[] c = xml.clone();
                c[at + random.nextInt(2)] = (byte) "ABXZ_19a:.-".charAt(random.nextInt(11));
                return c;
            }
            case 9 -> {
                // a namespace declaration or an attribute inside the root or another start tag
                int gt = indexOf(xml, (byte) '>', random.nextInt(4) == 0 ? random.nextInt(n + 1) : 40);
                if (gt < 0 || xml[gt - 1] == '?') {
                    gt = indexOf(xml, (byte) '>', gt + 1);
                }
                if (gt < 0) {
                    return xml;
                }
                String[] attrs = {" xmlns:a=\"urn:a\"", " xmlns=\"\"", " xmlns=\"urn:x\"", " xmlns:a=\"urn:a\" xmlns:b='urn:b'",
                    " xmlns:a=\"\"", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", " a=\"1\"",
                    " xmlns:a=\"urn:a\" xmlns:a=\"urn:b\"", " xmlns:b=\"http://www.w3.org/XML/1998/namespace\"",
                    " xmlns:a=\"u&amp;v\"", " xmlns:a=\"u<v\"", " xmlns:a=\"urn:a\"xmlns:b=\"urn:b\"", " xmlns:a",
                    " xmlns:a=\"é\"", " xmlns:a = \"urn:a\"", "\n\txmlns:a=\"urn:a\"\r\n"};
                return insert(xml, gt, utf8(attrs[random.nextInt(attrs.length)]));
            }
            case 10 -> {
                // another declaration or none
                int end = indexOf(xml, (byte) '>', 0);
                int from = xml.length > 1 && xml[1] == '?' ? end + 1 : 0;
                return insert(remove(xml, 0, from), 0, utf8(DECLARATIONS[random.nextInt(DECLARATIONS.length)]));
            }
            default -> {
                // markup or text after the root
                String[] tails = {"\n", "<!--x-->", "<?pi?>", "x", "<X/>", " \r\n\t", "&amp;", "<![CDATA[]]>", "\u0000"};
                return insert(xml, n, utf8(tails[random.nextInt(tails.length)]));
            }
        }
    }

    /** A position just before a {@code <} or just after a {@code >}, or anywhere now and then. */
    private static int boundary(byte[] xml, Random random) {
        int from = random.nextInt(xml.length + 1);
        if (random.nextInt(8) == 0) {
            return from;
        }
        int i = random.nextBoolean() ? indexOf(xml, (byte) '<', from) : indexOf(xml, (byte) '>', from) + 1;
        return i <= 0 ? from : i;
    }

    private static int indexOf(byte[] xml, byte b, int from) {
        for (int i = Math.max(0, from); i < xml.length; i++) {
            if (xml[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] xml, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + piece.length);
        out.write(xml, 0, at);
        out.write(piece, 0, piece.length);
        out.write(xml, at, xml.length - at);
        return out.toByteArray();
    }

    private static byte[] remove(byte[] xml, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
        out.write(xml, 0, from);
        out.write(xml, to, xml.length - to);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
