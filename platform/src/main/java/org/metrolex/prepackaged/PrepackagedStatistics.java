package org.metrolex.prepackaged;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.prepackaged.domain.LotStatistics;

/**
 * Prepackaged-goods figures of the caller's scope for a period: producers inspected, lots, accepted
 * lots and pass rate, in total, by region (the regions directly below the caller's own) and by month,
 * and the number of producers with an accepted C-mark declaration.
 *
 * @param byRegion rows keyed by region code, with {@code regionNames} in the same order
 */
public record PrepackagedStatistics(LocalDate from, LocalDate to, LotStatistics.Row total, List<LotStatistics.Row> byRegion,
                                    List<String> regionNames, List<LotStatistics.Row> byMonth, long cmarkAccepted) {
}
