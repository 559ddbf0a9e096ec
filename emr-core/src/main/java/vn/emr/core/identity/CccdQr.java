package vn.emr.core.identity;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.identity.barcode.QrImages;
import vn.emr.core.internal.Imaging;
import vn.emr.core.validation.Issue;

/**
 * The QR code on the back of the chip citizen ID card (căn cước công dân gắn chip, card layout of Circular
 * 59/2021/TT-BCA, issued from 2021): 7 UTF-8 fields {@code id|oldId|name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}, no labels
 * and no checksum (see {@code domain/payment-and-ids.md} §5).
 *
 * <p>{@link #parse(String)} accepts the text as a scanner delivers it: a leading byte-order mark, trailing CR/LF and
 * whitespace around fields are removed, and the text is normalised to NFC. Malformed input is rejected with an
 * {@link EmrException} carrying every error found: fewer than 7 fields ({@link CoreError#CCCD_QR_FIELD_COUNT}; the
 * 6-field layout of some docs included), an ID that is not 12 digits ({@link CoreError#CITIZEN_ID_FORMAT}), an old ID
 * that is neither empty nor 9 or 12 digits ({@link CoreError#CCCD_QR_OLD_ID}), an empty name
 * ({@link CoreError#CCCD_QR_NAME_EMPTY}), a date that is not a real {@code ddMMyyyy} date
 * ({@link CoreError#CCCD_QR_DATE}; strict, no roll-over, no slashes), control characters inside a field
 * ({@link CoreError#CCCD_QR_CONTROL_CHARS}) and a birth date after today ({@link CoreError#BIRTH_DATE_FUTURE}, an
 * error as in {@code RecordValidator}, where it is a model constraint: a card and the record built from it must not
 * disagree on severity).
 *
 * <p>More than 7 fields: newer cards are reported to append fields ({@code domain/payment-and-ids.md} §5), so the
 * first 7 are parsed, the extras are ignored with the warning {@link CoreError#CCCD_QR_EXTRA_FIELDS}, their count is
 * {@link #extraFieldCount()} and the whole text stays available as {@link #rawText()}. An old ID that is neither
 * empty nor 9 or 12 digits is an error because that field is machine-written by the issuer: anything else means the
 * text is not a card payload (labelled scanner output, shifted fields).
 *
 * <p>Everything else is a {@linkplain #warnings() warning}, because real cards and scanners disagree: sex written
 * without diacritics ({@code Nu}), sex other than Nam/Nữ (then {@link Sex#UNDETERMINED}), replacement characters
 * ({@link CoreError#CCCD_QR_ENCODING_LOSS}), accented letters replaced by {@code ?} ({@code Nguy?n V?n An},
 * {@link CoreError#CCCD_QR_ACCENTS_REPLACED}) or UTF-8 read as Windows-1252 (scanner encoding loss), an empty
 * address, an unknown province prefix, the ID's birth year or sex digit disagreeing with the printed birth date or
 * sex, an issue date before the birth date or in the future. Encoding loss is a warning, not an error: the ID, dates
 * and sex (the machine fields) are intact and identify the person; only the name and address must be re-typed from
 * the printed card, which the warning tells the user to do. A {@code ?} is flagged only when it touches a letter
 * (inside or at the edge of a word): a Vietnamese name never contains one, and a lone {@code ?} between spaces or
 * punctuation is not treated as a lost letter.
 *
 * <p>{@link #toString()} shows only the masked ID and the warning codes, never the name, dates or address.
 */
public final class CccdQr {

    /** The number of {@code |}-separated fields of the chip-card QR. */
    public static final int FIELD_COUNT = 7;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DDMMYYYY =
            DateTimeFormatter.ofPattern("ddMMuuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String[] PATHS = {"id", "oldId", "name", "birthDate", "sex", "address", "issueDate"};
    private static final int MAX_ARG = 20;

    private final CitizenId id;
    private final String oldId;
    private final String name;
    private final LocalDate birthDate;
    private final Sex sex;
    private final String sexText;
    private final String address;
    private final LocalDate issueDate;
    private final List<Issue> warnings;
    private final String rawText;
    private final int extraFieldCount;

    private CccdQr(CitizenId id, String oldId, String name, LocalDate birthDate, Sex sex, String sexText,
            String address, LocalDate issueDate, List<Issue> warnings, String rawText, int extraFieldCount) {
        this.id = id;
        this.oldId = oldId;
        this.name = name;
        this.birthDate = birthDate;
        this.sex = sex;
        this.sexText = sexText;
        this.address = address;
        this.issueDate = issueDate;
        this.warnings = List.copyOf(warnings);
        this.rawText = rawText;
        this.extraFieldCount = extraFieldCount;
    }

    /**
     * Parses the QR text, judging future dates against today in Việt Nam.
     *
     * @throws EmrException with every error found (see the class description); {@link CoreError#EMPTY_INPUT} for
     *     empty text
     */
    public static CccdQr parse(String text) {
        return parse(text, LocalDate.now(VIETNAM));
    }

    /**
     * Parses the QR text, judging future dates against the given day.
     *
     * @throws EmrException with every error found (see the class description)
     */
    public static CccdQr parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        String clean = text;
        if (clean.startsWith("\uFEFF")) {
            clean = clean.substring(1);
        }
        clean = Normalizer.normalize(clean.strip(), Normalizer.Form.NFC);
        if (clean.isEmpty()) {
            throw new EmrException(CoreError.EMPTY_INPUT, "");
        }
        String[] parts = clean.split("\\|", -1);
        if (parts.length < FIELD_COUNT) {
            throw new EmrException(CoreError.CCCD_QR_FIELD_COUNT, "", parts.length);
        }
        int extra = parts.length - FIELD_COUNT;
        String[] fields = new String[FIELD_COUNT];
        for (int i = 0; i < FIELD_COUNT; i++) {
            fields[i] = parts[i].strip();
        }
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        if (extra > 0) {
            warnings.add(Issue.warning("", CoreError.CCCD_QR_EXTRA_FIELDS, extra));
        }

        for (int i = 0; i < fields.length; i++) {
            if (fields[i].chars().anyMatch(Character::isISOControl)) {
                errors.add(Issue.error(PATHS[i], CoreError.CCCD_QR_CONTROL_CHARS));
            }
        }
        String idText = fields[0];
        if (!CitizenId.isTwelveDigits(idText)) {
            errors.add(Issue.error("id", CoreError.CITIZEN_ID_FORMAT));
        }
        String oldId = fields[1];
        if (!oldId.isEmpty() && !oldId.matches("[0-9]{9}|[0-9]{12}")) {
            errors.add(Issue.error("oldId", CoreError.CCCD_QR_OLD_ID));
        }
        String name = fields[2];
        if (name.isEmpty()) {
            errors.add(Issue.error("name", CoreError.CCCD_QR_NAME_EMPTY));
        }
        LocalDate birthDate = date(fields[3], "birthDate", errors);
        String sexText = fields[4];
        Sex sex = sex(sexText, warnings);
        String address = fields[5];
        if (address.isEmpty()) {
            warnings.add(Issue.warning("address", CoreError.CCCD_QR_ADDRESS_EMPTY));
        }
        LocalDate issueDate = date(fields[6], "issueDate", errors);
        if (birthDate != null && birthDate.isAfter(today)) {
            errors.add(Issue.error("birthDate", CoreError.BIRTH_DATE_FUTURE));
        }
        encodingChecks(fields, warnings);

        if (!errors.isEmpty()) {
            List<Issue> all = new ArrayList<>(errors);
            all.addAll(warnings);
            throw new EmrException(all);
        }
        CitizenId id = new CitizenId(idText);
        warnings.addAll(id.warnings());
        if (id.birthYear() != birthDate.getYear()) {
            warnings.add(Issue.warning("birthDate", CoreError.CCCD_QR_BIRTH_YEAR_MISMATCH, id.birthYear(),
                    birthDate.getYear()));
        }
        if (sex != Sex.UNDETERMINED && sex != id.sex()) {
            warnings.add(Issue.warning("sex", CoreError.CCCD_QR_SEX_MISMATCH, label(id.sex()), label(sex)));
        }
        if (issueDate.isBefore(birthDate) || issueDate.isAfter(today)) {
            warnings.add(Issue.warning("issueDate", CoreError.CCCD_QR_ISSUE_DATE));
        }
        return new CccdQr(id, oldId, name, birthDate, sex, sexText, address, issueDate, warnings, text, extra);
    }

    /**
     * Reads a PNG or JPEG image of the card's QR code and parses its text.
     *
     * @throws EmrException {@link CoreError#IO_READ}, {@link CoreError#IMAGE_UNREADABLE},
     *     {@link CoreError#IMAGE_NO_QR}, {@link CoreError#IMAGING_UNAVAILABLE} without ZXing, or the errors of
     *     {@link #parse(String)}
     */
    public static CccdQr fromImage(Path image) {
        Imaging.require();
        return parse(QrImages.decode(image));
    }

    /**
     * Reads a PNG or JPEG image of the card's QR code from the stream (not closed) and parses its text.
     *
     * @throws EmrException {@link CoreError#IMAGE_UNREADABLE}, {@link CoreError#IMAGE_NO_QR},
     *     {@link CoreError#IMAGING_UNAVAILABLE} without ZXing, or the errors of {@link #parse(String)}
     */
    public static CccdQr fromImage(InputStream image) {
        Imaging.require();
        return parse(QrImages.decode(image));
    }

    private static LocalDate date(String text, String path, List<Issue> errors) {
        if (text.length() == 8 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return LocalDate.parse(text, DDMMYYYY);
            } catch (DateTimeException e) {
                // falls through to the coded error: 31022000, month 13, ...
            }
        }
        errors.add(Issue.error(path, CoreError.CCCD_QR_DATE, path));
        return null;
    }

    private static Sex sex(String text, List<Issue> warnings) {
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "nam":
                return Sex.MALE;
            case "n\u1eef": // nữ
                return Sex.FEMALE;
            case "nu":
                warnings.add(Issue.warning("sex", CoreError.CCCD_QR_SEX_NO_DIACRITICS, shorten(text)));
                return Sex.FEMALE;
            default:
                warnings.add(Issue.warning("sex", CoreError.CCCD_QR_SEX_UNKNOWN, shorten(text)));
                return Sex.UNDETERMINED;
        }
    }

    private static void encodingChecks(String[] fields, List<Issue> warnings) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].indexOf('\uFFFD') >= 0) {
                warnings.add(Issue.warning(PATHS[i], CoreError.CCCD_QR_ENCODING_LOSS));
                return;
            }
        }
        for (int i : new int[] {2, 4, 5}) {
            if (hasReplacedAccent(fields[i])) {
                warnings.add(Issue.warning(PATHS[i], CoreError.CCCD_QR_ACCENTS_REPLACED));
                return;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (looksLikeMojibake(fields[i])) {
                warnings.add(Issue.warning(PATHS[i], CoreError.CCCD_QR_MOJIBAKE));
                return;
            }
        }
    }

    /**
     * Whether a {@code ?} touches a letter ({@code Nguy?n}, {@code ?inh}, {@code V?}): a scanner or a code page that
     * could not represent an accented letter wrote {@code ?} instead. A {@code ?} with no letter beside it is left
     * alone.
     */
    static boolean hasReplacedAccent(String text) {
        for (int i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
            boolean before = i > 0 && Character.isLetter(text.charAt(i - 1));
            boolean after = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text is UTF-8 bytes that were decoded as Windows-1252 ({@code Nguyá»…n} for {@code Nguyễn}): it
     * has non-ASCII characters, all of them exist in Windows-1252, and those bytes form valid UTF-8. Real Vietnamese
     * text fails the test because its letters with two diacritics ({@code ễ}, {@code ộ}) are not in Windows-1252 and a
     * lone {@code à} followed by a space is not valid UTF-8.
     */
    static boolean looksLikeMojibake(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String label(Sex sex) {
        return sex == Sex.FEMALE ? "N\u1eef" : "Nam";
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ARG ? text : text.substring(0, MAX_ARG) + "…";
    }

    /** The 12-digit personal ID (field 1). */
    public CitizenId id() {
        return id;
    }

    /** The old 9-digit CMND or 12-digit number (field 2), empty when the card has none. */
    public Optional<String> oldId() {
        return oldId.isEmpty() ? Optional.empty() : Optional.of(oldId);
    }

    /** The full name as printed (field 3), NFC, never empty. */
    public String name() {
        return name;
    }

    /** The date of birth (field 4). */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The sex (field 5): {@link Sex#UNDETERMINED} when the text is neither Nam nor Nữ. */
    public Sex sex() {
        return sex;
    }

    /** The sex text as printed, NFC (for example {@code Nữ}, or {@code Nu} from a scanner that lost the accents). */
    public String sexText() {
        return sexText;
    }

    /** The permanent address (field 6), NFC; may be empty. */
    public String address() {
        return address;
    }

    /** The card's issue date (field 7). */
    public LocalDate issueDate() {
        return issueDate;
    }

    /** The province of birth registration decoded from the ID's first 3 digits, empty if the prefix is unknown. */
    public Optional<Province> province() {
        return id.province();
    }

    /** The warnings found while parsing (severity {@code WARNING}); empty for a fully consistent card. */
    public List<Issue> warnings() {
        return warnings;
    }

    /**
     * The text exactly as it was given to {@link #parse(String)}, before any clean-up, including any fields after the
     * 7th. Personal data: never logged and not part of {@link #toString()}.
     */
    public String rawText() {
        return rawText;
    }

    /** The number of fields after the 7th that were ignored (0 for the standard layout). */
    public int extraFieldCount() {
        return extraFieldCount;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CccdQr other)) {
            return false;
        }
        return id.equals(other.id) && oldId.equals(other.oldId) && name.equals(other.name)
                && birthDate.equals(other.birthDate) && sex == other.sex && sexText.equals(other.sexText)
                && address.equals(other.address) && issueDate.equals(other.issueDate)
                && warnings.equals(other.warnings) && rawText.equals(other.rawText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, oldId, name, birthDate, sex, sexText, address, issueDate, warnings, rawText);
    }

    @Override
    public String toString() {
        return "CccdQr[id=" + id.masked() + ", warnings=" + warnings.stream().map(Issue::codeString).toList() + "]";
    }
}
