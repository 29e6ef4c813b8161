package org.metrolex.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.metrolex.calendar.domain.HolidayCalendar;

/**
 * Parameters of the working-day questions, taken as text and checked here so that the API and the
 * page refuse the same inputs with the same field-and-rule message.
 */
final class CalendarParameters {

    /** Four-digit years only: keeps every computed date inside what {@link LocalDate} can hold. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarParameters() {
    }

    static LocalDate date(String field, String value) {
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

    static int dayCount(String field, String value) {
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
