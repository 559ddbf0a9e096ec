package vn.emr.core;

/** How serious a reported issue is: an {@code ERROR} makes the input invalid, a {@code WARNING} does not. */
public enum Severity {
    /** The input is invalid. */
    ERROR,
    /** The input is accepted but something deserves a look (for example a cross-check between card fields fails). */
    WARNING,
    /** Information only. */
    INFO
}
