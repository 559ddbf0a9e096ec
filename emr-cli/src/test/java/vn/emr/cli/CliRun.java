package vn.emr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code emr} command in-process and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EmrCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Stdout as exactly one JSON object (fails if there is anything else). */
    JsonNode json() {
        try {
            var parser = MAPPER.createParser(out);
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || !node.isObject() || parser.nextToken() != null) {
                throw new AssertionError("stdout is not exactly one JSON object: " + out);
            }
            return node;
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }
}
