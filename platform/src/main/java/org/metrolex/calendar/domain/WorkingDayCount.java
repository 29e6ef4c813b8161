package org.metrolex.calendar.domain;

/**
 * A number of working days.
 *
 * @param provisional some counted date lies outside the published notices
 */
public record WorkingDayCount(int days, boolean provisional) {
}
