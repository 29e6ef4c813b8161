package org.metrolex.supervision;

import org.metrolex.supervision.domain.FindingKind;

/**
 * Published for every finding an inspection records, for the integrity and credit module to come
 * (a FRAUD finding lowers an enterprise's metrology credit grade). {@code targetKey} is {@code E<id>}
 * for an enterprise, {@code I<id>} for an institution.
 */
public record FindingRecorded(long findingId, long campaignId, String targetKey, String targetRegionCode, FindingKind kind,
                              String description) {
}
