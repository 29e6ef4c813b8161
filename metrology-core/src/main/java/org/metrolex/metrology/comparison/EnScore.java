package org.metrolex.metrology.comparison;

import org.metrolex.metrology.rules.RuleEdition;

/**
 * One laboratory's normalised error En in a Comparison (JJF 1117-2010).
 *
 * @param labId                        the laboratory
 * @param en                           the unrounded En (a plain double: it is compared with the limit
 *                                     unrounded; round it for the report with GB/T 8170)
 * @param variant                      which formula was used
 * @param formula                      the formula as text, for the report
 * @param referenceExpandedUncertainty U_Y = k·u(Y) used in the denominator
 * @param transferExpandedUncertainty  U_transfer (0 when none)
 * @param performance                  |En| ≤ 1 satisfactory, otherwise unsatisfactory (per {@code criteria})
 * @param criteria                     the edition of {@code comparison.performance-criteria} that decided
 */
public record EnScore(String labId, double en, EnVariant variant, String formula, double referenceExpandedUncertainty,
                      double transferExpandedUncertainty, Performance performance, RuleEdition criteria) {

    public boolean satisfactory() {
        return performance == Performance.SATISFACTORY;
    }
}
