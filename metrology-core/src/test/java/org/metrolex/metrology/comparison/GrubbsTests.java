package org.metrolex.metrology.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grubbs' test (GB/T 4883-2008; ISO 5725-2:1994 7.3.4), critical values from the t distribution. */
class GrubbsTests {

    @ParameterizedTest(name = "n = {0}, α = {1}, {2}: G_crit = {3}")
    @CsvSource({
            // published: n = 10, α = 0.05 — two-sided 2.290 (ISO 5725-2 Table 5, 5 %), one-sided 2.176 (GB/T 4883)
            "10, 0.05, TWO_SIDED, 2.290",
            "10, 0.05, MAXIMUM, 2.176",
            "10, 0.05, MINIMUM, 2.176",
            // [C] the same t formula evaluated independently with scipy.stats.t.ppf (not read in a table)
            "10, 0.01, TWO_SIDED, 2.482",
            "10, 0.01, MAXIMUM, 2.410",
            "3, 0.05, MAXIMUM, 1.153",
            "20, 0.05, TWO_SIDED, 2.708",
            "20, 0.05, MAXIMUM, 2.557",
            "30, 0.01, TWO_SIDED, 3.236"
    })
    void criticalValues(int n, double alpha, GrubbsAlternative alternative, double expected) {
        assertThat(Grubbs.criticalValue(n, alpha, alternative)).isCloseTo(expected, within(0.0005));
    }

    /**
     * Ten results, one high: mean x̄ = 2.43, s = 0.365300; G_max = (3.4 − 2.43)/0.365300 = 2.655 &gt; 2.290
     * (two-sided, α = 0.05) → L10 is an outlier; G_min = (2.43 − 2.1)/0.365300 = 0.903 &lt; 2.176.
     */
    static List<Grubbs.LabValue> tenLabs() {
        double[] v = {2.1, 2.2, 2.2, 2.3, 2.3, 2.4, 2.4, 2.5, 2.5, 3.4};
        List<Grubbs.LabValue> labs = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            labs.add(new Grubbs.LabValue("L" + (i + 1), v[i]));
        }
        return labs;
    }

    @Test
    void twoSidedFindsTheHighResult() {
        Grubbs g = Grubbs.of(tenLabs(), GrubbsAlternative.TWO_SIDED, 0.05);

        assertThat(g.g()).isCloseTo(2.6553, within(1e-4));
        assertThat(g.critical()).isCloseTo(2.2900, within(1e-4));
        assertThat(g.suspectLabId()).isEqualTo("L10");
        assertThat(g.suspectValue()).isEqualTo(3.4);
        assertThat(g.outlier()).isTrue();
        assertThat(g.n()).isEqualTo(10);
    }

    @Test
    void oneSidedMinimumFindsNothing() {
        Grubbs g = Grubbs.of(tenLabs(), GrubbsAlternative.MINIMUM, 0.05);

        assertThat(g.g()).isCloseTo(0.9034, within(1e-4));
        assertThat(g.critical()).isCloseTo(2.1761, within(1e-4));
        assertThat(g.suspectLabId()).isEqualTo("L1");
        assertThat(g.outlier()).isFalse();
    }

    @Test
    void worksOnLabResults() {
        List<LabResult> labs = List.of(LabResult.of("A", "10.0", "0.1", "2"), LabResult.of("B", "10.1", "0.1", "2"),
                LabResult.of("C", "9.9", "0.1", "2"), LabResult.of("D", "10.0", "0.1", "2"));
        Grubbs g = Grubbs.ofResults(labs, GrubbsAlternative.MAXIMUM, 0.05);
        assertThat(g.suspectLabId()).isEqualTo("B");
        assertThat(g.outlier()).isFalse();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> Grubbs.of(tenLabs().subList(0, 2), GrubbsAlternative.TWO_SIDED, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values").hasMessageContaining("格拉布斯检验至少需要 3");
        assertThatThrownBy(() -> Grubbs.of(tenLabs(), GrubbsAlternative.TWO_SIDED, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> Grubbs.of(List.of(new Grubbs.LabValue("A", 1), new Grubbs.LabValue("B", 1),
                new Grubbs.LabValue("C", 1)), GrubbsAlternative.TWO_SIDED, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all 3 values are equal");
        assertThatThrownBy(() -> Grubbs.of(List.of(new Grubbs.LabValue("A", 1), new Grubbs.LabValue("A", 2),
                new Grubbs.LabValue("C", 1)), GrubbsAlternative.TWO_SIDED, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Grubbs.of(List.of(new Grubbs.LabValue("A", 1), new Grubbs.LabValue("B", Double.NaN),
                new Grubbs.LabValue("C", 1)), GrubbsAlternative.TWO_SIDED, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1].value");
    }
}
