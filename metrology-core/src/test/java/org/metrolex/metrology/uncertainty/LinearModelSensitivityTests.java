package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For a linear model y = a₀ + Σ aᵢxᵢ the sensitivity coefficients are the literal aᵢ (GUM 5.1.3), whatever
 * the size of a term against y. Before, central differences with h = 10⁻³·u printed c = 0.00165879 for a
 * term 0.001658·x₄ in a model of y ≈ 2·10⁴. Generated models (seeded, so a failure names its case):
 * coefficients from 10⁻⁸ to 10⁸ of either sign, estimates up to 10⁶, uncertainties from 10⁻⁹ to 10³.
 */
class LinearModelSensitivityTests {

    record Model(String formula, List<Input> inputs, double[] coefficients) {
        @Override
        public String toString() {
            return formula.length() > 100 ? formula.substring(0, 100) + "…" : formula;
        }
    }

    static Stream<Model> generatedLinearModels() {
        SplittableRandom rng = new SplittableRandom(20261127L);
        List<Model> models = new ArrayList<>();
        // The case first: a tiny linear term beside a large y.
        models.add(new Model("20000 + 0.001658*x4 + 1.5*x1", List.of(
                Input.of("x4", 12.5, Distribution.normal(0.0005)), Input.of("x1", 3.0, Distribution.rectangular(0.02))),
                new double[] {0.001658, 1.5}));
        for (int m = 0; m < 200; m++) {
            int n = 1 + rng.nextInt(8);
            StringBuilder f = new StringBuilder(decimal(rng.nextDouble(-1e4, 1e4)));
            List<Input> inputs = new ArrayList<>();
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                String literal = decimal(Math.pow(10, rng.nextDouble(-8, 8)) * (rng.nextBoolean() ? 1 : -1));
                a[i] = Double.parseDouble(literal);
                // written in several linear ways: a·x, x·a, − (−a)·x, (a·x·4)/4
                switch (rng.nextInt(4)) {
                    case 0 -> f.append(" + ").append(literal).append("*x").append(i);
                    case 1 -> f.append(" - (").append(decimal(-a[i])).append(")*x").append(i);
                    case 2 -> f.append(" + (").append(literal).append("*x").append(i).append("*4)/4");
                    default -> f.append(" + x").append(i).append("*").append(literal);
                }
                double estimate = rng.nextDouble(-1e6, 1e6);
                double u = Math.pow(10, rng.nextDouble(-9, 3));
                inputs.add(Input.of("x" + i, estimate, rng.nextBoolean() ? Distribution.normal(u) : Distribution.rectangular(u)));
            }
            models.add(new Model(f.toString(), inputs, a));
        }
        return models.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedLinearModels")
    void sensitivityCoefficientsAreTheLiteralCoefficientsToTenSignificantFigures(Model model) {
        MeasurementModel.Builder b = MeasurementModel.builder();
        model.inputs().forEach(b::input);
        b.function(ModelExpression.compile(model.formula(), model.inputs().stream().map(Input::name).toList()));
        UncertaintyBudget budget = b.build().budget(Coverage.k2());
        for (int i = 0; i < model.coefficients().length; i++) {
            UncertaintyBudget.Row row = budget.rows().get(i);
            assertThat(figures(row.sensitivity(), 10)).as(row.input()).isEqualByComparingTo(figures(model.coefficients()[i], 10));
            assertThat(row.sensitivityMethod()).isEqualTo(MeasurementModel.SensitivityMethod.ANALYTIC);
        }
    }

    /**
     * A model given as Java code has no formula to differentiate: central differences, with the step
     * raised until the difference stands clear of y's rounding, still give 8 significant figures.
     */
    @Test
    void centralDifferencesOfAPlainFunctionKeepEightFiguresOfATinyTerm() {
        MeasurementModel model = MeasurementModel.builder()
                .input(Input.of("x1", 3.0, Distribution.rectangular(0.02)))
                .input(Input.of("x4", 12.5, Distribution.normal(0.0005)))
                .function(x -> 20000 + 1.5 * x[0] + 0.001658 * x[1])
                .build();
        double[] c = model.sensitivityCoefficients();
        assertThat(model.sensitivityMethod(1)).isEqualTo(MeasurementModel.SensitivityMethod.CENTRAL_DIFFERENCE);
        assertThat(figures(c[1], 8)).isEqualByComparingTo(figures(0.001658, 8));
        assertThat(figures(c[0], 8)).isEqualByComparingTo(figures(1.5, 8));
    }

    @Test
    void nonLinearTermsAreDifferentiatedExactly() {
        List<String> names = List.of("a", "b");
        ModelExpression f = ModelExpression.compile("a^2*sqrt(b) + ln(b)/a - exp(-a)*sin(b) + abs(a)^b", names);
        double a = 1.7;
        double bv = 2.3;
        double[] x = {a, bv};
        double dA = 2 * a * Math.sqrt(bv) - Math.log(bv) / (a * a) + Math.exp(-a) * Math.sin(bv) + bv * Math.pow(a, bv - 1);
        double dB = a * a / (2 * Math.sqrt(bv)) + 1 / (bv * a) - Math.exp(-a) * Math.cos(bv) + Math.pow(a, bv) * Math.log(a);
        assertThat(f.partialDerivative(x, 0)).isCloseTo(dA, org.assertj.core.data.Offset.offset(1e-13 * Math.abs(dA)));
        assertThat(f.partialDerivative(x, 1)).isCloseTo(dB, org.assertj.core.data.Offset.offset(1e-13 * Math.abs(dB)));
    }

    @Test
    void aModelNotDifferentiableAtItsEstimateIsRefusedForTheLawOfPropagation() {
        MeasurementModel model = MeasurementModel.builder()
                .input(Input.of("a", 0, Distribution.normal(1)))
                .function(ModelExpression.compile("sqrt(a)", List.of("a")))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.budget(Coverage.k2()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not differentiable");
    }

    @Test
    void longChainsEvaluateWithoutRecursion() {
        String sum = String.join("+", IntStream.range(0, 4999).mapToObj(i -> "a").toList());
        ModelExpression f = ModelExpression.compile(sum, List.of("a"));
        assertThat(f.value(new double[] {2})).isEqualTo(9998);
        assertThat(f.partialDerivative(new double[] {2}, 0)).isEqualTo(4999);
    }

    private static String decimal(double x) {
        return new BigDecimal(x).round(new MathContext(12, RoundingMode.HALF_EVEN)).toString();
    }

    private static BigDecimal figures(double x, int n) {
        return new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN));
    }
}
