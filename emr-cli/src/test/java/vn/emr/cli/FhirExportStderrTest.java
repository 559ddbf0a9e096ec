package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.fhir.FhirRecords;

/**
 * {@code emr record export --format fhir-r4} in a fresh JVM (SLF4J binds once per JVM, and prints its "no providers"
 * warning straight to {@code System.err}, so an in-process run cannot see it): a successful export writes nothing to
 * stderr, because emr-cli ships {@code slf4j-nop} as HAPI's logging binding.
 */
class FhirExportStderrTest {

    private static final MedicalRecord SAMPLE = SampleRecords.outpatient(SampleRecords.patient());

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run emr(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), EmrCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        // both streams are small here (the Bundle goes to a file); read stderr on its own thread so neither blocks
        byte[][] err = new byte[1][];
        Thread errReader = new Thread(() -> {
            try {
                err[0] = p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                err[0] = ("stderr unreadable: " + e).getBytes(StandardCharsets.UTF_8);
            }
        });
        errReader.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("emr finished").isTrue();
        errReader.join();
        return new Run(p.exitValue(), out, new String(err[0], StandardCharsets.UTF_8));
    }

    @Test
    void successfulFhirExportLeavesStderrEmpty() throws Exception {
        Path record = Files.writeString(dir.resolve("record.json"), EmrJson.writePretty(SAMPLE));
        Path bundle = dir.resolve("bundle.json");

        Run plain = emr("record", "export", "--format", "fhir-r4", "--out", bundle.toString(), record.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.err()).isEmpty();
        assertThat(FhirRecords.fromBundleJson(Files.readString(bundle, StandardCharsets.UTF_8))).isEqualTo(SAMPLE);

        Run json = emr("record", "export", "--json", "--format", "fhir-r4", "--out", bundle.toString(),
                record.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.err()).isEmpty();
        assertThat(json.out()).contains("\"format\"").contains("fhir-r4");
    }
}
