package vn.emr.claims.check;

/** The layer a claims rule belongs to, in the order a file is checked ({@code domain/claims.md} §3). */
public enum RuleLayer {
    /** Envelope, table and field structure: names, order, mandatory fields, types and sizes of the catalogue. */
    STRUCTURE,
    /** The form of a value and its membership of a code list or catalogue. */
    FORMAT,
    /** Agreement between fields, rows and tables of one episode: money formulas, totals, dates, links. */
    CROSS_TABLE
}
