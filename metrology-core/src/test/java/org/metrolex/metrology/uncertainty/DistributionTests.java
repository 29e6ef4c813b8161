package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionTests {

    @ParameterizedTest(name = "{0} a = {1} → u = {2}")
    @CsvSource({
            // GUM 4.3.7 / JJF 1059.1-2012 4.3.3.4: rectangular k = √3
            "rectangular, 1.0,  0.5773502692",
            "rectangular, 2E-6, 1.1547005384E-6",
            // GUM 4.3.9: triangular k = √6
            "triangular,  1.0,  0.4082482905",
            "triangular,  0.6,  0.2449489743",
            // GUM H.1.3.3 (cyclic temperature ± 0.5 °C → 0.35 °C): arcsine k = √2
            "arcsine,     1.0,  0.7071067812",
            "arcsine,     0.5,  0.3535533906"
    })
    void typeBStandardUncertaintyFromTheHalfWidth(String kind, double a, double u) {
        Distribution d = switch (kind) {
            case "rectangular" -> Distribution.rectangular(a);
            case "triangular" -> Distribution.triangular(a);
            default -> Distribution.arcSine(a);
        };
        assertThat(d.standardUncertainty()).isCloseTo(u, within(u * 1e-9));
        // GUM G.4.2: limits taken as exactly known → ν = ∞
        assertThat(d.degreesOfFreedom()).isInfinite();
    }

    @Test
    void normalFromExpandedUncertaintyDividesByK() {
        // GUM H.1.3.1: U = 0.075 µm at k = 3 → u = 25 nm
        assertThat(Distribution.normalExpanded(0.075, 3).standardUncertainty()).isCloseTo(0.025, within(1e-15));
    }

    @Test
    void typeAFromReadingsUsesTheMeanSOverRootNAndNMinusOne() {
        // GUM 4.2.1–4.2.3, G.3.3: readings 10.1, 10.3, 10.2, 10.4, 10.0 → mean 10.2, s = 0.158 1, u = s/√5
        Input in = Input.typeA("x", 10.1, 10.3, 10.2, 10.4, 10.0);
        assertThat(in.estimate()).isCloseTo(10.2, within(1e-12));
        assertThat(in.standardUncertainty()).isCloseTo(Math.sqrt(0.025) / Math.sqrt(5), within(1e-12));
        assertThat(in.degreesOfFreedom()).isEqualTo(4);
    }

    @Test
    void studentTUsesItsScaleAsUAndItsDegreesOfFreedom() {
        Input in = Input.of("l_s", 50, Distribution.studentT(25e-6, 18));
        assertThat(in.standardUncertainty()).isEqualTo(25e-6);
        assertThat(in.degreesOfFreedom()).isEqualTo(18);
        assertThat(in.withDegreesOfFreedom(50).degreesOfFreedom()).isEqualTo(50);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rectangular half-width | 均匀分布半宽",
            "triangular half-width | 三角分布半宽",
            "arcsine half-width | 反正弦分布半宽",
            "normal standard uncertainty | 正态分布标准不确定度",
            "t-distribution scale | t 分布尺度"
    })
    void refusesNonPositiveWidthsNamingTheFieldInBothLanguages(String field, String fieldZh) {
        assertThatThrownBy(() -> {
            switch (field) {
                case "rectangular half-width" -> Distribution.rectangular(0);
                case "triangular half-width" -> Distribution.triangular(-1);
                case "arcsine half-width" -> Distribution.arcSine(Double.NaN);
                case "normal standard uncertainty" -> Distribution.normal(Double.POSITIVE_INFINITY);
                default -> Distribution.studentT(0, 5);
            }
        }).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field).hasMessageContaining(fieldZh)
                .hasMessageContaining("positive finite").hasMessageContaining("正的有限数");
    }

    @Test
    void refusesTypeAWithFewerThanTwoReadingsOrAllEqual() {
        assertThatThrownBy(() -> Input.typeA("x", 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readings of input 'x'")
                .hasMessageContaining("至少需要 2 次");
        assertThatThrownBy(() -> Input.typeA("x", 1.0, 1.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Type B").hasMessageContaining("B 类");
    }

    @Test
    void refusesBadDegreesOfFreedomAndNames() {
        assertThatThrownBy(() -> Input.of("x", 1, Distribution.normal(1)).withDegreesOfFreedom(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degrees of freedom of input 'x'")
                .hasMessageContaining("自由度");
        assertThatThrownBy(() -> Distribution.studentT(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("normal distribution");
        assertThatThrownBy(() -> Input.of(" ", 1, Distribution.normal(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input name").hasMessageContaining("输入量名称");
        assertThatThrownBy(() -> Input.of("x", Double.NaN, Distribution.normal(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimate of input 'x'");
    }
}
