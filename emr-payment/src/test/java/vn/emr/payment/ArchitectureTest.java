package vn.emr.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codec has no imaging dependency: ZXing appears only in {@code vn.emr.payment.render}. */
class ArchitectureTest {

    @Test
    void zxingOnlyInTheRenderPackage() throws IOException {
        Path src = Path.of("src/main/java/vn/emr/payment");
        assertThat(src).isDirectory();
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(src)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(src.resolve("render")))
                    .filter(ArchitectureTest::mentionsImaging).toList();
        }
        assertThat(offenders).isEmpty();
        try (Stream<Path> files = Files.walk(src.resolve("render"))) {
            assertThat(files.filter(ArchitectureTest::mentionsImaging)).isNotEmpty();
        }
    }

    private static boolean mentionsImaging(Path p) {
        try {
            String s = Files.readString(p);
            return s.contains("com.google.zxing") || s.contains("java.awt") || s.contains("javax.imageio");
        } catch (IOException e) {
            return false;
        }
    }
}
