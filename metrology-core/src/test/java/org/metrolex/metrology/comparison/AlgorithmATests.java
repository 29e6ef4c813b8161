package org.metrolex.metrology.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO 13528:2022 Annex C.3.1 Algorithm A. */
class AlgorithmATests {

    /**
     * Twelve results worked step by step in a public tutorial on Algorithm A (S. Subramanian, "The
     * Algorithm A in detail", citing ISO 5725-5:1998 6.2 and ISO 13528:2015 Annex E.3; the ISO text
     * itself could not be read). The tutorial prints: start x* = 1.510, s* = 0.3559; iteration 1
     * x* = 1.475, s* = 0.4072; iteration 2 x* = 1.460, s* = 0.4486. It rounds the winsorising limits
     * to two decimals; here they are not rounded, which does not change these digits.
     *
     * <p>Continued by hand [C]: iteration 3 x* = 1.4526, s* = 0.4786; 4: 1.4517, 0.4928; 5: δ = 0.7392,
     * limits [0.7125, 2.1909] hold every value, so x* = Σxᵢ/12 = 17.44/12 = 1.453333 and
     * s* = 1.134·s = 1.134·0.437520 = 0.496148; 6: unchanged → stop (third significant figure rule).
     * u(x_pt) = 1.25·0.496148/√12 = 0.179032.
     */
    static final double[] TUTORIAL = {1.69, 0.74, 2.05, 1.14, 2.19, 1.39, 1.52, 1.50, 1.58, 0.80, 1.21, 1.63};

    @ParameterizedTest(name = "iteration {0}: x* = {1}, s* = {2}")
    @CsvSource({
            "0, 1.510, 0.3559",
            "1, 1.475, 0.4072",
            "2, 1.460, 0.4486",
            "3, 1.4526, 0.4786",
            "4, 1.4517, 0.4928",
            "5, 1.4533, 0.4961",
            "6, 1.4533, 0.4961"
    })
    void iterationReportFollowsTheWorkedExample(int iteration, String xStar, String sStar) {
        RobustEstimate e = AlgorithmA.of(TUTORIAL);
        RobustEstimate.Iteration it = e.iterations().get(iteration);

        assertThat(it.number()).isEqualTo(iteration);
        assertThat(it.robustMean()).isCloseTo(Double.parseDouble(xStar), within(0.5 * Math.ulp(1.0) + 0.5 * Math.pow(10, -scale(xStar))));
        assertThat(it.robustStdDev()).isCloseTo(Double.parseDouble(sStar), within(0.5 * Math.pow(10, -scale(sStar))));
    }

    private static int scale(String decimal) {
        return decimal.length() - decimal.indexOf('.') - 1;
    }

    @Test
    void convergesWhenTheThirdSignificantFigureStopsChanging() {
        RobustEstimate e = AlgorithmA.of(TUTORIAL);

        assertThat(e.converged()).isTrue();
        assertThat(e.iterationCount()).isEqualTo(6);
        assertThat(e.robustMean()).isCloseTo(17.44 / 12, within(1e-12));
        assertThat(e.robustStdDev()).isCloseTo(0.496148, within(5e-7));
        assertThat(e.uncertaintyOfMean()).isCloseTo(0.179032, within(5e-7));
        assertThat(e.participants()).isEqualTo(12);
        // iterations 1–4 pulled values in; from 5 on nothing is winsorised
        assertThat(e.iterations().stream().mapToInt(RobustEstimate.Iteration::winsorised).toArray())
                .containsExactly(0, 4, 3, 2, 1, 0, 0);
    }

    @Test
    void maximumIterationsGiveAnUnconvergedFlaggedResult() {
        RobustEstimate e = AlgorithmA.of(TUTORIAL, StoppingRule.thirdSignificantFigure(2));

        assertThat(e.converged()).isFalse();
        assertThat(e.iterationCount()).isEqualTo(2);
        assertThat(e.robustMean()).isCloseTo(1.460, within(5e-4));
    }

    @Test
    void relativeToleranceIsAnAlternativeRule() {
        RobustEstimate loose = AlgorithmA.of(TUTORIAL, StoppingRule.relativeTolerance(0.05, 100));
        RobustEstimate tight = AlgorithmA.of(TUTORIAL, StoppingRule.relativeTolerance(1e-12, 100));

        // |Δs*| = 0.0301 > 0.05·0.4786 = 0.0239 at iteration 3, 0.0142 ≤ 0.0246 at 4
        assertThat(loose.iterationCount()).isEqualTo(4);
        assertThat(tight.iterationCount()).isEqualTo(6);
        assertThat(tight.stoppingRule().kind()).isEqualTo(StoppingRule.Kind.RELATIVE_TOLERANCE);
    }

    /**
     * Property: when the last iteration winsorises nothing, x* is exactly the arithmetic mean and s*
     * is 1.134·s. Random data sets (seeded) with one to three planted outliers and without.
     */
    @Test
    void equalsTheArithmeticMeanWheneverNothingIsWinsorised() {
        Random random = new Random(13528);
        int withoutWinsorising = 0;
        for (int trial = 0; trial < 2000; trial++) {
            int p = 5 + random.nextInt(40);
            double[] x = new double[p];
            for (int i = 0; i < p; i++) {
                x[i] = 100 + (trial % 2 == 0 ? random.nextGaussian() : random.nextDouble() * 2 - 1);
            }
            if (trial % 5 == 0) {
                x[0] += 10;
            }
            RobustEstimate e = AlgorithmA.of(x);
            RobustEstimate.Iteration last = e.iterations().get(e.iterations().size() - 1);
            if (last.winsorised() == 0) {
                withoutWinsorising++;
                double mean = Arrays.stream(x).average().orElseThrow();
                double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (p - 1));
                assertThat(e.robustMean()).isCloseTo(mean, within(1e-12));
                assertThat(e.robustStdDev()).isCloseTo(1.134 * sd, within(1e-12));
            } else {
                // a planted outlier is always pulled in and never drags x* to the plain mean
                if (trial % 5 == 0) {
                    assertThat(e.robustMean()).isLessThan(Arrays.stream(x).average().orElseThrow());
                }
            }
        }
        assertThat(withoutWinsorising).isGreaterThan(100);
    }

    @Test
    void evenlySpreadDataWithoutOutliersGiveTheMean() {
        // 1…10: median 5.5, MAD 2.5, s*₀ = 3.7075, δ = 5.56 holds all; then s* = 1.134·3.02765 = 3.43336,
        // δ = 5.15 still holds 1 and 10 (4.5 from the mean): x* = 5.5 exactly.
        RobustEstimate e = AlgorithmA.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertThat(e.robustMean()).isEqualTo(5.5);
        assertThat(e.robustStdDev()).isCloseTo(3.433356, within(5e-7));
    }

    /**
     * "All values within median ± δ₀" is not enough for x* = mean. By hand [C]: 0, 2, 3, 8, 9, 10, 18:
     * median 8, |xᵢ − 8| sorted 0 1 2 5 6 8 10, MAD 5, s*₀ = 7.415, δ₀ = 11.1225: [−3.12, 19.12] holds
     * all, so iteration 1 gives the mean 50/7 = 7.142857 and s* = 1.134·6.121780 = 6.942099. Iteration 2:
     * δ = 10.413148, upper limit 17.556005 &lt; 18, so 18 is winsorised: x* = 49.556005/7 = 7.079429.
     */
    @Test
    void valuesWithinTheFirstDeltaCanStillBeWinsorisedLater() {
        RobustEstimate e = AlgorithmA.of(new double[] {0, 2, 3, 8, 9, 10, 18});

        assertThat(e.iterations().get(1).winsorised()).isZero();
        assertThat(e.iterations().get(1).robustMean()).isCloseTo(50.0 / 7, within(1e-12));
        assertThat(e.iterations().get(1).robustStdDev()).isCloseTo(6.942099, within(5e-7));
        assertThat(e.iterations().get(2).winsorised()).isEqualTo(1);
        assertThat(e.iterations().get(2).robustMean()).isCloseTo(7.079429, within(5e-7));
        assertThat(e.robustMean()).isLessThan(50.0 / 7 - 0.1);
    }

    @Test
    void moreThanHalfIdenticalValuesIsRefused() {
        assertThatThrownBy(() -> AlgorithmA.of(new double[] {5, 5, 5, 5, 6, 7}))
                .isInstanceOf(ZeroRobustDeviationException.class)
                .hasMessageContaining("s* = 1.483·MAD = 0")
                .hasMessageContaining("无法使用算法A")
                .satisfies(ex -> assertThat(((ZeroRobustDeviationException) ex).identicalValues()).isEqualTo(4));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> AlgorithmA.of(new double[] {1.0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values").hasMessageContaining("至少需要 2 个实验室");
        assertThatThrownBy(() -> AlgorithmA.of(new double[] {1.0, Double.NaN, 2.0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]").hasMessageContaining("有限数值");
        assertThatThrownBy(() -> StoppingRule.relativeTolerance(0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stoppingRule.relativeTolerance");
    }

    @Test
    void referenceValueFromLabResults() {
        List<LabResult> labs = List.of(LabResult.of("A", "10.1", "0.2", "2"), LabResult.of("B", "10.3", "0.2", "2"),
                LabResult.of("C", "10.2", "0.2", "2"), LabResult.of("D", "12.0", "0.2", "2"));
        ReferenceValue r = AlgorithmA.referenceValue(labs, StoppingRule.thirdSignificantFigure());

        assertThat(r.method()).isEqualTo(ReferenceMethod.ALGORITHM_A);
        assertThat(r.contributors()).containsExactlyInAnyOrder("A", "B", "C", "D");
        assertThat(r.value()).isBetween(10.1, 10.7);
    }
}
