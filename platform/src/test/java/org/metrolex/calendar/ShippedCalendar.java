package org.metrolex.calendar;

import java.util.List;

import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.calendar.domain.HolidayNotice;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holiday notices the product ships ({@code calendar/holidays/*.json}), read by the production
 * loader, so that domain tests check the real data rather than a hand-made copy.
 */
public final class ShippedCalendar {

    private static final List<HolidayNotice> NOTICES =
            new HolidayNoticeLoader(JsonMapper.builder().build()).load();
    private static final HolidayCalendar CALENDAR = new HolidayCalendar(NOTICES);

    private ShippedCalendar() {
    }

    public static List<HolidayNotice> notices() {
        return NOTICES;
    }

    public static HolidayCalendar calendar() {
        return CALENDAR;
    }

    public static CalendarManagement management() {
        return new CalendarManagement(CALENDAR);
    }
}
