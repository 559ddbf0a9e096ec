package vn.emr.claims.table;

import java.util.Random;
import vn.emr.claims.catalogue.FieldSpec;

/** Lets tests of other packages draw valid random values as TableDocumentTest does. */
public final class TableDocumentTestAccess {

    private TableDocumentTestAccess() {
    }

    /** A random value that passes the field's rules and fits its size, or null when none was found. */
    public static String fitting(FieldSpec f, Random random) {
        return TableDocumentTest.fitting(f, random);
    }

    /** A record holding exactly these values (in official order), unchecked: for files that break rules. */
    public static TableRecord unchecked(vn.emr.claims.catalogue.TableSpec spec, java.util.Map<String, String> values) {
        String[] v = new String[spec.fields().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(spec.fields().get(i).name());
        }
        return TableRecord.unchecked(spec, v);
    }
}
