package org.metrolex.comparison.domain;

import java.time.LocalDate;

/**
 * How late a participant is against the schedule, in working days: it sent the artefact on after the planned day,
 * or still holds it after that day. The late participant delays everyone after it, so the organiser needs to see it.
 *
 * @param workingDays working days past the planned send day (0 = on time)
 * @param stillHeld   the artefact has not been sent on yet
 */
public record Lateness(int workingDays, boolean stillHeld) {

    public static final Lateness ON_TIME = new Lateness(0, false);

    public boolean late() {
        return workingDays > 0;
    }

    /**
     * @param plannedSend the schedule's send day (null: not scheduled yet)
     * @param received    when the participant received the artefact (null: not yet)
     * @param sent        when it sent the artefact on (null: not yet)
     * @param today       the authority's today
     */
    public static Lateness of(LocalDate plannedSend, LocalDate received, LocalDate sent, LocalDate today, WorkingDays days) {
        if (plannedSend == null) {
            return ON_TIME;
        }
        if (sent != null) {
            return new Lateness(days.between(plannedSend, sent), false);
        }
        if (received == null) {
            // not late for what it has not had: the participant before it is the late one
            return ON_TIME;
        }
        return new Lateness(days.between(plannedSend, today), true);
    }
}
