package org.metrolex.metrology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The command-line interface: JSON in, JSON out, exit codes, and errors that name the field. */
class MetrologyCliTests {

    record Run(int exit, JsonNode json, String err, String out) {
    }

    static Run run(String command, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new MetrologyCli().run(new String[] {command},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, text.isBlank() ? null : MetrologyCli.JSON.readTree(text), err.toString(StandardCharsets.UTF_8), text.strip());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "credit-code | {\"code\":\"91350100M000100Y43\"}       | $.valid | true",
            "credit-code | {\"code\":\" 91440300708461136t \"}     | $.code  | 91440300708461136T",
            "credit-code | {\"code\":\"91440300708461136A\"}       | $.expectedCheckCharacter | T",
            "round       | {\"value\":60.28,\"interval\":0.5}       | $.result | 60.5",
            "round       | {\"value\":\"-930\",\"interval\":\"2E+1\"} | $.result | -920",
            "round       | {\"value\":10.05732,\"uncertainty\":0.02456} | $.result | 10.057"
    })
    void answersWithJson(String command, String input, String path, String expected) {
        Run r = run(command, input);
        assertThat(r.exit()).isZero();
        assertThat(r.json().at(path.substring(1).replace('.', '/')).asString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "credit-code | {}                              | code     | required",
            "round       | {\"value\":\"abc\",\"interval\":1} | value    | number",
            "round       | {\"value\":1}                     | interval | required",
            "round       | not json                          | $        | json",
            "round       | [1,2]                             | $        | object"
    })
    void badInputExitsWithTwoAndNamesTheField(String command, String input, String field, String rule) {
        Run r = run(command, input);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/error/field").asString()).isEqualTo(field);
        assertThat(r.json().at("/error/rule").asString()).isEqualTo(rule);
        assertThat(r.json().at("/error/messageZh").asString()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"no-such-command", "''"})
    void anUnknownCommandPrintsUsage(String command) {
        Run r = run(command, "{}");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("credit-code");
    }
}
