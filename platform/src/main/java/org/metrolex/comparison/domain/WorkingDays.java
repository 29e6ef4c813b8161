package org.metrolex.comparison.domain;

import java.time.LocalDate;

/**
 * Working days as the calendar module counts them under the State Council notices (the use cases pass
 * {@code CalendarManagement}; tests pass the shipped calendar). The start day never counts.
 */
public interface WorkingDays {

    /** The {@code days}-th working day after {@code start}. */
    LocalDate add(LocalDate start, int days);

    /** Working days in {@code (from, to]}; 0 when {@code to} is not after {@code from}. */
    int between(LocalDate from, LocalDate to);
}
