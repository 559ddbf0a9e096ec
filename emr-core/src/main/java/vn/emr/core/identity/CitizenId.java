package vn.emr.core.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;

/**
 * The 12-digit personal identification number (số định danh cá nhân), printed as the number of the chip citizen ID
 * card (CCCD) and of the 2024 identity card; structure per Circular 07/2016/TT-BCA Art. 7, carried on by Circular
 * 59/2021/TT-BCA.
 *
 * <p>Digits 1-3 are {@code "0"} + the 2-digit code of the province of birth registration ({@link Province}); digit 4
 * encodes sex and century (0/1 male/female born 1900-1999, 2/3 2000-2099, 4/5 2100s, 6/7 2200s, 8/9 2300s); digits
 * 5-6 are the last two digits of the birth year; digits 7-12 are random. <strong>There is no check digit</strong>:
 * any 12 digits are well-formed, and code that claims a "CCCD checksum" is wrong.
 *
 * <p>An unknown province prefix is not a rejection: the number is accepted, {@link #province()} is empty and
 * {@link #warnings()} holds a {@link CoreError#CITIZEN_ID_PROVINCE} warning (real numbers outside the 63 known
 * prefixes are not documented, but test data and future codes may carry them, and rejecting a patient at reception
 * for that is worse than flagging it).
 *
 * <p>{@link #toString()} masks all but the last 4 digits; {@link #value()} gives the full number.
 *
 * @param value the 12 ASCII digits
 */
public record CitizenId(String value) {

    /** Validates the value: exactly 12 ASCII digits. */
    public CitizenId {
        if (value == null || !isTwelveDigits(value)) {
            throw new EmrException(CoreError.CITIZEN_ID_FORMAT, "");
        }
    }

    /**
     * Parses a personal ID; surrounding whitespace is ignored.
     *
     * @throws EmrException {@link CoreError#EMPTY_INPUT} if empty, {@link CoreError#CITIZEN_ID_FORMAT} if not 12 digits
     */
    public static CitizenId parse(String text) {
        if (text == null || text.strip().isEmpty()) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        return new CitizenId(text.strip());
    }

    /** Whether the text is exactly 12 ASCII digits (no trimming). */
    public static boolean isTwelveDigits(String text) {
        if (text == null || text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The 3-digit province prefix, for example {@code 079}. */
    public String provincePrefix() {
        return value.substring(0, 3);
    }

    /** The province of birth registration, empty when the prefix is not one of the 63 known codes. */
    public Optional<Province> province() {
        return Province.byCitizenIdPrefix(provincePrefix());
    }

    /** Digit 4, which encodes sex and century. */
    public int sexCenturyDigit() {
        return value.charAt(3) - '0';
    }

    /** The sex encoded by digit 4: even is male, odd is female. */
    public Sex sex() {
        return sexCenturyDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /** The first year of the birth century: 1900 for digit 0/1, 2000 for 2/3, ... 2300 for 8/9. */
    public int century() {
        return 1900 + (sexCenturyDigit() / 2) * 100;
    }

    /** The birth year: the century plus digits 5-6. */
    public int birthYear() {
        return century() + Integer.parseInt(value.substring(4, 6));
    }

    /** Non-fatal findings about the number: a {@link CoreError#CITIZEN_ID_PROVINCE} warning for an unknown prefix. */
    public List<Issue> warnings() {
        return province().isPresent() ? List.of()
                : List.of(Issue.warning("id", CoreError.CITIZEN_ID_PROVINCE, provincePrefix()));
    }

    /** The number with all but the last 4 digits hidden: {@code ********2345}. */
    public String masked() {
        return mask(value);
    }

    /** Hides all but the last 4 characters of a text (for logs and {@code toString()}). */
    static String mask(String text) {
        Objects.requireNonNull(text, "text");
        int keep = Math.min(4, text.length() / 3);
        return "*".repeat(text.length() - keep) + text.substring(text.length() - keep);
    }

    @Override
    public String toString() {
        return "CitizenId[" + masked() + "]";
    }
}
