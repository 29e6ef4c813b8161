package org.metrolex.supervision;

import java.time.LocalDate;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.domain.FindingStatus;

/**
 * A finding with its rectification order, follow-up and case.
 *
 * @param rectificationWorkingDays         the period ordered in working days; null when the deadline was typed as a date
 * @param rectificationDeadlineProvisional the deadline reaches a year without a published holiday notice (暂定)
 * @param rectificationOverdueSince        the first overdue day, recorded once by the daily job
 * @param rectifiedLate                    the rectification was recorded after the deadline; null until rectified
 */
public record Finding(long id, long inspectionId, long campaignId, String targetKey, String targetName, String targetRegionCode,
                      FindingKind kind, String description, FindingStatus status, LocalDate rectificationDeadline,
                      LocalDate rectifiedOn, String followUp, String caseNumber, LocalDate caseOpenedOn,
                      String penaltyDecision, LocalDate penaltyDecidedOn, int version,
                      LocalDate rectificationOrderedOn, Integer rectificationWorkingDays, boolean rectificationDeadlineProvisional,
                      LocalDate rectificationOverdueSince, Boolean rectifiedLate) {

    /** Overdue on {@code today}: a rectification still open whose deadline has passed (today after the deadline). */
    public boolean rectificationOverdueOn(LocalDate today) {
        return status == FindingStatus.RECTIFICATION_ORDERED && rectificationDeadline != null && today.isAfter(rectificationDeadline);
    }

    public boolean wasRectifiedLate() {
        return Boolean.TRUE.equals(rectifiedLate);
    }
}
