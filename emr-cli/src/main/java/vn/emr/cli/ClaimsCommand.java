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

/**
 * {@code emr claims}: the health-insurance claims file of Decision 130/4750 ({@code GIAMDINHHS}); its subcommand
 * {@code read} prints a file's tables, {@code verify} checks its facility signature.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Health-insurance claims files (GIAMDINHHS, Decision 130/4750).",
        subcommands = {ClaimsCommand.Read.class, ClaimsCommand.Verify.class})
public final class ClaimsCommand {

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
