package vn.emr.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.EmrException;
import vn.emr.core.Severity;
import vn.emr.core.validation.Issue;
import vn.emr.payment.Bank;
import vn.emr.payment.VietQr;
import vn.emr.payment.VietQrParsePolicy;
import vn.emr.payment.render.VietQrRenderer;

/** {@code emr vietqr encode|decode}: make a NAPAS VietQR payload (and its image), or read one back. */
@Command(name = "vietqr", description = "Encode or decode NAPAS VietQR payment codes.",
        subcommands = {VietQrCommand.Encode.class, VietQrCommand.Decode.class})
public final class VietQrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EmrCli.USAGE;
    }

    /** {@code emr vietqr encode}: prints the payload on one line; optionally writes PNG and SVG images. */
    @Command(name = "encode", description = "Build a VietQR payload; print it on one line.")
    static final class Encode extends JsonCommand {

        @Option(names = "--bin", required = true, paramLabel = "BIN", description = "Beneficiary bank BIN (6 digits).")
        String bin;

        @Option(names = "--account", paramLabel = "N", description = "Beneficiary account number (QRIBFTTA).")
        String account;

        @Option(names = "--card", paramLabel = "N", description = "Beneficiary card number (QRIBFTTC).")
        String card;

        @Option(names = "--amount", paramLabel = "VND",
                description = "Amount in VND, digits only (100000, not 100.000); makes the code dynamic.")
        String amount;

        @Option(names = "--purpose", paramLabel = "TEXT",
                description = "Transfer memo (62.08); Vietnamese is written without diacritics.")
        String purpose;

        @Option(names = "--bill", paramLabel = "ID", description = "Bill number (62.01).")
        String bill;

        @Option(names = "--png", paramLabel = "FILE", description = "Also write the QR image as PNG.")
        Path png;

        @Option(names = "--svg", paramLabel = "FILE", description = "Also write the QR image as SVG.")
        Path svg;

        @Option(names = "--size", paramLabel = "PX", defaultValue = "300",
                description = "Image size in pixels (default ${DEFAULT-VALUE}).")
        int size;

        @Override
        protected int execute() {
            VietQr.Builder b = VietQr.builder().bin(bin).account(account).card(card).purpose(purpose)
                    .billNumber(bill);
            if (amount != null) {
                b.amount(VietQr.parseAmount(amount));
            }
            VietQr qr = b.build();
            if (png != null) {
                VietQrRenderer.writePng(qr, size, png);
            }
            if (svg != null) {
                VietQrRenderer.writeSvg(qr, size, svg);
            }
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("payload", qr.payload());
                o.put("png", png == null ? null : png.toString());
                o.put("svg", svg == null ? null : svg.toString());
                o.put("warnings", CliJson.issues(qr.warnings(), locale(), true));
                printJson(o);
            } else {
                out().println(qr.payload());
                out().flush();
                for (Issue w : qr.warnings()) {
                    err().println(describe(w));
                }
                err().flush();
            }
            return EmrCli.OK;
        }
    }

    /** {@code emr vietqr decode}: the fields of a payload, or every fault with its code and position. */
    @Command(name = "decode", description = "Decode and check a VietQR payload.")
    static final class Decode extends JsonCommand {

        @Parameters(index = "0", paramLabel = "PAYLOAD", description = "The QR text (quote it).")
        String payload;

        @Option(names = "--strict", description = "Refuse every departure from EMVCo and NAPAS (lower-case CRC, "
                + "missing 58, unknown service, non-ASCII text, ...) instead of accepting it with a warning.")
        boolean strict;

        @Override
        protected int execute() {
            VietQr qr;
            try {
                qr = VietQr.parse(payload, strict ? VietQrParsePolicy.STRICT : VietQrParsePolicy.LENIENT);
            } catch (EmrException e) {
                return report(e.issues());
            }
            Map<String, Object> o = CliJson.object();
            o.put("pointOfInitiation", qr.pointOfInitiation().map(Enum::name).orElse(null));
            o.put("bin", qr.bin());
            o.put("bank", qr.bank().map(Bank::shortName).orElse(null));
            o.put("account", qr.account().orElse(null));
            o.put("card", qr.card().orElse(null));
            o.put("service", qr.service().orElse(null));
            o.put("amount", qr.amount().map(BigDecimal::toPlainString).orElse(null));
            o.put("currency", qr.currency().orElse(null));
            o.put("country", qr.country().orElse(null));
            o.put("billNumber", qr.billNumber().orElse(null));
            o.put("reference", qr.reference().orElse(null));
            o.put("purpose", qr.purpose().orElse(null));
            o.put("crc", qr.crc());
            o.put("warnings", positioned(qr.warnings()));
            if (json()) {
                printJson(o);
            } else {
                for (Map.Entry<String, Object> e : o.entrySet()) {
                    if (!e.getKey().equals("warnings") && e.getValue() != null) {
                        out().println(e.getKey() + ": " + e.getValue());
                    }
                }
                out().flush();
                for (Issue w : qr.warnings()) {
                    err().println(line(w));
                }
                err().flush();
            }
            return EmrCli.OK;
        }

        private int report(List<Issue> issues) {
            List<Issue> errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("errors", positioned(errors));
                printJson(o);
            } else {
                for (Issue i : issues) {
                    err().println(line(i));
                }
                err().flush();
            }
            return EmrCli.INVALID;
        }

        private List<Map<String, Object>> positioned(List<Issue> issues) {
            List<Map<String, Object>> list = new ArrayList<>(issues.size());
            for (Issue i : issues) {
                Map<String, Object> m = CliJson.object();
                m.put("code", i.codeString());
                m.put("position", position(i));
                m.put("message", i.message(locale()));
                list.add(m);
            }
            return list;
        }

        private String line(Issue i) {
            Integer p = position(i);
            return (i.severity() == Severity.ERROR ? "error " : "warning ") + i.codeString()
                    + (p == null ? "" : " at " + p) + ": " + i.message(locale());
        }

        /** The parser puts the 0-based character position in the issue's path. */
        private static Integer position(Issue i) {
            try {
                return i.path().isEmpty() ? null : Integer.valueOf(i.path());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
