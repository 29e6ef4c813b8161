package org.metrolex.comparison.domain;

import java.math.BigDecimal;

/** A participant's result at one point as entered: the value, its expanded uncertainty U and coverage factor k. */
public record ResultEntry(long pointId, BigDecimal value, BigDecimal expandedUncertainty, BigDecimal coverageFactor) {
}
