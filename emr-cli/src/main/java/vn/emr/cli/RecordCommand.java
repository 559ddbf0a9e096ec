package vn.emr.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.cli.internal.ExitCodes;
import vn.emr.cli.internal.Secrets;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.exchange.Cv365Codec;
import vn.emr.core.exchange.Cv365ImportContext;
import vn.emr.core.exchange.Cv365Mapping;
import vn.emr.core.exchange.HoSoBenhAn;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.Facility;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.RecordValidator;
import vn.emr.core.validation.ValidationReport;
import vn.emr.signature.Certificates;
import vn.emr.signature.Cv365Signing;
import vn.emr.signature.SignatureResult;
import vn.emr.signature.SigningKey;
import vn.emr.signature.SigningKeys;
import vn.emr.signature.TrustPolicy;

/**
 * {@code emr record}: a medical record as an exchange document. {@code export} writes the record as the
 * {@code HoSoBenhAn} document of official letter 365/TTYQG (XML or JSON; the XML signed by the author and the
 * facility when keys are given); {@code import} reads such a document back, verifying its signatures against
 * {@code --trust} anchors, and with {@code --out} writes the record it describes. {@code docs/cv365.md} says what
 * travels.
 */
@Command(name = "record", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Medical records as exchange documents (365/TTYQG HoSoBenhAn, XML or JSON).",
        subcommands = {RecordCommand.Export.class, RecordCommand.Import.class})
public final class RecordCommand {

    private RecordCommand() {
    }

    /**
     * {@code emr record export --format cv365-xml|cv365-json|fhir-r4 [--key FILE.p12 --password PASS [--facility-key
     * FILE.p12 --facility-password PASS]] [--out FILE] RECORD.json}: the record (documented JSON form), validated,
     * as the exchange document; without {@code --out} the document goes to stdout. Exit 0 and
     * {@code {"out","format","sovaovien","signed","signers":[{"role","signer"}]}} (needs {@code --out}); exit 1 with
     * coded errors for an invalid record or one that does not fit the document; exit 2 for bad options.
     */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Export a medical record as the 365/TTYQG HoSoBenhAn document (XML, optionally signed, or JSON).")
    public static final class Export extends JsonCommand {

        @Option(names = "--format", required = true, paramLabel = "cv365-xml|cv365-json|fhir-r4",
                description = "The exchange format.")
        String format;

        @Option(names = "--key", paramLabel = "FILE.p12", description = "The author's PKCS#12 key (cv365-xml only).")
        Path key;

        @Option(names = "--password", paramLabel = "PASS", arity = "0..1", fallbackValue = Secrets.ASK,
                description = "Password of --key (asked for on the terminal when given without a value).")
        char[] password;

        @Option(names = "--facility-key", paramLabel = "FILE.p12",
                description = "The facility's PKCS#12 key: co-signs after the author (needs --key).")
        Path facilityKey;

        @Option(names = "--facility-password", paramLabel = "PASS", arity = "0..1", fallbackValue = Secrets.ASK,
                description = "Password of --facility-key (asked for on the terminal when given without a value).")
        char[] facilityPassword;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the document (default: stdout).")
        Path out;

        @Parameters(index = "0", paramLabel = "RECORD.json", description = "The record, documented JSON form.")
        Path in;

        @Override
        protected int execute() {
            if (facilityKey != null && key == null) {
                throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--key", "--key");
            }
            if (json() && out == null) {
                throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--out", "--out");
            }
            MedicalRecord record = EmrJson.read(CliFiles.read(in), MedicalRecord.class);
            ValidationReport report = RecordValidator.create().validate(record);
            if (!report.isValid()) {
                return printErrors(report.errors());
            }
            List<Map<String, Object>> signers = new ArrayList<>();
            byte[] bytes;
            // one branch per format
            switch (format) {
                case "cv365-xml" -> {
                    HoSoBenhAn doc = Cv365Mapping.fromRecord(record);
                    if (key == null) {
                        bytes = Cv365Codec.writeXml(doc);
                    } else {
                        SigningKey author = load(key, password, "--password");
                        signers.add(signer("author", author.certificate()));
                        if (facilityKey == null) {
                            bytes = Cv365Signing.sign(doc, author);
                        } else {
                            SigningKey facility = load(facilityKey, facilityPassword, "--facility-password");
                            signers.add(signer("facility", facility.certificate()));
                            bytes = Cv365Signing.sign(doc, author, facility);
                        }
                    }
                }
                case "cv365-json" -> {
                    if (key != null) {
                        throw new EmrException(CoreError.USAGE_CONFLICT, "--key", "--key, --format cv365-json");
                    }
                    bytes = Cv365Codec.writeJson(Cv365Mapping.fromRecord(record));
                }
                case "fhir-r4" -> {
                    if (key != null) {
                        throw new EmrException(CoreError.USAGE_CONFLICT, "--key", "--key, --format fhir-r4");
                    }
                    // a FHIR R4 document Bundle (emr-fhir, VN Core identifier systems)
                    bytes = vn.emr.fhir.FhirRecords.toBundleJson(record).getBytes(StandardCharsets.UTF_8);
                }
                default -> throw new EmrException(CoreError.USAGE_BAD_VALUE, "--format", "--format");
            }
            if (out == null) {
                out().print(new String(bytes, StandardCharsets.UTF_8));
                out().flush();
                return EmrCli.OK;
            }
            CliFiles.writeAtomically(out, bytes);
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("out", out.toString());
                o.put("format", format);
                o.put("sovaovien", record.encounter().maLk());
                o.put("signed", !signers.isEmpty());
                o.put("signers", signers);
                printJson(o);
            } else {
                out().println(out + ": " + format + (signers.isEmpty() ? "" : ", signed by " + signers.size()));
                out().flush();
            }
            return EmrCli.OK;
        }

        private SigningKey load(Path file, char[] secret, String option) {
            if (secret == null) {
                throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, option, option);
            }
            char[] pass = Secrets.isAsk(secret) ? Secrets.ask("Password", err(), option) : secret;
            try {
                return SigningKeys.pkcs12(file, pass, null);
            } finally {
                Arrays.fill(pass, '\0');
                Arrays.fill(secret, '\0');
            }
        }

        private static Map<String, Object> signer(String role, X509Certificate certificate) {
            Map<String, Object> o = CliJson.object();
            o.put("role", role);
            o.put("signer", SignCommand.describe(certificate));
            return o;
        }
    }

    /**
     * {@code emr record import [--json] [--trust CERT.pem ...] [--author-only] [--out RECORD.json --facility-code
     * MA_CSKCB --facility-name NAME --class MA_LOAI_KCB] FILE}: reads a 365/TTYQG document (XML, plain or signed, or
     * JSON, told apart by its first character). With {@code --trust} the document must be the signed XML and the
     * author's and facility's signatures (the author's only with {@code --author-only}) must verify. With
     * {@code --out}, writes the record it describes (documented JSON form), with the facility and class of care the
     * document does not carry. Exit 0 and {@code {"valid":true,"format","sovaovien","signed","signatures":[{"id",
     * "role","outcome","signer","errors"}],"out"}}; exit 1 with coded errors (and the signatures) otherwise. A
     * document refused before its signatures are checked (unreadable, not signed though {@code --trust} is given) or
     * one {@code --out} cannot map prints the same object with {@code "valid":false}, {@code "sovaovien":null},
     * {@code "signed":false}, no signatures and the coded errors.
     */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Read a 365/TTYQG HoSoBenhAn document, verify its signatures, optionally write the record.")
    public static final class Import extends JsonCommand {

        @Option(names = "--trust", paramLabel = "CERT.pem",
                description = "A trusted CA certificate (PEM or DER); repeat for several. The document must be signed.")
        List<Path> trust;

        @Option(names = "--author-only", description = "With --trust: the facility's signature is not required.")
        boolean authorOnly;

        @Option(names = "--out", paramLabel = "RECORD.json", description = "Write the record the document describes.")
        Path out;

        @Option(names = "--facility-code", paramLabel = "MA_CSKCB", description = "With --out: the sending facility's code.")
        String facilityCode;

        @Option(names = "--facility-name", paramLabel = "NAME", description = "With --out: the sending facility's name.")
        String facilityName;

        @Option(names = "--class", paramLabel = "MA_LOAI_KCB", description = "With --out: the class of care (e.g. 01).")
        String encounterClass;

        @Parameters(index = "0", paramLabel = "FILE", description = "The document, UTF-8 XML or JSON.")
        Path in;

        @Override
        protected int execute() {
            Cv365ImportContext context = null;
            if (out != null) {
                for (String[] o : new String[][] {{"--facility-code", facilityCode}, {"--facility-name", facilityName},
                    {"--class", encounterClass}}) {
                    if (o[1] == null) {
                        throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, o[0], o[0]);
                    }
                }
                EncounterClass cls;
                try {
                    cls = EncounterClass.fromCode(encounterClass);
                } catch (EmrException e) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--class", "--class");
                }
                context = Cv365ImportContext.of(Facility.builder().code(facilityCode).name(facilityName).build(), cls);
            } else if (facilityCode != null || facilityName != null || encounterClass != null) {
                throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--out", "--out");
            }
            if (authorOnly && trust == null) {
                throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--trust", "--trust");
            }
            List<X509Certificate> anchors = new ArrayList<>();
            for (Path p : trust == null ? List.<Path>of() : trust) {
                anchors.addAll(Certificates.read(p));
            }
            byte[] bytes = CliFiles.read(in);
            String format = firstNonBlank(bytes) == '<' ? "cv365-xml" : "cv365-json";
            HoSoBenhAn doc;
            Cv365Signing.Verified verified = null;
            MedicalRecord record = null;
            try {
                if (trust != null) {
                    if (!format.equals("cv365-xml")) {
                        throw new EmrException(CoreError.CV365_NOT_SIGNED, "");
                    }
                    verified = Cv365Signing.verify(bytes, TrustPolicy.of(anchors), !authorOnly);
                    doc = verified.document();
                } else {
                    doc = Cv365Codec.read(bytes);
                }
                if ((verified == null || verified.valid()) && context != null) {
                    record = Cv365Mapping.toRecord(doc, context);
                }
            } catch (EmrException e) {
                return refused(format, e.issues());
            }
            boolean valid = verified == null || verified.valid();
            if (record != null) {
                CliFiles.writeAtomically(out, EmrJson.writePretty(record).getBytes(StandardCharsets.UTF_8));
            }
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("valid", valid);
                o.put("format", format);
                o.put("sovaovien", doc.sovaovien());
                o.put("signed", verified != null);
                List<Map<String, Object>> sigs = new ArrayList<>();
                if (verified != null) {
                    verified.verification().signatures().forEach(s -> sigs.add(describe(s)));
                }
                o.put("signatures", sigs);
                o.put("errors", CliJson.issues(verified == null ? List.of() : verified.issues(), locale(), true));
                o.put("out", valid && out != null ? out.toString() : null);
                printJson(o);
            } else {
                out().println((valid ? "valid: " : "invalid: ") + format + (verified == null ? ""
                        : ", " + verified.verification().signatures().size() + " signature(s)"));
                if (verified != null) {
                    for (SignatureResult s : verified.verification().signatures()) {
                        out().println("  " + role(s) + ": " + s.outcome().label() + ", " + s.signerCertificate()
                                .map(c -> c.getSubjectX500Principal().getName()).orElse("?"));
                    }
                    verified.issues().forEach(i -> err().println(describe(i)));
                }
                if (valid && out != null) {
                    out().println(out);
                }
                out().flush();
                err().flush();
            }
            return valid ? EmrCli.OK : EmrCli.INVALID;
        }

        /**
         * A document refused while reading, verifying or mapping it: with {@code --json} the object of a read document
         * with {@code "valid":false} and the coded errors (so every outcome of the command has one shape), otherwise
         * the errors on stderr; exit 1 (or what {@code ExitCodes} says of the codes).
         */
        private int refused(String format, List<Issue> issues) {
            if (!json()) {
                return printErrors(issues);
            }
            Map<String, Object> o = CliJson.object();
            o.put("valid", false);
            o.put("format", format);
            o.put("sovaovien", null);
            o.put("signed", false);
            o.put("signatures", List.of());
            o.put("errors", CliJson.issues(issues, locale(), true));
            o.put("out", null);
            printJson(o);
            return ExitCodes.of(issues);
        }

        private static String role(SignatureResult s) {
            return s.id().equals(Cv365Signing.AUTHOR_ID) ? "author" : s.id().equals(Cv365Signing.FACILITY_ID)
                    ? "facility" : "unknown";
        }

        private Map<String, Object> describe(SignatureResult s) {
            Map<String, Object> o = CliJson.object();
            o.put("id", s.id().isEmpty() ? null : s.id());
            o.put("role", role(s));
            o.put("outcome", s.outcome().label());
            o.put("signer", s.signerCertificate().map(SignCommand::describe).orElse(null));
            o.put("errors", CliJson.issues(s.errors(), locale(), false));
            return o;
        }

        private static int firstNonBlank(byte[] b) {
            int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
                i++;
            }
            return i < b.length ? b[i] : -1;
        }
    }
}
