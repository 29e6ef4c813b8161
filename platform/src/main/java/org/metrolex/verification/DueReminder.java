package org.metrolex.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A reminder to the owner that an instrument falls due for verification soon (计量法 第九条: a compulsorily verified
 * instrument must be sent for periodic verification in time), recorded by {@code DueReminderJob}: one per instrument,
 * due date and threshold ({@code daysBefore}), on the day it entered that threshold's window.
 */
public record DueReminder(long id, long instrumentId, LocalDate dueDate, int daysBefore, String certificateNumber, String regionCode,
                          long ownerEnterpriseId, LocalDate remindedOn, OffsetDateTime createdAt, OffsetDateTime readAt, String readBy) {

    public boolean read() {
        return readAt != null;
    }

    /** Days from {@code today} to the due date; zero or less once it has fallen due. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }
}
