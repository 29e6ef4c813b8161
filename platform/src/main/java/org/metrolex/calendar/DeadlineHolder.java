package org.metrolex.calendar;

import java.util.List;
import org.metrolex.calendar.domain.HolidayCalendar;

/**
 * A module that stores deadlines counted in working days. The calendar asks every holder, before a notice is
 * published, which deadlines it would change (the preview the administrator confirms); the holder applies the same
 * changes when it hears {@link HolidayNoticePublished}. Implementations change nothing here.
 */
public interface DeadlineHolder {

    /**
     * The holder's open deadlines that differ between the two calendars (date or provisional mark), as of today.
     *
     * @param before the calendar the deadlines were computed with
     * @param after  the calendar with the new notice
     */
    List<DeadlineChange> changes(HolidayCalendar before, HolidayCalendar after);
}
