package vn.emr.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.identity.CccdQr;
import vn.emr.core.identity.Province;
import vn.emr.core.validation.Issue;

/**
 * {@code emr cccd}: the chip citizen ID card (CCCD, Circular 59/2021/TT-BCA); its one subcommand {@code parse} reads the
 * card's QR text or an image of it.
 */
@Command(name = "cccd", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = "Chip citizen ID card (CCCD) tools.",
        subcommands = {CccdCommand.Parse.class})
public final class CccdCommand {

    /**
     * {@code emr cccd parse [--json] (TEXT | --image FILE)}: parses the 7-field QR text of a chip citizen ID card.
     *
     * <p>Exit 0 with the fields and warnings; exit 1 with every error when the input is malformed or the image holds no
     * readable QR code.
     */
    @Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "Parse the QR of a chip citizen ID card: id|oldId|name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy.")
    public static final class Parse extends JsonCommand {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        /** Where the QR text comes from: the command line or an image. */
        static final class Source {
            @Parameters(index = "0", arity = "1", paramLabel = "TEXT", description = "The QR text (quote it).")
            String text;

            @Option(names = "--image", paramLabel = "FILE", description = "A PNG or JPEG image of the QR code.")
            Path image;
        }

        @Override
        protected int execute() {
            CccdQr qr = source.image != null ? CccdQr.fromImage(source.image) : CccdQr.parse(source.text);
            if (json()) {
                printJson(toJson(qr));
            } else {
                printSummary(qr);
            }
            return EmrCli.OK;
        }

        private Map<String, Object> toJson(CccdQr qr) {
            Map<String, Object> o = CliJson.object();
            o.put("id", qr.id().value());
            o.put("oldId", qr.oldId().orElse(null));
            o.put("name", qr.name());
            o.put("birthDate", qr.birthDate().toString());
            o.put("sex", qr.sex().name());
            o.put("address", qr.address());
            o.put("issueDate", qr.issueDate().toString());
            o.put("province", qr.province().map(Province::name).orElse(null));
            o.put("extraFields", qr.extraFieldCount());
            o.put("warnings", CliJson.issues(qr.warnings(), locale(), false));
            return o;
        }

        private void printSummary(CccdQr qr) {
            var out = out();
            out.println("ID:         " + qr.id().value());
            out.println("Old ID:     " + qr.oldId().orElse("-"));
            out.println("Name:       " + qr.name());
            out.println("Birth date: " + iso(qr.birthDate()));
            out.println("Sex:        " + qr.sex().name());
            out.println("Address:    " + (qr.address().isEmpty() ? "-" : qr.address()));
            out.println("Issue date: " + iso(qr.issueDate()));
            out.println("Province:   " + qr.province().map(Province::name).orElse("-"));
            List<Issue> warnings = qr.warnings();
            for (Issue w : warnings) {
                out.println(describe(w));
            }
            out.flush();
        }

        private static String iso(LocalDate date) {
            return date.toString();
        }
    }
}
