package org.metrolex.calendar.domain;

/**
 * Whether a date is a working day.
 *
 * @param provisional the date lies outside the published notices, so the answer follows Mon–Fri
 *                    only and may change when the State Council publishes its notice
 */
public record WorkingDayAnswer(boolean workingDay, boolean provisional) {
}
