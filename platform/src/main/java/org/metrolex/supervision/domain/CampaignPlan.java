package org.metrolex.supervision.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A campaign as planned, with the facts the planning rules need from outside (the region catalogue, the
 * caller's jurisdiction, the inspector directory, the institutions the caller may name). Lists are already
 * de-duplicated and sorted; {@code type} is null when the entered type is unknown.
 */
public record CampaignPlan(String name, CampaignType type, String targetRegionCode, boolean regionKnown, boolean regionInScope,
                           Integer sampleSize, BigDecimal sampleRatio, String stratifyBy, int inspectorsPerTask,
                           List<Long> inspectorPool, Set<Long> inspectorDirectory, List<Long> targetInstitutions,
                           Set<Long> readableInstitutions) {

    /** Stratification as entered, or NONE when left empty. */
    public static String stratification(String entered) {
        return entered == null || entered.isBlank() ? "NONE" : entered.strip().toUpperCase();
    }

    /** Inspectors per task as entered, or two (the usual pair) when left empty. */
    public static int inspectorsPerTask(Integer entered) {
        return entered == null ? 2 : entered;
    }

    public static List<Long> distinctSorted(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
    }
}
