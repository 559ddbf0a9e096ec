package vn.emr.claims.check;

import java.io.Serializable;
import java.util.Objects;
import vn.emr.core.Severity;

/**
 * One finding of the claims checks: which rule, how serious, where, and why in Vietnamese and English. Messages name
 * amounts, dates, codes and field names only, never a name, an ID number or free text; {@code path} names the table,
 * the episode's {@code MA_LK}, the row (from 1) and the field, e.g. {@code XML2[MA_LK=2611010001][3].THANH_TIEN_BH}.
 *
 * @param file the file the issue was found in (its name as given, empty for an episode checked in memory)
 * @param rule the rule's id, e.g. {@code XML1.T_BHTT.FORMULA}
 * @param severity {@code ERROR} when the portal or the assessor refuses, {@code WARNING} when likely refused
 * @param path where
 * @param message the Vietnamese message
 * @param messageEn the English message
 * @param source the rule's source, as {@link RuleSource#toString()} gives it
 */
public record ClaimsIssue(String file, String rule, Severity severity, String path, String message, String messageEn,
        String source) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the parts. */
    public ClaimsIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(source, "source");
    }

    /** The same issue attributed to a file. */
    public ClaimsIssue inFile(String name) {
        return new ClaimsIssue(name, rule, severity, path, message, messageEn, source);
    }
}
