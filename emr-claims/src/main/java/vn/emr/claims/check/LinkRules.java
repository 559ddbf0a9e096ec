package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.CROSS_TABLE;
import static vn.emr.core.Severity.ERROR;

import java.util.List;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;

/** Linking within an episode: {@code MA_LK} in every row, {@code STT} numbering ({@code domain/claims.md} §3.3). */
final class LinkRules {

    static final Rule MA_LK = Rule.episode("LINK.MA_LK", CROSS_TABLE, ERROR,
            RuleSource.decision("QĐ 130 PL, MA_LK: the same key in XML1 and every row of XML2-XML15 of the episode"),
            LinkRules::maLk);

    static final Rule STT = Rule.episode("LINK.STT", CROSS_TABLE, ERROR,
            RuleSource.decision("QĐ 130 PL, STT: numbered from 1 upwards within a submission"),
            LinkRules::stt);

    static final List<Rule> ALL = List.of(MA_LK, STT);

    private LinkRules() {
    }

    private static void maLk(Episode ep, CheckContext c, Findings out) {
        if (ep.maLk.isEmpty()) {
            return;
        }
        for (var entry : ep.tables().entrySet()) {
            List<TableRecord> rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                String k = Values.text(rows.get(i), F.MA_LK);
                if (k != null && !k.equals(ep.maLk)) {
                    out.report(MA_LK, ep.path(entry.getKey(), i + 1, "MA_LK"), MessageArg.field(entry.getKey().name()));
                }
            }
        }
    }

    private static void stt(Episode ep, CheckContext c, Findings out) {
        for (var entry : ep.tables().entrySet()) {
            ClaimsTable t = entry.getKey();
            if (!t.repeated() || t == ClaimsTable.XML0) {
                continue;
            }
            List<TableRecord> rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                String stt = Values.text(rows.get(i), F.STT);
                if (stt != null && !stt.equals(Integer.toString(i + 1))) {
                    out.report(STT, ep.path(t, i + 1, "STT"), MessageArg.count(i + 1));
                    break;
                }
            }
        }
    }

    /** The fields read here, each position resolved once per declaration. */
    private static final class F {
        static final Values.Field MA_LK = new Values.Field("MA_LK");
        static final Values.Field STT = new Values.Field("STT");
    }
}
