package vn.emr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.emr.core.EmrException;
import vn.emr.core.Languages;
import vn.emr.core.model.MedicalRecord;
import vn.emr.core.sample.SampleRecords;

/**
 * Issue 11: malformed Bundles that made the HAPI path crash (an IllegalArgumentException from HAPI's
 * {@code getExtensionByUrl} for a repeated extension URL, NullPointerExceptions for an element that has an extension
 * but no value, a DataFormatException on export of a year after 9999) each get a coded refusal. Every edit here is
 * applied systematically to every place of a Bundle that holds every resource kind the mapping writes; both read paths
 * must give the same record or the same refusal, and never an exception other than {@link EmrException}.
 */
class FhirMalformedBundleTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final SignedDocument SIGNED = new SignedDocument(
            "<HoSoBenhAn>ký số</HoSoBenhAn>".getBytes(StandardCharsets.UTF_8), "application/xml");
    private static final String[] EVERY_KIND = {"\"Composition\"", "\"Patient\"", "\"Organization\"", "\"Practitioner\"",
        "\"Encounter\"", "\"Condition\"", "\"MedicationRequest\"", "\"Procedure\"", "\"Observation\"",
        "\"SupplyDelivery\"", "\"ClinicalImpression\"", "\"ServiceRequest\"", "\"Appointment\"", "\"DocumentReference\"",
        "\"hospitalization\""};

    /** A generated record whose Bundle has every resource kind of the mapping, with the signed document. */
    private static String fullBundle() {
        RecordGenerator generator = new RecordGenerator(11L);
        for (int i = 0; i < 500; i++) {
            String json = FhirRecords.toBundleJson(generator.next(), SIGNED);
            boolean all = true;
            for (String kind : EVERY_KIND) {
                all &= json.contains(kind);
            }
            if (all && json.contains(FhirSystems.EXT_NATIONALITY) && json.contains(FhirSystems.EXT_OCCUPATION)) {
                return json;
            }
        }
        throw new AssertionError("the generator made no Bundle with every resource kind");
    }

    /** The outcome on one path: the document, or "code@path" for a coded refusal; any other exception fails. */
    private static Object outcome(Supplier<FhirDocument> read, String what) {
        try {
            return read.get();
        } catch (EmrException e) {
            assertQuotesNothing(e);
            return e.code().code() + "@" + e.path();
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": uncoded " + e.getClass().getName()); // no message: it may quote input
        }
    }

    private static void assertQuotesNothing(EmrException e) {
        assertThat(e.getCause()).isNull();
        for (Locale l : new Locale[] {Languages.VIETNAMESE, Languages.ENGLISH}) {
            assertThat(e.message(l)).isNotBlank().doesNotContain("urn:uuid").doesNotContain("ký số");
        }
    }

    /** Both paths on one input: the same outcome, and a coded one; returns it. */
    private static Object bothPaths(String json, String what) {
        Object hapi = outcome(() -> FhirRecords.hapiReadBundleJson(json), what);
        Object both = outcome(() -> FhirRecords.readBundleJson(json), what);
        assertThat(both).as(what).isEqualTo(hapi);
        return hapi;
    }

    /** Applies an edit to each place of the tree in turn (a fresh copy each time) and reads the result on both paths. */
    private static Map<String, Integer> everywhere(String json, String name, Consumer<Slot> edit) throws Exception {
        JsonNode original = JSON.readTree(json);
        List<Slot> slots = new ArrayList<>();
        collect(original, "", slots);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (int s = 0; s < slots.size(); s++) {
            JsonNode tree = original.deepCopy();
            List<Slot> here = new ArrayList<>();
            collect(tree, "", here);
            edit.accept(here.get(s));
            Object out = bothPaths(JSON.writeValueAsString(tree), name + " at " + here.get(s).where());
            outcomes.merge(out instanceof FhirDocument ? "read" : ((String) out).replaceAll("@.*", ""), 1, Integer::sum);
        }
        System.out.printf("%s at %d places: %s%n", name, slots.size(), outcomes);
        return outcomes;
    }

    @Test
    void aRepeatedExtensionUrlIsRefusedOnEveryResourceKind() throws Exception {
        String json = fullBundle();
        JsonNode original = JSON.readTree(json);
        List<Slot> slots = new ArrayList<>();
        collect(original, "", slots);
        int repeated = 0;
        for (int s = 0; s < slots.size(); s++) {
            if (!slots.get(s).where().matches(".*/extension\\[\\d+]")) {
                continue;
            }
            JsonNode tree = original.deepCopy();
            List<Slot> here = new ArrayList<>();
            collect(tree, "", here);
            Slot slot = here.get(s);
            ((ArrayNode) slot.parent()).insert(slot.index(), slot.get().deepCopy());
            String where = slot.where();
            Object out = bothPaths(JSON.writeValueAsString(tree), "extension repeated at " + where);
            // refused at the second of the two, in FHIR's path of the resource (entry index, element)
            String second = where.replaceAll("\\[(\\d+)]$", "") + "[" + (slot.index() + 1) + "]";
            assertThat(out).as(where).isEqualTo("EMR-FHIR-0013@Bundle" + second.replace("/", "."));
            repeated++;
        }
        // every resource kind that carries an extension: Patient (and its nested nationality extension), Practitioner,
        // Encounter and its hospitalization, the lines, the notes, the appointment, the drug concept
        assertThat(repeated).isGreaterThan(20);
    }

    @Test
    void anyMemberRemovedAnywhereIsReadOrRefusedWithACode() throws Exception {
        Map<String, Integer> outcomes = everywhere(fullBundle(), "removed", Slot::remove);
        assertThat(outcomes).containsKey("EMR-FHIR-0008").containsKey("read");
    }

    @Test
    void aPrimitiveWithAnExtensionButNoValueIsRefusedWithACodeNotANullPointer() throws Exception {
        // {"size": 42} becomes {"_size": {"extension": [...]}}: HAPI's hasSize() is true, getSize() throws
        Map<String, Integer> outcomes = everywhere(fullBundle(), "value replaced by _value", slot -> {
            if (slot.name() != null && slot.get().isValueNode()) {
                ObjectNode parent = (ObjectNode) slot.parent();
                parent.remove(slot.name());
                ObjectNode ext = JsonNodeFactory.instance.objectNode();
                ext.putArray("extension").addObject().put("url", "urn:x").put("valueString", "y");
                parent.set("_" + slot.name(), ext);
            }
        });
        assertThat(outcomes).containsKey("EMR-FHIR-0008");
    }

    @Test
    void aValueOfAnotherTypeAnywhereIsRefusedWithACode() throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode[] others = {f.numberNode(7), f.booleanNode(true), f.textNode("x"), f.objectNode(), f.arrayNode(),
            f.nullNode()};
        for (JsonNode other : others) {
            everywhere(fullBundle(), "set to " + other.getNodeType(), slot -> slot.set(other.deepCopy()));
        }
    }

    @Test
    void anAttachmentWithoutSizeOrWithASizeWithoutValueIsHandled() {
        String json = fullBundle();
        assertThat(json).contains("\"size\":" + SIGNED.content().length);
        String noSize = json.replace("\"size\":" + SIGNED.content().length + ",", "")
                .replace(",\"size\":" + SIGNED.content().length, "");
        assertThat(noSize).doesNotContain("\"size\"");
        // size is optional in FHIR: the record reads, the bytes checked against the hash alone
        assertThat(bothPaths(noSize, "no size")).isInstanceOf(FhirDocument.class);
        String valueless = json.replace("\"size\":" + SIGNED.content().length,
                "\"_size\":{\"extension\":[{\"url\":\"urn:x\",\"valueString\":\"y\"}]}");
        assertThat((String) bothPaths(valueless, "size without value")).startsWith("EMR-FHIR-0008@Bundle.entry[")
                .endsWith("].resource.content[0].attachment.size");
    }

    @Test
    void aGenderWithoutValueIsMissingNotANullPointer() {
        String json = FhirRecords.toBundleJson(SampleRecords.outpatient(SampleRecords.patient()));
        assertThat(json).contains("\"gender\":\"male\"");
        String valueless = json.replace("\"gender\":\"male\"",
                "\"_gender\":{\"extension\":[{\"url\":\"urn:x\",\"valueString\":\"y\"}]}");
        assertThat((String) bothPaths(valueless, "gender")).matches("EMR-FHIR-0008@Bundle\\.entry\\[\\d+]\\.resource\\.gender");
    }

    @Test
    void aYearAfter9999IsACodedRefusalOnExportNotAStackTrace() {
        MedicalRecord sample = SampleRecords.outpatient(SampleRecords.patient());
        MedicalRecord far = sample.toBuilder().createdAt(LocalDateTime.of(10_000, 1, 1, 8, 0)).build();
        for (Runnable write : new Runnable[] {() -> FhirRecords.toBundleJson(far), () -> FhirRecords.toBundleJson(far,
                SIGNED), () -> FhirRecords.toBundle(far)}) {
            EmrException e = catchThrowableOfType(EmrException.class, write::run);
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(FhirError.NOT_REPRESENTABLE);
            assertThat(e.getCause()).isNull();
            assertThat(e.message(Languages.ENGLISH)).doesNotContain("10000");
        }
        // a year before 0 has no four-digit form either
        MedicalRecord early = sample.toBuilder().createdAt(LocalDateTime.of(-1, 1, 1, 8, 0)).build();
        EmrException e = catchThrowableOfType(EmrException.class, () -> FhirRecords.toBundleJson(early));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(FhirError.NOT_REPRESENTABLE);
        // year 9999 still writes, and reads back the same
        MedicalRecord last = sample.toBuilder().createdAt(LocalDateTime.of(9_999, 12, 31, 23, 0)).build();
        assertThat(FhirRecords.fromBundleJson(FhirRecords.toBundleJson(last))).isEqualTo(last);
    }

    // ---- places in a tree ----

    private static void collect(JsonNode node, String where, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                String name = it.next();
                String here = where + "/" + name;
                out.add(new Slot(o, name, -1, here));
                collect(o.get(name), here, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String here = where + "[" + i + "]";
                out.add(new Slot(a, null, i, here));
                collect(a.get(i), here, out);
            }
        }
    }

    /** A place in the tree: a member of an object or an item of an array, with its JSON path. */
    private record Slot(JsonNode parent, String name, int index, String where) {

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
    }
}
