package org.metrolex.comparison;

import java.time.LocalDate;

/**
 * A participant's published comparison result was unsatisfactory (|En| &gt; 1, or |z|, |z′|, |ζ| ≥ 3 by the criteria
 * edition in force): it must be rectified (RULES.md §10). Published with the round's publication (ADR 0024); the
 * credit module will consume it.
 *
 * @param institutionId null for an invited laboratory outside the registry
 * @param scoreType     the score that decided (EN, Z, Z_PRIME, ZETA)
 * @param score         its unrounded value
 */
public record ComparisonResultUnsatisfactory(long roundId, long participantId, Long institutionId, String regionCode,
                                             String scoreType, double score, String criteriaEdition, LocalDate publishedOn) {
}
