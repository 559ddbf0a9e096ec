package vn.emr.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.claims.check.ClaimsIssue;
import vn.emr.claims.portal.PortalAnswer;
import vn.emr.claims.portal.PortalBatch;
import vn.emr.claims.portal.PortalClient;
import vn.emr.claims.portal.PortalCredentials;
import vn.emr.claims.portal.PortalEndpoints;
import vn.emr.claims.portal.PortalFileKind;
import vn.emr.claims.portal.PortalResult;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.io.LimitedInput;
import vn.emr.core.validation.Issue;
import vn.emr.signature.Certificates;
import vn.emr.signature.TrustPolicy;

/**
 * {@code emr claims send [--json] --endpoint URL --user NAME (--password-env VAR | --password-file FILE) [--checkin]
 * [--dry-run] [--trust CERT.pem ...] [--no-checks] [--api 4750|3176] [--journal FILE] [--concurrency N]
 * [--timeout SECONDS] FILE|DIR}: sends signed claims files ({@code GIAMDINHHS}), or with {@code --checkin} check-in
 * documents (XML0), to the assessment portal through {@link PortalClient}: login, the guides' form fields, the exact
 * signed bytes, retries, no second send of a file the portal answered about.
 *
 * <p>Before sending, each file's signature is verified (against {@code --trust} when given, else with the
 * certificate it carries) and, unless {@code --no-checks}, the claims checks run: a file either refuses is not sent.
 * {@code --dry-run} runs these checks and prints what would be sent (endpoint and form fields), sending nothing. A
 * send always has a journal ({@link PortalBatch}), by default {@code .emr-portal-journal.json} in the folder sent, or
 * in the folder of the one file sent: run the same command again after an interruption (or a timeout) and the files
 * the portal answered about, or that may have reached it, are not sent again. Symbolic links and special files in
 * the folder are listed as not sent ({@code LOCAL_UNREADABLE}), never read. A bad value of any option (an endpoint
 * with a user name or password in it included, which is never echoed) is a usage error.
 *
 * <p>The password comes from the environment variable named by {@code --password-env}, or from the file named by
 * {@code --password-file} (its first line), which must be readable by its owner only (on a file system with POSIX
 * permissions; group or other permissions are a usage error). It is never printed or logged.
 *
 * <p>Exit 0 when every file was accepted (in a dry run: would be sent); 1 when the portal or the local checks
 * refused one (or the login was refused, or another run holds the journal: {@code EMR-CLM-0822}); 3 when the portal could not be reached, kept failing, or a request timed
 * out with its outcome unknown; 2 usage. JSON: {@code {"files":[{"file","maLk","result","transactionId","receivedAt",
 * "message","resultCode","code","portalMessage","endpoint","issues"}]}}: {@code result} is the outcome
 * ({@link PortalResult} name), {@code resultCode} the portal's {@code maKetQua} as given, {@code maLk} the file's
 * episode keys joined by {@code ;}, {@code receivedAt} the portal's receipt time as ISO-8601 local time,
 * {@code message} the outcome's text, {@code code} its {@code EMR-CLM-08xx} code, {@code portalMessage} the portal's
 * own {@code thongDiep}, {@code issues} the local findings ({@code rule}, {@code severity}, {@code path},
 * {@code message}); a dry run adds {@code form} ({@code loaiHoSo}, {@code maTinh}, {@code maCSKCB},
 * {@code fileHSBase64Length}).
 */
@Command(name = "send", mixinStandardHelpOptions = true, versionProvider = EmrCli.Version.class,
        description = {"Send signed claims files (or, with --checkin, check-in files) to the assessment portal.",
            "Exit 0 when every file was accepted; 1 when the portal or the local checks refused one;",
            "3 when the portal could not be reached or the outcome is unknown."})
public final class ClaimsSendCommand extends JsonCommand {

    /** The journal's name inside a folder that is sent. */
    static final String DEFAULT_JOURNAL = ".emr-portal-journal.json";

    private static final int MAX_PASSWORD_FILE_BYTES = 4096;

    /**
     * The client's log ({@code vn.emr.claims.portal}): the command prints its own lines, so the client's records
     * reach stderr only when the host configured the logger (a level set beforehand is kept).
     */
    private static final java.util.logging.Logger PORTAL_LOG = java.util.logging.Logger.getLogger(
            "vn.emr.claims.portal");

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "A signed file, or a folder of .xml files.")
    Path target;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The portal's base URL, e.g. https://egw.baohiemxahoi.gov.vn/ "
                    + "(training: https://daotaoegw.baohiemxahoi.gov.vn/).")
    String endpoint;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The portal account's user name.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable holding the password.")
    String passwordEnv;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file holding the password (first line), readable by its owner only.")
    Path passwordFile;

    @Option(names = "--checkin", description = "Send check-in documents (XML0) instead of claims files.")
    boolean checkin;

    @Option(names = "--dry-run", description = "Check and print what would be sent; send nothing.")
    boolean dryRun;

    @Option(names = "--trust", paramLabel = "CERT.pem",
            description = "A CA certificate the facility's signer must chain to; repeatable. Default: the "
                    + "signature is verified with the certificate the file carries.")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--no-checks", description = "Do not run the claims checks before sending (the signature is "
            + "still verified).")
    boolean noChecks;

    @Option(names = "--api", paramLabel = "4750|3176",
            description = "The endpoint names to use; default: those of each file's profile.")
    String api;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "The journal of a run (default for a folder: DIR/" + DEFAULT_JOURNAL + ").")
    Path journal;

    @Option(names = "--concurrency", paramLabel = "N", description = "Files sent at a time, 1-16 (default 2).")
    int concurrency = 2;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for each answer "
            + "(default 60).")
    int timeoutSeconds = 60;

    @Override
    protected int execute() throws Exception {
        synchronized (PORTAL_LOG) {
            if (PORTAL_LOG.getLevel() == null) {
                PORTAL_LOG.setLevel(java.util.logging.Level.OFF);
            }
        }
        if (passwordEnv != null && passwordFile != null) {
            throw new EmrException(CoreError.USAGE_CONFLICT, "--password-env", "--password-env, --password-file");
        }
        if (passwordEnv == null && passwordFile == null) {
            throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--password-env", "--password-env");
        }
        if (concurrency < 1 || concurrency > 16) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--concurrency", "--concurrency");
        }
        if (timeoutSeconds < 1) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--timeout", "--timeout");
        }
        PortalEndpoints names = null;
        if (api != null) {
            names = switch (api.toUpperCase(Locale.ROOT).replace("QD", "")) {
                case "4750" -> PortalEndpoints.QD4750;
                case "3176" -> PortalEndpoints.QD3176;
                default -> throw new EmrException(CoreError.USAGE_BAD_VALUE, "--api", "--api");
            };
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--endpoint", "--endpoint");
        }
        if (user == null || user.isBlank()) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--user", "--user");
        }
        Path journalFile = journal != null ? journal : Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                ? target.resolve(DEFAULT_JOURNAL) : target.toAbsolutePath().resolveSibling(DEFAULT_JOURNAL);
        if (journal != null && (Files.isDirectory(journal, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(journal, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS))) {
            // a directory, device, FIFO, socket or symbolic link: the journal is written there
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--journal", "--journal");
        }
        List<Path> files = files(target);
        PortalCredentials credentials = credentials();
        PortalClient.Builder b;
        try {
            b = PortalClient.builder(uri, credentials);
        } catch (EmrException e) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--endpoint", "--endpoint");
        }
        b.requestTimeout(Duration.ofSeconds(timeoutSeconds));
        if (names != null) {
            b.endpoints(names);
        }
        if (!trust.isEmpty()) {
            List<X509Certificate> anchors = new ArrayList<>();
            for (Path p : trust) {
                try {
                    anchors.addAll(Certificates.read(p));
                } catch (EmrException e) {
                    throw new EmrException(CoreError.USAGE_BAD_VALUE, "--trust", "--trust");
                }
            }
            b.trust(TrustPolicy.of(anchors));
        }
        if (noChecks) {
            b.withoutChecks();
        }
        PortalClient client = b.build();
        PortalFileKind kind = checkin ? PortalFileKind.CHECK_IN : PortalFileKind.CLAIMS;

        List<Row> rows = new ArrayList<>();
        if (dryRun) {
            for (Path f : files) {
                String name = String.valueOf(f.getFileName());
                rows.add(new Row(name, Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        ? client.dryRun(kind, CliFiles.read(f), name) : client.dryRun(kind, new byte[0], name),
                        kind, f));
            }
        } else {
            PortalBatch.Builder batch = PortalBatch.builder(client, kind).concurrency(concurrency);
            batch.journal(journalFile);
            if (!json()) {
                batch.progress(p -> {
                    err().println("[" + p.done() + "/" + p.total() + "] " + p.file() + ": " + p.answer().result()
                            + (p.fromJournal() ? " (journal)" : "")
                            + (p.changedSinceJournal() ? " (changed since the journal: a new file)" : ""));
                    err().flush();
                });
            }
            for (PortalBatch.Entry e : batch.build().send(files).entries()) {
                rows.add(new Row(e.file(), e.answer(), kind, null));
            }
        }
        print(rows);
        return exitCode(rows);
    }

    /**
     * The {@code .xml} entries of a folder in name order (symbolic links and special files included, so that they
     * are reported as not sent rather than dropped), or the one file.
     */
    private static List<Path> files(Path target) throws java.io.IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            try (java.util.stream.Stream<Path> s = Files.list(target)) {
                return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                        .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
        }
        return ClaimsCheckCommand.files(target);
    }

    /** One file of the output. */
    private record Row(String file, PortalAnswer answer, PortalFileKind kind, Path path) {
    }

    private static int exitCode(List<Row> rows) {
        int exit = EmrCli.OK;
        for (Row r : rows) {
            PortalResult result = r.answer().result();
            if (result == PortalResult.UNREACHABLE || result == PortalResult.SERVER_ERROR
                    || result == PortalResult.OUTCOME_UNKNOWN) {
                return EmrCli.INTERNAL;
            }
            if (!result.accepted() && result != PortalResult.WOULD_SEND) {
                exit = EmrCli.INVALID;
            }
        }
        return exit;
    }

    private void print(List<Row> rows) throws java.io.IOException {
        if (json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(describe(r));
            }
            Map<String, Object> o = CliJson.object();
            o.put("files", list);
            printJson(o);
            return;
        }
        int accepted = 0;
        for (Row r : rows) {
            PortalAnswer a = r.answer();
            accepted += a.accepted() || a.result() == PortalResult.WOULD_SEND ? 1 : 0;
            StringBuilder line = new StringBuilder(r.file()).append(": ").append(a.result());
            a.resultCode().ifPresent(c -> line.append(" [").append(c).append(']'));
            a.transactionId().ifPresent(t -> line.append(' ').append(t));
            receivedAt(a).ifPresent(t -> line.append(' ').append(t));
            a.endpoint().filter(u -> a.result() == PortalResult.WOULD_SEND).ifPresent(u -> line.append(" -> ")
                    .append(u));
            line.append(": ").append(a.message(locale()));
            out().println(line);
            for (Map<String, Object> i : issues(a)) {
                out().println("  " + i.get("severity") + " " + i.get("rule") + " " + i.get("path") + ": "
                        + i.get("message"));
            }
        }
        out().println(rows.size() + " file(s), " + accepted + (dryRun ? " would be sent" : " accepted"));
        out().flush();
    }

    private Map<String, Object> describe(Row r) throws java.io.IOException {
        PortalAnswer a = r.answer();
        Map<String, Object> m = CliJson.object();
        m.put("file", r.file());
        m.put("maLk", a.maLk().isEmpty() ? null : String.join(";", a.maLk()));
        m.put("result", a.result().name());
        m.put("transactionId", a.transactionId().orElse(null));
        m.put("receivedAt", receivedAt(a).orElse(null));
        m.put("message", a.message(locale()));
        m.put("resultCode", a.resultCode().orElse(null));
        m.put("code", a.result().code().code());
        m.put("portalMessage", a.portalMessage().orElse(null));
        m.put("endpoint", a.endpoint().map(URI::toString).orElse(null));
        m.put("issues", issues(a));
        if (dryRun && a.result() == PortalResult.WOULD_SEND && r.path() != null) {
            Map<String, Object> form = CliJson.object();
            String facility = a.facilityCode().orElse("");
            form.put("loaiHoSo", r.kind().loaiHoSo());
            form.put("maTinh", facility.length() >= 2 ? facility.substring(0, 2) : null);
            form.put("maCSKCB", facility);
            long size = Files.size(r.path());
            form.put("fileHSBase64Length", 4 * ((size + 2) / 3));
            m.put("form", form);
        }
        return m;
    }

    private static java.util.Optional<String> receivedAt(PortalAnswer a) {
        return a.receivedAt().map(Object::toString).or(a::receivedAtText);
    }

    private List<Map<String, Object>> issues(PortalAnswer a) {
        List<Map<String, Object>> list = new ArrayList<>();
        boolean en = vn.emr.core.Languages.isEnglish(locale());
        for (ClaimsIssue i : a.findings()) {
            Map<String, Object> m = CliJson.object();
            m.put("rule", i.rule());
            m.put("severity", i.severity().name());
            m.put("path", i.path());
            m.put("message", en ? i.messageEn() : i.message());
            list.add(m);
        }
        for (Issue i : a.signatureErrors()) {
            Map<String, Object> m = CliJson.object();
            m.put("rule", i.codeString());
            m.put("severity", i.severity().name());
            m.put("path", i.path());
            m.put("message", i.message(locale()));
            list.add(m);
        }
        return list;
    }

    /** The account: the user name and the password from the environment or an owner-only file, hashed at once. */
    private PortalCredentials credentials() {
        char[] password = passwordEnv != null ? fromEnvironment(passwordEnv) : fromFile(passwordFile);
        try {
            return PortalCredentials.of(user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] fromEnvironment(String variable) {
        String value = variable.isBlank() ? null : System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--password-env", "--password-env");
        }
        return value.toCharArray();
    }

    /** The first line of the file, refused (usage) when group or others have any permission on it. */
    static char[] fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--password-file", "--password-file");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> shared = EnumSet.of(PosixFilePermission.GROUP_READ,
                    PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE);
            shared.retainAll(perms);
            if (!shared.isEmpty()) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--password-file", "--password-file");
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions on this file system: nothing to check
        } catch (java.io.IOException e) {
            throw new EmrException(CoreError.IO_READ, "--password-file", e, "--password-file");
        }
        byte[] bytes = LimitedInput.readFile(file, MAX_PASSWORD_FILE_BYTES);
        try {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            if (password.length == 0) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--password-file", "--password-file");
            }
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
