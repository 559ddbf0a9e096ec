package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;

/**
 * Every rule meets values it does not expect (empty, signs, exponents, huge, non-ASCII digits, impossible dates,
 * other tables' codes) in every field of a good episode: the checker reports, never throws, and no message repeats
 * a value that is text (amounts and codes may be shown).
 */
class HostileValuesTest {

    private static final List<String> HOSTILE = List.of("", " ", "-1", "-0.00", "1e5", "1E-999999999", "NaN",
            "Infinity", "0x1F", "abc", "99999999999999999999999999", "0.0000000001", "１２３", "٣", "20261301",
            "202602301200", "00000000", "000000000000", "2026110100001", ";", ";;", "1;2;3", "J06.9;", "G1000",
            "H9999", "100.5", "1000", "3.x", "+80", "08", "9".repeat(400), "Nguyễn Văn Bí Mật", "<x/>", "&amp;",
            "]]>", "'\"");

    @Test
    void randomHostileValuesAreReportedNeverThrown() {
        Random random = new Random(20261202);
        ClaimsChecker checker = ClaimsChecker.builder().build();
        Files130.Ep good = CrossTableFiles.inpatient();
        int reports = 0;
        for (int round = 0; round < 1500; round++) {
            Files130.Ep ep = random.nextBoolean() ? good.copy() : Files130.outpatient();
            int changes = 1 + random.nextInt(4);
            List<String> planted = new ArrayList<>();
            for (int c = 0; c < changes; c++) {
                List<ClaimsTable> tables = new ArrayList<>(ep.tables.keySet());
                ClaimsTable t = tables.get(random.nextInt(tables.size()));
                List<Map<String, String>> rows = ep.tables.get(t);
                Map<String, String> row = rows.get(random.nextInt(rows.size()));
                List<String> fields = ClaimsProfile.QD3176_2026.catalogue().table(t).names();
                String field = fields.get(random.nextInt(fields.size()));
                String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
                if (value.isEmpty()) {
                    row.remove(field);
                } else {
                    row.put(field, value);
                    planted.add(value);
                }
            }
            byte[] file = Files130.envelope(ClaimsProfile.QD3176_2026, ep);
            ClaimsReport[] report = new ClaimsReport[1];
            assertThatCode(() -> report[0] = checker.check(file, "f.xml")).as("round " + round)
                    .doesNotThrowAnyException();
            reports += report[0].issues().isEmpty() ? 0 : 1;
            for (ClaimsIssue i : report[0].issues()) {
                for (String v : planted) {
                    // amounts and codes may be shown; text may not
                    if (v.length() >= 6 && !v.matches("[-+0-9.eE;]+")) {
                        assertThat(i.message() + i.messageEn()).as(i.rule()).doesNotContain(v);
                    }
                }
            }
        }
        assertThat(reports).isGreaterThan(1000);
    }

    @Test
    void randomlyBrokenEnvelopesAreReportedNeverThrown() {
        Random random = new Random(7);
        ClaimsChecker checker = ClaimsChecker.builder().build();
        String good = new String(Files130.envelope(ClaimsProfile.QD3176_2026, Files130.outpatient()),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> inserts = List.of("<", ">", "&", "x", "</HOSO>", "<HOSO>", "<FILEHOSO>", "<![CDATA[y]]>",
                "<!-- c -->", "<?p?>", "<!DOCTYPE a>", "&#0;", " xmlns=\"urn:x\"", "\u0000", "\uFFFE", "]]>", "=");
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder(good);
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, inserts.get(random.nextInt(inserts.size())));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
                default -> b.setLength(at);
            }
            byte[] file = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThatCode(() -> checker.check(file, "f.xml")).as("round " + round).doesNotThrowAnyException();
        }
    }
}
