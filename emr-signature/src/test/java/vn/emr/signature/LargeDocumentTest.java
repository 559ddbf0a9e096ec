package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signs and verifies a 100 MB claims file in a forked JVM limited to {@code -Xmx64m}: the engine streams, it never
 * holds the document.
 */
class LargeDocumentTest {

    static final long SIZE = 100L << 20;

    @Test
    void signsAndVerifiesA100MegabyteFileIn64MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("big.xml");
        write(in);
        assertThat(Files.size(in)).isGreaterThanOrEqualTo(SIZE);
        Path ks = dir.resolve("key.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("k", DsigTestPki.RSA_KEYS.getPrivate(), "pw".toCharArray(),
                new X509Certificate[] {DsigTestPki.RSA_CERT, DsigTestPki.CA});
        try (var os = Files.newOutputStream(ks)) {
            store.store(os, "pw".toCharArray());
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx64m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.add(in.toString());
        cmd.add(dir.resolve("signed.xml").toString());
        cmd.add(ks.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        System.out.println("forked -Xmx64m run: " + output.trim());
        assertThat(done).as("finished in time: %s", output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("valid=true");
    }

    static void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<GIAMDINHHS><THONGTINDONVI><MACSKCB>79001</MACSKCB>"
                    + "</THONGTINDONVI><THONGTINHOSO><DANHSACHHOSO><HOSO>\n");
            String row = "<CHI_TIET_THUOC><MA_LK>LK000001</MA_LK><TEN_THUOC>Paracetamol 500mg – viên nén bao phim"
                    + "</TEN_THUOC><LIEU_DUNG>Ngày uống 2 lần, mỗi lần 1 viên</LIEU_DUNG><THANH_TIEN>12500"
                    + "</THANH_TIEN></CHI_TIET_THUOC>\n";
            long rows = SIZE / row.getBytes(StandardCharsets.UTF_8).length + 1;
            for (long i = 0; i < rows; i++) {
                w.write(row);
            }
            w.write("</HOSO></DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI/></GIAMDINHHS>\n");
        }
    }

    /** The forked program: sign file to file, then verify the file. */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var is = Files.newInputStream(Path.of(args[2]))) {
                store.load(is, "pw".toCharArray());
            }
            java.security.PrivateKey key = (java.security.PrivateKey) store.getKey("k", "pw".toCharArray());
            List<X509Certificate> chain = new ArrayList<>();
            for (var c : store.getCertificateChain("k")) {
                chain.add((X509Certificate) c);
            }
            long t0 = System.nanoTime();
            XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(Path.of(args[0]), Path.of(args[1]),
                    SigningKeys.of(key, chain));
            long t1 = System.nanoTime();
            VerificationResult r = XmlVerifier.strict(TrustPolicy.of(chain.get(chain.size() - 1)))
                    .withProfile(SignatureProfile.CHUKYDONVI).verify(Path.of(args[1]));
            long t2 = System.nanoTime();
            System.out.println("sign " + (t1 - t0) / 1_000_000 + " ms, verify " + (t2 - t1) / 1_000_000
                    + " ms, valid=" + r.valid() + " " + r.errors() + ", maxHeap="
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            System.exit(r.valid() ? 0 : 1);
        }
    }
}
