package org.metrolex.comparison;

import java.time.LocalDate;

/**
 * A participant's published comparison result was questionable (2 &lt; |z| &lt; 3 by the criteria edition in force):
 * a warning signal (CNAS-GL002:2018 4.4), no rectification. Published with the round's publication (ADR 0024).
 *
 * @param institutionId null for an invited laboratory outside the registry
 */
public record ComparisonResultQuestionable(long roundId, long participantId, Long institutionId, String regionCode,
                                           String scoreType, double score, String criteriaEdition, LocalDate publishedOn) {
}
