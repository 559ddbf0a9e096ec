package vn.emr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.CheckInDocument;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.envelope.ClaimsFile;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.mapping.ClaimTerms;
import vn.emr.claims.mapping.PaperTerms;
import vn.emr.claims.money.BaseSalary;
import vn.emr.claims.money.BenefitRates;
import vn.emr.claims.table.TableDocument;
import vn.emr.claims.table.TableRecord;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.cli.internal.Secrets;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.identity.BenefitLevel;
import vn.emr.core.identity.BhytCardNumber;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.signature.SigningKey;
import vn.emr.signature.SigningKeys;

/**
 * {@code emr claims}: the health-insurance claims file of Decision 130/4750 ({@code GIAMDINHHS}); its subcommand
 * {@code build} makes a file from medical records, {@code read} prints a file's tables, {@code verify} checks its
 * facility signature; {@code send} ({@link ClaimsSendCommand}) sends signed files to the assessment portal.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Health-insurance claims files (GIAMDINHHS, Decision 130/4750).",
        subcommands = {ClaimsCommand.Build.class, ClaimsCommand.Read.class, ClaimsCommand.Verify.class,
            ClaimsCheckCommand.Validate.class, ClaimsCheckCommand.Rules.class,
            ClaimsSendCommand.class})
public final class ClaimsCommand {

    /**
     * {@code emr claims build --encounter RECORD.json [--encounter ...] --facility MA_CSKCB [--profile P]
     * [--benefit-rate N] [--papers PAPERS.json] [--key FILE.p12 --password PASS | --pkcs11 CONFIG --pin PIN]
     * [--checkin] --out FILE.xml}: the claims file of the records (the documented JSON form of
     * {@code MedicalRecord}), signed when a key is given.
     *
     * <p>The papers (XML7, XML8, XML13, XML14) take what the record does not hold from {@code --papers}: a JSON object
     * keyed by each episode's {@code MA_LK}, whose values are objects with the properties of {@code PaperTerms} (text;
     * the three dates {@code dischargePaperDate}, {@code recordSummaryDate}, {@code appointmentPaperDate} as
     * {@code yyyy-MM-dd}; {@code referralReasonCode} a number 1-3), for example
     * {@code {"2026110100001": {"appointmentPaperNumber": "HKL-1", "headOfFacilityCode": "7901234567",
     * "appointmentPaperDate": "2026-11-01"}}}. An unknown property, a value of another kind or an entry for no episode
     * is refused ({@code EMR-CLM-0502}); a paper that applies without its mandatory values refuses the claim
     * ({@code EMR-CLM-0501}).
     *
     * <p>The benefit rate is the patient's card level (in network) unless {@code --benefit-rate} names one; a patient
     * without a card is claimed as self-paying (benefit 0), for the health book. With {@code --checkin}, the check-in
     * document (XML0) of the records instead. Exit 0 and {@code {"out","episodes","profile","signed"}}; exit 1 with
     * coded errors when a record cannot be claimed.
     */
    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Build the GIAMDINHHS claims file (or, with --checkin, the check-in file) of medical records.")
    public static final class Build extends JsonCommand {

        @Option(names = "--encounter", required = true, paramLabel = "RECORD.json",
                description = "A medical record in the documented JSON form; repeat for several episodes.")
        List<Path> encounters;

        @Option(names = "--facility", required = true, paramLabel = "MA_CSKCB",
                description = "The facility code of the file (MACSKCB).")
        String facility;

        @Option(names = "--profile", paramLabel = "QD130|QD4750|QD3176|QD3176_2026",
                description = "The profile; default: from each claim's own date.")
        String profile;

        @Option(names = "--benefit-rate", paramLabel = "PERCENT",
                description = "MUC_HUONG of every line; default: the card's level, 0 without a card.")
        BigDecimal benefitRate;

        @Option(names = "--beneficiary-code", paramLabel = "MA_DOITUONG_KCB",
                description = "The beneficiary code of every episode (MA_DOITUONG_KCB, QĐ 824 codes such as 1.1); "
                        + "XML1 requires it.")
        String beneficiaryCode;

        @Option(names = "--tenders", paramLabel = "TENDERS.json",
                description = "TT_THAU (SốQĐ;Gi;Ni;yyyy) by drug or supply code: {\"40.171\": \"123/QĐ-SYT;G1;N4;2025\"}.")
        Path tenders;

        private Map<String, String> tenderByCode = Map.of();

        @Option(names = "--papers", paramLabel = "PAPERS.json",
                description = "Values of the papers (XML7, XML8, XML13, XML14) the records do not hold, by MA_LK.")
        Path papers;

        private Map<String, PaperTerms> paperTerms = Map.of();

        @Option(names = "--checkin", description = "Write the check-in document (XML0) instead.")
        boolean checkin;

        @Option(names = "--key", paramLabel = "FILE.p12", description = "PKCS#12 key to sign with.")
        Path key;

        @Option(names = "--password", paramLabel = "PASS", arity = "0..1",
                fallbackValue = Secrets.ASK,
                description = "Password of the PKCS#12 file (asked for on the terminal when given without a value).")
        char[] password;

        @Option(names = "--pkcs11", paramLabel = "CONFIG", description = "SunPKCS11 configuration.")
        Path pkcs11;

        @Option(names = "--pin", paramLabel = "PIN", arity = "0..1",
                fallbackValue = Secrets.ASK,
                description = "PIN of the PKCS#11 token (asked for on the terminal when given without a value).")
        char[] pin;

        @Option(names = "--out", required = true, paramLabel = "OUT.xml",
                description = "Where to write the file (completely or not at all).")
        Path out;

        @Override
        protected int execute() {
            ClaimsProfile chosen = null;
            if (profile != null) {
                try {
                    chosen = ClaimsProfile.valueOf(profile.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--profile", "--profile");
                }
            }
            if (key != null && pkcs11 != null) {
                throw new EmrException(CoreError.USAGE_CONFLICT, "--key", "--key, --pkcs11");
            }
            List<MedicalRecord> records = new ArrayList<>();
            for (Path p : encounters) {
                records.add(EmrJson.read(CliFiles.read(p), MedicalRecord.class));
            }
            if (papers != null) {
                paperTerms = papers(CliFiles.read(papers), records);
            }
            if (tenders != null) {
                tenderByCode = tenders(CliFiles.read(tenders));
            }
            // one file follows one profile: the named one, else the one of every record's date
            java.util.Set<ClaimsProfile> profiles = new TreeSet<>();
            for (MedicalRecord r : records) {
                profiles.add(chosen != null ? chosen : ClaimsProfile.forClaimDate(checkin
                        ? r.encounter().admittedAt().toLocalDate() : ClaimMapping.claimDate(r)));
            }
            if (profiles.size() > 1) {
                throw new EmrException(ClaimsError.PROFILES_MIXED, "--encounter", profiles.toString());
            }
            ClaimsProfile used = profiles.iterator().next();
            SigningKey signingKey = signingKey();
            byte[] bytes;
            int count = records.size();
            if (checkin) {
                List<TableRecord> rows = new ArrayList<>();
                for (MedicalRecord r : records) {
                    rows.add(ClaimMapping.checkIn(r, terms(r)));
                }
                bytes = signingKey == null ? TableDocument.write(ClaimsTable.XML0, rows)
                        : CheckInDocument.sign(rows, signingKey);
            } else {
                List<ClaimEpisode> episodes = new ArrayList<>();
                for (MedicalRecord r : records) {
                    episodes.add(ClaimMapping.episode(r, terms(r), used));
                }
                ClaimsEnvelope envelope = ClaimsEnvelope.of(facility, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                        episodes);
                bytes = signingKey == null ? envelope.write() : envelope.sign(signingKey);
            }
            CliFiles.writeAtomically(out, bytes);
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("out", out.toString());
                o.put("episodes", count);
                o.put("profile", used.name());
                o.put("signed", signingKey != null);
                printJson(o);
            } else {
                out().println(out + ": " + count + (checkin ? " check-in row(s)" : " episode(s)")
                        + (signingKey != null ? ", signed" : ", unsigned"));
                out().flush();
            }
            return EmrCli.OK;
        }

        private ClaimTerms terms(MedicalRecord r) {
            ClaimTerms t = rateTerms(r).withPapers(paperTerms.getOrDefault(r.encounter().maLk(), PaperTerms.none()));
            if (!tenderByCode.isEmpty()) {
                var drugs = t.drugTerms();
                var supplies = t.supplyTerms();
                t = new ClaimTerms(t.benefitRate(), t.beneficiaryCode(), t.lowCostRule(),
                        line -> withTender(drugs.apply(line), line.drugCode()), t.serviceTerms(),
                        line -> withTender(supplies.apply(line), line.supplyCode()), t.papers());
            }
            return beneficiaryCode == null ? t : t.withBeneficiaryCode(beneficiaryCode);
        }

        /** The properties of an episode's entry in {@code --papers}: PaperTerms' components. */
        private static final java.util.Set<String> PAPER_PROPERTIES = java.util.Set.of("headOfFacilityCode",
                "archiveNumber", "treatmentMethod", "departmentHeadCode", "departmentHeadName", "dischargePaperDate",
                "admissionDiagnosis", "pathologyCourse", "resultsSummary", "recordSummaryDate", "referralFileNumber",
                "referralBookNumber", "referralPaperNumber", "clinicalSigns", "referralReasonCode", "treatmentPlan",
                "transport", "escortName", "escortTitle", "servicesUsed", "drugsUsed", "appointmentPaperNumber",
                "appointmentPaperDate");

        private vn.emr.claims.mapping.LineTerms withTender(vn.emr.claims.mapping.LineTerms terms, String code) {
            String tender = tenderByCode.get(code);
            return tender == null ? terms : terms.withTender(tender);
        }

        /** The {@code --tenders} file: an object of TT_THAU texts keyed by drug or supply code. */
        private static Map<String, String> tenders(byte[] json) {
            JsonNode root;
            try {
                root = EmrJson.reader().readTree(json);
            } catch (IOException e) {
                throw new EmrException(ClaimsError.TENDERS_MALFORMED, "--tenders");
            }
            if (root == null || !root.isObject()) {
                throw new EmrException(ClaimsError.TENDERS_MALFORMED, "--tenders");
            }
            Map<String, String> out = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new EmrException(ClaimsError.TENDERS_MALFORMED, "--tenders");
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }

        /** The {@code --papers} file: an object keyed by MA_LK of objects of PaperTerms' properties. */
        private static Map<String, PaperTerms> papers(byte[] json, List<MedicalRecord> records) {
            JsonNode root;
            try {
                root = EmrJson.reader().readTree(json);
            } catch (IOException e) {
                throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, "--papers");
            }
            if (root == null || !root.isObject()) {
                throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, "--papers");
            }
            java.util.Set<String> keys = new java.util.HashSet<>();
            records.forEach(r -> keys.add(r.encounter().maLk()));
            Map<String, PaperTerms> out = new HashMap<>();
            for (Map.Entry<String, JsonNode> episode : root.properties()) {
                // an entry for no episode is named by position only: its key is not one of ours
                if (!keys.contains(episode.getKey())) {
                    throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, "--papers");
                }
                String at = "--papers/" + episode.getKey();
                if (!episode.getValue().isObject()) {
                    throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, at);
                }
                PaperTerms.Builder b = PaperTerms.builder();
                for (Map.Entry<String, JsonNode> field : episode.getValue().properties()) {
                    paperValue(b, field.getKey(), field.getValue(), at);
                }
                out.put(episode.getKey(), b.build());
            }
            return out;
        }

        /** One property of an episode's papers; a fault is located at the episode, never by the value. */
        private static void paperValue(PaperTerms.Builder b, String name, JsonNode v, String episode) {
            String at = PAPER_PROPERTIES.contains(name) ? episode + "/" + name : episode;
            if (name.equals("referralReasonCode")) {
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, at);
                }
                b.referralReasonCode(v.intValue());
                return;
            }
            if (!v.isTextual()) {
                throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, at);
            }
            String t = v.textValue();
            switch (name) {
                case "headOfFacilityCode" -> b.headOfFacilityCode(t);
                case "archiveNumber" -> b.archiveNumber(t);
                case "treatmentMethod" -> b.treatmentMethod(t);
                case "departmentHeadCode" -> b.departmentHeadCode(t);
                case "departmentHeadName" -> b.departmentHeadName(t);
                case "dischargePaperDate" -> b.dischargePaperDate(date(t, at));
                case "admissionDiagnosis" -> b.admissionDiagnosis(t);
                case "pathologyCourse" -> b.pathologyCourse(t);
                case "resultsSummary" -> b.resultsSummary(t);
                case "recordSummaryDate" -> b.recordSummaryDate(date(t, at));
                case "referralFileNumber" -> b.referralFileNumber(t);
                case "referralBookNumber" -> b.referralBookNumber(t);
                case "referralPaperNumber" -> b.referralPaperNumber(t);
                case "clinicalSigns" -> b.clinicalSigns(t);
                case "treatmentPlan" -> b.treatmentPlan(t);
                case "transport" -> b.transport(t);
                case "escortName" -> b.escortName(t);
                case "escortTitle" -> b.escortTitle(t);
                case "servicesUsed" -> b.servicesUsed(t);
                case "drugsUsed" -> b.drugsUsed(t);
                case "appointmentPaperNumber" -> b.appointmentPaperNumber(t);
                case "appointmentPaperDate" -> b.appointmentPaperDate(date(t, at));
                default -> throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, at);
            }
        }

        private static LocalDate date(String text, String at) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new EmrException(ClaimsError.PAPER_TERMS_MALFORMED, at);
            }
        }

        private ClaimTerms rateTerms(MedicalRecord r) {
            ClaimTerms.Builder b = ClaimTerms.builder();
            if (benefitRate != null) {
                return b.benefitRate(benefitRate).build();
            }
            Optional<BenefitLevel> level = r.patient().insuranceCardNumber()
                    .flatMap(card -> {
                        try {
                            return BhytCardNumber.parse(card).benefitLevel();
                        } catch (EmrException e) {
                            return Optional.empty();
                        }
                    });
            if (r.patient().insuranceCardNumber().isEmpty()) {
                return ClaimTerms.selfPaying();
            }
            if (level.isEmpty()) {
                // a card without a printed level (the 10-digit number): the rate must come from the gateway
                throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--benefit-rate",
                        "--benefit-rate");
            }
            // visits costing less than 15 % of the base salary of their date are paid in full (claims.md §3.1)
            return b.benefitRate(BenefitRates.inNetwork(level.get())).lowCostRule(BaseSalary.known()).build();
        }

        private SigningKey signingKey() {
            if (key != null) {
                if (password == null) {
                    throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--password", "--password");
                }
                if (Secrets.isAsk(password)) {
                    password = Secrets.ask("Password", err(), "--password");
                }
                try {
                    return SigningKeys.pkcs12(key, password, null);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            if (pkcs11 != null) {
                if (pin == null) {
                    throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--pin", "--pin");
                }
                if (Secrets.isAsk(pin)) {
                    pin = Secrets.ask("PIN", err(), "--pin");
                }
                try {
                    return SigningKeys.pkcs11(pkcs11, pin, null);
                } finally {
                    Arrays.fill(pin, '\0');
                }
            }
            return null;
        }
    }

    /**
     * {@code emr claims read [--json] FILE.xml}: reads a {@code GIAMDINHHS} file back into its tables.
     *
     * <p>Exit 0 and {@code {"profile","facility","createdOn","declaredEpisodes","episodes":[{"maLk","tables":{"XML1":
     * [{...official field names...}],...}}]}} ({@code profile}: the profile the file was read with, from its content
     * where profiles differ, else from the claim's date;
     * absent values are left out); exit 1 with coded, located errors for a malformed file.
     */
    @Command(name = "read", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Read a GIAMDINHHS claims file back into its tables (field values as written).")
    public static final class Read extends JsonCommand {

        @Parameters(index = "0", paramLabel = "FILE.xml", description = "The claims file.")
        Path file;

        @Override
        protected int execute() {
            ClaimsFile f = ClaimsFile.read(CliFiles.read(file));
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("profile", f.profile().name());
                o.put("facility", f.facilityCode());
                o.put("createdOn", f.createdOn().toString());
                o.put("declaredEpisodes", f.declaredEpisodeCount());
                o.put("episodes", f.episodes().stream().map(Read::episode).toList());
                printJson(o);
            } else {
                out().println("GIAMDINHHS " + f.facilityCode() + " " + f.createdOn() + ": " + f.episodes().size()
                        + " episode(s)");
                for (ClaimEpisode e : f.episodes()) {
                    StringBuilder line = new StringBuilder("  ").append(e.maLk().orElse("?")).append(':');
                    e.tables().forEach((t, rows) -> line.append(' ').append(t.name()).append('×').append(rows.size()));
                    out().println(line);
                }
                out().flush();
            }
            return EmrCli.OK;
        }

        private static Map<String, Object> episode(ClaimEpisode e) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("maLk", e.maLk().orElse(null));
            Map<String, Object> tables = new LinkedHashMap<>();
            for (Map.Entry<ClaimsTable, List<TableRecord>> t : e.tables().entrySet()) {
                tables.put(t.getKey().name(), t.getValue().stream().map(r -> (Object) r.values()).toList());
            }
            o.put("tables", tables);
            return o;
        }
    }

    /**
     * {@code emr claims verify --trust CERT.pem FILE.xml}: the facility signature of a claims file, with the
     * {@code CHUKYDONVI} profile: the same checks, output and exit codes as {@code emr verify --profile chukydonvi}.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = {"Verify the facility signature (CHUKYDONVI) of a GIAMDINHHS claims file.",
                "Same output and exit codes as emr verify --profile chukydonvi."})
    public static final class Verify extends VerifyCommand {

        @Override
        String requiredProfile() {
            return "chukydonvi";
        }
    }
}
