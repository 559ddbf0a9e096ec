package vn.emr.core.model;

/** Whether a diagnosis is the main one (MA_BENH_CHINH) or a secondary one (MA_BENH_KT, at most 12). */
public enum DiagnosisRole {
    /** The main diagnosis; exactly one per encounter. */
    MAIN,
    /** A secondary diagnosis; at most 12 per encounter. */
    SECONDARY
}
