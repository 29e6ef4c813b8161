package org.metrolex.metrology.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleFileParser;

/** En (JJF 1117-2010) and z, z′, ζ (ISO 13528:2022 clause 9; CNAS-GL002:2018 4.4). */
class ScoresTests {

    static final PerformanceCriteria CRITERIA = PerformanceCriteria.inForce(LocalDate.of(2024, 6, 1));

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({
            // CNAS-GL002 4.4: |s| ≤ 2 satisfactory, 2 < |s| < 3 questionable, |s| ≥ 3 unsatisfactory — band edges
            "Z, 0, SATISFACTORY",
            "Z, 2.0, SATISFACTORY",
            "Z, -2.0, SATISFACTORY",
            "Z, 2.0000001, QUESTIONABLE",
            "Z, -2.9999999, QUESTIONABLE",
            "Z, 3.0, UNSATISFACTORY",
            "Z, -3.5, UNSATISFACTORY",
            "Z_PRIME, 2.5, QUESTIONABLE",
            "ZETA, -3.0, UNSATISFACTORY",
            // JJF 1117-2010: |En| ≤ 1 satisfactory, otherwise unsatisfactory (no questionable band)
            "EN, 1.0, SATISFACTORY",
            "EN, -1.0, SATISFACTORY",
            "EN, 1.0000001, UNSATISFACTORY",
            "EN, -2.5, UNSATISFACTORY"
    })
    void classificationAtTheBandEdges(ScoreType type, double score, Performance expected) {
        assertThat(CRITERIA.classify(type, score)).isEqualTo(expected);
    }

    @Test
    void zZPrimeAndZetaNameTheirFormula() {
        Score z = ProficiencyScores.z(10.5, 10.0, 0.2, CRITERIA);
        Score zp = ProficiencyScores.zPrime(10.5, 10.0, 0.2, 0.15, CRITERIA);
        Score zeta = ProficiencyScores.zeta(10.5, 0.12, 10.0, 0.16, CRITERIA);

        assertThat(z.value()).isCloseTo(2.5, within(1e-12));
        assertThat(z.performance()).isEqualTo(Performance.QUESTIONABLE);
        assertThat(z.formula()).isEqualTo("z = (x − x_pt)/σ_pt");
        // √(0.2² + 0.15²) = 0.25
        assertThat(zp.value()).isCloseTo(2.0, within(1e-12));
        assertThat(zp.performance()).isEqualTo(Performance.SATISFACTORY);
        assertThat(zp.formula()).isEqualTo("z′ = (x − x_pt)/√(σ_pt² + u²(x_pt))");
        // √(0.12² + 0.16²) = 0.2
        assertThat(zeta.value()).isCloseTo(2.5, within(1e-12));
        assertThat(zeta.formula()).isEqualTo("ζ = (x − x_pt)/√(u²(x) + u²(x_pt))");
        assertThat(zeta.criteria().citation()).isEqualTo("CNAS-GL002:2018 4.4 (z, z′, ζ: ISO 13528 9.4.1 / 9.6); En: JJF 1117-2010 (unverified)");
    }

    @Test
    void scoreInputsAreChecked() {
        assertThatThrownBy(() -> ProficiencyScores.z(1, 1, 0, CRITERIA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigmaPt must be positive");
        assertThatThrownBy(() -> ProficiencyScores.z(Double.NaN, 1, 1, CRITERIA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x must be a finite number");
        assertThatThrownBy(() -> ProficiencyScores.zeta(1, 0, 1, 0, CRITERIA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot both be zero");
    }

    @Test
    void enAgainstAnIndependentReferenceWithTransferStandard() {
        // Reference: the pilot alone; LAB1 is not a contributor → independent formula.
        List<LabResult> exam = ComparisonExampleTests.EXAM_2014;
        ReferenceValue pilot = ReferenceValues.weightedMean(List.of(exam.get(0), LabResult.of("PILOT-2", "0.368", "0.004", "2")));
        EnScore plain = EnScores.evaluate(exam.subList(1, 2), pilot, 2, 0, CRITERIA).get(0);
        EnScore withTransfer = EnScores.evaluate(exam.subList(1, 2), pilot, 2, 0.003, CRITERIA).get(0);

        double uRef = 2 * 0.002 / Math.sqrt(2);
        assertThat(plain.variant()).isEqualTo(EnVariant.INDEPENDENT_REFERENCE);
        assertThat(plain.en()).isCloseTo(0.001 / Math.sqrt(0.010 * 0.010 + uRef * uRef), within(1e-12));
        assertThat(plain.formula()).isEqualTo("En = (yᵢ − Y)/√(Uᵢ² + U_Y²)");
        assertThat(withTransfer.en()).isCloseTo(0.001 / Math.sqrt(0.010 * 0.010 + uRef * uRef + 0.003 * 0.003), within(1e-12));
        assertThat(withTransfer.formula()).isEqualTo("En = (yᵢ − Y)/√(Uᵢ² + U_Y² + U_transfer²)");
        assertThat(withTransfer.transferExpandedUncertainty()).isEqualTo(0.003);
    }

    @Test
    void enInsideTheReferenceIsRefusedWhenUiDoesNotExceedUy() {
        // Lab inside a weighted mean but stated at k = 1 while the reference is expanded with k = 2:
        // U_A = 0.001 < U_Y = 2·(Σ1/uᵢ²)^−½ ≈ 0.00199 → Uᵢ² − U_Y² ≤ 0
        List<LabResult> labs = List.of(LabResult.of("A", "1.000", "0.001", "1"), LabResult.of("B", "1.001", "0.1", "2"));
        ReferenceValue y = ReferenceValues.weightedMean(labs);
        assertThatThrownBy(() -> EnScores.evaluate(labs, y, 2, 0, CRITERIA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expandedUncertainty of A").hasMessageContaining("Uᵢ² − U_Y² must be positive")
                .hasMessageContaining("Uᵢ² − U_Y² ≤ 0");
    }

    /**
     * A lab inside an arithmetic mean: yᵢ − ȳ = Σⱼ aⱼyⱼ with aⱼ = δᵢⱼ − 1/m, so u²(yᵢ − ȳ) = Σⱼ aⱼ²uⱼ²
     * (GUM 5.1.2 on independent results) — the same number as Uᵢ²(1 − 2/m) + U_Y² at k = 2.
     */
    @Test
    void enOfALabInsideAnArithmeticMeanCarriesTheCovarianceTerm() {
        List<LabResult> exam = ComparisonExampleTests.EXAM_2014;
        ReferenceValue mean = ReferenceValues.arithmeticMean(exam);
        List<EnScore> scores = EnScores.evaluate(exam, mean, 2, 0, CRITERIA);
        int m = exam.size();
        for (int i = 0; i < m; i++) {
            double variance = 0;
            for (int j = 0; j < m; j++) {
                double a = (i == j ? 1 : 0) - 1.0 / m;
                double u = exam.get(j).standardUncertainty();
                variance += a * a * u * u;
            }
            double expected = (exam.get(i).valueAsDouble() - mean.value()) / (2 * Math.sqrt(variance));
            assertThat(scores.get(i).variant()).isEqualTo(EnVariant.LAB_INSIDE_ARITHMETIC_MEAN);
            assertThat(scores.get(i).en()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        }
        EnScore forced = EnScores.score(exam.get(3), mean, EnVariant.INDEPENDENT_REFERENCE, 2, 0, CRITERIA);
        assertThat(forced.variant()).isEqualTo(EnVariant.INDEPENDENT_REFERENCE);
    }

    @Test
    void aLabInsideAMedianHasItsCovarianceNeglectedAndSaysSo() {
        List<LabResult> exam = ComparisonExampleTests.EXAM_2014;
        EnScore en = EnScores.evaluate(exam, ReferenceValues.median(exam), 2, 0, CRITERIA).get(0);
        assertThat(en.variant()).isEqualTo(EnVariant.LAB_INSIDE_ROBUST_REFERENCE);
        assertThat(en.formula()).contains("neglected");
    }

    @Test
    void aNewerCriteriaEditionIsPickedByDateWithoutCodeChange() {
        String newer = """
                # rule: comparison.performance-criteria
                # regulation: CNAS-GL002:2030
                # effective-from: 2030-01-01
                # verified: true
                score,satisfactory-max,unsatisfactory-min
                z,1.5,3
                z-prime,2,3
                zeta,2,3
                En,1,1
                """;
        RuleBook book = RuleBook.shipped().with(RuleFileParser.parse("newer", new StringReader(newer)));

        assertThat(PerformanceCriteria.inForce(book, LocalDate.of(2029, 12, 31)).classify(ScoreType.Z, 1.8))
                .isEqualTo(Performance.SATISFACTORY);
        PerformanceCriteria later = PerformanceCriteria.inForce(book, LocalDate.of(2030, 1, 1));
        assertThat(later.classify(ScoreType.Z, 1.8)).isEqualTo(Performance.QUESTIONABLE);
        assertThat(later.edition().regulation()).isEqualTo("CNAS-GL002:2030");
    }
}
