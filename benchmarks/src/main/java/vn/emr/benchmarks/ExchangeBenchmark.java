package vn.emr.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.emr.core.exchange.Cv365Codec;
import vn.emr.core.exchange.Cv365ImportContext;
import vn.emr.core.exchange.Cv365Mapping;
import vn.emr.core.exchange.HoSoBenhAn;
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/**
 * Export of one record to the 365/TTYQG exchange document (issue 11), XML and JSON, and reading each back into a
 * record, against the emr-core JSON serialization ({@link EmrJson}) of the same record in the same run. Target: each
 * within 2x of its {@code EmrJson} counterpart (export against {@code write}, import against {@code read}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ExchangeBenchmark {

    private MedicalRecord record;
    private Cv365ImportContext context;
    private byte[] emrJson;
    private byte[] cv365Xml;
    private byte[] cv365Json;

    /** The benchmark record (30 drug lines, 3 services, 20 lab results) and its three encodings; checks the trips. */
    @Setup
    public void setUp() {
        record = SampleRecords.outpatient(SampleRecords.patient(), 30, 20);
        context = Cv365ImportContext.of(record.facility(), EncounterClass.EXAMINATION);
        emrJson = EmrJson.write(record);
        HoSoBenhAn doc = Cv365Mapping.fromRecord(record);
        cv365Xml = Cv365Codec.writeXml(doc);
        cv365Json = Cv365Codec.writeJson(doc);
        MedicalRecord back = Cv365Mapping.toRecord(Cv365Codec.readXml(cv365Xml), context);
        if (!back.equals(Cv365Mapping.toRecord(Cv365Codec.readJson(cv365Json), context))
                || !EmrJson.read(emrJson, MedicalRecord.class).equals(record)) {
            throw new IllegalStateException("round trips disagree");
        }
    }

    /** Baseline: record to the SDK's JSON form. */
    @Benchmark
    public byte[] emrJsonWrite() {
        return EmrJson.write(record);
    }

    /** Baseline: the SDK's JSON form to a record. */
    @Benchmark
    public MedicalRecord emrJsonRead() {
        return EmrJson.read(emrJson, MedicalRecord.class);
    }

    /** Record to 365 XML (mapping, checks, writing). */
    @Benchmark
    public byte[] cv365XmlExport() {
        return Cv365Codec.writeXml(Cv365Mapping.fromRecord(record));
    }

    /** Record to 365 JSON. */
    @Benchmark
    public byte[] cv365JsonExport() {
        return Cv365Codec.writeJson(Cv365Mapping.fromRecord(record));
    }

    /** 365 XML to a record (strict reading, checks, mapping). */
    @Benchmark
    public MedicalRecord cv365XmlImport() {
        return Cv365Mapping.toRecord(Cv365Codec.readXml(cv365Xml), context);
    }

    /** 365 JSON to a record. */
    @Benchmark
    public MedicalRecord cv365JsonImport() {
        return Cv365Mapping.toRecord(Cv365Codec.readJson(cv365Json), context);
    }

    /**
     * Interleaved thread-CPU-time measurement of the same six operations, for a machine shared with other work (JMH's
     * wall-clock runs of one operation after another then see different loads): {@code java -cp benchmarks.jar
     * vn.emr.benchmarks.ExchangeBenchmark [rounds] [iterations]}. Prints each round's mean CPU time per operation and
     * the ratios against {@code EmrJson}; the last rounds are the warmed-up ones.
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ExchangeBenchmark b = new ExchangeBenchmark();
        b.setUp();
        String[] names = {"emrJsonWrite", "emrJsonRead", "cv365XmlExport", "cv365JsonExport", "cv365XmlImport",
            "cv365JsonImport"};
        java.util.List<java.util.function.Supplier<Object>> ops = java.util.List.of(b::emrJsonWrite, b::emrJsonRead,
                b::cv365XmlExport, b::cv365JsonExport, b::cv365XmlImport, b::cv365JsonImport);
        Object sink = null;
        for (int round = 1; round <= rounds; round++) {
            long[] cpu = new long[ops.size()];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < ops.size(); k++) {
                    long start = mx.getCurrentThreadCpuTime();
                    sink = ops.get(k).get();
                    cpu[k] += mx.getCurrentThreadCpuTime() - start;
                }
            }
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int k = 0; k < ops.size(); k++) {
                line.append(String.format(java.util.Locale.ROOT, " %s=%.1fus", names[k], cpu[k] / (double) n / 1000));
            }
            line.append(String.format(java.util.Locale.ROOT,
                    " | export xml %.2fx json %.2fx, import xml %.2fx json %.2fx", cpu[2] / (double) cpu[0],
                    cpu[3] / (double) cpu[0], cpu[4] / (double) cpu[1], cpu[5] / (double) cpu[1]));
            System.out.println(line);
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
    }
}
