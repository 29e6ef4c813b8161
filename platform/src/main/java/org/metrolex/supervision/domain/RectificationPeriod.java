package org.metrolex.supervision.domain;

/**
 * The length of a rectification period (责令整改期限) in working days.
 *
 * <p>No regulation in the rules reference (RULES.md) fixes how long a rectification period may be; the ordering
 * bureau sets it case by case. The bounds 1..60 working days are <b>our configured default [M]</b> (about three
 * months at most), shown as such next to the form field; a bureau that needs another bound changes these two
 * constants and the check constraint of {@code V1_61__rectification_working_days.sql}.
 */
public final class RectificationPeriod {

    public static final int MIN_WORKING_DAYS = 1;
    /** Configured default [M], not a regulated value. */
    public static final int MAX_WORKING_DAYS = 60;

    private RectificationPeriod() {
    }

    public static boolean allowed(int workingDays) {
        return workingDays >= MIN_WORKING_DAYS && workingDays <= MAX_WORKING_DAYS;
    }
}
