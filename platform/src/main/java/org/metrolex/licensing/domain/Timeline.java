package org.metrolex.licensing.domain;

import java.util.List;
import org.metrolex.calendar.domain.ClockStatus;

/**
 * An application's clocks: every step entered so far and the overall limit (null before acceptance).
 *
 * @param overallWarning the overall clock runs, is not overdue, and has at most the warning days left
 * @param overdue        the overall clock or the current step's clock is overdue
 */
public record Timeline(List<StepClock> steps, ClockStatus overall, boolean overallWarning, boolean overdue, boolean warning) {

    public Timeline {
        steps = List.copyOf(steps);
    }
}
