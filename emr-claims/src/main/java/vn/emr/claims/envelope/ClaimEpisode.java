package vn.emr.claims.envelope;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;

/**
 * One episode of care as a claims file carries it (one {@code HOSO}): its tables, each a list of records, in
 * ascending table order. Immutable; {@code toString()} shows only which tables it holds.
 */
public final class ClaimEpisode {

    private final Map<ClaimsTable, List<TableRecord>> tables;

    private ClaimEpisode(Map<ClaimsTable, List<TableRecord>> tables) {
        this.tables = tables;
    }

    /**
     * The episode of these tables, checked as a sender must: XML1 present with its {@code MA_LK}, no check-in (XML0) or
     * portal (XML12) table, and the {@code MA_LK} of every row equal to XML1's.
     *
     * @throws EmrException {@link ClaimsError#EPISODE_NO_SUMMARY}, {@link ClaimsError#EPISODE_TABLE_NOT_SENT},
     *     {@link ClaimsError#EPISODE_LINK}
     */
    public static ClaimEpisode of(Map<ClaimsTable, List<TableRecord>> tables) {
        ClaimEpisode e = copy(tables);
        List<TableRecord> summary = e.tables.get(ClaimsTable.XML1);
        if (summary == null || summary.size() != 1) {
            throw new EmrException(ClaimsError.EPISODE_NO_SUMMARY, "XML1");
        }
        for (ClaimsTable t : e.tables.keySet()) {
            if (t == ClaimsTable.XML0 || t == ClaimsTable.XML12) {
                throw new EmrException(ClaimsError.EPISODE_TABLE_NOT_SENT, t.name(), t.name());
            }
        }
        Optional<String> maLk = e.maLk();
        if (maLk.isEmpty()) {
            throw new EmrException(ClaimsError.EPISODE_LINK, "XML1/MA_LK");
        }
        for (Map.Entry<ClaimsTable, List<TableRecord>> entry : e.tables.entrySet()) {
            for (TableRecord r : entry.getValue()) {
                if (!r.get("MA_LK").equals(maLk)) {
                    throw new EmrException(ClaimsError.EPISODE_LINK, entry.getKey().name() + "/MA_LK");
                }
            }
        }
        return e;
    }

    /** The episode as read from a file, unchecked (the claims checks report what it breaks). */
    static ClaimEpisode read(Map<ClaimsTable, List<TableRecord>> tables) {
        return copy(tables);
    }

    private static ClaimEpisode copy(Map<ClaimsTable, List<TableRecord>> tables) {
        Map<ClaimsTable, List<TableRecord>> copy = new EnumMap<>(ClaimsTable.class);
        tables.forEach((t, records) -> {
            for (TableRecord r : records) {
                if (r.table() != Objects.requireNonNull(t, "table")) {
                    throw new EmrException(ClaimsError.FILE_TABLE_MISMATCH, t.name(), t.name());
                }
            }
            copy.put(t, List.copyOf(records));
        });
        return new ClaimEpisode(Collections.unmodifiableMap(copy));
    }

    /** The episode key: XML1's {@code MA_LK}. */
    public Optional<String> maLk() {
        List<TableRecord> summary = tables.get(ClaimsTable.XML1);
        return summary == null || summary.isEmpty() ? Optional.empty() : summary.get(0).get("MA_LK");
    }

    /** The tables, in ascending order. */
    public Map<ClaimsTable, List<TableRecord>> tables() {
        return tables;
    }

    /** One table's records, empty when the episode has none. */
    public List<TableRecord> table(ClaimsTable table) {
        return tables.getOrDefault(table, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimEpisode e && e.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    @Override
    public String toString() {
        return "ClaimEpisode" + tables.keySet();
    }
}
