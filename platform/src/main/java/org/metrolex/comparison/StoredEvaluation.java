package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored evaluation of one measurement point: what the reference value was, how consistent the results were,
 * and every score, with the rule-book revision and criteria edition that decided them (ADR 0019). Figures are
 * unrounded; pages round them for display.
 *
 * @param ruleBookRevision the rules module's revision in force when evaluated, to re-read the criteria of that day
 * @param criteriaEdition  the regulation of {@code comparison.performance-criteria} that classified the scores
 * @param contributors     the lab codes whose results entered the reference value
 */
public record StoredEvaluation(long pointId, LocalDate evaluatedOn, long ruleBookRevision, String criteriaEdition,
                               LocalDate criteriaFrom, String method, double referenceValue, double referenceU,
                               BigDecimal coverageFactor, List<String> contributors, Double chi2, Integer nu,
                               Double chi2Critical, Double birge, Boolean consistent, Double sigmaPt,
                               List<Score> scores) {

    public StoredEvaluation {
        contributors = List.copyOf(contributors);
        scores = List.copyOf(scores);
    }

    /** One participant's score at this point. */
    public record Score(long participantId, String type, double value, String performance, String formula,
                        boolean inReference) {
    }

    /** U_Y = k·u(Y). */
    public double referenceExpandedUncertainty() {
        return coverageFactor.doubleValue() * referenceU;
    }
}
