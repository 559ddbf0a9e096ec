package vn.emr.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureError;

class CertificateCacheTest {

    static final List<X509Certificate> CERTS = new ArrayList<>();
    static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void certificates() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair keys = g.generateKeyPair();
        for (int i = 0; i < 20; i++) {
            X500Name name = new X500Name("CN=Cache " + i + ",C=VN");
            X509Certificate c = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, BigInteger.valueOf(i + 1), Date.from(Instant.now()),
                    Date.from(Instant.now().plus(Duration.ofDays(1))), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            CERTS.add(c);
            // wrapped like the base64 text of an element
            TEXTS.add(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded()));
        }
    }

    @Test
    void decodesAndReusesTheSameObjectForTheSameText() {
        CertificateCache cache = new CertificateCache();
        X509Certificate first = cache.decode(TEXTS.get(0));
        assertThat(first).isEqualTo(CERTS.get(0));
        assertThat(cache.decode(TEXTS.get(0))).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void isBoundedInEntriesAndInTextLength() {
        CertificateCache cache = new CertificateCache(5, CertificateCache.DEFAULT_MAX_TEXT);
        for (String t : TEXTS) {
            cache.decode(t);
        }
        assertThat(cache.size()).isEqualTo(5);
        // the most recently used stay
        X509Certificate last = cache.decode(TEXTS.get(19));
        assertThat(cache.decode(TEXTS.get(19))).isSameAs(last);

        CertificateCache shortTexts = new CertificateCache(5, 10);
        assertThat(shortTexts.decode(TEXTS.get(0))).isEqualTo(CERTS.get(0));
        assertThat(shortTexts.size()).isZero();
        CertificateCache none = new CertificateCache(0, 100_000);
        none.decode(TEXTS.get(0));
        assertThat(none.size()).isZero();
    }

    @Test
    void aMalformedTextIsCodedAndNotCached() {
        CertificateCache cache = new CertificateCache();
        assertThatThrownBy(() -> cache.decode("bm90IGEgY2VydGlmaWNhdGU="))
                .isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.issues().get(0).code()).isEqualTo(SignatureError.CERTIFICATE_MALFORMED));
        assertThatThrownBy(() -> cache.decode("%%%")).isInstanceOf(EmrException.class);
        assertThat(cache.size()).isZero();
    }

    @Test
    void manyThreadsShareOneCacheSafely() {
        CertificateCache cache = new CertificateCache(8, CertificateCache.DEFAULT_MAX_TEXT);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int offset = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        int checked = 0;
                        for (int i = 0; i < 500; i++) {
                            int k = (i * 7 + offset) % TEXTS.size();
                            assertThat(cache.decode(TEXTS.get(k))).isEqualTo(CERTS.get(k));
                            assertThat(cache.size()).isBetween(0, 8);
                            checked++;
                        }
                        return checked;
                    }));
                }
                start.countDown();
                for (Future<Integer> f : results) {
                    assertThat(f.get()).isEqualTo(500);
                }
            } finally {
                pool.shutdownNow();
            }
        });
        assertThat(cache.size()).isEqualTo(8);
    }
}
