package org.metrolex.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Raw readings of one verification, in the fields of the {@code conformity} command (docs/cli.md):
 * {@code family} SCALE (class, e, max, unit, zero, loads, repeatability, eccentricity) or FUEL_DISPENSER
 * (runs). Stored as submitted; the decision is always recomputed from them by metrology-core.
 */
public record Readings(String family, String kind, @JsonProperty("class") String scaleClass, BigDecimal e,
                       BigDecimal max, String unit, Boolean priceComputing, Weighing zero, List<Weighing> loads,
                       List<Weighing> repeatability, List<Weighing> eccentricity, List<Run> runs) {

    public record Weighing(BigDecimal load, BigDecimal indication, BigDecimal addedWeights) {
    }

    public record Run(String flowPoint, BigDecimal indicated, BigDecimal standard, Boolean atMinimumMeasuredQuantity) {
    }
}
