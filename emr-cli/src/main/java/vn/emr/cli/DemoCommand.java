package vn.emr.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.code.Catalogues;
import vn.emr.core.identity.CccdQr;
import vn.emr.core.identity.barcode.QrImages;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.model.Patient;
import vn.emr.core.sample.SampleRecords;
import vn.emr.core.validation.RecordValidator;
import vn.emr.core.validation.ValidationReport;

/**
 * {@code emr demo [--out DIR]}: the integrator's first run, with no configuration. Renders a (fictitious) chip-card
 * QR image, reads the patient back from it, builds an outpatient encounter, validates it and writes the record JSON.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "End-to-end demo: CCCD QR check-in, outpatient record, validation, JSON.")
public final class DemoCommand extends JsonCommand {

    /** The fictitious chip-card QR the demo renders (consistent ID: Hà Nội, male, born 1990). */
    static final String DEMO_CCCD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|"
            + "Số 1, Phường Bến Nghé, TP. Hồ Chí Minh|15042021";

    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR", description = "Output folder (demo-out).")
    Path out;

    @Override
    protected int execute() {
        List<String> files = new ArrayList<>();
        List<String> steps = new ArrayList<>();

        // 1. Check-in: the patient's chip card QR, as a camera or scanner would see it.
        Path qrImage = out.resolve("cccd-qr.png");
        QrImages.writePng(DEMO_CCCD, 360, qrImage);
        files.add(qrImage.toString());
        CccdQr card = CccdQr.fromImage(qrImage);
        steps.add("checked in from the CCCD QR image (" + card.warnings().size() + " warnings)");

        // 2. The record: an outpatient examination for that patient.
        Patient patient = SampleRecords.patient().toBuilder().citizenId(card.id().value()).fullName(card.name())
                .birthDate(card.birthDate()).sex(card.sex()).address(card.address()).build();
        MedicalRecord record = SampleRecords.outpatient(patient);

        // 3. Validate, then write the documented JSON form.
        ValidationReport report = RecordValidator.withIcd10Catalogue(Catalogues.bundledIcd10()).validate(record);
        Path recordJson = out.resolve("record.json");
        CliFiles.writeAtomically(recordJson, EmrJson.writePretty(record).getBytes(StandardCharsets.UTF_8));
        files.add(recordJson.toString());
        steps.add("validated the record: " + (report.isValid() ? "valid" : "INVALID") + ", "
                + report.warnings().size() + " warnings");

        if (json()) {
            Map<String, Object> o = CliJson.object();
            o.put("valid", report.isValid());
            o.put("maLk", record.encounter().maLk());
            o.put("steps", steps);
            o.put("files", files);
            o.put("errors", CliJson.issues(report.errors(), locale(), true));
            o.put("warnings", CliJson.issues(report.warnings(), locale(), true));
            printJson(o);
        } else {
            out().println("emr demo: output in " + out.toAbsolutePath());
            steps.forEach(s -> out().println("  - " + s));
            files.forEach(f -> out().println("  wrote " + f));
            report.issues().forEach(i -> out().println("  " + describe(i)));
        }
        return report.isValid() ? EmrCli.OK : EmrCli.INVALID;
    }
}
