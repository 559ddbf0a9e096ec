package vn.emr.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;

/** {@code docs/e-prescription.md} names every e-prescription code, and only codes that exist. */
class EPrescriptionDocTest {

    @Test
    void theDocumentNamesEveryPrescriptionCodeAndNoOther() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "e-prescription.md"));
        Set<String> defined = Arrays.stream(CoreError.values()).filter(c -> c.name().startsWith("RX_"))
                .map(CoreError::code).collect(Collectors.toSet());
        assertThat(defined).hasSizeGreaterThan(30);
        for (String code : defined) {
            assertThat(doc).as(code).containsPattern("`(EMR-CORE-)?" + code.substring(9) + "`");
        }
        Matcher m = Pattern.compile("EMR-CORE-07[0-9]{2}").matcher(doc);
        while (m.find()) {
            assertThat(defined).as(m.group()).contains(m.group());
        }
    }
}
