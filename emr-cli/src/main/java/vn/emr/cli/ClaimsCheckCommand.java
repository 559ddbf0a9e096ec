package vn.emr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.SizeLimits;
import vn.emr.claims.check.ClaimsCatalogues;
import vn.emr.claims.check.ClaimsChecker;
import vn.emr.claims.check.ClaimsIssue;
import vn.emr.claims.check.ClaimsReport;
import vn.emr.claims.check.Rule;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.code.CatalogueEntry;
import vn.emr.core.code.Catalogues;
import vn.emr.signature.Certificates;
import vn.emr.signature.TrustPolicy;

/** {@code emr claims validate} and {@code emr claims rules}: the claims checks from a shell. */
public final class ClaimsCheckCommand {

    private ClaimsCheckCommand() {
    }

    /**
     * {@code emr claims validate [--json] [--profile P] [--sizes decision|portal] [--trust CERT.pem ...]
     * [--catalogue KIND=FILE ...] FILE.xml|DIR}: checks a claims file ({@code GIAMDINHHS}, check-in or single table), or every {@code .xml} file of a folder,
     * as the portal and the assessors do. Exit 0 when no rule finds an error (warnings allowed), 1 otherwise; JSON
     * {@code {"profile","episodes","files","issues":[{"file","rule","severity","path","message","messageEn","source"}],
     * "skippedRules":[...]}}.
     */
    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = {"Check claims files as the portal and the assessors do.",
                "Exit 0 when no error was found (warnings allowed), 1 otherwise."})
    public static final class Validate extends JsonCommand {

        @Parameters(index = "0", paramLabel = "FILE.xml|DIR", description = "A claims file, or a folder of them.")
        Path target;

        @Option(names = "--profile", paramLabel = "QD130|QD4750|QD3176|QD3176_2026",
                description = "Check against this profile; default: the profile of each claim's own date.")
        String profile;

        @Option(names = "--sizes", paramLabel = "decision|portal",
                description = "The field sizes FIELD.SIZE checks: decision (default, the decision's) or portal (the "
                        + "larger of the decision's and the portal validation sheet's).")
        String sizes;

        @Option(names = "--trust", paramLabel = "CERT.pem",
                description = "A trusted CA certificate: the facility signature is verified (123 unsigned, 125 invalid).")
        List<Path> trust = new ArrayList<>();

        @Option(names = "--catalogue", paramLabel = "KIND=FILE",
                description = "A code catalogue (KIND: icd10, drugs, services, supplies, staff, facilities, "
                        + "admin_units; FILE: one code per line, a tab and its name optional); repeatable. Rules "
                        + "needing an absent catalogue are skipped and listed.")
        List<String> catalogues = new ArrayList<>();

        @Override
        protected int execute() throws Exception {
            ClaimsChecker.Builder b = ClaimsChecker.builder();
            if (profile != null) {
                try {
                    b.profile(ClaimsProfile.valueOf(profile.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--profile", "--profile");
                }
            }
            if (sizes != null) {
                try {
                    b.sizeLimits(SizeLimits.valueOf(sizes.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--sizes", "--sizes");
                }
            }
            if (!trust.isEmpty()) {
                List<X509Certificate> anchors = new ArrayList<>();
                for (Path p : trust) {
                    anchors.addAll(Certificates.read(p));
                }
                b.trust(TrustPolicy.of(anchors));
            }
            b.catalogues(catalogues(catalogues));
            ClaimsChecker checker = b.build();
            List<Path> files = files(target);
            ClaimsReport report = ClaimsReport.merge(checkAll(checker, files));
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("profile", report.profile().map(Enum::name).orElse(null));
                o.put("episodes", report.episodes());
                o.put("files", report.files());
                List<Map<String, Object>> issues = new ArrayList<>();
                for (ClaimsIssue i : report.issues()) {
                    Map<String, Object> m = CliJson.object();
                    m.put("file", i.file());
                    m.put("rule", i.rule());
                    m.put("severity", i.severity().name());
                    m.put("path", i.path());
                    m.put("message", i.message());
                    m.put("messageEn", i.messageEn());
                    m.put("source", i.source());
                    issues.add(m);
                }
                o.put("issues", issues);
                o.put("skippedRules", List.copyOf(report.skippedRules()));
                printJson(o);
            } else {
                boolean en = Languages.isEnglish(locale());
                for (ClaimsIssue i : report.issues()) {
                    out().println(i.file() + ": " + i.severity() + " " + i.rule() + " " + i.path() + ": "
                            + (en ? i.messageEn() : i.message()));
                }
                long errors = report.issues().stream().filter(i -> i.severity() == vn.emr.core.Severity.ERROR)
                        .count();
                out().println(report.files() + " file(s), " + report.episodes() + " episode(s), " + errors
                        + " error(s), " + (report.issues().size() - errors) + " warning(s)"
                        + (report.skippedRules().isEmpty() ? ""
                                : ", skipped for want of a catalogue: " + String.join(", ", report.skippedRules())));
                out().flush();
            }
            return report.hasErrors() ? EmrCli.INVALID : EmrCli.OK;
        }
    }

    /** The files to check: the file itself, or the regular {@code .xml} files of a folder in name order. */
    static List<Path> files(Path target) {
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new EmrException(CoreError.IO_READ, target.toString(), e, String.valueOf(target.getFileName()));
            }
        }
        if (!Files.exists(target)) {
            throw new EmrException(CoreError.IO_READ, target.toString(), String.valueOf(target.getFileName()));
        }
        return List.of(target);
    }

    /** Checks the files on as many threads as there are cores; reports in the files' order. */
    static List<ClaimsReport> checkAll(ClaimsChecker checker, List<Path> files) throws InterruptedException {
        if (files.size() <= 1) {
            return files.stream().map(checker::check).toList();
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ClaimsReport>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> checker.check(f)));
            }
            List<ClaimsReport> reports = new ArrayList<>();
            for (Future<ClaimsReport> f : futures) {
                try {
                    reports.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code KIND=FILE} options as catalogues: one code per line, optionally a tab and its Vietnamese name. */
    static ClaimsCatalogues catalogues(List<String> options) {
        ClaimsCatalogues c = ClaimsCatalogues.none();
        for (String o : options) {
            int eq = o.indexOf('=');
            ClaimsCatalogues.Kind kind;
            try {
                kind = ClaimsCatalogues.Kind.valueOf(o.substring(0, Math.max(eq, 0)).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--catalogue", "--catalogue");
            }
            Path file = Path.of(o.substring(eq + 1));
            List<CatalogueEntry> entries = new ArrayList<>();
            String text = new String(CliFiles.read(file), StandardCharsets.UTF_8);
            for (String line : text.split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                entries.add(new CatalogueEntry(parts[0].strip(), parts.length > 1 ? parts[1] : "", ""));
            }
            c = c.with(kind, Catalogues.of(kind.name().toLowerCase(Locale.ROOT), entries));
        }
        return c;
    }

    /**
     * {@code emr claims rules [--json]}: the rule catalogue; JSON {@code {"rules":[{"id","layer","severity",
     * "profiles","catalogue","message","messageEn","source"}]}}.
     */
    @Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
            description = "List every claims rule: id, layer, severity, profiles, message and source.")
    public static final class Rules extends JsonCommand {
        @Override
        protected int execute() {
            List<Rule> rules = ClaimsChecker.rules();
            if (json()) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Rule r : rules) {
                    Map<String, Object> m = CliJson.object();
                    m.put("id", r.id());
                    m.put("layer", r.layer().name());
                    m.put("severity", r.severity().name());
                    m.put("profiles", r.profiles().stream().map(Enum::name).toList());
                    m.put("catalogue", r.catalogue().map(Enum::name).orElse(null));
                    m.put("message", r.messageTemplate(Languages.VIETNAMESE));
                    m.put("messageEn", r.messageTemplate(Languages.ENGLISH));
                    m.put("source", r.source().toString());
                    list.add(m);
                }
                Map<String, Object> o = CliJson.object();
                o.put("rules", list);
                printJson(o);
            } else {
                boolean en = Languages.isEnglish(locale());
                for (Rule r : rules) {
                    out().println(r.id() + "\t" + r.layer() + "\t" + r.severity() + "\t"
                            + r.messageTemplate(en ? Languages.ENGLISH : Languages.VIETNAMESE) + "\t" + r.source());
                }
                out().flush();
            }
            return EmrCli.OK;
        }
    }
}
