package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonteCarloTests {

    /**
     * Property (issue 3): for a linear model with normal inputs the GUF is exact, so Monte Carlo must agree
     * with the law of propagation — y and u(y) within their sampling error, the 95 % interval endpoints
     * within δ for ndig = 2 (JCGM 101 8.2) — whatever the coefficients, uncertainties and seed.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "4", "5", "6"})
    void monteCarloAgreesWithTheLawOfPropagationOnALinearModelWithNormalInputs(long seed) {
        SplittableRandom pick = new SplittableRandom(seed * 7919);
        int n = 2 + pick.nextInt(5);
        double[] coefficients = new double[n];
        MeasurementModel.Builder b = MeasurementModel.builder();
        for (int i = 0; i < n; i++) {
            coefficients[i] = pick.nextDouble(-5, 5);
            b.input("x" + i, pick.nextDouble(-100, 100), Distribution.normal(pick.nextDouble(0.01, 2)));
        }
        MeasurementModel model = b.function(x -> {
            double y = 0;
            for (int i = 0; i < coefficients.length; i++) {
                y += coefficients[i] * x[i];
            }
            return y;
        }).build();
        UncertaintyBudget guf = model.budget(Coverage.studentT(0.95));
        MonteCarloResult mc = MonteCarlo.fixed(1_000_000, seed).run(model);
        double u = guf.combinedStandardUncertainty();
        assertThat(mc.estimate()).isCloseTo(guf.estimate(), within(4 * u / 1000));
        assertThat(mc.standardUncertainty()).isCloseTo(u, within(0.005 * u));
        MonteCarloResult.Validation v = mc.validate(guf, 2);
        assertThat(v.passed()).as("d_low %s, d_high %s, δ %s", v.dLow(), v.dHigh(), v.tolerance()).isTrue();
        // the shortest interval has the same length, but its position wanders (MonteCarloResult#validate)
        assertThat(mc.shortest().length()).isCloseTo(2 * guf.expandedUncertainty(), within(0.01 * u));
    }

    @Test
    void jcgm101Clause923FourRectangularInputsGiveAShorterIntervalThanTheGuf() {
        // JCGM 101 9.2.3: Y = X₁ + X₂ + X₃ + X₄, each rectangular with expectation 0 and standard deviation 1.
        // GUF: u = 2, 95 % interval ± 1.96·2 = ± 3.92. The exact distribution is a scaled Irwin–Hall(4);
        // its symmetric 95 % interval (which is also the shortest) is computed here by bisection.
        double a = Math.sqrt(3);
        MeasurementModel m = MeasurementModel.builder()
                .input("X1", 0, Distribution.rectangular(a))
                .input("X2", 0, Distribution.rectangular(a))
                .input("X3", 0, Distribution.rectangular(a))
                .input("X4", 0, Distribution.rectangular(a))
                .function(x -> x[0] + x[1] + x[2] + x[3])
                .build();
        UncertaintyBudget guf = m.budget(Coverage.studentT(0.95));
        assertThat(guf.combinedStandardUncertainty()).isCloseTo(2, within(1e-12));
        assertThat(guf.expandedUncertainty()).isCloseTo(3.92, within(0.001));

        double exact = 2 * a * (irwinHallQuantile(0.975) - 2);
        assertThat(exact).isCloseTo(3.88, within(0.005));
        MonteCarloResult mc = MonteCarlo.fixed(1_000_000, 92).run(m);
        assertThat(mc.standardUncertainty()).isCloseTo(2, within(0.005));
        assertThat(mc.symmetric().low()).isCloseTo(-exact, within(0.01));
        assertThat(mc.symmetric().high()).isCloseTo(exact, within(0.01));
        assertThat(mc.shortest().length()).isCloseTo(2 * exact, within(0.01));
        // d = 3.92 − 3.88 ≈ 0.04: within δ = 0.05 for ndig = 2 (u = 2.0), not within δ = 0.005 for ndig = 3
        MonteCarloResult.Validation two = mc.validate(guf, 2);
        assertThat(two.tolerance()).isCloseTo(0.05, within(1e-15));
        assertThat(two.dLow()).isBetween(0.03, 0.05);
        assertThat(two.passed()).isTrue();
        assertThat(mc.validate(guf, 3).passed()).isFalse();
    }

    @Test
    void jcgm101Clause922FourNormalInputsGiveTheGufInterval() {
        MeasurementModel m = MeasurementModel.builder()
                .input("X1", 0, Distribution.normal(1))
                .input("X2", 0, Distribution.normal(1))
                .input("X3", 0, Distribution.normal(1))
                .input("X4", 0, Distribution.normal(1))
                .function(x -> x[0] + x[1] + x[2] + x[3])
                .build();
        MonteCarloResult mc = MonteCarlo.fixed(1_000_000, 922).run(m);
        // JCGM 101 9.2.2: u = 2.00, 95 % interval [−3.92, 3.92]
        assertThat(mc.standardUncertainty()).isCloseTo(2, within(0.005));
        assertThat(mc.symmetric().low()).isCloseTo(-3.92, within(0.02));
        assertThat(mc.symmetric().high()).isCloseTo(3.92, within(0.02));
        assertThat(mc.shortest().length()).isCloseTo(7.84, within(0.02));
        assertThat(mc.validate(m.budget(Coverage.studentT(0.95)), 2).passed()).isTrue();
    }

    @ParameterizedTest(name = "{0}: standard deviation {1}")
    @CsvSource({
            // JCGM 101 6.4: the sampled distribution has the standard deviation of the GUF's u …
            "rectangular, 0.5773502692",
            "triangular,  0.4082482905",
            "arcsine,     0.7071067812",
            "normal,      1",
            // … except t, whose standard deviation is scale·√(ν/(ν − 2)) (JCGM 101 6.4.9.4)
            "t5,          1.2909944487",
            "t1.5,        NaN",
            "typeA,       0.7071067812"
    })
    void samplesHaveTheStandardDeviationOfTheirDistribution(String kind, double sd) {
        Input in = switch (kind) {
            case "rectangular" -> Input.of("x", 3, Distribution.rectangular(1));
            case "triangular" -> Input.of("x", 3, Distribution.triangular(1));
            case "arcsine" -> Input.of("x", 3, Distribution.arcSine(1));
            case "normal" -> Input.of("x", 3, Distribution.normal(1));
            case "t5" -> Input.of("x", 3, Distribution.studentT(1, 5));
            case "t1.5" -> Input.of("x", 3, Distribution.studentT(1, 1.5));
            // 4 readings: ν = 3, u = s/2 = 0.5·√(2/3); the scaled t₃ has standard deviation u·√3 = 0.707
            default -> Input.typeA("x", 2, 3, 4, 3);
        };
        MeasurementModel m = MeasurementModel.builder().input(in).function(x -> x[0]).build();
        MonteCarloResult mc = MonteCarlo.fixed(1_000_000, 64).run(m);
        if (Double.isNaN(sd)) {
            // ν = 1.5: infinite variance, but the median and quartiles of t₁.₅ are finite: median 3
            assertThat(mc.symmetric().low()).isLessThan(3);
            assertThat((mc.symmetric().low() + mc.symmetric().high()) / 2).isCloseTo(3, within(0.1));
            return;
        }
        double expected = sd;
        if (kind.equals("t5") || kind.equals("typeA")) {
            double nu = in.degreesOfFreedom();
            assertThat(in.standardUncertainty() * Math.sqrt(nu / (nu - 2))).isCloseTo(sd, within(1e-9));
        } else {
            assertThat(in.standardUncertainty()).isCloseTo(sd, within(1e-9));
        }
        assertThat(mc.estimate()).isCloseTo(3, within(5 * expected / 1000));
        // t₃'s fourth moment is infinite, so its sample standard deviation converges slowly
        assertThat(mc.standardUncertainty()).isCloseTo(expected, within((kind.equals("typeA") ? 0.05 : 0.005) * expected));
    }

    @Test
    void correlatedNormalInputsAgreeWithGum522() {
        MeasurementModel m = MeasurementModel.builder()
                .input("a", 10, Distribution.normal(0.3))
                .input("b", 4, Distribution.normal(0.2))
                .input("c", 1, Distribution.rectangular(0.1))
                .correlation("a", "b", 0.8)
                .function(x -> 2 * x[0] + 3 * x[1] + x[2])
                .build();
        UncertaintyBudget guf = m.budget(Coverage.fixed(1.96, 0.95));
        MonteCarloResult mc = MonteCarlo.fixed(1_000_000, 522).run(m);
        assertThat(mc.standardUncertainty()).isCloseTo(guf.combinedStandardUncertainty(),
                within(0.005 * guf.combinedStandardUncertainty()));
        assertThat(mc.validate(guf, 2).passed()).isTrue();
    }

    @Test
    void correlationIsSampledOnlyBetweenNormalInputs() {
        MeasurementModel m = MeasurementModel.builder()
                .input("a", 10, Distribution.rectangular(0.3))
                .input("b", 4, Distribution.normal(0.2))
                .correlation("a", "b", 0.5)
                .function(x -> x[0] + x[1])
                .build();
        assertThatThrownBy(() -> MonteCarlo.fixed(10_000, 1).run(m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correlation(a, b)")
                .hasMessageContaining("JCGM 101 6.4.8").hasMessageContaining("多元正态");
    }

    @Test
    void sameSeedSameResultOtherSeedOtherResult() {
        MonteCarloResult a = MonteCarlo.fixed(100_000, 7).run(GumH1.model());
        MonteCarloResult b = MonteCarlo.fixed(100_000, 7).run(GumH1.model());
        MonteCarloResult c = MonteCarlo.fixed(100_000, 8).run(GumH1.model());
        assertThat(a).isEqualTo(b);
        assertThat(c.estimate()).isNotEqualTo(a.estimate());
    }

    @Test
    void adaptiveProcedureStopsWhenTheResultsAreStableToNdigDigits() {
        // JCGM 101 7.9.4 on y = X₁ + X₂, normal u = 1 each: u(y) = √2 = 1.4, ndig = 2 → δ = 0.05
        MeasurementModel m = MeasurementModel.builder()
                .input("X1", 0, Distribution.normal(1))
                .input("X2", 0, Distribution.normal(1))
                .function(x -> x[0] + x[1])
                .build();
        MonteCarloResult mc = MonteCarlo.adaptive(2, 79).run(m);
        assertThat(mc.stable()).isTrue();
        assertThat(mc.runs()).isGreaterThanOrEqualTo(2);
        assertThat(mc.trials()).isEqualTo(mc.runs() * 10_000L);
        assertThat(mc.standardUncertainty()).isCloseTo(Math.sqrt(2), within(0.05));
        assertThat(mc.symmetric().high()).isCloseTo(1.96 * Math.sqrt(2), within(0.05));
        assertThat(mc.validate(m.budget(Coverage.studentT(0.95)), 2).passed()).isTrue();
        // one more significant digit needs more runs
        assertThat(MonteCarlo.adaptive(3, 79).run(m).runs()).isGreaterThan(mc.runs());
    }

    @ParameterizedTest(name = "u = {0}, ndig = {1} → δ = {2}")
    @CsvSource({
            // JCGM 101 7.9.2: u = c × 10^l with c an ndig-digit integer, δ = ½·10^l
            "0.000032, 2, 5E-7",
            "2.0,      2, 0.05",
            "0.035,    2, 0.0005",
            "1.0,      1, 0.5",
            "31.664,   2, 0.5",
            "31.664,   3, 0.05",
            // rounding carries into a new decade: 9.96 → 10 (c = 10, l = 0)
            "9.96,     2, 0.5"
    })
    void numericalTolerance(double u, int ndig, double delta) {
        assertThat(MonteCarloResult.numericalTolerance(u, ndig)).isCloseTo(delta, within(delta * 1e-12));
    }

    @Test
    void orderingOnlyTheTailsGivesTheValuesAFullSortWould() {
        SplittableRandom r = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            int m = 200 + r.nextInt(20_000);
            double[] y = new double[m];
            for (int i = 0; i < m; i++) {
                // many ties in some trials
                y[i] = trial % 3 == 0 ? r.nextInt(7) : r.nextGaussian();
            }
            double[] sorted = y.clone();
            Arrays.sort(sorted);
            int tail = 1 + r.nextInt(m / 2);
            MonteCarlo.orderTails(y, 0, m, tail);
            for (int i = 0; i < tail; i++) {
                assertThat(y[i]).isEqualTo(sorted[i]);
                assertThat(y[m - 1 - i]).isEqualTo(sorted[m - 1 - i]);
            }
        }
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> MonteCarlo.fixed(1000, 1).run(GumH1.model()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number of trials M")
                .hasMessageContaining("JCGM 101 7.2.2");
        assertThatThrownBy(() -> MonteCarlo.adaptive(0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ndig");
        MonteCarloResult mc = MonteCarlo.fixed(10_000, 1).run(GumH1.model());
        UncertaintyBudget at99 = GumH1.model().budget(Coverage.studentT(0.99));
        assertThatThrownBy(() -> mc.validate(at99, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JCGM 101 8.2")
                .hasMessageContaining("包含概率");
        MeasurementModel outside = MeasurementModel.builder().input("x", 1, Distribution.rectangular(2))
                .function(x -> Math.sqrt(x[0])).build();
        assertThatThrownBy(() -> MonteCarlo.fixed(10_000, 1).run(outside))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every Monte Carlo trial");
    }

    /** F⁻¹ of the sum of four U(0, 1) by bisection on the Irwin–Hall distribution function (test oracle only). */
    private static double irwinHallQuantile(double p) {
        double lo = 0;
        double hi = 4;
        for (int it = 0; it < 200; it++) {
            double mid = (lo + hi) / 2;
            double f = 0;
            for (int k = 0; k <= Math.floor(mid); k++) {
                f += Math.pow(-1, k) * binomial4(k) * Math.pow(mid - k, 4);
            }
            f /= 24;
            if (f < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double binomial4(int k) {
        return new double[] {1, 4, 6, 4, 1}[k];
    }
}
