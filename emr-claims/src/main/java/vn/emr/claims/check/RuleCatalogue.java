package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.STRUCTURE;
import static vn.emr.core.Severity.ERROR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The one catalogue of claims rules: every rule the checker runs or the reader reports, in RULES.md order. */
final class RuleCatalogue {

    static final Rule FILE_READ = Rule.read("FILE.READ", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 Điều 1: the data is an XML file"));
    static final Rule SIGNATURE_MISSING = Rule.read("SIGNATURE.MISSING", STRUCTURE, ERROR,
            RuleSource.practice("portal result 123: file not signed (CV 1245 §1.4; field reports, claims.md §3.6)"));
    static final Rule SIGNATURE_INVALID = Rule.read("SIGNATURE.INVALID", STRUCTURE, ERROR,
            RuleSource.practice("portal result 125: invalid signature or file changed after signing (claims.md §3.6)"));

    /** The rules run on each episode, in order. */
    static final List<Rule> EPISODE_RULES = episodeRules();

    /** Every rule. */
    static final List<Rule> ALL = all();

    private RuleCatalogue() {
    }

    private static List<Rule> episodeRules() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(LinkRules.ALL);
        rules.addAll(FormatRules.ALL);
        rules.addAll(CodeListRules.ALL);
        rules.addAll(ConditionalRules.ALL);
        rules.addAll(CatalogueRules.ALL);
        rules.addAll(MoneyRules.ALL);
        rules.addAll(TotalsRules.ALL);
        rules.addAll(DateRules.ALL);
        rules.addAll(CrossTableRules.ALL);
        rules.addAll(SheetRules.ALL); // audit: code lists, forms and XML3 items the sources state
        rules.addAll(MoreCrossTableRules.ALL); // audit: check-in, XML8, own-facility, newborn rules
        return List.copyOf(rules);
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.add(FILE_READ);
        rules.addAll(StructureRules.ALL);
        rules.add(SIGNATURE_MISSING);
        rules.add(SIGNATURE_INVALID);
        rules.addAll(EPISODE_RULES);
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalStateException("two rules share an id");
            }
        }
        rules.sort(java.util.Comparator.comparing(Rule::layer));
        return List.copyOf(rules);
    }
}
