package vn.emr.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.identity.BenefitLevel;
import vn.emr.core.identity.BhytCardNumber;
import vn.emr.core.identity.CitizenId;
import vn.emr.core.identity.Province;
import vn.emr.core.validation.Issue;

/**
 * {@code emr bhyt}: health-insurance (BHYT) card numbers (Decisions 1351/QĐ-BHXH and 1666/QĐ-BHXH, Law 41/2024/QH15);
 * its one subcommand {@code check} decodes a card number.
 */
@Command(name = "bhyt", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Health-insurance (BHYT) card tools.",
        subcommands = {BhytCommand.Check.class})
public final class BhytCommand {

    /**
     * {@code emr bhyt check [--json] NUMBER}: decodes a 15-character card code, a 10-digit social-insurance number or a
     * 12-digit personal ID. Exit 0 with the parts and warnings, exit 1 with the errors.
     */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Check and decode a BHYT card number (15 characters, 10 digits, or a 12-digit personal ID).")
    public static final class Check extends JsonCommand {

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The card number, e.g. HS4010120878811.")
        String number;

        @Override
        protected int execute() {
            BhytCardNumber card = BhytCardNumber.parse(number);
            Map<String, Object> o = CliJson.object();
            o.put("number", card.number());
            o.put("kind", card.kind().name());
            o.put("group", card.groupCode().orElse(null));
            o.put("groupName", card.group().map(g -> english() ? g.englishLabel() : g.vietnameseLabel())
                    .orElse(null));
            o.put("benefitLevel", card.benefitLevel().map(BenefitLevel::level).orElse(null));
            o.put("benefitPercent", card.benefitLevel().map(BenefitLevel::percent).orElse(null));
            o.put("province", card.province().map(Province::name).orElse(null));
            o.put("provinceCode", card.kind() == BhytCardNumber.Kind.PERSONAL_ID_12
                    ? card.province().map(Province::code).orElse(null) : card.provinceCode().orElse(null));
            o.put("socialInsuranceNumber", card.socialInsuranceNumber().orElse(null));
            o.put("citizenId", card.citizenId().map(CitizenId::value).orElse(null));
            o.put("warnings", CliJson.issues(card.warnings(), locale(), false));
            if (json()) {
                printJson(o);
            } else {
                var out = out();
                out.println("Number:      " + card.number() + " (" + card.kind() + ")");
                card.group().ifPresent(g -> out.println("Group:       " + g.code() + " - "
                        + (english() ? g.englishLabel() : g.vietnameseLabel())));
                if (card.group().isEmpty()) {
                    card.groupCode().ifPresent(g -> out.println("Group:       " + g));
                }
                card.benefitLevel().ifPresent(l -> out.println("Level:       " + l.level() + " ("
                        + (english() ? l.englishLabel() : l.vietnameseLabel()) + ")"));
                card.province().ifPresent(p -> out.println("Province:    " + p.code() + " " + p.name()));
                card.socialInsuranceNumber().ifPresent(s -> out.println("BHXH number: " + s));
                for (Issue w : card.warnings()) {
                    out.println(describe(w));
                }
                out.flush();
            }
            return EmrCli.OK;
        }

        private boolean english() {
            return vn.emr.core.Languages.isEnglish(locale());
        }
    }
}
