package org.metrolex.metrology.conformity;

import java.math.BigDecimal;

/**
 * Repeatability at one load or flow point.
 *
 * @param method e.g. "max − min of results (OIML R 76-1 3.6.1)" or "(E_max − E_min)/d_n, d_n = 1.69"
 * @param value  for relative quantities rounded for display to 4 decimals; the pass/fail uses full values
 */
public record RepeatabilityResult(String label, BigDecimal value, BigDecimal limit, String unit, String method, boolean pass,
                                  boolean verified) {
}
