package org.metrolex.metrology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/cli.md cannot drift from the command line: every example in it (an {@code echo '…' | java -jar …
 * <command>} block followed by "Output (exit N):" and a JSON block) is run, and its output compared —
 * whole and to the character, or, where the doc says "shortened", every key and array element the doc
 * shows must be in the output with the same value and in the same order. With
 * {@code -Dmetrolex.updateDocs=true} the output blocks are rewritten from the runs instead (a shortened
 * block keeps only what it showed).
 */
class CliDocumentationTests {

    private static final Path DOC = Path.of("..", "docs", "cli.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "```bash\\necho '(?<input>[^\\n]*)' \\\\\\n  \\| java -jar metrology-core/target/metrology-core-cli\\.jar (?<command>\\S+)\\n```\\n\\n"
                    + "Output \\(exit (?<exit>\\d)(?<shortened>, shortened)?\\):\\n\\n```json\\n(?<output>.*?)\\n```",
            Pattern.DOTALL);

    record Example(String command, String input, int exit, boolean shortened, String output, int start, int end) {
    }

    static List<Example> examples(String doc) {
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            out.add(new Example(m.group("command"), m.group("input"), Integer.parseInt(m.group("exit")), m.group("shortened") != null,
                    m.group("output"), m.start("output"), m.end("output")));
        }
        return out;
    }

    @Test
    void everyExampleInTheDocIsWhatTheCommandLinePrints() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Example> examples = examples(doc);
        // One example per command, and no command left without one.
        assertThat(examples).extracting(Example::command).containsAll(new MetrologyCli().commandNames());
        StringBuilder updated = new StringBuilder(doc);
        for (int i = examples.size() - 1; i >= 0; i--) {
            Example e = examples.get(i);
            var r = MetrologyCliTests.run(e.command(), e.input());
            String printed = r.out();
            if (Boolean.getBoolean("metrolex.updateDocs")) {
                String replacement = e.shortened()
                        ? MetrologyCli.JSON.writeValueAsString(prune(r.json(), MetrologyCli.JSON.readTree(e.output())))
                        : printed;
                updated.replace(e.start(), e.end(), replacement);
                continue;
            }
            assertThat(r.exit()).as(e.command() + " exit").isEqualTo(e.exit());
            if (e.shortened()) {
                assertContains(r.json(), MetrologyCli.JSON.readTree(e.output()), e.command());
            } else {
                assertThat(printed).as("docs/cli.md example of " + e.command()
                        + " (run mvn -pl metrology-core test -Dtest=CliDocumentationTests -Dmetrolex.updateDocs=true)").isEqualTo(e.output());
            }
        }
        if (Boolean.getBoolean("metrolex.updateDocs")) {
            Files.writeString(DOC, updated.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Every key and element of {@code shown} is in {@code actual}, equal, and keys in the same order. */
    static void assertContains(JsonNode actual, JsonNode shown, String where) {
        if (shown.isObject()) {
            assertThat(actual.isObject()).as(where).isTrue();
            List<String> order = new ArrayList<>(actual.propertyNames());
            int last = -1;
            for (String key : shown.propertyNames()) {
                assertThat(actual.has(key)).as(where + "." + key + " is in the output").isTrue();
                int position = order.indexOf(key);
                assertThat(position).as(where + "." + key + " in the order the output has").isGreaterThan(last);
                last = position;
                assertContains(actual.get(key), shown.get(key), where + "." + key);
            }
        } else if (shown.isArray()) {
            assertThat(actual.isArray()).as(where).isTrue();
            assertThat(actual.size()).as(where + " length").isGreaterThanOrEqualTo(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                assertContains(actual.get(i), shown.get(i), where + "[" + i + "]");
            }
        } else {
            assertThat(actual.toString()).as(where).isEqualTo(shown.toString());
        }
    }

    /** The part of {@code actual} that {@code shown} shows, in the output's order. */
    static JsonNode prune(JsonNode actual, JsonNode shown) {
        if (shown.isObject() && actual.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String key : actual.propertyNames()) {
                if (shown.has(key)) {
                    out.set(key, prune(actual.get(key), shown.get(key)));
                }
            }
            return out;
        }
        if (shown.isArray() && actual.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            Iterator<JsonNode> a = actual.iterator();
            for (JsonNode s : shown) {
                if (a.hasNext()) {
                    out.add(prune(a.next(), s));
                }
            }
            return out;
        }
        return actual;
    }
}
