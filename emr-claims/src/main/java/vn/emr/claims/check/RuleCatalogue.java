package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.STRUCTURE;
import static vn.emr.core.Severity.ERROR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.emr.claims.catalogue.ClaimsProfile;

/** The one catalogue of claims rules: every rule the checker runs or the reader reports, in RULES.md order. */
final class RuleCatalogue {

    static final Rule FILE_READ = Rule.read("FILE.READ", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 Điều 1: the data is an XML file"));
    static final Rule FILE_ENCODING = Rule.read("FILE.ENCODING", STRUCTURE, ERROR, StructureRules.UTF8);
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

    /**
     * What a checker with these catalogues runs on an episode of each profile, worked out once per checker rather than
     * per episode: the checks in {@link #EPISODE_RULES} order (a group's pass once, where its first applicable member
     * is), the rules skipped for want of a catalogue, and the group members whose findings are dropped.
     */
    static Map<ClaimsProfile, Plan> plans(ClaimsCatalogues catalogues) {
        Map<ClaimsProfile, Plan> plans = new EnumMap<>(ClaimsProfile.class);
        for (ClaimsProfile profile : ClaimsProfile.values()) {
            plans.put(profile, new Plan(EPISODE_RULES, profile, catalogues));
        }
        return Collections.unmodifiableMap(plans);
    }

    /** The checks of one profile under one set of catalogues. Immutable. */
    static final class Plan {
        private final Rule.Check[] steps;
        /** The ids of the rules skipped for want of their catalogue. */
        final Set<String> skipped;
        private final Set<Rule> silenced;

        /** The plan of these rules (in their order) for the profile. */
        Plan(List<Rule> rules, ClaimsProfile profile, ClaimsCatalogues catalogues) {
            List<Rule.Check> run = new ArrayList<>();
            Set<String> skip = new TreeSet<>();
            Set<Rule> active = new HashSet<>();
            Set<Rule.Group> groups = new HashSet<>();
            for (Rule rule : rules) {
                if (!rule.profiles().contains(profile)) {
                    continue;
                }
                if (rule.catalogue().isPresent() && catalogues.get(rule.catalogue().get()).isEmpty()) {
                    skip.add(rule.id());
                    continue;
                }
                active.add(rule);
                if (rule.group == null) {
                    run.add(rule.check);
                } else if (groups.add(rule.group)) {
                    run.add(rule.group.pass);
                }
            }
            Set<Rule> silence = new HashSet<>();
            for (Rule rule : rules) {
                if (rule.group != null && groups.contains(rule.group) && !active.contains(rule)) {
                    silence.add(rule);
                }
            }
            this.steps = run.toArray(new Rule.Check[0]);
            this.skipped = Collections.unmodifiableSet(skip);
            this.silenced = Set.copyOf(silence);
        }

        /** Runs the checks on the episode. */
        void run(Episode ep, CheckContext context, Findings out) {
            out.silence(silenced);
            for (Rule.Check step : steps) {
                step.run(ep, context, out);
            }
        }
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
        rules.add(FILE_ENCODING);
        rules.addAll(StructureRules.ALL);
        rules.addAll(FileRules.ALL);
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
