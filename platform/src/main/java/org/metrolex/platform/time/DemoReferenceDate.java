package org.metrolex.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day the demo data are generated around: {@code app.demo-data.reference-date} (an ISO date) when set,
 * otherwise the clock's today. Every demo date — histories, due dates, validity of authorisations,
 * qualifications and standards — is relative to it, so a demo loaded on any day (or at any instant the
 * tests fix) has valid means of verification, current overdue instruments and a seed year ending today.
 *
 * <p>The demo's fixed calendar dates (an authorisation valid until 2029-12-31, a qualification that ran out
 * on 2023-12-31 …) were written for the day {@link #AUTHORED}; {@link #shift} moves them by the whole months
 * between that day and the reference date, so that their distance to "today" stays what it was written for
 * (to within a month) and they stay ordinary calendar dates (month ends stay month ends).
 */
@Component
public class DemoReferenceDate {

    /** The day the demo's calendar dates were written for. */
    public static final LocalDate AUTHORED = LocalDate.of(2026, 12, 6);

    private final Clock clock;
    private final String configured;

    DemoReferenceDate(Clock clock, @Value("${app.demo-data.reference-date:}") String configured) {
        this.clock = clock;
        this.configured = configured.strip();
    }

    /** The demo's today. */
    public LocalDate today() {
        return configured.isEmpty() ? LocalDate.now(clock) : LocalDate.parse(configured);
    }

    /**
     * A calendar date written for {@link #AUTHORED}, moved to the reference date. A month end stays a month end,
     * so that ranges written back to back (a qualification to 30 June, the next from 1 July) stay back to back.
     */
    public LocalDate shift(LocalDate authored) {
        LocalDate moved = authored.plusMonths(ChronoUnit.MONTHS.between(AUTHORED, today()));
        return authored.getDayOfMonth() == authored.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }

    /** {@link #shift} of a date given by its parts. */
    public LocalDate shift(int year, int month, int day) {
        return shift(LocalDate.of(year, month, day));
    }
}
