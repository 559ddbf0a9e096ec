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
}
