package org.metrolex.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.calendar.domain.WorkingDayAnswer;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day API. Every answer carries {@code provisional} and {@code knownUntil} so that a
 * caller can tell a deadline fixed by the State Council notices from one that assumes Mon–Fri.
 * Parameters are taken as text and checked here so that a bad one gets a 400 naming field and rule.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

    /** Four-digit years only: keeps every computed date inside what {@link LocalDate} can hold. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CalendarManagement calendar;

    CalendarApiController(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    record WorkingDayResponse(LocalDate date, boolean workingDay, boolean provisional, LocalDate knownUntil) {
    }

    record DeadlineResponse(LocalDate start, int days, LocalDate deadline, boolean provisional, LocalDate knownUntil) {
    }

    record WorkingDaysBetweenResponse(LocalDate from, LocalDate to, int workingDays, boolean provisional,
                                      LocalDate knownUntil) {
    }

    @GetMapping("/working-day")
    WorkingDayResponse workingDay(@RequestParam(required = false) String date) {
        LocalDate day = date("date", date);
        WorkingDayAnswer answer = calendar.isWorkingDay(day);
        return new WorkingDayResponse(day, answer.workingDay(), answer.provisional(), calendar.lastKnownDate());
    }

    @GetMapping("/add-working-days")
    DeadlineResponse addWorkingDays(@RequestParam(required = false) String start,
                                    @RequestParam(required = false) String days) {
        LocalDate from = date("start", start);
        int n = dayCount("days", days);
        Deadline deadline = calendar.addWorkingDays(from, n);
        return new DeadlineResponse(from, n, deadline.date(), deadline.provisional(), calendar.lastKnownDate());
    }

    @GetMapping("/working-days-between")
    WorkingDaysBetweenResponse workingDaysBetween(@RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first.isAfter(last)) {
            throw InvalidCalendarRequest.fromAfterTo(from, to);
        }
        WorkingDayCount count = calendar.workingDaysBetween(first, last);
        return new WorkingDaysBetweenResponse(first, last, count.days(), count.provisional(), calendar.lastKnownDate());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidCalendarRequest.missing(field);
        }
        if (!ISO_DATE.matcher(value).matches()) {
            throw InvalidCalendarRequest.notADate(field, value);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidCalendarRequest.notADate(field, value);
        }
    }

    private static int dayCount(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidCalendarRequest.missing(field);
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= HolidayCalendar.MAX_WORKING_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below with the same range rule as an out-of-range number
        }
        throw InvalidCalendarRequest.outOfRange(field, value, 0, HolidayCalendar.MAX_WORKING_DAYS);
    }
}
