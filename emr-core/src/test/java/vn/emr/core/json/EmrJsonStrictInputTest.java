package vn.emr.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.io.LimitedInput;
import vn.emr.core.model.Patient;

class EmrJsonStrictInputTest {

    record Times(LocalDateTime at, LocalDate day) {
    }

    private static CoreError code(String json) {
        try {
            EmrJson.read(json, Times.class);
            return null;
        } catch (EmrException e) {
            return (CoreError) e.code();
        }
    }

    @Test
    void localTimesAreReadAsWritten() {
        Times t = EmrJson.read("{\"at\":\"2026-03-01T08:30:00\",\"day\":\"2026-03-01\"}", Times.class);
        assertThat(t.at()).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 30));
        assertThat(t.day()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void offsetsAreRefusedNeverDropped() {
        for (String at : new String[] {"2026-03-01T08:30:00Z", "2026-03-01T08:30:00+07:00",
                "2026-03-01T08:30:00+00:00"}) {
            assertThat(code("{\"at\":\"" + at + "\"}")).as(at).isEqualTo(CoreError.JSON_BAD_VALUE);
        }
        for (String day : new String[] {"2026-03-01Z", "2026-03-01+07:00", "2026-02-30"}) {
            assertThat(code("{\"day\":\"" + day + "\"}")).as(day).isEqualTo(CoreError.JSON_BAD_VALUE);
        }
    }

    @Test
    void arraysAndNumbersAreRefusedForDates() {
        assertThat(code("{\"at\":[2026,3,1,8,30]}")).isEqualTo(CoreError.JSON_BAD_VALUE);
        assertThat(code("{\"day\":[2026,3,1]}")).isEqualTo(CoreError.JSON_BAD_VALUE);
        assertThat(code("{\"at\":1767225600}")).isEqualTo(CoreError.JSON_BAD_VALUE);
        assertThat(code("{\"day\":20260301}")).isEqualTo(CoreError.JSON_BAD_VALUE);
        assertThatThrownBy(() -> EmrJson.read("{\"birthDate\":[1990,5,17]}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.message(Languages.ENGLISH)).contains("yyyy-MM-dd"));
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefused() {
        assertThatThrownBy(() -> EmrJson.read("{\"fullName\":true}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("fullName"));
        assertThatThrownBy(() -> EmrJson.read("{\"fullName\":1.5}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("fullName"));
        assertThatThrownBy(() -> EmrJson.read("{\"fullName\":42}", Patient.class))
                .isInstanceOfSatisfying(EmrException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.JSON_BAD_VALUE);
                    assertThat(e.path()).isEqualTo("fullName");
                });
    }

    @Test
    void devZeroIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        long start = System.nanoTime();
        assertThatThrownBy(() -> LimitedInput.readFile(zero, EmrJson.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.NOT_A_REGULAR_FILE));
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void aHugeSparseFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024 * 1024);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> LimitedInput.readFile(big, EmrJson.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.INPUT_TOO_LARGE));
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThatThrownBy(() -> LimitedInput.readFile(dir, 10))
                .isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.NOT_A_REGULAR_FILE));
        Path small = dir.resolve("p.json");
        Files.writeString(small, "{\"fullName\":\"A\",\"birthDate\":\"1990-01-01\",\"sex\":\"MALE\"}");
        assertThat(EmrJson.read(LimitedInput.readFile(small, 100), Patient.class).fullName()).isEqualTo("A");
    }

    private static CoreError codeOf(byte[] bytes) {
        try {
            EmrJson.read(bytes, Patient.class);
            return null;
        } catch (EmrException e) {
            return (CoreError) e.code();
        }
    }

    private static byte[] withName(int... raw) {
        byte[] head = "{\"fullName\":\"A".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "\",\"birthDate\":\"1990-01-01\",\"sex\":\"MALE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < raw.length; i++) {
            out[head.length + i] = (byte) raw[i];
        }
        System.arraycopy(tail, 0, out, head.length + raw.length, tail.length);
        return out;
    }

    @Test
    void malformedAndOverlongUtf8IsRefused() {
        assertThat(codeOf(withName(0xC0, 0x80))).isEqualTo(CoreError.JSON_ENCODING);
        assertThat(codeOf(withName(0xE0, 0x80, 0x80))).isEqualTo(CoreError.JSON_ENCODING);
        assertThat(codeOf(withName(0xED, 0xA0, 0x80))).isEqualTo(CoreError.JSON_ENCODING);
        assertThat(codeOf(withName(0xFF))).isEqualTo(CoreError.JSON_ENCODING);
        assertThat(codeOf(withName(0xE1, 0xBB))).isEqualTo(CoreError.JSON_ENCODING);
        Patient ok = EmrJson.read(withName(0xE1, 0xBB, 0x85), Patient.class);
        assertThat(ok.fullName()).isEqualTo("A\u1EC5");
    }

    @Test
    void utf16And32AndBomsAreRefused() {
        String json = "{\"fullName\":\"A\"}";
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {java.nio.charset.StandardCharsets.UTF_16,
                java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.Charset.forName("UTF-32BE"), java.nio.charset.Charset.forName("UTF-32LE")}) {
            assertThat(codeOf(json.getBytes(cs))).as(cs.name()).isEqualTo(CoreError.JSON_ENCODING);
        }
        byte[] le = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertThat(codeOf(le)).isEqualTo(CoreError.JSON_ENCODING);
        byte[] bom = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(codeOf(bom)).isEqualTo(CoreError.JSON_ENCODING);
    }
}
