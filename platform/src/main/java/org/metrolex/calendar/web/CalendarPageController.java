package org.metrolex.calendar.web;

import java.time.LocalDate;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The working-day calculator for staff: is a date a working day, the N-th working day after a date,
 * working days between two dates. One page, three small GET forms told apart by {@code ask}, so an
 * answer can be bookmarked and shared. Answers beyond the last published notice are marked provisional.
 */
@PageController
class CalendarPageController {

    private final CalendarManagement calendar;
    private final CurrentUser currentUser;

    CalendarPageController(CalendarManagement calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @GetMapping("/calendar")
    @PreAuthorize("isAuthenticated()")
    String page(@RequestParam(required = false) String ask, @RequestParam(required = false) String date,
                @RequestParam(required = false) String start, @RequestParam(required = false) String days,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("ask", ask == null ? "" : ask);
        model.addAttribute("date", date == null ? "" : date);
        model.addAttribute("start", start == null ? "" : start);
        model.addAttribute("days", days == null ? "" : days);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("knownUntil", calendar.lastKnownDate());
        DataScope scope = currentUser.scope();
        model.addAttribute("officer", scope.isOfficer());
        model.addAttribute("admin", scope.role() == Role.PROVINCE_ADMIN);
        try {
            if ("workingDay".equals(ask)) {
                model.addAttribute("workingDay", calendar.isWorkingDay(CalendarParameters.date("date", date)));
            } else if ("add".equals(ask)) {
                LocalDate first = CalendarParameters.date("start", start);
                model.addAttribute("deadline", calendar.addWorkingDays(first, CalendarParameters.dayCount("days", days)));
            } else if ("between".equals(ask)) {
                LocalDate first = CalendarParameters.date("from", from);
                LocalDate last = CalendarParameters.date("to", to);
                if (first.isAfter(last)) {
                    throw InvalidCalendarRequest.fromAfterTo(from, to);
                }
                model.addAttribute("count", calendar.workingDaysBetween(first, last));
            }
        } catch (InvalidCalendarRequest e) {
            model.addAttribute("error", CalendarError.of(e));
        }
        return "calendar/calendar";
    }
}
