package org.metrolex.supervision;

import java.time.LocalDate;

/**
 * The penalty decision (处罚决定) of a case was recorded: this is the step that decides the case, there is no
 * separate "case decided". Published in the deciding transaction; the decision's text stays with the finding.
 * {@code targetKey} is {@code E<id>} for an enterprise, {@code I<id>} for an institution.
 */
public record PenaltyDecided(long findingId, long campaignId, String caseNumber, String targetKey, String targetRegionCode,
                             LocalDate decidedOn) {
}
