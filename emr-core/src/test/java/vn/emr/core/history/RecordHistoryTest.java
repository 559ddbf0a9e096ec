package vn.emr.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.Fixtures;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.Issue;

class RecordHistoryTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    private final MedicalRecord v1 = Fixtures.record();
    private final MedicalRecord v2 = v1.toBuilder().formCode("15/BV1").build();

    private RecordHistory fourVersions() {
        return RecordHistory.start(v1, "bs.an", T0)
                .amend(v2, "bs.an", "Sửa mã biểu mẫu", T0.plusHours(1))
                .cancel("ts.binh", "Nhập nhầm người bệnh", T0.plusHours(2))
                .restore("ts.binh", "Hủy nhầm", T0.plusHours(3));
    }

    @Test
    void changesAppendVersionsAndNeverLoseOldContent() {
        RecordHistory h = fourVersions();
        assertThat(h.versions()).extracting(RecordVersion::number).containsExactly(1, 2, 3, 4);
        assertThat(h.versions()).extracting(RecordVersion::action).containsExactly(VersionAction.CREATE,
                VersionAction.AMEND, VersionAction.CANCEL, VersionAction.RESTORE);
        assertThat(h.versions().get(0).record()).isEqualTo(v1);
        assertThat(h.current()).isEqualTo(v2);
        assertThat(h.versions().get(2).cancelled()).isTrue();
        assertThat(h.isCancelled()).isFalse();
        assertThat(h.verifyChain().issues()).isEmpty();
        assertThat(h.changeEvents()).extracting(AuditEvent::action).containsExactly(AuditAction.CREATE,
                AuditAction.AMEND, AuditAction.CANCEL, AuditAction.RESTORE);
    }

    @Test
    void digestIsSha256OfTheDocumentedCanonicalJson() throws Exception {
        RecordVersion first = RecordHistory.start(v1, "bs.an", T0).latest();
        String canonical = "{\"action\":\"CREATE\",\"at\":\"2026-03-02T09:00:00\",\"author\":\"bs.an\","
                + "\"cancelled\":false,\"number\":1,\"previousDigest\":\"\",\"reason\":\"\",\"record\":"
                + new String(EmrJson.canonical(v1), java.nio.charset.StandardCharsets.UTF_8) + "}";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(first.digest()).isEqualTo(expected).hasSize(64);
        assertThat(first.previousDigest()).isEmpty();
    }

    @Test
    void tamperingWithAnEarlierVersionIsDetected() {
        RecordHistory h = fourVersions();
        List<RecordVersion> stored = new ArrayList<>(h.versions());
        RecordVersion old = stored.get(1);
        MedicalRecord forged = old.record().toBuilder().formCode("16/BV1").build();
        stored.set(1, new RecordVersion(old.number(), old.action(), forged, old.author(), old.reason(), old.at(),
                old.cancelled(), old.previousDigest(), old.digest()));
        assertThat(RecordHistory.of(stored).verifyChain().errors()).extracting(Issue::path, Issue::codeString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("versions[1].digest", "EMR-CORE-0401"));
    }

    @Test
    void recomputingAForgedDigestBreaksTheNextLink() {
        List<RecordVersion> stored = new ArrayList<>(fourVersions().versions());
        RecordVersion old = stored.get(0);
        String newDigest = RecordHistory.digest(1, old.action(), v2, old.author(), old.reason(), old.at(), false, "");
        stored.set(0, new RecordVersion(1, old.action(), v2, old.author(), old.reason(), old.at(), false, "",
                newDigest));
        assertThat(RecordHistory.of(stored).verifyChain().errors()).extracting(Issue::path, Issue::codeString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("versions[1].previousDigest", "EMR-CORE-0402"));
    }

    @Test
    void removedOrReorderedVersionsAreDetected() {
        List<RecordVersion> stored = new ArrayList<>(fourVersions().versions());
        stored.remove(1);
        assertThat(RecordHistory.of(stored).verifyChain().errors()).extracting(Issue::codeString)
                .contains("EMR-CORE-0406", "EMR-CORE-0402");
    }

    @Test
    void amendmentsNeedAuthorReasonAndAnOpenRecord() {
        RecordHistory h = RecordHistory.start(v1, "bs.an", T0);
        assertThatThrownBy(() -> h.amend(v2, "bs.an", " ", T0.plusHours(1)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code()).isEqualTo("EMR-CORE-0403"));
        assertThatThrownBy(() -> h.amend(v2, "", "lý do", T0.plusHours(1)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.path()).isEqualTo("author"));
        RecordHistory cancelled = h.cancel("bs.an", "nhầm", T0.plusHours(1));
        assertThatThrownBy(() -> cancelled.amend(v2, "bs.an", "sửa", T0.plusHours(2)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code()).isEqualTo("EMR-CORE-0404"));
        assertThatThrownBy(() -> h.restore("bs.an", "x", T0.plusHours(1)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code()).isEqualTo("EMR-CORE-0405"));
        assertThatThrownBy(() -> h.amend(v2.toBuilder().recordId("OTHER").build(), "bs.an", "sửa", T0.plusHours(1)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code()).isEqualTo("EMR-CORE-0408"));
        assertThatThrownBy(() -> h.amend(v2, "bs.an", "sửa", T0.minusHours(1)))
                .isInstanceOfSatisfying(EmrException.class, e -> assertThat(e.code().code()).isEqualTo("EMR-CORE-0407"));
        assertThat(h.versions()).hasSize(1);
    }

    @Test
    void historiesRoundTripThroughJsonAndStillVerify() throws Exception {
        RecordHistory h = fourVersions();
        byte[] json = EmrJson.write(h.versions());
        RecordVersion[] back = EmrJson.read(json, RecordVersion[].class);
        RecordHistory reloaded = RecordHistory.of(List.of(back));
        assertThat(reloaded.versions()).isEqualTo(h.versions());
        assertThat(reloaded.verifyChain().isValid()).isTrue();
    }

    @Test
    void toStringShowsNoContent() {
        assertThat(fourVersions().latest().toString()).doesNotContain("Trần");
    }
}
