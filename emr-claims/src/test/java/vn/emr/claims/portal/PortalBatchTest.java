package vn.emr.claims.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;
import vn.emr.core.json.EmrJson;

/** The batch sender: bounded concurrency, progress, the journal and resuming an interrupted run without re-sending. */
class PortalBatchTest {

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

    private List<Path> files(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.write(folder.resolve(String.format("claims-%02d.xml", i)), PortalFiles.signedClaims(i)));
        }
        return files;
    }

    /** How often the portal received each file, by its SHA-256. */
    private Map<String, Integer> receivedCounts() {
        Map<String, Integer> m = new HashMap<>();
        synchronized (portal.received) {
            portal.received.forEach(r -> m.merge(PortalClient.sha256(r.file()), 1, Integer::sum));
        }
        return m;
    }

    @Test
    void sendsAFolderWithBoundedConcurrencyProgressAndAJournal() throws Exception {
        files(6);
        Files.writeString(folder.resolve("notes.txt"), "not a claims file");
        portal.handlerDelayMillis = 150;
        List<PortalBatch.Progress> progress = Collections.synchronizedList(new ArrayList<>());
        PortalBatch.Summary s = PortalBatch.builder(client(), PortalFileKind.CLAIMS).concurrency(2)
                .journal(journal).progress(progress::add).build().send(folder);

        assertThat(s.total()).isEqualTo(6);
        assertThat(s.allAccepted()).isTrue();
        assertThat(s.counts()).containsExactly(Map.entry(PortalResult.ACCEPTED, 6));
        assertThat(s.entries()).extracting(PortalBatch.Entry::file).containsExactly("claims-00.xml",
                "claims-01.xml", "claims-02.xml", "claims-03.xml", "claims-04.xml", "claims-05.xml");
        assertThat(progress).extracting(PortalBatch.Progress::done).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(progress).allMatch(p -> p.total() == 6);
        assertThat(portal.maxInFlight.get()).isBetween(1, 2);
        assertThat(portal.logins.get()).isEqualTo(1);

        // after a whole run the journal is one snapshot: the header and one line per file, nothing appended
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(7);
        assertThat(EmrJson.reader().readTree(lines.get(0)).toString())
                .isEqualTo("{\"format\":\"" + PortalBatch.JOURNAL_FORMAT + "\",\"entries\":6}");
        List<JsonNode> entries = PortalFiles.journalEntries(journal);
        assertThat(entries).hasSize(6);
        for (JsonNode f : entries) {
            assertThat(f.get("state").asText()).isEqualTo("done");
            assertThat(f.get("result").asText()).isEqualTo("ACCEPTED");
            assertThat(f.get("resultCode").asText()).isEqualTo("200");
            assertThat(f.get("transactionId").asText()).startsWith("GD");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).as("no temporary file left")
                .containsExactlyInAnyOrder("out", "journal.json", "journal.json.lock");
    }

    @Test
    void anInterruptedBatchResumesWithoutSendingAgainWhatThePortalAnswered() throws Exception {
        List<Path> files = files(5);
        // the first run stops after two files (the callback fails, as a killed process would stop)
        PortalBatch first = PortalBatch.builder(client(), PortalFileKind.CLAIMS).concurrency(1).journal(journal)
                .progress(p -> {
                    if (p.done() == 2) {
                        throw new IllegalStateException("stopped");
                    }
                }).build();
        assertThatThrownBy(() -> first.send(folder)).hasMessage("stopped");
        Map<String, Integer> afterFirst = receivedCounts();
        assertThat(afterFirst).hasSize(2).allSatisfy((sha, n) -> assertThat(n).isEqualTo(1));

        // a new process: a new client, whose own memory of sent files is empty
        List<PortalBatch.Progress> progress = new ArrayList<>();
        PortalBatch.Summary s = PortalBatch.builder(client(), PortalFileKind.CLAIMS).concurrency(2)
                .journal(journal).progress(progress::add).build().send(folder);
        assertThat(s.allAccepted()).isTrue();
        assertThat(s.fromJournal()).isEqualTo(afterFirst.size());
        Map<String, Integer> counts = receivedCounts();
        assertThat(counts).hasSize(5);
        assertThat(counts.values()).as("each file reached the portal once").containsOnly(1);
        for (Path f : files) {
            assertThat(counts).containsKey(PortalClient.sha256(Files.readAllBytes(f)));
        }
        assertThat(progress).filteredOn(PortalBatch.Progress::fromJournal).hasSize(afterFirst.size());
    }

    @Test
    void aFileWhoseRequestWasOnItsWayWhenTheRunStoppedIsNotSentAgain() throws Exception {
        List<Path> files = files(2);
        String sha = PortalClient.sha256(Files.readAllBytes(files.get(0)));
        Files.writeString(journal, "{\"format\":\"emr-portal-journal/1\",\"files\":[{\"file\":\"claims-00.xml\","
                + "\"sha256\":\"" + sha + "\",\"state\":\"sending\",\"result\":\"OUTCOME_UNKNOWN\",\"maLk\":[]}]}");
        PortalBatch.Summary s = PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(journal).build()
                .send(folder);
        assertThat(s.entries().get(0).answer().result()).isEqualTo(PortalResult.OUTCOME_UNKNOWN);
        assertThat(s.entries().get(0).fromJournal()).isTrue();
        assertThat(s.entries().get(1).answer().result()).isEqualTo(PortalResult.ACCEPTED);
        assertThat(portal.fileRequests.get()).isEqualTo(1);
        // a journal of the first format is read, and rewritten in the current one
        JsonNode entry = PortalFiles.journalEntries(journal).get(0);
        assertThat(entry.get("state").asText()).isEqualTo("done");
        assertThat(entry.get("result").asText()).isEqualTo("OUTCOME_UNKNOWN");
    }

    @Test
    void filesThatWereNotTakenAreSentOnTheNextRun() throws Exception {
        files(3);
        // claims-01 meets a portal that drops the connection on both attempts
        portal.script.add(FakePortal.Step.answer("200"));
        portal.script.add(FakePortal.Step.dropConnection());
        portal.script.add(FakePortal.Step.dropConnection());
        PortalBatch.Summary s = PortalBatch.builder(client(), PortalFileKind.CLAIMS).concurrency(1)
                .journal(journal).build().send(folder);
        assertThat(s.entries()).extracting(e -> e.answer().result()).containsExactly(PortalResult.ACCEPTED,
                PortalResult.UNREACHABLE, PortalResult.ACCEPTED);
        int before = portal.received.size();
        PortalBatch.Summary again = PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(journal).build()
                .send(folder);
        assertThat(again.allAccepted()).isTrue();
        assertThat(again.fromJournal()).isEqualTo(2);
        assertThat(portal.received.size() - before).isEqualTo(1);
        assertThat(receivedCounts().values()).containsOnly(1);
    }

    @Test
    void aJournalThatDoesNotReadStopsTheBatchAndIsLeftAsItIs() throws Exception {
        files(1);
        Files.writeString(journal, "{\"format\":\"something else\"}");
        assertThatThrownBy(() -> PortalBatch.builder(client(), PortalFileKind.CLAIMS).journal(journal).build()
                .send(folder)).isInstanceOfSatisfying(EmrException.class,
                        e -> assertThat(e.code()).isEqualTo(ClaimsError.PORTAL_JOURNAL_MALFORMED));
        assertThat(Files.readString(journal)).isEqualTo("{\"format\":\"something else\"}");
        assertThat(portal.fileRequests.get()).isZero();
    }
}
