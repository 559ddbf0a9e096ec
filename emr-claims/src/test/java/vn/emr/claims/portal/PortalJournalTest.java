package vn.emr.claims.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.ClaimsError;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.json.EmrJson;

/**
 * The batch's journal and folder under abuse: corrupted or truncated journals, a directory, /dev/null or a FIFO as
 * the journal, two runs on one journal at once, entries of files no longer there, a file changed since its entry,
 * symbolic links and FIFOs in the folder, an interrupted caller, and thousands of files with bounded threads.
 */
class PortalJournalTest {

    @TempDir
    Path dir;

    private FakePortal portal;
    private Path folder;
    private Path journal;

    @BeforeEach
    void start() throws IOException {
        portal = new FakePortal(PortalClientTest.USER, PortalClientTest.MD5, PortalFiles.DEMO.trustPolicy());
        folder = Files.createDirectories(dir.resolve("out"));
        journal = dir.resolve("journal.json");
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private PortalClient client() {
        return PortalClient.builder(portal.uri(), PortalCredentials.of(PortalClientTest.USER,
                PortalClientTest.PASSWORD)).trust(PortalFiles.DEMO.trustPolicy()).withoutChecks()
                .retry(new PortalRetry(2, Duration.ZERO, Duration.ZERO)).build();
    }

    private PortalBatch.Builder batch() {
        return PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(journal);
    }

    private List<Path> files(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.write(folder.resolve(String.format("claims-%02d.xml", i)), PortalFiles.signedClaims(i)));
        }
        return files;
    }

    private static ClaimsError claimsCode(Throwable e) {
        return (ClaimsError) ((EmrException) e).code();
    }

    private static String line(String file, String sha, String state, String result) {
        return "{\"file\":\"" + file + "\",\"sha256\":\"" + sha + "\",\"state\":\"" + state
                + "\",\"result\":\"" + result + "\",\"resultCode\":null,\"transactionId\":null,"
                + "\"receivedAt\":null,\"maLk\":[]}\n";
    }

    @Test
    void eachChangeIsOnDiskBeforeTheRunGoesOnAndAWholeRunLeavesOneSnapshot() throws Exception {
        files(5);
        List<String> seen = new ArrayList<>();
        PortalBatch.Summary s = batch().concurrency(2).progress(p -> {
            // what a process killed now would leave: the journal reads, and names this file's answer
            try {
                List<JsonNode> entries = PortalFiles.journalEntries(journal);
                JsonNode mine = entries.stream().filter(e -> e.get("file").asText().equals(p.file())).findFirst()
                        .orElseThrow();
                assertThat(mine.get("state").asText()).isEqualTo("done");
                assertThat(mine.get("result").asText()).isEqualTo("ACCEPTED");
                seen.add(p.file());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).build().send(folder);
        assertThat(s.allAccepted()).isTrue();
        assertThat(seen).hasSize(5);
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("{\"format\":\"emr-portal-journal/2\",\"entries\":5}");
    }

    @Test
    void aLastLineCutShortByAStoppedProcessIsDroppedAndTheEntryBeforeItStands() throws Exception {
        List<Path> files = files(2);
        String first = PortalClient.sha256(Files.readAllBytes(files.get(0)));
        // the process stopped while writing claims-00's answer, after its request had gone: sending stands
        String torn = line("claims-00.xml", first, "done", "ACCEPTED");
        Files.writeString(journal, "{\"format\":\"emr-portal-journal/2\",\"entries\":0}\n"
                + line("claims-00.xml", first, "sending", "OUTCOME_UNKNOWN") + torn.substring(0, torn.length() / 2));
        PortalBatch.Summary s = batch().build().send(folder);
        assertThat(s.entries()).extracting(e -> e.answer().result()).containsExactly(PortalResult.OUTCOME_UNKNOWN,
                PortalResult.ACCEPTED);
        assertThat(s.entries().get(0).fromJournal()).isTrue();
        assertThat(portal.fileRequests.get()).isEqualTo(1);
        // rewritten whole: the cut line gone, claims-00 recorded as unknown, claims-01 as accepted
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(3);
        assertThat(PortalFiles.journalEntries(journal)).extracting(e -> e.get("result").asText())
                .containsExactly("OUTCOME_UNKNOWN", "ACCEPTED");
    }

    @Test
    void aJournalWithFewerEntriesThanItsHeaderCountsIsDamagedAndLeftAsItIs() throws Exception {
        List<Path> files = files(2);
        String first = PortalClient.sha256(Files.readAllBytes(files.get(0)));
        String damaged = "{\"format\":\"emr-portal-journal/2\",\"entries\":2}\n"
                + line("claims-00.xml", first, "done", "ACCEPTED");
        for (String bad : List.of(damaged, damaged.replace("\"entries\":2", "\"entries\":-1"),
                damaged.replace("\"entries\":2", "\"entries\":\"2\""), damaged.replace("\"entries\":2,", ""),
                damaged.replace("\"entries\":2}", "\"entries\":1}") + "\n", damaged.replace("\"entries\":2",
                "\"entries\":1") + "[1]\n")) {
            Files.writeString(journal, bad);
            assertThatThrownBy(() -> batch().build().send(folder)).isInstanceOf(EmrException.class)
                    .satisfies(e -> assertThat(claimsCode(e)).isEqualTo(ClaimsError.PORTAL_JOURNAL_MALFORMED));
            assertThat(Files.readString(journal)).isEqualTo(bad);
        }
        assertThat(portal.fileRequests.get()).isZero();
    }

    @Test
    void aTruncatedOrCorruptedJournalStopsTheRunAndIsLeftAsItIs() throws Exception {
        files(2);
        batch().build().send(folder);
        byte[] whole = Files.readAllBytes(journal);
        int requests = portal.fileRequests.get();
        List<byte[]> broken = List.of(java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0],
                "\u0000\u0000garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(whole, java.nio.charset.StandardCharsets.UTF_8).replace("\"done\"", "\"maybe\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(whole, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("[0-9a-f]{64}", "xyz")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] b : broken) {
            Files.write(journal, b);
            assertThatThrownBy(() -> batch().build().send(folder)).isInstanceOf(EmrException.class)
                    .satisfies(e -> assertThat(claimsCode(e)).isEqualTo(ClaimsError.PORTAL_JOURNAL_MALFORMED));
            assertThat(Files.readAllBytes(journal)).isEqualTo(b);
        }
        assertThat(portal.fileRequests.get()).isEqualTo(requests);
    }

    @Test
    void aJournalPathThatIsADirectoryDeviceOrFifoIsRefusedBeforeAnythingIsSent() throws Exception {
        files(1);
        Path directory = Files.createDirectories(dir.resolve("journal-dir"));
        assertThatThrownBy(() -> PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(directory).build()
                .send(folder)).isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.IO_IS_DIRECTORY));
        Path devNull = Paths.get("/dev/null");
        if (Files.exists(devNull)) {
            assertThatThrownBy(() -> PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(devNull).build()
                    .send(folder)).isInstanceOfSatisfying(EmrException.class,
                            e -> assertThat(e.code()).isEqualTo(CoreError.IO_SPECIAL_FILE));
        }
        Path fifo = dir.resolve("journal.fifo");
        if (mkfifo(fifo)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> PortalBatch
                    .builder(client(), PortalFileKind.CLAIMS).journal(fifo).build().send(folder))
                    .isInstanceOfSatisfying(EmrException.class,
                            e -> assertThat(e.code()).isEqualTo(CoreError.IO_SPECIAL_FILE)));
        }
        Path link = Files.createSymbolicLink(dir.resolve("journal-link.json"), Files.createFile(dir.resolve("t.json")));
        assertThatThrownBy(() -> PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(link).build()
                .send(folder)).isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.IO_SPECIAL_FILE));
        assertThat(portal.fileRequests.get()).isZero();
        assertThat(portal.logins.get()).isZero();
    }

    static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void twoRunsOnOneJournalAtOnceTheSecondIsRefusedAndSendsNothing() throws Exception {
        files(2);
        portal.handlerDelayMillis = 1500;
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<PortalBatch.Summary> first = CompletableFuture.supplyAsync(() -> batch().concurrency(1)
                .progress(p -> started.countDown()).build().send(folder));
        // wait until the first run's request is on its way
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (portal.inFlight.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(portal.inFlight.get()).isPositive();
        assertThatThrownBy(() -> batch().build().send(folder)).isInstanceOf(EmrException.class)
                .satisfies(e -> assertThat(claimsCode(e)).isEqualTo(ClaimsError.PORTAL_JOURNAL_LOCKED));
        PortalBatch.Summary s = first.get(60, TimeUnit.SECONDS);
        assertThat(s.allAccepted()).isTrue();
        assertThat(portal.fileRequests.get()).isEqualTo(2);
        // the lock is free once the first run returned: a third run reads the journal and sends nothing
        portal.handlerDelayMillis = 0;
        PortalBatch.Summary third = batch().build().send(folder);
        assertThat(third.fromJournal()).isEqualTo(2);
        assertThat(portal.fileRequests.get()).isEqualTo(2);
    }

    @Test
    void entriesOfFilesNoLongerPresentAreKeptAndAChangedFileIsSentAsANewFile() throws Exception {
        List<Path> files = files(3);
        batch().build().send(folder);
        Files.delete(files.get(2));
        // claims-01 re-made with other bytes under the same name
        Files.write(files.get(1), PortalFiles.signedClaims(7));
        List<PortalBatch.Progress> progress = Collections.synchronizedList(new ArrayList<>());
        PortalBatch.Summary s = batch().progress(progress::add).build().send(folder);
        assertThat(s.total()).isEqualTo(2);
        assertThat(s.entries().get(0).fromJournal()).isTrue();
        assertThat(s.entries().get(0).changedSinceJournal()).isFalse();
        assertThat(s.entries().get(1).fromJournal()).isFalse();
        assertThat(s.entries().get(1).changedSinceJournal()).isTrue();
        assertThat(s.entries().get(1).answer().result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(progress).filteredOn(PortalBatch.Progress::changedSinceJournal).hasSize(1);
        assertThat(portal.fileRequests.get()).isEqualTo(4);
        // three entries of the first run (claims-02's kept though it is gone) and the changed file's new one
        assertThat(PortalFiles.journalEntries(journal)).hasSize(4);
    }

    @Test
    void symbolicLinksAndFifosInTheFolderAreReportedNotReadNotDropped() throws Exception {
        files(1);
        Path outside = Files.write(dir.resolve("outside.xml"), PortalFiles.signedClaims(3));
        Files.createSymbolicLink(folder.resolve("link.xml"), outside);
        boolean fifo = mkfifo(folder.resolve("pipe.xml"));
        PortalBatch.Summary s = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> batch().build().send(folder));
        List<String> names = s.entries().stream().map(PortalBatch.Entry::file).toList();
        assertThat(names).contains("claims-00.xml", "link.xml");
        if (fifo) {
            assertThat(names).contains("pipe.xml");
        }
        for (PortalBatch.Entry e : s.entries()) {
            assertThat(e.answer().result()).isEqualTo(e.file().equals("claims-00.xml") ? PortalResult.ACCEPTED
                    : PortalResult.LOCAL_UNREADABLE);
        }
        assertThat(portal.fileRequests.get()).isEqualTo(1);
    }

    @Test
    void anInterruptedCallerGetsACodedErrorAndTheJournalResumes() throws Exception {
        files(4);
        portal.handlerDelayMillis = 800;
        AtomicInteger seen = new AtomicInteger();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                batch().concurrency(1).progress(p -> seen.incrementAndGet()).build().send(folder);
                failure.complete(null);
            } catch (Throwable t) {
                failure.complete(t);
            }
        });
        caller.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.get() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        caller.interrupt();
        Throwable t = failure.get(60, TimeUnit.SECONDS);
        assertThat(t).isInstanceOf(EmrException.class);
        assertThat(claimsCode(t)).isEqualTo(ClaimsError.PORTAL_BATCH_INTERRUPTED);
        int sentBefore = portal.received.size();
        assertThat(sentBefore).isBetween(1, 3);

        portal.handlerDelayMillis = 0;
        PortalBatch.Summary s = batch().build().send(folder);
        assertThat(s.total()).isEqualTo(4);
        // what the portal answered is not sent again; a file whose request was on its way is unknown, not resent
        Set<String> shas = ConcurrentHashMap.newKeySet();
        synchronized (portal.received) {
            portal.received.forEach(r -> assertThat(shas.add(PortalClient.sha256(r.file()))).isTrue());
        }
        assertThat(s.entries()).allSatisfy(e -> assertThat(e.answer().result())
                .isIn(PortalResult.ACCEPTED, PortalResult.OUTCOME_UNKNOWN));
    }

    @Test
    void thousandsOfFilesRunOnBoundedThreads() throws Exception {
        for (int i = 0; i < 3000; i++) {
            Files.writeString(folder.resolve(String.format("f-%05d.xml", i)), "<not-claims/>");
        }
        AtomicInteger maxThreads = new AtomicInteger();
        PortalBatch.Summary s = PortalBatch.builder(client(), PortalFileKind.CLAIMS).concurrency(4)
                .progress(p -> maxThreads.accumulateAndGet((int) Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("emr-portal-batch") && t.isAlive()).count(), Math::max))
                .build().send(folder);
        assertThat(s.total()).isEqualTo(3000);
        assertThat(s.counts()).containsEntry(PortalResult.LOCAL_UNREADABLE, 3000);
        assertThat(maxThreads.get()).isBetween(1, 4);
        assertThat(portal.fileRequests.get()).isZero();
    }
}
