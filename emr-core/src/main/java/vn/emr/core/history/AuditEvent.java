package vn.emr.core.history;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the access and change log a host stores (append-only): who did what to which record version, when,
 * and why. Holds identifiers only, never clinical content.
 *
 * @param action what was done
 * @param actor who did it (user or practitioner identifier)
 * @param recordId the record
 * @param version the record version concerned (0 when not tied to a version)
 * @param at when, Vietnam local time
 * @param purpose why (free text, may be empty)
 */
public record AuditEvent(AuditAction action, String actor, String recordId, int version, LocalDateTime at,
        String purpose) {

    /** Checks the parts. */
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(at, "at");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        purpose = purpose == null ? "" : purpose;
    }

    /** An event about a record version. */
    public static AuditEvent of(AuditAction action, String actor, String recordId, int version, LocalDateTime at,
            String purpose) {
        return new AuditEvent(action, actor, recordId, version, at, purpose);
    }
}
