package vn.emr.benchmarks;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
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
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.fhir.FhirRecords;

/**
 * Export of one record to FHIR R4 JSON (a document Bundle) and reading it back, against {@link EmrJson} writing and
 * reading the same record in the same run: {@code fhirWrite}/{@code fhirRead} are the public
 * {@link FhirRecords#toBundleJson}/{@link FhirRecords#fromBundleJson} (the fast paths),
 * {@code fhirWriteHapi}/{@code fhirReadHapi} the HAPI path they replace (HAPI's structures, encoder and strict parser,
 * then the reverse mapping), kept as the reference. The record is the benchmark sample (30 medication lines, 3 services,
 * 20 lab results, a supply, a progress note, the discharge and an appointment), whole: the FHIR mapping carries every
 * part of the model, so both sides hold the same data. Target: FHIR within 2x of EmrJson, both directions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FhirBenchmark {

    private MedicalRecord record;
    private String fhirJson;
    private byte[] emrJson;
    private IParser hapiWriter;
    private IParser hapiReader;

    /** Builds the record and both serialized forms, and checks that both read back to the same record. */
    @Setup
    public void setUp() {
        record = SampleRecords.outpatient(SampleRecords.patient(), 30, 20);
        hapiWriter = FhirRecords.context().newJsonParser();
        hapiReader = FhirRecords.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        fhirJson = FhirRecords.toBundleJson(record);
        emrJson = EmrJson.write(record);
        if (!FhirRecords.fromBundleJson(fhirJson).equals(record) || !fhirReadHapi().equals(record)
                || !fhirWriteHapi().equals(fhirJson) || !EmrJson.read(emrJson, MedicalRecord.class).equals(record)) {
            throw new IllegalStateException("a form does not read back to the record, or the paths disagree");
        }
    }

    /** FHIR: record to a document Bundle in JSON ({@code toBundleJson}: the streaming writer). */
    @Benchmark
    public String fhirWrite() {
        return FhirRecords.toBundleJson(record);
    }

    /** FHIR: JSON document Bundle back to the record ({@code fromBundleJson}: the streaming reader). */
    @Benchmark
    public MedicalRecord fhirRead() {
        return FhirRecords.fromBundleJson(fhirJson);
    }

    /** FHIR through HAPI: the Bundle built with HAPI's structures, encoded by HAPI's JSON parser (same characters). */
    @Benchmark
    public String fhirWriteHapi() {
        return hapiWriter.encodeResourceToString(FhirRecords.toBundle(record));
    }

    /** FHIR through HAPI: HAPI's strict parsing to a Bundle, then the reverse mapping. */
    @Benchmark
    public MedicalRecord fhirReadHapi() {
        return FhirRecords.readBundle((Bundle) hapiReader.parseResource(fhirJson)).record();
    }

    /** Baseline: the record to EmrJson bytes. */
    @Benchmark
    public byte[] emrJsonWrite() {
        return EmrJson.write(record);
    }

    /** Baseline: EmrJson bytes to the record (encoding check, strict reading). */
    @Benchmark
    public MedicalRecord emrJsonRead() {
        return EmrJson.read(emrJson, MedicalRecord.class);
    }

    /**
     * Interleaved thread-CPU-time measurement of the six operations, for a machine shared with other work:
     * {@code java -cp benchmarks.jar vn.emr.benchmarks.FhirBenchmark [rounds] [iterations]}. Prints each round's mean
     * CPU time per operation and the ratios against {@code EmrJson}; the last rounds are the warmed-up ones.
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        FhirBenchmark b = new FhirBenchmark();
        b.setUp();
        String[] names = {"emrJsonWrite", "emrJsonRead", "fhirWrite", "fhirRead", "fhirWriteHapi", "fhirReadHapi"};
        java.util.List<java.util.function.Supplier<Object>> ops = java.util.List.of(b::emrJsonWrite, b::emrJsonRead,
                b::fhirWrite, b::fhirRead, b::fhirWriteHapi, b::fhirReadHapi);
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
                    " | write %.2fx (hapi %.2fx), read %.2fx (hapi %.2fx)", cpu[2] / (double) cpu[0],
                    cpu[4] / (double) cpu[0], cpu[3] / (double) cpu[1], cpu[5] / (double) cpu[1]));
            System.out.println(line);
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
    }
}
