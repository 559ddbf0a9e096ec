package vn.emr.claims.check;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.core.Languages;

/** {@code emr-claims/RULES.md}, generated from the rule catalogue (a test fails when the file is stale). */
final class RulesDocument {

    private RulesDocument() {
    }

    /** The Markdown text of the catalogue. */
    static String markdown() {
        List<Rule> rules = ClaimsChecker.rules();
        StringBuilder b = new StringBuilder();
        b.append("# Claims rules\n\n")
                .append("Generated from the rule catalogue of `vn.emr.claims.check` (`ClaimsChecker.rules()`) by ")
                .append("`RulesDocumentTest`; do not edit by hand: the test fails when this file is stale, and ")
                .append("`mvn -pl emr-claims -am verify -Dtest=RulesDocumentTest -Drules.regenerate=true "
                        + "-Dsurefire.failIfNoSpecifiedTests=false` rewrites it.\n\n")
                .append("Severity `ERROR`: the portal or the assessors refuse the file; `WARNING`: likely refused or ")
                .append("suspicious. Sources: (R) the decision, (P) the portal's validation sheet (CTN), (T) what ")
                .append("assessors refuse in practice as a production hospital tool checks it ")
                .append("(`../shared/domain/claims.md` §3). `{0}`, `{1}`: the amounts, dates, counts, codes or ")
                .append("field names the message shows (never a name, an ID number or free text). A rule that ")
                .append("needs a catalogue is skipped, and the report lists it, when the checker has none.\n\n")
                .append(rules.size()).append(" rules.\n");
        for (RuleLayer layer : RuleLayer.values()) {
            b.append("\n## ").append(switch (layer) {
                case STRUCTURE -> "Structure";
                case FORMAT -> "Formats and code lists";
                case CROSS_TABLE -> "Cross-table and money";
            }).append("\n\n| id | severity | profiles | catalogue | message | message (English) | source |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (Rule r : rules) {
                if (r.layer() != layer) {
                    continue;
                }
                b.append("| `").append(r.id()).append("` | ").append(r.severity()).append(" | ")
                        .append(profiles(r)).append(" | ")
                        .append(r.catalogue().map(Enum::name).orElse("")).append(" | ")
                        .append(cell(r.messageTemplate(Languages.VIETNAMESE))).append(" | ")
                        .append(cell(r.messageTemplate(Languages.ENGLISH))).append(" | ")
                        .append(cell(r.source().toString())).append(" |\n");
            }
        }
        return b.toString();
    }

    private static String profiles(Rule r) {
        if (r.profiles().equals(EnumSet.allOf(ClaimsProfile.class))) {
            return "all";
        }
        return r.profiles().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
