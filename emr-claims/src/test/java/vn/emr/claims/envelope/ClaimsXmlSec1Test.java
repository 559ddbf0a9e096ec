package vn.emr.claims.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.signature.DemoCredentials;

/**
 * A claims file built and signed here verifies with {@code xmlsec1} (the C implementation, Debian package
 * {@code xmlsec1}; {@code .ci/run} installs it), and a byte changed afterwards does not. Skipped without xmlsec1.
 */
class ClaimsXmlSec1Test {

    @TempDir
    Path dir;

    @Test
    void xmlsec1VerifiesTheFacilitySignature() throws Exception {
        String xmlsec1 = onPath("xmlsec1");
        assumeTrue(xmlsec1 != null, "xmlsec1 not on PATH");
        DemoCredentials demo = DemoCredentials.generate();
        Path ca = dir.resolve("ca.pem");
        demo.writeCaPem(ca);
        byte[] signed = ClaimsEnvelope.of("01001", LocalDate.of(2025, 3, 4), List.of(
                ClaimsEnvelopeTest.episode("LK-1"))).sign(demo.signingKey());
        Path file = Files.write(dir.resolve("claims.xml"), signed);
        assertThat(verify(xmlsec1, ca, file)).isZero();
        Path tampered = Files.writeString(dir.resolve("tampered.xml"),
                new String(signed, StandardCharsets.UTF_8).replace("<MACSKCB>01001", "<MACSKCB>01002"));
        assertThat(verify(xmlsec1, ca, tampered)).isNotZero();
    }

    private static int verify(String xmlsec1, Path ca, Path file) throws Exception {
        Process p = new ProcessBuilder(xmlsec1, "--verify", "--trusted-pem", ca.toString(),
                "--enabled-reference-uris", "empty", "--enabled-key-data", "x509", file.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
