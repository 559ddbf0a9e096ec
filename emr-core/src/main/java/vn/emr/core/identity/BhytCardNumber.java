package vn.emr.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/**
 * A health-insurance (BHYT) card number as presented at reception, in one of the three shapes accepted since 2021
 * (see {@code domain/payment-and-ids.md} §6), tried in this order:
 * <ol>
 *   <li>{@link Kind#PERSONAL_ID_12}: the 12-digit personal ID, which the Law on Social Insurance 41/2024/QH15 makes the
 *       social-insurance number of citizens (the card is looked up through the BHXH gateway);</li>
 *   <li>{@link Kind#SOCIAL_INSURANCE_10}: the 10-digit social-insurance number (mã số BHXH) printed on cards from
 *       01/4/2021 (Decision 1666/QĐ-BHXH);</li>
 *   <li>{@link Kind#LEGACY_15}: the 15-character code {@code XX Y ZZ NNNNNNNNNN} of Decision 1351/QĐ-BHXH (2015), still
 *       the {@code MA_THE_BHYT} of the data exchange: beneficiary group, benefit level 1-5, province of the issuing
 *       office, 10-digit social-insurance number. The temporary newborn card of Decision 130/QĐ-BYT ({@code TE1} +
 *       province + 10 digits) has this shape too.</li>
 * </ol>
 *
 * <p>Input is normalised (whitespace removed, upper case); the raw text is kept in {@link #rawText()}. Errors: empty
 * input ({@link CoreError#EMPTY_INPUT}), no known shape ({@link CoreError#BHYT_FORMAT}), a level digit other than 1-5
 * ({@link CoreError#BHYT_LEVEL}). Warnings: a group code not on the 2015 list ({@link CoreError#BHYT_GROUP_UNKNOWN}), a
 * province code not among the 63 ({@link CoreError#BHYT_PROVINCE}: the offices of the Ministries of Defence and Public
 * Security and the 2025 merger may use codes this list lacks), a level unusual for the group
 * ({@link CoreError#BHYT_LEVEL_UNUSUAL}), an unknown personal-ID prefix ({@link CoreError#CITIZEN_ID_PROVINCE}). The
 * printed level is not authoritative: resolve the current level through the gateway.
 *
 * <p>{@link #toString()} masks all but the last 4 characters.
 */
public final class BhytCardNumber {

    /** The shape of a BHYT card number. */
    public enum Kind {
        /** The 15-character card code of Decision 1351/QĐ-BHXH. */
        LEGACY_15,
        /** The 10-digit social-insurance number (Decision 1666/QĐ-BHXH cards). */
        SOCIAL_INSURANCE_10,
        /** The 12-digit personal ID (Law 41/2024/QH15). */
        PERSONAL_ID_12
    }

    private static final String PATH = "number";

    private final String rawText;
    private final String number;
    private final Kind kind;
    private final List<Issue> warnings;

    private BhytCardNumber(String rawText, String number, Kind kind, List<Issue> warnings) {
        this.rawText = rawText;
        this.number = number;
        this.kind = kind;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Parses a card number.
     *
     * @throws EmrException {@link CoreError#EMPTY_INPUT}, {@link CoreError#BHYT_FORMAT} or {@link CoreError#BHYT_LEVEL}
     *     (with any warnings found before the error)
     */
    public static BhytCardNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new EmrException(CoreError.EMPTY_INPUT, PATH);
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(sb::appendCodePoint);
        String number = sb.toString().toUpperCase(Locale.ROOT);
        List<Issue> warnings = new ArrayList<>();
        if (CitizenId.isTwelveDigits(number)) {
            new CitizenId(number).warnings().forEach(w -> warnings.add(Issue.warning(PATH, w.code(),
                    w.args().toArray())));
            return new BhytCardNumber(text, number, Kind.PERSONAL_ID_12, warnings);
        }
        if (number.matches("[0-9]{10}")) {
            return new BhytCardNumber(text, number, Kind.SOCIAL_INSURANCE_10, warnings);
        }
        if (!number.matches("[A-Z]{2}[0-9]{13}")) {
            throw new EmrException(CoreError.BHYT_FORMAT, PATH);
        }
        String groupCode = number.substring(0, 2);
        Optional<BeneficiaryGroup> group = BeneficiaryGroup.lookup(groupCode);
        if (group.isEmpty()) {
            warnings.add(Issue.warning(PATH, CoreError.BHYT_GROUP_UNKNOWN, groupCode));
        }
        String provinceCode = number.substring(3, 5);
        if (Province.byCode(provinceCode).isEmpty()) {
            warnings.add(Issue.warning(PATH, CoreError.BHYT_PROVINCE, provinceCode));
        }
        Optional<BenefitLevel> level = BenefitLevel.lookup(number.substring(2, 3));
        if (level.isEmpty()) {
            List<Issue> all = new ArrayList<>();
            all.add(Issue.error(PATH, CoreError.BHYT_LEVEL));
            all.addAll(warnings);
            throw new EmrException(all);
        }
        Optional<BenefitLevel> usual = group.flatMap(BeneficiaryGroup::usualLevel);
        if (usual.isPresent() && usual.get() != level.get()) {
            warnings.add(Issue.warning(PATH, CoreError.BHYT_LEVEL_UNUSUAL, level.get().level(), groupCode,
                    usual.get().level()));
        }
        return new BhytCardNumber(text, number, Kind.LEGACY_15, warnings);
    }

    /** The normalised number (no whitespace, upper case). */
    public String number() {
        return number;
    }

    /** The shape of the number. */
    public Kind kind() {
        return kind;
    }

    /** The 2-letter beneficiary group code as printed (also when not on the list); legacy cards only. */
    public Optional<String> groupCode() {
        return kind == Kind.LEGACY_15 ? Optional.of(number.substring(0, 2)) : Optional.empty();
    }

    /** The beneficiary group, empty for other shapes or a code not on the 2015 list. */
    public Optional<BeneficiaryGroup> group() {
        return groupCode().flatMap(BeneficiaryGroup::lookup);
    }

    /** The printed benefit level; legacy cards only. */
    public Optional<BenefitLevel> benefitLevel() {
        return kind == Kind.LEGACY_15 ? BenefitLevel.lookup(number.substring(2, 3)) : Optional.empty();
    }

    /** The 2-digit province code of the issuing office as printed; legacy cards only. */
    public Optional<String> provinceCode() {
        return kind == Kind.LEGACY_15 ? Optional.of(number.substring(3, 5)) : Optional.empty();
    }

    /**
     * The province: of the issuing office for a legacy card, of birth registration for a personal ID; empty for a
     * 10-digit number or an unknown code.
     */
    public Optional<Province> province() {
        if (kind == Kind.PERSONAL_ID_12) {
            return citizenId().flatMap(CitizenId::province);
        }
        return provinceCode().flatMap(Province::byCode);
    }

    /** The 10-digit social-insurance number: the last 10 characters of a legacy card, or the 10-digit number itself. */
    public Optional<String> socialInsuranceNumber() {
        return switch (kind) {
            case LEGACY_15 -> Optional.of(number.substring(5));
            case SOCIAL_INSURANCE_10 -> Optional.of(number);
            case PERSONAL_ID_12 -> Optional.empty();
        };
    }

    /** The personal ID, for the 12-digit shape. */
    public Optional<CitizenId> citizenId() {
        return kind == Kind.PERSONAL_ID_12 ? Optional.of(new CitizenId(number)) : Optional.empty();
    }

    /** The warnings found while parsing (severity {@code WARNING}). */
    public List<Issue> warnings() {
        return warnings;
    }

    /** The text exactly as given to {@link #parse(String)}. */
    public String rawText() {
        return rawText;
    }

    /** The number with all but the last 4 characters hidden. */
    public String masked() {
        return CitizenId.mask(number);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof BhytCardNumber other && number.equals(other.number)
                && rawText.equals(other.rawText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, rawText);
    }

    @Override
    public String toString() {
        return "BhytCardNumber[" + kind + " " + masked() + "]";
    }
}
