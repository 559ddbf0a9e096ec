package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emr.core.EmrException;
import vn.emr.core.model.Fixtures;
import vn.emr.core.model.Patient;

class EmrXmlTest {

    static Stream<Object> everyType() {
        return Fixtures.everyType().stream();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void everyModelTypeRoundTripsThroughXml(Object value) {
        assertThat(EmrXml.read(EmrXml.write(value), value.getClass())).isEqualTo(value);
    }

    @Test
    void writesUtf8WithDeclarationAndTypeRoot() {
        String xml = new String(EmrXml.write(Fixtures.patient()), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml").contains("<Patient>").contains("<fullName>Trần Thị Bích</fullName>")
                .contains("<birthDate>1990-05-17</birthDate>");
    }

    @Test
    void refusesDoctypeAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Patient><fullName>&x;</fullName></Patient>";
        assertThatThrownBy(() -> EmrXml.read(xxe.getBytes(StandardCharsets.UTF_8), Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(vn.emr.core.CoreError.JSON_MALFORMED);
                    assertThat(e.getMessage()).doesNotContain("root:");
                });
        String undeclared = "<Patient><fullName>&x;</fullName></Patient>";
        assertThatThrownBy(() -> EmrXml.read(undeclared.getBytes(StandardCharsets.UTF_8), Patient.class))
                .isInstanceOf(EmrException.class);
        String commentFirst = "<?xml version=\"1.0\"?><!-- c --><!DOCTYPE Patient><Patient/>";
        assertThatThrownBy(() -> EmrXml.read(commentFirst.getBytes(StandardCharsets.UTF_8), Patient.class))
                .isInstanceOf(EmrException.class);
        String unknown = "<Patient><nickname>A</nickname></Patient>";
        assertThatThrownBy(() -> EmrXml.read(unknown.getBytes(StandardCharsets.UTF_8), Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("nickname"));
    }
}
