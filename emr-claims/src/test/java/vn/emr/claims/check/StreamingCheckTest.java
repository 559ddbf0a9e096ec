package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.core.sample.SampleRecords;

/** A large GIAMDINHHS is checked episode by episode: 10,000 episodes in 64 MB of heap (run with -Xmx64m). */
class StreamingCheckTest {

    @Test
    @Tag("bounded-memory")
    void tenThousandEpisodesAreCheckedWithSixtyFourMegabytesOfHeap(@TempDir Path dir) throws Exception {
        int n = 10_000;
        Path file = dir.resolve("day.xml");
        Files130.Ep base = Files130.outpatient();
        String key = base.row(ClaimsTable.XML1, 1).get("MA_LK");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("<?xml version=\"1.0\" encoding=\"utf-8\"?><GIAMDINHHS><THONGTINDONVI><MACSKCB>"
                    + SampleRecords.FACILITY_CODE + "</MACSKCB></THONGTINDONVI><THONGTINHOSO><NGAYLAP>20261101"
                    + "</NGAYLAP><SOLUONGHOSO>" + n + "</SOLUONGHOSO><DANHSACHHOSO>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < n; i++) {
                Files130.Ep ep = base.copy();
                String k = key + "-" + i;
                ep.tables.values().forEach(rows -> rows.forEach(r -> r.put("MA_LK", k)));
                if (i == 7_777) {
                    ep.set(ClaimsTable.XML2, 2, "MA_THUOC", null);
                }
                StringBuilder b = new StringBuilder("<HOSO>");
                ep.tables.forEach((t, rows) -> b.append(Files130.file(t.loaiHoSo(),
                        Files130.table(ClaimsProfile.QD3176_2026, t, rows))));
                out.write(b.append("</HOSO>").toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isGreaterThan(64L << 20);
        ClaimsReport r = ClaimsChecker.builder().build().check(file);
        assertThat(r.episodes()).isEqualTo(n);
        assertThat(r.issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FIELD.MANDATORY", "XML2[MA_LK=" + key + "-7777][2].MA_THUOC"));
    }
}
