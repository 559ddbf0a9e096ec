/**
 * The money of the claims file: the per-line formulas of XML2/XML3 ({@link vn.emr.claims.money.LineMoney}), the XML1
 * totals ({@link vn.emr.claims.money.EpisodeTotals}), benefit rates, special service rates and the dated base salary.
 */
package vn.emr.claims.money;
