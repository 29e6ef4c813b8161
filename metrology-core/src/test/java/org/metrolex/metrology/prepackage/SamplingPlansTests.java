package org.metrolex.metrology.prepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.metrolex.metrology.rules.RuleBook;

/** Sampling plan by lot size, JJF 1070-2005 5.4.3 = 办法 2005 附表4; rows and edges in sampling-plan.csv. */
class SamplingPlansTests {

    private static final SamplingPlans SHIPPED = SamplingPlans.inForce(RuleBook.shipped(), LocalDate.of(2020, 6, 1));

    @ParameterizedTest(name = "{5}: N {0} -> n {1}, λ {2}, T1 {3}, T2 {4}")
    @CsvFileSource(resources = "sampling-plan.csv")
    void planByLotSize(int lotSize, int n, BigDecimal lambda, int allowedT1, int allowedT2, String clause) {
        SamplingPlan plan = SHIPPED.forLot(lotSize);
        assertThat(plan.sampleSize()).as(clause).isEqualTo(n);
        if (lambda == null) {
            assertThat(plan.hasMeanTest()).as(clause).isFalse();
            assertThat(plan.lambda()).isNull();
        } else {
            assertThat(plan.lambda()).as(clause).isEqualByComparingTo(lambda);
        }
        assertThat(plan.allowedT1()).as(clause).isEqualTo(allowedT1);
        assertThat(plan.allowedT2()).as(clause).isEqualTo(allowedT2);
        assertThat(plan.edition().citation()).startsWith("JJF 1070-2005 5.4.3");
    }

    @Test
    void lambdaIsThePrintedValueNotTheFormula() {
        // RULES.md §1: λ = t0.995(n−1)/√n gives 0.8472 for n = 13, the table prints 0.848 — the table decides.
        double formula = new TDistribution(12).inverseCumulativeProbability(0.995) / Math.sqrt(13);
        assertThat(BigDecimal.valueOf(formula).setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.8472");
        assertThat(SHIPPED.forLot(60).lambda()).isEqualByComparingTo("0.848").isNotEqualByComparingTo(BigDecimal.valueOf(formula));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aLotSizeBelowOneIsRefused(int lotSize) {
        assertThatThrownBy(() -> SHIPPED.forLot(lotSize)).isInstanceOf(InvalidPrepackageInput.class)
                .hasMessageContaining("lotSize").hasMessageContaining("at least 1").hasMessageContaining(String.valueOf(lotSize));
    }
}
