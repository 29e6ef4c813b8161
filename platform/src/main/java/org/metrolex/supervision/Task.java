package org.metrolex.supervision;

import java.util.List;

/** One drawn target of a campaign and its inspectors (party person ids and names, in draw order). */
public record Task(long id, long campaignId, int position, String targetKey, String targetName, String targetRegionCode,
                   String stratum, String status, List<TaskInspector> inspectors) {

    public record TaskInspector(long personId, String name) {
    }

    /** The enterprise id for targets {@code E<id>}, else null. */
    public Long enterpriseId() {
        return targetKey.startsWith("E") ? Long.valueOf(targetKey.substring(1)) : null;
    }

    /** The institution id for targets {@code I<id>}, else null. */
    public Long institutionId() {
        return targetKey.startsWith("I") ? Long.valueOf(targetKey.substring(1)) : null;
    }
}
