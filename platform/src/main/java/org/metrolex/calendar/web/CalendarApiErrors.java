package org.metrolex.calendar.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns rejected parameters of the calendar API into a bilingual 400 body naming field and rule. */
@RestControllerAdvice(assignableTypes = CalendarApiController.class)
class CalendarApiErrors {

    record ErrorBody(String field, String rule, String messageZh, String messageEn) {
    }

    @ExceptionHandler(InvalidCalendarRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErrorBody rejected(InvalidCalendarRequest e) {
        return new ErrorBody(e.field(), e.rule(), e.messageZh(), e.messageEn());
    }
}
