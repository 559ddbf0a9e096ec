package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

class CccdQrTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final String GOOD = "001099012345||Nguyễn Văn An|15031999|Nam|Số 1 Hàng Bài, Hà Nội|10052021";
    static final String FEMALE_2000S = "079300001111|123456789|Trần Thị Bích|15082000|Nữ|Số 9, Phường 5|20032022";

    static CccdQr parse(String text) {
        return CccdQr.parse(text, TODAY);
    }

    static EmrException rejected(String text) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.parse(text, TODAY));
        assertThat(e).as("rejected: %s", text).isNotNull();
        return e;
    }

    static List<String> codes(List<Issue> issues) {
        return issues.stream().map(Issue::codeString).toList();
    }

    @Test
    void decodesEveryFieldOfAConsistentCard() {
        CccdQr qr = parse(GOOD);
        assertThat(qr.id().value()).isEqualTo("001099012345");
        assertThat(qr.oldId()).isEmpty();
        assertThat(qr.name()).isEqualTo("Nguyễn Văn An");
        assertThat(qr.birthDate()).isEqualTo(LocalDate.of(1999, 3, 15));
        assertThat(qr.sex()).isEqualTo(Sex.MALE);
        assertThat(qr.sexText()).isEqualTo("Nam");
        assertThat(qr.address()).isEqualTo("Số 1 Hàng Bài, Hà Nội");
        assertThat(qr.issueDate()).isEqualTo(LocalDate.of(2021, 5, 10));
        assertThat(qr.province()).map(Province::name).contains("Hà Nội");
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.rawText()).isEqualTo(GOOD);
    }

    @Test
    void femaleBornIn2000sWithOldIdIsConsistent() {
        CccdQr qr = parse(FEMALE_2000S);
        assertThat(qr.sex()).isEqualTo(Sex.FEMALE);
        assertThat(qr.id().birthYear()).isEqualTo(2000);
        assertThat(qr.oldId()).contains("123456789");
        assertThat(qr.province()).map(Province::name).contains("TP Hồ Chí Minh");
        assertThat(qr.warnings()).isEmpty();
    }

    @Test
    void bornIn2100sDecodesWithTheCenturyDigit() {
        CccdQr qr = CccdQr.parse("001401012345||Nguyễn Văn A|01012101|Nam|Hà Nội|01012130", LocalDate.of(2150, 1, 1));
        assertThat(qr.id().century()).isEqualTo(2100);
        assertThat(qr.warnings()).isEmpty();
    }

    @Test
    void decomposedInputIsNormalisedToNfc() {
        String nfd = Normalizer.normalize(GOOD, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(GOOD);
        CccdQr qr = parse(nfd);
        assertThat(qr.name()).isEqualTo("Nguyễn Văn An");
        assertThat(Normalizer.isNormalized(qr.address(), Normalizer.Form.NFC)).isTrue();
        assertThat(qr.warnings()).isEmpty();
        assertThat(parse(Normalizer.normalize(FEMALE_2000S, Normalizer.Form.NFD)).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void upperCaseNameAndSexAreAccepted() {
        CccdQr qr = parse("079300001111||TRẦN THỊ BÍCH|15082000|NỮ|ĐÀ NẴNG|20032022");
        assertThat(qr.name()).isEqualTo("TRẦN THỊ BÍCH");
        assertThat(qr.sex()).isEqualTo(Sex.FEMALE);
        assertThat(qr.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "  \n", "\n\n"})
    void trailingLineEndIsIgnored(String end) {
        assertThat(parse(GOOD + end).warnings()).isEmpty();
        assertThat(parse(GOOD + end).issueDate()).isEqualTo(LocalDate.of(2021, 5, 10));
    }

    @Test
    void byteOrderMarkAtStartIsIgnored() {
        CccdQr qr = parse("\uFEFF" + GOOD);
        assertThat(qr.id().value()).isEqualTo("001099012345");
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.rawText()).startsWith("\uFEFF");
    }

    @Test
    void whitespaceAroundFieldsIsTrimmed() {
        CccdQr qr = parse(" 001099012345 | | Nguyễn Văn An |15031999| Nam |Số 1 Hàng Bài, Hà Nội \t| 10052021 ");
        assertThat(qr.id().value()).isEqualTo("001099012345");
        assertThat(qr.oldId()).isEmpty();
        assertThat(qr.name()).isEqualTo("Nguyễn Văn An");
        assertThat(qr.address()).isEqualTo("Số 1 Hàng Bài, Hà Nội");
        assertThat(qr.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "001099012345; 1",
        "001099012345|Nguyễn Văn An|15031999|Nam|Hà Nội|10052021; 6",
        "|||||; 6",
        "|; 2"})
    void fewerThanSevenFieldsIsRejected(String text, int count) {
        EmrException e = rejected(text);
        assertThat(e.code()).isEqualTo(CoreError.CCCD_QR_FIELD_COUNT);
        assertThat(e.issues()).hasSize(1);
        assertThat(e.issues().get(0).args()).containsExactly(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\uFEFF", "\r\n"})
    void emptyInputIsRejected(String text) {
        assertThat(rejected(text).code()).isEqualTo(CoreError.EMPTY_INPUT);
    }

    @Test
    void nullInputIsRejectedWithACode() {
        assertThat(rejected(null).code()).isEqualTo(CoreError.EMPTY_INPUT);
    }

    @Test
    void allErrorsAreReportedTogether() {
        EmrException e = rejected("0010990123|abc||31022000|Nam|Hà Nội|1");
        assertThat(e.issues()).allMatch(i -> i.severity() == Severity.ERROR);
        assertThat(e.issues()).extracting(Issue::path).containsExactly("id", "oldId", "name", "birthDate",
                "issueDate");
        assertThat(codes(e.issues())).containsExactly("EMR-CORE-0101", "EMR-CORE-0106", "EMR-CORE-0104",
                "EMR-CORE-0105", "EMR-CORE-0105");
        assertThat(e.code()).isEqualTo(CoreError.CITIZEN_ID_FORMAT);
    }

    @Test
    void errorsAndWarningsTravelTogetherWhenRejected() {
        EmrException e = rejected("001099012345||Nguyễn Văn An|15131999|Nu||10052021");
        assertThat(e.issues()).extracting(Issue::severity, Issue::codeString).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "EMR-CORE-0105"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "EMR-CORE-0108"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "EMR-CORE-0111"));
    }

    @ParameterizedTest
    @CsvSource({"29022000, true", "29022024, true", "29021900, false", "29022001, false", "29022100, false",
        "31042020, false", "00012020, false", "01002020, false", "31122020, true", "01011900, true"})
    void birthDatesAreStrict(String date, boolean ok) {
        String text = "001099012345||Nguyễn Văn An|" + date + "|Nam|Hà Nội|10052021";
        if (ok) {
            assertThat(parse(text).birthDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                    .isEqualTo(date.substring(4) + date.substring(2, 4) + date.substring(0, 2));
        } else {
            EmrException e = rejected(text);
            assertThat(e.code()).isEqualTo(CoreError.CCCD_QR_DATE);
            assertThat(e.path()).isEqualTo("birthDate");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/01/1990", "1-1-1990", "0101199", "010119900", "٠١٠١١٩٩٠", "0101 1990", "1990"})
    void malformedDatesAreRejected(String date) {
        EmrException e = rejected("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|" + date);
        assertThat(e.code()).isEqualTo(CoreError.CCCD_QR_DATE);
        assertThat(e.path()).isEqualTo("issueDate");
    }

    @ParameterizedTest
    @CsvSource({"Nam, MALE, ''", "NAM, MALE, ''", "nam, MALE, ''", "Nữ, FEMALE, ''", "NỮ, FEMALE, ''",
        "nữ, FEMALE, ''", "Nu, FEMALE, EMR-CORE-0108", "nu, FEMALE, EMR-CORE-0108", "NU, FEMALE, EMR-CORE-0108",
        "Khác, UNDETERMINED, EMR-CORE-0107", "Male, UNDETERMINED, EMR-CORE-0107", "'', UNDETERMINED, EMR-CORE-0107"})
    void sexTextVariants(String text, Sex sex, String warning) {
        // 079300001111 is female: only a female sex matches it
        CccdQr qr = parse("079300001111||Trần Thị Bích|15082000|" + text + "|Đà Nẵng|20032022");
        assertThat(qr.sex()).isEqualTo(sex);
        List<String> expected = new java.util.ArrayList<>();
        if (!warning.isEmpty()) {
            expected.add(warning);
        }
        if (sex == Sex.MALE) {
            expected.add("EMR-CORE-0109");
        }
        assertThat(codes(qr.warnings())).containsExactlyElementsOf(expected);
    }

    @Test
    void sexMismatchWarningSaysWhatDisagreesWithoutRepeatingEitherSide() {
        CccdQr qr = parse("079198000123||NGUYỄN VĂN A|15101998|Nam|Q.5, TP.HCM|20102021");
        Issue w = qr.warnings().get(0);
        assertThat(w.code()).isEqualTo(CoreError.CCCD_QR_SEX_MISMATCH);
        assertThat(w.path()).isEqualTo("sex");
        assertThat(w.message(Languages.ENGLISH)).isEqualTo("The sex digit of the ID disagrees with the sex on the card.");
        assertThat(w.message(Languages.VIETNAMESE)).doesNotContain("Nam").doesNotContain("Nữ");
    }

    @Test
    void birthYearMismatchWarningCarriesBothYears() {
        CccdQr qr = parse("001099012345||Nguyễn Văn An|15031990|Nam|Hà Nội|10052021");
        assertThat(qr.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(CoreError.CCCD_QR_BIRTH_YEAR_MISMATCH);
            assertThat(w.args()).containsExactly(1999, 1990);
        });
    }

    @ParameterizedTest
    @CsvSource({"001, Hà Nội", "002, Hà Giang", "092, Cần Thơ", "096, Cà Mau"})
    void knownPrefixBoundariesDecodeWithoutWarning(String prefix, String province) {
        CccdQr qr = parse(prefix + "099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021");
        assertThat(qr.province()).map(Province::name).contains(province);
        assertThat(qr.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "097", "099", "100", "901"})
    void unknownPrefixIsAWarning(String prefix) {
        CccdQr qr = parse(prefix + "099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021");
        assertThat(qr.province()).isEmpty();
        assertThat(qr.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(CoreError.CITIZEN_ID_PROVINCE);
            assertThat(w.args()).containsExactly(prefix);
        });
    }

    @ParameterizedTest
    @CsvSource({"123456789, true", "001234567890, true", "12345678, false", "1234567890, false",
        "12345678X, false", "CMND123456789, false"})
    void oldIdMustBeNineOrTwelveDigits(String oldId, boolean ok) {
        String text = "001099012345|" + oldId + "|Nguyễn Văn An|15031999|Nam|Hà Nội|10052021";
        if (ok) {
            assertThat(parse(text).oldId()).contains(oldId);
        } else {
            assertThat(rejected(text).code()).isEqualTo(CoreError.CCCD_QR_OLD_ID);
        }
    }

    @Test
    void replacementCharacterIsAnEncodingWarning() {
        CccdQr qr = parse("001099012345||Nguy\uFFFDn V\uFFFDn An|15031999|Nam|Hà Nội|10052021");
        assertThat(qr.warnings()).extracting(Issue::path, Issue::codeString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "EMR-CORE-0112"));
    }

    @Test
    void utf8ReadAsWindows1252IsAMojibakeWarning() {
        String mojibake = new String("Nguyễn Văn An".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        assertThat(mojibake).isEqualTo("Nguyá»…n VÄƒn An");
        CccdQr qr = parse("001099012345||" + mojibake + "|15031999|Nam|Hà Nội|10052021");
        assertThat(codes(qr.warnings())).containsExactly(CoreError.CCCD_QR_MOJIBAKE.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn An", "Hà Nội", "Lê Thị Ánh", "Đặng Thùy Trâm", "Ông Bà", "José Müller",
        "Phường Bến Nghé, Quận 1", "NGUYEN VAN A"})
    void realTextIsNotTakenForMojibake(String text) {
        assertThat(CccdQr.looksLikeMojibake(text)).isFalse();
    }

    @Test
    void controlCharacterInsideAFieldIsAnError() {
        EmrException e = rejected("001099012345||Nguyễn\u0007Văn An|15031999|Nam|Hà\tNội|10052021");
        assertThat(e.issues()).extracting(Issue::path, Issue::codeString).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "EMR-CORE-0114"),
                org.assertj.core.groups.Tuple.tuple("address", "EMR-CORE-0114"));
    }

    @Test
    void issueDateBeforeBirthOrInTheFutureIsAWarning() {
        assertThat(codes(parse("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10051998").warnings()))
                .containsExactly("EMR-CORE-0113");
        assertThat(codes(parse("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|02012026").warnings()))
                .containsExactly("EMR-CORE-0113");
        assertThat(codes(parse("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|01012026").warnings())).isEmpty();
    }

    @Test
    void birthDateInTheFutureIsAnError() {
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.parse(
                "001225012345||Nguyễn Văn An|15032025|Nam|Hà Nội|10052025", LocalDate.of(2025, 1, 1)));
        assertThat(e).isNotNull();
        assertThat(e.issues()).filteredOn(i -> i.severity() == Severity.ERROR)
                .extracting(Issue::path, Issue::codeString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("birthDate", "EMR-CORE-0312"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021|; 1",
        "001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021|x|y; 2",
        "001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021|||||; 5"})
    void extraFieldsAreIgnoredWithAWarningAndTheRawTextIsKept(String text, int extra) {
        CccdQr qr = parse(text);
        assertThat(qr.extraFieldCount()).isEqualTo(extra);
        assertThat(qr.rawText()).isEqualTo(text);
        assertThat(qr.warnings()).extracting(Issue::codeString).containsExactly("EMR-CORE-0120");
        assertThat(qr.warnings().get(0).args()).containsExactly(extra);
        assertThat(qr.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(qr.issueDate()).isEqualTo(LocalDate.of(2021, 5, 10));
        assertThat(qr.toString()).doesNotContain("Nguyễn", "x", "Hà Nội");
        assertThat(parse("001099012345||Nguyễn Văn An|15031999|Nam|Hà Nội|10052021").extraFieldCount()).isZero();
    }

    @Test
    void extraFieldsStillCheckTheFirstSeven() {
        EmrException e = rejected("001099012345||Nguyễn Văn An|1503199|Nam|Hà Nội|10052021|x");
        assertThat(e.issues()).extracting(Issue::codeString).contains("EMR-CORE-0105", "EMR-CORE-0120");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "001099012345||Nguy?n V?n An|15031999|Nam|Hà Nội|10052021; name",
        "001099012345||?inh An|15031999|Nam|Hà Nội|10052021; name",
        "001099012345||Lê Vũ|15031999|N?|Hà Nội|10052021; sex",
        "001099012345||Lê Vũ|15031999|Nam|H? N?i|10052021; address"})
    void accentsReplacedByQuestionMarksAreAWarning(String text, String path) {
        CccdQr qr = parse(text);
        assertThat(qr.warnings()).filteredOn(i -> i.codeString().equals("EMR-CORE-0121"))
                .extracting(Issue::path).containsExactly(path);
        assertThat(qr.warnings()).allMatch(i -> i.severity() == Severity.WARNING);
    }

    @Test
    void aQuestionMarkWithNoLetterBesideItIsNotFlagged() {
        CccdQr qr = parse("001099012345||Nguyễn Văn An|15031999|Nam|Số 5 ? Ngõ 3, Hà Nội|10052021");
        assertThat(qr.warnings()).isEmpty();
        assertThat(CccdQr.hasReplacedAccent("Nguy?n")).isTrue();
        assertThat(CccdQr.hasReplacedAccent("An?")).isTrue();
        assertThat(CccdQr.hasReplacedAccent("? - ?")).isFalse();
        assertThat(CccdQr.hasReplacedAccent("")).isFalse();
    }

    @Test
    void toStringNeverShowsTheIdNameDatesOrAddress() {
        CccdQr qr = parse(FEMALE_2000S);
        String s = qr.toString();
        assertThat(s).doesNotContain("079300001111", "079300", "Trần", "Bích", "15082000", "2000-08-15", "Phường",
                "123456789");
        assertThat(s).contains("1111");
        assertThat(parse("001099012345||Nguyễn Văn An|15031990|Nam|Hà Nội|10052021").toString())
                .contains("EMR-CORE-0110");
    }

    @Test
    void exceptionMessagesCarryNoPersonalData() {
        EmrException e = rejected("001099012345||Nguyễn Văn An|15131999|Nam|Hà Nội|10052021");
        assertThat(e.getMessage()).doesNotContain("001099012345", "Nguyễn", "15131999", "Hà Nội");
    }

    @Test
    void equalTextsGiveEqualValues() {
        assertThat(parse(GOOD)).isEqualTo(parse(GOOD)).hasSameHashCodeAs(parse(GOOD));
        assertThat(parse(GOOD)).isNotEqualTo(parse(FEMALE_2000S));
    }

    @Test
    void everyIdentityCodeHasBothTexts() {
        for (CoreError c : CoreError.values()) {
            if (c.code().startsWith("EMR-CORE-01") || c.code().startsWith("EMR-CORE-02")) {
                assertThat(c.message(Languages.ENGLISH)).as(c.code()).isNotEqualTo(c.code());
                assertThat(c.message(Languages.VIETNAMESE)).as(c.code()).isNotEqualTo(c.code())
                        .isNotEqualTo(c.message(Languages.ENGLISH));
            }
        }
    }
}
