package vn.emr.claims.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.XmlSigner;

/**
 * The portal client against a local portal ({@link FakePortal}) that checks the documented request shapes and
 * verifies each file's signature: the whole flow, token renewal, local refusals, retries, the no-second-send rule and
 * the absence of credentials from logs and messages.
 */
class PortalClientTest {

    static final String USER = "79001_BVDEMO";
    static final char[] PASSWORD = "Mật-khẩu-thử-9".toCharArray();
    static final String MD5 = md5(PASSWORD);

    private FakePortal portal;
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        portal = new FakePortal(USER, MD5, PortalFiles.DEMO.trustPolicy());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    static String md5(char[] password) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                    .digest(new String(password).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private PortalClient.Builder client() {
        return PortalClient.builder(portal.uri(), PortalCredentials.of(USER, PASSWORD)).sleeper(waits::add)
                .trust(PortalFiles.DEMO.trustPolicy());
    }

    @Test
    void sendsTheExactSignedBytesWithTheGuidesFormFieldsAndReadsTheAnswer() {
        byte[] file = PortalFiles.signedClaims(0);
        PortalAnswer a = client().build().sendClaims(file);

        assertThat(a.result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(a.resultCode()).contains("200");
        assertThat(a.transactionId()).contains("GD1");
        assertThat(a.receivedAt()).contains(LocalDateTime.of(2026, 11, 1, 8, 30, 15));
        assertThat(a.portalMessage()).contains("Gửi hồ sơ thành công");
        assertThat(a.maLk()).containsExactly(PortalFiles.VISIT.encounter().maLk());
        assertThat(a.facilityCode()).contains("79001");
        assertThat(a.attempts()).isEqualTo(1);
        assertThat(a.message(Languages.ENGLISH)).contains("accepted");
        assertThat(a.message(Languages.VIETNAMESE)).contains("đã nhận");

        assertThat(portal.faults).isEmpty();
        assertThat(portal.logins.get()).isEqualTo(1);
        FakePortal.Received r = portal.received.get(0);
        // a 2026 claim goes to Decision 3176's endpoint
        assertThat(r.path()).isEqualTo("/api/qd130/guiHoSoXmlQD3176");
        assertThat(r.form()).containsEntry("username", USER).containsEntry("loaiHoSo", "130")
                .containsEntry("maTinh", "79").containsEntry("maCSKCB", "79001");
        assertThat(r.file()).isEqualTo(file);
        assertThat(r.headers()).containsEntry("passwordHash", MD5);
        assertThat(r.headers().get("accessToken")).isEqualTo(portal.issuedTokens.get(0));
        assertThat(r.headers().get("tokenId")).isEqualTo(portal.issuedTokens.get(1));
    }

    @Test
    void sendsCheckInToItsEndpointAndHonoursTheNamedEndpoints() {
        PortalAnswer a = client().endpoints(PortalEndpoints.QD4750).build().sendCheckIn(PortalFiles.signedCheckIn());
        assertThat(a.result()).as(a.findings().toString()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(portal.received.get(0).path()).isEqualTo("/api/qd130/checkInKcbQd4750");
        assertThat(portal.received.get(0).form()).containsEntry("loaiHoSo", "0").containsEntry("maCSKCB", "79001");
        assertThat(portal.faults).isEmpty();
        PortalClient qd4750 = client().endpoints(PortalEndpoints.QD4750).build();
        assertThat(qd4750.sendClaims(PortalFiles.signedClaims(1)).accepted()).isTrue();
        assertThat(portal.received.get(1).path()).isEqualTo("/api/qd130/guiHoSoXmlQD4750");
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.now(); // the test certificates are valid from now on

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

    @Test
    void renewsTheTokenBeforeItExpires() {
        portal.expiresIn = 600;
        MovingClock clock = new MovingClock();
        PortalClient c = client().clock(clock).renewBefore(Duration.ofSeconds(60)).build();
        assertThat(c.sendClaims(PortalFiles.signedClaims(0)).accepted()).isTrue();
        clock.now = clock.now.plusSeconds(500);
        assertThat(c.sendClaims(PortalFiles.signedClaims(1)).accepted()).isTrue();
        assertThat(portal.logins.get()).as("still 100 s to go: the kept token").isEqualTo(1);
        clock.now = clock.now.plusSeconds(50);
        assertThat(c.sendClaims(PortalFiles.signedClaims(2)).accepted()).isTrue();
        assertThat(portal.logins.get()).as("within 60 s of expiry: renewed first").isEqualTo(2);
        assertThat(portal.received.get(2).headers().get("accessToken")).isEqualTo(portal.issuedTokens.get(2));
    }

    @Test
    void readsAnExpiryGivenAsADateTimeAndRenewsAfterFiveMinutesWhenItDoesNotRead() {
        MovingClock clock = new MovingClock();
        LocalDateTime expiry = LocalDateTime.ofInstant(clock.now.plusSeconds(600), ZoneId.of("Asia/Ho_Chi_Minh"))
                .withNano(0);
        portal.expiresInJson = "\"" + expiry + "\"";
        PortalClient c = client().clock(clock).build();
        assertThat(c.sendClaims(PortalFiles.signedClaims(0)).accepted()).isTrue();
        clock.now = clock.now.plusSeconds(520);
        assertThat(c.sendClaims(PortalFiles.signedClaims(1)).accepted()).isTrue();
        assertThat(portal.logins.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(30);
        assertThat(c.sendClaims(PortalFiles.signedClaims(2)).accepted()).isTrue();
        assertThat(portal.logins.get()).as("Vietnam time 10 minutes on, renewed within 60 s of it").isEqualTo(2);

        portal.expiresInJson = "\"soon\"";
        clock.now = clock.now.plusSeconds(3600);
        assertThat(c.sendClaims(PortalFiles.signedClaims(3)).accepted()).isTrue();
        assertThat(portal.logins.get()).isEqualTo(3);
        clock.now = clock.now.plusSeconds(230);
        assertThat(c.sendClaims(PortalFiles.signedClaims(4)).accepted()).isTrue();
        assertThat(portal.logins.get()).isEqualTo(3);
        clock.now = clock.now.plusSeconds(20);
        assertThat(c.sendClaims(PortalFiles.signedClaims(5)).accepted()).isTrue();
        assertThat(portal.logins.get()).as("an unreadable expiry: 5 minutes, renewed 60 s before").isEqualTo(4);
    }

    @Test
    void renewsTheTokenOnceWhenThePortalAnswers401() {
        PortalClient c = client().build();
        assertThat(c.sendClaims(PortalFiles.signedClaims(0)).accepted()).isTrue();
        portal.expireTokens(); // expired mid-batch
        PortalAnswer a = c.sendClaims(PortalFiles.signedClaims(1));
        assertThat(a.result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(a.attempts()).isEqualTo(2);
        assertThat(portal.logins.get()).isEqualTo(2);

        // a portal that refuses every token: one renewal, then the 401 is the answer
        portal.script.add(FakePortal.Step.answer("401"));
        portal.script.add(FakePortal.Step.answer("401"));
        PortalAnswer refused = c.sendClaims(PortalFiles.signedClaims(2));
        assertThat(refused.result()).isEqualTo(PortalResult.UNAUTHENTICATED);
        assertThat(refused.resultCode()).contains("401");
        assertThat(portal.logins.get()).isEqualTo(3);
        // not taken by the portal: a later call sends it
        assertThat(c.sendClaims(PortalFiles.signedClaims(2)).accepted()).isTrue();
    }

    @Test
    void refusesAnUnsignedOrModifiedFileBeforeSendingAnything() {
        PortalClient c = client().build();
        PortalAnswer unsigned = c.sendClaims(PortalFiles.unsignedClaims());
        assertThat(unsigned.result()).isEqualTo(PortalResult.LOCAL_UNSIGNED);
        assertThat(unsigned.attempts()).isZero();

        String signed = new String(PortalFiles.signedClaims(0), StandardCharsets.UTF_8);
        byte[] modified = signed.replace("<NGAYLAP>20261101<", "<NGAYLAP>20261102<").getBytes(StandardCharsets.UTF_8);
        PortalAnswer bad = c.sendClaims(modified);
        assertThat(bad.result()).isEqualTo(PortalResult.LOCAL_BAD_SIGNATURE);
        assertThat(bad.signatureErrors()).isNotEmpty();

        // re-serialized after signing (a line break added between elements): also what the portal refuses with 125
        byte[] reserialized = signed.replace("<THONGTINHOSO>", "\n<THONGTINHOSO>").getBytes(StandardCharsets.UTF_8);
        assertThat(c.sendClaims(reserialized).result()).isEqualTo(PortalResult.LOCAL_BAD_SIGNATURE);

        // without trust anchors the certificate the file carries is used: integrity is still checked
        PortalClient integrity = PortalClient.builder(portal.uri(), PortalCredentials.of(USER, PASSWORD)).build();
        assertThat(integrity.sendClaims(modified).result()).isEqualTo(PortalResult.LOCAL_BAD_SIGNATURE);
        assertThat(integrity.sendClaims(PortalFiles.unsignedClaims()).result())
                .isEqualTo(PortalResult.LOCAL_UNSIGNED);
        // a signer from another CA than the trusted one
        PortalClient otherCa = client().trust(DemoCredentials.generate().trustPolicy()).build();
        assertThat(otherCa.sendClaims(PortalFiles.signedClaims(0)).result())
                .isEqualTo(PortalResult.LOCAL_BAD_SIGNATURE);
        assertThat(c.sendClaims("<GIAMDINHHS>".getBytes(StandardCharsets.UTF_8)).result())
                .isEqualTo(PortalResult.LOCAL_UNREADABLE);

        assertThat(portal.logins.get()).isZero();
        assertThat(portal.fileRequests.get()).isZero();
        // the integrity-only client does send an intact file, and the portal verifies it
        assertThat(integrity.sendClaims(PortalFiles.signedClaims(0)).accepted()).isTrue();
    }

    @Test
    void refusesAFileTheClaimsChecksFindAnErrorInUnlessToldNotToCheck() {
        String unsigned = new String(PortalFiles.envelope(0).write(), StandardCharsets.UTF_8);
        byte[] wrongCount = XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(unsigned
                .replace("<SOLUONGHOSO>1<", "<SOLUONGHOSO>2<").getBytes(StandardCharsets.UTF_8),
                PortalFiles.DEMO.signingKey());
        PortalAnswer a = client().build().sendClaims(wrongCount);
        assertThat(a.result()).isEqualTo(PortalResult.LOCAL_CHECKS_FAILED);
        assertThat(a.findings()).extracting(i -> i.rule()).contains("ENVELOPE.SOLUONGHOSO.COUNT");
        assertThat(portal.fileRequests.get()).isZero();
        assertThat(client().withoutChecks().build().sendClaims(wrongCount).accepted()).isTrue();
    }

    @Test
    void mapsThePortalsResultCodesAndKeepsUnknownOnesAsGiven() {
        PortalClient c = client().build();
        portal.script.add(FakePortal.Step.answer("123"));
        portal.script.add(FakePortal.Step.answer("125"));
        portal.script.add(FakePortal.Step.answer("403"));
        portal.script.add(FakePortal.Step.answer("E-9001"));
        PortalAnswer unsigned = c.sendClaims(PortalFiles.signedClaims(0));
        PortalAnswer badSignature = c.sendClaims(PortalFiles.signedClaims(1));
        PortalAnswer forbidden = c.sendClaims(PortalFiles.signedClaims(2));
        PortalAnswer other = c.sendClaims(PortalFiles.signedClaims(3));
        assertThat(unsigned.result()).isEqualTo(PortalResult.UNSIGNED);
        assertThat(badSignature.result()).isEqualTo(PortalResult.BAD_SIGNATURE);
        assertThat(badSignature.resultCode()).contains("125");
        assertThat(forbidden.result()).isEqualTo(PortalResult.FORBIDDEN);
        assertThat(other.result()).isEqualTo(PortalResult.OTHER_CODE);
        assertThat(other.resultCode()).contains("E-9001");
        for (PortalResult r : PortalResult.values()) {
            assertThat(r.message(Languages.VIETNAMESE)).isNotBlank().isNotEqualTo(r.message(Languages.ENGLISH));
            assertThat(r.code().code()).startsWith("EMR-CLM-08");
        }
    }

    @Test
    void retriesAfterA500AndADroppedConnectionWithGrowingWaits() {
        portal.script.add(FakePortal.Step.http500());
        portal.script.add(FakePortal.Step.dropConnection());
        PortalAnswer a = client().build().sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(a.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(portal.received).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptAndSendsAgainOnALaterCall() {
        for (int i = 0; i < 3; i++) {
            portal.script.add(FakePortal.Step.http500());
        }
        PortalClient c = client().retry(new PortalRetry(3, Duration.ofMillis(10), Duration.ofMillis(15))).build();
        byte[] file = PortalFiles.signedClaims(0);
        PortalAnswer a = c.sendClaims(file);
        assertThat(a.result()).isEqualTo(PortalResult.SERVER_ERROR);
        assertThat(a.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(15));
        assertThat(c.sendClaims(file).accepted()).isTrue();
    }

    @Test
    void aPortalThatIsDownIsUnreachableAndALoginRefusalSendsNothing() {
        java.net.URI down = portal.uri();
        portal.close();
        PortalAnswer a = PortalClient.builder(down, PortalCredentials.of(USER, PASSWORD)).sleeper(waits::add)
                .build().sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.UNREACHABLE);
        assertThat(a.attempts()).isZero();
        assertThat(waits).hasSize(PortalRetry.DEFAULT.maxAttempts() - 1);
    }

    @Test
    void aWrongPasswordIsALoginRefusal() {
        PortalAnswer a = PortalClient.builder(portal.uri(), PortalCredentials.of(USER, "sai".toCharArray()))
                .build().sendClaims(PortalFiles.signedClaims(0));
        assertThat(a.result()).isEqualTo(PortalResult.LOGIN_REFUSED);
        assertThat(portal.fileRequests.get()).isZero();
    }

    @Test
    void neverSendsAFileTwiceAfterATimeoutWhoseRequestDidArrive() throws Exception {
        portal.script.add(FakePortal.Step.slow(1500));
        PortalClient c = client().requestTimeout(Duration.ofMillis(300)).build();
        byte[] file = PortalFiles.signedClaims(0);
        PortalAnswer first = c.sendClaims(file);
        assertThat(first.result()).isEqualTo(PortalResult.OUTCOME_UNKNOWN);
        assertThat(first.attempts()).isEqualTo(1);
        Thread.sleep(1600); // the portal has now taken it
        assertThat(portal.received).hasSize(1);
        PortalAnswer again = c.sendClaims(file);
        assertThat(again).isSameAs(first);
        assertThat(portal.fileRequests.get()).isEqualTo(1);
        assertThat(waits).isEmpty();

        // the caller may allow it: then the same bytes go again
        PortalClient allowing = client().resendAfterTimeout(true).build();
        assertThat(allowing.sendClaims(file).accepted()).isTrue();
        assertThat(portal.fileRequests.get()).isEqualTo(2);
    }

    @Test
    void anAcknowledgedFileIsNotSentAgainEvenByConcurrentCallers() throws Exception {
        portal.handlerDelayMillis = 200;
        PortalClient c = client().build();
        byte[] file = PortalFiles.signedClaims(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PortalAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> c.sendClaims(file.clone())));
            }
            String transaction = answers.get(0).get().transactionId().orElseThrow();
            for (Future<PortalAnswer> f : answers) {
                assertThat(f.get().transactionId()).contains(transaction);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(portal.fileRequests.get()).isEqualTo(1);
        assertThat(c.sendClaims(file).transactionId()).contains("GD1");
        assertThat(portal.fileRequests.get()).isEqualTo(1);
    }

    @Test
    void refusesEndpointsThatAreNotPlainHttpsOrHttpAndEmptyCredentials() {
        PortalCredentials creds = PortalCredentials.of(USER, PASSWORD);
        for (String bad : List.of("egw.baohiemxahoi.gov.vn", "ftp://egw.baohiemxahoi.gov.vn/",
                "https://user:pw@egw.baohiemxahoi.gov.vn/", "https://egw.baohiemxahoi.gov.vn/?x=1")) {
            assertThatThrownBy(() -> PortalClient.builder(java.net.URI.create(bad), creds))
                    .isInstanceOfSatisfying(EmrException.class,
                            e -> assertThat(e.code()).isEqualTo(ClaimsError.PORTAL_ENDPOINT));
        }
        assertThatThrownBy(() -> PortalCredentials.of(USER, new char[0])).isInstanceOfSatisfying(EmrException.class,
                e -> assertThat(e.code()).isEqualTo(ClaimsError.PORTAL_CREDENTIALS));
        assertThat(PortalClient.builder(java.net.URI.create("https://egw.baohiemxahoi.gov.vn/api"), creds).build()
                .toString()).isEqualTo("PortalClient[egw.baohiemxahoi.gov.vn, endpoints=by profile, checks=true, "
                        + "trust=false]");
    }

    @Test
    void noCredentialOrTokenAppearsInAnyLogRecordMessageOrToString() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(java.text.MessageFormat.format(String.valueOf(r.getMessage()),
                        r.getParameters() == null ? new Object[0] : r.getParameters()));
                seen.add(String.valueOf(r.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jul = Logger.getLogger("vn.emr.claims.portal");
        Level before = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        try {
            PortalCredentials creds = PortalCredentials.of(USER, PASSWORD);
            PortalClient c = PortalClient.builder(portal.uri(), creds).sleeper(waits::add)
                    .requestTimeout(Duration.ofMillis(400)).build();
            seen.add(creds.toString());
            seen.add(c.toString());
            portal.script.add(FakePortal.Step.http500());
            List<PortalAnswer> answers = new ArrayList<>();
            answers.add(c.sendClaims(PortalFiles.signedClaims(0)));
            portal.expireTokens();
            answers.add(c.sendClaims(PortalFiles.signedClaims(1)));
            portal.script.add(FakePortal.Step.slow(800));
            answers.add(c.sendClaims(PortalFiles.signedClaims(2)));
            answers.add(c.sendClaims(PortalFiles.unsignedClaims()));
            answers.add(PortalClient.builder(portal.uri(), PortalCredentials.of(USER, "sai".toCharArray())).build()
                    .sendClaims(PortalFiles.signedClaims(3)));
            for (PortalAnswer a : answers) {
                seen.add(a.toString());
                seen.add(a.message(Languages.VIETNAMESE));
                seen.add(a.message(Languages.ENGLISH));
            }
            java.nio.file.Path journal = java.nio.file.Files.createTempDirectory("emr-portal").resolve("journal.json");
            java.nio.file.Path folder = journal.getParent().resolve("files");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve("a.xml"), PortalFiles.signedClaims(4));
            PortalBatch.Summary s = PortalBatch.builder(c, PortalFileKind.CLAIMS).journal(journal).build()
                    .send(folder);
            seen.add(s.toString());
            seen.add(java.nio.file.Files.readString(journal));
            try {
                PortalCredentials.of("", PASSWORD);
            } catch (EmrException e) {
                seen.add(e.getMessage());
            }
            assertThat(answers).extracting(PortalAnswer::result).containsExactly(PortalResult.ACCEPTED,
                    PortalResult.ACCEPTED, PortalResult.OUTCOME_UNKNOWN, PortalResult.LOCAL_UNSIGNED,
                    PortalResult.LOGIN_REFUSED);
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(before);
        }
        assertThat(seen).anyMatch(s -> s.contains("portal: file"));
        assertThat(portal.issuedTokens).hasSizeGreaterThanOrEqualTo(4);
        List<String> secrets = new ArrayList<>(List.of(new String(PASSWORD), MD5, MD5.toLowerCase(java.util.Locale.ROOT),
                USER));
        secrets.addAll(portal.issuedTokens);
        for (String line : seen) {
            for (String secret : secrets) {
                assertThat(line).as("a log line or message").doesNotContain(secret);
            }
        }
    }
}
