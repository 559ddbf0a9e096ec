package vn.emr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.code.Catalogues;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.prescription.DrugClassifier;
import vn.emr.core.prescription.Prescription;
import vn.emr.core.prescription.PrescriptionCode;
import vn.emr.core.prescription.PrescriptionCodes;
import vn.emr.core.prescription.PrescriptionOptions;
import vn.emr.core.prescription.PrescriptionPolicy;
import vn.emr.core.prescription.PrescriptionType;
import vn.emr.core.prescription.PrescriptionValidator;
import vn.emr.core.prescription.RecordPrescriptions;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * {@code emr prescription}: the national e-prescription of Decision 808/QD-BYT ({@code gui-don-thuoc} JSON); its
 * subcommand {@code build} makes the prescriptions of a medical record, {@code validate} checks prescriptions against
 * the rules of {@code docs/e-prescription.md}.
 */
@Command(name = "prescription", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "National e-prescriptions (gui-don-thuoc JSON, Decision 808/QD-BYT).",
        subcommands = {PrescriptionCommand.Build.class, PrescriptionCommand.Validate.class})
public final class PrescriptionCommand {

    private PrescriptionCommand() {
    }

    /** The JSON summary of one prescription's report: its code and type (never other input), validity, issues. */
    static Map<String, Object> entry(Optional<String> code, Optional<String> type, ValidationReport report,
            java.util.Locale locale) {
        Map<String, Object> o = CliJson.object();
        o.put("code", code.orElse(null));
        o.put("type", type.orElse(null));
        o.put("valid", report.isValid());
        o.put("errors", CliJson.issues(report.errors(), locale, true));
        o.put("warnings", CliJson.issues(report.warnings(), locale, true));
        o.put("droppedIssues", report.droppedIssues());
        return o;
    }

    /**
     * {@code emr prescription build [--json] --record RECORD.json [--type c|n|h|y|LINE=c|n|h|y ...] [--days N]
     * [--weight KG] [--guardian TEXT] [--pseudonym TEXT] [--out FILE]}: the e-prescriptions of the record's encounter,
     * one per type, each with a new code (5-character facility code, 7 characters from a {@code SecureRandom},
     * {@code -}, the type), checked by the rules before anything is written.
     *
     * <p>Valid: exit 0; with {@code --out} the file holds the one prescription's JSON object, or a JSON list when the
     * encounter needs several; without it the JSON goes to stdout. With {@code --json}
     * {@code {"valid":true,"out","prescriptions":[{"code","type","valid","errors","warnings","droppedIssues","items"}]}}
     * (each entry also has {@code "body"}, the prescription, when there is no {@code --out}). A rule broken: exit 1
     * with the same object, {@code "valid":false}, nothing written.
     */
    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = {"Build the e-prescriptions (gui-don-thuoc JSON) of a medical record's encounter, one per type.",
                "Lines are of type c unless --type says otherwise."})
    public static final class Build extends JsonCommand {

        @Option(names = "--record", required = true, paramLabel = "RECORD.json",
                description = "A medical record in the documented JSON form.")
        Path record;

        @Option(names = "--type", paramLabel = "c|n|h|y|LINE=c|n|h|y",
                description = {"The prescription type of every medication line (default c), or of the line with this "
                        + "lineId (LINE=TYPE); repeatable. c conventional, n narcotic, h psychotropic or precursor, "
                        + "y traditional medicine."})
        List<String> types;

        @Option(names = "--days", paramLabel = "N",
                description = "Days of supply of each prescription; default: until the follow-up appointment.")
        Integer days;

        @Option(names = "--weight", paramLabel = "KG", description = "The patient's weight (required under 72 months).")
        BigDecimal weight;

        @Option(names = "--guardian", paramLabel = "TEXT",
                description = "The accompanying person of a child under 72 months: name, phone, address.")
        String guardian;

        @Option(names = "--pseudonym", paramLabel = "TEXT",
                description = "The name written instead of an HIV/AIDS patient's own (required for such a record).")
        String pseudonym;

        @Option(names = "--out", paramLabel = "FILE.json", description = "Where to write (completely or not at all).")
        Path out;

        @Override
        protected int execute() {
            if (days != null && (days < 1 || days > 3650)) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--days", "--days");
            }
            if (weight != null && weight.signum() <= 0) {
                // like --days: an option value no prescription can carry is a usage error, not a rule of the file
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--weight", "--weight");
            }
            DrugClassifier classifier = classifier();
            MedicalRecord r = EmrJson.read(CliFiles.read(record), MedicalRecord.class);
            PrescriptionOptions options = PrescriptionOptions.builder().days(days).weightKg(weight).guardian(guardian)
                    .hivPseudonym(pseudonym).icd10(Catalogues.bundledIcd10()).build();
            List<Prescription> list = RecordPrescriptions.build(r, classifier, PrescriptionCodes.inMemory(), options);
            PrescriptionValidator validator = PrescriptionValidator.of(PrescriptionPolicy.builder()
                    .facilityCode(r.facility().code()).build());
            boolean valid = true;
            List<Map<String, Object>> entries = new ArrayList<>();
            List<ValidationReport> reports = new ArrayList<>();
            for (Prescription p : list) {
                ValidationReport report = validator.validate(p);
                reports.add(report);
                valid &= report.isValid();
                Map<String, Object> e = entry(Optional.of(p.code().value()), Optional.of(p.type().code()), report,
                        locale());
                e.put("items", p.items().size());
                entries.add(e);
            }
            byte[] bytes = null;
            if (valid) {
                JsonNode document = list.size() == 1 ? list.get(0).toJsonTree() : array(list);
                bytes = EmrJson.writePretty(document).getBytes(StandardCharsets.UTF_8);
                if (out != null) {
                    CliFiles.writeAtomically(out, bytes);
                } else if (json()) {
                    for (int i = 0; i < list.size(); i++) {
                        entries.get(i).put("body", list.get(i).toJsonTree());
                    }
                }
            }
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("valid", valid);
                o.put("out", valid && out != null ? out.toString() : null);
                o.put("prescriptions", entries);
                printJson(o);
            } else if (!valid) {
                out().println("invalid");
                for (int i = 0; i < list.size(); i++) {
                    for (Issue issue : reports.get(i).issues()) {
                        out().println(list.get(i).code() + " " + describe(issue));
                    }
                }
                out().flush();
            } else if (out != null) {
                StringBuilder line = new StringBuilder(out.toString()).append(": ").append(list.size())
                        .append(" prescription(s)");
                list.forEach(p -> line.append(' ').append(p.code()));
                out().println(line);
                out().flush();
            } else {
                out().println(new String(bytes, StandardCharsets.UTF_8));
                out().flush();
            }
            return valid ? EmrCli.OK : EmrCli.INVALID;
        }

        private static ArrayNode array(List<Prescription> list) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            list.forEach(p -> a.add(p.toJsonTree()));
            return a;
        }

        /** {@code --type c} for every line, {@code --type T2=n} for one line; at most one value without a line. */
        private DrugClassifier classifier() {
            PrescriptionType otherwise = null;
            Map<String, PrescriptionType> byLine = new HashMap<>();
            for (String t : types == null ? List.<String>of() : types) {
                int eq = t.lastIndexOf('=');
                Optional<PrescriptionType> type = PrescriptionType.lookup(eq < 0 ? t : t.substring(eq + 1));
                if (type.isEmpty() || eq == 0) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--type", "--type");
                }
                if (eq < 0) {
                    if (otherwise != null) {
                        throw new EmrException(CoreError.USAGE_CONFLICT, "--type", "--type");
                    }
                    otherwise = type.get();
                } else if (byLine.put(t.substring(0, eq), type.get()) != null) {
                    throw new EmrException(CoreError.USAGE_CONFLICT, "--type", "--type");
                }
            }
            return DrugClassifier.byLineId(byLine, otherwise == null ? PrescriptionType.CONVENTIONAL : otherwise);
        }
    }

    /**
     * {@code emr prescription validate [--json] [--facility MA_CSKCB] FILE.json}: checks a {@code gui-don-thuoc} JSON
     * object, or a JSON list of them (as {@code build} writes), against the rules. Exit 0 and
     * {@code {"valid":true,"prescriptions":[{"code","type","valid","errors","warnings","droppedIssues"}]}} when every
     * prescription is valid; exit 1 with the same object otherwise. {@code code} and {@code type} are shown only when
     * well-formed.
     */
    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Validate e-prescriptions (a gui-don-thuoc JSON object or a list of them).")
    public static final class Validate extends JsonCommand {

        @Option(names = "--facility", paramLabel = "MA_CSKCB",
                description = "The prescribing facility's code, which must start every prescription code.")
        String facility;

        @Parameters(index = "0", paramLabel = "FILE.json", description = "The prescription(s), UTF-8 JSON.")
        Path file;

        @Override
        protected int execute() {
            PrescriptionPolicy.Builder policy = PrescriptionPolicy.builder();
            if (facility != null) {
                if (!facility.matches("[0-9A-Za-z]{5}")) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--facility", "--facility");
                }
                policy.facilityCode(facility);
            }
            PrescriptionValidator validator = PrescriptionValidator.of(policy.build());
            JsonNode doc = EmrJson.read(CliFiles.read(file), JsonNode.class);
            List<JsonNode> items = new ArrayList<>();
            if (doc.isArray()) {
                doc.forEach(items::add);
            } else {
                items.add(doc);
            }
            if (items.isEmpty()) {
                return printErrors(List.of(Issue.error("", CoreError.RX_REQUIRED)));
            }
            boolean valid = true;
            List<Map<String, Object>> entries = new ArrayList<>();
            List<ValidationReport> reports = validator.validateAll(items);
            for (int i = 0; i < items.size(); i++) {
                ValidationReport report = reports.get(i);
                valid &= report.isValid();
                entries.add(entry(code(items.get(i)), type(items.get(i)), report, locale()));
            }
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("valid", valid);
                o.put("prescriptions", entries);
                printJson(o);
            } else {
                out().println(valid ? "valid" : "invalid");
                for (int i = 0; i < reports.size(); i++) {
                    String prefix = items.size() > 1 ? "[" + i + "] " : "";
                    for (Issue issue : reports.get(i).issues()) {
                        out().println(prefix + describe(issue));
                    }
                }
                out().flush();
            }
            return valid ? EmrCli.OK : EmrCli.INVALID;
        }

        private static Optional<String> code(JsonNode p) {
            JsonNode c = p.get("ma_don_thuoc");
            if (c == null || !c.isTextual()) {
                return Optional.empty();
            }
            try {
                return Optional.of(PrescriptionCode.parse(c.textValue()).value());
            } catch (EmrException e) {
                return Optional.empty();
            }
        }

        private static Optional<String> type(JsonNode p) {
            JsonNode t = p.get("loai_don_thuoc");
            return t != null && t.isTextual() ? PrescriptionType.lookup(t.textValue()).map(PrescriptionType::code)
                    : Optional.empty();
        }
    }
}
