package org.metrolex.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.comparison.domain.Verdict.Consequence;
import org.metrolex.metrology.comparison.Performance;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.ScoreType;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;

/**
 * Verdicts at the limits of the shipped {@code comparison.performance-criteria} (CNAS-GL002:2018 4.4 for z, z′, ζ;
 * JJF 1117-2010 for En; RULES.md §2 [M]) and under another edition, to show the limits come from the table.
 */
class VerdictTests {

    static final PerformanceCriteria SHIPPED = PerformanceCriteria.inForce(LocalDate.of(2024, 6, 1));

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({
            // |En| ≤ 1 satisfactory, otherwise unsatisfactory: no questionable band for En
            "EN, 0, SATISFACTORY, NONE",
            "EN, 1, SATISFACTORY, NONE",
            "EN, -1, SATISFACTORY, NONE",
            "EN, 1.0001, UNSATISFACTORY, RECTIFICATION",
            "EN, -1.0001, UNSATISFACTORY, RECTIFICATION",
            // |z| ≤ 2 satisfactory, 2 < |z| < 3 questionable, |z| ≥ 3 unsatisfactory
            "Z, 2, SATISFACTORY, NONE",
            "Z, -2, SATISFACTORY, NONE",
            "Z, 2.0001, QUESTIONABLE, WARNING",
            "Z, 2.5, QUESTIONABLE, WARNING",
            "Z, -2.5, QUESTIONABLE, WARNING",
            "Z, 2.9999, QUESTIONABLE, WARNING",
            "Z, 3, UNSATISFACTORY, RECTIFICATION",
            "Z, -3, UNSATISFACTORY, RECTIFICATION",
            "Z_PRIME, 2.5, QUESTIONABLE, WARNING",
            "Z_PRIME, 3, UNSATISFACTORY, RECTIFICATION",
            "ZETA, 2, SATISFACTORY, NONE",
            "ZETA, 3.5, UNSATISFACTORY, RECTIFICATION"
    })
    void oneScoreAtTheLimits(ScoreType type, double value, Performance performance, Consequence consequence) {
        Verdict v = Verdict.of("LAB1", List.of(ScoreLine.classified(type, value, SHIPPED)));

        assertThat(v.performance()).isEqualTo(performance);
        assertThat(v.consequence()).isEqualTo(consequence);
        assertThat(v.decisive().isPresent()).isEqualTo(performance != Performance.SATISFACTORY);
        assertThat(v.needsRectification()).isEqualTo(consequence == Consequence.RECTIFICATION);
        assertThat(v.needsWarning()).isEqualTo(consequence == Consequence.WARNING);
    }

    @ParameterizedTest(name = "En {0}, z {1}, ζ {2} → {3} decided by {4}")
    @CsvSource({
            "0.5, 2.5, 1.0, WARNING, Z",
            "1.2, 2.5, 1.0, RECTIFICATION, EN",
            "0.5, 3.1, 2.5, RECTIFICATION, Z",
            "0.5, 1.0, 2.5, WARNING, ZETA",
            "-1.5, -3.5, 3.0, RECTIFICATION, EN"
    })
    void theWorstScoreDecides(double en, double z, double zeta, Consequence consequence, ScoreType decisive) {
        Verdict v = Verdict.of("LAB2", List.of(ScoreLine.classified(ScoreType.EN, en, SHIPPED),
                ScoreLine.classified(ScoreType.Z, z, SHIPPED), ScoreLine.classified(ScoreType.ZETA, zeta, SHIPPED)));

        assertThat(v.consequence()).isEqualTo(consequence);
        assertThat(v.decisive().orElseThrow().type()).isEqualTo(decisive);
        assertThat(v.decisive().orElseThrow().criteria()).isEqualTo(SHIPPED.edition());
    }

    @Test
    void noScoresIsSatisfactory() {
        Verdict v = Verdict.of("PILOT", List.of());

        assertThat(v.consequence()).isEqualTo(Consequence.NONE);
        assertThat(v.decisive()).isEmpty();
    }

    @Test
    void theLimitsComeFromTheCriteriaEdition() {
        // A stricter (made-up) edition: |En| ≤ 0.8; z questionable from 1.5, unsatisfactory from 2.5.
        RuleEdition edition = new RuleEdition(PerformanceCriteria.RULE_ID, "TEST-EDITION", "4.4", LocalDate.of(2025, 1, 1),
                null, false, "test");
        RuleTable table = new RuleTable(edition, List.of("score", "satisfactory-max", "unsatisfactory-min"), List.of(
                Map.of("score", "z", "satisfactory-max", "1.5", "unsatisfactory-min", "2.5"),
                Map.of("score", "z-prime", "satisfactory-max", "1.5", "unsatisfactory-min", "2.5"),
                Map.of("score", "zeta", "satisfactory-max", "1.5", "unsatisfactory-min", "2.5"),
                Map.of("score", "En", "satisfactory-max", "0.8", "unsatisfactory-min", "0.8")), Map.of());
        PerformanceCriteria stricter = PerformanceCriteria.from(table);

        assertThat(Verdict.of("L", List.of(ScoreLine.classified(ScoreType.EN, 0.9, stricter))).consequence())
                .isEqualTo(Consequence.RECTIFICATION);
        assertThat(Verdict.of("L", List.of(ScoreLine.classified(ScoreType.EN, 0.9, SHIPPED))).consequence())
                .isEqualTo(Consequence.NONE);
        assertThat(Verdict.of("L", List.of(ScoreLine.classified(ScoreType.Z, 2.0, stricter))).consequence())
                .isEqualTo(Consequence.WARNING);
        assertThat(Verdict.of("L", List.of(ScoreLine.classified(ScoreType.Z, 2.5, stricter))).decisive().orElseThrow().criteria())
                .isEqualTo(edition);
    }
}
