package org.metrolex.party.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.validation.FieldLimits;

/**
 * Dates typed into a form or sent as JSON text. Parsed here rather than by Jackson or the data binder
 * so that a malformed date is answered with the field's name and the expected format, not a generic
 * "unreadable request".
 */
final class DateInput {

    private DateInput() {
    }

    /** The date, or null when nothing was entered (the business rule then reports it as required). */
    static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "date-format", "日期格式应为 yyyy-MM-dd：" + value,
                    "date must have the format yyyy-MM-dd: " + value);
        }
        FieldLimits.date(field, d).ifPresent(error -> {
            throw new RuleViolation(400, java.util.List.of(error));
        });
        return d;
    }
}
