package vn.emr.claims.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emr.claims.ClaimsError;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.table.TableRecord;
import vn.emr.core.EmrException;
import vn.emr.signature.DemoCredentials;
import vn.emr.signature.SignatureAlgorithm;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.XmlVerifier;

/** Batches in bounded memory: one signed file of many episodes, or one signed file per episode; nothing partial. */
class ClaimsBatchTest {

    private static DemoCredentials demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() {
        demo = DemoCredentials.generate();
    }

    /** Episodes made one at a time, never held together: an outpatient visit with 5 drug lines. */
    static Iterable<ClaimEpisode> lazyEpisodes(int n) {
        return () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public ClaimEpisode next() {
                i++;
                String maLk = "LK" + i;
                Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
                tables.put(ClaimsTable.XML1, List.of(ClaimsEnvelopeTest.summary(maLk)));
                List<TableRecord> drugs = new ArrayList<>();
                for (int d = 1; d <= 5; d++) {
                    drugs.add(TableRecord.builder(ClaimsTable.XML2).set("MA_LK", maLk).set("STT", d)
                            .set("TEN_THUOC", "Thuốc " + d).set("SO_LUONG", BigDecimal.TEN)
                            .set("DON_GIA", new BigDecimal("1250.5")).build());
                }
                tables.put(ClaimsTable.XML2, drugs);
                return ClaimEpisode.of(tables);
            }
        };
    }

    private XmlVerifier verifier() {
        return XmlVerifier.strict(demo.trustPolicy()).withProfile(SignatureProfile.CHUKYDONVI);
    }

    @Test
    void manyEpisodesIntoOneSignedFile() {
        Path out = dir.resolve("claims.xml");
        AtomicInteger progress = new AtomicInteger();
        int n = ClaimsBatch.writeSignedFile(out, "01001", LocalDate.of(2025, 3, 4), lazyEpisodes(500),
                demo.signingKey(), progress::set);
        assertThat(n).isEqualTo(500);
        assertThat(progress).hasValue(500);
        assertThat(verifier().verify(out).valid()).isTrue();
        ClaimsFile read = ClaimsFile.read(readAll(out));
        assertThat(read.declaredEpisodeCount()).isEqualTo(500);
        assertThat(read.episodes()).hasSize(500);
        assertThat(read.episodes().get(499).maLk()).contains("LK500");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void oneSignedFilePerEpisodeIntoAFolder() throws Exception {
        AtomicInteger progress = new AtomicInteger();
        int n = ClaimsBatch.writeSignedFolder(dir, "01001", LocalDate.of(2025, 3, 4), lazyEpisodes(200),
                demo.signingKey(), progress::set);
        assertThat(n).isEqualTo(200);
        assertThat(progress).hasValue(200);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(200)
                    .startsWith("0000001.xml").endsWith("0000200.xml");
        }
        assertThat(verifier().verify(dir.resolve("0000137.xml")).valid()).isTrue();
        assertThat(ClaimsFile.read(readAll(dir.resolve("0000137.xml"))).episodes().get(0).maLk()).contains("LK137");
    }

    @Test
    void aFailureHalfWayLeavesNoPartialFileAndNamesTheEpisode() {
        Path out = dir.resolve("claims.xml");
        // a signing service that fails on its third call
        SigningKey flaky = failingAfter(2);
        EmrException e = catchThrowableOfType(EmrException.class, () -> ClaimsBatch.writeSignedFolder(dir, "01001",
                LocalDate.of(2025, 3, 4), lazyEpisodes(10), flaky, ClaimsBatch.SILENT));
        assertThat(e.code()).isEqualTo(ClaimsError.BATCH_FAILED);
        assertThat(e.path()).isEqualTo("HOSO[3]");
        assertThat(dir.resolve("0000002.xml")).exists();
        assertThat(dir.resolve("0000003.xml")).doesNotExist();
        assertThat(leftovers()).isEmpty();

        EmrException single = catchThrowableOfType(EmrException.class, () -> ClaimsBatch.writeSignedFile(out,
                "01001", LocalDate.of(2025, 3, 4), lazyEpisodes(10), failingAfter(0), ClaimsBatch.SILENT));
        assertThat(single).isNotNull();
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();

        // the caller's own episode source failing half-way: its exception, and nothing left behind
        Iterable<ClaimEpisode> broken = () -> new Iterator<>() {
            final Iterator<ClaimEpisode> inner = lazyEpisodes(10).iterator();
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ClaimEpisode next() {
                if (++i == 4) {
                    throw new IllegalStateException("source failed");
                }
                return inner.next();
            }
        };
        catchThrowableOfType(IllegalStateException.class, () -> ClaimsBatch.writeSignedFile(out, "01001",
                LocalDate.of(2025, 3, 4), broken, demo.signingKey(), ClaimsBatch.SILENT));
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesTargetsThatAreNotFilesAndEmptyBatches() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThat(catchThrowableOfType(EmrException.class, () -> ClaimsBatch.writeSignedFile(sub, "01001",
                LocalDate.of(2025, 3, 4), lazyEpisodes(1), demo.signingKey(), ClaimsBatch.SILENT)).code())
                .isEqualTo(ClaimsError.BATCH_TARGET);
        assertThat(catchThrowableOfType(EmrException.class, () -> ClaimsBatch.writeSignedFolder(
                dir.resolve("nope"), "01001", LocalDate.of(2025, 3, 4), lazyEpisodes(1), demo.signingKey(),
                ClaimsBatch.SILENT)).code()).isEqualTo(ClaimsError.BATCH_TARGET);
        assertThat(catchThrowableOfType(EmrException.class, () -> ClaimsBatch.writeSignedFile(dir.resolve("e.xml"),
                "01001", LocalDate.of(2025, 3, 4), List.of(), demo.signingKey(), ClaimsBatch.SILENT)).code())
                .isEqualTo(ClaimsError.ENVELOPE_EMPTY);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    @Tag("bounded-memory")
    void tenThousandEpisodesInOneFileWithSixtyFourMegabytesOfHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(80L << 20);
        Path out = dir.resolve("day.xml");
        int n = ClaimsBatch.writeSignedFile(out, "01001", LocalDate.of(2025, 3, 4), lazyEpisodes(10_000),
                demo.signingKey(), ClaimsBatch.SILENT);
        assertThat(n).isEqualTo(10_000);
        assertThat(verifier().verify(out).valid()).isTrue();
    }

    @Test
    @Tag("large-batch")
    void oneHundredThousandFilesWithSixtyFourMegabytesOfHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(80L << 20);
        // about 5 KB per signed file, 4 KB blocks: some 900 MB while the test runs
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).getUsableSpace() > (2L << 30),
                "less than 2 GiB free for the 100,000 files");
        AtomicInteger progress = new AtomicInteger();
        int n = ClaimsBatch.writeSignedFolder(dir, "01001", LocalDate.of(2025, 3, 4), lazyEpisodes(100_000),
                demo.signingKey(), progress::set);
        assertThat(n).isEqualTo(100_000).isEqualTo(progress.get());
        assertThat(verifier().verify(dir.resolve("0100000.xml")).valid()).isTrue();
    }

    private SigningKey failingAfter(int good) {
        SigningKey real = demo.signingKey();
        AtomicInteger calls = new AtomicInteger();
        return new SigningKey() {
            @Override
            public List<X509Certificate> certificateChain() {
                return real.certificateChain();
            }

            @Override
            public SignatureAlgorithm defaultAlgorithm() {
                return real.defaultAlgorithm();
            }

            @Override
            public byte[] sign(byte[] data, SignatureAlgorithm algorithm) {
                if (calls.incrementAndGet() > good) {
                    throw new EmrException(vn.emr.signature.TrustError.KEY_SOURCE_MISSING, "");
                }
                return real.sign(data, algorithm);
            }
        };
    }

    private List<Path> leftovers() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".emr-batch-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
