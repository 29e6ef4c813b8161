package org.metrolex.supervision;

import java.time.LocalDate;

/**
 * The follow-up check found a rectification done. Published in the transaction that records it.
 *
 * @param late the rectification was recorded after its deadline
 */
public record RectificationCompleted(long findingId, long campaignId, String targetKey, String targetRegionCode,
                                     LocalDate rectifiedOn, boolean late) {
}
