package org.metrolex.calendar;

import java.time.LocalDate;

/**
 * A stored deadline counted in working days that a holiday notice moves, or whose provisional mark it removes.
 *
 * @param kind           RECTIFICATION, LICENCE_APPLICATION or COMMITMENT_CHECK (message key
 *                       {@code calendar.revisions.kind.<kind>})
 * @param recordId       the record's id in its module
 * @param clock          which of the record's clocks (licensing: OVERALL or a step), else empty
 * @param label          what officers recognise the record by (reference, target name)
 * @param href           the record's page
 * @param regionCode     the record's region: who may see the change
 */
public record DeadlineChange(String kind, long recordId, String clock, String label, String href, String regionCode,
                             LocalDate oldDeadline, LocalDate newDeadline, boolean oldProvisional, boolean newProvisional) {

    public DeadlineChange {
        clock = clock == null ? "" : clock;
    }

    /** The date itself moves (otherwise only the provisional mark changes). */
    public boolean moved() {
        return !oldDeadline.equals(newDeadline);
    }
}
