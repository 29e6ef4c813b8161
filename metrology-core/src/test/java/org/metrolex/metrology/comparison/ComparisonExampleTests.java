package org.metrolex.metrology.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §2 worked example [C] — 2014 registered metrologist (注册计量师) exam, comparison A: the
 * pilot and three laboratories, U at k = 2; weighted-mean reference with every result inside it.
 *
 * <p>Mapping of the four printed En values: they are, in order, pilot 0.114, LAB1 0.136, LAB2 0.198,
 * LAB3 −0.330 — the list includes the pilot, because the pilot's result is one of the four that
 * entered the weighted mean, and each En uses the "lab inside the reference" formula
 * (yᵢ − Y)/√(Uᵢ² − U_Y²) with U_Y = 2·u(Y). Check by hand for the pilot:
 * (0.368 − 0.3677047)/√(0.004² − 0.0030539²) = 0.0002953/0.0025834 = 0.1143. With the independent
 * formula the pilot would get 0.0587, which is not in the list; no permutation of the other values fits.
 */
class ComparisonExampleTests {

    static final LocalDate EVALUATED = LocalDate.of(2024, 6, 1);

    static final List<LabResult> EXAM_2014 = List.of(
            LabResult.of("PILOT", "0.368", "0.004", "2"),
            LabResult.of("LAB1", "0.369", "0.010", "2"),
            LabResult.of("LAB2", "0.370", "0.012", "2"),
            LabResult.of("LAB3", "0.366", "0.006", "2"));

    static String rounded(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void weightedMeanAndItsUncertaintyAsPrinted() {
        ReferenceValue y = ReferenceValues.weightedMean(EXAM_2014);

        // Y = Σ(yᵢ/uᵢ²)/Σ(1/uᵢ²) = 0.367705, u(Y) = (Σ1/uᵢ²)^−½ = 0.001527 (RULES.md §2, six decimals)
        assertThat(rounded(y.value(), 6)).isEqualTo("0.367705");
        assertThat(rounded(y.standardUncertainty(), 6)).isEqualTo("0.001527");
        assertThat(y.method()).isEqualTo(ReferenceMethod.WEIGHTED_MEAN);
        assertThat(y.contributors()).containsExactlyInAnyOrder("PILOT", "LAB1", "LAB2", "LAB3");
    }

    @Test
    void chiSquaredTestFindsTheResultsConsistent() {
        ConsistencyCheck c = ConsistencyCheck.of(EXAM_2014, ReferenceValues.weightedMean(EXAM_2014));

        // χ²obs = 0.558 (printed), m − 1 = 3, χ²₀.₀₅(3) = 7.815 (commons-math; tables print 7.81)
        assertThat(rounded(c.chiSquaredObserved(), 3)).isEqualTo("0.558");
        assertThat(c.degreesOfFreedom()).isEqualTo(3);
        assertThat(c.chiSquaredCritical()).isCloseTo(7.8147, within(1e-4));
        assertThat(c.chiSquaredConsistent()).isTrue();
        // R_B = √(0.558/3) = 0.431 ≤ √(1 + √(8/3)) = 1.623
        assertThat(c.birgeRatio()).isCloseTo(0.4313, within(1e-4));
        assertThat(c.birgeCriterion()).isCloseTo(1.6227, within(1e-4));
        assertThat(c.consistent()).isTrue();
    }

    @ParameterizedTest(name = "{0}: En = {1}")
    @CsvSource({
            // RULES.md §2, printed to three decimals, in the order pilot, LAB1, LAB2, LAB3
            "PILOT, 0.114",
            "LAB1, 0.136",
            "LAB2, 0.198",
            "LAB3, -0.330"
    })
    void enOfEveryLabInsideTheReferenceAsPrinted(String labId, String printed) {
        ReferenceValue y = ReferenceValues.weightedMean(EXAM_2014);
        EnScore en = EnScores.evaluate(EXAM_2014, y, 2, 0, PerformanceCriteria.inForce(EVALUATED)).stream()
                .filter(s -> s.labId().equals(labId)).findFirst().orElseThrow();

        assertThat(rounded(en.en(), 3)).isEqualTo(printed);
        assertThat(en.variant()).isEqualTo(EnVariant.LAB_INSIDE_WEIGHTED_REFERENCE);
        assertThat(en.formula()).isEqualTo("En = (yᵢ − Y)/√(Uᵢ² − U_Y²)");
        assertThat(en.performance()).isEqualTo(Performance.SATISFACTORY);
        assertThat(en.criteria().regulation()).isEqualTo("CNAS-GL002:2018");
        assertThat(en.criteria().verified()).isFalse();
    }

    @Test
    void theIndependentFormulaWouldNotGiveThePrintedPilotValue() {
        // Against the same Y, treating the pilot as independent gives 0.0587 — not the printed 0.114,
        // which fixes the mapping documented on the class.
        ReferenceValue y = ReferenceValues.weightedMean(EXAM_2014);
        EnScore en = EnScores.score(EXAM_2014.get(0), y, EnVariant.INDEPENDENT_REFERENCE, 2, 0,
                PerformanceCriteria.inForce(EVALUATED));
        assertThat(rounded(en.en(), 4)).isEqualTo("0.0587");
    }
}
