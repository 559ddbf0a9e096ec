package vn.emr.core.exchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.emr.core.EmrException;
import vn.emr.core.model.EncounterClass;
import vn.emr.core.sample.SampleRecords;

/**
 * Coverage-guided fuzzing of the 365/TTYQG readers and the import mapping: the only acceptable failure is a coded
 * {@link EmrException}, and whatever is read writes back to the same document in both forms. In a normal build these
 * run once per seed; {@code JAZZER_FUZZ=1 mvn test -pl emr-core -Dtest=Cv365FuzzTest} fuzzes for real.
 */
class Cv365FuzzTest {

    private static final Cv365ImportContext CONTEXT = Cv365ImportContext.of(SampleRecords.facility(),
            EncounterClass.EXAMINATION);

    @FuzzTest(maxDuration = "30s")
    void cv365Xml(byte[] input) {
        readWriteImport(input, true);
    }

    @FuzzTest(maxDuration = "30s")
    void cv365Json(byte[] input) {
        readWriteImport(input, false);
    }

    private static void readWriteImport(byte[] input, boolean xml) {
        HoSoBenhAn doc;
        try {
            doc = xml ? Cv365Codec.readXml(input) : Cv365Codec.readJson(input);
        } catch (EmrException expected) {
            return;
        }
        if (!Cv365Codec.readXml(Cv365Codec.writeXml(doc)).equals(doc)
                || !Cv365Codec.readJson(Cv365Codec.writeJson(doc)).equals(doc)) {
            throw new AssertionError("a document read does not write back to itself");
        }
        try {
            Cv365Mapping.toRecord(doc, CONTEXT);
        } catch (EmrException expected) {
            // coded refusal is the contract
        }
    }
}
