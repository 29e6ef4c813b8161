package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A participant's stored result at one point. */
public record SubmittedResult(long participantId, long pointId, BigDecimal value, BigDecimal expandedUncertainty,
                              BigDecimal coverageFactor, String source, OffsetDateTime submittedAt) {
}
