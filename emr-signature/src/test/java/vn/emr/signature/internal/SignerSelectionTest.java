package vn.emr.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emr.signature.SignatureAlgorithm;

class SignerSelectionTest {

    static final byte[] DATA = "<SignedInfo/>".getBytes(StandardCharsets.UTF_8);
    static KeyPair signerKeys;
    static KeyPair otherKeys;
    static KeyPair caKeys;
    static X509Certificate ca;
    static X509Certificate signer;
    static byte[] value;

    @BeforeAll
    static void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        signerKeys = g.generateKeyPair();
        otherKeys = g.generateKeyPair();
        caKeys = g.generateKeyPair();
        ca = cert("CN=CA", caKeys, "CN=CA", caKeys.getPrivate());
        signer = cert("CN=Signer", signerKeys, "CN=CA", caKeys.getPrivate());
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(signerKeys.getPrivate());
        s.update(DATA);
        value = s.sign();
    }

    private static int serial = 1;

    static X509Certificate cert(String subject, KeyPair keys, String issuer, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(serial++), Date.from(Instant.now()), Date.from(Instant.now().plus(Duration.ofDays(1))),
                new X500Name(subject), keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(issuerKey)));
    }

    static X509Certificate decoy(int i) throws Exception {
        return cert("CN=Decoy " + i, otherKeys, "CN=Decoy " + i, otherKeys.getPrivate());
    }

    private static Supplier<byte[]> counting(AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            return DATA;
        };
    }

    @Test
    void aSingleCertificateIsReturnedWithoutVerifying() {
        AtomicInteger calls = new AtomicInteger();
        assertThat(SignerSelection.signerFirst(List.of(ca), SignatureAlgorithm.RSA_SHA256, value, counting(calls)))
                .containsExactly(ca);
        assertThat(SignerSelection.signerFirst(List.of(), SignatureAlgorithm.RSA_SHA256, value, counting(calls)))
                .isEmpty();
        assertThat(calls).hasValue(0);
    }

    @Test
    void putsTheVerifyingCertificateFirstAndKeepsTheOthersInOrder() throws Exception {
        X509Certificate d1 = decoy(1);
        X509Certificate d2 = decoy(2);
        AtomicInteger calls = new AtomicInteger();
        assertThat(SignerSelection.signerFirst(List.of(d1, ca, d2, signer), SignatureAlgorithm.RSA_SHA256, value,
                counting(calls))).containsExactly(signer, d1, ca, d2);
        assertThat(calls).as("SignedInfo canonicalized once").hasValue(1);
        // the usual order is kept as is
        assertThat(SignerSelection.signerFirst(List.of(signer, ca), SignatureAlgorithm.RSA_SHA256, value,
                counting(calls))).containsExactly(signer, ca);
    }

    @Test
    void withoutAVerifyingKeyTheLeafComesFirst() throws Exception {
        X509Certificate d1 = decoy(1);
        byte[] wrong = value.clone();
        wrong[10] ^= 1;
        // the decoy is self-signed, so it issues nothing: it is the first "leaf"
        assertThat(SignerSelection.signerFirst(List.of(ca, signer, d1), SignatureAlgorithm.RSA_SHA256, wrong,
                () -> DATA)).first().isEqualTo(signer);
        // without a signature value or algorithm only the leaf rule applies
        assertThat(SignerSelection.signerFirst(List.of(ca, signer), null, value, () -> DATA)).first()
                .isEqualTo(signer);
        assertThat(SignerSelection.signerFirst(List.of(ca, signer), SignatureAlgorithm.RSA_SHA256, null, () -> DATA))
                .first().isEqualTo(signer);
        // an EC algorithm does not try RSA keys
        assertThat(SignerSelection.signerFirst(List.of(d1, signer), SignatureAlgorithm.ECDSA_SHA256, value,
                () -> DATA)).first().isEqualTo(d1);
    }

    @Test
    void triesAtMostABoundedNumberOfCertificates() throws Exception {
        List<X509Certificate> many = new ArrayList<>();
        for (int i = 0; i < SignerSelection.MAX_TRIED; i++) {
            many.add(decoy(i));
        }
        many.add(signer);
        // the decoys are self-signed: the signer is tried right after the first of them (the first "leaf")
        assertThat(SignerSelection.signerFirst(many, SignatureAlgorithm.RSA_SHA256, value, () -> DATA)).first()
                .isEqualTo(signer);
        // behind MAX_TRIED certificates that each look like a leaf and are not self-signed, it is not reached
        List<X509Certificate> decoysFirst = new ArrayList<>();
        for (int i = 0; i < SignerSelection.MAX_TRIED; i++) {
            decoysFirst.add(cert("CN=Leaf decoy " + i, otherKeys, "CN=CA", caKeys.getPrivate()));
        }
        decoysFirst.add(signer);
        assertThat(SignerSelection.signerFirst(decoysFirst, SignatureAlgorithm.RSA_SHA256, value, () -> DATA))
                .first().isNotEqualTo(signer);
    }
}
