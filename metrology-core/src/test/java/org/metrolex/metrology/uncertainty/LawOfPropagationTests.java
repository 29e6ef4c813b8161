package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawOfPropagationTests {

    private static MeasurementModel linear(double r) {
        // y = 2a − 3b, u(a) = 0.3, u(b) = 0.2
        MeasurementModel.Builder b = MeasurementModel.builder()
                .input("a", 10, Distribution.normal(0.3))
                .input("b", 4, Distribution.normal(0.2))
                .function(x -> 2 * x[0] - 3 * x[1]);
        if (r != 0) {
            b.correlation("a", "b", r);
        }
        return b.build();
    }

    @ParameterizedTest(name = "r = {0} → u_c = {1}")
    @CsvSource({
            // GUM 5.1.2 (eq. 10): √(0.6² + 0.6²)
            "0,    0.8485281374",
            // GUM 5.2.2 (eq. 16): u_c² = 0.36 + 0.36 + 2·2·(−3)·0.3·0.2·r
            "0.5,  0.6",
            // r = 1: u_c = |c_a u_a + c_b u_b| = |0.6 − 0.6| → refused as zero (tested below); r = −1 → 1.2
            "-1,   1.2",
            "-0.5, 1.0392304845"
    })
    void lawOfPropagationWithAndWithoutCorrelation(double r, double uc) {
        UncertaintyBudget b = linear(r).budget(Coverage.k2());
        assertThat(b.estimate()).isCloseTo(8, within(1e-12));
        assertThat(b.combinedStandardUncertainty()).isCloseTo(uc, within(1e-9));
        assertThat(b.expandedUncertainty()).isCloseTo(2 * uc, within(1e-9));
    }

    @Test
    void finiteDifferencesGiveTheSensitivityCoefficients() {
        // GUM 5.1.3, cᵢ = ∂f/∂xᵢ: y = a·b²/c at a = 2, b = 3, c = 4 → c_a = 2.25, c_b = 3, c_c = −1.125
        MeasurementModel m = MeasurementModel.builder()
                .input("a", 2, Distribution.normal(0.01))
                .input("b", 3, Distribution.rectangular(0.02))
                .input("c", 4, Distribution.triangular(0.05))
                .function(x -> x[0] * x[1] * x[1] / x[2])
                .build();
        double[] c = m.sensitivityCoefficients();
        assertThat(c[0]).isCloseTo(2.25, within(1e-8));
        assertThat(c[1]).isCloseTo(3, within(1e-8));
        assertThat(c[2]).isCloseTo(-1.125, within(1e-8));
        // GUM 5.1.6: relative uncertainties of a product add in quadrature, exponents as weights
        double rel = Math.sqrt(Math.pow(0.01 / 2, 2) + Math.pow(2 * 0.02 / Math.sqrt(3) / 3, 2)
                + Math.pow(0.05 / Math.sqrt(6) / 4, 2));
        assertThat(m.budget(Coverage.k2()).combinedStandardUncertainty()).isCloseTo(4.5 * rel, within(1e-9));
    }

    @Test
    void givenSensitivityCoefficientsAreUsedAsGiven() {
        MeasurementModel m = MeasurementModel.builder()
                .input("a", 1, Distribution.normal(1))
                .sensitivity("a", 3)
                .function(x -> x[0])
                .build();
        assertThat(m.budget(Coverage.k2()).rows().get(0).sensitivity()).isEqualTo(3);
        assertThat(m.budget(Coverage.k2()).combinedStandardUncertainty()).isEqualTo(3);
    }

    @ParameterizedTest(name = "ν = {0}, p = {1} → k = {2}")
    @CsvSource({
            // GUM Table G.2 (t_p(ν)); ν from a Type A mean of n = ν + 1 readings
            "1,  0.95, 12.71",
            "2,  0.95, 4.30",
            "4,  0.95, 2.78",
            "10, 0.95, 2.23",
            "16, 0.99, 2.92",
            "20, 0.99, 2.85"
    })
    void coverageFactorIsStudentTAtTheEffectiveDegreesOfFreedom(int nu, double p, double k) {
        double[] readings = new double[nu + 1];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = 100 + (i % 2 == 0 ? 0.1 : -0.1) * (i + 1);
        }
        UncertaintyBudget b = MeasurementModel.builder().input(Input.typeA("x", readings)).function(x -> x[0]).build()
                .budget(Coverage.studentT(p));
        assertThat(b.effectiveDegreesOfFreedom()).isCloseTo(nu, within(1e-9));
        assertThat(b.coverageFactor()).isCloseTo(k, within(0.005));
    }

    @Test
    void infiniteDegreesOfFreedomGiveTheNormalQuantile() {
        // GUM G.6.6 / Table G.1: ν_eff = ∞ → k₉₅ = 1.960, k₉₉ = 2.576
        assertThat(linear(0).budget(Coverage.studentT(0.95)).coverageFactor()).isCloseTo(1.960, within(0.0005));
        assertThat(linear(0).budget(Coverage.studentT(0.99)).coverageFactor()).isCloseTo(2.576, within(0.0005));
        assertThat(linear(0).budget(Coverage.studentT(0.95)).effectiveDegreesOfFreedom()).isInfinite();
    }

    @Test
    void effectiveDegreesOfFreedomAreTruncatedNotRounded() {
        // GUM G.4.1 with two equal contributions of ν = 5 and ν = 6: ν_eff = 4/(1/5 + 1/6) = 10.9 → 10 (G.6.4)
        MeasurementModel m = MeasurementModel.builder()
                .input(Input.of("a", 0, Distribution.normal(1)).withDegreesOfFreedom(5))
                .input(Input.of("b", 0, Distribution.normal(1)).withDegreesOfFreedom(6))
                .function(x -> x[0] + x[1])
                .build();
        UncertaintyBudget b = m.budget(Coverage.studentT(0.95));
        assertThat(b.effectiveDegreesOfFreedom()).isCloseTo(4 / (1.0 / 5 + 1.0 / 6), within(1e-9));
        assertThat(b.truncatedEffectiveDegreesOfFreedom()).isEqualTo(10);
        assertThat(b.coverageFactor()).isCloseTo(2.228, within(0.0005));
    }

    @Test
    void welchSatterthwaiteIsRefusedWithCorrelatedInputs() {
        MeasurementModel m = linear(0.5);
        assertThatThrownBy(() -> m.budget(Coverage.studentT(0.95)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coverage").hasMessageContaining("Welch–Satterthwaite (GUM G.4.1)")
                .hasMessageContaining("independent").hasMessageContaining("韦尔奇–萨特思韦特").hasMessageContaining("相关");
        UncertaintyBudget k2 = m.budget(Coverage.k2());
        assertThat(k2.isWelchSatterthwaiteApplicable()).isFalse();
        assertThatThrownBy(k2::effectiveDegreesOfFreedom)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k = 2");
    }

    @Test
    void budgetRowsCarryEverythingTheTableShows() {
        UncertaintyBudget.Row a = linear(0).budget(Coverage.k2()).rows().get(0);
        assertThat(a.input()).isEqualTo("a");
        assertThat(a.estimate()).isEqualTo(10);
        assertThat(a.standardUncertainty()).isEqualTo(0.3);
        assertThat(a.distribution()).isEqualTo("正态 normal");
        assertThat(a.sensitivity()).isCloseTo(2, within(1e-9));
        assertThat(a.contribution()).isCloseTo(0.6, within(1e-9));
        assertThat(a.degreesOfFreedom()).isInfinite();
        assertThat(a.percent()).isCloseTo(50, within(1e-6));
    }

    @Test
    void refusesBadModels() {
        assertThatThrownBy(() -> MeasurementModel.builder().input("a", 1, Distribution.normal(1))
                .input("a", 2, Distribution.normal(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique").hasMessageContaining("唯一");
        assertThatThrownBy(() -> MeasurementModel.builder().input("a", 1, Distribution.normal(1))
                .input("b", 2, Distribution.normal(1)).correlation("a", "b", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correlation(a, b)")
                .hasMessageContaining("[−1, 1]");
        assertThatThrownBy(() -> MeasurementModel.builder().input("a", 1, Distribution.normal(1))
                .correlation("a", "c", 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("引用前须先声明");
        assertThatThrownBy(() -> MeasurementModel.builder().input("a", 1, Distribution.normal(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model function");
        assertThatThrownBy(() -> MeasurementModel.builder().input("a", 0, Distribution.normal(1))
                .function(x -> 1 / x[0]).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model function value");
        // r = +1 here makes the two contributions cancel exactly
        assertThatThrownBy(() -> linear(1).budget(Coverage.k2()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("combined variance");
        assertThatThrownBy(() -> Coverage.studentT(1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverage probability p");
    }
}
