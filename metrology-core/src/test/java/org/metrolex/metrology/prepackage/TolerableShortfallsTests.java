package org.metrolex.metrology.prepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleTable;

/** Tolerable shortfall T, JJF 1070-2005 4.3.1 = 办法 2005 附表3; the table rows and band edges are in the CSV files. */
class TolerableShortfallsTests {

    private static final LocalDate IN_2005_EDITION = LocalDate.of(2020, 6, 1);
    private static final TolerableShortfalls SHIPPED = TolerableShortfalls.inForce(RuleBook.shipped(), IN_2005_EDITION);

    @ParameterizedTest(name = "{4}: Qn {0} {1} -> T {2} (UP) / {3} (HALF_EVEN)")
    @CsvFileSource(resources = "tolerable-shortfall-mass-volume.csv")
    void massAndVolumeBandsAndEdges(String qn, String unit, BigDecimal up, BigDecimal halfEven, String clause) {
        TolerableShortfall t = SHIPPED.of(NominalQuantity.of(qn, unit));
        assertThat(t.value()).as(clause + " UP").isEqualByComparingTo(up);
        assertThat(SHIPPED.rounding()).isEqualTo(RoundingMode.UP);
        assertThat(SHIPPED.withRounding(RoundingMode.HALF_EVEN).of(NominalQuantity.of(qn, unit)).value())
                .as(clause + " HALF_EVEN").isEqualByComparingTo(halfEven);
        assertThat(t.edition().regulation()).isEqualTo("JJF 1070-2005");
        assertThat(t.edition().verified()).isTrue();
    }

    @ParameterizedTest(name = "{3}: Qn {0} {1} -> T {2}")
    @CsvFileSource(resources = "tolerable-shortfall-length-area-count.csv")
    void lengthAreaAndCount(String qn, String unit, BigDecimal expected, String clause) {
        assertThat(SHIPPED.of(NominalQuantity.of(qn, unit)).value()).as(clause).isEqualByComparingTo(expected);
    }

    @Test
    void theRoundingModeIsAParameterOfTheRuleEdition() {
        // 附表3 note *: Qn = 1500 g, T = 1.5 % x 1500 = 22.5 -> 23 rounding up, 22 by GB/T 8170 half-even.
        RuleTable shipped = SHIPPED.table();
        assertThat(shipped.parameter("rounding")).isEqualTo("UP");
        Map<String, String> params = new HashMap<>(shipped.parameters());
        params.put("rounding", "HALF_EVEN");
        RuleTable halfEven = new RuleTable(shipped.edition(), shipped.columns(), shipped.rows(), params);
        NominalQuantity qn = NominalQuantity.of("1500", "g");
        assertThat(SHIPPED.of(qn).value()).isEqualByComparingTo("23");
        TolerableShortfall t = TolerableShortfalls.from(halfEven).of(qn);
        assertThat(t.value()).isEqualByComparingTo("22");
        assertThat(t.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
    }

    @Test
    void anUnknownRoundingModeInARuleFileIsRefused() {
        RuleTable shipped = SHIPPED.table();
        Map<String, String> params = new HashMap<>(shipped.parameters());
        params.put("rounding", "SOMETIMES");
        assertThatThrownBy(() -> TolerableShortfalls.from(new RuleTable(shipped.edition(), shipped.columns(), shipped.rows(), params)))
                .hasMessageContaining("rounding mode").hasMessageContaining("SOMETIMES");
    }

    @Test
    void aMassAbove50KilogramsHasNoTolerableShortfall() {
        // 附表3 ends at 50 000 g (mL): above it the regulation defines no T, so no decision can be made.
        assertThatThrownBy(() -> SHIPPED.of(NominalQuantity.of("50001", "g")))
                .isInstanceOf(InvalidPrepackageInput.class)
                .hasMessageContaining("nominal").hasMessageContaining("50001 g")
                .hasMessageContaining("outside").hasMessageContaining("0 < Qn ≤ 50000 g")
                .hasMessageContaining("JJF 1070-2005");
        assertThatThrownBy(() -> SHIPPED.of(NominalQuantity.of("50.001", "L"))).hasMessageContaining("50001.000 mL");
    }

    @Test
    void badNominalQuantitiesAndUnitsAreNamed() {
        assertThatThrownBy(() -> NominalQuantity.of("0", "g")).isInstanceOf(InvalidPrepackageInput.class)
                .hasMessageContaining("nominal").hasMessageContaining("positive");
        assertThatThrownBy(() -> NominalQuantity.of("-5", "g")).hasMessageContaining("positive");
        assertThatThrownBy(() -> NominalQuantity.of("500", "lb")).isInstanceOf(InvalidPrepackageInput.class)
                .satisfies(e -> assertThat(((InvalidPrepackageInput) e).field()).isEqualTo("unit"))
                .hasMessageContaining("lb");
        assertThatThrownBy(() -> NominalQuantity.of("abc", "g")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> NominalQuantity.of("50.5", "个")).hasMessageContaining("whole number");
    }

    @Test
    void unitsConvertToTheBaseUnit() {
        assertThat(NominalQuantity.of("0.5", "kg").value()).isEqualByComparingTo("500");
        assertThat(NominalQuantity.of("0.5", "kg").baseUnit()).isEqualTo("g");
        assertThat(NominalQuantity.of("1.25", "L").value()).isEqualByComparingTo("1250");
        assertThat(NominalQuantity.of("1.25", "L").baseUnit()).isEqualTo("mL");
        assertThat(NominalQuantity.of("750", "ml").kind()).isEqualTo(QuantityKind.VOLUME);
        assertThat(NominalQuantity.of("3", "m²").kind()).isEqualTo(QuantityKind.AREA);
        assertThat(NominalQuantity.of("0.5", "kg").toBaseUnit(new BigDecimal("0.4985"))).isEqualByComparingTo("498.5");
    }

    @Test
    void tIsNonDecreasingInQnAcrossTheMassBands() {
        // 附表3 bands meet without a jump; rounding to a fixed interval keeps the order, and at 1 kg the
        // interval widens from 0.1 g to 1 g only upwards. Checked on a 0.1 g grid to 2 kg, at every edge,
        // and at 20 000 random Qn up to 50 kg, in both rounding modes.
        for (TolerableShortfalls rule : new TolerableShortfalls[] {SHIPPED, SHIPPED.withRounding(RoundingMode.HALF_EVEN)}) {
            BigDecimal previous = BigDecimal.ZERO;
            for (int tenths = 1; tenths <= 20_000; tenths++) {
                BigDecimal t = rule.of(NominalQuantity.of(BigDecimal.valueOf(tenths, 1), "g")).value();
                assertThat(t).as("Qn %s g %s", BigDecimal.valueOf(tenths, 1), rule.rounding()).isGreaterThanOrEqualTo(previous);
                previous = t;
            }
            Random random = new Random(1070);
            BigDecimal[] qns = new BigDecimal[20_000];
            for (int i = 0; i < qns.length; i++) {
                qns[i] = BigDecimal.valueOf(1 + random.nextInt(50_000_000), 3);
            }
            java.util.Arrays.sort(qns);
            previous = BigDecimal.ZERO;
            for (BigDecimal qn : qns) {
                BigDecimal t = rule.of(NominalQuantity.of(qn, "g")).value();
                assertThat(t).as("Qn %s g %s", qn, rule.rounding()).isGreaterThanOrEqualTo(previous);
                previous = t;
            }
        }
    }

    @Test
    void tNeverUnderstatesTheUnroundedValueWhenRoundingUp() {
        Random random = new Random(87);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal qn = BigDecimal.valueOf(1 + random.nextInt(50_000_000), 3);
            TolerableShortfall t = SHIPPED.of(NominalQuantity.of(qn, "g"));
            // T is at least the smallest band percentage of Qn that could apply: never below 1 % of Qn.
            assertThat(t.value()).as("Qn %s", qn).isGreaterThanOrEqualTo(qn.movePointLeft(2));
        }
    }
}
