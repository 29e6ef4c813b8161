package org.metrolex.calendar;

/**
 * A State Council holiday notice was loaded at run time and is now part of the calendar. Published inside the
 * loading transaction: modules that store deadlines counted in working days recompute those the notice changes
 * ({@link DeadlineHolder}) and record each change with {@link CalendarManagement#recordRevision}, in the same
 * transaction, so the notice and every deadline it moves commit together. Handling it twice changes nothing.
 *
 * @param noticeId   the stored notice ({@link CalendarManagement#calendarBefore}/{@link CalendarManagement#calendarThrough}
 *                   rebuild the calendar just before and just after it)
 * @param year       the year the notice arranges (its dates may reach late December of the year before)
 * @param version    1 for the first loaded notice of the year, higher for corrections
 * @param correction the year already had a published notice, shipped or loaded
 */
public record HolidayNoticePublished(long noticeId, int year, int version, boolean correction) {
}
