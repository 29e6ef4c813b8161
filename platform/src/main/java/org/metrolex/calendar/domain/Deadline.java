package org.metrolex.calendar.domain;

import java.time.LocalDate;

/**
 * The last day of a period counted in working days.
 *
 * @param provisional some date between the start and the deadline lies outside the published
 *                    notices, so the deadline may move when the next notice is published
 */
public record Deadline(LocalDate date, boolean provisional) {
}
