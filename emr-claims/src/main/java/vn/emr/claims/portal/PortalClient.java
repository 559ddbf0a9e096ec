package vn.emr.claims.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.check.ClaimsChecker;
import vn.emr.claims.check.ClaimsReport;
import vn.emr.claims.envelope.CheckInDocument;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.envelope.ClaimsFile;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.core.io.LimitedInput;
import vn.emr.core.json.EmrJson;
import vn.emr.signature.SignatureError;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SignatureResult;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * The client of the assessment portal's API, as the technical guides CV 3190/BHXH-CNTT and CV 1245/BHXH-CNTT
 * describe it ({@code domain/claims.md} §1.5):
 * <ul>
 *   <li><b>Login</b>: {@code POST api/token/take} with the form fields {@code username} and {@code password} (the MD5
 *   of the password, upper-case hex); the answer's {@code APIKey.access_token} and {@code APIKey.id_token} go into
 *   the headers {@code accessToken} and {@code tokenId} of each call, with {@code passwordHash} (the same MD5). The
 *   token is kept and renewed before {@code APIKey.expires_in} runs out (a number of seconds, or a date-time; when
 *   neither reads, after 5 minutes), and once more when a call answers 401.</li>
 *   <li><b>Files</b>: {@code POST api/qd130/checkInKcbQd4750|3176} (check-in, {@code loaiHoSo=0}) or
 *   {@code api/qd130/guiHoSoXmlQD4750|3176} (claims, {@code loaiHoSo=130}) with {@code username}, {@code loaiHoSo},
 *   {@code maTinh} (the first two characters of the facility code), {@code maCSKCB} and {@code fileHSBase64}: the
 *   file's exact bytes base64-encoded once, nothing re-serialized. The endpoint names are those of
 *   {@link Builder#endpoints}, by default those of the file's profile ({@link PortalEndpoints#of}).</li>
 *   <li><b>Before sending</b>, the file is read (a {@code GIAMDINHHS} or XML0 document), its signature verified
 *   (refusing locally what the portal refuses with 123 or 125) and, unless {@link Builder#withoutChecks()}, the
 *   claims checks run; an error of either refuses the file with nothing sent. With {@link Builder#trust} the signer
 *   must chain to those anchors; without it the signature is verified with the certificate the file carries (the
 *   file is signed and unchanged since; whether the portal knows that certificate only the portal can say).</li>
 *   <li><b>The answer</b> is a {@link PortalAnswer}: {@code maKetQua}, {@code maGiaoDich}, {@code thoiGianTiepNhan},
 *   {@code thongDiep}, and the coded {@link PortalResult}.</li>
 * </ul>
 *
 * <p><b>Retries.</b> A refused or failed connection, a connection closed without an answer, and a server error
 * (HTTP 5xx, or a {@code maKetQua} of 5xx) are retried as {@link PortalRetry} says, with growing waits.
 *
 * <p><b>A hostile or broken portal.</b> An answer must arrive whole, headers and body, within
 * {@link Builder#requestTimeout} (one that trickles in is cut off: {@link PortalResult#OUTCOME_UNKNOWN} for a file),
 * and is read up to 1 MiB (a larger one is cancelled: {@link PortalResult#ANSWER_UNREADABLE}). A body is decoded with
 * the charset its {@code Content-Type} names (malformed bytes are unreadable, never replaced), else as JSON's own
 * UTF-8/16/32; one that is not a JSON object, has a duplicate member, or a {@code maKetQua} that is not a scalar, is
 * {@link PortalResult#ANSWER_UNREADABLE}, never accepted. An HTTP 3xx is never followed (the JDK would carry the
 * account's headers to the new host): {@link PortalResult#REDIRECTED}; an HTTP 4xx other than 401/403 without a
 * {@code maKetQua} is {@link PortalResult#REQUEST_REFUSED}. The portal's texts are kept without control characters,
 * the result code, transaction id and receipt time at most 64 characters, the message at most 2000. A token that
 * is not 1 to 8192 visible ASCII characters is not used (a login refusal, the value never echoed);
 * {@code expires_in} is believed between a moment and 30 days. Once the portal has refused the login, this client
 * does not try again (every later file is {@link PortalResult#LOGIN_REFUSED} without a request), so that a batch
 * does not lock an account that locks after failed logins; build a new client with the corrected account.
 *
 * <p><b>What is guaranteed about sending twice.</b> The portal documents no call to ask what became of a request,
 * so the client is careful where the outcome is unknown:
 * <ul>
 *   <li>A file (keyed by the SHA-256 of its bytes) the portal answered about ({@link PortalResult#acknowledged()}) is
 *   never sent again by the same client: sending it again returns the first answer, also to concurrent callers,
 *   who wait for it.</li>
 *   <li>A request that timed out after it was sent may have arrived: it is not retried and the answer is
 *   {@link PortalResult#OUTCOME_UNKNOWN}; sending the same bytes again returns that answer, without a request,
 *   unless {@link Builder#resendAfterTimeout} allows it (then timeouts are retried like connection failures).</li>
 *   <li>After a 401, a 403, a redirect, a 4xx without a result code, a local refusal, a login failure or exhausted
 *   retries the portal is taken not to have the file (after a 5xx it might, the guides do not say), and a later call
 *   sends it.</li>
 *   <li>Not guaranteed: a connection the portal (or a proxy) closes after it has received a request but before it
 *   answers looks like any dropped connection and is retried; the portal would then see the file twice. Across
 *   processes only the journal of {@link PortalBatch} protects, and only for the files it records.</li>
 * </ul>
 * The client remembers each file it answered about (its SHA-256 and answer, a few hundred bytes) for its own
 * lifetime: a long-running service should use one client per batch or day rather than one forever.
 *
 * <p>The log ({@link System.Logger} {@code vn.emr.claims.portal}) holds only outcomes: per file the first 12 hex
 * digits of its SHA-256, the endpoint path, the result and the attempts; a login's success (with the token's
 * lifetime) or refusal; each retry's cause and wait. Never the user name, the password or its hash, the token, or
 * the file's content. Immutable settings, thread-safe.
 *
 * <pre>{@code
 * PortalClient portal = PortalClient.builder(URI.create("https://egw.baohiemxahoi.gov.vn/"),
 *         PortalCredentials.of("79001_BV", password)).build();
 * PortalAnswer answer = portal.sendClaims(signedGiamdinhhs);
 * }</pre>
 */
public final class PortalClient {

    private static final System.Logger LOG = System.getLogger("vn.emr.claims.portal");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The longest portal answer read: 1 MiB (the documented answers are a few hundred bytes). */
    static final int MAX_ANSWER_BYTES = 1 << 20;
    /** The largest file read from disk by {@link #send(PortalFileKind, Path)}: 512 MiB. */
    static final long MAX_FILE_BYTES = 512L << 20;
    private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final TrustPolicy NO_ANCHORS = TrustPolicy.of(List.of());
    /** The longest result code, transaction id or receipt time kept from an answer. */
    static final int MAX_CODE_CHARS = 64;
    /** The longest portal message ({@code thongDiep}) kept from an answer. */
    static final int MAX_MESSAGE_CHARS = 2000;
    /** The longest token value taken from a login answer. */
    static final int MAX_TOKEN_CHARS = 8192;
    /** The longest token lifetime believed: 30 days. */
    private static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(30);

    /** Waits between attempts; tests inject one that does not really wait. */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits for the duration (or returns early when interrupted, throwing). */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI base;
    private final PortalEndpoints endpoints;
    private final PortalCredentials credentials;
    private final TrustPolicy trust;
    private final ClaimsChecker checker;
    private final Duration requestTimeout;
    private final PortalRetry retry;
    private final HttpClient http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final boolean resendAfterTimeout;
    private final Duration renewBefore;

    private final Object tokenLock = new Object();
    private Token token;
    /** Set when the portal refused the login: this client does not try again (accounts lock after failures). */
    private boolean loginRefused;
    private final ConcurrentHashMap<String, CompletableFuture<PortalAnswer>> sent = new ConcurrentHashMap<>();

    private PortalClient(Builder b) {
        this.base = b.base;
        this.endpoints = b.endpoints;
        this.credentials = b.credentials;
        this.trust = b.trust;
        this.checker = b.checks ? (b.checker != null ? b.checker : ClaimsChecker.builder().build()) : null;
        this.requestTimeout = b.requestTimeout;
        this.retry = b.retry;
        this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.resendAfterTimeout = b.resendAfterTimeout;
        this.renewBefore = b.renewBefore;
    }

    /**
     * A builder for the portal at this base URI (for example {@code https://egw.baohiemxahoi.gov.vn/}, or the
     * training host {@code https://daotaoegw.baohiemxahoi.gov.vn/}) and account.
     *
     * @throws EmrException {@link ClaimsError#PORTAL_ENDPOINT} for a URI that is not absolute http(s) with a host, or
     *     that carries a user name, query or fragment;
     *     {@link ClaimsError#PORTAL_PLAIN_HTTP} for plain http to a host other than this machine (the login's MD5
     *     and the token would cross the network in clear: only https, or http on loopback for tests)
     */
    public static Builder builder(URI endpoint, PortalCredentials credentials) {
        return new Builder(endpoint, credentials);
    }

    /** Sends a signed claims file ({@code GIAMDINHHS}). */
    public PortalAnswer sendClaims(byte[] signedFile) {
        return send(PortalFileKind.CLAIMS, signedFile);
    }

    /** Sends a signed check-in document (XML0). */
    public PortalAnswer sendCheckIn(byte[] signedFile) {
        return send(PortalFileKind.CHECK_IN, signedFile);
    }

    /** Sends a signed file of the kind; the claims checks' findings name it {@code "-"}. */
    public PortalAnswer send(PortalFileKind kind, byte[] signedFile) {
        return send(kind, signedFile, "-");
    }

    /**
     * Sends a signed file read from disk (at most 512 MiB); the claims checks' findings name it by its file name.
     *
     * @throws EmrException {@code EMR-CORE-0006}, {@code EMR-CORE-0020} or {@code EMR-CORE-0021} when it cannot be
     *     read
     */
    public PortalAnswer send(PortalFileKind kind, Path file) {
        return send(kind, LimitedInput.readFile(file, MAX_FILE_BYTES), String.valueOf(file.getFileName()));
    }

    /**
     * Runs every local check a send runs and answers {@link PortalResult#WOULD_SEND} with the endpoint, or the local
     * refusal; sends nothing and needs no login.
     */
    public PortalAnswer dryRun(PortalFileKind kind, byte[] signedFile, String name) {
        byte[] copy = signedFile.clone();
        Prepared p = prepare(kind, copy, sha256(copy), name);
        return p.refusal != null ? p.refusal : p.answer(PortalResult.WOULD_SEND).build();
    }

    PortalAnswer send(PortalFileKind kind, byte[] signedFile, String name) {
        return send(kind, signedFile, name, () -> { });
    }

    /** Sends; {@code beforeSending} runs once, just before the file's first request (the batch's journal mark). */
    PortalAnswer send(PortalFileKind kind, byte[] signedFile, String name, Runnable beforeSending) {
        Objects.requireNonNull(kind, "kind");
        byte[] copy = signedFile.clone();
        String sha = sha256(copy);
        while (true) {
            CompletableFuture<PortalAnswer> mine = new CompletableFuture<>();
            CompletableFuture<PortalAnswer> prior = sent.putIfAbsent(sha, mine);
            if (prior == null) {
                PortalAnswer answer;
                try {
                    answer = sendOnce(kind, copy, sha, name, beforeSending);
                } catch (RuntimeException | Error e) {
                    sent.remove(sha, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                if (!keeps(answer)) {
                    sent.remove(sha, mine);
                }
                mine.complete(answer);
                return answer;
            }
            try {
                PortalAnswer first = prior.join();
                if (keeps(first)) {
                    LOG.log(System.Logger.Level.INFO, "portal: file {0} already sent ({1}); not sent again",
                            sha.substring(0, 12), first.result());
                    return first;
                }
            } catch (CompletionException e) {
                // the other caller failed without an answer: try ourselves
            }
        }
    }

    /** Whether an answer bars sending the same bytes again from this client. */
    private boolean keeps(PortalAnswer a) {
        return a.result().acknowledged() || a.result() == PortalResult.OUTCOME_UNKNOWN && !resendAfterTimeout;
    }

    /** Whether a journal's answer bars sending the same bytes again (the same rule as within one client). */
    boolean settles(PortalResult result) {
        return result.acknowledged() || result == PortalResult.OUTCOME_UNKNOWN && !resendAfterTimeout;
    }

    private PortalAnswer sendOnce(PortalFileKind kind, byte[] file, String sha, String name,
            Runnable beforeSending) {
        Prepared p = prepare(kind, file, sha, name);
        if (p.refusal != null) {
            log(sha, p.uri, p.refusal);
            return p.refusal;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", credentials.user());
        form.put("loaiHoSo", kind.loaiHoSo());
        form.put("maTinh", p.facility.substring(0, 2));
        form.put("maCSKCB", p.facility);
        form.put("fileHSBase64", Base64.getEncoder().encodeToString(file));
        String body = form(form);
        form.clear();
        int attempts = 0;
        boolean renewed = false;
        Token used;
        try {
            used = token(null);
        } catch (LoginFailed e) {
            PortalAnswer a = p.answer(e.result).build();
            log(sha, p.uri, a);
            return a;
        }
        beforeSending.run();
        while (true) {
            final Token t = used;
            Exchange x = retrying(() -> HttpRequest.newBuilder(p.uri).timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Accept", "application/json").header("accessToken", t.access)
                    .header("tokenId", t.id).header("passwordHash", credentials.passwordHash())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    resendAfterTimeout);
            attempts += x.attempts;
            PortalAnswer a = answerOf(x, p, attempts);
            if (a.result() == PortalResult.UNAUTHENTICATED && !renewed) {
                // the token expired or was revoked early: the file was not taken; renew once and send again
                renewed = true;
                try {
                    used = token(t);
                } catch (LoginFailed e) {
                    a = p.answer(e.result).attempts(attempts).build();
                    log(sha, p.uri, a);
                    return a;
                }
                continue;
            }
            log(sha, p.uri, a);
            return a;
        }
    }

    private static void log(String sha, URI uri, PortalAnswer a) {
        LOG.log(a.accepted() ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                "portal: file {0} to {1}: {2} after {3} attempt(s)", sha.substring(0, 12),
                uri == null ? "-" : uri.getPath(), a.result(), a.attempts());
    }

    /** The answer of a send exchange. */
    private static PortalAnswer answerOf(Exchange x, Prepared p, int attempts) {
        switch (x.kind) {
            case TIMED_OUT, BODY_LOST, INTERRUPTED -> {
                return p.answer(PortalResult.OUTCOME_UNKNOWN).attempts(attempts).build();
            }
            case CONNECT_FAILED, DROPPED -> {
                return p.answer(PortalResult.UNREACHABLE).attempts(attempts).build();
            }
            case SERVER_ERROR -> {
                return p.answer(PortalResult.SERVER_ERROR).attempts(attempts).build();
            }
            case REDIRECTED -> {
                return p.answer(PortalResult.REDIRECTED).attempts(attempts).build();
            }
            default -> {
                // answered
            }
        }
        JsonNode json = x.json;
        String code = json == null ? null : text(json, "maKetQua");
        if (code == null || code.isBlank()) {
            if (x.status == 401 || x.status == 403) {
                code = String.valueOf(x.status);
            } else if (x.status >= 400) {
                return p.answer(PortalResult.REQUEST_REFUSED).attempts(attempts).build();
            } else {
                return p.answer(PortalResult.ANSWER_UNREADABLE).attempts(attempts).build();
            }
        }
        code = shown(code, MAX_CODE_CHARS);
        PortalResult result = PortalResult.ofResultCode(code);
        return p.answer(result).attempts(attempts).portal(code, shown(text(json, "maGiaoDich"), MAX_CODE_CHARS),
                shown(text(json, "thoiGianTiepNhan"), MAX_CODE_CHARS),
                shown(text(json, "thongDiep"), MAX_MESSAGE_CHARS)).build();
    }

    /**
     * A text of the portal's answer as kept: control characters (a terminal's escape sequences, line breaks)
     * replaced by spaces, and at most {@code max} characters (a longer one is cut, ending in an ellipsis).
     */
    static String shown(String text, int max) {
        if (text == null) {
            return null;
        }
        int[] points = text.codePoints().limit(max + 1L).toArray();
        boolean cut = points.length > max;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < (cut ? max - 1 : points.length); i++) {
            int c = points[i];
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            b.appendCodePoint(hidden ? ' ' : c);
        }
        return cut ? b.append('\u2026').toString() : b.toString();
    }

    // ---- local checks ----------------------------------------------------------------------------------------

    /** What is known of a file before sending: where it goes and what it holds, or why it is refused. */
    private static final class Prepared {
        final String sha;
        String facility;
        List<String> keys = List.of();
        URI uri;
        PortalAnswer refusal;

        Prepared(String sha) {
            this.sha = sha;
        }

        PortalAnswer.Builder answer(PortalResult result) {
            return PortalAnswer.builder(result, sha).file(facility, keys).endpoint(uri);
        }

        Prepared refuse(PortalAnswer.Builder b) {
            this.refusal = b.build();
            return this;
        }
    }

    private Prepared prepare(PortalFileKind kind, byte[] file, String sha, String name) {
        Prepared p = new Prepared(sha);
        ClaimsProfile profile;
        try {
            if (kind == PortalFileKind.CLAIMS) {
                ClaimsFile f = ClaimsFile.read(file);
                p.facility = f.facilityCode();
                List<String> keys = new ArrayList<>();
                for (ClaimEpisode e : f.episodes()) {
                    e.maLk().ifPresent(keys::add);
                }
                p.keys = List.copyOf(keys);
                profile = f.profile();
            } else {
                List<TableRecord> rows = CheckInDocument.read(file);
                Set<String> facilities = new LinkedHashSet<>();
                List<String> keys = new ArrayList<>();
                LocalDate first = null;
                for (TableRecord r : rows) {
                    facilities.add(r.get("MA_CSKCB").orElse(""));
                    r.get("MA_LK").ifPresent(keys::add);
                    if (first == null) {
                        first = date(r.get("NGAY_VAO").orElse(""));
                    }
                }
                p.keys = List.copyOf(keys);
                p.facility = facilities.size() == 1 ? facilities.iterator().next() : null;
                profile = first == null ? null : first.isBefore(ClaimsProfile.QD130.appliesFrom())
                        ? ClaimsProfile.QD130 : ClaimsProfile.forClaimDate(first);
                if (profile == null && endpoints == null) {
                    return p.refuse(p.answer(PortalResult.LOCAL_UNREADABLE));
                }
            }
        } catch (EmrException e) {
            return p.refuse(p.answer(PortalResult.LOCAL_UNREADABLE));
        }
        if (p.facility == null || p.facility.length() != 5) {
            p.facility = null;
            return p.refuse(p.answer(PortalResult.LOCAL_UNREADABLE));
        }
        PortalEndpoints names = endpoints != null ? endpoints : PortalEndpoints.of(profile);
        p.uri = base.resolve(names.path(kind));
        PortalAnswer.Builder signature = signature(kind, file, p);
        if (signature != null) {
            return p.refuse(signature);
        }
        if (checker != null) {
            ClaimsReport report = checker.check(file, name);
            if (report.hasErrors()) {
                return p.refuse(p.answer(PortalResult.LOCAL_CHECKS_FAILED).findings(report.issues()));
            }
        }
        return p;
    }

    /** The refusal of the file's signature, or null when it verifies. */
    private PortalAnswer.Builder signature(PortalFileKind kind, byte[] file, Prepared p) {
        SignatureProfile profile = kind == PortalFileKind.CLAIMS ? SignatureProfile.CHUKYDONVI
                : SignatureProfile.ENVELOPED;
        VerificationResult r;
        if (trust != null) {
            r = XmlVerifier.strict(trust).withProfile(profile).withClock(clock).verify(file);
        } else {
            // integrity only: the certificate the file carries, as a pinned key
            VerificationResult carried = XmlVerifier.strict(NO_ANCHORS).withProfile(profile).withClock(clock)
                    .verify(file);
            if (unsigned(carried)) {
                return p.answer(PortalResult.LOCAL_UNSIGNED);
            }
            List<PublicKey> keys = new ArrayList<>();
            for (SignatureResult s : carried.signatures()) {
                s.signerCertificate().map(X509Certificate::getPublicKey).ifPresent(keys::add);
            }
            if (keys.isEmpty()) {
                return p.answer(PortalResult.LOCAL_BAD_SIGNATURE).signatureErrors(carried.errors());
            }
            r = XmlVerifier.strict(NO_ANCHORS).withProfile(profile).withPinnedKeys(keys).withClock(clock)
                    .verify(file);
        }
        if (unsigned(r)) {
            return p.answer(PortalResult.LOCAL_UNSIGNED);
        }
        return r.valid() ? null : p.answer(PortalResult.LOCAL_BAD_SIGNATURE).signatureErrors(r.errors());
    }

    private static boolean unsigned(VerificationResult r) {
        return r.signatures().isEmpty() || r.hasError(SignatureError.SIGNATURE_MISSING);
    }

    private static LocalDate date(String value) {
        if (value.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 8), FieldRules.DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- token -----------------------------------------------------------------------------------------------

    /** A login token: the two header values and when to renew it. Never printed. */
    private static final class Token {
        final String access;
        final String id;
        final Instant renewAt;

        Token(String access, String id, Instant renewAt) {
            this.access = access;
            this.id = id;
            this.renewAt = renewAt;
        }

        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }

    /** Why a login gave no token; the file is not sent. */
    private static final class LoginFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final PortalResult result;
        /** Whether the portal itself refused the account (not: an unusable answer, no connection). */
        final boolean answered;

        LoginFailed(PortalResult result) {
            this(result, false);
        }

        LoginFailed(PortalResult result, boolean answered) {
            super(result.name(), null, false, false);
            this.result = result;
            this.answered = answered;
        }
    }

    /**
     * The token to use: the kept one while it is not due for renewal; a new one when {@code refused} is the kept one
     * (a 401 answered to it) or it is due.
     */
    private Token token(Token refused) throws LoginFailed {
        synchronized (tokenLock) {
            if (token != null && token != refused && clock.instant().isBefore(token.renewAt)) {
                return token;
            }
            token = null;
            if (loginRefused) {
                throw new LoginFailed(PortalResult.LOGIN_REFUSED);
            }
            try {
                token = login();
            } catch (LoginFailed e) {
                loginRefused = e.result == PortalResult.LOGIN_REFUSED && e.answered;
                throw e;
            }
            return token;
        }
    }

    private Token login() throws LoginFailed {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", credentials.user());
        form.put("password", credentials.passwordHash());
        String body = form(form);
        URI uri = base.resolve(PortalEndpoints.TOKEN_PATH);
        Exchange x = retrying(() -> HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), true);
        switch (x.kind) {
            case ANSWERED -> {
                // read below
            }
            case SERVER_ERROR -> throw new LoginFailed(PortalResult.SERVER_ERROR);
            case REDIRECTED -> throw new LoginFailed(PortalResult.REDIRECTED);
            case INTERRUPTED -> throw new LoginFailed(PortalResult.UNREACHABLE);
            default -> throw new LoginFailed(PortalResult.UNREACHABLE);
        }
        JsonNode key = x.json == null ? null : field(x.json, "APIKey");
        String access = key == null ? null : text(key, "access_token");
        String code = x.json == null ? null : text(x.json, "maKetQua");
        if (code == null && (x.status == 401 || x.status == 403)) {
            code = String.valueOf(x.status);
        }
        if (code != null && !"200".equals(code.strip())) {
            LOG.log(System.Logger.Level.WARNING, "portal: login refused; this client will not log in again");
            throw new LoginFailed(PortalResult.LOGIN_REFUSED, true);
        }
        String id = key == null ? null : text(key, "id_token");
        if (code == null || !headerSafe(access) || id != null && !id.isEmpty() && !headerSafe(id)) {
            // no token, or one that cannot be a header value (line breaks, say): unusable, never echoed
            LOG.log(System.Logger.Level.WARNING, "portal: login answer without a usable token");
            throw new LoginFailed(PortalResult.LOGIN_REFUSED);
        }
        Instant now = clock.instant();
        Instant expires = expiry(key == null ? null : field(key, "expires_in"), now);
        Duration lifetime = Duration.between(now, expires);
        Duration margin = renewBefore.compareTo(lifetime.dividedBy(2)) < 0 ? renewBefore : lifetime.dividedBy(2);
        LOG.log(System.Logger.Level.DEBUG, "portal: login, token valid for {0} s", lifetime.toSeconds());
        return new Token(access, id == null ? "" : id, expires.minus(margin));
    }

    /** Whether a token value can go in a header as it is: 1 to 8192 visible ASCII characters. */
    private static boolean headerSafe(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_TOKEN_CHARS
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    /**
     * When the token expires: {@code expires_in} seconds from now, or a date-time (Vietnam time when no offset);
     * 5 minutes when it does not read or is not in the future, at most 30 days.
     */
    private static Instant expiry(JsonNode expiresIn, Instant now) {
        Instant read = readExpiry(expiresIn, now);
        if (!read.isAfter(now)) {
            return now.plus(DEFAULT_TOKEN_LIFETIME);
        }
        Instant latest = now.plus(MAX_TOKEN_LIFETIME);
        return read.isAfter(latest) ? latest : read;
    }

    private static Instant readExpiry(JsonNode expiresIn, Instant now) {
        if (expiresIn != null && expiresIn.isNumber() && expiresIn.asDouble() > 0) {
            // seconds; a huge number (beyond a long, say) means the longest lifetime believed
            return now.plusSeconds((long) Math.min(expiresIn.asDouble(), MAX_TOKEN_LIFETIME.toSeconds() + 1.0));
        }
        if (expiresIn != null && expiresIn.isTextual()) {
            String t = expiresIn.asText().strip();
            if (t.matches("[0-9]{1,9}") && Long.parseLong(t) > 0) {
                return now.plusSeconds(Math.min(Long.parseLong(t), MAX_TOKEN_LIFETIME.toSeconds() + 1));
            }
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (java.time.DateTimeException | ArithmeticException e) {
                // try a local date-time
            }
            try {
                return LocalDateTime.parse(t).atZone(VIETNAM).toInstant();
            } catch (java.time.DateTimeException | ArithmeticException e) {
                // fall through to the default lifetime
            }
        }
        return now.plus(DEFAULT_TOKEN_LIFETIME);
    }

    // ---- transport -------------------------------------------------------------------------------------------

    /** How one exchange (with its retries) ended. */
    private enum ExchangeKind {
        ANSWERED, SERVER_ERROR, REDIRECTED, CONNECT_FAILED, DROPPED, TIMED_OUT, BODY_LOST, INTERRUPTED
    }

    /** The end of an exchange: how, and for an answer its HTTP status and JSON body (null when not JSON). */
    private record Exchange(ExchangeKind kind, int status, JsonNode json, int attempts) {
    }

    /** A request builder, called once per attempt (a request body publisher may be read only once). */
    private interface RequestFactory {
        HttpRequest make();
    }

    /**
     * The request, retried after connection failures, dropped connections and server errors, and after timeouts
     * when {@code timeoutsRetry}; at most {@link PortalRetry#maxAttempts()} attempts.
     */
    private Exchange retrying(RequestFactory request, boolean timeoutsRetry) {
        ExchangeKind last = ExchangeKind.CONNECT_FAILED;
        for (int attempt = 1; ; attempt++) {
            Exchange x = once(request.make(), attempt);
            last = x.kind;
            boolean again = switch (x.kind) {
                case SERVER_ERROR, CONNECT_FAILED, DROPPED -> true;
                case TIMED_OUT, BODY_LOST -> timeoutsRetry;
                case ANSWERED, REDIRECTED, INTERRUPTED -> false;
            };
            if (!again || attempt >= retry.maxAttempts()) {
                return x;
            }
            Duration wait = retry.backoffAfter(attempt);
            LOG.log(System.Logger.Level.DEBUG, "portal: attempt {0} ended {1}; next in {2} ms", attempt, last,
                    wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Exchange(x.kind == ExchangeKind.TIMED_OUT ? ExchangeKind.TIMED_OUT
                        : ExchangeKind.INTERRUPTED, x.status, null, attempt);
            }
        }
    }

    /**
     * One request: the answer's headers and body must arrive within the request timeout together (a portal that
     * sends its headers and then trickles the body is cut off there), and the body is read up to
     * {@link #MAX_ANSWER_BYTES} (a larger one is cancelled and read as an unreadable answer).
     */
    private Exchange once(HttpRequest request, int attempt) {
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = http.sendAsync(request, info -> {
                BoundedBody b = new BoundedBody(info.statusCode(),
                        info.headers().firstValue("Content-Type").orElse(null));
                body.set(b);
                return b;
            });
        } catch (RuntimeException e) {
            // an HttpClient that refuses the request outright (shut down, say): nothing was sent
            return new Exchange(ExchangeKind.CONNECT_FAILED, 0, null, attempt);
        }
        HttpResponse<byte[]> response;
        try {
            response = future.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(future, body.get());
            return new Exchange(body.get() == null ? ExchangeKind.TIMED_OUT : ExchangeKind.BODY_LOST,
                    body.get() == null ? 0 : body.get().status, null, attempt);
        } catch (InterruptedException e) {
            abandon(future, body.get());
            Thread.currentThread().interrupt();
            return new Exchange(ExchangeKind.INTERRUPTED, 0, null, attempt);
        } catch (ExecutionException | CancellationException e) {
            BoundedBody b = body.get();
            Throwable cause = e.getCause();
            for (Throwable c = cause; c != null; c = c.getCause()) {
                if (c instanceof AnswerTooLarge && b != null) {
                    // the portal answered, but far more than any documented answer: unreadable, not retried
                    return answered(b.status, null, attempt);
                }
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return new Exchange(ExchangeKind.CONNECT_FAILED, 0, null, attempt);
            }
            if (cause instanceof HttpTimeoutException) {
                return new Exchange(ExchangeKind.TIMED_OUT, 0, null, attempt);
            }
            if (b != null) {
                // the portal answered but the answer was lost: it may have taken the file
                return new Exchange(ExchangeKind.BODY_LOST, b.status, null, attempt);
            }
            return new Exchange(ExchangeKind.DROPPED, 0, null, attempt);
        }
        BoundedBody b = body.get();
        return answered(response.statusCode(), json(response.body(), b == null ? null : b.contentType), attempt);
    }

    private static Exchange answered(int status, JsonNode json, int attempt) {
        if (status >= 500) {
            return new Exchange(ExchangeKind.SERVER_ERROR, status, null, attempt);
        }
        if (status >= 300 && status < 400) {
            // never followed: the next host would get the account's headers
            return new Exchange(ExchangeKind.REDIRECTED, status, null, attempt);
        }
        String code = json == null ? null : text(json, "maKetQua");
        if (code != null && code.strip().matches("5[0-9]{2}")) {
            return new Exchange(ExchangeKind.SERVER_ERROR, status, null, attempt);
        }
        return new Exchange(ExchangeKind.ANSWERED, status, json, attempt);
    }

    private static void abandon(CompletableFuture<?> future, BoundedBody body) {
        if (body != null) {
            body.cancel();
        }
        future.cancel(true);
    }

    /** The answer's body grew past {@link #MAX_ANSWER_BYTES}. */
    private static final class AnswerTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        AnswerTooLarge() {
            super("answer too large", null);
        }
    }

    /** Collects an answer's body up to {@link #MAX_ANSWER_BYTES}, cancelling the exchange beyond that. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        final int status;
        final String contentType;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        BoundedBody(int status, String contentType) {
            this.status = status;
            this.contentType = contentType;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (bytes.size() + (long) item.remaining() > MAX_ANSWER_BYTES) {
                    result.completeExceptionally(new AnswerTooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public synchronized void onComplete() {
            result.complete(bytes.toByteArray());
        }

        /** Stops reading (a too slow answer): the connection is closed. */
        void cancel() {
            result.completeExceptionally(new HttpTimeoutException("answer too slow"));
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    /**
     * The body as a JSON object, or null: decoded with the charset its {@code Content-Type} names (malformed bytes
     * make it unreadable, never replaced), else as JSON's own UTF-8/16/32; duplicate members make it unreadable.
     */
    private static JsonNode json(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        try {
            JsonNode n;
            if (charset == null) {
                n = EmrJson.reader().readTree(body);
            } else {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
                n = EmrJson.reader().readTree(text);
            }
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The charset a {@code Content-Type} names, when it names a supported one. */
    private static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    return Charset.isSupported(name) ? Charset.forName(name) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A member by name, ignoring case (the guides write {@code maKetQua}; some answers differ in case). */
    private static JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A scalar member as text, or null. */
    private static String text(JsonNode object, String name) {
        if (object == null) {
            return null;
        }
        JsonNode v = field(object, name);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** The SHA-256 of the bytes, lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Shows the portal's host and the settings; never the account. */
    @Override
    public String toString() {
        return "PortalClient[" + base.getHost() + ", endpoints=" + (endpoints == null ? "by profile" : endpoints)
                + ", checks=" + (checker != null) + ", trust=" + (trust != null) + "]";
    }

    /** The settings of a {@link PortalClient}. */
    public static final class Builder {
        private final URI base;
        private final PortalCredentials credentials;
        private PortalEndpoints endpoints;
        private TrustPolicy trust;
        private ClaimsChecker checker;
        private boolean checks = true;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(20);
        private PortalRetry retry = PortalRetry.DEFAULT;
        private HttpClient http;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private boolean resendAfterTimeout;
        private Duration renewBefore = Duration.ofSeconds(60);

        private Builder(URI endpoint, PortalCredentials credentials) {
            this.base = checked(endpoint);
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        private static URI checked(URI uri) {
            if (uri == null || !uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new EmrException(ClaimsError.PORTAL_ENDPOINT, "endpoint");
            }
            if ("http".equalsIgnoreCase(uri.getScheme()) && !loopback(uri.getHost())) {
                throw new EmrException(ClaimsError.PORTAL_PLAIN_HTTP, "endpoint");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path.endsWith("/") ? uri.resolve(path) : URI.create(uri.toString() + "/");
        }

        /** Whether a host names this machine (localhost, 127.0.0.0/8, ::1), read without a name lookup. */
        private static boolean loopback(String host) {
            String h = host.toLowerCase(java.util.Locale.ROOT);
            return h.equals("localhost") || h.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}")
                    || h.equals("[::1]") || h.equals("::1") || h.matches("\\[(0{1,4}:){7}0{0,3}1\\]");
        }

        /** The endpoint names to use for every file; default: those of each file's profile. */
        public Builder endpoints(PortalEndpoints value) {
            this.endpoints = Objects.requireNonNull(value, "endpoints");
            return this;
        }

        /** The anchors the file's signer must chain to; default: the certificate the file carries (integrity only). */
        public Builder trust(TrustPolicy value) {
            this.trust = Objects.requireNonNull(value, "trust");
            return this;
        }

        /** The claims checker run before sending; default: {@code ClaimsChecker.builder().build()}. */
        public Builder checker(ClaimsChecker value) {
            this.checker = Objects.requireNonNull(value, "checker");
            this.checks = true;
            return this;
        }

        /** No claims checks before sending (the signature is still verified). */
        public Builder withoutChecks() {
            this.checks = false;
            return this;
        }

        /** How long to wait for each answer (default 60 s). */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value);
            return this;
        }

        /** How long to wait for a connection (default 20 s; used by the client's own {@code HttpClient} only). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value);
            return this;
        }

        /** The retry policy (default {@link PortalRetry#DEFAULT}). */
        public Builder retry(PortalRetry value) {
            this.retry = Objects.requireNonNull(value, "retry");
            return this;
        }

        /**
         * The HTTP client to use (its own timeouts, proxy and TLS settings apply); default: one of HTTP/1.1 that
         * follows no redirect, so the account never goes to another host.
         *
         * @throws EmrException {@link ClaimsError#PORTAL_HTTP_CLIENT_REDIRECTS} for a client that follows redirects
         */
        public Builder httpClient(HttpClient value) {
            Objects.requireNonNull(value, "httpClient");
            if (value.followRedirects() != HttpClient.Redirect.NEVER) {
                // the JDK keeps a request's headers on a redirect: accessToken, tokenId and passwordHash would follow
                throw new EmrException(ClaimsError.PORTAL_HTTP_CLIENT_REDIRECTS, "httpClient");
            }
            this.http = value;
            return this;
        }

        /** The clock for token expiry and signature times (default UTC system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How to wait between attempts (default {@link Thread#sleep}). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Whether a request that timed out after it was sent may be sent again (retried, and sent again on a later
         * call); default false: it is answered {@link PortalResult#OUTCOME_UNKNOWN} and not sent again.
         */
        public Builder resendAfterTimeout(boolean value) {
            this.resendAfterTimeout = value;
            return this;
        }

        /** How long before its expiry the token is renewed (default 60 s; at most half its lifetime). */
        public Builder renewBefore(Duration value) {
            this.renewBefore = Objects.requireNonNull(value, "renewBefore");
            if (value.isNegative()) {
                throw new IllegalArgumentException("renewBefore must not be negative");
            }
            return this;
        }

        private static Duration positive(Duration d) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("a positive duration is required");
            }
            return d;
        }

        /** The client. */
        public PortalClient build() {
            return new PortalClient(this);
        }
    }
}
