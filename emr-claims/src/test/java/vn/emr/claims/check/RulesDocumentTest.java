package vn.emr.claims.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emr.core.Languages;
import vn.emr.core.i18n.MessageBundle;

/** RULES.md is the catalogue's current text; every rule has both messages and a source. */
class RulesDocumentTest {

    private static final Path FILE = Path.of("RULES.md");

    @Test
    void rulesMdIsCurrent() throws Exception {
        String expected = RulesDocument.markdown();
        if (Boolean.getBoolean("rules.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(FILE)).as("emr-claims/RULES.md exists").isTrue();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("emr-claims/RULES.md is stale: rerun with -Drules.regenerate=true").isEqualTo(expected);
    }

    @Test
    void everyRuleHasAnIdBothMessagesAndASource() {
        Set<String> ids = new HashSet<>();
        for (Rule r : ClaimsChecker.rules()) {
            assertThat(ids.add(r.id())).as(r.id() + " is unique").isTrue();
            assertThat(r.id()).matches("[A-Z0-9_]+(\\.[A-Z0-9_]+)+");
            assertThat(r.messageTemplate(Languages.VIETNAMESE)).as(r.id()).isNotEqualTo(r.id());
            assertThat(r.messageTemplate(Languages.ENGLISH)).as(r.id()).isNotEqualTo(r.id());
            assertThat(r.source().citation()).isNotBlank();
            assertThat(r.profiles()).isNotEmpty();
        }
        assertThat(Rule.MESSAGES.placeholderMismatches()).isEmpty();
        // every message key names a rule (no orphan texts)
        assertThat(Rule.MESSAGES.keys(Languages.VIETNAMESE)).isEqualTo(ids);
        assertThat(Rule.MESSAGES.keys(Languages.ENGLISH)).isEqualTo(ids);
        assertThat(MessageBundle.loaded()).contains(Rule.MESSAGES);
    }
}
