package vn.emr.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tags whose names do not fit the sink's buffer are written through, not copied past its end. */
class ByteSinkTest {

    @Test
    void writesTagsLongerThanItsBuffer() {
        for (int length : new int[] {8189, 8190, 8191, 8192, 20_000}) {
            for (int before : new int[] {0, 1, 8000}) {
                byte[] name = "n".repeat(length).getBytes(StandardCharsets.US_ASCII);
                ByteSink sink = new ByteSink(null, true);
                sink.ascii("x".repeat(before));
                sink.tag('<', name);
                sink.endTag(name);
                String expected = "x".repeat(before) + "<" + "n".repeat(length) + "></" + "n".repeat(length) + ">";
                assertThat(new String(sink.bytes(), StandardCharsets.US_ASCII)).isEqualTo(expected);
            }
        }
    }
}
