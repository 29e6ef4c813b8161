package org.metrolex.metrology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every command fed generated malformed, huge and extreme input must answer exit 0 or exit 2 with the
 * error object — never exit 1 ("internal"), never a stack trace. Inputs are valid examples with one to
 * three values replaced by hostile ones (numbers past a double, 10⁹-digit exponents, NaN spelt as text,
 * wrong types, 10⁴-element arrays, deep nesting, blank and huge strings, missing fields), plus whole
 * documents that are not objects. The generator is seeded: a failure names the seed and the input, so
 * it is re-run as it was ({@code -Dmetrolex.robustness.seed=…}, {@code -Dmetrolex.robustness.tries=…}).
 */
class CliRobustnessTests {

    private static final long SEED = Long.getLong("metrolex.robustness.seed", 20261127L);
    private static final int TRIES = Integer.getInteger("metrolex.robustness.tries", 120);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Valid inputs per command, one or two each (the docs/cli.md examples and neighbours). */
    private static final String[][] VALID = {
            {"credit-code", "{\"code\":\"91350100M000100Y43\"}"},
            {"round", "{\"value\":60.28,\"interval\":0.5}"},
            {"round", "{\"value\":10.05732,\"uncertainty\":0.02456,\"figures\":2,\"roundUncertaintyUp\":true}"},
            {"round", "{\"value\":1234.5678,\"figures\":3}"},
            {"rules", "{\"date\":\"2026-11-27\"}"},
            {"shortfall", "{\"nominal\":75,\"unit\":\"g\",\"date\":\"2024-06-01\",\"rounding\":\"HALF_EVEN\"}"},
            {"shortfall", "{\"nominal\":60,\"unit\":\"count\"}"},
            {"sampling-plan", "{\"lotSize\":60,\"seed\":20261127,\"date\":\"2024-06-01\"}"},
            {"prepackage-lot", "{\"nominal\":500,\"unit\":\"g\",\"lotSize\":30,\"date\":\"2024-06-01\",\"actualContents\":"
                    + "[500.2,499.8,501.0,498.9,500.4,499.6,500.0,500.7,499.1,484.0]}"},
            {"mpe", "{\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"load\":15,\"kind\":\"in-service\",\"date\":\"2026-11-27\"}"},
            {"mpe", "{\"family\":\"water-meter\",\"class\":2,\"flowRate\":1.2,\"q1\":0.1,\"q4\":5,\"date\":\"2026-11-27\"}"},
            {"conformity", "{\"family\":\"scale\",\"class\":\"III\",\"e\":0.005,\"max\":30,\"unit\":\"kg\",\"kind\":\"subsequent\","
                    + "\"date\":\"2026-11-27\",\"zero\":{\"load\":0,\"indication\":0,\"addedWeights\":0.002},\"loads\":[{\"load\":0.1,"
                    + "\"indication\":0.1,\"addedWeights\":0.002},{\"load\":15,\"indication\":15.005,\"addedWeights\":0.004}]}"},
            {"conformity", "{\"family\":\"fuel-dispenser\",\"kind\":\"subsequent\",\"date\":\"2026-11-27\",\"runs\":[{\"flowPoint\":\"max\","
                    + "\"indicated\":20.05,\"standard\":20.0},{\"flowPoint\":\"max\",\"indicated\":20.04,\"standard\":20.0},"
                    + "{\"flowPoint\":\"max\",\"indicated\":20.03,\"standard\":20.0}]}"},
            {"comparison", "{\"labs\":[{\"id\":\"pilot\",\"value\":0.368,\"U\":0.004},{\"id\":\"LAB1\",\"value\":0.369,\"U\":0.01},"
                    + "{\"id\":\"LAB2\",\"value\":0.37,\"U\":0.012},{\"id\":\"LAB3\",\"value\":0.366,\"U\":0.006}],"
                    + "\"reference\":{\"method\":\"arithmetic-mean\"},\"exclude\":[\"LAB3\"],\"sigmaPt\":0.002}"},
            {"algorithm-a", "{\"values\":[10.1,10.2,9.9,10.0,10.3,12.5,10.1],\"grubbsAlternative\":\"ONE_SIDED\",\"alpha\":0.05}"},
            {"uncertainty", "{\"model\":\"a*b/c + 0.5*sqrt(d)\",\"inputs\":[{\"name\":\"a\",\"estimate\":2,\"distribution\":\"normal\",\"u\":0.1},"
                    + "{\"name\":\"b\",\"estimate\":3,\"distribution\":\"rectangular\",\"halfWidth\":0.2,\"dof\":\"inf\"},"
                    + "{\"name\":\"c\",\"estimate\":4,\"distribution\":\"type-a\",\"readings\":[4.01,3.99,4.02,3.98]},"
                    + "{\"name\":\"d\",\"estimate\":9,\"distribution\":\"student-t\",\"scale\":0.3,\"dof\":8,\"sensitivity\":0.1}],"
                    + "\"probability\":0.99,\"monteCarlo\":{\"trials\":3000,\"seed\":7}}"},
            {"uncertainty", "{\"model\":\"x - y\",\"inputs\":[{\"name\":\"x\",\"estimate\":1,\"distribution\":\"normal-expanded\",\"U\":0.2,\"k\":2},"
                    + "{\"name\":\"y\",\"estimate\":0.5,\"distribution\":\"triangular\",\"halfWidth\":0.1}],"
                    + "\"correlations\":[{\"a\":\"x\",\"b\":\"y\",\"r\":0.5}],\"coverage\":\"k2\"}"},
    };

    /** Hostile replacements: JSON text, parsed once per use. */
    private static final String[] HOSTILE = {
            "0", "-0", "-1", "0.5", "1e-400", "1e400", "1e999999999", "-1e999999999", "1e-999999999", "1E+300", "1e301",
            "123456789012345678901234567890123456789", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
            "\"1e999999999\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"inf\"", "\"∞\"", "\"\"", "\"   \"", "\"abc\"",
            "\"UNNECESSARY\"", "\"FLOOR\"", "\"1990-01-01\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2026-02-30\"",
            "true", "false", "null", "[]", "{}", "[1,2,3]", "{\"a\":1}", "[null]", "[\"x\"]", "[[[]]]", "5000000", "10000001",
    };

    @TestFactory
    Stream<DynamicTest> generatedInputsNeverCrashTheCli() {
        SplittableRandom rng = new SplittableRandom(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int t = 0; t < TRIES; t++) {
            for (String[] valid : VALID) {
                JsonNode input = MetrologyCli.JSON.readTree(valid[1]);
                int mutations = 1 + rng.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    input = mutate(input, rng);
                }
                String text = input.toString();
                String command = valid[0];
                int n = t;
                tests.add(DynamicTest.dynamicTest(command + " #" + n, () -> assertExitsCleanly(command, text)));
            }
        }
        for (String command : new MetrologyCli().commandNames()) {
            for (String whole : new String[] {"", "null", "[]", "42", "\"text\"", "{", "{\"a\":}", "{}", deep(2_000), "{\"x\":" + deep(400) + "}"}) {
                tests.add(DynamicTest.dynamicTest(command + " " + (whole.length() > 20 ? whole.substring(0, 20) + "…" : whole),
                        () -> assertExitsCleanly(command, whole)));
            }
        }
        return tests.stream();
    }

    /**
     * The cases of the differential test that crashed (exit 1, stack trace or out of memory) or were
     * silently accepted: each must now be exit 2 with the error object.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "round          | {\"value\":\"1e999999999\",\"interval\":1}                         | value",
            "round          | {\"value\":1e999999999,\"interval\":1}                             | value",
            "round          | {\"value\":1.5,\"figures\":2000000000}                             | figures",
            "shortfall      | {\"nominal\":1500,\"unit\":\"g\",\"rounding\":\"UNNECESSARY\"}     | rounding",
            "shortfall      | {\"nominal\":1500,\"unit\":\"g\",\"rounding\":\"DOWN\"}            | rounding",
            "shortfall      | {\"nominal\":1500,\"unit\":\"g\",\"rounding\":\"FLOOR\"}           | rounding",
            "shortfall      | {\"nominal\":500,\"unit\":\"g\",\"date\":\"1990-06-01\"}           | date",
            "prepackage-lot | {\"nominal\":500,\"unit\":\"g\",\"lotSize\":8,\"date\":\"2024-06-01\",\"actualContents\":[500,500,500,500,500,500,500,1e400]} | actualContents[7]",
            "prepackage-lot | {\"nominal\":500,\"unit\":\"g\",\"lotSize\":8,\"date\":\"2024-06-01\",\"actualContents\":[500,500,500,500,500,500,500,5001]} | actualContents[7]",
            "uncertainty    | {\"model\":\"a\",\"inputs\":[{\"name\":\"a\",\"estimate\":1,\"distribution\":\"normal\",\"u\":1}],\"monteCarlo\":{\"trials\":2147483639}} | $",
            "uncertainty    | {\"model\":\"a\",\"inputs\":[{\"name\":\"a\",\"estimate\":1,\"distribution\":\"normal\",\"u\":1}],\"probability\":0.9999999,\"monteCarlo\":{\"adaptiveDigits\":2}} | $",
            "algorithm-a    | {\"values\":[1,2,3],\"maxIterations\":2147483647}                  | maxIterations",
    })
    void theDifferentialTestsCrashesAreOrdinaryErrors(String command, String input, String field) {
        var r = MetrologyCliTests.run(command, input);
        assertThat(r.exit()).as(String.valueOf(r.json())).isEqualTo(2);
        assertThat(r.json().at("/error/field").asString()).isEqualTo(field);
        assertThat(r.err()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void hugeFormulasAndArraysAreRefusedWithTheirLimit() {
        String nested = "(".repeat(20_000) + "a" + ")".repeat(20_000);
        String longSum = String.join("+", java.util.Collections.nCopies(100_000, "a"));
        String deepButShort = "(".repeat(101) + "a" + ")".repeat(101);
        for (String model : new String[] {nested, longSum, deepButShort}) {
            var r = MetrologyCliTests.run("uncertainty", "{\"model\":\"" + model + "\",\"inputs\":[{\"name\":\"a\",\"estimate\":1,"
                    + "\"distribution\":\"normal\",\"u\":1}]}");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.json().at("/error/messageEn").asString()).containsAnyOf("at most 10000", "nesting deeper than 100");
        }
        // 10⁶ values to algorithm-a printed 95 MB; arrays hold at most 10 000 elements
        String million = "{\"values\":[" + String.join(",", java.util.Collections.nCopies(1_000_000, "1.5")) + "]}";
        var r = MetrologyCliTests.run("algorithm-a", million);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/error/rule").asString()).isEqualTo("size");
        String manyValues = "{\"values\":[" + String.join(",", java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> String.valueOf(10 + (i % 97) * 0.01)).toList()) + "]}";
        assertThat(MetrologyCliTests.run("algorithm-a", manyValues).exit()).isZero();
    }

    static void assertExitsCleanly(String command, String input) {
        MetrologyCliTests.Run r;
        try {
            r = MetrologyCliTests.run(command, input);
        } catch (RuntimeException e) {
            throw new AssertionError("stdout was not one JSON object for " + command + " " + shorten(input), e);
        }
        String where = command + " (seed " + SEED + ") " + shorten(input) + " -> " + (r.json() == null ? "" : shorten(r.json().toString()));
        assertThat(r.exit()).as(where).isIn(0, 2);
        assertThat(r.err()).as(where).isEmpty();
        assertThat(r.json()).as(where).isNotNull();
        assertThat(r.json().isObject()).as(where).isTrue();
        if (r.exit() == 2) {
            JsonNode e = r.json().get("error");
            assertThat(e).as(where).isNotNull();
            for (String f : new String[] {"field", "rule", "messageEn", "messageZh"}) {
                assertThat(e.path(f).asString()).as(where + " error." + f).isNotBlank();
            }
            assertThat(e.get("rule").asString()).as(where).isNotEqualTo("internal");
            assertThat(e.get("messageEn").asString()).as(where).doesNotContain("Exception", "\tat ");
        }
    }

    private static JsonNode mutate(JsonNode root, SplittableRandom rng) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(rng.nextInt(containers.size()));
        JsonNode replacement = hostile(rng);
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            int choice = rng.nextInt(10);
            if (names.isEmpty() || choice == 0) {
                o.set("unexpected" + rng.nextInt(3), replacement);
            } else if (choice == 1) {
                o.remove(names.get(rng.nextInt(names.size())));
            } else {
                o.set(names.get(rng.nextInt(names.size())), replacement);
            }
        } else if (target instanceof ArrayNode a) {
            int choice = rng.nextInt(10);
            if (a.isEmpty() || choice == 0) {
                a.add(replacement);
            } else if (choice == 1) {
                a.remove(rng.nextInt(a.size()));
            } else if (choice == 2) {
                // a very long array of copies
                JsonNode copy = a.get(0);
                int extra = rng.nextBoolean() ? 10_001 : 200;
                for (int i = 0; i < extra; i++) {
                    a.add(copy.deepCopy());
                }
            } else {
                a.set(rng.nextInt(a.size()), replacement);
            }
        }
        return root;
    }

    private static JsonNode hostile(SplittableRandom rng) {
        int pick = rng.nextInt(HOSTILE.length + 3);
        if (pick == HOSTILE.length) {
            return NODES.stringNode("x".repeat(10_001));
        }
        if (pick == HOSTILE.length + 1) {
            return NODES.numberNode(new java.math.BigDecimal(rng.nextDouble(-1e6, 1e6)));
        }
        if (pick == HOSTILE.length + 2) {
            return NODES.stringNode(Double.toString(Math.pow(10, rng.nextInt(-320, 320))));
        }
        return MetrologyCli.JSON.readTree(HOSTILE[pick]);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
