package org.metrolex.supervision;

import java.time.LocalDate;

/**
 * What an officer orders: a period in working days (the primary form) or, as before, a deadline typed as
 * a date. Exactly one of the two.
 */
public record RectificationOrder(Integer workingDays, LocalDate deadline) {

    public static RectificationOrder workingDays(int days) {
        return new RectificationOrder(days, null);
    }
}
