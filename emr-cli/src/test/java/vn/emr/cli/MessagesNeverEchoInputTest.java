package vn.emr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No message of any command, in either language, repeats an input value or names a Java class: each case feeds a
 * distinctive value into a field that is refused or warned about and checks every message of the JSON report.
 */
class MessagesNeverEchoInputTest {

    @TempDir
    Path dir;

    private static List<String> messages(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains("message") && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }

    private static void assertClean(String sentinel, String... args) {
        for (String lang : new String[] {"vi", "en"}) {
            String[] full = new String[args.length + 3];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--json";
            full[args.length + 1] = "--lang";
            full[args.length + 2] = lang;
            CliRunner r = CliRunner.run(full);
            List<String> messages = messages(r.json());
            assertThat(messages).as(String.join(" ", args)).isNotEmpty();
            assertThat(messages).as(lang).allSatisfy(m -> {
                assertThat(m).doesNotContain(sentinel);
                assertThat(m).doesNotContainPattern("java\\.|\\$Builder|Exception");
            });
            assertThat(r.err()).doesNotContain(sentinel);
        }
    }

    @Test
    void chipCardFields() {
        assertClean("Qxzv", "cccd", "parse", "001090123456|012345678|Nguyễn Văn An|01011990|Qxzv|Số 1|15042021");
        assertClean("999090", "cccd", "parse", "999090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1|15042021");
    }

    @Test
    void insuranceCard() {
        assertClean("QQ", "bhyt", "check", "QQ4010120878811");
    }

    @Test
    void recordJson() throws Exception {
        Path f = dir.resolve("r.json");
        Files.writeString(f, "{\"recordId\":\"x\",\"patient\":{\"birthDate\":\"Nguyen Van An 001090123456\"}}",
                StandardCharsets.UTF_8);
        assertClean("001090123456", "validate", f.toString());
    }

    @Test
    void vietQrPayload() {
        CliRunner enc = CliRunner.run("vietqr", "encode", "--bin", "970403", "--account", "0011012345678",
                "--amount", "180000");
        String payload = enc.out().trim();
        assertThat(payload).contains("6304");
        String tampered = payload.substring(0, payload.length() - 4) + "ABCD";
        assertClean("ABCD", "vietqr", "decode", tampered);
        assertClean("12ab", "vietqr", "encode", "--bin", "970403", "--account", "1", "--amount", "12ab");
    }
}
