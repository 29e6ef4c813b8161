package org.metrolex.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.metrolex.calendar.ShippedCalendar;
import org.metrolex.calendar.domain.HolidayCalendar;

/**
 * The schedule in working days of the shipped 2025 notice: 国庆节、中秋节 1–8 October off, Sunday 28 September and
 * Saturday 11 October worked (调休). Start Friday 26 September, 5 working days per laboratory, 2 of transport.
 */
class CirculationScheduleTests {

    static final WorkingDays SHIPPED = new WorkingDays() {
        private final HolidayCalendar calendar = ShippedCalendar.calendar();

        @Override
        public LocalDate add(LocalDate start, int days) {
            return calendar.addWorkingDays(start, days).date();
        }

        @Override
        public int between(LocalDate from, LocalDate to) {
            return to.isAfter(from) ? calendar.workingDaysBetween(from, to).days() : 0;
        }
    };

    private static final LocalDate START = LocalDate.of(2025, 9, 26);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void ringPassesTheArtefactOnAcrossTheNationalDayAndTheWorkedSaturday() {
        CirculationSchedule s = CirculationSchedule.plan(ScheduleKind.RING, START, 3, 5, 2, SHIPPED);
        // pilot: 28 Sep (worked Sunday), 29, 30 Sep, then 9, 10 Oct after the holiday
        assertThat(s.slots().get(0)).isEqualTo(new CirculationSchedule.Slot(0, START, d(10, 10)));
        // transport: Saturday 11 Oct is a working day, Sunday 12 is not
        assertThat(s.slots().get(1)).isEqualTo(new CirculationSchedule.Slot(1, d(10, 13), d(10, 20)));
        assertThat(s.slots().get(2)).isEqualTo(new CirculationSchedule.Slot(2, d(10, 22), d(10, 29)));
        assertThat(s.returnToPilot()).isEqualTo(d(10, 31));
    }

    @Test
    void petalBringsTheArtefactBackToThePilotAfterEachLaboratory() {
        CirculationSchedule s = CirculationSchedule.plan(ScheduleKind.PETAL, START, 3, 5, 2, SHIPPED);
        assertThat(s.slots().get(0).send()).isEqualTo(d(10, 10));
        assertThat(s.slots().get(1)).isEqualTo(new CirculationSchedule.Slot(1, d(10, 13), d(10, 20)));
        // back at the pilot on 22 Oct, out again: arrives 24 Oct
        assertThat(s.slots().get(2)).isEqualTo(new CirculationSchedule.Slot(2, d(10, 24), d(10, 31)));
        // 1–2 November is a weekend
        assertThat(s.returnToPilot()).isEqualTo(d(11, 4));
    }

    @Test
    void aScheduleNeedsTheCirculationToMakeSense() {
        assertThatThrownBy(() -> CirculationSchedule.plan(ScheduleKind.RING, START, 1, 5, 2, SHIPPED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CirculationSchedule.plan(ScheduleKind.RING, START, 3, 0, 2, SHIPPED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latenessCountsWorkingDaysOnly() {
        // planned 30 Sep, sent 9 Oct: the holiday does not count, one working day late
        assertThat(Lateness.of(d(9, 30), d(9, 24), d(10, 9), d(10, 20), SHIPPED)).isEqualTo(new Lateness(1, false));
        // sent on time
        assertThat(Lateness.of(d(10, 20), d(10, 13), d(10, 20), d(10, 28), SHIPPED).late()).isFalse();
        // still held on Saturday 11 Oct (a working day): 9, 10, 11 October
        assertThat(Lateness.of(d(9, 30), d(9, 29), null, d(10, 11), SHIPPED)).isEqualTo(new Lateness(3, true));
        // not yet received: the one before it is late, not this one
        assertThat(Lateness.of(d(9, 30), null, null, d(10, 20), SHIPPED)).isEqualTo(Lateness.ON_TIME);
    }
}
