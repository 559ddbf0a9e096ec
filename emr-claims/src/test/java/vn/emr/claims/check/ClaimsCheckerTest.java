package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;

/** The engine: a good file passes every rule; reading faults are located issues, never exceptions. */
class ClaimsCheckerTest {

    private static final ClaimsChecker CHECKER = ClaimsChecker.builder().build();

    static ClaimsReport check(byte[] xml) {
        return CHECKER.check(xml, "test.xml");
    }

    @Test
    void theSampleVisitPassesEveryRule() {
        ClaimsReport r = check(Files130.envelope(ClaimsProfile.QD3176_2026, Files130.outpatient()));
        assertThat(r.issues()).isEmpty();
        assertThat(r.episodes()).isEqualTo(1);
        assertThat(r.profile()).contains(ClaimsProfile.QD3176_2026);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void aMissingMandatoryFieldIsNamedWithItsEpisodeAndRow() {
        Files130.Ep ep = Files130.outpatient().set(ClaimsTable.XML2, 2, "MA_THUOC", null);
        ClaimsReport r = check(Files130.envelope(ClaimsProfile.QD3176_2026, ep));
        assertThat(r.issues()).extracting(ClaimsIssue::rule, ClaimsIssue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FIELD.MANDATORY",
                        "XML2[MA_LK=" + ep.row(ClaimsTable.XML1, 1).get("MA_LK") + "][2].MA_THUOC"));
        assertThat(r.issues().get(0).message()).contains("MA_THUOC");
        assertThat(r.issues().get(0).messageEn()).isEqualTo("The mandatory field MA_THUOC is missing.");
    }

    @Test
    void notXmlIsOneIssue() {
        ClaimsReport r = check("<GIAMDINHHS><".getBytes(StandardCharsets.UTF_8));
        assertThat(r.issues()).extracting(ClaimsIssue::rule).containsExactly("ENVELOPE.MALFORMED");
    }
}
