package vn.emr.core.history;

/** The actions an EMR must log (CV 365/TTYQG III.1.1 đ; reads included). */
public enum AuditAction {
    /** Someone viewed the record. */
    VIEW,
    /** The record was created. */
    CREATE,
    /** The record was amended. */
    AMEND,
    /** The record was cancelled. */
    CANCEL,
    /** The record was restored. */
    RESTORE,
    /** The record was printed. */
    PRINT,
    /** The record was exported (XML, JSON, PDF). */
    EXPORT,
    /** The record was signed. */
    SIGN
}
