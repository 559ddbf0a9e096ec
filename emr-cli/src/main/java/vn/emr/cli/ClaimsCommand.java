package vn.emr.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsFile;
import vn.emr.claims.table.TableRecord;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.EmrException;

/**
 * {@code emr claims}: the health-insurance claims file of Decision 130/4750 ({@code GIAMDINHHS}); its subcommand
 * {@code build} makes a file from medical records, {@code read} prints a file's tables, {@code verify} checks its
 * facility signature.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Health-insurance claims files (GIAMDINHHS, Decision 130/4750).",
        subcommands = {ClaimsCommand.Build.class, ClaimsCommand.Read.class, ClaimsCommand.Verify.class})
public final class ClaimsCommand {

    /**
     * {@code emr claims build --encounter RECORD.json [--encounter ...] --facility MA_CSKCB [--profile P]
     * [--benefit-rate N] [--key FILE.p12 --password PASS | --pkcs11 CONFIG --pin PIN] [--checkin] --out FILE.xml}: the
     * claims file of the records (the documented JSON form of {@code MedicalRecord}), signed when a key is given.
     *
     * <p>The benefit rate is the patient's card level (in network) unless {@code --benefit-rate} names one; a patient
     * without a card is claimed as self-paying (benefit 0), for the health book. With {@code --checkin}, the check-in
     * document (XML0) of the records instead. Exit 0 and {@code {"out","episodes","profile","signed"}}; exit 1 with
     * coded errors when a record cannot be claimed.
     */
    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Build the GIAMDINHHS claims file (or, with --checkin, the check-in file) of medical records.")
    public static final class Build extends JsonCommand {

        @picocli.CommandLine.Option(names = "--encounter", required = true, paramLabel = "RECORD.json",
                description = "A medical record in the documented JSON form; repeat for several episodes.")
        List<Path> encounters;

        @picocli.CommandLine.Option(names = "--facility", required = true, paramLabel = "MA_CSKCB",
                description = "The facility code of the file (MACSKCB).")
        String facility;

        @picocli.CommandLine.Option(names = "--profile", paramLabel = "QD4750|QD3176|QD3176_2026",
                description = "The profile; default: from each claim's own date.")
        String profile;

        @picocli.CommandLine.Option(names = "--benefit-rate", paramLabel = "PERCENT",
                description = "MUC_HUONG of every line; default: the card's level, 0 without a card.")
        java.math.BigDecimal benefitRate;

        @picocli.CommandLine.Option(names = "--checkin", description = "Write the check-in document (XML0) instead.")
        boolean checkin;

        @picocli.CommandLine.Option(names = "--key", paramLabel = "FILE.p12", description = "PKCS#12 key to sign with.")
        Path key;

        @picocli.CommandLine.Option(names = "--password", paramLabel = "PASS", arity = "0..1",
                fallbackValue = vn.emr.cli.internal.Secrets.ASK,
                description = "Password of the PKCS#12 file (asked for on the terminal when given without a value).")
        char[] password;

        @picocli.CommandLine.Option(names = "--pkcs11", paramLabel = "CONFIG", description = "SunPKCS11 configuration.")
        Path pkcs11;

        @picocli.CommandLine.Option(names = "--pin", paramLabel = "PIN", arity = "0..1",
                fallbackValue = vn.emr.cli.internal.Secrets.ASK,
                description = "PIN of the PKCS#11 token (asked for on the terminal when given without a value).")
        char[] pin;

        @picocli.CommandLine.Option(names = "--out", required = true, paramLabel = "OUT.xml",
                description = "Where to write the file (completely or not at all).")
        Path out;

        @Override
        protected int execute() {
            vn.emr.claims.catalogue.ClaimsProfile chosen = null;
            if (profile != null) {
                try {
                    chosen = vn.emr.claims.catalogue.ClaimsProfile.valueOf(profile.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new EmrException(vn.emr.core.CoreError.USAGE_BAD_VALUE, "--profile", "--profile");
                }
            }
            if (key != null && pkcs11 != null) {
                throw new EmrException(vn.emr.core.CoreError.USAGE_CONFLICT, "--key", "--key, --pkcs11");
            }
            List<vn.emr.core.model.MedicalRecord> records = new java.util.ArrayList<>();
            for (Path p : encounters) {
                records.add(vn.emr.core.json.EmrJson.read(CliFiles.read(p), vn.emr.core.model.MedicalRecord.class));
            }
            vn.emr.signature.SigningKey signingKey = signingKey();
            byte[] bytes;
            int count = records.size();
            String profileName;
            if (checkin) {
                List<TableRecord> rows = new java.util.ArrayList<>();
                for (vn.emr.core.model.MedicalRecord r : records) {
                    rows.add(vn.emr.claims.mapping.ClaimMapping.checkIn(r, terms(r)));
                }
                profileName = rows.isEmpty() ? "" : profileOf(rows.get(0));
                bytes = signingKey == null ? vn.emr.claims.table.TableDocument.write(ClaimsTable.XML0, rows)
                        : vn.emr.claims.envelope.CheckInDocument.sign(rows, signingKey);
            } else {
                List<ClaimEpisode> episodes = new java.util.ArrayList<>();
                for (vn.emr.core.model.MedicalRecord r : records) {
                    episodes.add(chosen == null ? vn.emr.claims.mapping.ClaimMapping.episode(r, terms(r))
                            : vn.emr.claims.mapping.ClaimMapping.episode(r, terms(r), chosen));
                }
                profileName = chosen != null ? chosen.name() : vn.emr.claims.catalogue.ClaimsProfile.forClaimDate(
                        vn.emr.claims.mapping.ClaimMapping.claimDate(records.get(0))).name();
                vn.emr.claims.envelope.ClaimsEnvelope envelope = vn.emr.claims.envelope.ClaimsEnvelope.of(facility,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), episodes);
                bytes = signingKey == null ? envelope.write() : envelope.sign(signingKey);
            }
            CliFiles.writeAtomically(out, bytes);
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("out", out.toString());
                o.put("episodes", count);
                o.put("profile", profileName);
                o.put("signed", signingKey != null);
                printJson(o);
            } else {
                out().println(out + ": " + count + (checkin ? " check-in row(s)" : " episode(s)")
                        + (signingKey != null ? ", signed" : ", unsigned"));
                out().flush();
            }
            return EmrCli.OK;
        }

        private static String profileOf(TableRecord row) {
            for (vn.emr.claims.catalogue.ClaimsProfile p : vn.emr.claims.catalogue.ClaimsProfile.values()) {
                if (p.catalogue().table(row.table()).equals(row.spec())) {
                    return p.name();
                }
            }
            return "";
        }

        private vn.emr.claims.mapping.ClaimTerms terms(vn.emr.core.model.MedicalRecord r) {
            vn.emr.claims.mapping.ClaimTerms.Builder b = vn.emr.claims.mapping.ClaimTerms.builder();
            if (benefitRate != null) {
                return b.benefitRate(benefitRate).build();
            }
            java.util.Optional<vn.emr.core.identity.BenefitLevel> level = r.patient().insuranceCardNumber()
                    .flatMap(card -> {
                        try {
                            return vn.emr.core.identity.BhytCardNumber.parse(card).benefitLevel();
                        } catch (EmrException e) {
                            return java.util.Optional.empty();
                        }
                    });
            if (r.patient().insuranceCardNumber().isEmpty()) {
                return vn.emr.claims.mapping.ClaimTerms.selfPaying();
            }
            if (level.isEmpty()) {
                // a card without a printed level (the 10-digit number): the rate must come from the gateway
                throw new EmrException(vn.emr.core.CoreError.USAGE_MISSING_ARGUMENT, "--benefit-rate",
                        "--benefit-rate");
            }
            return b.benefitRate(vn.emr.claims.money.BenefitRates.inNetwork(level.get())).build();
        }

        private vn.emr.signature.SigningKey signingKey() {
            if (key != null) {
                if (password == null) {
                    throw new EmrException(vn.emr.core.CoreError.USAGE_MISSING_ARGUMENT, "--password", "--password");
                }
                if (vn.emr.cli.internal.Secrets.isAsk(password)) {
                    password = vn.emr.cli.internal.Secrets.ask("Password", err(), "--password");
                }
                try {
                    return vn.emr.signature.SigningKeys.pkcs12(key, password, null);
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }
            if (pkcs11 != null) {
                if (pin == null) {
                    throw new EmrException(vn.emr.core.CoreError.USAGE_MISSING_ARGUMENT, "--pin", "--pin");
                }
                if (vn.emr.cli.internal.Secrets.isAsk(pin)) {
                    pin = vn.emr.cli.internal.Secrets.ask("PIN", err(), "--pin");
                }
                try {
                    return vn.emr.signature.SigningKeys.pkcs11(pkcs11, pin, null);
                } finally {
                    java.util.Arrays.fill(pin, '\0');
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
