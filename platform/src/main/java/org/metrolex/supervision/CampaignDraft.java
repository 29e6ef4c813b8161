package org.metrolex.supervision;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an officer enters to plan a campaign. Exactly one of sampleSize and sampleRatio. A certificate
 * spot check may name the institutions whose certificates form the population (none: all in scope).
 */
public record CampaignDraft(String name, String type, String targetRegionCode, Integer sampleSize, BigDecimal sampleRatio,
                            String stratifyBy, Integer inspectorsPerTask, List<Long> inspectorPool, List<Long> targetInstitutions) {

    public CampaignDraft(String name, String type, String targetRegionCode, Integer sampleSize, BigDecimal sampleRatio,
                         String stratifyBy, Integer inspectorsPerTask, List<Long> inspectorPool) {
        this(name, type, targetRegionCode, sampleSize, sampleRatio, stratifyBy, inspectorsPerTask, inspectorPool, null);
    }
}
