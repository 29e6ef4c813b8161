package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import org.metrolex.metrology.mpe.Mpe;

/**
 * The error at one test point and the MPE it was held against.
 *
 * @param label        e.g. "load 500", "Q1 run mean", "37.0 °C"
 * @param nominal      the load, flow rate, temperature or pressure of the point
 * @param error        the error held against the MPE (for scales E_c; for relative errors rounded for display
 *                     to 4 decimals, GB/T 8170 — the pass/fail itself compares full values, 4.3 全数值比较法)
 * @param uncorrected  for scales the error E before the zero correction, otherwise null
 */
public record PointResult(String label, BigDecimal nominal, BigDecimal error, BigDecimal uncorrected, Mpe mpe, boolean pass) {
}
