package org.metrolex.platform.time;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Timestamps as read from PostgreSQL come back at offset UTC: their date is the date in London, which from
 * 16:00 to 24:00 UTC is the day before the date in China. Read models hand them on in the clock's zone, so
 * that {@code toLocalDate()} anywhere (a page, a certificate, a rule) is the business date.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The same instant at the offset of the clock's zone; null stays null. */
    public static OffsetDateTime inZone(OffsetDateTime t, Clock clock) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }
}
