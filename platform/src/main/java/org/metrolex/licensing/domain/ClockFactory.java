package org.metrolex.licensing.domain;

import java.time.LocalDate;
import org.metrolex.calendar.domain.StatutoryClock;

/** Starts a statutory clock on the working-day calendar ({@code CalendarManagement::newClock}). */
@FunctionalInterface
public interface ClockFactory {

    StatutoryClock start(LocalDate start, int limitDays);
}
