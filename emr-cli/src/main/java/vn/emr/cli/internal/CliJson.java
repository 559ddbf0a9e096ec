package vn.emr.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.emr.core.validation.Issue;

/** Builds the JSON objects the {@code emr} command prints: ordered maps, nulls kept, one line per object. */
public final class CliJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private CliJson() {
    }

    /** A new ordered object. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** Writes the value as compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }

    /** Issues as {@code [{"code","path","message"}]}. */
    public static List<Map<String, Object>> issues(List<Issue> issues, Locale locale, boolean withPath) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Issue issue : issues) {
            Map<String, Object> m = object();
            m.put("code", issue.codeString());
            if (withPath) {
                m.put("path", issue.path());
            }
            m.put("message", issue.message(locale));
            list.add(m);
        }
        return list;
    }
}
