package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;

/**
 * The fast reading of a {@code GIAMDINHHS} (from an array, and from a stream read in small random chunks) against the
 * StAX reference reading: on envelopes of several layouts it must read and give the reference's report, and on
 * thousands of seeded random mutations of them (markup, references, comments, bad UTF-8, broken base64, lost and
 * repeated elements, truncation) it either gives exactly the reference's report or declines; files of hostile values
 * inside well-formed envelopes it reads, with the reference's report. {@code
 * -Denvelope.mutations=N} and {@code -Denvelope.seed=S} run a longer or another campaign.
 */
class EnvelopeReadingDifferentialTest {

    private static final ClaimsChecker CHECKER = ClaimsChecker.builder().build();

    private static final String SIGNATURE = "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo>"
            + "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<Reference URI=\"\"><DigestValue>QUJD</DigestValue></Reference></SignedInfo>"
            + "<SignatureValue>\r\nQUJD\r\n</SignatureValue><!-- c --><?pi x?></Signature>";

    private static final String[] SNIPPETS = {
        "<", ">", "&", "&amp;", "&#65;", "&#x51;", "&lt;", "&e;", "\r", "\r\n", "\n", "\t", " ", "=", "==", "A", "QQ",
        "QUJD", "+", "/", "!", "]]>", "é", "\u0000", "\u0001", "\uFEFF", "<!-- c -->", "<!---->", "<?pi x?>",
        "<?xml version=\"1.0\"?>", "<![CDATA[QQ==]]>", "<![CDATA[x]]>", "<![CDATA[ ]]>", "<X>", "</X>", "<X/>",
        "<p:X/>", "<HOSO>", "</HOSO>", "<HOSO/>", "<FILEHOSO>", "</FILEHOSO>", "<LOAIHOSO>XML1</LOAIHOSO>",
        "<LOAIHOSO>XML9</LOAIHOSO>", "<LOAIHOSO>XML0</LOAIHOSO>", "<NOIDUNGFILE></NOIDUNGFILE>",
        "<NOIDUNGFILE>QQ==</NOIDUNGFILE>", " a=\"1\"", " xmlns=\"urn:x\"", " xmlns:p=\"urn:p\"", " xmlns=\"\"",
        "<!DOCTYPE GIAMDINHHS>", "<CHUKYDONVI/>", "<CHUKYDONVI>", "</CHUKYDONVI>", "<CHUKYDONVI>" + SIGNATURE,
        "<MACSKCB>79001</MACSKCB>", "99", "</GIAMDINHHS>", "<GIAMDINHHS>", "<" + "A".repeat(70) + ">",
        "x".repeat(70), " ".repeat(70), "\u3000", "<MACSKCB >", "</MACSKCB >", "</MACSKCB\n>",
        "<THONGTINDONVI>", "</THONGTINHOSO>", "<SOLUONGHOSO>1</SOLUONGHOSO>", "<NGAYLAP>2026</NGAYLAP>",
    };

    private static final byte[][] BAD_BYTES = {
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, {(byte) 0xC3, (byte) 0xA9},
    };

    @Test
    void readsEveryLayoutAsTheReferenceDoes() throws Exception {
        Random random = new Random(1L);
        List<byte[]> layouts = layouts();
        for (int i = 0; i < layouts.size(); i++) {
            byte[] xml = layouts.get(i);
            ClaimsReport reference = CHECKER.checkWith(2, xml, null, "f.xml");
            assertThat(CHECKER.checkWith(0, xml, null, "f.xml")).as("layout %d, array", i).isEqualTo(reference);
            assertThat(CHECKER.checkWith(1, xml, new Chunked(xml, random), "f.xml")).as("layout %d, stream", i)
                    .isEqualTo(reference);
            assertThat(reference.episodes()).isEqualTo(3);
        }
        // and the files the public entry points check: the same report as the reference reading
        assertThat(CHECKER.check(layouts.get(0), "f.xml")).isEqualTo(CHECKER.checkWith(2, layouts.get(0), null,
                "f.xml"));
    }

    @Test
    void readsMutatedEnvelopesAsTheReferenceDoesOrDeclines() throws Exception {
        int mutations = Integer.getInteger("envelope.mutations", 1500);
        Random random = new Random(Long.getLong("envelope.seed", 20261202L));
        List<byte[]> layouts = layouts();
        int read = 0;
        int withIssues = 0;
        for (int k = 0; k < mutations; k++) {
            byte[] xml = layouts.get(random.nextInt(layouts.size()));
            int steps = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
            for (int s = 0; s < steps; s++) {
                xml = mutate(xml, random);
            }
            ClaimsReport reference = CHECKER.checkWith(2, xml, null, "m.xml");
            ClaimsReport fast = CHECKER.checkWith(0, xml, null, "m.xml");
            ClaimsReport streamed = CHECKER.checkWith(1, xml, new Chunked(xml, random), "m.xml");
            assertThat(streamed == null).as("mutation %d: array and stream decline alike", k)
                    .isEqualTo(fast == null);
            if (fast != null) {
                assertThat(fast).as("mutation %d", k).isEqualTo(reference);
                assertThat(streamed).as("mutation %d, stream", k).isEqualTo(reference);
                read++;
                withIssues += reference.issues().size() > 1 ? 1 : 0; // beyond the one every layout has
            }
            // the public entry point gives the reference's report whichever reading it took
            if (k % 10 == 0) {
                assertThat(CHECKER.check(xml, "m.xml")).isEqualTo(reference);
            }
        }
        // not vacuous: the fast reading reads a good share, faulty files among them
        System.out.printf("envelope mutations: %d, read by the fast reading: %d (%d with issues)%n", mutations, read,
                withIssues);
        assertThat(read).isGreaterThan(mutations / 5);
        assertThat(withIssues).isGreaterThan(mutations / 50);
    }

    @Test
    void readsFilesOfHostileValuesAsTheReferenceDoes() {
        List<String> hostile = List.of("", " ", "-1", "1e5", "NaN", "abc", "99999999999999999999999999", "１２３",
                "20261301", "202602301200", "1;2;3", "9".repeat(400), "Nguyễn Văn Bí Mật", "<x/>", "&amp;", "]]>",
                "'\"", "\r\n", "\uFEFF", "𝔘");
        Random random = new Random(20261203L);
        Files130.Ep good = CrossTableFiles.inpatient();
        int withIssues = 0;
        for (int round = 0; round < 300; round++) {
            Files130.Ep ep = random.nextBoolean() ? good.copy() : Files130.outpatient();
            for (int c = 1 + random.nextInt(4); c > 0; c--) {
                List<ClaimsTable> tables = new ArrayList<>(ep.tables.keySet());
                ClaimsTable t = tables.get(random.nextInt(tables.size()));
                List<java.util.Map<String, String>> rows = ep.tables.get(t);
                java.util.Map<String, String> row = rows.get(random.nextInt(rows.size()));
                List<String> fields = ClaimsProfile.QD3176_2026.catalogue().table(t).names();
                String field = fields.get(random.nextInt(fields.size()));
                String value = hostile.get(random.nextInt(hostile.size()));
                if (value.isEmpty()) {
                    row.remove(field);
                } else {
                    row.put(field, value);
                }
            }
            byte[] xml = Files130.envelope(ClaimsProfile.QD3176_2026, ep);
            ClaimsReport reference = CHECKER.checkWith(2, xml, null, "h.xml");
            assertThat(CHECKER.checkWith(0, xml, null, "h.xml")).as("round %d", round).isEqualTo(reference);
            withIssues += reference.issues().isEmpty() ? 0 : 1;
        }
        assertThat(withIssues).isGreaterThan(200);
    }

    @Test
    void aTooLongDateOrCountIsReportedNotThrown() {
        String good = new String(Files130.envelope(ClaimsProfile.QD3176_2026, Files130.outpatient()),
                StandardCharsets.UTF_8);
        byte[] date = good.replace("<NGAYLAP>20261101</NGAYLAP>", "<NGAYLAP>" + "2".repeat(65) + "</NGAYLAP>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] count = good.replace("<SOLUONGHOSO>1</SOLUONGHOSO>", "<SOLUONGHOSO>" + "1".repeat(65)
                + "</SOLUONGHOSO>").getBytes(StandardCharsets.UTF_8);
        assertThat(CHECKER.check(date, "f.xml").issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                .contains(org.assertj.core.groups.Tuple.tuple("ENVELOPE.NGAYLAP.DATE",
                        "GIAMDINHHS.THONGTINHOSO.NGAYLAP"));
        assertThat(CHECKER.check(count, "f.xml").issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ENVELOPE.SOLUONGHOSO.COUNT",
                        "GIAMDINHHS.THONGTINHOSO.SOLUONGHOSO"));
    }

    /** Three episodes in several layouts: compact, indented with CRLF, wrapped base64, namespaces, a signature. */
    private static List<byte[]> layouts() {
        Files130.Ep base = Files130.outpatient();
        String key = base.row(ClaimsTable.XML1, 1).get("MA_LK");
        List<Files130.Ep> eps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Files130.Ep ep = base.copy();
            String k = key + "-" + i;
            ep.tables.values().forEach(rows -> rows.forEach(r -> r.put("MA_LK", k)));
            if (i == 1) {
                ep.set(ClaimsTable.XML2, 1, "MA_THUOC", null);
            }
            eps.add(ep);
        }
        List<byte[]> out = new ArrayList<>();
        out.add(Files130.envelope(ClaimsProfile.QD3176_2026, eps.toArray(new Files130.Ep[0])));
        out.add(layout(eps, "\r\n  ", true, true, "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n",
                " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "<CHUKYDONVI>" + SIGNATURE
                        + "</CHUKYDONVI>"));
        out.add(layout(eps, "\n", false, false, "", "", ""));
        out.add(layout(eps, "", false, true, "<?xml version='1.0'?>", " xmlns=\"\"",
                "<CHUKYDONVI>\n</CHUKYDONVI>\n<!-- after -->"));
        return out;
    }

    private static byte[] layout(List<Files130.Ep> eps, String nl, boolean wrap, boolean spacedTags, String prolog,
            String rootAttributes, String signature) {
        String close = spacedTags ? " >" : ">";
        StringBuilder b = new StringBuilder(prolog).append("<GIAMDINHHS").append(rootAttributes).append('>')
                .append(nl).append("<THONGTINDONVI>").append(nl).append("<MACSKCB>\t79001 </MACSKCB")
                .append(close).append(nl).append("</THONGTINDONVI>").append(nl).append("<THONGTINHOSO>")
                .append("<NGAYLAP> 20261101</NGAYLAP><SOLUONGHOSO>").append(eps.size()).append("</SOLUONGHOSO>")
                .append(nl).append("<DANHSACHHOSO>");
        for (Files130.Ep e : eps) {
            b.append(nl).append("<HOSO").append(close);
            e.tables.forEach((t, rows) -> {
                String text = Base64.getEncoder().encodeToString(Files130.table(ClaimsProfile.QD3176_2026, t,
                        rows));
                if (wrap) {
                    text = Base64.getMimeEncoder().encodeToString(Files130.table(ClaimsProfile.QD3176_2026, t,
                            rows));
                }
                b.append(nl).append("<FILEHOSO>").append(nl).append("<LOAIHOSO>").append(t.loaiHoSo())
                        .append("</LOAIHOSO>").append(nl).append("<NOIDUNGFILE>").append(nl).append(text)
                        .append(nl).append("</NOIDUNGFILE").append(close).append(nl).append("</FILEHOSO>");
            });
            b.append(nl).append("</HOSO>");
        }
        b.append(nl).append("</DANHSACHHOSO>").append(nl).append("</THONGTINHOSO>").append(nl).append(signature)
                .append(nl).append("</GIAMDINHHS>").append(nl);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutate(byte[] xml, Random random) {
        int at = random.nextBoolean() ? nearMarkup(xml, random) : random.nextInt(xml.length + 1);
        at = Math.max(0, Math.min(xml.length, at));
        if (random.nextInt(5) < 3) {
            byte[] m = mutateElement(xml, random);
            if (m != null) {
                return m;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 100);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                out.write(xml, 0, at);
                out.writeBytes(SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                out.write(xml, at, xml.length - at);
            }
            case 2 -> {
                int n = Math.min(xml.length - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
                out.write(xml, 0, at);
                out.write(xml, at + n, xml.length - at - n);
            }
            case 3 -> {
                out.write(xml, 0, at);
                out.writeBytes(BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
                out.write(xml, Math.min(xml.length, at + 1), xml.length - Math.min(xml.length, at + 1));
            }
            case 4 -> {
                // a slice of the file repeated (often a whole element)
                int from = nearMarkup(xml, random);
                int to = Math.min(xml.length, from + random.nextInt(random.nextBoolean() ? 60 : 3000));
                from = Math.max(0, Math.min(from, to));
                out.write(xml, 0, at);
                out.write(xml, from, to - from);
                out.write(xml, at, xml.length - at);
            }
            default -> out.write(xml, 0, random.nextInt(4) == 0 ? at : xml.length - random.nextInt(30));
        }
        return out.toByteArray();
    }

    private static final String[] LEAVES = {"MACSKCB", "NGAYLAP", "SOLUONGHOSO", "LOAIHOSO", "NOIDUNGFILE"};
    private static final String[] VALUES = {"", " ", "XML1", "XML2", "XML3", "XML0", "XML12", "XML99", "79002",
        "2026-11-01", "20261301", "20250101", "abc", "3", "0", "x".repeat(70), "QUJD", "QUJD\r\nRA==", "QQ", "Q",
        "PFg+PC9YPg==", "\tXML4\n"};

    /** A mutation of the envelope's elements that keeps it well-formed (most of the time); null when none applies. */
    private static byte[] mutateElement(byte[] xml, Random random) {
        String s = new String(xml, StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0 -> {
                // another value of a leaf
                String leaf = LEAVES[random.nextInt(LEAVES.length)];
                int[] r = element(s, leaf, random);
                if (r == null) {
                    return null;
                }
                int open = s.indexOf('>', r[0]) + 1;
                int close = s.lastIndexOf("</", r[1] - 1);
                s = s.substring(0, open) + VALUES[random.nextInt(VALUES.length)] + s.substring(close);
            }
            case 1 -> {
                // a table document broken inside (its base64 kept valid)
                int[] r = element(s, "NOIDUNGFILE", random);
                if (r == null) {
                    return null;
                }
                int open = s.indexOf('>', r[0]) + 1;
                int close = s.lastIndexOf("</", r[1] - 1);
                byte[] doc;
                try {
                    doc = Base64.getMimeDecoder().decode(s.substring(open, close).strip());
                } catch (IllegalArgumentException e) {
                    return null; // broken by an earlier step
                }
                String text = new String(doc, StandardCharsets.UTF_8);
                int at = random.nextInt(text.length() + 1);
                text = text.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)] + text.substring(at);
                s = s.substring(0, open) + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                        + s.substring(close);
            }
            default -> {
                // a whole file or episode lost, repeated or moved
                String name = random.nextBoolean() ? "FILEHOSO" : "HOSO";
                int[] r = element(s, name, random);
                if (r == null) {
                    return null;
                }
                String e = s.substring(r[0], r[1]);
                s = s.substring(0, r[0]) + s.substring(r[1]);
                int kind = random.nextInt(3);
                if (kind > 0) {
                    int[] t = element(s, name, random);
                    int at = t == null ? r[0] : kind == 1 ? t[0] : t[1];
                    s = s.substring(0, at) + e + (kind == 1 && t != null ? e : "") + s.substring(at);
                }
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The start and end of a random {@code name} element (from its start tag to after its end tag), or null. */
    private static int[] element(String s, String name, Random random) {
        List<Integer> starts = new ArrayList<>();
        for (int i = s.indexOf("<" + name); i >= 0; i = s.indexOf("<" + name, i + 1)) {
            char c = i + name.length() + 1 < s.length() ? s.charAt(i + name.length() + 1) : '?';
            if (c == '>' || c == ' ') {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return null;
        }
        int start = starts.get(random.nextInt(starts.size()));
        int end = s.indexOf("</" + name, start);
        if (end < 0) {
            return null;
        }
        return new int[] {start, s.indexOf('>', end) + 1};
    }

    /** A position at or next to a {@code <} or {@code >} (where the envelope's structure is). */
    private static int nearMarkup(byte[] xml, Random random) {
        for (int tries = 0; tries < 50; tries++) {
            int i = random.nextInt(xml.length);
            if (xml[i] == '<' || xml[i] == '>') {
                return i + random.nextInt(3) - 1 + (random.nextBoolean() ? 1 : 0);
            }
        }
        return random.nextInt(xml.length + 1);
    }

    /** A stream that gives its bytes in small random chunks (the fast reading's refills). */
    private static final class Chunked extends InputStream {
        private final byte[] b;
        private final Random random;
        private int at;

        Chunked(byte[] b, Random random) {
            this.b = b;
            this.random = new Random(random.nextLong());
        }

        @Override
        public int read() {
            return at < b.length ? b[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int off, int len) {
            if (at >= b.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, b.length - at), 1 + random.nextInt(random.nextBoolean() ? 9 : 5000));
            System.arraycopy(b, at, into, off, n);
            at += n;
            return n;
        }
    }
}
