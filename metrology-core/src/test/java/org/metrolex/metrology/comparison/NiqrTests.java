package org.metrolex.metrology.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NIQR = 0.7413·IQR (CNAS-GL002:2018 Annex A; ISO 13528:2022 C.2.3) under each quartile convention. */
class NiqrTests {

    /**
     * Six results computed by hand. Sorted: 10.1 10.2 10.3 10.4 10.5 10.9 (p = 6).
     * <ul>
     *   <li>Tukey hinges: lower half 10.1 10.2 10.3 → Q1 = 10.2; upper half 10.4 10.5 10.9 → Q3 = 10.5;
     *       IQR 0.3, NIQR 0.7413·0.3 = 0.22239.</li>
     *   <li>Type 7: h = 5·0.25 + 1 = 2.25 → Q1 = 10.2 + 0.25·0.1 = 10.225; h = 5·0.75 + 1 = 4.75 →
     *       Q3 = 10.4 + 0.75·0.1 = 10.475; IQR 0.25, NIQR 0.185325 (numpy.quantile agrees).</li>
     *   <li>Type 6: h = 7·0.25 = 1.75 → Q1 = 10.1 + 0.75·0.1 = 10.175; h = 7·0.75 = 5.25 →
     *       Q3 = 10.5 + 0.25·0.4 = 10.6; IQR 0.425, NIQR 0.3150525.</li>
     * </ul>
     */
    static final double[] SIX = {10.1, 10.4, 10.2, 10.9, 10.5, 10.3};

    @ParameterizedTest(name = "{0}: Q1 {1}, Q3 {2}, NIQR {3}")
    @CsvSource({
            "TUKEY_HINGES, 10.2, 10.5, 0.22239",
            "LINEAR_TYPE_7, 10.225, 10.475, 0.185325",
            "WEIBULL_TYPE_6, 10.175, 10.6, 0.3150525"
    })
    void sixResultsByHand(QuartileConvention convention, double q1, double q3, double niqr) {
        Niqr n = Niqr.of(SIX, convention);

        assertThat(n.lowerQuartile()).isCloseTo(q1, within(1e-12));
        assertThat(n.upperQuartile()).isCloseTo(q3, within(1e-12));
        assertThat(n.niqr()).isCloseTo(niqr, within(1e-12));
        assertThat(n.convention()).isEqualTo(convention);
        assertThat(n.median()).isCloseTo(10.35, within(1e-12));
    }

    /**
     * Nine results of a Chinese PT tutorial that places Q1 at (n + 1)/4 = 2.5 and Q3 at 7.5:
     * sorted 4.0 4.5 4.7 4.9 5.0 5.0 5.3 5.7 6.2 → Q1 4.6, Q3 5.5, IQR 0.9 (the tutorial then prints
     * 0.7413 × 0.7 = 0.667, a slip: 0.7413 × 0.9 = 0.66717). Hinges and type 7 coincide for p = 4k + 1:
     * Q1 = x₍₃₎ = 4.7, Q3 = x₍₇₎ = 5.3, NIQR 0.44478.
     */
    @ParameterizedTest(name = "{0}: Q1 {1}, Q3 {2}, NIQR {3}")
    @CsvSource({
            "WEIBULL_TYPE_6, 4.6, 5.5, 0.66717",
            "TUKEY_HINGES, 4.7, 5.3, 0.44478",
            "LINEAR_TYPE_7, 4.7, 5.3, 0.44478"
    })
    void nineResultsOfAPublishedTutorial(QuartileConvention convention, double q1, double q3, double niqr) {
        Niqr n = Niqr.of(new double[] {4.7, 5.0, 6.2, 4.0, 5.3, 4.9, 5.7, 5.0, 4.5}, convention);

        assertThat(n.lowerQuartile()).isCloseTo(q1, within(1e-12));
        assertThat(n.upperQuartile()).isCloseTo(q3, within(1e-12));
        assertThat(n.niqr()).isCloseTo(niqr, within(1e-12));
        // robust z of the last result 6.2: (6.2 − 5.0)/NIQR
        assertThat(n.robustZ(6.2)).isCloseTo(1.2 / niqr, within(1e-9));
    }

    @Test
    void tukeyHingesIsTheDefault() {
        assertThat(Niqr.of(SIX).convention()).isEqualTo(QuartileConvention.TUKEY_HINGES);
    }

    @Test
    void oddCountHingesIncludeTheMiddleValue() {
        // 1…7: lower half 1 2 3 4 → 2.5, upper half 4 5 6 7 → 5.5
        Niqr n = Niqr.of(new double[] {7, 6, 5, 4, 3, 2, 1});
        assertThat(n.lowerQuartile()).isEqualTo(2.5);
        assertThat(n.upperQuartile()).isEqualTo(5.5);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> Niqr.of(new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values").hasMessageContaining("至少需要 2");
        assertThatThrownBy(() -> Niqr.of(new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]");
        assertThatThrownBy(() -> Niqr.of(new double[] {3, 3, 3, 3}).robustZ(4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NIQR is 0");
    }
}
