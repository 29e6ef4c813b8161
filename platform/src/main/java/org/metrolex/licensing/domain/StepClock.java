package org.metrolex.licensing.domain;

import java.time.LocalDate;
import org.metrolex.calendar.domain.ClockStatus;

/**
 * A step of one application with its own clock.
 *
 * @param ended   the day the step ended, null while current
 * @param status  the step's clock as of its end (or today while current)
 * @param warning running, not overdue, and at most the procedure's warning days left
 */
public record StepClock(StepDefinition step, LocalDate started, LocalDate ended, ClockStatus status, boolean warning) {

    public boolean current() {
        return ended == null;
    }
}
