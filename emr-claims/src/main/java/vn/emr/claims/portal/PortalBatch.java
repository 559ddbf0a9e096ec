package vn.emr.claims.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.emr.claims.ClaimsError;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.io.AtomicFiles;
import vn.emr.core.io.LimitedInput;
import vn.emr.core.json.EmrJson;

/**
 * Sends a folder (or list) of signed files through one {@link PortalClient}: at most {@code concurrency} files at a
 * time, a progress callback after each file, and a journal that records each file's outcome so that an interrupted
 * run resumes without sending again what the portal already answered about.
 *
 * <p><b>The journal</b> is a file of JSON lines: a header {@code {"format":"emr-portal-journal/2","entries":N}},
 * then one line per entry {@code {"file","sha256","state","result","resultCode","transactionId","receivedAt",
 * "maLk"}}, keyed by the file's SHA-256 (a later line for the same SHA-256 replaces an earlier one). It is written
 * whole, completely or not at all ({@link AtomicFiles}), when a run starts and when it ends; in between each change
 * is one line appended and forced to the device before the run goes on, so a process that stops at any moment
 * leaves a journal that reads: at worst its last line is cut short, and dropped when read, which leaves the file's
 * previous entry (the run never acts on a change before its line is on disk). A journal with fewer whole entries
 * than its header counts, or a line that does not read, is refused as damaged. A journal of the first format
 * ({@code emr-portal-journal/1}, one JSON object) is read and rewritten in this one.
 *
 * <p>{@code state} is {@code "sending"} from just before the file's first request until its answer, then
 * {@code "done"}. On a later run a file whose bytes have an entry is
 * <ul>
 *   <li>not sent when the entry is {@code done} with an answer the portal gave about the file
 *   ({@link PortalResult#acknowledged()}) or {@link PortalResult#OUTCOME_UNKNOWN}: the recorded answer is
 *   reported;</li>
 *   <li>not sent when the entry is still {@code sending} (the run stopped while a request was on its way: it may have
 *   arrived): it is reported and recorded as {@link PortalResult#OUTCOME_UNKNOWN};</li>
 *   <li>sent again otherwise (a local refusal, a login failure, 401/403, exhausted retries).</li>
 * </ul>
 * The unknown cases are sent again only by a client built with {@link PortalClient.Builder#resendAfterTimeout}. A
 * changed file has other bytes, hence another entry: it is sent as a new file, and its {@link Entry} says
 * {@code changedSinceJournal}. Entries of files that are not in the run (moved or deleted since) are kept as they
 * are. The journal holds no credential, token or file content; it does hold the episode keys ({@code MA_LK}) and
 * the portal's transaction ids, so keep it with the files.
 *
 * <p><b>One run per journal.</b> A run holds an exclusive lock on {@code JOURNAL.lock} (created next to the journal,
 * left in place) from before it reads the journal until its last file is recorded; a second run on the same
 * journal, in this process or another, is refused with {@link ClaimsError#PORTAL_JOURNAL_LOCKED} and sends nothing.
 * A journal or lock path that is a directory, a device, a FIFO, a socket or a symbolic link is refused
 * ({@code EMR-CORE-0068}, {@code EMR-CORE-0067}) before anything is read or sent.
 *
 * <p><b>Size.</b> At most {@code concurrency} files are read and in memory at a time; the file list and the journal
 * (a few hundred bytes per file) are held whole. A run writes the journal whole twice and appends two lines per file
 * sent ({@code sending}, then the answer), one line per file answered from the journal as still {@code sending}: its
 * cost grows with the number of files, not with its square ({@code PortalBatchBenchmark}).
 */
public final class PortalBatch {

    /** The journal's format name. */
    public static final String JOURNAL_FORMAT = "emr-portal-journal/2";
    /** The format of the first journals (one JSON object, rewritten whole after each change): still read. */
    private static final String FORMAT_1 = "emr-portal-journal/1";
    /** The largest journal read: 64 MiB. */
    static final long MAX_JOURNAL_BYTES = 64L << 20;

    private static final System.Logger LOG = System.getLogger("vn.emr.claims.portal");

    private final PortalClient client;
    private final PortalFileKind kind;
    private final int concurrency;
    private final Path journal;
    private final Consumer<Progress> progress;

    private PortalBatch(Builder b) {
        this.client = b.client;
        this.kind = b.kind;
        this.concurrency = b.concurrency;
        this.journal = b.journal;
        this.progress = b.progress;
    }

    /** A batch sending files of this kind through the client. */
    public static Builder builder(PortalClient client, PortalFileKind kind) {
        return new Builder(client, kind);
    }

    /** One file's outcome as the batch went: files done so far, of how many, which, what became of it. */
    public record Progress(int done, int total, String file, PortalAnswer answer, boolean fromJournal,
            boolean changedSinceJournal) {
    }

    /**
     * One file of the summary: its name, its answer, whether the answer came from the journal (not sent), and whether
     * the journal named a file of this name with other bytes (a changed file: it was treated as a new file).
     */
    public record Entry(String file, PortalAnswer answer, boolean fromJournal, boolean changedSinceJournal) {
        Entry(String file, PortalAnswer answer, boolean fromJournal) {
            this(file, answer, fromJournal, false);
        }
    }

    /** The end of a batch: every file's entry in the order given, and counts. */
    public static final class Summary {
        private final List<Entry> entries;

        private Summary(List<Entry> entries) {
            this.entries = List.copyOf(entries);
        }

        /** The entries, in the files' order. */
        public List<Entry> entries() {
            return entries;
        }

        /** How many files. */
        public int total() {
            return entries.size();
        }

        /** How many files the portal accepted (in this run or, per the journal, an earlier one). */
        public int accepted() {
            return (int) entries.stream().filter(e -> e.answer().accepted()).count();
        }

        /** How many answers came from the journal, without a request. */
        public int fromJournal() {
            return (int) entries.stream().filter(Entry::fromJournal).count();
        }

        /** How many files of each outcome. */
        public Map<PortalResult, Integer> counts() {
            Map<PortalResult, Integer> m = new EnumMap<>(PortalResult.class);
            entries.forEach(e -> m.merge(e.answer().result(), 1, Integer::sum));
            return Collections.unmodifiableMap(m);
        }

        /** Whether every file was accepted. */
        public boolean allAccepted() {
            return entries.stream().allMatch(e -> e.answer().accepted());
        }

        /** Counts only. */
        @Override
        public String toString() {
            return "Summary[total=" + total() + ", " + counts() + "]";
        }
    }

    /**
     * Sends the {@code .xml} files of the folder, in name order (not its subfolders); a symbolic link or special
     * file (FIFO, device) of that name is not followed or read: it is reported {@link PortalResult#LOCAL_UNREADABLE}.
     *
     * @throws EmrException {@code EMR-CORE-0006} when the folder cannot be listed,
     *     {@link ClaimsError#PORTAL_JOURNAL_MALFORMED} for a journal that does not read, an {@link AtomicFiles} code
     *     when the journal cannot be written (the batch stops: nothing is sent without a journal)
     */
    public Summary send(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, String.valueOf(folder.getFileName()));
        }
        return send(files);
    }

    /**
     * Sends the files, at most {@code concurrency} at a time; one that is not a regular file (a symbolic link
     * included) is reported {@link PortalResult#LOCAL_UNREADABLE} without being read. A progress callback that throws stops the batch: no file
     * is started after it, files on their way are interrupted (their outcome is recorded, unknown when a request was
     * on its way), the journal stays true, and the callback's exception is thrown from here.
     */
    public Summary send(List<Path> files) {
        if (journal == null) {
            return send(files, Journal.inMemory());
        }
        JournalLock lock = JournalLock.take(journal);
        try {
            Journal j = Journal.load(journal);
            j.open();
            Summary summary;
            try {
                summary = send(files, j);
            } catch (RuntimeException | Error e) {
                try {
                    j.close();
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            j.close();
            return summary;
        } finally {
            lock.close();
        }
    }

    private Summary send(List<Path> files, Journal j) {
        int total = files.size();
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, total)), r -> {
            Thread t = new Thread(r, "emr-portal-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Entry>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    if (stopped.get() || Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("batch stopped");
                    }
                    Entry e = one(f, j);
                    synchronized (progressLock) {
                        try {
                            progress.accept(new Progress(done.incrementAndGet(), total, e.file(), e.answer(),
                                    e.fromJournal(), e.changedSinceJournal()));
                        } catch (RuntimeException | Error failure) {
                            // no file is started after a failed callback
                            stopped.set(true);
                            throw failure;
                        }
                    }
                    return e;
                }));
            }
            List<Entry> entries = new ArrayList<>();
            for (Future<Entry> f : futures) {
                try {
                    entries.add(f.get());
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new EmrException(ClaimsError.PORTAL_BATCH_INTERRUPTED, "");
                }
            }
            return new Summary(entries);
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
        }
    }

    /**
     * Waits (up to a minute) for the interrupted workers to record their files, so that the journal is final, and
     * its lock free, when {@code send} returns; the caller's interrupt status is kept.
     */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (true) {
                try {
                    if (pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                            || System.nanoTime() >= deadline) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The lock of a journal: an exclusive {@link FileLock} on {@code JOURNAL.lock} next to it, held for one run (the
     * lock file is left in place, empty; the lock goes with the process).
     */
    private static final class JournalLock {
        private final FileChannel channel;
        private final FileLock lock;

        private JournalLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static JournalLock take(Path journal) {
            regularOrAbsent(journal);
            Path file = journal.resolveSibling(journal.getFileName() + ".lock");
            regularOrAbsent(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new EmrException(CoreError.IO_WRITE, "journal", e, String.valueOf(file.getFileName()));
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    throw new EmrException(ClaimsError.PORTAL_JOURNAL_LOCKED, "journal");
                }
                return new JournalLock(channel, lock);
            } catch (OverlappingFileLockException e) {
                close(channel);
                throw new EmrException(ClaimsError.PORTAL_JOURNAL_LOCKED, "journal");
            } catch (IOException e) {
                close(channel);
                throw new EmrException(CoreError.IO_WRITE, "journal", e, String.valueOf(file.getFileName()));
            } catch (RuntimeException e) {
                close(channel);
                throw e;
            }
        }

        private static void close(FileChannel channel) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held
            }
        }

        void close() {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            close(channel);
        }
    }

    /** Refuses a journal (or lock) path that is a directory, a device, a FIFO, a socket or a symbolic link. */
    private static void regularOrAbsent(Path path) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "journal", e, String.valueOf(path.getFileName()));
        }
        if (a.isDirectory()) {
            throw new EmrException(CoreError.IO_IS_DIRECTORY, "journal", String.valueOf(path.getFileName()));
        }
        if (!a.isRegularFile()) {
            throw new EmrException(CoreError.IO_SPECIAL_FILE, "journal", String.valueOf(path.getFileName()));
        }
    }

    private Entry one(Path file, Journal j) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // a symbolic link, FIFO or device is never read (a FIFO would block the run)
            return new Entry(name, PortalAnswer.builder(PortalResult.LOCAL_UNREADABLE, "").build(), false);
        }
        try {
            bytes = LimitedInput.readFile(file, PortalClient.MAX_FILE_BYTES);
        } catch (EmrException e) {
            return new Entry(name, PortalAnswer.builder(PortalResult.LOCAL_UNREADABLE, "").build(), false);
        }
        String sha = PortalClient.sha256(bytes);
        Recorded before = j.get(sha);
        boolean changed = before == null && j.namesOtherBytes(name, sha);
        if (changed) {
            LOG.log(System.Logger.Level.INFO, "portal batch: a file changed since its journal entry; sent as a new file");
        }
        if (before != null) {
            if (before.sending && client.settles(PortalResult.OUTCOME_UNKNOWN)) {
                PortalAnswer unknown = before.answer(PortalResult.OUTCOME_UNKNOWN);
                j.put(sha, new Recorded(name, false, unknown));
                return new Entry(name, unknown, true);
            }
            if (!before.sending && client.settles(before.answer.result())) {
                return new Entry(name, before.answer, true);
            }
        }
        PortalAnswer answer = client.send(kind, bytes, name,
                () -> j.put(sha, new Recorded(name, true, PortalAnswer.builder(PortalResult.OUTCOME_UNKNOWN, sha)
                        .build())));
        j.put(sha, new Recorded(name, false, answer));
        return new Entry(name, answer, false, changed);
    }

    /** A journal entry: the file's name, whether a request is (or was, when the run stopped) on its way, its answer. */
    private record Recorded(String file, boolean sending, PortalAnswer answer) {

        /** The recorded answer with another result (the portal's fields kept). */
        PortalAnswer answer(PortalResult result) {
            PortalAnswer.Builder b = PortalAnswer.builder(result, answer.fileSha256())
                    .file(answer.facilityCode().orElse(null), answer.maLk())
                    .portal(answer.resultCode().orElse(null), answer.transactionId().orElse(null),
                            answer.receivedAtText().orElse(null), null);
            return b.build();
        }
    }

    /**
     * The journal in memory and on disk. On disk, lines of JSON: a header {@code {"format":"emr-portal-journal/2",
     * "entries":N}}, N entry lines (the snapshot, written whole and atomically when a run starts and again when it
     * ends), then the entry lines appended during the run, each forced to the device before the run goes on. A later
     * line for a SHA-256 replaces an earlier one. A last line without its line break is an append cut short (the
     * process stopped while writing it) and is dropped: the entry it replaced stands, which is never less careful
     * (a file recorded {@code sending} stays so). Fewer than N whole entry lines, or a line that does not read, is a
     * damaged journal: refused. A journal of format 1 (one JSON object) is read and rewritten as format 2.
     */
    private static final class Journal {
        private final Path path;
        private final Map<String, Recorded> entries = new LinkedHashMap<>();
        /** The SHA-256s recorded under each file name. */
        private final Map<String, java.util.Set<String>> byName = new java.util.HashMap<>();
        private FileChannel log;

        private Journal(Path path) {
            this.path = path;
        }

        /** A journal in memory only: nothing survives the run. */
        static Journal inMemory() {
            return new Journal(null);
        }

        /** The journal of the path (empty when there is none yet), not yet written. */
        static Journal load(Path path) {
            Journal j = new Journal(path);
            regularOrAbsent(path);
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return j;
            }
            byte[] bytes;
            try {
                bytes = LimitedInput.readFile(path, MAX_JOURNAL_BYTES);
            } catch (EmrException e) {
                throw malformed();
            }
            int eol = indexOf(bytes, 0);
            JsonNode header = eol < 0 ? null : tree(bytes, 0, eol, false);
            if (header != null && JOURNAL_FORMAT.equals(header.path("format").asText())) {
                j.readLines(bytes, eol + 1, header.path("entries"));
            } else {
                JsonNode root = tree(bytes, 0, bytes.length, true);
                if (!FORMAT_1.equals(root.path("format").asText()) || !root.path("files").isArray()) {
                    throw malformed();
                }
                root.get("files").forEach(j::read);
            }
            return j;
        }

        private void readLines(byte[] bytes, int from, JsonNode count) {
            if (!count.canConvertToInt() || count.asInt() < 0 || !count.isIntegralNumber()) {
                throw malformed();
            }
            int lines = 0;
            int at = from;
            for (int eol = indexOf(bytes, at); eol >= 0; eol = indexOf(bytes, at)) {
                read(tree(bytes, at, eol - at, true));
                lines++;
                at = eol + 1;
            }
            // what follows the last line break is an append cut short: dropped
            if (lines < count.asInt()) {
                throw malformed();
            }
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** The JSON object of the bytes; null (or, when {@code strict}, a malformed journal) when they are not one. */
        private static JsonNode tree(byte[] bytes, int offset, int length, boolean strict) {
            try {
                JsonNode n = EmrJson.reader().readTree(new java.io.ByteArrayInputStream(bytes, offset, length));
                if (n != null && n.isObject()) {
                    return n;
                }
            } catch (IOException | RuntimeException e) {
                // not JSON
            }
            if (strict) {
                throw malformed();
            }
            return null;
        }

        private static EmrException malformed() {
            return new EmrException(ClaimsError.PORTAL_JOURNAL_MALFORMED, "journal");
        }

        /** One entry, as both formats write it. */
        private void read(JsonNode f) {
            String sha = f.path("sha256").asText("");
            String state = f.path("state").asText("");
            PortalResult result;
            try {
                result = PortalResult.valueOf(f.path("result").asText(""));
            } catch (IllegalArgumentException e) {
                throw malformed();
            }
            if (!f.isObject() || !sha.matches("[0-9a-f]{64}") || !(state.equals("sending") || state.equals("done"))) {
                throw malformed();
            }
            List<String> keys = new ArrayList<>();
            f.path("maLk").forEach(k -> keys.add(k.asText()));
            PortalAnswer a = PortalAnswer.builder(result, sha).file(null, keys)
                    .portal(textOrNull(f, "resultCode"), textOrNull(f, "transactionId"),
                            textOrNull(f, "receivedAt"), null).build();
            remember(sha, new Recorded(f.path("file").asText(""), state.equals("sending"), a));
        }

        private static String textOrNull(JsonNode f, String name) {
            JsonNode v = f.get(name);
            return v == null || v.isNull() ? null : v.asText();
        }

        private void remember(String sha, Recorded r) {
            Recorded before = entries.put(sha, r);
            if (before != null && !before.file().equals(r.file())) {
                // the same bytes under another name now: the old name no longer names them
                java.util.Set<String> old = byName.get(before.file());
                old.remove(sha);
                if (old.isEmpty()) {
                    byName.remove(before.file());
                }
            }
            byName.computeIfAbsent(r.file(), k -> new java.util.HashSet<>(2)).add(sha);
        }

        /** Whether an entry of this file name has other bytes than {@code sha}. */
        synchronized boolean namesOtherBytes(String name, String sha) {
            java.util.Set<String> shas = byName.get(name);
            return shas != null && (shas.size() > 1 || !shas.contains(sha));
        }

        synchronized Recorded get(String sha) {
            return entries.get(sha);
        }

        /** Writes the snapshot and opens the journal for appending: before the run's first file. */
        synchronized void open() {
            if (path == null) {
                return;
            }
            AtomicFiles.write(path, snapshot());
            try {
                log = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new EmrException(CoreError.IO_WRITE, "journal", e, String.valueOf(path.getFileName()));
            }
        }

        /** Records the entry, on disk before this returns: one line appended and forced to the device. */
        synchronized void put(String sha, Recorded r) {
            remember(sha, r);
            if (log == null) {
                return;
            }
            try {
                java.nio.ByteBuffer line = java.nio.ByteBuffer.wrap(line(sha, r));
                while (line.hasRemaining()) {
                    log.write(line);
                }
                log.force(false);
            } catch (IOException e) {
                throw new EmrException(CoreError.IO_WRITE, "journal", e, String.valueOf(path.getFileName()));
            }
        }

        /** Closes the appending and rewrites the journal as one snapshot: after the run's last file. */
        synchronized void close() {
            if (log == null) {
                return;
            }
            try {
                log.close();
            } catch (IOException e) {
                // every line was forced
            }
            log = null;
            AtomicFiles.write(path, snapshot());
        }

        private byte[] snapshot() {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 + 320 * entries.size());
            ObjectNode header = JsonNodeFactory.instance.objectNode();
            header.put("format", JOURNAL_FORMAT);
            header.put("entries", entries.size());
            out.writeBytes(json(header));
            out.write('\n');
            entries.forEach((sha, r) -> out.writeBytes(line(sha, r)));
            return out.toByteArray();
        }

        /** An entry as a line of JSON, its line break included (JSON escapes every line break inside). */
        private static byte[] line(String sha, Recorded r) {
            ObjectNode f = JsonNodeFactory.instance.objectNode();
            f.put("file", r.file());
            f.put("sha256", sha);
            f.put("state", r.sending() ? "sending" : "done");
            f.put("result", r.answer().result().name());
            f.put("resultCode", r.answer().resultCode().orElse(null));
            f.put("transactionId", r.answer().transactionId().orElse(null));
            f.put("receivedAt", r.answer().receivedAtText().orElse(null));
            ArrayNode keys = f.putArray("maLk");
            r.answer().maLk().forEach(keys::add);
            byte[] json = json(f);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        }

        private static byte[] json(ObjectNode node) {
            try {
                return EmrJson.writer().writeValueAsBytes(node);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the journal", e);
            }
        }
    }

    /** The settings of a {@link PortalBatch}. */
    public static final class Builder {
        private final PortalClient client;
        private final PortalFileKind kind;
        private int concurrency = 2;
        private Path journal;
        private Consumer<Progress> progress = p -> { };

        private Builder(PortalClient client, PortalFileKind kind) {
            this.client = Objects.requireNonNull(client, "client");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /** At most this many files at a time, 1 to 16 (default 2). */
        public Builder concurrency(int value) {
            if (value < 1 || value > 16) {
                throw new IllegalArgumentException("concurrency must be 1..16");
            }
            this.concurrency = value;
            return this;
        }

        /** The journal file (created when missing); default none: nothing survives the run. */
        public Builder journal(Path value) {
            this.journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /** Called after each file, one call at a time, in the order files finish. */
        public Builder progress(Consumer<Progress> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** The batch. */
        public PortalBatch build() {
            return new PortalBatch(this);
        }
    }
}
