package vn.emr.claims.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/** One episode as the rules see it: its tables' rows (values as written, unchecked), its key and its place. */
final class Episode {

    /** The position of the episode's {@code HOSO} in the file, from 1. */
    final int ordinal;
    /**
     * The episode's key: XML1's {@code MA_LK}, unless every other row that has one (two at least) agrees on another key
     * (then XML1's is the one wrong, and LINK.MA_LK is reported once at XML1 rather than at every other row: audit finding 9 b);
     * without XML1 the first row's; else empty.
     */
    final String maLk;
    final ClaimsProfile profile;
    /** The envelope's {@code MACSKCB}; null for a table or check-in document on its own. */
    final String envelopeFacility;
    private final Map<ClaimsTable, List<TableRecord>> tables;
    /** The tables the episode sends but whose rows could not be read (bad base64, not XML, another table). */
    final java.util.Set<ClaimsTable> unreadable = java.util.EnumSet.noneOf(ClaimsTable.class);
    private final String shownKey;

    Episode(int ordinal, ClaimsProfile profile, String envelopeFacility, Map<ClaimsTable, List<TableRecord>> tables) {
        this.ordinal = ordinal;
        this.profile = profile;
        this.envelopeFacility = envelopeFacility;
        this.tables = new EnumMap<>(ClaimsTable.class);
        this.tables.putAll(tables);
        this.maLk = keyOf(this.tables);
        this.shownKey = shown(maLk);
    }

    private static String keyOf(Map<ClaimsTable, List<TableRecord>> tables) {
        List<TableRecord> xml1 = tables.get(ClaimsTable.XML1);
        if (xml1 != null && !xml1.isEmpty()) {
            String k = MA_LK.in(xml1.get(0));
            if (k != null) {
                String others = othersKey(tables, k);
                return others == null ? k : others;
            }
        }
        for (List<TableRecord> rows : tables.values()) {
            for (TableRecord r : rows) {
                String k = MA_LK.in(r);
                if (k != null) {
                    return k;
                }
            }
        }
        return "";
    }

    /**
     * The one key every row outside XML1 has when it differs from XML1's {@code key} and at least two rows have it (a
     * majority: with one other row, XML1 and that row are one against one, and the row is blamed as before); null when
     * a row has XML1's key, the rows have several keys, or fewer than two rows have one. Stops at the first row with
     * XML1's key, so a file whose rows agree reads one row.
     */
    private static String othersKey(Map<ClaimsTable, List<TableRecord>> tables, String key) {
        String other = null;
        int rows = 0;
        for (var e : tables.entrySet()) {
            if (e.getKey() == ClaimsTable.XML1) {
                continue;
            }
            for (TableRecord r : e.getValue()) {
                String k = MA_LK.in(r);
                if (k == null) {
                    continue;
                }
                if (k.equals(key)) {
                    return null;
                }
                if (other == null) {
                    other = k;
                } else if (!other.equals(k)) {
                    return null;
                }
                rows++;
            }
        }
        return rows >= 2 ? other : null;
    }

    /** The key as paths show it: at most 100 characters, no control characters or brackets. */
    private static String shown(String key) {
        StringBuilder b = new StringBuilder(Math.min(key.length(), 100));
        for (int i = 0; i < key.length() && i < 100; i++) {
            char c = key.charAt(i);
            b.append(c < 0x20 || c == 0x7f || c == '[' || c == ']' ? '?' : c);
        }
        return b.toString();
    }

    /** Whether the episode has the table. */
    boolean has(ClaimsTable table) {
        List<TableRecord> rows = tables.get(table);
        return rows != null && !rows.isEmpty();
    }

    /** The table's rows; empty when absent. */
    List<TableRecord> rows(ClaimsTable table) {
        List<TableRecord> rows = tables.get(table);
        return rows == null ? List.of() : rows;
    }

    /** The tables present. */
    Map<ClaimsTable, List<TableRecord>> tables() {
        return tables;
    }

    /** The summary row, or null. */
    TableRecord xml1() {
        List<TableRecord> rows = tables.get(ClaimsTable.XML1);
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * {@code XML2[MA_LK=k][3].FIELD}; a one-record table, or row 0 (the table as a whole), has no row index; an empty
     * field names the row.
     */
    String path(ClaimsTable table, int row, String field) {
        StringBuilder b = new StringBuilder(40).append(table.name()).append("[MA_LK=").append(shownKey).append(']');
        if (table.repeated() && row > 0) {
            b.append('[').append(row).append(']');
        }
        if (!field.isEmpty()) {
            b.append('.').append(field);
        }
        return b.toString();
    }

    private static final Values.Field MA_LK = new Values.Field("MA_LK");
    /** Marks a value read once and found not to be a number. */
    private static final Object NOT_A_NUMBER = new Object();
    private static final int TABLES = ClaimsTable.values().length;

    /** The numbers read so far: [table][row][field position], null until read; made on the first read. */
    private Object[][][] decimals;

    /**
     * The field of the table's row (from 0) as {@link Values#decimal(TableRecord, Values.Field)} reads it, read once
     * per episode however many rules ask: the money and totals rules read the same amounts of every line. An episode
     * is one check's, never shared between threads.
     */
    java.math.BigDecimal decimal(ClaimsTable table, int row, Values.Field field) {
        List<TableRecord> rows = rows(table);
        TableRecord r = rows.get(row);
        int p = field.position(r.spec());
        if (p < 0) {
            return null;
        }
        if (decimals == null) {
            decimals = new Object[TABLES][][];
        }
        Object[][] byRow = decimals[table.ordinal()];
        if (byRow == null) {
            byRow = new Object[rows.size()][];
            decimals[table.ordinal()] = byRow;
        }
        Object[] cells = byRow[row];
        if (cells == null) {
            cells = new Object[r.spec().fields().size()];
            byRow[row] = cells;
        }
        Object v = cells[p];
        if (v == null) {
            String text = r.textAt(p);
            java.math.BigDecimal d = Values.decimal(text.isEmpty() ? null : text);
            v = d == null ? NOT_A_NUMBER : d;
            cells[p] = v;
        }
        return v == NOT_A_NUMBER ? null : (java.math.BigDecimal) v;
    }

    /** The field's value as written, null when absent, empty or not a field of the record's table. */
    static String v(TableRecord r, String field) {
        int i = r.spec().indexOf(field);
        return i < 0 ? null : r.get(i).orElse(null);
    }
}
