package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emr.signature.TrustTestPki.NOW;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.core.EmrException;
import vn.emr.signature.TrustTestPki.Credential;

class SigningKeysTest {

    static final byte[] DATA = "<SignedInfo>dữ liệu</SignedInfo>".getBytes(StandardCharsets.UTF_8);
    static final char[] PASSWORD = "secret-1".toCharArray();
    static Credential ca;
    static Credential signer;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        ca = TrustTestPki.root("CA");
        signer = TrustTestPki.leaf("Signer", ca);
    }

    private Path p12(String alias, PrivateKey key, X509Certificate... chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, PASSWORD, chain);
        Path file = dir.resolve(alias + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (EmrException e) {
            return e.issues().get(0).codeString();
        }
        throw new AssertionError("no EmrException");
    }

    private static boolean verifies(SigningKey key, SignatureAlgorithm alg, byte[] sig) throws Exception {
        Signature v = alg.isEcdsa() ? Signature.getInstance(alg.jcaName(), TrustTestPki.BC)
                : Signature.getInstance(alg.jcaName());
        if (alg.parameters().isPresent()) {
            v.setParameter(alg.parameters().get());
        }
        v.initVerify(key.certificate().getPublicKey());
        v.update(DATA);
        return v.verify(sig);
    }

    @Test
    void loadsPkcs12AndSignsWithRsaSha256ByDefault() throws Exception {
        Path file = p12("doctor", signer.privateKey(), signer.certificate(), ca.certificate());
        SigningKey key = SigningKeys.pkcs12(file, PASSWORD);
        assertThat(key.certificateChain()).containsExactly(signer.certificate(), ca.certificate());
        assertThat(key.defaultAlgorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        byte[] sig = key.sign(DATA, SignatureAlgorithm.RSA_SHA256);
        assertThat(verifies(key, SignatureAlgorithm.RSA_SHA256, sig)).isTrue();
        assertThat(verifies(key, SignatureAlgorithm.RSA_PSS_SHA256, key.sign(DATA, SignatureAlgorithm.RSA_PSS_SHA256)))
                .isTrue();
        assertThat(SigningKeys.pkcs12(file, PASSWORD, "doctor").certificate()).isEqualTo(signer.certificate());
    }

    @Test
    void wrongPasswordIsCoded() throws Exception {
        Path file = p12("doctor", signer.privateKey(), signer.certificate());
        assertThat(code(() -> SigningKeys.pkcs12(file, "wrong".toCharArray()))).isEqualTo("EMR-SIG-0701");
    }

    @Test
    void notAKeyStoreIsCoded() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.p12"), "not a key store");
        assertThat(code(() -> SigningKeys.pkcs12(file, PASSWORD))).isEqualTo("EMR-SIG-0701");
    }

    @Test
    void missingFileIsCoded() {
        assertThat(code(() -> SigningKeys.pkcs12(dir.resolve("none.p12"), PASSWORD))).isEqualTo("EMR-SIG-0700");
    }

    @Test
    void missingAliasIsCoded() throws Exception {
        Path file = p12("doctor", signer.privateKey(), signer.certificate());
        assertThat(code(() -> SigningKeys.pkcs12(file, PASSWORD, "nurse"))).isEqualTo("EMR-SIG-0702");
    }

    @Test
    void entryWithoutPrivateKeyIsCoded() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca.certificate());
        Path file = dir.resolve("certs.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        assertThat(code(() -> SigningKeys.pkcs12(file, PASSWORD, "ca"))).isEqualTo("EMR-SIG-0703");
        assertThat(code(() -> SigningKeys.pkcs12(file, PASSWORD))).isEqualTo("EMR-SIG-0703");
    }

    @Test
    void severalKeysWithoutAliasIsCoded() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("a", signer.privateKey(), PASSWORD, new Certificate[] {signer.certificate()});
        store.setKeyEntry("b", signer.privateKey(), PASSWORD, new Certificate[] {signer.certificate()});
        Path file = dir.resolve("two.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        assertThat(code(() -> SigningKeys.pkcs12(file, PASSWORD))).isEqualTo("EMR-SIG-0704");
        assertThat(SigningKeys.pkcs12(file, PASSWORD, "b")).isNotNull();
    }

    @Test
    void expiredOrFutureCertificateIsCoded() throws Exception {
        Credential old = TrustTestPki.leaf("Old", ca, NOW.minus(Duration.ofDays(100)), NOW.minus(Duration.ofDays(1)));
        Path expired = p12("old", old.privateKey(), old.certificate());
        assertThat(code(() -> SigningKeys.pkcs12(expired, PASSWORD))).isEqualTo("EMR-SIG-0705");
        Credential future = TrustTestPki.leaf("New", ca, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)));
        Path notYet = p12("new", future.privateKey(), future.certificate());
        assertThat(code(() -> SigningKeys.pkcs12(notYet, PASSWORD))).isEqualTo("EMR-SIG-0706");
    }

    @Test
    void ecP256SignsWithEcdsaSha256ThroughBouncyCastle() throws Exception {
        KeyPair ec = TrustTestPki.ec();
        Credential ecLeaf = TrustTestPki.leaf("EC signer", ca, ec, KeyUsage.digitalSignature);
        SigningKey key = SigningKeys.of(ec.getPrivate(), List.of(ecLeaf.certificate()));
        assertThat(key.defaultAlgorithm()).isEqualTo(SignatureAlgorithm.ECDSA_SHA256);
        byte[] sig = key.sign(DATA, SignatureAlgorithm.ECDSA_SHA256);
        assertThat(sig[0]).isEqualTo((byte) 0x30); // DER, as the SigningKey contract says
        assertThat(verifies(key, SignatureAlgorithm.ECDSA_SHA256, sig)).isTrue();
        assertThat(java.security.Security.getProvider("BC")).as("never installed globally").isNull();
    }

    @Test
    void pssKeySignsWithPssByDefaultAndOnlyPss() throws Exception {
        KeyPair pss = TrustTestPki.pss();
        X509Certificate self = TrustTestPki.selfSigned("PSS", pss, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(10)), false, KeyUsage.digitalSignature);
        SigningKey key = SigningKeys.of(pss.getPrivate(), List.of(self));
        assertThat(key.defaultAlgorithm()).isEqualTo(SignatureAlgorithm.RSA_PSS_SHA256);
        assertThat(verifies(key, SignatureAlgorithm.RSA_PSS_SHA256, key.sign(DATA, SignatureAlgorithm.RSA_PSS_SHA256)))
                .isTrue();
        assertThat(code(() -> key.sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0800");
    }

    @Test
    void algorithmOfAnotherKeyTypeIsCoded() {
        SigningKey key = SigningKeys.of(signer.privateKey(), List.of(signer.certificate()));
        assertThat(code(() -> key.sign(DATA, SignatureAlgorithm.ECDSA_SHA256))).isEqualTo("EMR-SIG-0800");
    }

    @Test
    void keyNotMatchingCertificateIsCoded() {
        KeyPair other = TrustTestPki.rsa();
        assertThat(code(() -> SigningKeys.of(other.getPrivate(), List.of(signer.certificate()))))
                .isEqualTo("EMR-SIG-0707");
        assertThat(code(() -> SigningKeys.of(TrustTestPki.ec().getPrivate(), List.of(signer.certificate()))))
                .isEqualTo("EMR-SIG-0707");
        assertThat(code(() -> SigningKeys.of(signer.privateKey(), List.of()))).isEqualTo("EMR-SIG-0500");
    }

    @Test
    void toStringHoldsNoKeyMaterialOrSubject() throws Exception {
        Path file = p12("doctor", signer.privateKey(), signer.certificate());
        SigningKey key = SigningKeys.pkcs12(file, PASSWORD);
        assertThat(key.toString()).doesNotContain("Signer").doesNotContain("secret")
                .doesNotContain(signer.privateKey().toString());
    }

    @Test
    void pkcs11WithMissingLibraryIsCoded() {
        assertThat(code(() -> SigningKeys.pkcs11(dir.resolve("no-such-lib.so"), 0, "1234".toCharArray(), null)))
                .isEqualTo("EMR-SIG-0943");
    }

    @Test
    void aMissingOrGarbagePkcs11ConfigurationSaysWhatIsWrong() throws Exception {
        char[] pin = "1234".toCharArray();
        assertThat(code(() -> SigningKeys.pkcs11(dir.resolve("nope.cfg"), pin, null))).isEqualTo("EMR-SIG-0941");
        assertThat(code(() -> SigningKeys.pkcs11(dir, pin, null))).isEqualTo("EMR-SIG-0941");
        Path garbage = Files.write(dir.resolve("garbage.cfg"), new byte[] {(byte) 0xff, 0, 1, 2, '=', '\n'});
        assertThat(code(() -> SigningKeys.pkcs11(garbage, pin, null))).isEqualTo("EMR-SIG-0942");
        Path noLib = Files.writeString(dir.resolve("nolib.cfg"), "name = X\nlibrary = /no/such/libpkcs11.so\n");
        assertThat(code(() -> SigningKeys.pkcs11(noLib, pin, null))).isEqualTo("EMR-SIG-0943");
        Path huge = Files.writeString(dir.resolve("huge.cfg"), "#".repeat(200_000));
        assertThat(code(() -> SigningKeys.pkcs11(huge, pin, null))).isEqualTo("EMR-SIG-0942");
        Path notALibrary = Files.writeString(dir.resolve("fake.so"), "not a shared object");
        Path fake = Files.writeString(dir.resolve("fake.cfg"), "name = X\nlibrary = " + notALibrary + "\n");
        assertThatThrownBy(() -> SigningKeys.pkcs11(fake, pin, null)).isInstanceOfSatisfying(
                vn.emr.core.EmrException.class, e -> {
                    assertThat(e.code().code()).isIn("EMR-SIG-0942", "EMR-SIG-0944");
                    assertThat(e.getMessage()).doesNotContain("Exception", "fake.so");
                });
    }

    @Test
    void readsAndWritesPem() throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), Certificates.toPem(ca.certificate()));
        assertThat(Certificates.read(pem)).containsExactly(ca.certificate());
        assertThat(code(() -> Certificates.read(dir.resolve("missing.pem")))).isEqualTo("EMR-SIG-0945");
        assertThat(code(() -> Certificates.read(dir))).isEqualTo("EMR-SIG-0946");
        Path junk = Files.writeString(dir.resolve("junk.pem"), "hello");
        assertThat(code(() -> Certificates.read(junk))).isEqualTo("EMR-SIG-0947");
        assertThatThrownBy(() -> Certificates.read(dir.resolve("missing.pem"))).hasMessageNotContaining("such file");
        assertThatThrownBy(() -> Certificates.read(junk)).hasMessageNotContaining("Exception");
    }
}
