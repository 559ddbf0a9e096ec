package vn.emr.core.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

class SeenFieldsTest {

    @Test
    void everyFieldUpTo300IsMarkedOnceAndRefusedTheSecondTime() {
        SeenFields seen = new SeenFields();
        for (int i = 0; i < 300; i++) {
            seen.mark(i, "f" + i);
        }
        for (int i : new int[] {0, 61, 62, 63, 64, 65, 127, 128, 299}) {
            int index = i;
            assertThatThrownBy(() -> seen.mark(index, "f" + index))
                    .isInstanceOfSatisfying(EmrException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreError.JSON_DUPLICATE_FIELD);
                    });
        }
    }

    @Test
    void aRepeatedFieldPast64IsRefusedEvenWhenSetSparsely() {
        SeenFields seen = new SeenFields();
        seen.mark(70, "f70");
        seen.mark(200, "f200");
        seen.mark(6, "f6");
        assertThatThrownBy(() -> seen.mark(70, "f70")).isInstanceOf(EmrException.class);
        assertThatThrownBy(() -> seen.mark(200, "f200")).isInstanceOf(EmrException.class);
        seen.mark(134, "f134"); // same low bits as 6 and 70, different field
        assertThatThrownBy(() -> seen.mark(6, "f6")).isInstanceOf(EmrException.class);
    }
}
