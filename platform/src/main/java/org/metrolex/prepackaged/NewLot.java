package org.metrolex.prepackaged;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The command that registers a lot inspection and draws its package numbers.
 *
 * @param seed            the seed of the draw; null to draw a fresh one (stored either way, so the numbers are reproducible)
 * @param spotCheckTaskId the supervision spot-check task the lot belongs to, or null
 */
public record NewLot(Long producerId, String productName, String brand, String batchNo, BigDecimal nominalValue,
                     String nominalUnit, Integer lotSize, LocalDate inspectionDate, Long seed, Long spotCheckTaskId) {
}
