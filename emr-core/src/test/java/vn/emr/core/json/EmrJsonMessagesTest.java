package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Patient;

class EmrJsonMessagesTest {

    private static final String PII = "Nguyen Van An 001090123456";

    private static void assertClean(EmrException e) {
        for (String m : new String[] {e.getMessage(), e.message(Languages.VIETNAMESE), e.message(Languages.ENGLISH)}) {
            assertThat(m).doesNotContain("Nguyen").doesNotContain("001090123456").doesNotContain("java.")
                    .doesNotContain("$").doesNotContain("Builder").doesNotContain("{0}").doesNotContain("{1}");
        }
    }

    @Test
    void aWrongTypedDateSaysTheExpectedFormNeverTheValueOrAClass() {
        assertThatThrownBy(() -> EmrJson.read("{\"birthDate\":\"" + PII + "\"}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_BAD_VALUE);
                    assertThat(e.path()).isEqualTo("birthDate");
                    assertThat(e.message(Languages.ENGLISH)).contains("yyyy-MM-dd");
                    assertThat(e.message(Languages.VIETNAMESE)).contains("yyyy-MM-dd");
                    assertClean(e);
                });
    }

    @Test
    void anObjectWhereTextIsExpectedSaysText() {
        assertThatThrownBy(() -> EmrJson.read("{\"fullName\":{\"x\":\"" + PII + "\"}}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.path()).isEqualTo("fullName");
                    assertThat(e.message(Languages.ENGLISH)).contains("text");
                    assertClean(e);
                });
        assertThatThrownBy(() -> EmrJson.read("{\"sex\":\"" + PII + "\"}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.path()).isEqualTo("sex");
                    assertClean(e);
                });
    }

    @Test
    void aWrongTypedRecordFieldNamesNoBuilder() {
        assertThatThrownBy(() -> EmrJson.read("{\"patient\":\"" + PII + "\"}", MedicalRecord.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.path()).isEqualTo("patient");
                    assertThat(e.message(Languages.ENGLISH)).contains("object");
                    assertClean(e);
                });
    }

    @Test
    void aDuplicateFieldNamesTheField() {
        String nested = "{\"encounter\":{\"diagnoses\":[{\"code\":\"I10\",\"role\":\"MAIN\",\"code\":\"J00\"}]}}";
        assertThatThrownBy(() -> EmrJson.read(nested, MedicalRecord.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
                    assertThat(e.message(Languages.ENGLISH)).contains("\"code\"");
                    assertThat(e.message(Languages.VIETNAMESE)).contains("\"code\"");
                    assertClean(e);
                });
    }

    @Test
    void malformedJsonNeverEchoesTheInput() {
        assertThatThrownBy(() -> EmrJson.read("{\"fullName\":\"" + PII + "\" x}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_MALFORMED);
                    assertClean(e);
                });
    }

    @Test
    void aStreamLongerThanTheLimitEndsInACodedError() {
        byte[] big = ("{\"fullName\":\"" + "a".repeat(5000) + "\",\"birthDate\":\"1990-01-01\",\"sex\":\"MALE\"}")
                .getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(big);
        assertThatThrownBy(() -> EmrJson.read(in, Patient.class, 1024))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.INPUT_TOO_LARGE);
                    assertClean(e);
                });
        assertThat(EmrJson.read(new ByteArrayInputStream(big), Patient.class, big.length).fullName())
                .hasSize(5000);
    }

    @Test
    void anEndlessStreamIsCutAtTheDefaultLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> EmrJson.read(endless, Patient.class))
                .isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.INPUT_TOO_LARGE));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void aHugeStringOrDeepNestingIsRefusedByTheParserLimits() {
        String deep = "{\"x\":".repeat(3000) + "1" + "}".repeat(3000);
        assertThatThrownBy(() -> EmrJson.read(deep, Patient.class)).isInstanceOf(EmrException.class);
    }
}
