package org.metrolex.calendar;

import java.time.LocalDate;
import java.util.List;

import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.calendar.domain.HolidayNotice;
import org.metrolex.calendar.domain.StatutoryClock;
import org.metrolex.calendar.domain.WorkingDayAnswer;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The calendar module's API: working days under the State Council holiday notices, and statutory
 * clocks counted in working days. Other modules use this, never {@code DayOfWeek} checks. Conventions
 * (start day never counts, provisional answers) are those of {@link HolidayCalendar}.
 */
@Service
public class CalendarManagement {

    private final HolidayCalendar calendar;

    @Autowired
    CalendarManagement(HolidayNoticeLoader loader) {
        this(new HolidayCalendar(loader.load()));
    }

    CalendarManagement(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayAnswer isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    /** The {@code days}-th working day after {@code start}; {@code start} itself never counts. */
    public Deadline addWorkingDays(LocalDate start, int days) {
        return calendar.addWorkingDays(start, days);
    }

    /** Working days in {@code (from, to]}. */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** 31 December of the last year with a published notice; later answers are provisional. */
    public LocalDate lastKnownDate() {
        return calendar.lastKnownDate();
    }

    public List<HolidayNotice> notices() {
        return calendar.notices();
    }

    /** A new running clock for a limit of {@code limitDays} working days started on {@code start}. */
    public StatutoryClock newClock(LocalDate start, int limitDays) {
        return StatutoryClock.start(calendar, start, limitDays);
    }
}
