package vn.emr.claims.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.emr.signature.SignatureError;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * A local stand-in for the assessment portal, on 127.0.0.1 and a free port, implementing the request and answer
 * shapes of {@code domain/claims.md} §1.5: {@code api/token/take} checks {@code username} and the MD5
 * {@code password} and issues numbered tokens; {@code api/qd130/checkInKcbQd4750|3176} and
 * {@code guiHoSoXmlQD4750|3176} check the headers and form fields, decode {@code fileHSBase64}, verify its signature
 * with emr-signature against the test CA and answer 200, 123 (unsigned) or 125 (invalid); a test scripts other
 * answers (any code, 500, a dropped connection, a slow answer) for the next file requests.
 */
final class FakePortal implements AutoCloseable {

    /** What the next file request gets instead of the verdict of the signature check. */
    record Step(String code, int httpStatus, boolean drop, long delayMillis) {
        static Step answer(String code) {
            return new Step(code, 200, false, 0);
        }

        static Step http500() {
            return new Step(null, 500, false, 0);
        }

        static Step dropConnection() {
            return new Step(null, 0, true, 0);
        }

        /** Receives and records the file, then answers 200 after the delay. */
        static Step slow(long millis) {
            return new Step(null, 200, false, millis);
        }
    }

    /** A file request as received: path, headers used, form fields, the decoded file. */
    record Received(String path, Map<String, String> headers, Map<String, String> form, byte[] file) {
    }

    final String user;
    final String passwordMd5;
    final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final TrustPolicy trust;
    final Deque<Step> script = new ConcurrentLinkedDeque<>();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger fileRequests = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    final List<String> issuedTokens = Collections.synchronizedList(new ArrayList<>());
    volatile long expiresIn = 3600;
    /** When set, the JSON value of {@code expires_in} as written (a date-time string, say), instead of expiresIn. */
    volatile String expiresInJson;
    volatile long handlerDelayMillis;
    private final AtomicInteger transactions = new AtomicInteger();

    FakePortal(String user, String passwordMd5, TrustPolicy trust) throws IOException {
        this.user = user;
        this.passwordMd5 = passwordMd5;
        this.trust = trust;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/api/token/take", this::token);
        server.createContext("/api/qd130/", this::file);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Every token issued so far stops working (the portal's 401). */
    void expireTokens() {
        validTokens.clear();
    }

    private void token(HttpExchange x) throws IOException {
        logins.incrementAndGet();
        Map<String, String> form = form(x);
        if (!"POST".equals(x.getRequestMethod()) || !user.equals(form.get("username"))
                || !passwordMd5.equals(form.get("password"))) {
            answer(x, 200, "{\"maKetQua\":\"401\",\"APIKey\":null}");
            return;
        }
        int n = issuedTokens.size() + 1;
        String access = "access-" + n + "-" + Long.toHexString(System.nanoTime());
        String id = "id-" + n + "-" + Long.toHexString(System.nanoTime());
        issuedTokens.add(access);
        issuedTokens.add(id);
        validTokens.add(access + "|" + id);
        answer(x, 200, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + access + "\",\"id_token\":\"" + id
                + "\",\"token_type\":\"Bearer\",\"username\":\"" + user + "\",\"expires_in\":"
                + (expiresInJson != null ? expiresInJson : String.valueOf(expiresIn)) + "}}");
    }

    private void file(HttpExchange x) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            fileRequests.incrementAndGet();
            Step step = script.poll();
            if (step != null && step.drop()) {
                x.getRequestBody().readAllBytes();
                x.close(); // no status line: the client sees the connection closed
                return;
            }
            if (step != null && step.httpStatus() == 500) {
                answer(x, 500, "Internal Server Error");
                return;
            }
            String path = x.getRequestURI().getPath();
            boolean checkIn = path.equals("/api/qd130/checkInKcbQd4750") || path.equals("/api/qd130/checkInKcbQd3176");
            boolean claims = path.equals("/api/qd130/guiHoSoXmlQD4750") || path.equals("/api/qd130/guiHoSoXmlQD3176");
            if (!checkIn && !claims) {
                answer(x, 404, "{\"maKetQua\":\"404\"}");
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : List.of("accessToken", "tokenId", "passwordHash", "Content-Type")) {
                headers.put(h, x.getRequestHeaders().getFirst(h));
            }
            Map<String, String> form = form(x);
            if (!validTokens.contains(headers.get("accessToken") + "|" + headers.get("tokenId"))
                    || !passwordMd5.equals(headers.get("passwordHash"))) {
                answer(x, 200, "{\"maKetQua\":\"401\",\"thongDiep\":\"Token hết hạn\"}");
                return;
            }
            check(form, checkIn);
            byte[] file = Base64.getDecoder().decode(form.getOrDefault("fileHSBase64", ""));
            received.add(new Received(path, headers, form, file));
            if (step != null && step.delayMillis() > 0) {
                sleep(step.delayMillis());
            }
            if (handlerDelayMillis > 0) {
                sleep(handlerDelayMillis);
            }
            String code;
            if (step != null && step.code() != null) {
                code = step.code();
            } else {
                VerificationResult r = XmlVerifier.strict(trust)
                        .withProfile(claims ? SignatureProfile.CHUKYDONVI : SignatureProfile.ENVELOPED).verify(file);
                code = r.signatures().isEmpty() || r.hasError(SignatureError.SIGNATURE_MISSING) ? "123"
                        : r.valid() ? "200" : "125";
            }
            answer(x, 200, "{\"maKetQua\":\"" + code + "\",\"maGiaoDich\":\"GD" + transactions.incrementAndGet()
                    + "\",\"thoiGianTiepNhan\":\"20261101083015\",\"thongDiep\":\"" + ("200".equals(code)
                    ? "Gửi hồ sơ thành công" : "Lỗi " + code) + "\"}");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The guide's form fields: any fault is recorded for the test to assert on. */
    private void check(Map<String, String> form, boolean checkIn) {
        if (!user.equals(form.get("username"))) {
            faults.add("username");
        }
        if (!(checkIn ? "0" : "130").equals(form.get("loaiHoSo"))) {
            faults.add("loaiHoSo");
        }
        String facility = form.getOrDefault("maCSKCB", "");
        if (facility.length() != 5 || !facility.substring(0, 2).equals(form.get("maTinh"))) {
            faults.add("maCSKCB/maTinh");
        }
        if (!form.getOrDefault("fileHSBase64", "").matches("[A-Za-z0-9+/]+=*")) {
            faults.add("fileHSBase64");
        }
        if (!form.keySet().equals(Set.of("username", "loaiHoSo", "maTinh", "maCSKCB", "fileHSBase64"))) {
            faults.add("fields " + form.keySet());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> form(HttpExchange x) throws IOException {
        String body;
        try (InputStream in = x.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> m = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try {
            x.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (a timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
