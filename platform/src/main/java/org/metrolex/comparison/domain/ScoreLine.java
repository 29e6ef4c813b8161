package org.metrolex.comparison.domain;

import org.metrolex.metrology.comparison.EnScore;
import org.metrolex.metrology.comparison.Performance;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.Score;
import org.metrolex.metrology.comparison.ScoreType;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * One score of one participant as the round keeps it: the statistic, its unrounded value, the performance the
 * criteria in force gave it, the formula for the report and the edition of {@code comparison.performance-criteria}
 * that decided. En and z/z′/ζ come from different metrology-core types; this is their common row.
 *
 * @param type        En, z, z′ or ζ
 * @param value       the unrounded score (round it only for display, GB/T 8170)
 * @param performance satisfactory, questionable or unsatisfactory, from the criteria
 * @param formula     the formula actually applied (for En, the variant's)
 * @param criteria    the criteria edition that classified the value
 */
public record ScoreLine(ScoreType type, double value, Performance performance, String formula, RuleEdition criteria) {

    public static ScoreLine of(EnScore en) {
        return new ScoreLine(ScoreType.EN, en.en(), en.performance(), en.formula(), en.criteria());
    }

    public static ScoreLine of(Score score) {
        return new ScoreLine(score.type(), score.value(), score.performance(), score.formula(), score.criteria());
    }

    /** A stored score classified again by {@code criteria} (e.g. when rebuilding a verdict from the database). */
    public static ScoreLine classified(ScoreType type, double value, PerformanceCriteria criteria) {
        return new ScoreLine(type, value, criteria.classify(type, value), type.formula(), criteria.edition());
    }
}
