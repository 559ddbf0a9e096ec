package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;

/**
 * A real PKCS#11 token: SoftHSM2 (Debian package {@code softhsm2}) through SunPKCS11, a key generated inside the
 * token by keytool, signing through {@link SigningKeys#pkcs11}. Skipped when SoftHSM2 is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11SoftHsmTest {

    static final Path LIBRARY = Paths.get("/usr/lib/softhsm/libsofthsm2.so");
    static final String PIN = "5678";
    static final String ALIAS = "emr-doctor";
    static final byte[] DATA = "<SignedInfo>token</SignedInfo>".getBytes(StandardCharsets.UTF_8);
    static Path config;
    static Map<String, String> env;

    @BeforeAll
    static void token() throws Exception {
        assumeTrue(Files.isRegularFile(LIBRARY),
                "SoftHSM2 not installed (" + LIBRARY + " absent): apt-get install softhsm2 to run the PKCS#11 test");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null && !conf.isBlank(),
                "SOFTHSM2_CONF not set for this JVM: run through Maven (surefire sets it in emr-signature/pom.xml)");
        Path confFile = Paths.get(conf);
        Path base = confFile.getParent();
        Path tokens = base.resolve("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> walk = Files.walk(tokens)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        env = Map.of("SOFTHSM2_CONF", confFile.toAbsolutePath().toString());
        run(List.of("softhsm2-util", "--init-token", "--free", "--label", "emr", "--so-pin", "1234", "--pin", PIN));
        config = base.resolve("softhsm.cfg");
        Files.writeString(config, "name = SoftHSM\nlibrary = " + LIBRARY + "\nslotListIndex = 0\n");
        String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-storetype", "PKCS11", "-providerClass", "sun.security.pkcs11.SunPKCS11",
                "-providerArg", config.toString(), "-keystore", "NONE", "-storepass", PIN, "-alias", ALIAS,
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "30",
                "-dname", "CN=Token Doctor,O=EMR test,C=VN"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, command.get(0) + " cannot be started: " + e.getMessage());
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command.subList(0, 2)) + ": " + output).isZero();
    }

    private static boolean verifies(SigningKey key, SignatureAlgorithm algorithm, byte[] signature) throws Exception {
        Signature v = Signature.getInstance(algorithm.jcaName());
        if (algorithm.parameters().isPresent()) {
            v.setParameter(algorithm.parameters().get());
        }
        v.initVerify(key.certificate().getPublicKey());
        v.update(DATA);
        return v.verify(signature);
    }

    @Test
    void signsInsideTheTokenWithAConfigurationFile() throws Exception {
        SigningKey key = SigningKeys.pkcs11(config, PIN.toCharArray(), ALIAS);
        assertThat(key.certificate().getSubjectX500Principal().getName()).contains("Token Doctor");
        assertThat(key.defaultAlgorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        byte[] signature = key.sign(DATA, SignatureAlgorithm.RSA_SHA256);
        assertThat(verifies(key, SignatureAlgorithm.RSA_SHA256, signature)).isTrue();
        assertThat(key.toString()).contains("SunPKCS11").doesNotContain(PIN);
        assertThat(java.security.Security.getProvider("SunPKCS11-SoftHSM")).as("never installed globally").isNull();
    }

    @Test
    void signsWithLibraryPathAndSlotAndTheOnlyKey() throws Exception {
        SigningKey key = SigningKeys.pkcs11(LIBRARY, 0, PIN.toCharArray(), null);
        byte[] signature = key.sign(DATA, SignatureAlgorithm.RSA_SHA256);
        assertThat(verifies(key, SignatureAlgorithm.RSA_SHA256, signature)).isTrue();
    }

    // first: PKCS#11 login state belongs to the process, so once any test has logged in, the token no longer
    // asks for the PIN in this JVM
    @Test
    @Order(1)
    void wrongPinAndMissingAliasAreCoded() {
        assertThat(code(() -> SigningKeys.pkcs11(config, "0000".toCharArray(), ALIAS))).isEqualTo("EMR-SIG-0709");
        assertThat(code(() -> SigningKeys.pkcs11(config, PIN.toCharArray(), "nobody"))).isEqualTo("EMR-SIG-0702");
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (EmrException e) {
            return e.issues().get(0).codeString();
        }
        throw new AssertionError("no EmrException");
    }
}
