package org.metrolex.calendar.web;

import java.time.LocalDate;

import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.WorkingDayAnswer;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day API. Every answer carries {@code provisional} and {@code knownUntil} so that a
 * caller can tell a deadline fixed by the State Council notices from one that assumes Mon–Fri.
 * Parameters are taken as text and checked by {@link CalendarParameters} so that a bad one gets a 400
 * naming field and rule.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

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
        return CalendarParameters.date(field, value);
    }

    private static int dayCount(String field, String value) {
        return CalendarParameters.dayCount(field, value);
    }
}
