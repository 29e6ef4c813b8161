package org.metrolex.prepackaged.domain;

/**
 * Why one entered or imported reading was refused.
 *
 * @param line  the CSV line (1-based), or 0 for typed entries and for the batch as a whole
 * @param field the field or column (e.g. {@code readings[3].gross}, {@code gross})
 * @param rule  the rule it broke (required, number, in-sample, unique, not-negative, tare, complete, unit)
 */
public record EntryProblem(int line, String field, String rule, String messageZh, String messageEn) {
}
