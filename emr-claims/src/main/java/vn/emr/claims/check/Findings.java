package vn.emr.claims.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.emr.core.Languages;

/** Where rules put what they find; one per check, never shared between threads. */
final class Findings {

    private final List<ClaimsIssue> issues = new ArrayList<>();
    private final String file;
    /** Group members whose findings are dropped for the episode being checked ({@link RuleCatalogue.Plan}). */
    private Set<Rule> silenced = Set.of();

    Findings(String file) {
        this.file = file;
    }

    /** A finding of the rule at the path, its message filled with these values. */
    void report(Rule rule, String path, MessageArg... args) {
        if (rule.group != null && silenced.contains(rule)) {
            return;
        }
        assert rule.placeholders() == args.length : rule.id() + " takes " + rule.placeholders() + " argument(s)";
        issues.add(new ClaimsIssue(file, rule.id(), rule.severity(), path, rule.message(Languages.VIETNAMESE, args),
                rule.message(Languages.ENGLISH, args), rule.source().toString()));
    }

    /** The group members whose findings are dropped from now on. */
    void silence(Set<Rule> rules) {
        this.silenced = rules;
    }

    List<ClaimsIssue> issues() {
        return issues;
    }
}
