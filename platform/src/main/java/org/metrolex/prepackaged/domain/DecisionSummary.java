package org.metrolex.prepackaged.domain;

import java.math.BigDecimal;

/**
 * What a lot decision of metrology-core comes to, kept with the lot for lists and statistics (the full
 * decision with every package's shortfall is recomputed from the stored readings for display).
 */
public record DecisionSummary(boolean accepted, int t1Count, int t2Count, BigDecimal tolerableShortfall, BigDecimal mean,
                              BigDecimal standardDeviation, BigDecimal meanLimit, String editions, boolean anyUnverified,
                              String standInEditions) {
}
