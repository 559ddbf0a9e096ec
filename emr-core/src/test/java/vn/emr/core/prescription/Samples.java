package vn.emr.core.prescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.emr.core.validation.Issue;
import vn.emr.core.validation.ValidationReport;

/**
 * The project's samples of {@code data/core/dtqg-*.json} (copies under {@code src/test/resources/prescription}),
 * composed from the field lists of Decision 808/QD-BYT Part V as five public clients implement it.
 */
final class Samples {

    static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/prescription/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, mutable copy of the request sample. */
    static ObjectNode request() {
        return (ObjectNode) tree("dtqg-gui-don-thuoc.request.sample.json");
    }

    static JsonNode tree(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes of the report's issues, errors first. */
    static List<String> codes(ValidationReport report) {
        return report.issues().stream().map(Issue::codeString).toList();
    }
}
