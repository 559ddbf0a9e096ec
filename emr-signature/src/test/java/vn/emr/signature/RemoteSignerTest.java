package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.signature.TrustTestPki.Credential;

/** The remote (sign-hash) flow of VNPT SmartCA / Viettel MySign, with a test double over a local key. */
class RemoteSignerTest {

    static final byte[] DATA = "<SignedInfo>hồ sơ</SignedInfo>".getBytes(StandardCharsets.UTF_8);
    static Credential ca;
    static Credential signer;
    static ScheduledExecutorService service;

    @BeforeAll
    static void setUp() {
        ca = TrustTestPki.root("CA");
        signer = TrustTestPki.leaf("Remote signer", ca);
        service = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void tearDown() {
        service.shutdownNow();
    }

    /** What a sign-hash service does with an RSA key: raw RSA over the DigestInfo, or ECDSA over the hash. */
    static byte[] signHash(PrivateKey key, RemoteSigner.Request request) {
        try {
            if (request.isPkcs1v15()) {
                Signature raw = Signature.getInstance("NONEwithRSA");
                raw.initSign(key);
                raw.update(request.digestInfo());
                return raw.sign();
            }
            if (request.algorithm().isEcdsa()) {
                Signature raw = Signature.getInstance("NONEwithECDSA", TrustTestPki.BC);
                raw.initSign(key);
                raw.update(request.digest());
                return raw.sign();
            }
            // RSASSA-PSS over a precomputed hash, as an HSM's CKM_RSA_PKCS_PSS does
            Signature raw = Signature.getInstance("RAWRSASSA-PSS", TrustTestPki.BC);
            raw.setParameter(request.algorithm().parameters().orElseThrow());
            raw.initSign(key);
            raw.update(request.digest());
            return raw.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service that answers later, on another thread, as after a user's approval on the phone. */
    static RemoteSigner asyncDouble(PrivateKey key, List<RemoteSigner.Request> seen) {
        return request -> {
            seen.add(request);
            CompletableFuture<byte[]> f = new CompletableFuture<>();
            service.schedule(() -> f.complete(signHash(key, request)), 20, TimeUnit.MILLISECONDS);
            return f;
        };
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (EmrException e) {
            return e.issues().get(0).codeString();
        }
        throw new AssertionError("no EmrException");
    }

    @Test
    void remotePkcs1SignatureOverDigestInfoEqualsLocalSha256WithRsa() throws Exception {
        List<RemoteSigner.Request> seen = new ArrayList<>();
        SigningKey remote = SigningKeys.remote(asyncDouble(signer.privateKey(), seen), List.of(signer.certificate()),
                Duration.ofSeconds(5));
        assertThat(remote.defaultAlgorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        byte[] viaRemote = remote.sign(DATA, SignatureAlgorithm.RSA_SHA256);

        Signature local = Signature.getInstance("SHA256withRSA");
        local.initSign(signer.privateKey());
        local.update(DATA);
        assertThat(viaRemote).isEqualTo(local.sign()); // PKCS#1 v1.5 is deterministic: byte-identical

        assertThat(seen).hasSize(1);
        RemoteSigner.Request request = seen.get(0);
        assertThat(request.digest()).isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(DATA));
        assertThat(request.digestInfo()).hasSize(19 + 32);
        assertThat(request.certificate()).isEqualTo(signer.certificate());
        assertThat(request.transactionId()).isNotBlank();
        assertThat(request.toString()).doesNotContain(Arrays.toString(request.digest()));
    }

    @Test
    void remoteEcdsaWorksWithDerOrRawSignature() throws Exception {
        KeyPair ec = TrustTestPki.ec();
        Credential ecLeaf = TrustTestPki.leaf("EC remote", ca, ec, KeyUsage.digitalSignature);
        SigningKey der = SigningKeys.remote(asyncDouble(ec.getPrivate(), new ArrayList<>()),
                List.of(ecLeaf.certificate()), Duration.ofSeconds(5));
        assertThat(der.defaultAlgorithm()).isEqualTo(SignatureAlgorithm.ECDSA_SHA256);
        byte[] sig = der.sign(DATA, SignatureAlgorithm.ECDSA_SHA256);
        assertThat(verify(ecLeaf, "SHA256withECDSA", sig)).isTrue();

        // a CSC-style service answering r||s
        RemoteSigner rawService = request -> {
            ASN1Sequence seq = ASN1Sequence.getInstance(signHash(ec.getPrivate(), request));
            byte[] raw = new byte[64];
            put(ASN1Integer.getInstance(seq.getObjectAt(0)).getPositiveValue(), raw, 0);
            put(ASN1Integer.getInstance(seq.getObjectAt(1)).getPositiveValue(), raw, 32);
            return CompletableFuture.completedFuture(raw);
        };
        byte[] fromRaw = SigningKeys.remote(rawService, List.of(ecLeaf.certificate()), Duration.ofSeconds(5))
                .sign(DATA, SignatureAlgorithm.ECDSA_SHA256);
        assertThat(fromRaw[0]).isEqualTo((byte) 0x30);
        assertThat(verify(ecLeaf, "SHA256withECDSA", fromRaw)).isTrue();
    }

    private static void put(java.math.BigInteger v, byte[] out, int offset) {
        byte[] b = v.toByteArray();
        int len = Math.min(b.length, 32);
        System.arraycopy(b, b.length - len, out, offset + 32 - len, len);
    }

    private static boolean verify(Credential c, String alg, byte[] sig) throws Exception {
        Signature v = Signature.getInstance(alg, TrustTestPki.BC);
        v.initVerify(c.certificate().getPublicKey());
        v.update(DATA);
        return v.verify(sig);
    }

    @Test
    void remotePssSignatureVerifiesAsRsassaPss() throws Exception {
        SigningKey remote = SigningKeys.remote(asyncDouble(signer.privateKey(), new ArrayList<>()),
                List.of(signer.certificate()), Duration.ofSeconds(5));
        byte[] sig = remote.sign(DATA, SignatureAlgorithm.RSA_PSS_SHA256);
        Signature v = Signature.getInstance("RSASSA-PSS");
        v.setParameter(SignatureAlgorithm.RSA_PSS_SHA256.parameters().orElseThrow());
        v.initVerify(signer.certificate().getPublicKey());
        v.update(DATA);
        assertThat(v.verify(sig)).isTrue();
    }

    @Test
    void timeoutIsCodedAndCancelsTheRequest() {
        CompletableFuture<byte[]> never = new CompletableFuture<>();
        SigningKey key = SigningKeys.remote(request -> never, List.of(signer.certificate()), Duration.ofMillis(100));
        long start = System.nanoTime();
        assertThat(code(() -> key.sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0802");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(never).isCancelled();
    }

    @Test
    void refusalIsCoded() {
        RemoteSigner refusing = request -> CompletableFuture.failedFuture(RemoteSigner.refused("user declined"));
        SigningKey key = SigningKeys.remote(refusing, List.of(signer.certificate()), Duration.ofSeconds(1));
        assertThatThrownBy(() -> key.sign(DATA, SignatureAlgorithm.RSA_SHA256))
                .isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(((EmrException) e).issues().get(0).codeString()).isEqualTo("EMR-SIG-0803"))
                .satisfies(e -> assertThat(((EmrException) e).message(java.util.Locale.ENGLISH))
                        .contains("user declined"));
        RemoteSigner cancelled = request -> {
            CompletableFuture<byte[]> f = new CompletableFuture<>();
            f.cancel(false);
            return f;
        };
        assertThat(code(() -> SigningKeys.remote(cancelled, List.of(signer.certificate()), Duration.ofSeconds(1))
                .sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0803");
    }

    @Test
    void serviceFailureIsCoded() {
        RemoteSigner failing = request -> CompletableFuture.failedFuture(new java.io.IOException("HTTP 500"));
        assertThat(code(() -> SigningKeys.remote(failing, List.of(signer.certificate()), Duration.ofSeconds(1))
                .sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0804");
        RemoteSigner throwing = request -> {
            throw new IllegalStateException("bug");
        };
        assertThat(code(() -> SigningKeys.remote(throwing, List.of(signer.certificate()), Duration.ofSeconds(1))
                .sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0804");
        RemoteSigner empty = request -> CompletableFuture.completedFuture(new byte[0]);
        assertThat(code(() -> SigningKeys.remote(empty, List.of(signer.certificate()), Duration.ofSeconds(1))
                .sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0804");
    }

    @Test
    void signatureByAnotherKeyIsRefused() {
        KeyPair other = TrustTestPki.rsa();
        SigningKey key = SigningKeys.remote(asyncDouble(other.getPrivate(), new ArrayList<>()),
                List.of(signer.certificate()), Duration.ofSeconds(5));
        assertThat(code(() -> key.sign(DATA, SignatureAlgorithm.RSA_SHA256))).isEqualTo("EMR-SIG-0805");
    }

    @Test
    void algorithmOfAnotherKeyTypeIsRefusedBeforeCallingTheService() {
        List<RemoteSigner.Request> seen = new ArrayList<>();
        SigningKey key = SigningKeys.remote(asyncDouble(signer.privateKey(), seen), List.of(signer.certificate()),
                Duration.ofSeconds(1));
        assertThat(code(() -> key.sign(DATA, SignatureAlgorithm.ECDSA_SHA256))).isEqualTo("EMR-SIG-0800");
        assertThat(seen).isEmpty();
    }
}
