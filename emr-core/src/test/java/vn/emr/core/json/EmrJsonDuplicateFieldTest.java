package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;

/** A key given twice in a type outside the model is the parser's refusal, coded like the model's builders do it. */
class EmrJsonDuplicateFieldTest {

    record Line(String code, Integer quantity) {
    }

    record Order(String id, List<Line> lines, Map<String, String> notes) {
    }

    private static EmrException refused(String json, Class<?> type) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> EmrJson.read(json, type));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    @Test
    void aRepeatedTopLevelFieldIsDuplicateFieldWithItsName() {
        EmrException e = refused("{\"id\":\"a\",\"id\":\"b\"}", Order.class);
        assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
        assertThat(e.path()).isEqualTo("id");
        assertThat(e.message(Languages.ENGLISH)).contains("\"id\"");
        assertThat(e.message(Languages.VIETNAMESE)).contains("\"id\"");
    }

    @Test
    void aRepeatedNestedFieldCarriesItsPath() {
        EmrException e = refused("{\"id\":\"a\",\"lines\":[{\"code\":\"x\"},{\"code\":\"y\",\"quantity\":1,"
                + "\"quantity\":2}]}", Order.class);
        assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
        assertThat(e.path()).isEqualTo("lines[1].quantity");
        EmrException inMap = refused("{\"notes\":{\"k\":\"1\",\"k\":\"2\"}}", Order.class);
        assertThat(inMap.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
        assertThat(inMap.path()).isEqualTo("notes.k");
    }

    @Test
    void plainMapsAndBytesToo() {
        assertThat(refused("{\"a\":1,\"b\":{\"c\":1,\"c\":1}}", Map.class).code())
                .isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
        EmrException e = catchThrowableOfType(EmrException.class, () -> EmrJson.read(
                "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8), Map.class));
        assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
        assertThat(e.path()).isEqualTo("a");
    }

    @Test
    void aLongKeyIsTruncatedInTheMessage() {
        String key = "k".repeat(200);
        EmrException e = refused("{\"" + key + "\":1,\"" + key + "\":2}", Map.class);
        assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
        assertThat(e.message(Languages.ENGLISH)).doesNotContain(key).contains("k".repeat(40) + "…");
    }

    @Test
    void otherSyntaxErrorsStayMalformed() {
        assertThat(refused("{\"id\":\"a\" \"id\":\"b\"}", Order.class).code()).isEqualTo(CoreError.JSON_MALFORMED);
    }
}
