package vn.emr.claims.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;

/**
 * The client against a hostile or broken portal on 127.0.0.1 whose every answer the test scripts: huge, endless and
 * trickled bodies, non-JSON, wrong types, duplicate keys, missing fields, declared charsets, redirects, unusable
 * tokens, odd {@code expires_in} values, a 401 on every call; and, across all of them, that no password, MD5, token
 * or user name reaches a log record, an answer's text or an exception message.
 */
class PortalHostileTest {

    private static final String USER = PortalClientTest.USER;
    private static final String MD5 = PortalClientTest.MD5;

    /** How the scripted portal answers one request. */
    @FunctionalInterface
    interface Handler2 {
        void handle(HttpExchange x) throws IOException;
    }

    private HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private volatile Handler2 onToken;
    private volatile Handler2 onFile;
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger fileRequests = new AtomicInteger();
    private final List<String> tokensIssued = Collections.synchronizedList(new ArrayList<>());
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
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
    private final Logger jul = Logger.getLogger("vn.emr.claims.portal");
    private Level level;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        onToken = this::goodToken;
        onFile = x -> answer(x, 200, "application/json", "{\"maKetQua\":\"200\",\"maGiaoDich\":\"GD1\"}"
                .getBytes(StandardCharsets.UTF_8));
        server.createContext("/api/token/take", x -> {
            logins.incrementAndGet();
            x.getRequestBody().readAllBytes();
            onToken.handle(x);
        });
        server.createContext("/api/qd130/", x -> {
            fileRequests.incrementAndGet();
            x.getRequestBody().readAllBytes();
            onFile.handle(x);
        });
        server.start();
        level = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
    }

    @AfterEach
    void stop() {
        jul.removeHandler(capture);
        jul.setLevel(level);
        server.stop(0);
        pool.shutdownNow();
        List<String> secrets = new ArrayList<>(List.of(new String(PortalClientTest.PASSWORD), MD5,
                MD5.toLowerCase(Locale.ROOT), USER));
        secrets.addAll(tokensIssued);
        for (String line : logged) {
            for (String secret : secrets) {
                assertThat(line).doesNotContain(secret);
            }
        }
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private PortalClient.Builder client() {
        return PortalClient.builder(uri(), PortalCredentials.of(USER, PortalClientTest.PASSWORD))
                .trust(PortalFiles.DEMO.trustPolicy()).withoutChecks().sleeper(d -> { })
                .retry(new PortalRetry(2, Duration.ZERO, Duration.ZERO));
    }

    private void goodToken(HttpExchange x) throws IOException {
        String access = "acc" + Long.toHexString(System.nanoTime());
        tokensIssued.add(access);
        tokensIssued.add("id" + access);
        json(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + access + "\",\"id_token\":\"id" + access
                + "\",\"expires_in\":3600}}");
    }

    private static void json(HttpExchange x, String body) throws IOException {
        answer(x, 200, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange x, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            x.getResponseHeaders().set("Content-Type", type);
        }
        try {
            x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away
        }
        x.close();
    }

    private PortalAnswer sendWith(Handler2 file) {
        onFile = file;
        return client().build().sendClaims(PortalFiles.signedClaims(0));
    }

    private PortalAnswer answered(String body) {
        return sendWith(x -> json(x, body));
    }

    // ---- bodies ------------------------------------------------------------------------------------------------

    @Test
    void anEndlessAnswerIsCutAtTheCapAndIsAnUnreadableAnswerNotRetried() {
        PortalAnswer a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sendWith(x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, 0); // chunked, no end
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = x.getResponseBody()) {
                out.write('{');
                for (int i = 0; i < 4096; i++) { // 256 MiB unless the client hangs up first
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up: what it should do
            }
        }));
        assertThat(a.result()).isEqualTo(PortalResult.ANSWER_UNREADABLE);
        assertThat(a.result().code()).isEqualTo(ClaimsError.PORTAL_ANSWER_UNREADABLE);
        assertThat(a.attempts()).isEqualTo(1);
        assertThat(fileRequests.get()).isEqualTo(1);
    }

    @Test
    void aHugeLoginAnswerIsALoginRefusalWithoutRetries() {
        onToken = x -> answer(x, 200, "application/json", new byte[PortalClient.MAX_ANSWER_BYTES + 10]);
        PortalAnswer a = client().build().sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.LOGIN_REFUSED);
        assertThat(logins.get()).isEqualTo(1);
        assertThat(fileRequests.get()).isZero();
    }

    @Test
    void aSlowLorisAnswerIsCutOffAtTheRequestTimeoutAndItsOutcomeIsUnknown() {
        PortalClient c = client().requestTimeout(Duration.ofSeconds(1)).build();
        onFile = x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 600; i++) { // a byte every 100 ms: a minute, far past the timeout
                    out.write(' ');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up
            }
        };
        PortalAnswer a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> c.sendClaims(PortalFiles.signedClaims(0)));
        assertThat(a.result()).isEqualTo(PortalResult.OUTCOME_UNKNOWN);
        assertThat(fileRequests.get()).isEqualTo(1);
        // it may have arrived: the same bytes are not sent again
        assertThat(c.sendClaims(PortalFiles.signedClaims(0)).result()).isEqualTo(PortalResult.OUTCOME_UNKNOWN);
        assertThat(fileRequests.get()).isEqualTo(1);
    }

    // ---- JSON --------------------------------------------------------------------------------------------------

    @Test
    void answersThatAreNotTheDocumentedJsonAreUnreadableNeverAccepted() {
        assertThat(sendWith(x -> answer(x, 200, "text/html", "<html>OK</html>".getBytes(StandardCharsets.UTF_8)))
                .result()).isEqualTo(PortalResult.ANSWER_UNREADABLE);
        // a duplicate maKetQua: which one counts is ambiguous, so neither does
        assertThat(answered("{\"maKetQua\":\"125\",\"maKetQua\":\"200\"}").result())
                .isEqualTo(PortalResult.ANSWER_UNREADABLE);
        assertThat(answered("{\"maKetQua\":{\"value\":\"200\"}}").result()).isEqualTo(PortalResult.ANSWER_UNREADABLE);
        assertThat(answered("[{\"maKetQua\":\"200\"}]").result()).isEqualTo(PortalResult.ANSWER_UNREADABLE);
        assertThat(answered("{\"maGiaoDich\":\"GD7\",\"thongDiep\":\"ok\"}").result())
                .isEqualTo(PortalResult.ANSWER_UNREADABLE);
        assertThat(answered("{\"maKetQua\":\"200\"").result()).isEqualTo(PortalResult.ANSWER_UNREADABLE);
        // a number instead of a string is the same code; missing optional fields are absent, not invented
        PortalAnswer numeric = answered("{\"maKetQua\":200}");
        assertThat(numeric.result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(numeric.transactionId()).isEmpty();
        assertThat(numeric.receivedAt()).isEmpty();
        assertThat(numeric.portalMessage()).isEmpty();
        // other types are kept as given and coded OTHER_CODE
        PortalAnswer odd = answered("{\"maKetQua\":true,\"maGiaoDich\":[1,2],\"thoiGianTiepNhan\":20261101}");
        assertThat(odd.result()).isEqualTo(PortalResult.OTHER_CODE);
        assertThat(odd.resultCode()).contains("true");
        assertThat(odd.transactionId()).isEmpty();
        assertThat(odd.receivedAtText()).contains("20261101");
        assertThat(odd.receivedAt()).isEmpty();
    }

    @Test
    void thePortalsTextsAreKeptWithoutControlCharactersAndBounded() {
        String longId = "G".repeat(10_000);
        PortalAnswer a = answered("{\"maKetQua\":\"200\",\"maGiaoDich\":\"" + longId
                + "\",\"thongDiep\":\"\\u001b[31mĐã nhận\\r\\nhồ sơ\\u0007\"}");
        assertThat(a.result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(a.portalMessage()).contains(" [31mĐã nhận  hồ sơ ");
        assertThat(a.transactionId().orElseThrow()).hasSize(PortalClient.MAX_CODE_CHARS).endsWith("\u2026");
        assertThat(PortalClient.shown("x".repeat(5000), PortalClient.MAX_MESSAGE_CHARS))
                .hasSize(PortalClient.MAX_MESSAGE_CHARS);
        assertThat(PortalClient.shown("abc", 64)).isEqualTo("abc");
    }

    @Test
    void theDeclaredCharsetIsHonouredAndMalformedBytesAreUnreadable() {
        byte[] latin1 = "{\"maKetQua\":\"200\",\"thongDiep\":\"reçu\"}".getBytes(StandardCharsets.ISO_8859_1);
        PortalAnswer a = sendWith(x -> answer(x, 200, "application/json; charset=ISO-8859-1", latin1));
        assertThat(a.result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(a.portalMessage()).contains("reçu");
        // the same bytes declared UTF-8 are not UTF-8: never guessed into an answer
        assertThat(sendWith(x -> answer(x, 200, "application/json; charset=utf-8", latin1)).result())
                .isEqualTo(PortalResult.ANSWER_UNREADABLE);
        // no charset: JSON's own detection (UTF-16 here)
        byte[] utf16 = "{\"maKetQua\":\"125\"}".getBytes(StandardCharsets.UTF_16BE);
        assertThat(sendWith(x -> answer(x, 200, "application/json", utf16)).result())
                .isEqualTo(PortalResult.BAD_SIGNATURE);
        // an unknown charset name: read as JSON's own encoding
        assertThat(sendWith(x -> answer(x, 200, "application/json; charset=x-no-such-1",
                "{\"maKetQua\":\"200\"}".getBytes(StandardCharsets.UTF_8))).result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(Charset.isSupported("x-no-such-1")).isFalse();
    }

    // ---- redirects and HTTP statuses ---------------------------------------------------------------------------

    @Test
    void aRedirectIsNeverFollowedAndTheFileIsNotTaken() throws IOException {
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger there = new AtomicInteger();
        elsewhere.createContext("/", x -> {
            there.incrementAndGet();
            json(x, "{\"maKetQua\":\"200\"}");
        });
        elsewhere.start();
        try {
            String target = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/steal";
            PortalClient c = client().build();
            onFile = x -> {
                x.getResponseHeaders().set("Location", target);
                answer(x, 307, null, new byte[0]);
            };
            PortalAnswer a = c.sendClaims(PortalFiles.signedClaims(0));
            assertThat(a.result()).isEqualTo(PortalResult.REDIRECTED);
            assertThat(a.result().code().code()).isEqualTo("EMR-CLM-0820");
            assertThat(a.result().acknowledged()).isFalse();
            assertThat(a.attempts()).isEqualTo(1);
            // not taken: a later call sends it again
            onFile = x -> json(x, "{\"maKetQua\":\"200\"}");
            assertThat(c.sendClaims(PortalFiles.signedClaims(0)).result()).isEqualTo(PortalResult.ACCEPTED);
            assertThat(fileRequests.get()).isEqualTo(2);

            // a redirected login: no file request, nothing to the other host
            onToken = x -> {
                x.getResponseHeaders().set("Location", target);
                answer(x, 302, null, new byte[0]);
            };
            int before = fileRequests.get();
            assertThat(client().build().sendClaims(PortalFiles.signedClaims(1)).result())
                    .isEqualTo(PortalResult.REDIRECTED);
            assertThat(fileRequests.get()).isEqualTo(before);
            assertThat(there.get()).isZero();
        } finally {
            elsewhere.stop(0);
        }
    }

    @Test
    void anHttpClientThatFollowsRedirectsIsRefused() {
        for (HttpClient.Redirect r : List.of(HttpClient.Redirect.NORMAL, HttpClient.Redirect.ALWAYS)) {
            HttpClient follows = HttpClient.newBuilder().followRedirects(r).build();
            assertThatThrownBy(() -> client().httpClient(follows)).isInstanceOf(EmrException.class)
                    .hasMessageContaining("EMR-CLM-0823");
        }
        HttpClient never = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(client().httpClient(never).build().sendClaims(PortalFiles.signedClaims(0)).result())
                .isEqualTo(PortalResult.ACCEPTED);
    }

    @Test
    void a4xxWithoutAResultCodeIsARefusedRequestAndTheFileIsSentAgainLater() {
        PortalClient c = client().build();
        onFile = x -> answer(x, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
        PortalAnswer a = c.sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.REQUEST_REFUSED);
        assertThat(a.attempts()).isEqualTo(1);
        onFile = x -> json(x, "{\"maKetQua\":\"200\"}");
        assertThat(c.sendClaims(PortalFiles.signedClaims(0)).result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(fileRequests.get()).isEqualTo(2);
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    @Test
    void aTokenThatCannotBeAHeaderIsRefusedWithoutEchoingIt() {
        String evil = "tok\\r\\nX-Injected: 1";
        onToken = x -> json(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + evil
                + "\",\"id_token\":\"ok\",\"expires_in\":3600}}");
        PortalAnswer a = client().build().sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.LOGIN_REFUSED);
        assertThat(fileRequests.get()).isZero();
        assertThat(a.toString()).doesNotContain("tok");
        onToken = x -> json(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"ok\",\"id_token\":\"mã\"}}");
        assertThat(client().build().sendClaims(PortalFiles.signedClaims(0)).result())
                .isEqualTo(PortalResult.LOGIN_REFUSED);
        onToken = x -> json(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + "a".repeat(9000) + "\"}}");
        assertThat(client().build().sendClaims(PortalFiles.signedClaims(0)).result())
                .isEqualTo(PortalResult.LOGIN_REFUSED);
        onToken = x -> json(x, "{\"maKetQua\":\"200\",\"APIKey\":\"abc\"}");
        assertThat(client().build().sendClaims(PortalFiles.signedClaims(0)).result())
                .isEqualTo(PortalResult.LOGIN_REFUSED);
        assertThat(fileRequests.get()).isZero();
    }

    @Test
    void aRefusedLoginIsNotTriedAgainByTheSameClient() {
        onToken = x -> json(x, "{\"maKetQua\":\"401\",\"APIKey\":null}");
        PortalClient c = client().build();
        for (int day = 0; day < 5; day++) {
            assertThat(c.sendClaims(PortalFiles.signedClaims(day)).result()).isEqualTo(PortalResult.LOGIN_REFUSED);
        }
        // one login request for five files: a portal that locks accounts after failed logins is not provoked
        assertThat(logins.get()).isEqualTo(1);
        assertThat(fileRequests.get()).isZero();
        // an HTTP 401 status without JSON is a refusal too
        onToken = x -> answer(x, 401, "text/plain", "no".getBytes(StandardCharsets.UTF_8));
        PortalClient d = client().build();
        d.sendClaims(PortalFiles.signedClaims(0));
        d.sendClaims(PortalFiles.signedClaims(1));
        assertThat(logins.get()).isEqualTo(2);
    }

    @Test
    void aTokenRefusedRightAfterRenewalEndsTheFileWithoutARenewLoop() {
        onFile = x -> json(x, "{\"maKetQua\":\"401\"}");
        PortalClient c = client().build();
        PortalAnswer a = c.sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.UNAUTHENTICATED);
        assertThat(logins.get()).isEqualTo(2);
        assertThat(fileRequests.get()).isEqualTo(2);
        // a 401 on every call: each further file costs at most one renewal and two requests
        for (int day = 1; day <= 3; day++) {
            assertThat(c.sendClaims(PortalFiles.signedClaims(day)).result())
                    .isEqualTo(PortalResult.UNAUTHENTICATED);
        }
        assertThat(logins.get()).isLessThanOrEqualTo(2 + 3 * 2);
        assertThat(fileRequests.get()).isEqualTo(2 + 3 * 2);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-01T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private int loginsAfter(String expiresInJson, Duration... moves) {
        logins.set(0);
        onToken = x -> {
            String access = "t" + Long.toHexString(System.nanoTime());
            tokensIssued.add(access);
            json(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + access + "\""
                    + (expiresInJson == null ? "" : ",\"expires_in\":" + expiresInJson) + "}}");
        };
        MovingClock clock = new MovingClock();
        // the signature's time check is against the signing time, which is the real now: keep the clock near it
        clock.now = Instant.now();
        PortalClient c = client().clock(clock).build();
        int day = 0;
        c.sendClaims(PortalFiles.signedClaims(day++));
        for (Duration move : moves) {
            clock.now = clock.now.plus(move);
            c.sendClaims(PortalFiles.signedClaims(day++));
        }
        return logins.get();
    }

    @Test
    void oddExpiresInValuesGiveABoundedLifetime() {
        // absent, negative, zero, not a number: 5 minutes (renewed 60 s before)
        for (String odd : new String[] {null, "-5", "0", "\"soon\"", "{}", "0.2"}) {
            assertThat(loginsAfter(odd, Duration.ofMinutes(3))).as(String.valueOf(odd)).isEqualTo(1);
            assertThat(loginsAfter(odd, Duration.ofMinutes(4).plusSeconds(1))).as(String.valueOf(odd)).isEqualTo(2);
        }
        // huge (beyond a long too): at most 30 days, not forever
        for (String huge : new String[] {"99999999999999999999999", "1e300", "\"999999999\"",
            "\"9999-12-31T23:59:59Z\""}) {
            assertThat(loginsAfter(huge, Duration.ofDays(29))).as(huge).isEqualTo(1);
            assertThat(loginsAfter(huge, Duration.ofDays(30))).as(huge).isEqualTo(2);
        }
    }

    @Test
    void noCredentialOrTokenInAnyFailureMessage() {
        // every failure path above runs with the log captured (checked after each test); here the exceptions
        String password = new String(PortalClientTest.PASSWORD);
        for (String bad : List.of("http://" + USER + ":" + password + "@127.0.0.1/", "ftp://127.0.0.1/",
                "http://127.0.0.1/?token=" + MD5)) {
            assertThatThrownBy(() -> PortalClient.builder(URI.create(bad),
                    PortalCredentials.of(USER, PortalClientTest.PASSWORD))).isInstanceOf(EmrException.class)
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain(password).doesNotContain(USER)
                                .doesNotContain(MD5);
                        assertThat(e.toString()).doesNotContain(password).doesNotContain(MD5);
                    });
        }
        assertThat(PortalCredentials.of(USER, PortalClientTest.PASSWORD).toString()).doesNotContain(USER)
                .doesNotContain(MD5);
        assertThat(client().build().toString()).doesNotContain(USER).doesNotContain(MD5);
    }

    @Test
    void plainHttpIsOnlyForThisMachine() {
        PortalCredentials creds = PortalCredentials.of(USER, PortalClientTest.PASSWORD);
        for (String remote : List.of("http://egw.baohiemxahoi.gov.vn/", "HTTP://10.0.0.1:8080/", "http://[::2]/",
                "http://127.example.org/", "http://localhost.example.org/")) {
            assertThatThrownBy(() -> PortalClient.builder(URI.create(remote), creds))
                    .isInstanceOfSatisfying(EmrException.class,
                            e -> assertThat(e.code()).isEqualTo(ClaimsError.PORTAL_PLAIN_HTTP));
        }
        for (String local : List.of("http://127.0.0.1:8080/", "http://localhost/", "http://[::1]:9/",
                "https://egw.baohiemxahoi.gov.vn/")) {
            assertThat(PortalClient.builder(URI.create(local), creds).build()).isNotNull();
        }
    }
}
