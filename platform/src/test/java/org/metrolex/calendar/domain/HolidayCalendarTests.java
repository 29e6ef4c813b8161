package org.metrolex.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.calendar.ShippedCalendar;

/**
 * Working days under the shipped State Council notices. Row comments name the notice by its gov.cn
 * {@code content_…} id, as listed in the file's {@code papers}:
 * <ul>
 *   <li>2007: 2008-03/28/content_1761</li>
 *   <li>2008: 2008-03/28/content_1645</li>
 *   <li>2012: 2011-12/06/content_1411</li>
 *   <li>2019: 2018-12/06/content_5346276</li>
 *   <li>2020: 2019-11/21/content_5454164, extended by 2020-01/27/content_5472352</li>
 *   <li>2024: 202310/content_6911528</li>
 *   <li>2025: 202411/content_6986383</li>
 *   <li>2026: 202511/content_7047091</li>
 * </ul>
 * Expected deadlines were counted by hand from the files; each row's comment shows the count.
 */
class HolidayCalendarTests {

    private final HolidayCalendar calendar = ShippedCalendar.calendar();

    @ParameterizedTest(name = "{0}: working day {1}, provisional {2}")
    @CsvSource({
            // 2020 Spring Festival, content_5454164 and the extension content_5472352
            "2020-01-19, true,  false", // content_5454164: Sunday make-up day before the festival
            "2020-01-24, false, false", // content_5454164: Friday, first day of the festival
            "2020-01-30, false, false", // content_5472352: Thursday, extension of the holiday
            "2020-01-31, false, false", // content_5472352: Friday, extension of the holiday
            "2020-02-01, false, false", // content_5472352: Saturday, make-up day of content_5454164 cancelled by the extension
            "2020-02-02, false, false", // content_5472352: last day of the extended holiday
            "2020-02-03, true,  false", // content_5472352: work resumes on Monday
            // make-up working days (调休) 2024, content_6911528
            "2024-02-04, true,  false", // Sunday, Spring Festival
            "2024-02-18, true,  false", // Sunday, Spring Festival
            "2024-04-07, true,  false", // Sunday, Qingming
            "2024-04-28, true,  false", // Sunday, Labour Day
            "2024-05-11, true,  false", // Saturday, Labour Day
            "2024-09-14, true,  false", // Saturday, Mid-Autumn
            "2024-09-29, true,  false", // Sunday, National Day
            "2024-10-12, true,  false", // Saturday, National Day
            // make-up working days 2025, content_6986383
            "2025-01-26, true,  false", // Sunday, Spring Festival
            "2025-02-08, true,  false", // Saturday, Spring Festival
            "2025-04-27, true,  false", // Sunday, Labour Day
            "2025-09-28, true,  false", // Sunday, National Day and Mid-Autumn
            "2025-10-11, true,  false", // Saturday, National Day and Mid-Autumn
            // make-up working days 2026, content_7047091 (each checked against 2026.json: isOffDay false)
            "2026-01-04, true,  false", // Sunday, New Year
            "2026-02-14, true,  false", // Saturday, Spring Festival
            "2026-02-28, true,  false", // Saturday, Spring Festival
            "2026-05-09, true,  false", // Saturday, Labour Day
            "2026-09-20, true,  false", // Sunday, National Day
            "2026-10-10, true,  false", // Saturday, National Day
            // rest days on weekdays 2026, content_7047091
            "2026-01-02, false, false", // Friday, New Year
            "2026-02-23, false, false", // Monday, last day of the Spring Festival
            "2026-09-25, false, false", // Friday, Mid-Autumn
            // National Day 2024 (10-01…10-07), content_6911528
            "2024-10-01, false, false", // Tuesday, first day
            "2024-10-07, false, false", // Monday, last day
            "2024-10-08, true,  false", // Tuesday, work resumes
            // National Day and Mid-Autumn 2025 (10-01…10-08), content_6986383
            "2025-10-01, false, false", // Wednesday, first day
            "2025-10-08, false, false", // Wednesday, last day
            "2025-10-09, true,  false", // Thursday, work resumes
            // National Day 2026 (10-01…10-07), content_7047091
            "2026-10-07, false, false", // Wednesday, last day
            "2026-10-08, true,  false", // Thursday, work resumes
            // year-end dates only the next year's notice lists
            "2018-12-29, true,  false", // 2019 notice content_5346276: Saturday make-up day for New Year 2019
            "2018-12-31, false, false", // 2019 notice content_5346276: Monday rest day for New Year 2019
            "2011-12-31, true,  false", // 2012 notice content_1411: Saturday make-up day
            "2007-12-29, true,  false", // 2008 notice content_1645: Saturday make-up day
            "2025-01-01, false, false", // 2025 notice content_6986383: New Year
            "2024-12-28, false, false", // 2025 notice content_6986383 lists no 2024 date: an ordinary Saturday
            "2024-12-30, true,  false", // 2025 notice content_6986383 lists no 2024 date: an ordinary Monday
            "2026-12-31, true,  false", // 2026 notice content_7047091: last known date, ordinary Thursday
            // no notice: Mon–Fri only, provisional
            "2027-01-01, true,  true",  // no 2027 notice yet: New Year's Day is a Friday until one is published
            "2027-01-02, false, true",  // no 2027 notice yet: Saturday
            "2006-06-01, true,  true",  // before the first notice held (2007)
            "2006-12-30, true,  true",  // 2007 notice content_1761 lists it as a make-up day, but 2006 itself is not covered
    })
    void answersWhetherADateIsAWorkingDay(LocalDate date, boolean workingDay, boolean provisional) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(new WorkingDayAnswer(workingDay, provisional));
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}, provisional {3}")
    @CsvSource({
            // content_5472352, 2020 Spring Festival extended to 02-02: 01-23 (1), 01-24…02-02 rest, 02-03 (2), 02-04 (3)
            "2020-01-22, 3,  2020-02-04, false",
            // content_5472352: 01-24…02-02 rest, 02-03 (1)
            "2020-01-23, 1,  2020-02-03, false",
            // content_5472352: 01-21…23 (3), 02-03…07 (8), 02-10…14 (13), 02-17…21 (18), 02-24 (19), 02-25 (20)
            "2020-01-20, 20, 2020-02-25, false",
            // content_6911528: 09-28 Sat rest, 09-29 Sun make-up (1), 09-30 (2), 10-01…07 rest, 10-08 (3), 10-09 (4), 10-10 (5)
            "2024-09-27, 5,  2024-10-10, false",
            // content_6911528: 10-08…11 (4), 10-12 Sat make-up (5), 10-14…18 (10)
            "2024-09-30, 10, 2024-10-18, false",
            // content_6986383: 09-27 Sat rest, 09-28 Sun make-up (1), 09-29 (2), 09-30 (3)
            "2025-09-26, 3,  2025-09-30, false",
            // content_6986383: 10-01…08 rest, 10-09 (1), 10-10 (2), 10-11 Sat make-up (3), 10-13 (4), 10-14 (5)
            "2025-09-30, 5,  2025-10-14, false",
            // content_6986383: a start on a rest day still never counts; 10-09 (1)
            "2025-10-01, 1,  2025-10-09, false",
            // zero days: the period ends on its start
            "2025-10-01, 0,  2025-10-01, false",
            // 2019 notice content_5346276: 12-29 Sat make-up (1), 12-30…01-01 rest, 01-02 (2)
            "2018-12-28, 2,  2019-01-02, false",
            // 2025 notice content_6986383: 12-28/29 weekend, 12-30 (1), 12-31 (2), 01-01 rest, 01-02 (3)
            "2024-12-27, 3,  2025-01-02, false",
            // content_7047091: 02-14 Sat make-up (1)
            "2026-02-13, 1,  2026-02-14, false",
            // content_7047091: 02-14 (1), 02-15…23 rest, 02-24 (2)
            "2026-02-13, 2,  2026-02-24, false",
            // content_7047091: 10-01…07 rest, 10-08 (1), 10-09 (2), 10-10 Sat make-up (3)
            "2026-09-30, 3,  2026-10-10, false",
            // content_7047091: 09-20 Sun make-up (1), 09-21…24 (5), 09-25…27 Mid-Autumn, 09-28…30 (8),
            // 10-01…07 rest, 10-08 (9), 10-09 (10), 10-10 Sat make-up (11), 10-12…16 (16), 10-19…22 (20)
            "2026-09-18, 20, 2026-10-22, false",
            // content_7047091 is the last notice: 12-29 (1), 12-30 (2), 12-31 (3), all within 2026
            "2026-12-28, 3,  2026-12-31, false",
            // crosses into 2027 without a notice: 12-29…31 (3), 01-01 Fri (4, assumed working), 01-04 (5)
            "2026-12-28, 5,  2027-01-04, true",
            // entirely in 2027: provisional
            "2027-03-01, 1,  2027-03-02, true",
    })
    void addsWorkingDaysExcludingTheStartDay(LocalDate start, int days, LocalDate deadline, boolean provisional) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(new Deadline(deadline, provisional));
    }

    @ParameterizedTest(name = "({0}, {1}]: {2} working days, provisional {3}")
    @CsvSource({
            "2020-01-23, 2020-02-03, 1,   false", // content_5472352: only 02-03 after the extended Spring Festival
            "2024-09-27, 2024-10-10, 5,   false", // content_6911528: 09-29, 09-30, 10-08, 10-09, 10-10
            "2025-09-30, 2025-10-08, 0,   false", // content_6986383: National Day and Mid-Autumn 10-01…08
            "2018-12-28, 2019-01-02, 2,   false", // content_5346276: 12-29 make-up and 01-02
            "2024-12-27, 2025-01-02, 3,   false", // content_6986383: 12-30, 12-31, 01-02
            "2019-12-31, 2020-12-31, 249, false", // content_5454164 + content_5472352: whole 2020
            "2024-01-01, 2024-12-31, 251, false", // content_6911528: 262 weekdays − 19 weekday rest days + 8 make-up days
            "2024-12-31, 2025-12-31, 248, false", // content_6986383: 261 weekdays − 18 weekday rest days + 5 make-up days
            "2025-12-31, 2026-12-31, 248, false", // content_7047091: whole 2026
            "2025-10-09, 2025-10-09, 0,   false", // empty interval: the start is always excluded
            "2026-12-30, 2027-01-05, 4,   true",  // 12-31, then 2027 without a notice: 01-01, 01-04, 01-05
    })
    void countsWorkingDaysExcludingFromIncludingTo(LocalDate from, LocalDate to, int days, boolean provisional) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(new WorkingDayCount(days, provisional));
    }

    @Test
    void lastKnownDateIsTheEndOfTheLastNoticeYearNotItsLastListedDate() {
        // content_7047091 lists 2026-10-10 last, yet defines all of 2026; 2027.json is empty
        assertThat(calendar.lastKnownDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.firstKnownDate()).isEqualTo(LocalDate.of(2007, 1, 1));
    }

    @Test
    void countingAndAddingAgreeDayByDayOverEveryNoticeYear() {
        // The count uses weekday arithmetic plus listed dates; a day-by-day walk is the check.
        LocalDate from = LocalDate.of(2006, 12, 1);
        int walked = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(LocalDate.of(2028, 2, 1)); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day).workingDay()) {
                walked++;
            }
            assertThat(calendar.workingDaysBetween(from, day).days()).as("(%s, %s]", from, day).isEqualTo(walked);
        }
        for (LocalDate start = LocalDate.of(2018, 12, 1); start.isBefore(LocalDate.of(2027, 1, 1)); start = start.plusDays(3)) {
            Deadline deadline = calendar.addWorkingDays(start, 20);
            assertThat(calendar.workingDaysBetween(start, deadline.date()).days()).as("from %s", start).isEqualTo(20);
            assertThat(calendar.isWorkingDay(deadline.date()).workingDay()).isTrue();
        }
    }

    @Test
    void refusesNegativeOrAbsurdDayCounts() {
        LocalDate start = LocalDate.of(2025, 1, 2);
        assertThatThrownBy(() -> calendar.addWorkingDays(start, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("工作日数必须在 0 到 10000 之间")
                .hasMessageContaining("Working days must be between 0 and 10000");
        assertThatThrownBy(() -> calendar.addWorkingDays(start, HolidayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIntervalThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("晚于截止日期")
                .hasMessageContaining("is after end date");
    }

    @Test
    void refusesNoticesThatContradictEachOther() {
        var a = new HolidayNotice(2019, List.of(), Map.of(LocalDate.of(2018, 12, 29), false));
        var b = new HolidayNotice(2018, List.of(), Map.of(LocalDate.of(2018, 12, 29), true));
        assertThatThrownBy(() -> new HolidayCalendar(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("矛盾")
                .hasMessageContaining("disagree about 2018-12-29");
    }

    @Test
    void refusesACalendarWithoutAnyPublishedNotice() {
        assertThatThrownBy(() -> new HolidayCalendar(List.of(new HolidayNotice(2027, List.of(), Map.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No published holiday notice");
    }
}
