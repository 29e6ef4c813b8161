package org.metrolex.metrology.comparison;

import org.metrolex.metrology.rules.RuleEdition;

/**
 * A z, z′ or ζ score (ISO 13528:2022 clause 9; CNAS-GL002:2018 4.4).
 *
 * @param type        which statistic, and so which formula ({@link ScoreType#formula()})
 * @param value       the unrounded score (classification uses it unrounded)
 * @param performance satisfactory / questionable / unsatisfactory
 * @param criteria    the edition of {@code comparison.performance-criteria} that decided
 */
public record Score(ScoreType type, double value, Performance performance, RuleEdition criteria) {

    public String formula() {
        return type.formula();
    }
}
