package vn.emr.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

/**
 * JSON serialization of a realistic encounter (patient, 30 medication lines, 20 lab results): the SDK's immutable
 * model through {@link EmrJson} against the same graph as plain POJOs through a bare Jackson {@link ObjectMapper}
 * (the baseline). Target: the SDK within 1.3x of the baseline, both directions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecordJsonBenchmark {

    private MedicalRecord record;
    private byte[] json;
    private ObjectReader projectReader;

    private PlainRecord plain;
    private byte[] plainJson;
    private ObjectWriter bareWriter;
    private ObjectReader bareReader;

    /** Builds both graphs from the same data and checks that both sides write the same JSON. */
    @Setup
    public void setUp() throws Exception {
        record = SampleRecords.outpatient(SampleRecords.patient(), 30, 20);
        json = EmrJson.write(record);
        projectReader = EmrJson.reader(MedicalRecord.class);
        // the baseline is plain Jackson configured the classic way, deprecated setter included
        @SuppressWarnings("deprecation")
        ObjectMapper bare = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        bareWriter = bare.writerFor(PlainRecord.class);
        bareReader = bare.readerFor(PlainRecord.class);
        plain = bareReader.readValue(json);
        plainJson = bareWriter.writeValueAsBytes(plain);
        if (!bare.readTree(plainJson).equals(bare.readTree(json))) {
            throw new IllegalStateException("baseline and SDK graphs differ");
        }
    }

    /** SDK: record to JSON bytes. */
    @Benchmark
    public byte[] serializeProject() {
        return EmrJson.write(record);
    }

    /** SDK: JSON bytes to the immutable record (through the builders, strict reading). */
    @Benchmark
    public MedicalRecord deserializeProject() throws Exception {
        return projectReader.readValue(json);
    }

    /** SDK: JSON bytes to the record through {@code EmrJson.read}: the encoding check and coded errors included. */
    @Benchmark
    public MedicalRecord deserializeProjectRead() {
        return EmrJson.read(json, MedicalRecord.class);
    }

    /** Baseline: POJO graph to JSON bytes with a bare ObjectMapper. */
    @Benchmark
    public byte[] serializeBaseline() throws Exception {
        return bareWriter.writeValueAsBytes(plain);
    }

    /** Baseline: JSON bytes to the POJO graph with a bare ObjectMapper. */
    @Benchmark
    public PlainRecord deserializeBaseline() throws Exception {
        return bareReader.readValue(plainJson);
    }
}
