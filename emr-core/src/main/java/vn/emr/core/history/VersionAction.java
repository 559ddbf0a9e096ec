package vn.emr.core.history;

/** What a record version did: create the record, amend it, cancel it (a flag, the content stays) or restore it. */
public enum VersionAction {
    /** The first version. */
    CREATE,
    /** A correction: new content with author, reason and time. */
    AMEND,
    /** The record is cancelled: still readable, flagged, content unchanged. */
    CANCEL,
    /** A cancelled record is restored. */
    RESTORE
}
