package vn.emr.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.CoreError;
import vn.emr.core.json.EmrJson;
import vn.emr.core.json.EmrXml;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/**
 * Names, codes and identifiers ({@code @PlainText}) refuse controls, bidirectional formatting and lone surrogates;
 * free text ({@code @FreeText}) allows tab and line breaks but nothing JSON and XML 1.0 cannot both carry; and
 * whatever validates also writes to JSON and XML and reads back equal.
 */
class TextCharactersTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static Stream<String> forbiddenEverywhere() {
        return Stream.of("An\u0000", "An\u0001x", "\u001Bx", "An\u007F", "An\u0085", "An\u009F", "A\uD800n", "A\uDC00n",
                "An\uD83D", "An\uFFFE", "An\uFFFF");
    }

    static Stream<String> forbiddenInNamesOnly() {
        return Stream.of("Nguyễn\tAn", "Nguyễn\nAn", "Nguyễn\rAn", "An\u202E", "\u202Dn", "An\u2066", "An\u2069",
                "An\u200E", "An\u200F", "An\u061C");
    }

    @ParameterizedTest
    @MethodSource({"forbiddenEverywhere", "forbiddenInNamesOnly"})
    void namesAndCodesRefuseControlBidiAndLoneSurrogates(String bad) {
        MedicalRecord base = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord r = base.toBuilder().patient(base.patient().toBuilder().fullName(bad).build())
                .encounter(base.encounter().toBuilder().departmentCode("K" + bad).build()).build();
        ValidationReport report = VALIDATOR.validate(r);
        assertThat(report.issues()).filteredOn(i -> i.code() == CoreError.TEXT_FORBIDDEN_CHARACTER)
                .extracting(Issue::path).contains("patient.fullName", "encounter.departmentCode");
        assertThat(report.isValid()).isFalse();
        for (Issue i : report.issues()) {
            assertThat(i.message()).doesNotContain(bad);
        }
    }

    @ParameterizedTest
    @MethodSource("forbiddenEverywhere")
    void freeTextRefusesWhatXmlCannotCarry(String bad) {
        MedicalRecord base = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord r = base.toBuilder()
                .encounter(base.encounter().toBuilder().reasonForVisit("Sốt " + bad).build()).build();
        assertThat(VALIDATOR.validate(r).issues()).filteredOn(i -> i.code() == CoreError.FREE_TEXT_FORBIDDEN_CHARACTER)
                .extracting(Issue::path).containsExactly("encounter.reasonForVisit");
    }

    @ParameterizedTest
    @MethodSource("forbiddenInNamesOnly")
    void freeTextAllowsWhatNamesRefuseButXmlCarries(String s) {
        MedicalRecord base = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord r = base.toBuilder()
                .encounter(base.encounter().toBuilder().reasonForVisit(s).build()).build();
        List<Issue> text = VALIDATOR.validate(r).issues().stream()
                .filter(i -> i.code() == CoreError.FREE_TEXT_FORBIDDEN_CHARACTER).toList();
        assertThat(text).as("tab, line breaks and bidi marks are allowed in free text").isEmpty();
    }

    @Test
    void whateverValidatesWritesToJsonAndXmlAndReadsBackEqual() {
        String tricky = "Bệnh nhân \"An\" & <con> ]]> 'x' \uD83D\uDE00 ₫ 𠀀 ­ \\ / \u00A0end";
        String layout = "Dòng 1\n\tDòng 2\r\nDòng 3 ]]> &amp; <!-- -->";
        MedicalRecord base = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord r = base.toBuilder()
                .patient(base.patient().toBuilder().fullName("Nguyễn Văn " + "\uD83D\uDE00" + " An").build())
                .encounter(base.encounter().toBuilder().reasonForVisit(layout).departmentCode(tricky.trim()).build())
                .build();
        ValidationReport report = VALIDATOR.validate(r);
        assertThat(report.issues()).noneMatch(i -> i.code() == CoreError.TEXT_FORBIDDEN_CHARACTER
                || i.code() == CoreError.FREE_TEXT_FORBIDDEN_CHARACTER);
        assertThat(EmrJson.read(EmrJson.write(r), MedicalRecord.class)).isEqualTo(r);
        assertThat(EmrXml.read(EmrXml.write(r), MedicalRecord.class)).isEqualTo(r);
    }
}
