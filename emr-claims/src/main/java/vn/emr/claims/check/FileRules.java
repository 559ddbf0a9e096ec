package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;

import java.util.List;

/**
 * Rules over a whole file rather than one episode, applied by the checker's reading: the same episode sent twice in
 * one {@code GIAMDINHHS} ({@code domain/claims.md} §3.6, duplicate records among the assessors' usual refusals).
 */
final class FileRules {

    static final Rule EPISODE_REPEATED = Rule.read("HOSO.MA_LK.REPEATED", CROSS_TABLE, ERROR,
            RuleSource.practice("claims.md §3.6: duplicate records of one episode are refused (DHG"
                    + " dhg.hospitalprescription#341); QĐ 130 PL, MA_LK: the key is unique to one episode"));

    static final List<Rule> ALL = List.of(EPISODE_REPEATED);

    private FileRules() {
    }
}
