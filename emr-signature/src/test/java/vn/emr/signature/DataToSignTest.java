package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link DataToSign} is a value: assembling it never changes it, so it can be assembled twice at once. */
class DataToSignTest {

    @Test
    void everyFieldIsFinal() {
        for (Field f : DataToSign.class.getDeclaredFields()) {
            assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
        }
    }

    @Test
    void assemblingTheSameDataTwiceConcurrentlyGivesTwoIdenticalVerifyingDocuments() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            XmlSigner signer = XmlSigner.builder(SignatureProfile.ENVELOPED).referenceId("noi-dung")
                    .container("/HoSoBenhAn/ChuKy").signatureId("sig-author").build();
            SigningKey key = DsigTestPki.rsaKey();
            byte[] before = Docs.medicalRecord();
            DataToSign data = signer.prepare(before, key.certificateChain(), key.defaultAlgorithm());
            byte[] bytesBefore = data.bytes();
            byte[] value = key.sign(data.bytes(), data.algorithm());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<byte[]>> results = new ArrayList<>();
                    for (int t = 0; t < 2; t++) {
                        results.add(pool.submit(() -> {
                            start.await();
                            return signer.assemble(data, value);
                        }));
                    }
                    start.countDown();
                    byte[] a = results.get(0).get();
                    byte[] b = results.get(1).get();
                    assertThat(a).isEqualTo(b);
                    VerificationResult r = XmlVerifier.strict(DsigTestPki.trust())
                            .withExpectedElement("/HoSoBenhAn/NoiDung").verify(a);
                    assertThat(r.errors()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(data.bytes()).isEqualTo(bytesBefore);
        });
    }

    @Test
    void twoSignatureValuesForOnePreparedDataGiveTwoDocumentsAndLeaveItUnchanged() {
        // ECDSA is randomized: two values for the same bytes, each assembled from the one DataToSign
        XmlSigner signer = XmlSigner.builder(SignatureProfile.ENVELOPED).build();
        SigningKey key = DsigTestPki.ecKey();
        DataToSign data = signer.prepare(Docs.medicalRecord(), key.certificateChain(), key.defaultAlgorithm());
        byte[] first = signer.assemble(data, key.sign(data.bytes(), data.algorithm()));
        byte[] second = signer.assemble(data, key.sign(data.bytes(), data.algorithm()));
        assertThat(first).isNotEqualTo(second);
        XmlVerifier v = XmlVerifier.strict(DsigTestPki.trust());
        assertThat(v.verify(first).errors()).isEmpty();
        assertThat(v.verify(second).errors()).isEmpty();
    }
}
