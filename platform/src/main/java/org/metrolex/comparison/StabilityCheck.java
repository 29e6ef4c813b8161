package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stability check of the artefact by the pilot at one point. */
public record StabilityCheck(long id, long pointId, LocalDate onDate, BigDecimal value, BigDecimal expandedUncertainty,
                             BigDecimal coverageFactor, String note) {
}
