package org.metrolex.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded change of a stored deadline by a holiday notice, as officers see it. */
public record DeadlineRevision(long id, int noticeYear, int noticeVersion, String kind, long recordId, String clock,
                               String label, String href, String regionCode, String regionName, LocalDate oldDeadline,
                               LocalDate newDeadline, boolean oldProvisional, boolean newProvisional, Instant recordedAt) {

    public boolean moved() {
        return !oldDeadline.equals(newDeadline);
    }
}
