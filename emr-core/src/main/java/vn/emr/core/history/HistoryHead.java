package vn.emr.core.history;

import java.util.Locale;
import java.util.Objects;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * The head of a {@link RecordHistory}: its version count and the digest of its last version. This is the value a host
 * stores apart from the versions (or signs) after each change, and passes to
 * {@link RecordHistory#verifyChain(HistoryHead)} when it reloads the history: a chain that lost its last versions, or
 * ends anywhere else, no longer matches it.
 *
 * <p>Immutable. Its stable string form, {@link #asString()} and {@link #parse(String)}, is
 * {@code <count>:<64 lower-case hex digits>} (for example {@code 3:9f86d0…}); the digest is a hash of the version, not
 * personal data.
 */
public final class HistoryHead {

    private final int versionCount;
    private final String lastDigest;

    private HistoryHead(int versionCount, String lastDigest) {
        this.versionCount = versionCount;
        this.lastDigest = lastDigest;
    }

    /**
     * A head from its parts.
     *
     * @throws EmrException {@link CoreError#HISTORY_HEAD_FORMAT} if the count is below 1 or the digest is not 64 hex
     *     digits
     */
    public static HistoryHead of(int versionCount, String lastDigest) {
        if (versionCount < 1 || lastDigest == null || !lastDigest.matches("[0-9a-fA-F]{64}")) {
            throw new EmrException(CoreError.HISTORY_HEAD_FORMAT, "head");
        }
        return new HistoryHead(versionCount, lastDigest.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the string form {@code <count>:<64 hex digits>} written by {@link #asString()}.
     *
     * @throws EmrException {@link CoreError#HISTORY_HEAD_FORMAT} if the text has any other shape
     */
    public static HistoryHead parse(String text) {
        if (text == null || text.length() > 80) {
            throw new EmrException(CoreError.HISTORY_HEAD_FORMAT, "head");
        }
        int colon = text.indexOf(':');
        String count = colon < 0 ? "" : text.substring(0, colon);
        if (!count.matches("[1-9][0-9]{0,8}")) {
            throw new EmrException(CoreError.HISTORY_HEAD_FORMAT, "head");
        }
        return of(Integer.parseInt(count), text.substring(colon + 1));
    }

    /** The number of versions. */
    public int versionCount() {
        return versionCount;
    }

    /** The SHA-256 digest of the last version, 64 lower-case hex digits. */
    public String lastDigest() {
        return lastDigest;
    }

    /** The stable string form {@code <count>:<digest>}, read back by {@link #parse(String)}. */
    public String asString() {
        return versionCount + ":" + lastDigest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryHead other && versionCount == other.versionCount
                && lastDigest.equals(other.lastDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionCount, lastDigest);
    }

    /** The same as {@link #asString()}. */
    @Override
    public String toString() {
        return asString();
    }
}
