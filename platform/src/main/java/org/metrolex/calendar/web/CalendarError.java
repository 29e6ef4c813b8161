package org.metrolex.calendar.web;

/** A refused input of the calendar page, in both languages; the page shows the one of its locale. */
public record CalendarError(String field, String messageZh, String messageEn) {

    static CalendarError of(InvalidCalendarRequest e) {
        return new CalendarError(e.field(), e.messageZh(), e.messageEn());
    }
}
