package org.metrolex.metrology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metrolex.metrology.prepackage.TolerableShortfalls;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

/**
 * Every row of every shipped tolerable-shortfall table (JJF 1070-2005 4.3.1 = 办法 2005 附表3, and the
 * JJF 1070-2023 stand-in) asked through the command line — the public contract — just inside both
 * edges of its band (bands are {@code over < Qn ≤ up_to}). The expected T is read from the row itself:
 * the printed value, or the percentage of Qn rounded as 附表3 note * says (0.1 g/mL up to 1 kg/L, 1
 * g/mL above, in the edition's mode) or carried to the next whole number for counts (note **). Masses
 * are asked in g and in kg: Qn comes back in the caller's unit, T in the table's.
 *
 * <p>The fixed-T bands (50–100, 200–300, 500–1 000, 10 000–15 000 g, length ≤ 5 m, count ≤ 50) made
 * the command fail with an internal error before; nothing here exercised them through the CLI.
 */
class ShortfallTablesThroughCliTests {

    record Case(String edition, String date, String kind, String row, BigDecimal qn, String unit, BigDecimal statedQn,
                BigDecimal expected, int decimals) {
        @Override
        public String toString() {
            return edition + " " + row + ": Qn = " + statedQn.toPlainString() + " " + unit;
        }
    }

    static Stream<Case> everyRowAtBothEdges() {
        List<Case> cases = new ArrayList<>();
        for (RuleTable table : RuleBook.shipped().editions(TolerableShortfalls.RULE)) {
            String date = table.edition().effectiveFrom().toString();
            RoundingMode mode = RoundingMode.valueOf(table.parameter("rounding", "UP"));
            BigDecimal threshold = new BigDecimal(table.parameter("rounding-threshold"));
            BigDecimal small = new BigDecimal(table.parameter("rounding-interval-up-to-threshold"));
            BigDecimal large = new BigDecimal(table.parameter("rounding-interval-over-threshold"));
            for (Map<String, String> row : table.rows()) {
                String kind = row.get("kind");
                BigDecimal over = RuleTable.decimal(row, "over");
                BigDecimal upTo = RuleTable.decimal(row, "up_to");
                BigDecimal step = kind.equals("count") ? BigDecimal.ONE : new BigDecimal("0.01");
                List<BigDecimal> edges = new ArrayList<>();
                edges.add(over.add(step));
                // An open band (length > 5 m, area, count > 50) is tried far out as its "upper edge".
                edges.add(upTo != null ? upTo : over.add(BigDecimal.valueOf(10_000)));
                String label = kind + " " + over.toPlainString() + "–" + (upTo == null ? "∞" : upTo.toPlainString());
                for (BigDecimal qn : edges) {
                    BigDecimal percent = RuleTable.decimal(row, "percent");
                    BigDecimal absolute = RuleTable.decimal(row, "absolute");
                    BigDecimal raw = absolute != null ? absolute : qn.multiply(percent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
                    switch (kind) {
                        case "mass-volume" -> {
                            BigDecimal interval = qn.compareTo(threshold) <= 0 ? small : large;
                            BigDecimal t = absolute != null ? absolute
                                    : raw.divide(interval, MathContext.DECIMAL128).setScale(0, mode).multiply(interval);
                            cases.add(new Case(table.edition().regulation(), date, kind, label, qn, "g", qn, t, interval.scale()));
                            cases.add(new Case(table.edition().regulation(), date, kind, label, qn, "kg", qn.movePointLeft(3), t,
                                    interval.scale()));
                        }
                        case "count" -> cases.add(new Case(table.edition().regulation(), date, kind, label, qn, "count", qn,
                                raw.setScale(0, RoundingMode.CEILING), 0));
                        case "length" -> cases.add(new Case(table.edition().regulation(), date, kind, label, qn, "m", qn, raw, -1));
                        default -> cases.add(new Case(table.edition().regulation(), date, kind, label, qn, "m2", qn, raw, -1));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRowAtBothEdges")
    void shortfallAnswersEveryBandAtBothEdges(Case c) {
        String input = "{\"nominal\":\"" + c.statedQn().toPlainString() + "\",\"unit\":\"" + c.unit() + "\",\"date\":\"" + c.date() + "\"}";
        var r = MetrologyCliTests.run("shortfall", input);
        assertThat(r.exit()).as(String.valueOf(r.json())).isZero();
        BigDecimal t = r.json().get("tolerableShortfall").decimalValue();
        assertThat(t).as("T").isEqualByComparingTo(c.expected());
        assertThat(r.json().get("twiceTolerableShortfall").decimalValue()).isEqualByComparingTo(c.expected().multiply(BigDecimal.valueOf(2)));
        if (c.decimals() >= 0) {
            // 附表3 note *: T printed with the decimals of its rounding interval, whether computed or printed.
            assertThat(t.scale()).as("decimals of T = " + t.toPlainString()).isEqualTo(c.decimals());
        }
        assertThat(r.json().get("nominal").decimalValue()).isEqualByComparingTo(c.statedQn());
        assertThat(r.json().get("unit").asString()).isEqualTo(c.unit());
        assertThat(r.json().get("edition").get("regulation").asString()).isEqualTo(c.edition());
        assertThat(r.err()).isEmpty();
    }
}
