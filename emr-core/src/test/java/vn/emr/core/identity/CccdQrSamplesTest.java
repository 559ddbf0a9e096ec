package vn.emr.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/**
 * Drives {@link CccdQr#parse(String)} with every line of {@code identity/cccd-qr-samples.txt} (a copy of the project's
 * {@code data/core/cccd-qr-samples.txt}): the verdict and, from the notes column, the exact codes.
 */
class CccdQrSamplesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    /** One line of the samples file. */
    record Sample(int line, String text, String expect, String notes) {
        @Override
        public String toString() {
            return "line " + line + " " + expect + " (" + notes + ")";
        }
    }

    static List<Sample> samples() throws IOException {
        List<Sample> list = new ArrayList<>();
        try (InputStream in = CccdQrSamplesTest.class.getResourceAsStream("/identity/cccd-qr-samples.txt")) {
            assertThat(in).as("samples file on the test class path").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] cols = l.split("\t", -1);
                list.add(new Sample(i + 1, cols[0], cols[1], cols[2]));
            }
        }
        return list;
    }

    static Stream<Sample> valid() throws IOException {
        return samples().stream().filter(s -> s.expect().equals("valid"));
    }

    static Stream<Sample> warn() throws IOException {
        return samples().stream().filter(s -> s.expect().equals("valid-format/warn"));
    }

    static Stream<Sample> invalid() throws IOException {
        return samples().stream().filter(s -> s.expect().equals("invalid"));
    }

    @Test
    void everySampleHasAKnownVerdictAndAllThreeVerdictsOccur() throws IOException {
        List<Sample> all = samples();
        assertThat(all).hasSize(23);
        assertThat(all).extracting(Sample::expect).containsOnly("valid", "valid-format/warn", "invalid");
        assertThat(valid().count()).isEqualTo(3);
        assertThat(warn().count()).isEqualTo(9);
        assertThat(invalid().count()).isEqualTo(11);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validSampleParsesWithoutWarnings(Sample s) {
        CccdQr qr = CccdQr.parse(s.text(), TODAY);
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.id().value()).isEqualTo(s.text().substring(0, 12));
        assertThat(qr.sex()).isEqualTo(Sex.MALE);
        assertThat(qr.province()).isPresent();
    }

    @ParameterizedTest
    @MethodSource("warn")
    void warnSampleParsesWithExactlyTheWarningsItsNotesImply(Sample s) {
        CccdQr qr = CccdQr.parse(s.text(), TODAY);
        assertThat(qr.warnings()).isNotEmpty().allMatch(i -> i.severity() == Severity.WARNING);
        assertThat(codes(qr.warnings())).isEqualTo(expectedCodes(s.notes()));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidSampleIsRejectedWithTheCodesItsNotesImply(Sample s) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.parse(s.text(), TODAY));
        assertThat(e).as("rejected").isNotNull();
        List<Issue> errors = e.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        Set<String> expected = expectedCodes(s.notes());
        assertThat(expected).isNotEmpty();
        assertThat(codes(errors)).containsAll(expected);
        assertThat(expected).contains(e.code().code());
    }

    @Test
    void labelledScannerOutputReportsEveryFault() {
        String labelled = "CCCD:123456789012|CMND:123456789|Họ tên:Nguyễn Văn A|Ngày sinh:01/01/1990|Giới tính:Nam"
                + "|Địa chỉ:123 Đường ABC Quận 1 TP.HCM|Ngày cấp:01/01/2020";
        EmrException e = catchThrowableOfType(EmrException.class, () -> CccdQr.parse(labelled, TODAY));
        assertThat(e.issues()).extracting(Issue::path, Issue::codeString).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("id", "EMR-CORE-0101"),
                org.assertj.core.groups.Tuple.tuple("oldId", "EMR-CORE-0106"),
                org.assertj.core.groups.Tuple.tuple("birthDate", "EMR-CORE-0105"),
                org.assertj.core.groups.Tuple.tuple("issueDate", "EMR-CORE-0105"));
    }

    static Set<String> codes(List<Issue> issues) {
        Set<String> set = new LinkedHashSet<>();
        issues.forEach(i -> set.add(i.codeString()));
        return set;
    }

    /** The codes each phrase of the notes column stands for. */
    static Set<String> expectedCodes(String notes) {
        Set<String> set = new LinkedHashSet<>();
        if (notes.contains("ID says born")) {
            set.add(CoreError.CCCD_QR_BIRTH_YEAR_MISMATCH.code());
        }
        if (notes.contains("gender digit")) {
            set.add(CoreError.CCCD_QR_SEX_MISMATCH.code());
        }
        if (notes.contains("gender 'Nu'")) {
            set.add(CoreError.CCCD_QR_SEX_NO_DIACRITICS.code());
        }
        if (notes.contains("gender 'Khác'")) {
            set.add(CoreError.CCCD_QR_SEX_UNKNOWN.code());
        }
        if (notes.contains("empty address")) {
            set.add(CoreError.CCCD_QR_ADDRESS_EMPTY.code());
        }
        if (notes.contains("extra field")) {
            set.add(CoreError.CCCD_QR_EXTRA_FIELDS.code());
        }
        if (notes.contains("U+FFFD")) {
            set.add(CoreError.CCCD_QR_ENCODING_LOSS.code());
        }
        if (notes.contains("ID not 12 digits")) {
            set.add(CoreError.CITIZEN_ID_FORMAT.code());
        }
        if (notes.contains("empty name")) {
            set.add(CoreError.CCCD_QR_NAME_EMPTY.code());
        }
        if (notes.contains("DOB not a real")) {
            set.add(CoreError.CCCD_QR_DATE.code());
        }
        if (notes.matches(".*\\d+ fields.*")) {
            set.add(CoreError.CCCD_QR_FIELD_COUNT.code());
        }
        return set;
    }
}
