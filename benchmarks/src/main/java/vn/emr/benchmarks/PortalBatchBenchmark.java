package vn.emr.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.emr.claims.envelope.ClaimsEnvelope;
import vn.emr.claims.mapping.ClaimMapping;
import vn.emr.claims.mapping.ClaimTerms;
import vn.emr.claims.mapping.LineTerms;
import vn.emr.claims.mapping.PaperTerms;
import vn.emr.claims.money.BaseSalary;
import vn.emr.claims.portal.PortalBatch;
import vn.emr.claims.portal.PortalClient;
import vn.emr.claims.portal.PortalCredentials;
import vn.emr.claims.portal.PortalFileKind;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.signature.DemoCredentials;

/**
 * The journal's cost in a batch sent to the assessment portal: a folder of {@code files} signed claims files sent
 * through {@link PortalBatch} to a local portal (JDK HTTP server on the loopback, answering 200 at once) with a
 * journal ({@code withJournal}) and without one ({@code withoutJournal}, the baseline: the same requests, the same
 * signature checks). The ratio is what the journal adds; two sizes show whether it grows with the folder.
 * Claims checks are off ({@code withoutChecks}) so that the journal is not hidden behind them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true") // the JDK server otherwise waits ~40 ms (Nagle) per answer
public class PortalBatchBenchmark {

    @Param({"1000", "4000"})
    public int files;

    private HttpServer server;
    private Path dir;
    private Path folder;
    private Path journal;
    private PortalClient client;
    private final AtomicInteger transactions = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        DemoCredentials demo = DemoCredentials.generate();
        MedicalRecord visit = SampleRecords.outpatient(SampleRecords.patient());
        ClaimTerms terms = ClaimTerms.builder().beneficiaryCode("1.1").lowCostRule(BaseSalary.known())
                .drugTerms(line -> LineTerms.inScope(4)).supplyTerms(line -> LineTerms.inScope(10))
                .papers(PaperTerms.builder().appointmentPaperNumber("HKL-0001")
                        .appointmentPaperDate(visit.encounter().admittedAt().toLocalDate())
                        .headOfFacilityCode("7900000001").build())
                .build();
        var episode = ClaimMapping.episode(visit, terms);
        dir = Files.createTempDirectory("emr-portal-bench");
        folder = Files.createDirectory(dir.resolve("files"));
        journal = dir.resolve("journal.json");
        for (int i = 0; i < files; i++) {
            // one day apart: other bytes, another SHA-256, hence another journal entry
            byte[] signed = ClaimsEnvelope.of(SampleRecords.FACILITY_CODE, LocalDate.of(2000, 1, 1).plusDays(i),
                    List.of(episode)).sign(demo.signingKey());
            Files.write(folder.resolve(String.format("claims-%05d.xml", i)), signed);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/token/take", x -> answer(x, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":"
                + "\"bench-token\",\"id_token\":\"bench-id\",\"expires_in\":3600}}"));
        server.createContext("/api/qd130/", x -> answer(x, "{\"maKetQua\":\"200\",\"maGiaoDich\":\"GD"
                + transactions.incrementAndGet() + "\",\"thoiGianTiepNhan\":\"2026-12-03T09:00:00\"}"));
        server.start();
    }

    private static void answer(HttpExchange x, String json) throws IOException {
        x.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /** A new client (it remembers what it sent) and no journal for each batch. */
    @Setup(Level.Invocation)
    public void freshRun() throws IOException {
        Files.deleteIfExists(journal);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        client = PortalClient.builder(base, PortalCredentials.of("79001_BV", "bench".toCharArray()))
                .withoutChecks().build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.stop(0);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public PortalBatch.Summary withJournal() {
        return check(PortalBatch.builder(client, PortalFileKind.CLAIMS).journal(journal).build().send(folder));
    }

    @Benchmark
    public PortalBatch.Summary withoutJournal() {
        return check(PortalBatch.builder(client, PortalFileKind.CLAIMS).build().send(folder));
    }

    private PortalBatch.Summary check(PortalBatch.Summary s) {
        if (!s.allAccepted() || s.total() != files) {
            throw new IllegalStateException("the local portal did not accept every file: " + s);
        }
        return s;
    }
}
