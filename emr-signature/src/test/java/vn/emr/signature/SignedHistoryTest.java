package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.core.history.RecordHistory;
import vn.emr.core.history.RecordVersion;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.Issue;

class SignedHistoryTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    private final MedicalRecord v1 = SampleRecords.outpatient(SampleRecords.patient());
    private final MedicalRecord v2 = v1.toBuilder().formCode("15/BV1").build();

    private RecordHistory twoVersions() {
        return RecordHistory.start(v1, "bs.an", T0).amend(v2, "tk.binh", "Sửa mã biểu mẫu", T0.plusHours(1));
    }

    private SignedHistory signedByAuthors() {
        return SignedHistory.sign(twoVersions(),
                v -> v.author().equals("bs.an") ? DsigTestPki.rsaKey() : DsigTestPki.rsa2Key());
    }

    @Test
    void anIntactSignedHistoryVerifies() {
        SignedHistory s = signedByAuthors();
        assertThat(s.verify(DsigTestPki.trust()).issues()).isEmpty();
        SignedHistory reloaded = SignedHistory.of(RecordHistory.of(s.history().versions()), s.signatures());
        assertThat(reloaded.verify(DsigTestPki.trust()).issues()).isEmpty();
        assertThat(s.toString()).doesNotContain("bs.an", "15/BV1");
    }

    @Test
    void extendSignsOnlyTheNewVersionsAndKeepsTheOldSignatures() {
        SignedHistory s = SignedHistory.sign(RecordHistory.start(v1, "bs.an", T0), v -> DsigTestPki.rsaKey());
        SignedHistory longer = s.extend(twoVersions(), DsigTestPki.rsa2Key());
        assertThat(longer.signatures()).hasSize(2);
        assertThat(longer.signatures().get(0)).isEqualTo(s.signatures().get(0));
        assertThat(longer.verify(DsigTestPki.trust()).issues()).isEmpty();
    }

    @Test
    void aForgerWhoRecomputesTheDigestsIsDetected() {
        SignedHistory s = signedByAuthors();
        RecordHistory forged = forge(s.history());
        assertThat(forged.verifyChain().issues()).as("the chain alone cannot see it").isEmpty();
        List<Issue> issues = SignedHistory.of(forged, s.signatures()).verify(DsigTestPki.trust()).issues();
        assertThat(issues).extracting(Issue::codeString).contains("EMR-SIG-0921");
        assertThat(issues).filteredOn(i -> i.codeString().equals("EMR-SIG-0921")).extracting(Issue::path)
                .containsExactly("signatures[0]", "signatures[1]");
    }

    @Test
    void aForgerWhoAlsoResignsWithAnUntrustedKeyIsRefused() {
        RecordHistory forged = forge(twoVersions());
        SignedHistory resigned = SignedHistory.sign(forged, v -> DsigTestPki.attackerKey());
        List<Issue> issues = resigned.verify(DsigTestPki.trust()).issues();
        assertThat(issues).extracting(Issue::codeString).contains("EMR-SIG-0922").doesNotContain("EMR-SIG-0921");
        assertThat(issues).filteredOn(i -> i.codeString().equals("EMR-SIG-0922")).hasSize(2);
    }

    @Test
    void aMissingOrGarbageSignatureIsReported() {
        SignedHistory s = signedByAuthors();
        List<byte[]> one = s.signatures().subList(0, 1);
        assertThat(SignedHistory.of(s.history(), one).verify(DsigTestPki.trust()).issues())
                .extracting(Issue::codeString).containsExactly("EMR-SIG-0920");
        List<byte[]> garbage = new ArrayList<>(s.signatures());
        garbage.set(1, new byte[] {'<', 'x'});
        assertThat(SignedHistory.of(s.history(), garbage).verify(DsigTestPki.trust()).issues())
                .extracting(Issue::codeString).contains("EMR-SIG-0922");
        garbage.set(1, new byte[0]);
        assertThat(SignedHistory.of(s.history(), garbage).verify(DsigTestPki.trust()).issues())
                .extracting(Issue::codeString).contains("EMR-SIG-0922");
    }

    /** Changes version 1's author and recomputes every digest with the public recipe (SHA-256 canonical JSON). */
    static RecordHistory forge(RecordHistory h) {
        // re-create the chain through the public API: same content, a different first author, fresh digests
        RecordVersion first = h.versions().get(0);
        RecordHistory out = RecordHistory.start(first.record(), "ke.gia.mao", first.at());
        for (RecordVersion v : h.versions().subList(1, h.versions().size())) {
            out = out.amend(v.record(), v.author(), v.reason(), v.at());
        }
        return out;
    }
}
