package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.core.code.Catalogue;
import vn.emr.core.code.CatalogueEntry;

/**
 * Rules checked together ({@link Rule.Group}): the pass runs once, where the first applicable member is, and reports
 * under each member's id with the member's own severity; a member outside the episode's profile, or without its
 * catalogue, is silent (and the latter listed as skipped), while the others still report.
 */
class RuleGroupTest {

    private static final RuleSource SOURCE = RuleSource.practice("test");

    /** A group whose pass reports once under each of its members and counts its runs. */
    private static final class Probe {
        final List<Rule> members = new ArrayList<>();
        int runs;
        final Rule.Group group = new Rule.Group((ep, c, out) -> {
            runs++;
            for (Rule r : members) {
                out.report(r, r.id(), MessageArg.count(runs));
            }
        });
    }

    private static Episode episode(ClaimsProfile profile) {
        return new Episode(1, profile, null, Map.of(ClaimsTable.XML1, List.of()));
    }

    private static List<String> run(List<Rule> rules, ClaimsProfile profile, ClaimsCatalogues catalogues,
            List<String> skipped) {
        RuleCatalogue.Plan plan = new RuleCatalogue.Plan(rules, profile, catalogues);
        skipped.addAll(plan.skipped);
        Findings out = new Findings("f.xml");
        plan.run(episode(profile), null, out);
        return out.issues().stream().map(i -> i.rule() + ":" + i.severity()).toList();
    }

    @Test
    void theGroupRunsOnceAndEachMemberKeepsItsProfilesSeverityAndCatalogue() {
        Probe p = new Probe();
        Rule thuoc = Rule.inGroup("XML1.T_THUOC.SUM", CROSS_TABLE, ERROR, SOURCE, p.group);
        Rule vtyt = Rule.inGroup("XML1.T_VTYT.SUM", CROSS_TABLE, WARNING, SOURCE, p.group)
                .onlyIn(EnumSet.of(ClaimsProfile.QD4750));
        Rule icd = Rule.inGroup("XML1.T_BNTT.SUM", CROSS_TABLE, ERROR, SOURCE, p.group)
                .needs(ClaimsCatalogues.Kind.ICD10);
        p.members.addAll(List.of(thuoc, vtyt, icd));
        Rule stt = Rule.episode("LINK.STT", CROSS_TABLE, ERROR, SOURCE,
                (ep, c, out) -> out.report(RuleCatalogue.EPISODE_RULES.stream()
                        .filter(r -> r.id().equals("LINK.STT")).findFirst().orElseThrow(), "", MessageArg.count(1)));
        List<Rule> rules = List.of(stt, thuoc, vtyt, icd);

        List<String> skipped = new ArrayList<>();
        assertThat(run(rules, ClaimsProfile.QD4750, ClaimsCatalogues.none(), skipped))
                .containsExactly("LINK.STT:ERROR", "XML1.T_THUOC.SUM:ERROR", "XML1.T_VTYT.SUM:WARNING");
        assertThat(p.runs).isEqualTo(1);
        assertThat(skipped).containsExactly("XML1.T_BNTT.SUM");

        // outside its profile the member is silent, the others still report
        skipped.clear();
        assertThat(run(rules, ClaimsProfile.QD130, ClaimsCatalogues.none(), skipped))
                .containsExactly("LINK.STT:ERROR", "XML1.T_THUOC.SUM:ERROR");
        assertThat(p.runs).isEqualTo(2);

        // with the catalogue, the member that needs it reports
        Catalogue icd10 = new Catalogue() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public java.util.Optional<CatalogueEntry> find(String code) {
                return java.util.Optional.empty();
            }

            @Override
            public int size() {
                return 0;
            }
        };
        skipped.clear();
        assertThat(run(rules, ClaimsProfile.QD130, ClaimsCatalogues.none().with(ClaimsCatalogues.Kind.ICD10, icd10),
                skipped)).containsExactly("LINK.STT:ERROR", "XML1.T_THUOC.SUM:ERROR", "XML1.T_BNTT.SUM:ERROR");
        assertThat(skipped).isEmpty();
    }

    @Test
    void thePassRunsWhereItsFirstApplicableMemberIsAndNotAtAllWhenNoneApplies() {
        Probe p = new Probe();
        Rule first = Rule.inGroup("XML1.T_THUOC.SUM", CROSS_TABLE, ERROR, SOURCE, p.group)
                .onlyIn(EnumSet.of(ClaimsProfile.QD4750));
        Rule second = Rule.inGroup("XML1.T_VTYT.SUM", CROSS_TABLE, ERROR, SOURCE, p.group)
                .onlyIn(EnumSet.of(ClaimsProfile.QD4750, ClaimsProfile.QD3176));
        p.members.addAll(List.of(first, second));
        Rule between = Rule.episode("LINK.STT", CROSS_TABLE, ERROR, SOURCE,
                (ep, c, out) -> out.report(RuleCatalogue.EPISODE_RULES.stream()
                        .filter(r -> r.id().equals("LINK.STT")).findFirst().orElseThrow(), "", MessageArg.count(1)));
        List<Rule> rules = List.of(first, between, second);
        List<String> skipped = new ArrayList<>();
        assertThat(run(rules, ClaimsProfile.QD4750, ClaimsCatalogues.none(), skipped))
                .containsExactly("XML1.T_THUOC.SUM:ERROR", "XML1.T_VTYT.SUM:ERROR", "LINK.STT:ERROR");
        assertThat(run(rules, ClaimsProfile.QD3176, ClaimsCatalogues.none(), skipped))
                .containsExactly("LINK.STT:ERROR", "XML1.T_VTYT.SUM:ERROR");
        assertThat(p.runs).isEqualTo(2);
        assertThat(run(rules, ClaimsProfile.QD130, ClaimsCatalogues.none(), skipped)).containsExactly("LINK.STT:ERROR");
        assertThat(p.runs).isEqualTo(2);
    }

    @Test
    void everyEpisodeRuleHasItsOwnCheckOrAGroupNeverBoth() {
        for (Rule r : RuleCatalogue.EPISODE_RULES) {
            assertThat(r.check == null).as(r.id()).isEqualTo(r.group != null);
        }
        long groups = RuleCatalogue.EPISODE_RULES.stream().filter(r -> r.group != null).map(r -> r.group).distinct()
                .count();
        // money lines, totals, the dates of XML2, XML3 and XML11, the beds
        assertThat(groups).isEqualTo(6);
    }
}
