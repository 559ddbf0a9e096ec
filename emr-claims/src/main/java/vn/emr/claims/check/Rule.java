package vn.emr.claims.check;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.core.Severity;
import vn.emr.core.i18n.MessageBundle;

/**
 * One claims rule: its id ({@code XML1.T_BHTT.FORMULA}), layer, severity, the profiles it applies to, its message in
 * Vietnamese and English, and its source. Rules are registered in one catalogue ({@link ClaimsChecker#rules()}), from
 * which {@code emr-claims/RULES.md} is generated. Immutable.
 */
public final class Rule {

    static final MessageBundle MESSAGES = MessageBundle.load(Rule.class::getResourceAsStream, "claims-rules");

    private final String id;
    private final RuleLayer layer;
    private final Severity severity;
    private final Set<ClaimsProfile> profiles;
    private final RuleSource source;
    private final ClaimsCatalogues.Kind catalogue;
    /** The rule's own logic; null for a rule the reader reports and for a member of a {@link Group}. */
    final Check check;
    /** The group whose one pass checks this rule, or null. */
    final Group group;

    /** The logic of a rule; the reader reports the rules that have none. */
    interface Check {
        void run(Episode episode, CheckContext context, Findings out);
    }

    /**
     * Rules checked together in one pass over an episode (the lines of a table read once for all their formulas): the
     * pass runs once, where the first member that applies would run, and reports under each member's id. Each member
     * keeps its own profiles, catalogue, severity and source: the findings of a member that does not apply to the
     * episode's profile, or whose catalogue is absent, are dropped ({@link RuleCatalogue.Plan}).
     */
    static final class Group {
        final Check pass;

        Group(Check pass) {
            this.pass = Objects.requireNonNull(pass, "pass");
        }
    }

    private Rule(String id, RuleLayer layer, Severity severity, Set<ClaimsProfile> profiles, RuleSource source,
            ClaimsCatalogues.Kind catalogue, Check check, Group group) {
        this.id = Objects.requireNonNull(id, "id");
        this.layer = Objects.requireNonNull(layer, "layer");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.profiles = Collections.unmodifiableSet(EnumSet.copyOf(profiles));
        this.source = Objects.requireNonNull(source, "source");
        this.catalogue = catalogue;
        this.check = check;
        this.group = group;
    }

    /** A rule the reader reports while reading (structure of envelope, tables and fields). */
    static Rule read(String id, RuleLayer layer, Severity severity, RuleSource source) {
        return new Rule(id, layer, severity, EnumSet.allOf(ClaimsProfile.class), source, null, null, null);
    }

    /** A rule run on each episode. */
    static Rule episode(String id, RuleLayer layer, Severity severity, RuleSource source, Check check) {
        return new Rule(id, layer, severity, EnumSet.allOf(ClaimsProfile.class), source, null,
                Objects.requireNonNull(check, "check"), null);
    }

    /** A rule run on each episode by its group's pass. */
    static Rule inGroup(String id, RuleLayer layer, Severity severity, RuleSource source, Group group) {
        return new Rule(id, layer, severity, EnumSet.allOf(ClaimsProfile.class), source, null, null,
                Objects.requireNonNull(group, "group"));
    }

    /** The same rule limited to some profiles. */
    Rule onlyIn(Set<ClaimsProfile> applies) {
        return new Rule(id, layer, severity, applies, source, catalogue, check, group);
    }

    /** The same rule needing a catalogue: skipped, and said so in the report, when the checker has none. */
    Rule needs(ClaimsCatalogues.Kind kind) {
        return new Rule(id, layer, severity, profiles, source, kind, check, group);
    }

    /** The id, e.g. {@code XML3.NGAY_KQ.AFTER_NGAY_YL}. */
    public String id() {
        return id;
    }

    /** The layer. */
    public RuleLayer layer() {
        return layer;
    }

    /** {@code ERROR}: the portal or the assessor refuses; {@code WARNING}: likely refused or suspicious. */
    public Severity severity() {
        return severity;
    }

    /** The profiles the rule applies to. */
    public Set<ClaimsProfile> profiles() {
        return profiles;
    }

    /** Where the rule comes from. */
    public RuleSource source() {
        return source;
    }

    /** The catalogue the rule looks codes up in, if any. */
    public Optional<ClaimsCatalogues.Kind> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /** The message with its placeholders ({@code {0}} ...) as the bundle holds it, in Vietnamese or English. */
    public String messageTemplate(Locale locale) {
        return MESSAGES.format(id, locale);
    }

    String message(Locale locale, MessageArg... args) {
        return MESSAGES.format(id, locale, (Object[]) args);
    }

    /** Whether the rule's message takes this many arguments (the tests check every use). */
    int placeholders() {
        return MESSAGES.placeholderCount(id);
    }

    @Override
    public String toString() {
        return "Rule[" + id + ", " + layer + ", " + severity + "]";
    }
}
