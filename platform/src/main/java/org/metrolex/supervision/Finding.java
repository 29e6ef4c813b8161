package org.metrolex.supervision;

import java.time.LocalDate;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;

/** A finding with its rectification order, follow-up and case. */
public record Finding(long id, long inspectionId, long campaignId, String targetKey, String targetName, String targetRegionCode,
                      FindingKind kind, String description, FindingStatus status, LocalDate rectificationDeadline,
                      LocalDate rectifiedOn, String followUp, String caseNumber, LocalDate caseOpenedOn,
                      String penaltyDecision, LocalDate penaltyDecidedOn, int version) {
}
