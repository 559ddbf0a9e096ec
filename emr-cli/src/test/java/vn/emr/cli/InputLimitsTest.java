package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads a file ends an endless or huge input with a coded error at once, never out of memory. */
class InputLimitsTest {

    @TempDir
    Path dir;

    @Test
    void anEndlessDeviceIsRefusedBeforeReading() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        for (String[] args : new String[][] {
            {"validate", "--json", "/dev/zero"},
            {"verify", "--json", "--trust", "ca.pem", "/dev/zero"},
        }) {
            long start = System.nanoTime();
            CliRunner r = CliRunner.run(args);
            assertThat(System.nanoTime() - start).as(args[0]).isLessThan(2_000_000_000L);
            assertThat(r.exit()).as(args[0]).isEqualTo(1);
            assertThat(r.json().toString()).as(args[0]).contains("EMR-CORE-0021").doesNotContain("Exception");
        }
    }

    @Test
    void aFiveGigabyteFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024 * 1024);
        }
        long start = System.nanoTime();
        CliRunner r = CliRunner.run("validate", "--json", big.toString());
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("EMR-CORE-0020");
    }
}
