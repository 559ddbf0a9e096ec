package vn.emr.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.model.Fixtures;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.Issue;

class HistoryHeadTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    private final MedicalRecord v1 = Fixtures.record();
    private final MedicalRecord v2 = v1.toBuilder().formCode("15/BV1").build();

    private RecordHistory threeVersions() {
        return RecordHistory.start(v1, "bs.an", T0)
                .amend(v2, "bs.an", "Sửa mã biểu mẫu", T0.plusHours(1))
                .cancel("ts.binh", "Nhập nhầm người bệnh", T0.plusHours(2));
    }

    @Test
    void headIsTheCountAndLastDigestWithAStableStringForm() {
        RecordHistory h = threeVersions();
        HistoryHead head = h.head();
        assertThat(head.versionCount()).isEqualTo(3);
        assertThat(head.lastDigest()).isEqualTo(h.latest().digest());
        assertThat(head.asString()).isEqualTo("3:" + h.latest().digest()).isEqualTo(head.toString());
        assertThat(HistoryHead.parse(head.asString())).isEqualTo(head);
        assertThat(HistoryHead.parse(head.asString().toUpperCase())).isEqualTo(head);
        assertThat(h.verifyChain(head).issues()).isEmpty();
    }

    @Test
    void truncationIsDetectedWithTheHeadButNotWithoutIt() {
        RecordHistory h = threeVersions();
        HistoryHead stored = h.head();
        RecordHistory truncated = RecordHistory.of(h.versions().subList(0, 2));
        assertThat(truncated.verifyChain().issues()).as("plain verifyChain cannot see truncation").isEmpty();
        assertThat(truncated.verifyChain(stored).issues()).extracting(Issue::codeString)
                .containsExactly("EMR-CORE-0410");
        assertThat(truncated.verifyChain(stored).issues().get(0).args()).containsExactly(2, 3);
    }

    @Test
    void aChainThatEndsElsewhereIsAHeadMismatch() {
        RecordHistory h = threeVersions();
        HistoryHead stored = RecordHistory.start(v1, "bs.an", T0).amend(v2, "bs.an", "x", T0.plusHours(1)).head();
        assertThat(h.verifyChain(stored).issues()).extracting(Issue::codeString).containsExactly("EMR-CORE-0411");
        HistoryHead sameCountOtherDigest = HistoryHead.of(3, "0".repeat(64));
        assertThat(h.verifyChain(sameCountOtherDigest).issues()).extracting(Issue::codeString)
                .containsExactly("EMR-CORE-0411");
    }

    @Test
    void aForgerWhoRecomputesTheDigestsPassesThePlainCheckButNotTheStoredHead() {
        RecordHistory h = threeVersions();
        HistoryHead stored = h.head();
        RecordHistory forged = forgeFirstVersion(h);
        assertThat(forged.verifyChain().issues()).as("the recipe is public: documented limit").isEmpty();
        assertThat(forged.verifyChain(stored).issues()).extracting(Issue::codeString)
                .containsExactly("EMR-CORE-0411");
    }

    /** Rewrites version 1's author and recomputes every digest with the public recipe, as a forger would. */
    static RecordHistory forgeFirstVersion(RecordHistory h) {
        List<RecordVersion> out = new ArrayList<>();
        String previous = "";
        for (RecordVersion v : h.versions()) {
            String author = v.number() == 1 ? "ke.gia.mao" : v.author();
            String digest = RecordHistory.digest(v.number(), v.action(), v.record(), author, v.reason(), v.at(),
                    v.cancelled(), previous);
            out.add(new RecordVersion(v.number(), v.action(), v.record(), author, v.reason(), v.at(), v.cancelled(),
                    previous, digest));
            previous = digest;
        }
        return RecordHistory.of(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "0:" + "ab", "3", "3:", "-1:aa", "3:xyz", "03:" + "a", "1 :a",
        "99999999999:0000000000000000000000000000000000000000000000000000000000000000"})
    void malformedStoredHeadsAreCodedErrors(String text) {
        EmrException e = catchThrowableOfType(EmrException.class, () -> HistoryHead.parse(text));
        assertThat(e.code()).isEqualTo(CoreError.HISTORY_HEAD_FORMAT);
        if (text.length() > 6) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void hugeAndNullHeadsAreCodedErrors() {
        assertThat(catchThrowableOfType(EmrException.class, () -> HistoryHead.parse("1:" + "a".repeat(1_000_000)))
                .code()).isEqualTo(CoreError.HISTORY_HEAD_FORMAT);
        assertThat(catchThrowableOfType(EmrException.class, () -> HistoryHead.parse(null)).code())
                .isEqualTo(CoreError.HISTORY_HEAD_FORMAT);
        assertThat(catchThrowableOfType(EmrException.class, () -> HistoryHead.of(0, "a".repeat(64))).code())
                .isEqualTo(CoreError.HISTORY_HEAD_FORMAT);
    }
}
