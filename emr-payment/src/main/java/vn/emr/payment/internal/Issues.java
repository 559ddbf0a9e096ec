package vn.emr.payment.internal;

import java.util.ArrayList;
import java.util.List;
import vn.emr.core.ErrorCode;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;

/** Collects parse issues; the path of each is the 0-based character (code point) position in the payload. */
public final class Issues {

    private final String payload;
    private final boolean surrogates;
    private final List<Issue> list = new ArrayList<>(4);
    private boolean errors;

    /** A collector for the payload. */
    public Issues(String payload, boolean surrogates) {
        this.payload = payload;
        this.surrogates = surrogates;
    }

    /** Records an error at the char index. */
    public void error(int charIndex, ErrorCode code, Object... args) {
        list.add(new Issue(Severity.ERROR, position(charIndex), code, List.of(args)));
        errors = true;
    }

    /** Records a departure from EMVCo/NAPAS that real generators write: an error when strict, else a warning. */
    public void departure(boolean strict, int charIndex, ErrorCode code, Object... args) {
        if (strict) {
            error(charIndex, code, args);
        } else {
            warning(charIndex, code, args);
        }
    }

    /** Records a warning at the char index. */
    public void warning(int charIndex, ErrorCode code, Object... args) {
        list.add(new Issue(Severity.WARNING, position(charIndex), code, List.of(args)));
    }

    private String position(int charIndex) {
        int p = surrogates ? payload.codePointCount(0, Math.min(charIndex, payload.length())) : charIndex;
        return Integer.toString(p);
    }

    /** Whether an error was recorded. */
    public boolean hasErrors() {
        return errors;
    }

    /** Whether an issue with the code was recorded. */
    public boolean has(ErrorCode code) {
        for (Issue i : list) {
            if (i.code() == code) {
                return true;
            }
        }
        return false;
    }

    /** Every issue, errors first, then warnings, each in order of discovery. */
    public List<Issue> all() {
        List<Issue> sorted = new ArrayList<>(list.size());
        for (Issue i : list) {
            if (i.severity() == Severity.ERROR) {
                sorted.add(i);
            }
        }
        for (Issue i : list) {
            if (i.severity() != Severity.ERROR) {
                sorted.add(i);
            }
        }
        return List.copyOf(sorted);
    }

    /** The warnings only. */
    public List<Issue> warnings() {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Issue> w = new ArrayList<>();
        for (Issue i : list) {
            if (i.severity() != Severity.ERROR) {
                w.add(i);
            }
        }
        return List.copyOf(w);
    }
}
