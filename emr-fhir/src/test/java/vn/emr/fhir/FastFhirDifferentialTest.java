package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;
import vn.emr.fhir.internal.FastFhirReader;
import vn.emr.fhir.internal.FastFhirWriter;
import vn.emr.fhir.internal.FromFhir;

/**
 * The fast JSON paths against HAPI's (the reference). Writing: for every generated record the fast writer's output is
 * byte-identical to HAPI's JSON encoding of {@code ToFhir}'s Bundle, or the writer declines and HAPI writes.
 * Reading: for generated Bundles and for mutated ones (members reordered, removed, added, repeated; values of another
 * type, hostile values, other values of the same type; arrays shuffled, cut or doubled; truncated text; whitespace),
 * {@link FhirRecords#readBundleJson} (fast path with fallback) gives the same record or the same refusal (code and
 * path, or exception type) as HAPI's parser with the reverse mapping alone; and whenever the fast reader accepts an
 * input, HAPI's path reads it to an equal result.
 */
class FastFhirDifferentialTest {

    /** Trees that keep a decimal's scale ({@code 1250.50} stays {@code 1250.50}), as HAPI and the fast reader do. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final SignedDocument SIGNED = new SignedDocument(
            "<HoSoBenhAn>ký số</HoSoBenhAn>".getBytes(StandardCharsets.UTF_8), "application/xml");

    @Test
    void fastWriterWritesHapisBytesForEveryGeneratedRecord() {
        RecordGenerator generator = new RecordGenerator(11_2026L);
        for (int i = 0; i < 400; i++) {
            MedicalRecord record = generator.next();
            SignedDocument signed = i % 3 == 0 ? SIGNED : null;
            String fast = FastFhirWriter.write(record, signed);
            assertThat(fast).as("record %d written by the fast path", i).isNotNull();
            assertThat(fast).as("record %d", i).isEqualTo(FhirRecords.hapiBundleJson(record, signed));
        }
        MedicalRecord sample = SampleRecords.outpatient(SampleRecords.patient());
        assertThat(FastFhirWriter.write(sample, SIGNED)).isEqualTo(FhirRecords.hapiBundleJson(sample, SIGNED));
    }

    @Test
    void hostileValuesAreWrittenAsHapiWritesThemOrLeftToHapi() {
        RecordGenerator generator = new RecordGenerator(404L, true);
        int fast = 0;
        for (int i = 0; i < 600; i++) {
            MedicalRecord record = generator.next();
            String hapi = FhirRecords.hapiBundleJson(record, null);
            String written = FastFhirWriter.write(record, null);
            if (written != null) {
                fast++;
                assertThat(written).as("record %d", i).isEqualTo(hapi);
            }
            assertThat(FhirRecords.toBundleJson(record)).as("record %d", i).isEqualTo(hapi);
        }
        // both branches taken: many hostile records are written fast (escapes, astral letters), some are declined
        assertThat(fast).isBetween(60, 590);
    }

    @Test
    void theTimestampFollowsTheDefaultTimeZoneAsHapisDoes() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Asia/Ho_Chi_Minh", "America/St_Johns", "Asia/Kathmandu", "Pacific/Kiritimati",
                "America/New_York", "UTC"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                RecordGenerator generator = new RecordGenerator(zone.hashCode(), true);
                for (int i = 0; i < 40; i++) {
                    MedicalRecord record = generator.next();
                    String written = FastFhirWriter.write(record, null);
                    if (written != null) {
                        assertThat(written).as("%s record %d", zone, i).isEqualTo(FhirRecords.hapiBundleJson(record, null));
                    }
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void fastReaderReadsEveryGeneratedBundleAsHapiDoes() {
        RecordGenerator generator = new RecordGenerator(2_026_11L);
        for (int i = 0; i < 300; i++) {
            MedicalRecord record = generator.next();
            String json = i % 4 == 0 ? FhirRecords.toBundleJson(record, SIGNED) : FhirRecords.toBundleJson(record);
            FromFhir.Result fast = FastFhirReader.read(json);
            assertThat(fast).as("record %d read by the fast path", i).isNotNull();
            FhirDocument hapi = FhirRecords.hapiReadBundleJson(json);
            assertThat(fast.record()).as("record %d", i).isEqualTo(hapi.record()).isEqualTo(record);
            assertThat(fast.signedDocument()).isEqualTo(hapi.signedDocument().orElse(null));
        }
    }

    @Test
    void hostileRecordsReadBackTheSameOnBothPaths() {
        RecordGenerator generator = new RecordGenerator(808L, true);
        int fast = 0;
        for (int i = 0; i < 400; i++) {
            String json = FhirRecords.toBundleJson(generator.next());
            Object hapi = outcome(() -> FhirRecords.hapiReadBundleJson(json));
            assertThat(outcome(() -> FhirRecords.readBundleJson(json))).as("record %d", i).isEqualTo(hapi);
            FromFhir.Result read = FastFhirReader.read(json);
            if (read != null) {
                fast++;
                assertThat(hapi).isInstanceOf(FhirDocument.class);
                assertThat(read.record()).as("record %d", i).isEqualTo(((FhirDocument) hapi).record());
            }
        }
        // escapes, astral letters and long decimals are read fast; padded texts and the like go to HAPI
        assertThat(fast).isBetween(40, 390);
    }

    @Test
    void fastReaderAcceptsAnyMemberOrderAndWhitespace() throws Exception {
        RecordGenerator generator = new RecordGenerator(77L);
        Random random = new Random(77L);
        for (int i = 0; i < 60; i++) {
            MedicalRecord record = generator.next();
            JsonNode tree = JSON.readTree(FhirRecords.toBundleJson(record, SIGNED));
            shuffleAllMembers(tree, random);
            String json = i % 2 == 0 ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                    : JSON.writeValueAsString(tree);
            FromFhir.Result fast = FastFhirReader.read(json);
            assertThat(fast).as("record %d read by the fast path", i).isNotNull();
            assertThat(fast.record()).isEqualTo(record);
            assertThat(fast.signedDocument()).isEqualTo(SIGNED);
        }
    }

    @Test
    void mutatedBundlesGiveTheSameRecordOrTheSameRefusalOnBothPaths() throws Exception {
        RecordGenerator generator = new RecordGenerator(31_337L);
        Random random = new Random(31_337L);
        int accepted = 0;
        int refused = 0;
        int total = 0;
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        // 420 records x 12 = 5,040 mutated Bundles (issue 11: 1,800 found 20 crashes of the HAPI path)
        for (int i = 0; i < 420; i++) {
            MedicalRecord record = generator.next();
            String original = i % 5 == 0 ? FhirRecords.toBundleJson(record, SIGNED) : FhirRecords.toBundleJson(record);
            for (int k = 0; k < 12; k++) {
                String mutated = mutate(original, random);
                total++;
                Object both = outcome(() -> FhirRecords.readBundleJson(mutated));
                Object hapi = outcome(() -> FhirRecords.hapiReadBundleJson(mutated));
                assertThat(both).as("record %d mutation %d", i, k).isEqualTo(hapi);
                // never a crash: the document, or the module's exception with a code (outcome gives "code@path")
                assertThat(hapi).as("record %d mutation %d: no uncaught exception", i, k)
                        .satisfiesAnyOf(h -> assertThat(h).isInstanceOf(FhirDocument.class),
                                h -> assertThat(h).asString().startsWith("EMR-").contains("@"));
                FromFhir.Result fast = FastFhirReader.read(mutated);
                if (fast != null) {
                    accepted++;
                    assertThat(hapi).as("HAPI reads what the fast path accepts").isInstanceOf(FhirDocument.class);
                    FhirDocument doc = (FhirDocument) hapi;
                    assertThat(fast.record()).isEqualTo(doc.record());
                    assertThat(fast.signedDocument()).isEqualTo(doc.signedDocument().orElse(null));
                } else if (!(hapi instanceof FhirDocument)) {
                    refused++;
                }
                outcomes.merge(hapi instanceof FhirDocument ? "read" : String.valueOf(hapi).replaceAll("@.*", ""), 1,
                        Integer::sum);
            }
        }
        // codes and counts only (no value of the input): which refusals the mutations reached
        System.out.printf("mutated Bundles: %d, read by the fast path: %d, refused: %d, outcomes %s%n", total, accepted,
                refused, outcomes);
        // the mutations reach both sides: many inputs are read fast, many are refused with a code
        assertThat(accepted).as("accepted by the fast path; outcomes %s", outcomes).isGreaterThan(total / 10);
        assertThat(refused).as("refused; outcomes %s", outcomes).isGreaterThan(total / 4);
    }

    @Test
    void refusalsThatTheFastPathLeavesToHapiKeepTheirCodes() {
        MedicalRecord sample = SampleRecords.outpatient(SampleRecords.patient());
        String json = FhirRecords.toBundleJson(sample);
        // a second Patient, a date that is no date, a birth year alone, trailing content, a cut: each the HAPI path's code
        String[] inputs = {
            json.replace("\"entry\":[", "\"entry\":[{\"fullUrl\":\"urn:uuid:1\",\"resource\":{\"resourceType\":\"Patient\"}},"),
            json.replace("\"birthDate\":\"1990-01-01\"", "\"birthDate\":\"1990-02-30\""),
            json.replace("\"birthDate\":\"1990-01-01\"", "\"birthDate\":\"1990\""),
            json + " x",
            json.substring(0, json.length() / 2),
        };
        for (String input : inputs) {
            assertThat(FastFhirReader.read(input)).isNull();
            assertThat(outcome(() -> FhirRecords.readBundleJson(input)))
                    .isEqualTo(outcome(() -> FhirRecords.hapiReadBundleJson(input)))
                    .isInstanceOf(String.class);
        }
    }

    @Test
    void anExtensionWithoutUrlIsMalformedNotACrash() {
        String json = FhirRecords.toBundleJson(SampleRecords.outpatient(SampleRecords.patient()))
                .replace("{\"url\":\"urn:vn-emr:extension:residence-province\",", "{");
        assertThat(FastFhirReader.read(json)).isNull();
        assertThat(outcome(() -> FhirRecords.readBundleJson(json))).isEqualTo("EMR-FHIR-0002@");
    }

    // ---- outcomes and mutations ----

    private static Object outcome(Supplier<FhirDocument> read) {
        try {
            return read.get();
        } catch (EmrException e) {
            return e.code().code() + "@" + e.path();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static final String DUPLICATE = "__duplicate_of_the_next_member__";

    private static final JsonNode[] HOSTILE = hostileValues();

    private static JsonNode[] hostileValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return new JsonNode[] {f.numberNode(1), f.numberNode(new java.math.BigDecimal("1.50")), f.textNode("1"),
            f.booleanNode(true), f.booleanNode(false), f.nullNode(), f.arrayNode(), f.objectNode(), f.textNode(""),
            f.textNode("   "), f.textNode(" padded "), f.textNode("\uD800"), f.numberNode(new java.math.BigDecimal("1E+3")),
            f.numberNode(new java.math.BigInteger("123456789012345678901234567890123456789012345")),
            f.numberNode(-1), f.textNode("2026-11-01T07:30:00+07:00"), f.textNode("2026-11-01T07:30:00.000Z"),
            f.textNode("2026-02-30T07:30:00.000+07:00"), f.textNode("2026-11-01"), f.textNode("Nguyễn Văn An"),
            f.textNode("urn:uuid:00000000-0000-0000-0000-000000000000"), f.textNode("http://hl7.org/fhir/sid/icd-10"),
            f.textNode("male"), f.textNode("01"), f.textNode("A"), f.textNode("QUJD"), f.textNode("Patient"),
            f.textNode("Condition"), f.textNode("document"), f.numberNode(0), f.numberNode(2.5e-7)};
    }

    private static String mutate(String json, Random random) throws Exception {
        JsonNode tree = JSON.readTree(json);
        int count = 1 + random.nextInt(3);
        boolean truncate = false;
        boolean pretty = false;
        for (int m = 0; m < count; m++) {
            List<Slot> slots = new ArrayList<>();
            collect(tree, slots);
            Slot slot = slots.get(random.nextInt(slots.size()));
            switch (random.nextInt(12)) {
                case 0 -> shuffleAllMembers(tree, random);
                case 1 -> slot.remove();
                case 2 -> slot.set(HOSTILE[random.nextInt(HOSTILE.length)]);
                case 3 -> slot.set(slots.get(random.nextInt(slots.size())).get().deepCopy()); // a value from elsewhere
                case 4 -> slot.addSibling(random);
                case 5 -> slot.duplicate();
                case 6 -> slot.shuffleParent(random);
                case 7 -> {
                    JsonNode v = slot.get();
                    if (v.isTextual()) {
                        String t = v.asText();
                        slot.set(JsonNodeFactory.instance.textNode(t.isEmpty() ? "x" : t.substring(0, t.length() / 2)
                                + "đ" + t.substring(t.length() / 2)));
                    } else if (v.isNumber()) {
                        slot.set(JsonNodeFactory.instance.numberNode(v.decimalValue().movePointLeft(1)));
                    } else {
                        slot.remove();
                    }
                }
                case 8 -> truncate = true;
                case 9 -> pretty = true;
                case 10 -> slot.set(JsonNodeFactory.instance.objectNode().set("extension",
                        JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                                .put("url", "urn:x").put("valueString", "y"))));
                default -> slot.remove();
            }
        }
        String out = pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : JSON.writeValueAsString(tree);
        out = out.replaceAll("\"" + DUPLICATE + "([a-zA-Z]+)\"", "\"$1\"");
        if (truncate) {
            out = out.substring(0, random.nextInt(out.length()));
        }
        return out;
    }

    private static void shuffleAllMembers(JsonNode node, Random random) {
        if (node instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            members.addAll(o.properties());
            Collections.shuffle(members, random);
            o.removeAll();
            for (Map.Entry<String, JsonNode> e : members) {
                o.set(e.getKey(), e.getValue());
                shuffleAllMembers(e.getValue(), random);
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> shuffleAllMembers(child, random));
        }
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                String name = it.next();
                out.add(new Slot(o, name, -1));
                collect(o.get(name), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    /** A place in the tree: a member of an object or an item of an array. */
    private record Slot(JsonNode parent, String name, int index) {

        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void addSibling(Random random) {
            if (name != null) {
                String[] names = {"id", "meta", "text", "modifierExtension", "x", "display", "_value", "language"};
                ((ObjectNode) parent).put(names[random.nextInt(names.length)], "abc");
            } else {
                ((ArrayNode) parent).add(get().deepCopy());
            }
        }

        /** The member again (a repeated key, written by renaming a marker) or the item twice. */
        void duplicate() {
            if (name != null) {
                ObjectNode o = (ObjectNode) parent;
                JsonNode value = o.get(name);
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                members.addAll(o.properties());
                o.removeAll();
                for (Map.Entry<String, JsonNode> e : members) {
                    if (e.getKey().equals(name) && name.matches("[a-zA-Z]+")) {
                        o.set(DUPLICATE + name, value.deepCopy());
                    }
                    o.set(e.getKey(), e.getValue());
                }
            } else {
                ((ArrayNode) parent).insert(index, get().deepCopy());
            }
        }

        void shuffleParent(Random random) {
            if (parent instanceof ArrayNode a && a.size() > 1) {
                List<JsonNode> items = new ArrayList<>();
                a.forEach(items::add);
                Collections.shuffle(items, random);
                a.removeAll();
                items.forEach(a::add);
            } else {
                shuffleAllMembers(parent, random);
            }
        }
    }
}
