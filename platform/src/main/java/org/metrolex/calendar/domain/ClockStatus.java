package org.metrolex.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A statutory clock as it stands on a date.
 *
 * @param daysUsed    working days counted so far (may exceed the limit once overdue)
 * @param daysLeft    working days still available, never negative
 * @param deadline    the last day of the limit. While running, stops already recorded are taken
 *                    into account and no further stop is assumed. While stopped, it is the deadline
 *                    that would apply if the clock resumed on {@code asOf}; it moves later with
 *                    every working day the stop lasts
 * @param overdue     {@code asOf} is after the deadline
 * @param stopped     the clock is stopped on {@code asOf}
 * @param provisional some date examined (start to {@code asOf}, and on to the deadline) is outside
 *                    the published holiday notices
 * @param stops       the stops begun on or before {@code asOf}, oldest first
 */
public record ClockStatus(
        LocalDate asOf,
        int limitDays,
        int daysUsed,
        int daysLeft,
        LocalDate deadline,
        boolean overdue,
        boolean stopped,
        boolean provisional,
        List<ClockStop> stops) {

    public ClockStatus {
        stops = List.copyOf(stops);
    }
}
