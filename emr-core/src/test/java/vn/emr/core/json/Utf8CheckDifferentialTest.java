package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

/** The in-place UTF-8 check gives the JDK's strict decoder's verdict on every input (NUL and BOM aside, refused). */
class Utf8CheckDifferentialTest {

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean ours(byte[] b) {
        try {
            EmrJson.checkUtf8(b);
            return true;
        } catch (EmrException e) {
            return false;
        }
    }

    @Test
    void sameVerdictAsTheJdkOnRandomAndMutatedInput() {
        Random random = new Random(42);
        byte[] seed = "{\"fullName\":\"Nguyễn Văn Ân 𠀀 😀\"}".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 200_000; round++) {
            byte[] b;
            if (round % 2 == 0) {
                b = seed.clone();
                for (int m = 1 + random.nextInt(3); m > 0; m--) {
                    b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(128));
                }
            } else {
                b = new byte[1 + random.nextInt(8)];
                for (int k = 0; k < b.length; k++) {
                    b[k] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(128) : 0x20 + random.nextInt(96));
                }
            }
            boolean hasNulOrBom = false;
            for (byte x : b) {
                hasNulOrBom |= x == 0;
            }
            hasNulOrBom |= b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
            if (hasNulOrBom) {
                assertThat(ours(b)).isFalse();
            } else {
                assertThat(ours(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdkAccepts(b));
            }
        }
    }
}
