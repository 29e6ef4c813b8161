package org.metrolex.supervision;

import java.time.LocalDate;

/**
 * The daily job found a rectification still open after its deadline. Published once per finding, in the transaction
 * that records its first overdue day.
 *
 * @param overdueSince the first overdue day (the day after the deadline), whenever the job ran
 */
public record RectificationOverdue(long findingId, long campaignId, String targetKey, String targetRegionCode,
                                   LocalDate deadline, LocalDate overdueSince) {
}
