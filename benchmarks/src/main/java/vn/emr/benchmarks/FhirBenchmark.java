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
import vn.emr.core.json.EmrJson;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.fhir.FhirRecords;

/**
 * Export of one record to FHIR R4 JSON (a document Bundle through HAPI's structures and JSON parser) and reading it back,
 * against {@link EmrJson} writing and reading the same record in the same run. The record is the benchmark sample
 * (30 medication lines, 3 services, 20 lab results, a supply, a progress note, the discharge and an appointment), whole:
 * the FHIR mapping carries every part of the model, so both sides hold the same data. Target: FHIR within 2x of EmrJson,
 * both directions.
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

    /** Builds the record and both serialized forms, and checks that both read back to the same record. */
    @Setup
    public void setUp() {
        record = SampleRecords.outpatient(SampleRecords.patient(), 30, 20);
        fhirJson = FhirRecords.toBundleJson(record);
        emrJson = EmrJson.write(record);
        if (!FhirRecords.fromBundleJson(fhirJson).equals(record)
                || !EmrJson.read(emrJson, MedicalRecord.class).equals(record)) {
            throw new IllegalStateException("a form does not read back to the record");
        }
    }

    /** FHIR: record to a document Bundle in JSON. */
    @Benchmark
    public String fhirWrite() {
        return FhirRecords.toBundleJson(record);
    }

    /** FHIR: JSON document Bundle back to the record (strict HAPI parsing, then the reverse mapping). */
    @Benchmark
    public MedicalRecord fhirRead() {
        return FhirRecords.fromBundleJson(fhirJson);
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
}
