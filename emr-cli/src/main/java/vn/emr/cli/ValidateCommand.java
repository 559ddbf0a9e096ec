package vn.emr.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.code.Catalogues;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.RecordValidator;
import vn.emr.core.validation.ValidationReport;

/**
 * {@code emr validate [--json] RECORD.json}: reads a medical record in the documented JSON form and validates it.
 * Exit 0 and {@code {"valid":true,"errors":[],"warnings":[...]}} when valid; exit 1 with the errors otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a medical record in the documented JSON form.")
public final class ValidateCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "RECORD.json", description = "The record, UTF-8 JSON.")
    Path file;

    @Override
    protected int execute() {
        MedicalRecord record = EmrJson.read(CliFiles.read(file), MedicalRecord.class);
        ValidationReport report = RecordValidator.withIcd10Catalogue(Catalogues.bundledIcd10()).validate(record);
        if (json()) {
            Map<String, Object> o = CliJson.object();
            o.put("valid", report.isValid());
            o.put("errors", CliJson.issues(report.errors(), locale(), true));
            o.put("warnings", CliJson.issues(report.warnings(), locale(), true));
            o.put("droppedIssues", report.droppedIssues());
            printJson(o);
        } else {
            List<Issue> issues = report.issues();
            out().println(report.isValid() ? "valid" : "invalid");
            issues.forEach(i -> out().println(describe(i)));
            if (report.droppedIssues() > 0) {
                out().println("... " + report.droppedIssues() + " more");
            }
        }
        return report.isValid() ? EmrCli.OK : EmrCli.INVALID;
    }
}
