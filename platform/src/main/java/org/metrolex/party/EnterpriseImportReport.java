package org.metrolex.party;

import java.util.List;

/**
 * What an import of enterprises did: how many data rows the file had, how many enterprises were
 * created, updated or found unchanged, and every rule a refused row broke.
 *
 * @param rows     non-blank data rows read from the file
 * @param rejected one entry per broken rule, so a row with two bad fields appears twice
 */
public record EnterpriseImportReport(int rows, int created, int updated, int unchanged, List<RejectedRow> rejected) {

    public EnterpriseImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * One broken rule of one row.
     *
     * @param rowNumber the row number as Excel shows it (the header is row 1)
     */
    public record RejectedRow(int rowNumber, String field, String rule, String messageZh, String messageEn) {
    }

    /** Rows refused, each counted once however many rules it broke. */
    public int rejectedRows() {
        return (int) rejected.stream().mapToInt(RejectedRow::rowNumber).distinct().count();
    }
}
