package org.metrolex.instrument;

import java.util.List;

/**
 * What an import of instruments did: data rows read, instruments filed, updated or found unchanged,
 * and every rule a refused row broke.
 *
 * @param rejected one entry per broken rule, so a row with two bad fields appears twice
 */
public record InstrumentImportReport(int rows, int filed, int updated, int unchanged, List<RejectedRow> rejected) {

    public InstrumentImportReport {
        rejected = List.copyOf(rejected);
    }

    /** One broken rule of one row; {@code rowNumber} as Excel shows it (the header is row 1). */
    public record RejectedRow(int rowNumber, String field, String rule, String messageZh, String messageEn) {
    }

    /** Rows refused, each counted once however many rules it broke. */
    public int rejectedRows() {
        return (int) rejected.stream().mapToInt(RejectedRow::rowNumber).distinct().count();
    }
}
