package vn.emr.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;

class MessageBundleTest {

    private static MessageBundle bundle(String vi, String en) {
        Map<String, String> files = Map.of("t_vi.properties", vi, "t_en.properties", en);
        return MessageBundle.load(n -> new ByteArrayInputStream(files.get(n).getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void theArgumentCountMustMatchThePlaceholders() {
        MessageBundle b = bundle("K=Trường {0}\n", "K=Field {0}\n");
        assertThat(b.format("K", Languages.ENGLISH, "x")).isEqualTo("Field x");
        assertThat(b.format("K", Languages.ENGLISH)).isEqualTo("Field {0}");
        MessageBundle two = bundle("K=Trường {0} {1}\n", "K=Field {0} {1}\n");
        // a programming fault: an assertion under test (-ea), and empty text for the missing part without one
        assertThatThrownBy(() -> two.format("K", Languages.ENGLISH, "x")).isInstanceOf(AssertionError.class);
        assertThat(b.placeholderCount("K")).isEqualTo(1);
    }

    @Test
    void languagesWithDifferentPlaceholdersAreFound() {
        MessageBundle b = bundle("K=Trường {0} {1}\nL=a\n", "K=Field {0}\nL=b\n");
        assertThat(b.placeholderMismatches()).containsExactly("K");
        assertThat(bundle("K=a\n", "K=b {0}\n").placeholderMismatches()).containsExactly("K");
    }

    @Test
    void throwingACodeWithTooFewArgumentsIsNoticedAtOnce() {
        assertThatThrownBy(() -> new EmrException(CoreError.JSON_DUPLICATE_FIELD, "a"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anArgumentThatLooksLikeAPlaceholderIsJustText() {
        // a file named "{0}.json" must give the coded read error, not a fault about unfilled placeholders
        EmrException e = new EmrException(CoreError.IO_READ, "", "{0}.json");
        assertThat(e.code()).isEqualTo(CoreError.IO_READ);
        assertThat(e.issues().get(0).message(Languages.ENGLISH)).contains("{0}.json");
    }

    @Test
    void everyLoadedBundleHasTheSamePlaceholdersInBothLanguages() {
        assertThat(CoreError.values()).isNotEmpty();
        assertThat(MessageBundle.loaded()).isNotEmpty();
        for (MessageBundle b : MessageBundle.loaded()) {
            assertThat(b.placeholderMismatches()).as(b.toString()).isEmpty();
        }
    }
}
