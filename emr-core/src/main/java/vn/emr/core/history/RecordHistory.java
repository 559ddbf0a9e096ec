package vn.emr.core.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * A medical record as a chain of immutable versions: never deleted, never overwritten (Law 15/2023/QH15 art. 7.10;
 * Law 20/2023 on e-transactions art. 22.3.d: changes must be detectable).
 *
 * <p>A correction is a new version with author, reason and time; cancelling is a flag (the content stays readable);
 * restoring clears it. Each version's digest is SHA-256 over the canonical JSON (keys sorted, no whitespace, UTF-8)
 * of {@code {action, at, author, cancelled, number, previousDigest, reason, record}}, and each version carries its
 * predecessor's digest.
 *
 * <p>What each check guarantees (the digest recipe is public, so a digest alone proves nothing about who wrote it):
 * <ul>
 *   <li>{@link #verifyChain()} detects an accidental or naive change: an edited version whose digest was not
 *       recomputed, a removed or reordered version in the middle, broken numbering or time order. It does NOT detect
 *       truncation (dropping the last versions leaves a valid shorter chain) nor a forger who edits a version and
 *       recomputes every following digest with the public recipe.</li>
 *   <li>{@link #verifyChain(HistoryHead)} adds truncation and replacement: the host stores (or signs) the
 *       {@link #head()} after each change, away from the versions, and a chain that does not end at it is reported.
 *       It is only as strong as the place the head is kept: whoever can rewrite both the versions and the head can
 *       still forge.</li>
 *   <li>A signed history ({@code vn.emr.signature.SignedHistory} in {@code emr-signature}) adds authorship: each
 *       version's digest is signed by its author's key and verified against trust anchors, so a forger without the
 *       key cannot recompute the chain unnoticed.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: every change returns a new history.
 */
public final class RecordHistory {

    private final List<RecordVersion> versions;

    private RecordHistory(List<RecordVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /** Starts the history of a new record with version 1. */
    public static RecordHistory start(MedicalRecord record, String author, LocalDateTime at) {
        requireText(author, "author");
        return new RecordHistory(List.of(version(1, VersionAction.CREATE, record, author, "", at, false, "")));
    }

    /**
     * A history from stored versions (oldest first), as a host reloads it; call {@link #verifyChain()} to check it.
     *
     * @throws EmrException {@code EMR-CORE-0005} if the list is empty
     */
    public static RecordHistory of(List<RecordVersion> versions) {
        if (versions == null || versions.isEmpty()) {
            throw new EmrException(CoreError.REQUIRED, "versions");
        }
        return new RecordHistory(versions);
    }

    /**
     * Appends a correction.
     *
     * @throws EmrException if author or reason is blank ({@code EMR-CORE-0403}), the record is cancelled
     *     ({@code 0404}), the record identifier changes ({@code 0408}) or the time goes backwards ({@code 0407})
     */
    public RecordHistory amend(MedicalRecord record, String author, String reason, LocalDateTime at) {
        Objects.requireNonNull(record, "record");
        requireAmendment(author, reason);
        RecordVersion last = latest();
        if (last.cancelled()) {
            throw new EmrException(CoreError.HISTORY_CANCELLED, "");
        }
        if (!Objects.equals(record.recordId(), last.record().recordId())) {
            throw new EmrException(CoreError.HISTORY_IDENTITY_CHANGED, "recordId");
        }
        return append(VersionAction.AMEND, record, author, reason, at, false);
    }

    /** Flags the record as cancelled; its content stays readable. */
    public RecordHistory cancel(String author, String reason, LocalDateTime at) {
        requireAmendment(author, reason);
        if (latest().cancelled()) {
            throw new EmrException(CoreError.HISTORY_CANCELLED, "");
        }
        return append(VersionAction.CANCEL, latest().record(), author, reason, at, true);
    }

    /** Clears the cancelled flag. */
    public RecordHistory restore(String author, String reason, LocalDateTime at) {
        requireAmendment(author, reason);
        if (!latest().cancelled()) {
            throw new EmrException(CoreError.HISTORY_NOT_CANCELLED, "");
        }
        return append(VersionAction.RESTORE, latest().record(), author, reason, at, false);
    }

    private RecordHistory append(VersionAction action, MedicalRecord record, String author, String reason,
            LocalDateTime at, boolean cancelled) {
        Objects.requireNonNull(at, "at");
        RecordVersion last = latest();
        if (at.isBefore(last.at())) {
            throw new EmrException(CoreError.HISTORY_TIME_ORDER, "at", last.number() + 1);
        }
        List<RecordVersion> next = new ArrayList<>(versions);
        next.add(version(last.number() + 1, action, record, author, reason, at, cancelled, last.digest()));
        return new RecordHistory(next);
    }

    /** Every version, oldest first. */
    public List<RecordVersion> versions() {
        return versions;
    }

    /** The latest version. */
    public RecordVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The record content as of the latest version. */
    public MedicalRecord current() {
        return latest().record();
    }

    /** Whether the record is cancelled as of the latest version. */
    public boolean isCancelled() {
        return latest().cancelled();
    }

    /** The audit events of the changes in this history (create, amend, cancel, restore), oldest first. */
    public List<AuditEvent> changeEvents() {
        List<AuditEvent> events = new ArrayList<>();
        for (RecordVersion v : versions) {
            events.add(AuditEvent.of(AuditAction.valueOf(v.action().name()), v.author(), v.record().recordId(),
                    v.number(), v.at(), v.reason()));
        }
        return events;
    }

    /** The head of this history (version count and last digest): the value the host stores or signs. */
    public HistoryHead head() {
        return HistoryHead.of(versions.size(), latest().digest());
    }

    /**
     * Recomputes every digest and link, and checks that the chain ends at the head the host stored after its last
     * change. An empty report means the chain is intact and complete as of that head; besides the issues of
     * {@link #verifyChain()} it reports {@code EMR-CORE-0410} when versions were dropped (fewer versions than the
     * head) and {@code 0411} when the chain ends elsewhere (more versions, or a different last digest).
     */
    public ValidationReport verifyChain(HistoryHead expectedHead) {
        Objects.requireNonNull(expectedHead, "expectedHead");
        List<Issue> issues = new ArrayList<>(verifyChain().issues());
        if (versions.size() < expectedHead.versionCount()) {
            issues.add(Issue.error("versions", CoreError.HISTORY_TRUNCATED, versions.size(),
                    expectedHead.versionCount()));
        } else if (versions.size() != expectedHead.versionCount()
                || !MessageDigest.isEqual(latest().digest().getBytes(StandardCharsets.US_ASCII),
                        expectedHead.lastDigest().getBytes(StandardCharsets.US_ASCII))) {
            issues.add(Issue.error("versions", CoreError.HISTORY_HEAD_MISMATCH));
        }
        return ValidationReport.of(issues);
    }

    /**
     * Recomputes every digest and link. An empty report means the chain is internally consistent; otherwise each
     * broken version is reported ({@code EMR-CORE-0401} content changed, {@code 0402} link broken, {@code 0406}
     * numbering, {@code 0407} time order). It does NOT detect truncation (the last versions dropped) nor a forger who
     * recomputes the digests with the public recipe: use {@link #verifyChain(HistoryHead)} for the first and a signed
     * history for the second (see the class description).
     */
    public ValidationReport verifyChain() {
        List<Issue> issues = new ArrayList<>();
        String previous = "";
        LocalDateTime previousAt = null;
        for (int i = 0; i < versions.size(); i++) {
            RecordVersion v = versions.get(i);
            String path = "versions[" + i + "]";
            if (v.number() != i + 1) {
                issues.add(Issue.error(path + ".number", CoreError.HISTORY_SEQUENCE, v.number()));
            }
            if (!v.previousDigest().equals(previous)) {
                issues.add(Issue.error(path + ".previousDigest", CoreError.HISTORY_BROKEN_LINK, v.number()));
            }
            String expected = digest(v.number(), v.action(), v.record(), v.author(), v.reason(), v.at(),
                    v.cancelled(), v.previousDigest());
            if (!MessageDigest.isEqual(expected.getBytes(), v.digest().getBytes())) {
                issues.add(Issue.error(path + ".digest", CoreError.HISTORY_DIGEST_MISMATCH, v.number()));
            }
            if (previousAt != null && v.at().isBefore(previousAt)) {
                issues.add(Issue.error(path + ".at", CoreError.HISTORY_TIME_ORDER, v.number()));
            }
            previous = v.digest();
            previousAt = v.at();
        }
        return ValidationReport.of(issues);
    }

    private static RecordVersion version(int number, VersionAction action, MedicalRecord record, String author,
            String reason, LocalDateTime at, boolean cancelled, String previousDigest) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(at, "at");
        String digest = digest(number, action, record, author, reason, at, cancelled, previousDigest);
        return new RecordVersion(number, action, record, author, reason, at, cancelled, previousDigest, digest);
    }

    static String digest(int number, VersionAction action, MedicalRecord record, String author, String reason,
            LocalDateTime at, boolean cancelled, String previousDigest) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("action", action.name());
        content.put("at", at);
        content.put("author", author);
        content.put("cancelled", cancelled);
        content.put("number", number);
        content.put("previousDigest", previousDigest);
        content.put("reason", reason);
        content.put("record", record);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(EmrJson.canonical(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void requireAmendment(String author, String reason) {
        if (author == null || author.isBlank() || reason == null || reason.isBlank()) {
            throw new EmrException(CoreError.HISTORY_AMENDMENT_INCOMPLETE, author == null || author.isBlank()
                    ? "author" : "reason");
        }
    }

    private static void requireText(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new EmrException(CoreError.HISTORY_AMENDMENT_INCOMPLETE, path);
        }
    }

    @Override
    public String toString() {
        return "RecordHistory[" + versions.size() + " versions" + (isCancelled() ? ", cancelled" : "") + "]";
    }
}
