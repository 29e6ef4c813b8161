package org.metrolex.verification;

import java.time.LocalDate;
import java.util.List;

/**
 * Instruments overdue on {@code date} in the caller's scope, counted per region of one level of the
 * GB/T 2260 hierarchy (per city by default). {@code regions} lists every region of that level the caller
 * covers, with zero where nothing is overdue.
 */
public record OverdueCounts(LocalDate date, String level, long total, List<RegionCount> regions) {

    /** One region of the requested level; {@code overdue} counts the instruments of the region and below it. */
    public record RegionCount(String regionCode, String regionName, long overdue) {
    }
}
