package vn.emr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code emr} command in-process and captures its exit code, stdout and stderr. */
record CliRunner(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EmrCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(exit, out.toString(), err.toString());
    }

    /** Stdout parsed as exactly one JSON object. */
    JsonNode json() {
        try {
            JsonNode node = JSON.readTree(out);
            if (node == null || !node.isObject()) {
                throw new AssertionError("stdout is not one JSON object: " + out);
            }
            return node;
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
