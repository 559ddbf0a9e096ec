package vn.emr.core.model.internal;

import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * Which JSON fields a model builder has already read, by field index, to refuse a field given twice (never silently
 * keep the last). No limit on the number of fields: indices 0-63 live in one {@code long}, higher ones in a lazily
 * grown array, so the common case costs one mask test and no allocation.
 */
public final class SeenFields {

    private long first;
    private long[] more;

    /** An empty set. */
    public SeenFields() {
    }

    /**
     * Marks field {@code index} as read.
     *
     * @throws EmrException {@link CoreError#JSON_DUPLICATE_FIELD} at path {@code field} if it was read before
     */
    public void mark(int index, String field) {
        if (index < 0) {
            throw new IllegalArgumentException("index < 0");
        }
        if (index < 64) {
            long bit = 1L << index;
            if ((first & bit) != 0) {
                throw duplicate(field);
            }
            first |= bit;
            return;
        }
        int word = (index >>> 6) - 1;
        if (more == null) {
            more = new long[word + 1];
        } else if (word >= more.length) {
            more = java.util.Arrays.copyOf(more, word + 1);
        }
        long bit = 1L << (index & 63);
        if ((more[word] & bit) != 0) {
            throw duplicate(field);
        }
        more[word] |= bit;
    }

    private static EmrException duplicate(String field) {
        return new EmrException(CoreError.JSON_DUPLICATE_FIELD, field, field);
    }
}
