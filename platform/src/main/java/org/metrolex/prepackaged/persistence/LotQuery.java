package org.metrolex.prepackaged.persistence;

import java.time.LocalDate;

/** Filters of the lot list; every field optional. */
public record LotQuery(Long producerId, String status, LocalDate from, LocalDate to, Long spotCheckTaskId, String keyword) {

    public static LotQuery all() {
        return new LotQuery(null, null, null, null, null, null);
    }
}
