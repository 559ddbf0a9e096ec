package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.envelope.CheckInDocument;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.mapping.ClaimTerms;
import vn.emr.claims.mapping.LineTerms;
import vn.emr.claims.mapping.PaperTerms;
import vn.emr.claims.money.BaseSalary;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureError;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * {@code emr claims send} against a local portal on 127.0.0.1 that implements the guides' token and file calls,
 * checks the form fields and verifies each decoded file's signature: JSON, exit codes, journal, dry run, password
 * sources, and that no credential reaches stdout, stderr or a log record.
 */
class ClaimsSendCommandTest {

    /** The value of EMR_TEST_PORTAL_PASSWORD that emr-cli's surefire configuration sets. */
    private static final String PASSWORD = "Test-Pass-7788";
    private static final String PASSWORD_ENV = "EMR_TEST_PORTAL_PASSWORD";
    private static final String USER = "79001_BVDEMO";
    private static final DemoCredentials DEMO = DemoCredentials.generate();
    private static final MedicalRecord VISIT = SampleRecords.outpatient(SampleRecords.patient());

    @TempDir
    Path dir;

    private HttpServer server;
    private final Deque<String> script = new ConcurrentLinkedDeque<>();
    private final AtomicInteger logins = new AtomicInteger();
    /** Every request the portal saw, of any path. */
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Map<String, String>> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> tokens = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private volatile long slowMillis;
    private Path ca;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/token/take", x -> {
            requests.incrementAndGet();
            token(x);
        });
        server.createContext("/api/qd130/", x -> {
            requests.incrementAndGet();
            file(x);
        });
        server.createContext("/", x -> {
            requests.incrementAndGet();
            answer(x, "{}");
        });
        server.start();
        ca = dir.resolve("ca.pem");
        Files.writeString(ca, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(
                StandardCharsets.US_ASCII)).encodeToString(DEMO.caCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static String md5() throws Exception {
        return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                .digest(PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }

    private void token(HttpExchange x) throws IOException {
        logins.incrementAndGet();
        Map<String, String> form = form(x);
        try {
            if (!USER.equals(form.get("username")) || !md5().equals(form.get("password"))) {
                answer(x, "{\"maKetQua\":\"401\"}");
                return;
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        String access = "acc-" + System.nanoTime();
        String id = "idt-" + System.nanoTime();
        tokens.add(access);
        tokens.add(id);
        answer(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + access + "\",\"id_token\":\"" + id
                + "\",\"token_type\":\"Bearer\",\"username\":\"" + USER + "\",\"expires_in\":3600}}");
    }

    private void file(HttpExchange x) throws IOException {
        Map<String, String> form = form(x);
        String path = x.getRequestURI().getPath();
        boolean claims = path.equals("/api/qd130/guiHoSoXmlQD3176");
        if (!claims && !path.equals("/api/qd130/checkInKcbQd3176")) {
            faults.add("path " + path);
        }
        if (!tokens.contains(x.getRequestHeaders().getFirst("accessToken"))
                || !tokens.contains(x.getRequestHeaders().getFirst("tokenId"))) {
            answer(x, "{\"maKetQua\":\"401\"}");
            return;
        }
        if (!(claims ? "130" : "0").equals(form.get("loaiHoSo")) || !"79".equals(form.get("maTinh"))
                || !"79001".equals(form.get("maCSKCB")) || !USER.equals(form.get("username"))) {
            faults.add("form");
        }
        received.add(form);
        if (slowMillis > 0) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] file = Base64.getDecoder().decode(form.get("fileHSBase64"));
        String code = script.poll();
        if (code == null) {
            VerificationResult r = XmlVerifier.strict(DEMO.trustPolicy())
                    .withProfile(claims ? SignatureProfile.CHUKYDONVI : SignatureProfile.ENVELOPED).verify(file);
            code = r.signatures().isEmpty() || r.hasError(SignatureError.SIGNATURE_MISSING) ? "123"
                    : r.valid() ? "200" : "125";
        }
        answer(x, "{\"maKetQua\":\"" + code + "\",\"maGiaoDich\":\"GD" + received.size()
                + "\",\"thoiGianTiepNhan\":\"20261101083015\",\"thongDiep\":\"OK\"}");
    }

    private static Map<String, String> form(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> m = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void answer(HttpExchange x, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        try {
            x.sendResponseHeaders(200, b.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(b);
            }
        } catch (IOException e) {
            // the client gave up waiting
        }
    }

    private static ClaimTerms terms() {
        return ClaimTerms.builder().beneficiaryCode("1.1").lowCostRule(BaseSalary.known())
                .drugTerms(line -> LineTerms.inScope(4).withTender("123/QĐ-SYT;G1;N4;2025"))
                .supplyTerms(line -> LineTerms.inScope(10).withTender("45/QĐ-SYT;G2;N0;2025"))
                .papers(PaperTerms.builder().appointmentPaperNumber("HKL-0001")
                        .appointmentPaperDate(VISIT.encounter().admittedAt().toLocalDate())
                        .headOfFacilityCode("7900000001").build())
                .build();
    }

    private static ClaimsEnvelope envelope(int day) {
        return ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2026, 11, 1).plusDays(day),
                List.of(ClaimMapping.episode(VISIT, terms())));
    }

    private Path folder(int files) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (int i = 0; i < files; i++) {
            Files.write(out.resolve("claims-" + i + ".xml"), envelope(i).sign(DEMO.signingKey()));
        }
        return out;
    }

    private String[] send(String... rest) {
        List<String> args = new ArrayList<>(List.of("claims", "send", "--endpoint", url(), "--user", USER));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @Test
    void sendsAFolderPrintsTheDocumentedJsonAndResumesFromItsJournal() throws Exception {
        Path out = folder(2);
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(java.text.MessageFormat.format(String.valueOf(r.getMessage()),
                        r.getParameters() == null ? new Object[0] : r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jul = Logger.getLogger("vn.emr.claims.portal");
        Level level = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        List<CliRun> runs = new ArrayList<>();
        try {
            CliRun run = CliRun.of(send("--json", "--password-env", PASSWORD_ENV, "--trust", ca.toString(),
                    out.toString()));
            runs.add(run);
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            JsonNode files = run.json().get("files");
            assertThat(files).hasSize(2);
            JsonNode f = files.get(0);
            List<String> names = new ArrayList<>();
            f.fieldNames().forEachRemaining(names::add);
            assertThat(names).startsWith("file", "maLk", "result", "transactionId", "receivedAt", "message");
            assertThat(f.get("file").asText()).isEqualTo("claims-0.xml");
            assertThat(f.get("maLk").asText()).isEqualTo(VISIT.encounter().maLk());
            assertThat(f.get("result").asText()).isEqualTo("ACCEPTED");
            assertThat(f.get("resultCode").asText()).isEqualTo("200");
            assertThat(f.get("transactionId").asText()).startsWith("GD");
            assertThat(f.get("receivedAt").asText()).isEqualTo("2026-11-01T08:30:15");
            assertThat(f.get("message").asText()).isNotBlank();
            assertThat(f.get("code").asText()).isEqualTo("EMR-CLM-0801");
            assertThat(faults).isEmpty();
            assertThat(received).hasSize(2);
            assertThat(out.resolve(ClaimsSendCommand.DEFAULT_JOURNAL)).exists();

            // the same command again: the journal says both were accepted; nothing is sent
            CliRun again = CliRun.of(send("--password-env", PASSWORD_ENV, out.toString()));
            runs.add(again);
            assertThat(again.exit()).as(again.out() + again.err()).isZero();
            assertThat(received).hasSize(2);
            assertThat(again.err()).contains("(journal)");
            assertThat(again.out()).contains("2 file(s), 2 accepted");
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(level);
        }
        assertThat(logged).isNotEmpty();
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, md5(), md5().toLowerCase(java.util.Locale.ROOT),
                USER));
        secrets.addAll(tokens);
        assertThat(tokens).isNotEmpty();
        List<String> seen = new ArrayList<>(logged);
        runs.forEach(r -> {
            seen.add(r.out());
            seen.add(r.err());
        });
        seen.add(Files.readString(out.resolve(ClaimsSendCommand.DEFAULT_JOURNAL)));
        for (String s : seen) {
            for (String secret : secrets) {
                assertThat(s).doesNotContain(secret);
            }
        }
    }

    @Test
    void exitsOneWhenTheLocalChecksOrThePortalRefuseAFile() throws Exception {
        Path unsigned = Files.write(dir.resolve("unsigned.xml"), envelope(0).write());
        CliRun local = CliRun.of(send("--json", "--password-env", PASSWORD_ENV, unsigned.toString()));
        assertThat(local.exit()).as(local.out() + local.err()).isEqualTo(1);
        assertThat(local.json().get("files").get(0).get("result").asText()).isEqualTo("LOCAL_UNSIGNED");
        assertThat(logins.get()).isZero();
        assertThat(received).isEmpty();

        Path signed = Files.write(dir.resolve("signed.xml"), envelope(1).sign(DEMO.signingKey()));
        script.add("125");
        CliRun portal = CliRun.of(send("--json", "--lang", "en", "--password-env", PASSWORD_ENV,
                signed.toString()));
        assertThat(portal.exit()).isEqualTo(1);
        JsonNode f = portal.json().get("files").get(0);
        assertThat(f.get("result").asText()).isEqualTo("BAD_SIGNATURE");
        assertThat(f.get("resultCode").asText()).isEqualTo("125");
        assertThat(f.get("message").asText()).contains("signature");
    }

    @Test
    void aPasswordFileMustBeTheOwnersOnlyAndCheckInGoesToItsEndpoint() throws Exception {
        Path checkIn = Files.write(dir.resolve("checkin.xml"), CheckInDocument.sign(
                List.of(ClaimMapping.checkIn(VISIT, terms())), DEMO.signingKey()));
        Path secret = Files.writeString(dir.resolve("portal.pw"), PASSWORD + "\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun open = CliRun.of(send("--json", "--password-file", secret.toString(), "--checkin",
                checkIn.toString()));
        assertThat(open.exit()).isEqualTo(2);
        JsonNode error = open.json().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("EMR-CORE-0062");
        assertThat(open.out()).contains("--password-file");
        assertThat(logins.get()).isZero();

        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        CliRun ok = CliRun.of(send("--json", "--password-file", secret.toString(), "--checkin", checkIn.toString()));
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.json().get("files").get(0).get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(received.get(0).get("loaiHoSo")).isEqualTo("0");
        assertThat(faults).isEmpty();
    }

    @Test
    void aDryRunChecksAndPrintsWhatWouldBeSentAndSendsNothing() throws Exception {
        Path out = folder(1);
        CliRun run = CliRun.of(send("--json", "--dry-run", "--password-env", PASSWORD_ENV, out.toString()));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode f = run.json().get("files").get(0);
        assertThat(f.get("result").asText()).isEqualTo("WOULD_SEND");
        assertThat(f.get("endpoint").asText()).isEqualTo(url() + "api/qd130/guiHoSoXmlQD3176");
        assertThat(f.get("form").get("loaiHoSo").asText()).isEqualTo("130");
        assertThat(f.get("form").get("maTinh").asText()).isEqualTo("79");
        assertThat(f.get("form").get("maCSKCB").asText()).isEqualTo("79001");
        long size = Files.size(out.resolve("claims-0.xml"));
        assertThat(f.get("form").get("fileHSBase64Length").asLong())
                .isEqualTo(Base64.getEncoder().encodeToString(new byte[(int) size]).length());
        assertThat(logins.get()).isZero();
        assertThat(received).isEmpty();
        assertThat(requests.get()).as("the portal saw no request at all").isZero();
        assertThat(out.resolve(ClaimsSendCommand.DEFAULT_JOURNAL)).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path out = folder(1);
        CliRun none = CliRun.of(send("--json", out.toString()));
        assertThat(none.exit()).isEqualTo(2);
        CliRun both = CliRun.of(send("--json", "--password-env", PASSWORD_ENV, "--password-file", "x", out.toString()));
        assertThat(both.exit()).isEqualTo(2);
        CliRun unset = CliRun.of(send("--json", "--password-env", "EMR_TEST_NO_SUCH_VARIABLE_42", out.toString()));
        assertThat(unset.exit()).isEqualTo(2);
        CliRun endpoint = CliRun.of("claims", "send", "--json", "--endpoint", "ftp://egw.example/", "--user", USER,
                "--password-env", PASSWORD_ENV, out.toString());
        assertThat(endpoint.exit()).isEqualTo(2);
        assertThat(endpoint.json().get("errors").get(0).get("path").asText()).isEqualTo("--endpoint");
        assertThat(logins.get()).isZero();
    }

    @Test
    void aTimeoutWhoseOutcomeIsUnknownExitsThreeAndIsNotSentAgain() throws Exception {
        Path out = folder(1);
        slowMillis = 2500;
        CliRun run = CliRun.of(send("--json", "--timeout", "1", "--password-env", PASSWORD_ENV, out.toString()));
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.json().get("files").get(0).get("result").asText()).isEqualTo("OUTCOME_UNKNOWN");
        slowMillis = 0;
        CliRun again = CliRun.of(send("--json", "--password-env", PASSWORD_ENV, out.toString()));
        assertThat(again.exit()).isEqualTo(3);
        assertThat(received).hasSize(1);
    }

    // ---- hardening (issue 12 review) -----------------------------------------------------------------------------

    /** Runs the command with these arguments and checks a coded usage error on the option, no stack, no secret. */
    private void usage(String option, String... args) {
        for (String lang : List.of("vi", "en")) {
            List<String> a = new ArrayList<>(List.of("--json", "--lang", lang));
            a.addAll(List.of(args));
            CliRun run = CliRun.of(a.toArray(String[]::new));
            assertThat(run.exit()).as(option + " " + a + ": " + run.out() + run.err()).isEqualTo(2);
            JsonNode error = run.json().get("errors").get(0);
            assertThat(error.get("code").asText()).as(option).matches("EMR-CORE-00[0-9]{2}");
            assertThat(error.get("path").asText()).as(option).isEqualTo(option);
            assertThat(error.get("message").asText()).as(option).isNotBlank();
            for (String s : List.of(run.out(), run.err())) {
                assertThat(s).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("S3cr3t")
                        .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void everyBadOptionValueIsACodedUsageErrorNeverAStackTraceNorAnEcho() throws Exception {
        Path out = folder(1);
        String target = out.toString();
        String[] pw = {"--password-env", PASSWORD_ENV};
        List<String> base = List.of("claims", "send", "--endpoint", url(), "--user", USER);
        java.util.function.BiFunction<List<String>, String[], String[]> with = (head, tail) -> {
            List<String> l = new ArrayList<>(head);
            l.addAll(List.of(tail));
            return l.toArray(String[]::new);
        };
        for (String v : List.of("abc", "0", "17", "-3", "99999999999")) {
            usage("--concurrency", with.apply(base, new String[] {"--password-env", PASSWORD_ENV,
                "--concurrency", v, target}));
        }
        for (String v : List.of("0", "-1", "x")) {
            usage("--timeout", with.apply(base, new String[] {"--password-env", PASSWORD_ENV, "--timeout", v, target}));
        }
        usage("--api", with.apply(base, new String[] {"--password-env", PASSWORD_ENV, "--api", "9999", target}));
        for (String bad : List.of("ftp://127.0.0.1/", "http://" + USER + ":S3cr3t@127.0.0.1:1/",
                "https://:S3cr3t@egw.example/", "not a uri at all", "http://127.0.0.1:1/?token=S3cr3t", "",
                "http:///nohost", "mailto:S3cr3t@example.org", "http://egw.example.org/")) {
            usage("--endpoint", "claims", "send", "--endpoint", bad, "--user", USER, "--password-env", PASSWORD_ENV,
                    target);
        }
        usage("--user", "claims", "send", "--endpoint", url(), "--user", "   ", "--password-env", PASSWORD_ENV,
                target);
        usage("--password-env", with.apply(base, new String[] {"--password-env", "", target}));
        usage("--password-env", with.apply(base, new String[] {"--password-env", "EMR_TEST_NO_SUCH_VARIABLE_42",
            target}));
        Path directory = Files.createDirectories(dir.resolve("pw-dir"));
        Path empty = Files.createFile(dir.resolve("pw-empty"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
        Path blankLine = Files.writeString(dir.resolve("pw-blank"), "\nsecond-line\n");
        Files.setPosixFilePermissions(blankLine, PosixFilePermissions.fromString("rw-------"));
        Path world = Files.writeString(dir.resolve("pw-world"), PASSWORD);
        Files.setPosixFilePermissions(world, PosixFilePermissions.fromString("rw-rw-rw-"));
        List<Path> badFiles = new ArrayList<>(List.of(directory, empty, blankLine, world, dir.resolve("pw-missing")));
        Path fifo = dir.resolve("pw-fifo");
        if (mkfifo(fifo)) {
            badFiles.add(fifo);
        }
        for (Path f : badFiles) {
            usage("--password-file", with.apply(base, new String[] {"--password-file", f.toString(), target}));
        }
        usage("--trust", with.apply(base, new String[] {"--password-env", PASSWORD_ENV, "--trust",
            dir.resolve("no-such-ca.pem").toString(), target}));
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate");
        usage("--trust", with.apply(base, new String[] {"--password-env", PASSWORD_ENV, "--trust", garbage.toString(),
            target}));
        usage("--journal", with.apply(base, new String[] {"--password-env", PASSWORD_ENV, "--journal",
            directory.toString(), target}));
        assertThat(requests.get()).as("no bad value reached the portal").isZero();
    }

    static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theJsonHasTheIssuesSixFieldsForEveryFileWhateverBecameOfIt() throws Exception {
        Path out = folder(1);
        Files.write(out.resolve("unsigned.xml"), envelope(3).write());
        Files.writeString(out.resolve("garbage.xml"), "<not-claims/>");
        Path outside = Files.write(dir.resolve("outside.xml"), envelope(4).sign(DEMO.signingKey()));
        Files.createSymbolicLink(out.resolve("link.xml"), outside);
        for (boolean dry : List.of(false, true)) {
            List<String> args = new ArrayList<>(List.of(send("--json", "--password-env", PASSWORD_ENV)));
            if (dry) {
                args.add("--dry-run");
            }
            args.add(out.toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            JsonNode files = run.json().get("files");
            assertThat(files).hasSize(4);
            for (JsonNode f : files) {
                for (String field : List.of("file", "maLk", "result", "transactionId", "receivedAt", "message")) {
                    assertThat(f.has(field)).as(field + " in " + f).isTrue();
                }
                assertThat(f.get("file").asText()).isNotBlank();
                assertThat(f.get("result").asText()).isNotBlank();
                assertThat(f.get("message").asText()).isNotBlank();
            }
            assertThat(files.findValuesAsText("result")).containsExactly(dry ? "WOULD_SEND" : "ACCEPTED",
                    "LOCAL_UNREADABLE", "LOCAL_UNREADABLE", "LOCAL_UNSIGNED");
        }
        assertThat(received).hasSize(1);
    }

    @Test
    void aSingleFileAlsoHasAJournalSoATimedOutSendIsNotRepeated() throws Exception {
        Path file = Files.write(dir.resolve("one.xml"), envelope(5).sign(DEMO.signingKey()));
        slowMillis = 2500;
        CliRun run = CliRun.of(send("--json", "--timeout", "1", "--password-env", PASSWORD_ENV, file.toString()));
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
        slowMillis = 0;
        CliRun again = CliRun.of(send("--json", "--password-env", PASSWORD_ENV, file.toString()));
        assertThat(again.json().get("files").get(0).get("result").asText()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(received).hasSize(1);
        assertThat(dir.resolve(ClaimsSendCommand.DEFAULT_JOURNAL)).exists();
    }

    @Test
    void theReadmeCommandsRunAsWrittenAgainstALocalPortal() throws Exception {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).exists();
        String text = Files.readString(readme);
        int section = text.indexOf("## Sending to the assessment portal");
        assertThat(section).isNotNegative();
        int end = text.indexOf("\n## ", section + 5);
        String part = end < 0 ? text.substring(section) : text.substring(section, end);
        Path out = folder(2);
        Path claims = Files.write(dir.resolve("claims.xml"), envelope(8).sign(DEMO.signingKey()));
        Path checkIn = Files.write(dir.resolve("checkin.xml"), CheckInDocument.sign(
                List.of(ClaimMapping.checkIn(VISIT, terms())), DEMO.signingKey()));
        List<String> commands = part.lines().map(String::strip).filter(l -> l.startsWith("./emr claims send"))
                .toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
        assertThat(part).contains("export BHXH_PASSWORD=");
        for (String line : commands) {
            String command = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line;
            List<String> args = new ArrayList<>();
            for (String word : command.split("\\s+")) {
                args.add(switch (word) {
                    case "https://egw.baohiemxahoi.gov.vn/" -> url();
                    case "79001_BV" -> USER;
                    case "BHXH_PASSWORD" -> PASSWORD_ENV;
                    case "claims.xml" -> claims.toString();
                    case "checkin.xml" -> checkIn.toString();
                    case "out/" -> out.toString();
                    default -> word;
                });
            }
            assertThat(args.remove(0)).isEqualTo("./emr");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(line + "\n" + run.out() + run.err()).isZero();
        }
        assertThat(faults).isEmpty();
        // claims.xml, the folder's two files and the check-in: each reached the portal once
        assertThat(received).hasSize(4);
    }
}
