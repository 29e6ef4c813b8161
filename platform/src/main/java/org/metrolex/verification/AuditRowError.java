package org.metrolex.verification;

/** A row of an imported certificate file that could not be read: its row number as the file shows it, the column and why. */
public record AuditRowError(int row, String field, String messageZh, String messageEn) {
}
