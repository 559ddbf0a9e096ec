package vn.emr.claims.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.emr.claims.catalogue.ClaimsProfile;
import vn.emr.claims.catalogue.ClaimsTable;
import vn.emr.claims.catalogue.FieldCatalogue;
import vn.emr.claims.catalogue.SizeLimits;
import vn.emr.claims.catalogue.TableSpec;
import vn.emr.claims.envelope.ClaimEpisode;
import vn.emr.claims.internal.EnvelopeReader;
import vn.emr.claims.money.BaseSalary;
import vn.emr.claims.table.FieldRules;
import vn.emr.claims.table.TableRecord;
import vn.emr.claims.table.TableScan;
import vn.emr.core.EmrException;
import vn.emr.core.io.LimitedInput;
import vn.emr.signature.SignatureError;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * Checks claims files the way the portal and the assessors do ({@code domain/claims.md} §3): structure against the
 * profile's catalogue, formats and code lists, money formulas, totals, dates and links across tables, and the
 * facility signature when trust anchors are given. Built once, it is immutable, stateless and thread-safe: one checker
 * checks any number of files concurrently. A {@code GIAMDINHHS} file is read as a stream, episode by episode, so
 * memory stays bounded by the largest episode however many a file holds; a check-in (XML0) or single-table document
 * is read whole. The envelope is read by a strict byte reader of its common shape; a file outside that shape is read
 * again by the JDK's StAX parser, and the report is the same either way. Every finding is a {@link ClaimsIssue} of a
 * {@link Rule}; nothing is ever thrown for bad input.
 *
 * <p>Its settings are plain values: a worker (a Spark executor, say) rebuilds the same checker cheaply from them.
 *
 * <pre>{@code
 * ClaimsChecker checker = ClaimsChecker.builder().trust(TrustPolicy.of(bhxhRoot)).build();
 * ClaimsReport report = checker.check(Path.of("claims.xml"));
 * }</pre>
 */
public final class ClaimsChecker {

    /** The largest table document (decoded NOIDUNGFILE) or single-document file read: 64 MiB. */
    public static final int MAX_DOCUMENT_BYTES = 64 << 20;
    /** How much of a file's start tells its encoding (the declaration is within it). */
    private static final int HEAD_BYTES = 8192;

    /**
     * A line amount may differ from its formula by this much (one rounding step of the 2-decimal amounts); XML1 totals
     * compare exactly with the sums of the written line amounts, which involve no rounding.
     */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ClaimsProfile profile;
    private final ClaimsCatalogues catalogues;
    private final BaseSalary baseSalary;
    private final BigDecimal tolerance;
    private final TrustPolicy trust;
    private final XmlVerifier verifier;
    private final Clock clock;
    /** The rules of each profile under these catalogues, worked out once (Run.episode). */
    private final Map<ClaimsProfile, RuleCatalogue.Plan> plans;
    private final SizeLimits sizeLimits;

    private ClaimsChecker(Builder b) {
        this.profile = b.profile;
        this.catalogues = b.catalogues;
        this.baseSalary = b.baseSalary;
        this.tolerance = b.tolerance;
        this.trust = b.trust;
        this.verifier = b.trust == null ? null : XmlVerifier.strict(b.trust);
        this.clock = b.clock;
        this.plans = RuleCatalogue.plans(b.catalogues);
        this.sizeLimits = b.sizeLimits;
    }

    /** A builder: by default the profile of each claim's date, no catalogue, the known base salary, no signature check. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every rule, in the order of {@code RULES.md}: structure, then formats and code lists, then cross-table. */
    public static List<Rule> rules() {
        return RuleCatalogue.ALL;
    }

    /**
     * Checks a file: a {@code GIAMDINHHS} envelope (streamed), a check-in document or a single table document. An
     * unreadable file is one issue ({@code FILE.READ}), never an exception.
     */
    public ClaimsReport check(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        Run run = new Run(name);
        if (!Files.isRegularFile(file)) {
            run.out.report(RuleCatalogue.FILE_READ, "");
            return run.report();
        }
        boolean envelope;
        try {
            try (InputStream in = Files.newInputStream(file)) {
                envelope = run.stream(() -> EnvelopeReader.fast(in));
            } catch (EnvelopeReader.Declined declined) {
                // outside the fast reading's subset: read again by the reference reading, which judges every file
                run = new Run(name);
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    in.mark(HEAD_BYTES);
                    byte[] head = in.readNBytes(HEAD_BYTES);
                    in.reset();
                    if (run.foreignEncoding(head)) {
                        return run.report();
                    }
                    envelope = run.stream(() -> EnvelopeReader.stax(in));
                }
            }
        } catch (IOException e) {
            run.out.report(RuleCatalogue.FILE_READ, "");
            return run.report();
        }
        if (!envelope && !run.fatal) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = LimitedInput.readAll(in, MAX_DOCUMENT_BYTES);
            } catch (IOException | EmrException e) {
                run.out.report(RuleCatalogue.FILE_READ, "");
                return run.report();
            }
            run.document(bytes);
        }
        if (verifier != null && !run.fatal) {
            run.signature(run.envelope ? verifier.withProfile(SignatureProfile.CHUKYDONVI).verify(file)
                    : verifier.verify(file));
        }
        return run.report();
    }

    /** Checks a file held in memory, named {@code name} in the report. */
    public ClaimsReport check(byte[] xml, String name) {
        Objects.requireNonNull(xml, "xml");
        Run run = new Run(Objects.requireNonNull(name, "name"));
        boolean envelope;
        try {
            envelope = run.stream(() -> EnvelopeReader.fast(xml));
        } catch (EnvelopeReader.Declined declined) {
            run = new Run(name);
            if (run.foreignEncoding(xml)) {
                return run.report();
            }
            envelope = run.stream(() -> EnvelopeReader.stax(new java.io.ByteArrayInputStream(xml)));
        }
        if (!envelope && !run.fatal) {
            run.document(xml);
        }
        if (verifier != null && !run.fatal) {
            run.signature(run.envelope ? verifier.withProfile(SignatureProfile.CHUKYDONVI).verify(xml)
                    : verifier.verify(xml));
        }
        return run.report();
    }

    /**
     * The check of a file in memory through one reading only (the differential tests): the fast reading from the
     * array ({@code 0}), the fast reading from {@code stream} ({@code 1}), or the reference reading ({@code 2}); null
     * when the fast reading declines. No signature check.
     */
    ClaimsReport checkWith(int reading, byte[] xml, InputStream stream, String name) {
        Run run = new Run(name);
        boolean envelope;
        try {
            envelope = run.stream(() -> reading == 0 ? EnvelopeReader.fast(xml)
                    : reading == 1 ? EnvelopeReader.fast(stream)
                    : EnvelopeReader.stax(new java.io.ByteArrayInputStream(xml)));
        } catch (EnvelopeReader.Declined declined) {
            return null;
        }
        if (!envelope && !run.fatal) {
            run.document(xml);
        }
        return run.report();
    }

    /** Checks an episode built in memory (before it is written), under the profile given. */
    public ClaimsReport check(ClaimEpisode episode, ClaimsProfile episodeProfile) {
        Run run = new Run("");
        run.profile = episodeProfile;
        run.episode(new Episode(1, episodeProfile, null, episode.tables()));
        return run.report();
    }

    /** The state of one check: never shared between threads. */
    private final class Run {
        final Findings out;
        final Set<String> skipped = new TreeSet<>();
        ClaimsProfile profile = ClaimsChecker.this.profile;
        int episodes;
        boolean fatal;
        boolean envelope;
        private EnvelopeReader rd;
        private String facility;
        /** Each episode's MA_LK and the HOSO that first used it (one file's keys: a few MB for 10^5 episodes). */
        private final Map<String, Integer> keys = new java.util.HashMap<>();

        Run(String file) {
            this.out = new Findings(file);
        }

        ClaimsReport report() {
            return new ClaimsReport(profile, episodes, 1, out.issues(), skipped);
        }

        /**
         * Whether the file is not UTF-8 as its start says (reported, and nothing else read: in another encoding the
         * text would not be what the portal reads). Asked only of files the fast reading declined: it reads UTF-8
         * alone.
         */
        boolean foreignEncoding(byte[] head) {
            if (vn.emr.core.internal.XmlProlog.declaresOtherThanUtf8(head)) {
                fatal = true;
                out.report(RuleCatalogue.FILE_ENCODING, "");
                return true;
            }
            return false;
        }

        // ---- the envelope, streamed

        /**
         * Reads the root; streams an envelope to its end. False when the root is another document's.
         *
         * @throws EnvelopeReader.Declined when the fast reading declines the file (this run is then spoiled)
         */
        boolean stream(java.util.function.Supplier<EnvelopeReader> reader) {
            try (EnvelopeReader opened = reader.get()) {
                rd = opened;
                if (!rd.root()) {
                    return false;
                }
                envelope = true;
                envelope();
                return true;
            } catch (EmrException e) {
                fatal = true;
                out.report(StructureRules.ENVELOPE_MALFORMED, "");
                return true;
            } catch (EnvelopeReader.Structure e) {
                fatal = true;
                out.report(StructureRules.ENVELOPE_STRUCTURE, e.path());
                return true;
            } finally {
                rd = null;
            }
        }

        private void envelope() {
            rd.start("THONGTINDONVI", "GIAMDINHHS");
            facility = rd.leaf("MACSKCB", "GIAMDINHHS.THONGTINDONVI", 64);
            rd.end("GIAMDINHHS.THONGTINDONVI");
            rd.start("THONGTINHOSO", "GIAMDINHHS");
            String date = rd.leaf("NGAYLAP", "GIAMDINHHS.THONGTINHOSO", 64);
            LocalDate createdOn = null;
            try {
                createdOn = date == null ? null : LocalDate.parse(date, FieldRules.DATE);
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (createdOn == null) {
                out.report(StructureRules.ENVELOPE_NGAYLAP, "GIAMDINHHS.THONGTINHOSO.NGAYLAP");
            }
            String count = rd.leaf("SOLUONGHOSO", "GIAMDINHHS.THONGTINHOSO", 64);
            rd.start("DANHSACHHOSO", "GIAMDINHHS.THONGTINHOSO");
            int h = 0;
            while (rd.nextTag() == EnvelopeReader.START) {
                h++;
                rd.expect("HOSO", "GIAMDINHHS.THONGTINHOSO.DANHSACHHOSO");
                hoso(h, createdOn);
            }
            rd.end("GIAMDINHHS.THONGTINHOSO");
            int e = rd.nextTag();
            if (e == EnvelopeReader.START) {
                rd.expect("CHUKYDONVI", "GIAMDINHHS");
                rd.skip();
                e = rd.nextTag();
            }
            if (e != EnvelopeReader.END) {
                throw new EnvelopeReader.Structure("GIAMDINHHS");
            }
            if (h == 0) {
                out.report(StructureRules.ENVELOPE_EMPTY, "GIAMDINHHS.THONGTINHOSO.DANHSACHHOSO");
            }
            if (count == null || !count.equals(Integer.toString(h))) {
                out.report(StructureRules.ENVELOPE_COUNT, "GIAMDINHHS.THONGTINHOSO.SOLUONGHOSO",
                        MessageArg.count(h));
            }
        }

        private void hoso(int h, LocalDate createdOn) {
            Map<ClaimsTable, byte[]> files = new EnumMap<>(ClaimsTable.class);
            Map<ClaimsTable, String> paths = new EnumMap<>(ClaimsTable.class);
            java.util.Set<ClaimsTable> unreadable = java.util.EnumSet.noneOf(ClaimsTable.class);
            int f = 0;
            ClaimsTable previous = null;
            boolean orderReported = false;
            while (rd.nextTag() == EnvelopeReader.START) {
                f++;
                String path = "HOSO[" + h + "].FILEHOSO[" + f + "]";
                rd.expect("FILEHOSO", "HOSO[" + h + "]");
                String type = rd.leaf("LOAIHOSO", path, 64);
                // decoded as read (null when too long or not base64), whether or not the table is taken below
                byte[] bytes = rd.content("NOIDUNGFILE", path, MAX_DOCUMENT_BYTES / 3 * 4 + 4096);
                rd.end(path);
                ClaimsTable table = type == null ? null : ClaimsTable.byLoaiHoSo(type).orElse(null);
                if (table == null) {
                    out.report(StructureRules.FILE_TYPE_UNKNOWN, path + ".LOAIHOSO");
                    continue;
                }
                if (table == ClaimsTable.XML0 || table == ClaimsTable.XML12) {
                    out.report(StructureRules.FILE_TYPE_NOT_SENT, path + ".LOAIHOSO", MessageArg.field(table.name()));
                    continue;
                }
                if (files.containsKey(table)) {
                    out.report(StructureRules.FILE_TYPE_REPEATED, path + ".LOAIHOSO", MessageArg.field(table.name()));
                    continue;
                }
                if (previous != null && table.ordinal() < previous.ordinal() && !orderReported) {
                    out.report(StructureRules.FILE_ORDER, path + ".LOAIHOSO", MessageArg.field(table.name()));
                    orderReported = true;
                }
                previous = table;
                if (bytes == null) {
                    out.report(StructureRules.FILE_BASE64, path + ".NOIDUNGFILE");
                    unreadable.add(table);
                    continue;
                }
                files.put(table, bytes);
                paths.put(table, path);
            }
            if (profile == null) {
                profile = profileOf(files.get(ClaimsTable.XML1), createdOn);
            }
            Map<ClaimsTable, List<TableRecord>> tables = new EnumMap<>(ClaimsTable.class);
            Map<ClaimsTable, List<TableScan.Problem>> problems = new EnumMap<>(ClaimsTable.class);
            for (Map.Entry<ClaimsTable, byte[]> file : files.entrySet()) {
                TableSpec spec = specOf(profile, file.getKey());
                if (spec == null) {
                    out.report(StructureRules.TABLE_NOT_IN_PROFILE, paths.get(file.getKey()) + ".LOAIHOSO",
                            MessageArg.field(file.getKey().name()), MessageArg.code(profile.name()));
                    continue;
                }
                TableScan.Result scanned = TableScan.scan(spec, file.getValue());
                tables.put(file.getKey(), scanned.records());
                for (TableScan.Problem p : scanned.problems()) {
                    if (p.kind() == TableScan.ProblemKind.MALFORMED || p.kind() == TableScan.ProblemKind.ROOT) {
                        unreadable.add(file.getKey());
                    }
                }
                if (!scanned.problems().isEmpty()) {
                    problems.put(file.getKey(), scanned.problems());
                }
            }
            Episode ep = new Episode(h, profile, facility, tables);
            ep.unreadable.addAll(unreadable);
            for (Map.Entry<ClaimsTable, List<TableScan.Problem>> p : problems.entrySet()) {
                StructureRules.problems(ep, p.getKey(), p.getValue(), out);
            }
            if (!files.containsKey(ClaimsTable.XML1)) {
                out.report(StructureRules.EPISODE_NO_SUMMARY, "HOSO[" + h + "]");
            }
            TableRecord xml1 = ep.xml1();
            String own = xml1 == null ? null : Values.text(xml1, "MA_CSKCB");
            if (own != null && !own.equals(facility)) {
                out.report(StructureRules.ENVELOPE_FACILITY, ep.path(ClaimsTable.XML1, 1, "MA_CSKCB"));
            }
            if (!ep.maLk.isEmpty()) {
                Integer first = keys.putIfAbsent(ep.maLk, h);
                if (first != null) {
                    out.report(FileRules.EPISODE_REPEATED, ep.path(ClaimsTable.XML1, 1, "MA_LK"),
                            MessageArg.count(first));
                }
            }
            episode(ep);
        }

        /** The profile of the file: XML1's discharge date, else its visit date, else NGAYLAP. */
        private ClaimsProfile profileOf(byte[] xml1, LocalDate createdOn) {
            TableRecord rec = null;
            if (xml1 != null) {
                TableScan.Result scanned = TableScan.scan(ClaimsProfile.QD4750.catalogue().table(ClaimsTable.XML1),
                        xml1);
                rec = scanned.records().isEmpty() ? null : scanned.records().get(0);
            }
            return profileOf(rec, createdOn);
        }

        /**
         * The profile of a claim's date: the record's NGAY_RA, else NGAY_VAO, else {@code fallback}; the newest profile
         * when no date reads, the earliest for a date before every profile.
         */
        private ClaimsProfile profileOf(TableRecord rec, LocalDate fallback) {
            var when = rec == null ? null : Values.dateTime(rec, "NGAY_RA");
            if (when == null && rec != null) {
                when = Values.dateTime(rec, "NGAY_VAO");
            }
            LocalDate date = when == null ? fallback : when.toLocalDate();
            ClaimsProfile[] all = ClaimsProfile.values();
            if (date == null) {
                return all[all.length - 1];
            }
            try {
                return ClaimsProfile.forClaimDate(date);
            } catch (EmrException e) {
                return all[0];
            }
        }

        // ---- a check-in or single-table document, whole

        void document(byte[] xml) {
            String root;
            try {
                root = vn.emr.core.internal.XmlProlog.rootElement(xml);
            } catch (RuntimeException e) {
                root = null;
            }
            ClaimsTable table = null;
            for (ClaimsTable t : ClaimsTable.values()) {
                if (t.rootElement().equals(root)) {
                    table = t;
                }
            }
            if (table == null) {
                fatal = true;
                out.report(StructureRules.ENVELOPE_ROOT, "");
                return;
            }
            TableRecord first = null;
            if (profile == null) {
                TableScan.Result probe = TableScan.scan(ClaimsProfile.QD4750.catalogue().table(table), xml);
                first = probe.records().isEmpty() ? null : probe.records().get(0);
                profile = first == null ? ClaimsProfile.values()[ClaimsProfile.values().length - 1]
                        : profileOf(first, null);
            }
            TableSpec spec = specOf(profile, table);
            if (spec == null) {
                out.report(StructureRules.TABLE_NOT_IN_PROFILE, table.name(), MessageArg.field(table.name()),
                        MessageArg.code(profile.name()));
                return;
            }
            TableScan.Result scanned = TableScan.scan(spec, xml);
            // rows of several episodes (a check-in list): one episode per MA_LK, in order of appearance
            Map<String, List<TableRecord>> byKey = new LinkedHashMap<>();
            for (TableRecord rec : scanned.records()) {
                String key = Values.text(rec, "MA_LK");
                byKey.computeIfAbsent(key == null ? "" : key, k -> new ArrayList<>()).add(rec);
            }
            if (byKey.isEmpty()) {
                byKey.put("", List.of());
            }
            int h = 0;
            boolean problemsShown = false;
            Map<String, Episode> episodesByKey = new java.util.HashMap<>();
            for (Map.Entry<String, List<TableRecord>> group : byKey.entrySet()) {
                Episode ep = new Episode(++h, profile, null, Map.of(table, group.getValue()));
                episodesByKey.put(group.getKey(), ep);
                if (!problemsShown) {
                    StructureRules.problems(ep, table, scanned.problems(), out);
                    problemsShown = true;
                }
                episode(ep);
            }
            if (table == ClaimsTable.XML0) {
                checkInNumbering(scanned.records(), episodesByKey);
            }
        }

        /**
         * A check-in list is numbered from 1 across the whole document (QĐ 130 PL, STT), while its rows are checked as
         * one episode per MA_LK: the first row out of sequence is reported, at its place within its episode.
         */
        private void checkInNumbering(List<TableRecord> rows, Map<String, Episode> episodesByKey) {
            Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                TableRecord rec = rows.get(i);
                String key = Values.text(rec, "MA_LK");
                key = key == null ? "" : key;
                int place = seen.merge(key, 1, Integer::sum);
                String stt = Values.text(rec, "STT");
                if (stt != null && !stt.equals(Integer.toString(i + 1))) {
                    out.report(LinkRules.STT, episodesByKey.get(key).path(ClaimsTable.XML0, place, "STT"),
                            MessageArg.count(i + 1));
                    return;
                }
            }
        }

        // ---- the rules of one episode

        /** What the rules consult besides the episode, today included: made once per check. */
        private CheckContext context;
        /** The plan whose skipped rules {@link #skipped} already holds. */
        private RuleCatalogue.Plan skippedFrom;

        void episode(Episode ep) {
            episodes++;
            StructureRules.fields(ep, out);
            if (context == null) {
                context = new CheckContext(catalogues, baseSalary, tolerance, LocalDate.now(clock.withZone(VIETNAM)));
            }
            RuleCatalogue.Plan plan = plans.get(ep.profile);
            if (plan != skippedFrom) {
                skipped.addAll(plan.skipped);
                skippedFrom = plan;
            }
            plan.run(ep, context, out);
        }

        void signature(VerificationResult result) {
            if (result.valid()) {
                return;
            }
            if (result.signatures().isEmpty() || result.hasError(SignatureError.SIGNATURE_MISSING)) {
                out.report(RuleCatalogue.SIGNATURE_MISSING, envelope ? "GIAMDINHHS.CHUKYDONVI" : "");
            } else {
                String code = result.errors().isEmpty() ? "" : result.errors().get(0).code().code();
                out.report(RuleCatalogue.SIGNATURE_INVALID, envelope ? "GIAMDINHHS.CHUKYDONVI" : "",
                        MessageArg.code(code));
            }
        }
    }

    /** The profile's declaration of the table, with the checker's sizes; null when the profile has no such table. */
    TableSpec specOf(ClaimsProfile profile, ClaimsTable table) {
        try {
            return FieldCatalogue.of(profile, sizeLimits).table(table);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "ClaimsChecker[profile=" + (profile == null ? "by claim date" : profile) + ", catalogues=" + catalogues
                + ", signature=" + (trust != null) + "]";
    }

    /** Builds a {@link ClaimsChecker}. */
    public static final class Builder {
        private ClaimsProfile profile;
        private ClaimsCatalogues catalogues = ClaimsCatalogues.none();
        private BaseSalary baseSalary = BaseSalary.known();
        private BigDecimal tolerance = DEFAULT_TOLERANCE;
        private TrustPolicy trust;
        private Clock clock = Clock.systemUTC();
        private SizeLimits sizeLimits = SizeLimits.DECISION;

        private Builder() {
        }

        /**
         * The field sizes {@code FIELD.SIZE} checks: {@link SizeLimits#DECISION} (the default) or the portal-observed
         * {@link SizeLimits#PORTAL}.
         */
        public Builder sizeLimits(SizeLimits value) {
            this.sizeLimits = Objects.requireNonNull(value, "sizeLimits");
            return this;
        }

        /** Checks every file against this profile instead of the profile of its claims' dates. */
        public Builder profile(ClaimsProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** The catalogues codes are looked up in; rules whose catalogue is absent are skipped (and reported so). */
        public Builder catalogues(ClaimsCatalogues value) {
            this.catalogues = Objects.requireNonNull(value, "catalogues");
            return this;
        }

        /** The dated base salary (lương cơ sở) of the 15 % rule and the supply-package ceiling. */
        public Builder baseSalary(BaseSalary value) {
            this.baseSalary = Objects.requireNonNull(value, "baseSalary");
            return this;
        }

        /**
         * How far a line amount may be from its formula ({@link #DEFAULT_TOLERANCE}: one rounding step of the
         * 2-decimal amounts).
         */
        public Builder tolerance(BigDecimal value) {
            if (value.signum() < 0) {
                throw new IllegalArgumentException("a tolerance is not negative");
            }
            this.tolerance = value;
            return this;
        }

        /** Verifies the facility signature ({@code CHUKYDONVI}) against these anchors. */
        public Builder trust(TrustPolicy value) {
            this.trust = Objects.requireNonNull(value, "trust");
            return this;
        }

        /** The clock "today" comes from (dates in the future); the system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The checker. */
        public ClaimsChecker build() {
            return new ClaimsChecker(this);
        }
    }
}
