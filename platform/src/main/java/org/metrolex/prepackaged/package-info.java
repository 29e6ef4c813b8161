/**
 * Prepackaged goods (定量包装商品): net-content lot inspections under JJF 1070 — the sample size and the
 * package numbers to take drawn by {@code metrology-core} from a stored seed (reproducible), the
 * measured net contents typed or imported from a balance's CSV with tare handling, the lot decision and
 * its reasons computed by {@code metrology-core} (never elsewhere) with the rule edition that made it,
 * and a Chinese PDF report — and the producers' C-mark declarations (C标志) with their review, the
 * public list and the link to the producer's inspection results; statistics by period and region.
 * Producers come from {@code party}; a spot-check task of {@code supervision} may link a lot by its id
 * ({@link org.metrolex.prepackaged.PrepackagedManagement#linkToSpotCheck}), with no dependency on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"party", "party :: domain", "region",
        "region :: domain", "identity", "audit", "platform", "rules", "supervision"})
package org.metrolex.prepackaged;
