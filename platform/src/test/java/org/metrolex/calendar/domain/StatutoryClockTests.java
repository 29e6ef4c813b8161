package org.metrolex.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.calendar.ShippedCalendar;

/**
 * Statutory clocks over the shipped notices (content ids as in {@link HolidayCalendarTests}). The
 * convention under test: the start day never counts, and a working day on which the clock was
 * stopped at any point (the stop day, the resumption day and every day between) does not count.
 * Each row's comment shows the hand count; "(n)" is the n-th counted working day.
 */
class StatutoryClockTests {

    private final HolidayCalendar calendar = ShippedCalendar.calendar();

    @ParameterizedTest(name = "[{index}] start {0}, {1} days, as of {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # start   |lim|stop 1    |reason 1         |resumed 1 |stop 2    |reason 2         |resumed 2 |as of     |used|left|deadline  |overdue|stopped|provisional
            # content_5472352, no stop: 01-21…23 (3), 01-24…02-02 rest, 02-03…07 (8), 02-10 (9); deadline as for addWorkingDays
            2020-01-20|20 |          |                 |          |          |                 |          |2020-02-10|9   |11  |2020-02-25|false  |false  |false
            # content_5472352, one stop 01-22…02-04: 01-21 (1), 01-22…02-04 excluded, 02-05…07 (4), 02-10 (5) = deadline; 02-11…14 (9)
            2020-01-20|5  |2020-01-22|MISSING_DOCUMENTS|2020-02-04|          |                 |          |2020-02-14|9   |0   |2020-02-10|true   |false  |false
            # content_6911528, expert review 09-30…10-09: 09-27 (1), 09-29 Sun make-up (2), 10-10…11 (4), 10-12 Sat make-up (5), 10-14…15 (7); then 10-16…18 (10)
            2024-09-26|10 |2024-09-30|EXPERT_ASSESSMENT|2024-10-09|          |                 |          |2024-10-15|7   |3   |2024-10-18|false  |false  |false
            # same clock later: deadline 10-18 fixed; 10-21…25 (15), 10-28…31 (19)
            2024-09-26|10 |2024-09-30|EXPERT_ASSESSMENT|2024-10-09|          |                 |          |2024-10-31|19  |0   |2024-10-18|true   |false  |false
            # content_6986383, two stops: 09-25 (1), 09-26…29 excluded incl. 09-28 Sun make-up, 09-30 (2), 10-01…08 rest, 10-09 (3),
            # 10-10…13 excluded incl. 10-11 Sat make-up, 10-14…17 (7), 10-20 (8); then 10-21…24 (12), 10-27…29 (15)
            2025-09-24|15 |2025-09-26|MISSING_DOCUMENTS|2025-09-29|2025-10-10|SUSPENSION       |2025-10-13|2025-10-20|8   |7   |2025-10-29|false  |false  |false
            # same clock as of 10-11, while the second stop is open (its resumption on 10-13 not yet known): 3 used,
            # deadline if resumed on 10-11: 10-13…17 (5), 10-20…24 (10), 10-27…28 (12)
            2025-09-24|15 |2025-09-26|MISSING_DOCUMENTS|2025-09-29|2025-10-10|SUSPENSION       |2025-10-13|2025-10-11|3   |12  |2025-10-28|false  |true   |false
            # content_7047091, two stops over both Spring Festival make-up Saturdays: 02-11 (1), 02-12…14 excluded, 02-15…23 rest,
            # 02-24…26 (4), 02-27…03-02 excluded incl. 02-28 Sat make-up, 03-03…06 (8), 03-09…10 (10) = deadline, not yet overdue
            2026-02-10|10 |2026-02-12|MISSING_DOCUMENTS|2026-02-14|2026-02-27|EXPERT_ASSESSMENT|2026-03-02|2026-03-10|10  |0   |2026-03-10|false  |false  |false
            # content_7047091, stop and resume on the Sunday make-up day 09-20: that day is lost, so the no-stop deadline 10-22 moves to 10-23;
            # used: 09-21…24 (4), 09-25…27 Mid-Autumn, 09-28…30 (7)
            2026-09-18|20 |2026-09-20|SUSPENSION       |2026-09-20|          |                 |          |2026-09-30|7   |13  |2026-10-23|false  |false  |false
            # no stop, crossing into 2027 (no notice): Dec 2026 has 22 working days after 12-01, 01-01 Fri (23), 01-04…08 (28), 01-11…12 (30)
            2026-12-01|30 |          |                 |          |          |                 |          |2026-12-01|0   |30  |2027-01-12|false  |false  |true
            # content_7047091 then no notice: 11-03…04 (2), 11-05…12-28 excluded, 12-29 (3); then 12-30…31 (5), 01-01 (6), 01-04…08 (11),
            # 01-11…15 (16), 01-18…21 (20)
            2026-11-02|20 |2026-11-05|EXPERT_ASSESSMENT|2026-12-28|          |                 |          |2026-12-29|3   |17  |2027-01-21|false  |false  |true
            """)
    void reportsTheClockOnADate(LocalDate start, int limit,
                                LocalDate stop1, StopReason reason1, LocalDate resume1,
                                LocalDate stop2, StopReason reason2, LocalDate resume2,
                                LocalDate asOf, int used, int left, LocalDate deadline,
                                boolean overdue, boolean stopped, boolean provisional) {
        StatutoryClock clock = StatutoryClock.start(calendar, start, limit);
        if (stop1 != null) {
            clock.stop(stop1, reason1, "first stop");
            clock.resume(resume1);
        }
        if (stop2 != null) {
            clock.stop(stop2, reason2, "second stop");
            clock.resume(resume2);
        }

        ClockStatus status = clock.statusOn(asOf);

        assertThat(status.daysUsed()).as("days used").isEqualTo(used);
        assertThat(status.daysLeft()).as("days left").isEqualTo(left);
        assertThat(status.deadline()).as("deadline").isEqualTo(deadline);
        assertThat(status.overdue()).as("overdue").isEqualTo(overdue);
        assertThat(status.stopped()).as("stopped").isEqualTo(stopped);
        assertThat(status.provisional()).as("provisional").isEqualTo(provisional);
        assertThat(status.stops()).hasSize((stop1 == null ? 0 : 1) + (stop2 == null || stop2.isAfter(asOf) ? 0 : 1));
    }

    @Test
    void anOpenStopIsListedWithItsReasonAndNote() {
        StatutoryClock clock = StatutoryClock.start(calendar, LocalDate.of(2024, 9, 26), 10);
        clock.stop(LocalDate.of(2024, 9, 30), StopReason.EXPERT_ASSESSMENT, "计量器具型式评价");

        ClockStatus status = clock.statusOn(LocalDate.of(2024, 10, 8));

        assertThat(status.stopped()).isTrue();
        assertThat(status.stops()).containsExactly(new ClockStop(LocalDate.of(2024, 9, 30),
                StopReason.EXPERT_ASSESSMENT, "计量器具型式评价", Optional.empty()));
        // content_6911528: 09-27 (1), 09-29 Sun make-up (2); if resumed 10-08: 10-09…11 (5), 10-12 Sat (6), 10-14…17 (10)
        assertThat(status.daysUsed()).isEqualTo(2);
        assertThat(status.deadline()).isEqualTo(LocalDate.of(2024, 10, 17));
    }

    @Test
    void refusesToStopAStoppedClock() {
        StatutoryClock clock = StatutoryClock.start(calendar, LocalDate.of(2025, 3, 3), 20);
        clock.stop(LocalDate.of(2025, 3, 5), StopReason.MISSING_DOCUMENTS, "");

        assertThatThrownBy(() -> clock.stop(LocalDate.of(2025, 3, 6), StopReason.SUSPENSION, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("计时已于 2025-03-05 因 MISSING_DOCUMENTS 停止，不能再次停止")
                .hasMessageContaining("cannot be stopped again");
    }

    @Test
    void refusesToResumeARunningClock() {
        StatutoryClock clock = StatutoryClock.start(calendar, LocalDate.of(2025, 3, 3), 20);

        assertThatThrownBy(() -> clock.resume(LocalDate.of(2025, 3, 4)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("计时正在进行")
                .hasMessageContaining("The clock is running");
    }

    @Test
    void refusesDatesThatGoBackwards() {
        StatutoryClock clock = StatutoryClock.start(calendar, LocalDate.of(2025, 3, 3), 20);
        assertThatThrownBy(() -> clock.stop(LocalDate.of(2025, 3, 2), StopReason.SUSPENSION, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("停止日期 2025-03-02 早于上一事件日期 2025-03-03")
                .hasMessageContaining("Stop date 2025-03-02 is before the previous event on 2025-03-03");

        clock.stop(LocalDate.of(2025, 3, 10), StopReason.SUSPENSION, "");
        assertThatThrownBy(() -> clock.resume(LocalDate.of(2025, 3, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("恢复日期 2025-03-07 早于停止日期 2025-03-10")
                .hasMessageContaining("is before the stop date");

        clock.resume(LocalDate.of(2025, 3, 12));
        assertThatThrownBy(() -> clock.stop(LocalDate.of(2025, 3, 11), StopReason.MISSING_DOCUMENTS, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the previous event on 2025-03-12");
        assertThatThrownBy(() -> clock.statusOn(LocalDate.of(2025, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("早于起算日期")
                .hasMessageContaining("is before the clock's start");
        assertThat(clock.stops()).hasSize(1);
    }

    @Test
    void refusesALimitBelowOneWorkingDay() {
        assertThatThrownBy(() -> StatutoryClock.start(calendar, LocalDate.of(2025, 3, 3), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("至少为 1 个工作日")
                .hasMessageContaining("at least 1 working day");
    }
}
