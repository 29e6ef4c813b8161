/**
 * Calendar values other modules may use: {@link org.metrolex.calendar.domain.StatutoryClock} (from
 * {@code CalendarManagement.newClock}), its status, stops and deadlines. Licensing keeps its
 * per-step and whole-procedure clocks with these, so the counting convention lives in one place.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.calendar.domain;
