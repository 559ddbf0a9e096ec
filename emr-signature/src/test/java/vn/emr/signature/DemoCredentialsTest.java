package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void generatesAFacilityCertificateUnderADemoCa() throws Exception {
        DemoCredentials demo = DemoCredentials.generate();
        assertThat(demo.facilityCertificate().getSubjectX500Principal().getName()).contains("Bệnh viện Demo");
        assertThat(((RSAPublicKey) demo.facilityCertificate().getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        Instant notAfter = demo.facilityCertificate().getNotAfter().toInstant();
        assertThat(notAfter).isBetween(Instant.now().plus(Duration.ofDays(360)), Instant.now().plus(Duration.ofDays(366)));
        CertificateValidation v = demo.trustPolicy().validate(demo.chain(), Instant.now());
        assertThat(v.issues()).isEmpty();
        assertThat(v.trusted()).isTrue();
        // another demo's CA does not trust this one
        assertThat(DemoCredentials.generate().trustPolicy().validate(demo.chain()).trusted()).isFalse();
        assertThat(demo.toString()).doesNotContain("PRIVATE");
    }

    @Test
    void writesAPkcs12AndACaPemThatLoadBack() throws Exception {
        DemoCredentials demo = DemoCredentials.generate();
        Path p12 = dir.resolve("sub/facility.p12");
        Path pem = dir.resolve("sub/demo-ca.pem");
        demo.writePkcs12(p12, "demo".toCharArray());
        demo.writeCaPem(pem);
        SigningKey key = SigningKeys.pkcs12(p12, "demo".toCharArray(), DemoCredentials.ALIAS);
        assertThat(key.certificate()).isEqualTo(demo.facilityCertificate());
        List<java.security.cert.X509Certificate> anchors = Certificates.read(pem);
        assertThat(anchors).containsExactly(demo.caCertificate());
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(TrustPolicy.of(anchors).validate(key.certificateChain()).trusted()).isTrue();
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("facility.p12",
                    "demo-ca.pem"); // no temporary files left behind
        }
        byte[] signature = key.sign(new byte[] {1, 2, 3}, key.defaultAlgorithm());
        var verifier = java.security.Signature.getInstance("SHA256withRSA");
        verifier.initVerify(demo.caCertificate().getPublicKey());
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).as("signed by the facility, not the CA").isFalse();
    }
}
