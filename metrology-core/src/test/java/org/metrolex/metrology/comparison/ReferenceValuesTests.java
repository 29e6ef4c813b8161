package org.metrolex.metrology.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference values of a Comparison (JJF 1117-2010; ISO 13528:2022 7.7). */
class ReferenceValuesTests {

    static final List<LabResult> EXAM = ComparisonExampleTests.EXAM_2014;

    @Test
    void arithmeticMeanWithPropagatedUncertainty() {
        ReferenceValue r = ReferenceValues.arithmeticMean(EXAM);
        // (0.368 + 0.369 + 0.370 + 0.366)/4 = 0.36825; u = √(0.002² + 0.005² + 0.006² + 0.003²)/4 = √7.4e-5/4
        assertThat(r.value()).isCloseTo(0.36825, within(1e-15));
        assertThat(r.standardUncertainty()).isCloseTo(Math.sqrt(7.4e-5) / 4, within(1e-15));
        assertThat(r.uncertaintyFormula()).isEqualTo("u(ȳ) = √(Σuᵢ²)/m");
    }

    @Test
    void medianWithScaledMad() {
        ReferenceValue r = ReferenceValues.median(EXAM);
        // sorted 0.366 0.368 0.369 0.370 → median 0.3685; |dev| 0.0005 0.0005 0.0015 0.0025 → MAD 0.001,
        // MADe 0.001483, u = 1.25·0.001483/√4 = 0.000926875
        assertThat(r.value()).isCloseTo(0.3685, within(1e-15));
        assertThat(r.standardUncertainty()).isCloseTo(0.000926875, within(1e-12));
    }

    @Test
    void weightedMeanOfAnyStatedCoverageFactor() {
        // u = U/k: U = 0.03 at k = 3 is u = 0.01, same weight as U = 0.02 at k = 2
        ReferenceValue r = ReferenceValues.weightedMean(List.of(LabResult.of("A", "1.00", "0.03", "3"),
                LabResult.of("B", "2.00", "0.02", "2")));
        assertThat(r.value()).isCloseTo(1.5, within(1e-12));
        assertThat(r.standardUncertainty()).isCloseTo(0.01 / Math.sqrt(2), within(1e-15));
        assertThat(r.reported(2).uncertainty()).hasToString("0.014");
        assertThat(r.reported(2).value()).hasToString("1.500");
    }

    @Test
    void fewerThanTwoLabsAreRefused() {
        assertThatThrownBy(() -> ReferenceValues.weightedMean(EXAM.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labResults").hasMessageContaining("at least 2").hasMessageContaining("比对至少需要 2 个实验室");
        assertThatThrownBy(() -> ReferenceValues.arithmeticMean(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labResults");
    }

    @Test
    void nonPositiveUncertaintyOrCoverageFactorIsRefused() {
        assertThatThrownBy(() -> LabResult.of("LAB1", "0.369", "0", "2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expandedUncertainty of LAB1 must be positive").hasMessageContaining("扩展不确定度 U 必须为正数");
        assertThatThrownBy(() -> LabResult.of("LAB1", "0.369", "-0.01", "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expandedUncertainty");
        assertThatThrownBy(() -> LabResult.of("LAB1", "0.369", "0.01", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverageFactor of LAB1").hasMessageContaining("包含因子");
    }

    @Test
    void nanAndBlankIdsAreRefused() {
        assertThatThrownBy(() -> LabResult.of("LAB1", "NaN", "0.01", "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value of LAB1").hasMessageContaining("NaN");
        assertThatThrownBy(() -> LabResult.of(" ", "1", "0.01", "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labId");
        assertThatThrownBy(() -> ReferenceValues.median(new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    }

    @Test
    void duplicateLabIdsAreRefused() {
        assertThatThrownBy(() -> ReferenceValues.weightedMean(List.of(LabResult.of("A", "1", "0.1", "2"),
                LabResult.of("A", "1.1", "0.1", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("laboratory id A appears twice");
    }

    @Test
    void inconsistentResultsFailBothCriteria() {
        // Two labs 10 standard uncertainties apart: χ²obs = 2·5² = 50 > χ²₀.₀₅(1) = 3.841; R_B = 7.07 > √(1+√8) = 1.957
        List<LabResult> labs = List.of(LabResult.of("A", "1.0", "0.02", "2"), LabResult.of("B", "1.1", "0.02", "2"));
        ConsistencyCheck c = ConsistencyCheck.of(labs, ReferenceValues.weightedMean(labs));
        assertThat(c.chiSquaredObserved()).isCloseTo(50, within(1e-9));
        assertThat(c.chiSquaredCritical()).isCloseTo(3.8415, within(1e-4));
        assertThat(c.chiSquaredConsistent()).isFalse();
        assertThat(c.birgeRatio()).isCloseTo(Math.sqrt(50), within(1e-9));
        assertThat(c.birgeCriterion()).isCloseTo(1.9566, within(1e-4));
        assertThat(c.consistent()).isFalse();
        assertThatThrownBy(() -> ConsistencyCheck.of(labs, ReferenceValues.weightedMean(labs), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    }
}
