package org.metrolex.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoReferenceDateTests {

    private static DemoReferenceDate at(String instant, String configured) {
        return new DemoReferenceDate(Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai")), configured);
    }

    @Test
    void todayIsTheClocksTodayInChinaUnlessConfigured() {
        assertThat(at("2026-12-31T23:30:00Z", "").today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(at("2026-12-31T23:30:00Z", "2027-03-01").today()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void datesAsWrittenOnTheAuthoredDayStayPut() {
        assertThat(at("2026-12-07T02:00:00Z", "").shift(2029, 12, 31)).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void datesMoveByWholeMonthsAndBackToBackRangesStayBackToBack() {
        DemoReferenceDate dates = at("2027-01-08T02:00:00Z", "");
        // a qualification to 30 June 2023 and the next from 1 July: no day between them, a month later too
        assertThat(dates.shift(2023, 6, 30)).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(dates.shift(2023, 7, 1)).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(at("2027-12-06T02:00:00Z", "").shift(2029, 12, 31)).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(at("2026-09-30T15:30:00Z", "").shift(2027, 3, 31)).isEqualTo(LocalDate.of(2027, 1, 31));
    }
}
