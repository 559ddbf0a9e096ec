package vn.emr.claims.check;

import static vn.emr.claims.check.RuleLayer.STRUCTURE;
import static vn.emr.core.Severity.ERROR;
import static vn.emr.core.Severity.WARNING;

import java.util.List;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldSpec;
import vn.emr.claims.catalogue.FieldSpec.Requirement;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;
import vn.emr.claims.table.TableScan;
import vn.emr.core.ErrorCode;
import vn.emr.core.validation.Issue;

/**
 * The structure layer: the envelope, the tables an episode carries, and each field against the profile's catalogue
 * (names, order, mandatory fields, types, sizes and forms). The reader reports most of them while reading.
 */
final class StructureRules {

    private static final RuleSource CV1245 = RuleSource.decision("CV 1245/BHXH-CNTT §3.4 (GIAMDINHHS template); QĐ 130 Điều 1");
    /** The decision's encoding, also of each table inside the envelope (claims.md §1.3). */
    static final RuleSource UTF8 = RuleSource.decision(
            "QĐ 130 Điều 1: Unicode 8-bit (UTF-8), XML; CV 1245 §3.4: NOIDUNGFILE is base64 of the UTF-8 bytes");
    private static final RuleSource CATALOGUE =
            RuleSource.decision("QĐ 130 PL as amended by QĐ 4750 (field list: name, order, type, size)");
    private static final RuleSource CTN_MANDATORY = RuleSource.portal("CTN sheet, column 'Bắt buộc' (mandatory)");

    static final Rule ENVELOPE_MALFORMED = Rule.read("ENVELOPE.MALFORMED", STRUCTURE, ERROR, CV1245);
    static final Rule ENVELOPE_ROOT = Rule.read("ENVELOPE.ROOT", STRUCTURE, ERROR, CV1245);
    static final Rule ENVELOPE_STRUCTURE = Rule.read("ENVELOPE.STRUCTURE", STRUCTURE, ERROR, CV1245);
    static final Rule ENVELOPE_NGAYLAP = Rule.read("ENVELOPE.NGAYLAP.DATE", STRUCTURE, ERROR, CV1245);
    static final Rule ENVELOPE_COUNT = Rule.read("ENVELOPE.SOLUONGHOSO.COUNT", STRUCTURE, ERROR,
            RuleSource.decision("CV 1245 §3.4: SOLUONGHOSO = the number of HOSO"));
    static final Rule ENVELOPE_EMPTY = Rule.read("ENVELOPE.EMPTY", STRUCTURE, ERROR, CV1245);
    static final Rule ENVELOPE_FACILITY = Rule.read("ENVELOPE.MACSKCB.XML1", STRUCTURE, ERROR,
            RuleSource.decision("CV 1245 §3.4: MACSKCB is the facility sending its own episodes (XML1.MA_CSKCB)"));
    static final Rule FILE_TYPE_UNKNOWN = Rule.read("HOSO.LOAIHOSO.UNKNOWN", STRUCTURE, ERROR, CV1245);
    static final Rule FILE_TYPE_REPEATED = Rule.read("HOSO.LOAIHOSO.REPEATED", STRUCTURE, ERROR, CV1245);
    static final Rule FILE_TYPE_NOT_SENT = Rule.read("HOSO.LOAIHOSO.NOT_SENT", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 Điều 2: XML12 is entered on the portal; the check-in table goes on its own"));
    static final Rule FILE_BASE64 = Rule.read("HOSO.NOIDUNGFILE.BASE64", STRUCTURE, ERROR,
            RuleSource.decision("CV 1245 §3.4: NOIDUNGFILE is the base64 of the table document"));
    static final Rule FILE_ORDER = Rule.read("HOSO.FILEHOSO.ORDER", STRUCTURE, WARNING,
            RuleSource.decision("CV 1245 §3.4: FILEHOSO in ascending order of tables"));
    static final Rule EPISODE_NO_SUMMARY = Rule.read("HOSO.XML1.MISSING", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 PL: XML1 is the summary of every episode"));
    static final Rule TABLE_NOT_IN_PROFILE = Rule.read("HOSO.TABLE.NOT_IN_PROFILE", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 4750 added XML13, XML14 and XML15 (claims from 2024-07-01)"));
    static final Rule TABLE_MALFORMED = Rule.read("TABLE.MALFORMED", STRUCTURE, ERROR, CV1245);
    static final Rule TABLE_ENCODING = Rule.read("TABLE.ENCODING", STRUCTURE, ERROR, UTF8);
    static final Rule TABLE_ROOT = Rule.read("TABLE.ROOT", STRUCTURE, ERROR,
            RuleSource.decision("CV 1245 §3.4: the document's root is the table its LOAIHOSO names"));
    static final Rule TABLE_ELEMENT = Rule.read("TABLE.ELEMENT", STRUCTURE, ERROR, CATALOGUE);
    static final Rule TABLE_STRAY = Rule.read("TABLE.STRAY_CONTENT", STRUCTURE, ERROR, CATALOGUE);
    static final Rule FIELD_UNKNOWN = Rule.read("FIELD.UNKNOWN", STRUCTURE, ERROR, CATALOGUE);
    static final Rule FIELD_REPEATED = Rule.read("FIELD.REPEATED", STRUCTURE, ERROR, CATALOGUE);
    static final Rule FIELD_ORDER = Rule.read("FIELD.ORDER", STRUCTURE, WARNING, CATALOGUE);
    static final Rule FIELD_MANDATORY = Rule.read("FIELD.MANDATORY", STRUCTURE, ERROR, CTN_MANDATORY);
    static final Rule FIELD_SIZE = Rule.read("FIELD.SIZE", STRUCTURE, ERROR, CATALOGUE);
    static final Rule FIELD_TYPE = Rule.read("FIELD.NUMBER", STRUCTURE, ERROR, CATALOGUE);
    static final Rule FIELD_DATE = Rule.read("FIELD.DATE", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 PL: dates yyyyMMdd, 8 characters"));
    static final Rule FIELD_DATE_TIME = Rule.read("FIELD.DATE_TIME", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 PL: date-times yyyyMMddHHmm, 12 characters, 24-hour clock"));
    static final Rule FIELD_DECIMALS = Rule.read("FIELD.DECIMALS", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 PL: amounts 2 decimals, unit prices and quantities 3"));
    static final Rule FIELD_SPACES = Rule.read("FIELD.SPACES", STRUCTURE, ERROR, CATALOGUE);
    static final Rule FIELD_CHARACTERS = Rule.read("FIELD.CHARACTERS", STRUCTURE, ERROR,
            RuleSource.decision("QĐ 130 Điều 1: UTF-8 XML (no control characters)"));

    /** Every rule of the layer, in the order RULES.md lists them. */
    static final List<Rule> ALL = List.of(ENVELOPE_MALFORMED, ENVELOPE_ROOT, ENVELOPE_STRUCTURE, ENVELOPE_NGAYLAP,
            ENVELOPE_COUNT, ENVELOPE_EMPTY, ENVELOPE_FACILITY, FILE_TYPE_UNKNOWN, FILE_TYPE_REPEATED,
            FILE_TYPE_NOT_SENT, FILE_BASE64, FILE_ORDER, EPISODE_NO_SUMMARY, TABLE_NOT_IN_PROFILE, TABLE_MALFORMED, TABLE_ENCODING,
            TABLE_ROOT, TABLE_ELEMENT, TABLE_STRAY, FIELD_UNKNOWN, FIELD_REPEATED, FIELD_ORDER, FIELD_MANDATORY,
            FIELD_SIZE, FIELD_TYPE, FIELD_DATE, FIELD_DATE_TIME, FIELD_DECIMALS, FIELD_SPACES, FIELD_CHARACTERS);

    private StructureRules() {
    }

    /** A scan's structural problems, at their rows. */
    static void problems(Episode ep, ClaimsTable table, List<TableScan.Problem> problems, Findings out) {
        for (TableScan.Problem p : problems) {
            String path = ep.path(table, p.row(), p.field());
            switch (p.kind()) {
                case MALFORMED -> out.report(TABLE_MALFORMED, path, MessageArg.field(table.name()));
                case ENCODING -> out.report(TABLE_ENCODING, path, MessageArg.field(table.name()));
                case ROOT -> out.report(TABLE_ROOT, path, MessageArg.field(table.name()));
                case ELEMENT -> out.report(TABLE_ELEMENT, path, MessageArg.field(table.name()));
                case STRAY_CONTENT -> out.report(TABLE_STRAY, path, MessageArg.field(table.name()));
                case FIELD_UNKNOWN -> out.report(FIELD_UNKNOWN, path, MessageArg.field(table.name()));
                case FIELD_REPEATED -> out.report(FIELD_REPEATED, path, MessageArg.field(p.field()));
                case FIELD_ORDER -> out.report(FIELD_ORDER, path, MessageArg.field(p.field()));
            }
        }
    }

    /** Every field of every row against the catalogue: mandatory, size, type and form. */
    static void fields(Episode ep, Findings out) {
        for (var entry : ep.tables().entrySet()) {
            ClaimsTable table = entry.getKey();
            List<TableRecord> rows = entry.getValue();
            for (int r = 0; r < rows.size(); r++) {
                TableRecord rec = rows.get(r);
                List<FieldSpec> fields = rec.spec().fields();
                for (int i = 0; i < fields.size(); i++) {
                    FieldSpec f = fields.get(i);
                    String value = rec.textAt(i);
                    if (value.isEmpty()) {
                        if (f.requirement() == Requirement.MANDATORY) {
                            out.report(FIELD_MANDATORY, ep.path(table, r + 1, f.name()), MessageArg.field(f.name()));
                        }
                        continue;
                    }
                    List<Issue> found = FieldRules.check(f, value, "");
                    for (int k = 0; k < found.size(); k++) {
                        report(ep.path(table, r + 1, f.name()), f, found.get(k).code(), out);
                    }
                }
            }
        }
    }

    private static void report(String path, FieldSpec f, ErrorCode code, Findings out) {
        MessageArg name = MessageArg.field(f.name());
        if (code == ClaimsError.FIELD_TOO_LONG) {
            out.report(FIELD_SIZE, path, name, MessageArg.count(f.maxLength().orElse(0)));
        } else if (code == ClaimsError.FIELD_NOT_A_NUMBER) {
            out.report(FIELD_TYPE, path, name);
        } else if (code == ClaimsError.FIELD_DATE) {
            out.report(FIELD_DATE, path, name);
        } else if (code == ClaimsError.FIELD_DATE_TIME) {
            out.report(FIELD_DATE_TIME, path, name);
        } else if (code == ClaimsError.FIELD_DECIMALS) {
            out.report(FIELD_DECIMALS, path, name,
                    MessageArg.count(f.format() == FieldSpec.ValueFormat.DECIMAL_3 ? 3 : 2));
        } else if (code == ClaimsError.FIELD_SPACES) {
            out.report(FIELD_SPACES, path, name);
        } else {
            out.report(FIELD_CHARACTERS, path, name);
        }
    }
}
