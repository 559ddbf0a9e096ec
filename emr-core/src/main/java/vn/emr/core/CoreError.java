package vn.emr.core;

import java.util.Locale;
import vn.emr.core.i18n.MessageBundle;

/**
 * The error and rule codes of {@code emr-core} ({@code EMR-CORE-nnnn}); texts in {@code core-errors_vi/en.properties}.
 *
 * <p>Ranges: 00xx general and JSON, 01xx citizen ID and chip-card QR, 02xx BHYT card, 03xx record validation,
 * 04xx record history, 06xx the 365/TTYQG exchange document, 07xx the national e-prescription.
 */
public enum CoreError implements ErrorCode {
    // 00xx general
    /** Input is empty. */
    EMPTY_INPUT("EMR-CORE-0001"),
    /** JSON is malformed. */
    JSON_MALFORMED("EMR-CORE-0002"),
    /** JSON has a field the form does not define. */
    JSON_UNKNOWN_FIELD("EMR-CORE-0003"),
    /** JSON value has the wrong type or format. */
    JSON_BAD_VALUE("EMR-CORE-0004"),
    /** A required value is missing. */
    REQUIRED("EMR-CORE-0005"),
    /** A file could not be read. */
    IO_READ("EMR-CORE-0006"),
    /** A file could not be written. */
    IO_WRITE("EMR-CORE-0007"),
    /** A code is not in its official list. */
    UNKNOWN_CODE("EMR-CORE-0008"),
    /** An image holds no readable QR code. */
    IMAGE_NO_QR("EMR-CORE-0009"),
    /** The image cannot be read. */
    IMAGE_UNREADABLE("EMR-CORE-0010"),
    /** JSON gives the same field twice. */
    JSON_DUPLICATE_FIELD("EMR-CORE-0011"),
    /** The input is larger than the configured limit. */
    INPUT_TOO_LARGE("EMR-CORE-0020"),
    /** The path is not a regular file (a device, pipe or directory). */
    NOT_A_REGULAR_FILE("EMR-CORE-0021"),
    /** JSON exceeds a parser limit (nesting depth, text, number or name length). */
    JSON_LIMIT("EMR-CORE-0022"),
    /** The input is not UTF-8 without a byte-order mark (UTF-16/32, BOM, NUL, malformed or overlong UTF-8). */
    JSON_ENCODING("EMR-CORE-0023"),

    // 008x build and optional modules
    /** An image entry point was called but ZXing or {@code java.desktop} is not available. */
    IMAGING_UNAVAILABLE("EMR-CORE-0080"),
    // 006x-007x command line (usage, output files, environment)
    /** An option or argument is not recognised. */
    USAGE_UNKNOWN_ARGUMENT("EMR-CORE-0060"),
    /** A required option or parameter is missing. */
    USAGE_MISSING_ARGUMENT("EMR-CORE-0061"),
    /** An option's value is not valid. */
    USAGE_BAD_VALUE("EMR-CORE-0062"),
    /** The --lang value is neither vi nor en. */
    USAGE_UNKNOWN_LANGUAGE("EMR-CORE-0063"),
    /** Options that cannot be used together. */
    USAGE_CONFLICT("EMR-CORE-0064"),
    /** A command needs a subcommand. */
    USAGE_SUBCOMMAND_MISSING("EMR-CORE-0065"),
    /** The command line is not valid (generic). */
    USAGE_INVALID("EMR-CORE-0066"),
    /** The output is a device, FIFO or socket. */
    IO_SPECIAL_FILE("EMR-CORE-0067"),
    /** The output is a directory. */
    IO_IS_DIRECTORY("EMR-CORE-0068"),
    /** A write failed part-way (disk full or I/O error); nothing was left. */
    IO_WRITE_INCOMPLETE("EMR-CORE-0069"),
    /** An internal error of the command. */
    INTERNAL("EMR-CORE-0070"),
    /** The command ran out of memory. */
    OUT_OF_MEMORY("EMR-CORE-0071"),
    /** No password could be read (no terminal, no input). */
    PASSWORD_NO_INPUT("EMR-CORE-0072"),

    // 01xx citizen ID and chip-card QR
    /** Citizen ID is not 12 digits. */
    CITIZEN_ID_FORMAT("EMR-CORE-0101"),
    /** Citizen ID province prefix is not a known province. */
    CITIZEN_ID_PROVINCE("EMR-CORE-0102"),
    /** Chip-card QR has the wrong number of fields. */
    CCCD_QR_FIELD_COUNT("EMR-CORE-0103"),
    /** Chip-card QR name is empty. */
    CCCD_QR_NAME_EMPTY("EMR-CORE-0104"),
    /** Chip-card QR date is not a real ddMMyyyy date. */
    CCCD_QR_DATE("EMR-CORE-0105"),
    /** Chip-card QR old ID is not 9 or 12 digits. */
    CCCD_QR_OLD_ID("EMR-CORE-0106"),
    /** Chip-card QR sex is neither Nam nor Nữ. */
    CCCD_QR_SEX_UNKNOWN("EMR-CORE-0107"),
    /** Chip-card QR sex written without diacritics. */
    CCCD_QR_SEX_NO_DIACRITICS("EMR-CORE-0108"),
    /** Sex digit of the ID disagrees with the printed sex. */
    CCCD_QR_SEX_MISMATCH("EMR-CORE-0109"),
    /** Birth year of the ID disagrees with the printed birth date. */
    CCCD_QR_BIRTH_YEAR_MISMATCH("EMR-CORE-0110"),
    /** Address is empty. */
    CCCD_QR_ADDRESS_EMPTY("EMR-CORE-0111"),
    /** Text contains U+FFFD: the scanner lost the encoding. */
    CCCD_QR_ENCODING_LOSS("EMR-CORE-0112"),
    /** Issue date before the birth date or in the future. */
    CCCD_QR_ISSUE_DATE("EMR-CORE-0113"),
    /** Control characters in a field. */
    CCCD_QR_CONTROL_CHARS("EMR-CORE-0114"),
    /** Text looks like UTF-8 read as Windows-1252 (mojibake): the scanner lost the encoding. */
    CCCD_QR_MOJIBAKE("EMR-CORE-0115"),
    /** More than 7 fields: the extra fields are ignored and the raw text is kept. */
    CCCD_QR_EXTRA_FIELDS("EMR-CORE-0120"),
    /** Name, sex or address has {@code ?} inside a word: the scanner replaced the accented letters. */
    CCCD_QR_ACCENTS_REPLACED("EMR-CORE-0121"),
    /** The image file or its pixel dimensions exceed the documented limit; refused before decoding. */
    IMAGE_TOO_LARGE("EMR-CORE-0122"),

    // 02xx BHYT card
    /** BHYT card number has no known shape. */
    BHYT_FORMAT("EMR-CORE-0201"),
    /** BHYT object group code is not on the official list. */
    BHYT_GROUP_UNKNOWN("EMR-CORE-0202"),
    /** BHYT benefit level is not 1-5. */
    BHYT_LEVEL("EMR-CORE-0203"),
    /** BHYT province code is not a known province. */
    BHYT_PROVINCE("EMR-CORE-0204"),
    /** BHYT benefit level differs from the level usual for the group. */
    BHYT_LEVEL_UNUSUAL("EMR-CORE-0205"),

    // 03xx record validation
    /** A value does not match its format. */
    FORMAT("EMR-CORE-0301"),
    /** A text is longer than allowed. */
    TOO_LONG("EMR-CORE-0302"),
    /** A number is out of range. */
    OUT_OF_RANGE("EMR-CORE-0303"),
    /** ICD-10 code is malformed. */
    ICD10_FORMAT("EMR-CORE-0304"),
    /** ICD-10 code is not in the catalogue. */
    ICD10_UNKNOWN("EMR-CORE-0305"),
    /** Facility code MA_CSKCB is not 5 characters. */
    FACILITY_CODE_FORMAT("EMR-CORE-0306"),
    /** More than 12 secondary diagnoses. */
    TOO_MANY_SECONDARY_DIAGNOSES("EMR-CORE-0307"),
    /** Not exactly one main diagnosis. */
    MAIN_DIAGNOSIS_COUNT("EMR-CORE-0308"),
    /** Discharge before admission. */
    DISCHARGE_BEFORE_ADMISSION("EMR-CORE-0309"),
    /** A time lies outside the encounter. */
    TIME_OUTSIDE_ENCOUNTER("EMR-CORE-0310"),
    /** A line amount is negative. */
    NEGATIVE_AMOUNT("EMR-CORE-0311"),
    /** Birth date in the future. */
    BIRTH_DATE_FUTURE("EMR-CORE-0312"),
    /** Duplicate identifier within the record. */
    DUPLICATE_ID("EMR-CORE-0313"),
    /** Appointment before discharge. */
    APPOINTMENT_BEFORE_DISCHARGE("EMR-CORE-0314"),
    /** Line quantity must be positive. */
    QUANTITY_NOT_POSITIVE("EMR-CORE-0315"),
    /** A value is not allowed (generic constraint). */
    CONSTRAINT("EMR-CORE-0316"),
    /** The main diagnosis is repeated among the secondary ones. */
    DIAGNOSIS_REPEATED("EMR-CORE-0317"),
    /** Referral needs a destination facility. */
    REFERRAL_DESTINATION("EMR-CORE-0318"),
    /** Citizen ID and birth date disagree (record level). */
    PATIENT_ID_BIRTH_MISMATCH("EMR-CORE-0319"),
    /** Citizen ID and sex disagree (record level). */
    PATIENT_ID_SEX_MISMATCH("EMR-CORE-0320"),
    /** An encounter class needs a discharge. */
    DISCHARGE_MISSING("EMR-CORE-0321"),
    /** Form code is not of Circular 32/2023 shape. */
    FORM_CODE_FORMAT("EMR-CORE-0322"),
    /** Result time before order time. */
    RESULT_BEFORE_ORDER("EMR-CORE-0323"),
    /** The encounter link code (MA_LK) has a space. */
    MA_LK_FORMAT("EMR-CORE-0330"),
    /** The phone number is not 8-15 digits. */
    PHONE_FORMAT("EMR-CORE-0331"),
    /** The ethnicity code is not 2 digits. */
    ETHNICITY_CODE_FORMAT("EMR-CORE-0332"),
    /** The nationality code is not 3 digits. */
    NATIONALITY_CODE_FORMAT("EMR-CORE-0333"),
    /** The occupation code is not 5 digits. */
    OCCUPATION_CODE_FORMAT("EMR-CORE-0334"),
    /** A name, code or identifier holds a control, bidirectional-formatting or unpaired-surrogate character. */
    TEXT_FORBIDDEN_CHARACTER("EMR-CORE-0335"),
    /** Free text holds a character JSON and XML cannot both carry (control other than tab/newline, lone surrogate). */
    FREE_TEXT_FORBIDDEN_CHARACTER("EMR-CORE-0336"),
    /** A quantity or amount has more than 15 digits before the decimal point or more than 3 after it. */
    NUMBER_RANGE("EMR-CORE-0337"),
    /** The province code of residence (MATINH_CU_TRU) is not 2 or 3 digits. */
    RESIDENCE_PROVINCE_FORMAT("EMR-CORE-0338"),
    /** The district code of residence (MAHUYEN_CU_TRU) is not 3 digits. */
    RESIDENCE_DISTRICT_FORMAT("EMR-CORE-0339"),
    /** The commune code of residence (MAXA_CU_TRU) is not 5 digits. */
    RESIDENCE_COMMUNE_FORMAT("EMR-CORE-0340"),
    /** A weight that is not above 0. */
    WEIGHT_NOT_POSITIVE("EMR-CORE-0341"),
    /** A weight with more than 3 digits of kilograms or more than 2 decimals. */
    WEIGHT_DIGITS("EMR-CORE-0342"),

    // 04xx history
    /** A version's digest does not match its content. */
    HISTORY_DIGEST_MISMATCH("EMR-CORE-0401"),
    /** A version does not link to the previous version's digest. */
    HISTORY_BROKEN_LINK("EMR-CORE-0402"),
    /** An amendment needs an author and a reason. */
    HISTORY_AMENDMENT_INCOMPLETE("EMR-CORE-0403"),
    /** The record is cancelled: restore it before amending. */
    HISTORY_CANCELLED("EMR-CORE-0404"),
    /** The record is not cancelled. */
    HISTORY_NOT_CANCELLED("EMR-CORE-0405"),
    /** Version numbers are not consecutive. */
    HISTORY_SEQUENCE("EMR-CORE-0406"),
    /** Amendment time earlier than the previous version. */
    HISTORY_TIME_ORDER("EMR-CORE-0407"),
    /** The amendment changes the record identity. */
    HISTORY_IDENTITY_CHANGED("EMR-CORE-0408"),
    /** The history has fewer versions than the expected head: versions were dropped. */
    HISTORY_TRUNCATED("EMR-CORE-0410"),
    /** The history does not end at the expected head (more versions, or a different last digest). */
    HISTORY_HEAD_MISMATCH("EMR-CORE-0411"),
    /** A stored head string is not {@code <count>:<64 hex digits>}. */
    HISTORY_HEAD_FORMAT("EMR-CORE-0412"),

    // 07xx national e-prescription (Decision 808/QD-BYT; rules of Circular 26/2025, Decision 425/QD-BYT)
    /** A mandatory field of the e-prescription is missing or empty. */
    RX_REQUIRED("EMR-CORE-0700"),
    /** A prescription value has the wrong JSON type. */
    RX_WRONG_TYPE("EMR-CORE-0701"),
    /** The prescription type is not c, n, h or y. */
    RX_TYPE_UNKNOWN("EMR-CORE-0702"),
    /** The prescription code is not 5 + 7 + '-' + type (14 characters). */
    RX_CODE_FORMAT("EMR-CORE-0703"),
    /** The code's type letter differs from the prescription type. */
    RX_CODE_TYPE_MISMATCH("EMR-CORE-0704"),
    /** The code does not start with the facility code. */
    RX_CODE_FACILITY("EMR-CORE-0705"),
    /** The code's type letter is upper case (unverified on the national system). */
    RX_CODE_LETTER_CASE("EMR-CORE-0706"),
    /** A date is not dd/MM/yyyy. */
    RX_DATE_FORMAT("EMR-CORE-0707"),
    /** The prescribing time is not yyyy-MM-dd HH:mm:ss. */
    RX_DATETIME_FORMAT("EMR-CORE-0708"),
    /** The follow-up is not a number of days. */
    RX_FOLLOW_UP_DAYS("EMR-CORE-0709"),
    /** The sex code is not 1, 2 or 3. */
    RX_SEX_CODE("EMR-CORE-0710"),
    /** The citizen ID is not 12 digits. */
    RX_CITIZEN_ID("EMR-CORE-0711"),
    /** The birth date is after the prescribing time. */
    RX_BIRTH_AFTER_PRESCRIBING("EMR-CORE-0712"),
    /** A child under 72 months has no weight. */
    RX_CHILD_WEIGHT("EMR-CORE-0713"),
    /** A child under 72 months has no accompanying person. */
    RX_CHILD_GUARDIAN("EMR-CORE-0714"),
    /** The weight is not a positive number of kilograms. */
    RX_WEIGHT_VALUE("EMR-CORE-0715"),
    /** The prescription has no dispensing period. */
    RX_PERIOD_MISSING("EMR-CORE-0716"),
    /** A dispensing period ends before it starts. */
    RX_PERIOD_ORDER("EMR-CORE-0717"),
    /** The days of supply exceed the type's limit. */
    RX_DAYS_EXCEEDED("EMR-CORE-0718"),
    /** A narcotic prescription for cancer has more than 3 rounds. */
    RX_NARCOTIC_ROUNDS("EMR-CORE-0719"),
    /** A traditional-medicine prescription beyond the decoction limit. */
    RX_DECOCTION_DAYS("EMR-CORE-0720"),
    /** A quantity is not a positive number. */
    RX_QUANTITY("EMR-CORE-0721"),
    /** A quantity under 10 lacks its leading zero. */
    RX_QUANTITY_LEADING_ZERO("EMR-CORE-0722"),
    /** A diagnosis code is not an ICD-10 code. */
    RX_DIAGNOSIS_CODE("EMR-CORE-0723"),
    /** An HIV/AIDS prescription carries the patient's identity. */
    RX_HIV_IDENTITY("EMR-CORE-0724"),
    /** The prescription has a field the format does not define. */
    RX_UNKNOWN_FIELD("EMR-CORE-0725"),
    /** The treatment form is not a whole number. */
    RX_TREATMENT_FORM("EMR-CORE-0726"),
    /** A drug belongs on a prescription of another type. */
    RX_LINE_TYPE_MISMATCH("EMR-CORE-0727"),
    /** No unused prescription code was found. */
    RX_CODE_EXHAUSTED("EMR-CORE-0728"),
    /** The encounter has no medication line to prescribe. */
    RX_NO_MEDICATIONS("EMR-CORE-0729"),
    /** The days of supply are neither given nor derivable. */
    RX_PERIOD_UNKNOWN("EMR-CORE-0730"),
    /** An HIV/AIDS prescription needs a pseudonym. */
    RX_HIV_PSEUDONYM("EMR-CORE-0731"),
    /** A replacement must have a new code. */
    RX_REPLACES_ITSELF("EMR-CORE-0732"),
    /** The quantity sold exceeds the quantity prescribed. */
    RX_DISPENSED_MORE("EMR-CORE-0733"),
    /** A field the connected clients always fill is empty. */
    RX_RECOMMENDED("EMR-CORE-0734"),
    /** The days limit cannot be checked without a period. */
    RX_DAYS_WITHOUT_PERIOD("EMR-CORE-0735"),
    /** A narcotic prescription from a facility without beds. */
    RX_NARCOTIC_WITHOUT_BEDS("EMR-CORE-0736"),
    // --- appended by the issue-11 audit (e-prescription and 365 against the sources) ---
    /** Two prescriptions of one batch share a code (facility code and random part): the code is unique per facility. */
    RX_CODE_DUPLICATE("EMR-CORE-0737"),
    /** The code ends in T, Circular 55's decoction letter, on a traditional-medicine prescription (unverified). */
    RX_CODE_DECOCTION_LETTER("EMR-CORE-0738"),
    /** maicd or a code of maicd_khac is not a dotted ICD-10 code. */
    CV365_ICD10_FORMAT("EMR-CORE-0618"),
    // --- end of the issue-11 audit block ---
    // 06xx the 365/TTYQG exchange document (vn.emr.core.exchange)
    /** The HoSoBenhAn document is not well-formed. */
    CV365_MALFORMED("EMR-CORE-0601"),
    /** A field (or attribute) the 365/TTYQG exchange description does not list. */
    CV365_UNKNOWN_FIELD("EMR-CORE-0602"),
    /** A field is given twice. */
    CV365_DUPLICATE_FIELD("EMR-CORE-0603"),
    /** A value has the wrong shape (text, object or list). */
    CV365_WRONG_SHAPE("EMR-CORE-0604"),
    /** A text is longer than its field's size. */
    CV365_TOO_LONG("EMR-CORE-0605"),
    CV365_DATE_FORMAT("EMR-CORE-0606"),
    /** A date-time is not dd/MM/yyyy HH:mm:ss.SSS. */
    CV365_DATE_TIME_FORMAT("EMR-CORE-0607"),
    /** A numeric field holds something other than digits. */
    CV365_DIGITS_FORMAT("EMR-CORE-0608"),
    /** A number is not a plain unsigned decimal. */
    CV365_DECIMAL_FORMAT("EMR-CORE-0609"),
    /** A text holds a character XML 1.0 cannot carry. */
    CV365_FORBIDDEN_CHARACTER("EMR-CORE-0610"),
    /** A list whose item fields are not known holds items. */
    CV365_UNKNOWN_ITEMS("EMR-CORE-0611"),
    /** A group's sovaovien differs from ThongTinBenhNhan.sovaovien. */
    CV365_JOIN_KEY("EMR-CORE-0612"),
    /** The root is not what the document needs. */
    CV365_ROOT("EMR-CORE-0613"),
    /** A DOCTYPE or entity reference. */
    CV365_DOCTYPE("EMR-CORE-0614"),
    /** An element of HoSoBenhAn has a namespace. */
    CV365_NAMESPACE("EMR-CORE-0615"),
    /** The document is not UTF-8. */
    CV365_ENCODING("EMR-CORE-0616"),
    /** The document exceeds a reader limit. */
    CV365_LIMIT("EMR-CORE-0617"),
    /** A secondary diagnosis text holds ';', the separator of tenicd_khac. */
    CV365_EXPORT_SEPARATOR("EMR-CORE-0620"),
    /** The record needs a field the document leaves empty. */
    CV365_IMPORT_REQUIRED("EMR-CORE-0621"),
    /** A code is not in its list. */
    CV365_IMPORT_CODE("EMR-CORE-0622"),
    /** thanhtien is not soluong × dongia. */
    CV365_AMOUNT_MISMATCH("EMR-CORE-0623"),
    /** tongcong is not the sum of the sheet's thanhtien. */
    CV365_TOTAL_MISMATCH("EMR-CORE-0624"),
    /** tenicd_khac has more items than maicd_khac. */
    CV365_SECONDARY_COUNT("EMR-CORE-0625"),
    /** A signed document lacks the author's or the facility's signature. */
    CV365_SIGNATURES_MISSING("EMR-CORE-0630"),
    /** A signature of the document does not verify. */
    CV365_SIGNATURE_INVALID("EMR-CORE-0631"),
    /** A signature does not cover the HoSoBenhAn content. */
    CV365_SIGNED_ELEMENT("EMR-CORE-0632"),
    /** Trust anchors were given but the document is not signed. */
    CV365_NOT_SIGNED("EMR-CORE-0633");

    private static final MessageBundle BUNDLE = MessageBundle.load(CoreError.class::getResourceAsStream, "core-errors");

    private final String code;

    CoreError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale, Object... args) {
        return BUNDLE.format(code, locale, args);
    }

    /** The bundle behind the messages (for the test that proves every code has both texts). */
    static MessageBundle bundle() {
        return BUNDLE;
    }
}
