package vn.emr.core.history;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.emr.core.model.MedicalRecord;

/**
 * One immutable version of a medical record: its content, what the version did, who did it, why and when, whether
 * the record is cancelled from this version on, and the SHA-256 digests that chain it to the previous version.
 *
 * <p>The digest covers the canonical JSON of every other component (see {@link RecordHistory}), so changing any
 * part of an earlier version, including its content, breaks {@link RecordHistory#verifyChain()}.
 *
 * @param number the version number, from 1
 * @param action what this version did
 * @param record the record content as of this version
 * @param author who made the version
 * @param reason why (empty for the first version)
 * @param at when, Vietnam local time
 * @param cancelled whether the record is cancelled as of this version
 * @param previousDigest the previous version's digest in lower-case hex, empty for version 1
 * @param digest this version's digest in lower-case hex
 */
public record RecordVersion(int number, VersionAction action, MedicalRecord record, String author, String reason,
        LocalDateTime at, boolean cancelled, String previousDigest, String digest) {

    /** Checks that every part is present. */
    public RecordVersion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
        previousDigest = previousDigest == null ? "" : previousDigest;
        Objects.requireNonNull(digest, "digest");
    }

    @Override
    public String toString() {
        return "RecordVersion[" + number + " " + action + " at " + at + (cancelled ? ", cancelled" : "") + ", digest "
                + digest.substring(0, Math.min(12, digest.length())) + "...]";
    }
}
