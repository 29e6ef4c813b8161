package org.metrolex.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.comparison.domain.EvaluationInput.SigmaPt;
import org.metrolex.comparison.domain.RoundEvaluation.Method;
import org.metrolex.comparison.domain.RoundEvaluation.Participant;
import org.metrolex.metrology.comparison.EnVariant;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.Performance;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.ReferenceMethod;
import org.metrolex.metrology.comparison.ScoreType;

/**
 * A round's point evaluated through the domain, with the worked examples metrology-core is tested on
 * (ComparisonExampleTests.EXAM_2014, AlgorithmATests.TUTORIAL): the same inputs must give the same printed numbers.
 */
class RoundEvaluationTests {

    static final PerformanceCriteria CRITERIA = PerformanceCriteria.inForce(LocalDate.of(2024, 6, 1));

    /** RULES.md §2 example [C]: 2014 registered metrologist exam, comparison A, U at k = 2. */
    static final List<LabResult> EXAM_2014 = List.of(
            LabResult.of("PILOT", "0.368", "0.004", "2"),
            LabResult.of("LAB1", "0.369", "0.010", "2"),
            LabResult.of("LAB2", "0.370", "0.012", "2"),
            LabResult.of("LAB3", "0.366", "0.006", "2"));

    /** ISO 13528 Algorithm A tutorial values (AlgorithmATests.TUTORIAL), each reported with U = 0.5 at k = 2. */
    static final double[] TUTORIAL = {1.69, 0.74, 2.05, 1.14, 2.19, 1.39, 1.52, 1.50, 1.58, 0.80, 1.21, 1.63};

    static List<LabResult> tutorial() {
        return IntStream.range(0, TUTORIAL.length)
                .mapToObj(i -> LabResult.of("L%02d".formatted(i + 1), Double.toString(TUTORIAL[i]), "0.5", "2"))
                .toList();
    }

    static String rounded(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void weightedMeanReferenceAndConsistencyAsPrinted() {
        RoundEvaluation e = RoundEvaluation.evaluate(EvaluationInput.of(EXAM_2014, Method.WEIGHTED_MEAN, CRITERIA));

        // RULES.md §2: Y = 0.367705, u(Y) = 0.001527, χ²obs = 0.558 (consistent)
        assertThat(rounded(e.reference().value(), 6)).isEqualTo("0.367705");
        assertThat(rounded(e.reference().standardUncertainty(), 6)).isEqualTo("0.001527");
        assertThat(rounded(e.referenceExpandedUncertainty(), 6)).isEqualTo("0.003054");
        assertThat(e.reportedReference().value()).isEqualByComparingTo("0.3677");
        assertThat(e.reportedReference().uncertainty()).isEqualByComparingTo("0.0031");
        assertThat(e.reference().method()).isEqualTo(ReferenceMethod.WEIGHTED_MEAN);
        assertThat(e.contributors()).containsExactlyInAnyOrder("PILOT", "LAB1", "LAB2", "LAB3");
        assertThat(rounded(e.consistency().orElseThrow().chiSquaredObserved(), 3)).isEqualTo("0.558");
        assertThat(e.consistency().orElseThrow().consistent()).isTrue();
        assertThat(e.robustEstimate()).isEmpty();
        assertThat(e.sigmaPt()).isEmpty();
        assertThat(e.criteria().regulation()).isEqualTo("CNAS-GL002:2018");
        assertThat(e.editionsUsed()).containsExactly(CRITERIA.edition());
    }

    @ParameterizedTest(name = "{0}: En = {1}")
    @CsvSource({
            // RULES.md §2, printed to three decimals in the order pilot, LAB1, LAB2, LAB3 (lab inside the reference)
            "PILOT, 0.114",
            "LAB1, 0.136",
            "LAB2, 0.198",
            "LAB3, -0.330"
    })
    void enOfEveryParticipantAsPrinted(String lab, String printed) {
        Participant p = RoundEvaluation.evaluate(EvaluationInput.of(EXAM_2014, Method.WEIGHTED_MEAN, CRITERIA))
                .participant(lab).orElseThrow();

        ScoreLine en = p.score(ScoreType.EN).orElseThrow();
        assertThat(rounded(en.value(), 3)).isEqualTo(printed);
        assertThat(en.formula()).isEqualTo("En = (yᵢ − Y)/√(Uᵢ² − U_Y²)");
        assertThat(en.performance()).isEqualTo(Performance.SATISFACTORY);
        assertThat(en.criteria()).isEqualTo(CRITERIA.edition());
        assertThat(p.enVariant()).isEqualTo(EnVariant.LAB_INSIDE_WEIGHTED_REFERENCE);
        assertThat(p.inReference()).isTrue();
        // without σ_pt: En and ζ only
        assertThat(p.scores()).extracting(ScoreLine::type).containsExactly(ScoreType.EN, ScoreType.ZETA);
        assertThat(p.verdict().consequence()).isEqualTo(Verdict.Consequence.NONE);
    }

    @Test
    void algorithmAReferenceAndSigmaPtAsInTheTutorial() {
        RoundEvaluation e = RoundEvaluation.evaluate(EvaluationInput.of(tutorial(), Method.ALGORITHM_A, CRITERIA)
                .withSigmaPt(SigmaPt.algorithmA()));

        // AlgorithmATests: x* = 1.4533 (= 17.44/12), s* = 0.4961, u(x_pt) = 1.25·s*/√12 = 0.179032, six updates
        assertThat(rounded(e.reference().value(), 4)).isEqualTo("1.4533");
        assertThat(rounded(e.sigmaPt().orElseThrow().value(), 4)).isEqualTo("0.4961");
        assertThat(rounded(e.reference().standardUncertainty(), 6)).isEqualTo("0.179032");
        assertThat(e.reference().method()).isEqualTo(ReferenceMethod.ALGORITHM_A);
        assertThat(e.robustEstimate().orElseThrow().iterationCount()).isEqualTo(6);
        assertThat(e.robustEstimate().orElseThrow().converged()).isTrue();
        assertThat(e.consistency()).as("χ² applies to a weighted mean only").isEmpty();
        assertThat(e.contributors()).hasSize(12);
    }

    @ParameterizedTest(name = "x = {0}: z = {1}, z′ = {2}, ζ = {3} → {4}")
    @CsvSource({
            // by hand from x* = 17.44/12, s* = 0.496148, u(x_pt) = 0.179032, u(x) = 0.25:
            // z = (x − x*)/s*, z′ = (x − x*)/√(s*² + u²(x_pt)), ζ = (x − x*)/√(u² + u²(x_pt)),
            // En = (x − x*)/√(0.5² + (2·0.179032)²) (robust reference, covariance neglected)
            "L02, -1.438, -1.352, -2.320, -1.160, RECTIFICATION",
            "L05, 1.485, 1.397, 2.396, 1.198, RECTIFICATION",
            "L08, 0.094, 0.088, 0.152, 0.076, NONE"
    })
    void proficiencyScoresOnTheTutorial(String lab, String z, String zPrime, String zeta, String en, Verdict.Consequence c) {
        Participant p = RoundEvaluation.evaluate(EvaluationInput.of(tutorial(), Method.ALGORITHM_A, CRITERIA)
                .withSigmaPt(SigmaPt.algorithmA())).participant(lab).orElseThrow();

        assertThat(p.scores()).extracting(ScoreLine::type)
                .containsExactly(ScoreType.EN, ScoreType.Z, ScoreType.Z_PRIME, ScoreType.ZETA);
        assertThat(rounded(p.score(ScoreType.Z).orElseThrow().value(), 3)).isEqualTo(z);
        assertThat(rounded(p.score(ScoreType.Z_PRIME).orElseThrow().value(), 3)).isEqualTo(zPrime);
        assertThat(rounded(p.score(ScoreType.ZETA).orElseThrow().value(), 3)).isEqualTo(zeta);
        assertThat(rounded(p.score(ScoreType.EN).orElseThrow().value(), 3)).isEqualTo(en);
        assertThat(p.enVariant()).isEqualTo(EnVariant.LAB_INSIDE_ROBUST_REFERENCE);
        assertThat(p.verdict().consequence()).isEqualTo(c);
    }

    @Test
    void pilotValueIsAGivenReferenceAndThePilotIsNotScored() {
        RoundEvaluation e = RoundEvaluation.evaluate(EvaluationInput.of(EXAM_2014, Method.PILOT_VALUE, CRITERIA).withPilot("PILOT"));

        // Y = 0.368, u(Y) = 0.004/2; LAB3: En = (0.366 − 0.368)/√(0.006² + 0.004²) = −0.277 (independent reference)
        assertThat(e.reference().method()).isEqualTo(ReferenceMethod.GIVEN);
        assertThat(e.reference().value()).isEqualTo(0.368);
        assertThat(e.reference().standardUncertainty()).isEqualTo(0.002);
        assertThat(e.contributors()).containsExactly("PILOT");
        assertThat(e.consistency()).isEmpty();
        assertThat(e.participant("PILOT").orElseThrow().scored()).isFalse();
        Participant lab3 = e.participant("LAB3").orElseThrow();
        assertThat(lab3.enVariant()).isEqualTo(EnVariant.INDEPENDENT_REFERENCE);
        assertThat(rounded(lab3.score(ScoreType.EN).orElseThrow().value(), 3)).isEqualTo("-0.277");
        assertThat(e.verdicts()).extracting(Verdict::consequence).containsOnly(Verdict.Consequence.NONE);
    }

    @Test
    void transferUncertaintyAndFixedSigmaPtAreUsed() {
        RoundEvaluation e = RoundEvaluation.evaluate(EvaluationInput.of(EXAM_2014, Method.PILOT_VALUE, CRITERIA).withPilot("PILOT")
                .withTransferExpandedUncertainty(new BigDecimal("0.003")).withSigmaPt(SigmaPt.fixed(new BigDecimal("0.001"))));

        // LAB3: En = −0.002/√(0.006² + 0.004² + 0.003²) = −0.256; z = −0.002/0.001 = −2 (satisfactory at the limit)
        Participant lab3 = e.participant("LAB3").orElseThrow();
        assertThat(rounded(lab3.score(ScoreType.EN).orElseThrow().value(), 3)).isEqualTo("-0.256");
        assertThat(lab3.score(ScoreType.EN).orElseThrow().formula()).contains("U_transfer²");
        assertThat(lab3.score(ScoreType.Z).orElseThrow().value()).isCloseTo(-2.0, org.assertj.core.api.Assertions.within(1e-9));
        // LAB2: z′ = 0.002/√(0.001² + 0.002²) = 0.894
        assertThat(e.participant("LAB2").orElseThrow().score(ScoreType.Z_PRIME).map(s -> rounded(s.value(), 3))).hasValue("0.894");
    }

    @Test
    void niqrSigmaPtStatesItsQuartileConvention() {
        RoundEvaluation e = RoundEvaluation.evaluate(EvaluationInput.of(tutorial(), Method.MEDIAN, CRITERIA).withSigmaPt(SigmaPt.niqr()));

        double[] sorted = TUTORIAL.clone();
        Arrays.sort(sorted);
        assertThat(e.reference().value()).isEqualTo((sorted[5] + sorted[6]) / 2);
        assertThat(e.sigmaPt().orElseThrow().convention()).isNotNull();
        assertThat(e.robustEstimate()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one result                 | results",
            "pilot value without pilot  | pilotCode",
            "z without sigma_pt         | sigmaPt",
            "zero k                     | referenceCoverageFactor",
            "identical values for A     | results"
    })
    void refusalsNameTheField(String what, String field) {
        EvaluationInput in = switch (what) {
            case "one result" -> EvaluationInput.of(EXAM_2014.subList(0, 1), Method.WEIGHTED_MEAN, CRITERIA);
            case "pilot value without pilot" -> EvaluationInput.of(EXAM_2014, Method.PILOT_VALUE, CRITERIA).withPilot("NOBODY");
            case "z without sigma_pt" -> EvaluationInput.of(EXAM_2014, Method.MEDIAN, CRITERIA).withScoreTypes(Set.of(ScoreType.Z));
            case "zero k" -> EvaluationInput.of(EXAM_2014, Method.WEIGHTED_MEAN, CRITERIA).withReferenceCoverageFactor(BigDecimal.ZERO);
            default -> EvaluationInput.of(List.of(LabResult.of("A", "1", "0.1", "2"), LabResult.of("B", "1", "0.1", "2"),
                    LabResult.of("C", "2", "0.1", "2")), Method.ALGORITHM_A, CRITERIA);
        };
        assertThatThrownBy(() -> RoundEvaluation.evaluate(in))
                .isInstanceOfSatisfying(EvaluationRefused.class, r -> {
                    assertThat(r.field()).isEqualTo(field);
                    assertThat(r.rule()).isEqualTo(RoundEvaluation.RULE);
                    assertThat(r.messageZh()).isNotBlank();
                    assertThat(r.messageEn()).isNotBlank();
                });
    }
}
