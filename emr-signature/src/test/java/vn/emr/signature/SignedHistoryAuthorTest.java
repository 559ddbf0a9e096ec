package vn.emr.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.emr.core.history.RecordHistory;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.Issue;

/** {@link SignedHistory#verify(TrustPolicy, Function)} binds each version's signer to the version's author. */
class SignedHistoryAuthorTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    /** The host's staff directory: which certificates belong to which author. */
    private static final Function<String, List<X509Certificate>> DIRECTORY = Map.of(
            "bs.an", List.of(DsigTestPki.RSA_CERT),
            "tk.binh", List.of(DsigTestPki.RSA2_CERT, DsigTestPki.EC_CERT))::get;

    private final MedicalRecord v1 = SampleRecords.outpatient(SampleRecords.patient());
    private final MedicalRecord v2 = v1.toBuilder().formCode("15/BV1").build();

    private RecordHistory twoVersions() {
        return RecordHistory.start(v1, "bs.an", T0).amend(v2, "tk.binh", "Sửa mã biểu mẫu", T0.plusHours(1));
    }

    @Test
    void versionsSignedByTheirAuthorsVerify() {
        SignedHistory s = SignedHistory.sign(twoVersions(),
                v -> v.author().equals("bs.an") ? DsigTestPki.rsaKey() : DsigTestPki.ecKey());
        assertThat(s.verify(DsigTestPki.trust(), DIRECTORY).issues()).isEmpty();
    }

    @Test
    void aVersionSignedWithSomeoneElsesTrustedKeyIsRefused() {
        // version 2 is by tk.binh but signed with bs.an's key: trusted, yet not the author's
        SignedHistory s = SignedHistory.sign(twoVersions(), v -> DsigTestPki.rsaKey());
        assertThat(s.verify(DsigTestPki.trust()).issues()).isEmpty();
        List<Issue> issues = s.verify(DsigTestPki.trust(), DIRECTORY).issues();
        assertThat(issues).extracting(Issue::code).containsExactly(TrustError.SIGNED_HISTORY_SIGNER_NOT_AUTHOR);
        assertThat(issues.get(0).path()).isEqualTo("signatures[1]");
        assertThat(issues.get(0).args()).containsExactly(2);
    }

    @Test
    void anAuthorWithoutRegisteredCertificatesIsRefused() {
        SignedHistory s = SignedHistory.sign(twoVersions(),
                v -> v.author().equals("bs.an") ? DsigTestPki.rsaKey() : DsigTestPki.rsa2Key());
        List<Issue> issues = s.verify(DsigTestPki.trust(), author -> author.equals("bs.an") ? List.of() : null)
                .issues();
        assertThat(issues).extracting(Issue::code).containsExactly(TrustError.SIGNED_HISTORY_SIGNER_NOT_AUTHOR,
                TrustError.SIGNED_HISTORY_SIGNER_NOT_AUTHOR);
        assertThat(issues.get(0).message(vn.emr.core.Languages.ENGLISH)).doesNotContain("bs.an");
    }

    @Test
    void anUntrustedSignatureIsStillReportedAsInvalidNotAsAuthorMismatch() {
        SignedHistory s = SignedHistory.sign(twoVersions(), v -> DsigTestPki.attackerKey());
        List<Issue> issues = s.verify(DsigTestPki.trust(), author -> List.of(DsigTestPki.ATTACKER_CERT)).issues();
        assertThat(issues).extracting(Issue::code).contains(TrustError.SIGNED_HISTORY_SIGNATURE_INVALID)
                .doesNotContain(TrustError.SIGNED_HISTORY_SIGNER_NOT_AUTHOR);
    }
}
